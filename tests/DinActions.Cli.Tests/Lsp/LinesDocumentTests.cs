using System.Text.Json;
using System.Text.RegularExpressions;
using DinActions.Cli.Lsp.Protocol;
using FluentAssertions;
using StreamJsonRpc;

namespace DinActions.Cli.Tests.Lsp;

/// <summary>
/// A document whose every line is a document of its own (the <c>din.lines</c> setting, or <c>"lines": true</c> in its
/// <c>.dinlint.json</c>): a log of served actions, diagnosed as <c>din lint --lines</c> diagnoses it, line by line, and
/// from one version to the next only where its lines changed.
/// </summary>
public sealed partial class LinesDocumentTests
{
    private const string Uri = "untitled:served.log";

    // Every kind of break, a blank line (an empty document of its own), and a last line without a break.
    private const string Log = "say en \"Hello\"\r\ntransfer 81336042000\n\nvoicemail\rplayback https://example.com/a.wav";

    private static readonly JsonElement LinesSetting = JsonDocument.Parse("""{ "lines": true, "numberingPlan": false }""").RootElement.Clone();

    [Fact]
    public async Task Each_line_gets_the_diagnostics_it_gets_as_a_document_of_its_own_at_its_place_in_the_text()
    {
        await using var session = await LspSession.Initialized(initializationOptions: LinesSetting);

        await session.Open(Uri, Log);

        var published = await session.DiagnosticsOf(Uri);
        Shown(published).Should().Equal(LineByLine(Log));
        Shown(published).Select(shown => (shown.Code, shown.Line)).Should().Equal(
            (DiagnosticCodes.NumberMissingPlus, 1), (DiagnosticCodes.EmptyScript, 2), (DiagnosticCodes.UrlNotMp3, 4));
    }

    [Theory]
    [InlineData("say en \"Hello\"\n")]
    [InlineData("say en \"Hello\"\r\n\r\n")]
    [InlineData("\r\rtransfer 81336042000\r\n voicemail \n")]
    [InlineData("transfer +81336042000 --caller=81336042000\n\n\n")]
    public async Task Lines_are_split_as_the_lines_option_splits_a_file(string text)
    {
        await using var session = await LspSession.Initialized(initializationOptions: LinesSetting);

        await session.Open(Uri, text);

        Shown(await session.DiagnosticsOf(Uri)).Should().Equal(LineByLine(text));
    }

    [Fact]
    public async Task An_edit_of_one_line_checks_that_line_alone_and_the_memory_follows_the_document()
    {
        var lines = Enumerable.Range(0, 300).Select(index => $"transfer +8133604{index:0000}").ToList();
        lines.AddRange(Enumerable.Repeat("voicemail", 100));
        var text = string.Join('\n', lines) + "\n";
        await using var session = await LspSession.Initialized(initializationOptions: LinesSetting);
        await session.Open(Uri, text);
        await session.DiagnosticsOf(Uri);

        for (var version = 2; version <= 21; version++)
        {
            // Line 10's fourth digit typed over, by another digit or by a letter that makes the number wrong: a new
            // line each time, and the one it replaced gone from the document.
            var typed = version % 2 == 0 ? $"{version % 10}" : "x";
            var edited = new Cli.Lsp.Protocol.Range(new Position(10, 13), new Position(10, 14));
            await session.Change(Uri, version, new TextDocumentContentChangeEvent(edited, typed));
            lines[10] = string.Concat(lines[10].AsSpan(0, 13), typed, lines[10].AsSpan(14));
            var published = await session.DiagnosticsOf(Uri, version);

            Shown(published).Should().Equal(LineByLine(string.Join('\n', lines) + "\n"), "the edited line is diagnosed as its new text");
            Shown(published).Any(shown => shown.Line == 10).Should().Be(typed == "x");
            var memory = session.Server.Documents.Find(Uri)!.Lines!;
            memory.LinesChecked.Should().Be(1, "only the edited line is new: the text it replaced was forgotten with its version");
            memory.Remembered.Should().Be(301, "300 distinct transfers and one voicemail, whatever was typed before");
        }
    }

    [Fact]
    public async Task The_lines_setting_from_workspace_configuration_applies_to_an_open_document()
    {
        await using var session = await LspSession.Initialized(configuration: LinesSetting);

        await session.Open(Uri, "say en \"Hello\"\ntransfer +81336042000");

        // Read as one script the two lines are too many actions for the api profile; read as lines, each is fine.
        await session.DiagnosticsUntil(Uri, published => published.Diagnostics.Length == 0);
        session.Server.Documents.Find(Uri)!.Settings.Lines.Should().BeTrue();
    }

    [Fact]
    public async Task The_dinlint_json_beside_a_log_makes_it_a_lines_document()
    {
        using var folder = new TempFolder();
        folder.Write(".dinlint.json", """{ "numberingPlan": false, "overrides": [ { "files": ["*.log"], "lines": true } ] }""");
        var uri = new Uri(folder.Write("served.log", Log)).AbsoluteUri;
        await using var session = await LspSession.Initialized();

        await session.Open(uri, Log);

        Shown(await session.DiagnosticsOf(uri)).Should().Equal(LineByLine(Log));
    }

    [Fact]
    public async Task Formatting_a_lines_document_formats_each_line_and_refuses_one_with_an_error()
    {
        await using var session = await LspSession.Initialized(initializationOptions: LinesSetting);
        const string clean = "say  en \"Hello\"\r\nvoicemail \n";
        await session.Open(Uri, clean);
        await session.DiagnosticsOf(Uri);

        Edits.Apply(clean, await Format(session)).Should().Be("say en \"Hello\"\nvoicemail\n");

        await session.Change(Uri, 2, new TextDocumentContentChangeEvent(null, Log));
        await session.DiagnosticsOf(Uri, 2);
        var refused = (await ((Func<Task>)(() => Format(session))).Should().ThrowAsync<RemoteInvocationException>()).Which;
        refused.ErrorCode.Should().Be(LspErrorCodes.RequestFailed);
        refused.Message.Should().Contain("not formatted").And.Contain($"2:10: error {DiagnosticCodes.NumberMissingPlus}");
    }

    private static Task<Cli.Lsp.Protocol.TextEdit[]> Format(LspSession session) =>
        session.Request<Cli.Lsp.Protocol.TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(new TextDocumentIdentifier(Uri), null));

    private static List<(string Code, int Line, int Start, int End)> Shown(PublishDiagnosticsParams published) =>
        [.. published.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Range.Start.Line, diagnostic.Range.Start.Character, diagnostic.Range.End.Character))];

    /// <summary>What each line is given as a document of its own, split here with a pattern rather than by the server's splitter.</summary>
    private static List<(string Code, int Line, int Start, int End)> LineByLine(string text)
    {
        var lines = LineBreak().Split(text).ToList();
        if (lines[^1].Length == 0)
        {
            // A text that ends with a break has no line after it.
            lines.RemoveAt(lines.Count - 1);
        }

        var options = ValidationOptions.Default with { CheckNumberingPlan = false };
        return [.. lines.SelectMany((line, index) => ActionScript.Validate(line, options)
            .Select(diagnostic => (diagnostic.Code, index, diagnostic.Span.Column - 1, diagnostic.Span.EndColumn - 1)))];
    }

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
