using DinActions.Cli.Lsp.Protocol;
using FluentAssertions;
using StreamJsonRpc;
using Range = DinActions.Cli.Lsp.Protocol.Range;

namespace DinActions.Cli.Tests.Lsp;

public sealed class CodeActionAndFormattingTests
{
    private const string Uri = "untitled:actions.din";

    private static CodeActionParams At(int line, int character, params string[] only) => new(
        new TextDocumentIdentifier(Uri),
        new Range(new Position(line, character), new Position(line, character)),
        new CodeActionContext([], only.Length == 0 ? null : only));

    [Fact]
    public async Task A_diagnostic_with_one_fix_is_a_preferred_quick_fix_that_repairs_the_text()
    {
        await using var session = await LspSession.Initialized();
        const string text = "sya en \"Hello\"";
        await session.Open(Uri, text);

        var actions = await session.Request<CodeAction[]>("textDocument/codeAction", At(0, 1));

        var fix = actions.Should().ContainSingle().Which;
        fix.Kind.Should().Be(CodeActionKind.QuickFix);
        fix.IsPreferred.Should().BeTrue();
        fix.Diagnostics!.Single().Code.Should().Be(DiagnosticCodes.UnknownAction);
        Edits.Apply(text, fix.Edit.Changes[Uri]).Should().Be("say en \"Hello\"");
    }

    [Fact]
    public async Task A_code_with_several_fixes_in_the_file_gets_a_fix_all_that_applies_every_one()
    {
        await using var session = await LspSession.Initialized();
        const string text = "transfer 81807181881 --caller=8190123456789";
        await session.Open(Uri, text);

        var actions = await session.Request<CodeAction[]>("textDocument/codeAction", At(0, 10));

        actions.Should().HaveCount(2);
        var fixAll = actions.Should().ContainSingle(action => action.Title == "Fix all DIN0010 in this file").Which;
        fixAll.Edit.Changes[Uri].Should().HaveCount(2);
        Edits.Apply(text, fixAll.Edit.Changes[Uri]).Should().Be("transfer +81807181881 --caller=+8190123456789");
        Edits.Apply(text, actions.Single(action => action != fixAll).Edit.Changes[Uri]).Should().Be("transfer +81807181881 --caller=8190123456789");
    }

    [Fact]
    public async Task No_fix_is_offered_away_from_a_diagnostic_and_source_fix_all_takes_every_fix()
    {
        await using var session = await LspSession.Initialized();
        const string text = "transfer 81807181881 --caller=8190123456789";
        await session.Open(Uri, text);

        (await session.Request<CodeAction[]>("textDocument/codeAction", At(0, 3))).Should().BeEmpty();
        var fixAll = (await session.Request<CodeAction[]>("textDocument/codeAction", At(0, 3, CodeActionKind.SourceFixAll))).Should().ContainSingle().Which;

        fixAll.Kind.Should().Be(CodeActionKind.SourceFixAll);
        Edits.Apply(text, fixAll.Edit.Changes[Uri]).Should().Be("transfer +81807181881 --caller=+8190123456789");
    }

    [Fact]
    public async Task Formatting_replaces_the_text_with_its_canonical_form()
    {
        await using var session = await LspSession.Initialized();
        const string text = "say   en  \"Hi\"\n";
        await session.Open(Uri, text);

        var edits = await session.Request<Cli.Lsp.Protocol.TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(new TextDocumentIdentifier(Uri), new FormattingOptions(4, true)));

        Edits.Apply(text, edits).Should().Be("say en \"Hi\"\n");
    }

    [Fact]
    public async Task A_canonical_document_needs_no_edit()
    {
        await using var session = await LspSession.Initialized();
        await session.Open(Uri, "say en \"Hi\"");

        (await session.Request<Cli.Lsp.Protocol.TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(new TextDocumentIdentifier(Uri), null))).Should().BeEmpty();
    }

    [Fact]
    public async Task A_document_with_errors_is_not_formatted_and_the_reply_says_why()
    {
        await using var session = await LspSession.Initialized();
        await session.Open(Uri, "say  en \"Hi\" extra");

        var format = async () => await session.Request<Cli.Lsp.Protocol.TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(new TextDocumentIdentifier(Uri), null));

        var refused = (await format.Should().ThrowAsync<RemoteInvocationException>()).Which;
        refused.ErrorCode.Should().Be(LspErrorCodes.RequestFailed);
        refused.Message.Should().Contain("not formatted").And.Contain("DIN0003");
    }
}
