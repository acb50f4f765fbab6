using System.Text;
using System.Text.Json;
using DinActions.Cli.Lsp;
using DinActions.Cli.Lsp.Protocol;
using FluentAssertions;
using Nerdbank.Streams;
using StreamJsonRpc;
using Range = DinActions.Cli.Lsp.Protocol.Range;

namespace DinActions.Cli.Tests.Lsp;

public sealed class RobustnessTests
{
    private const string Initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""";

    private static TextDocumentPositionParams At(string uri, int line, int character) => new(new TextDocumentIdentifier(uri), new Position(line, character));

    [Fact]
    public async Task A_document_of_binary_junk_is_diagnosed_and_the_session_goes_on()
    {
        await using var session = await LspSession.Initialized();
        var random = new Random(15);
        var junk = new StringBuilder();
        for (var index = 0; index < 20_000; index++)
        {
            // Every UTF-16 unit, lone surrogates and NUL included: what a binary file read as text can hold.
            junk.Append((char)random.Next(0, 0x10000));
        }

        await session.Open("untitled:junk.din", junk.ToString());

        (await session.DiagnosticsOf("untitled:junk.din")).Diagnostics.Should().NotBeEmpty();
        await session.Request<Hover?>("textDocument/hover", At("untitled:junk.din", 3, 5));
        await session.Request<CompletionList>("textDocument/completion", At("untitled:junk.din", 0, 40));
        await session.Request<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier("untitled:junk.din"), new Range(new Position(0, 0), new Position(99, 0)), new CodeActionContext([], null)));
        (await session.ShutdownAndExit()).Should().Be(0);
    }

    [Fact]
    public async Task A_line_of_ten_megabytes_is_diagnosed_and_answered_about()
    {
        await using var session = await LspSession.Initialized(["utf-8"]);
        var text = "say en \"" + new string('a', 10 * 1024 * 1024) + "\" extra";

        await session.Open("untitled:long.din", text);

        var extra = (await session.DiagnosticsOf("untitled:long.din")).Diagnostics.Single(diagnostic => diagnostic.Code == DiagnosticCodes.ExtraArgument);
        extra.Range.Start.Character.Should().Be(text.Length - 5);
        (await session.Request<Hover?>("textDocument/hover", At("untitled:long.din", 0, text.Length - 2)))!.Contents.Value.Should().Contain("DIN0003");
    }

    [Fact]
    public async Task Positions_past_the_end_are_answered_as_the_end()
    {
        await using var session = await LspSession.Initialized();
        await session.Open("untitled:end.din", "say en \"Hi\"");

        (await session.Request<Hover?>("textDocument/hover", At("untitled:end.din", 50, 50))).Should().BeNull();
        (await session.Request<CompletionList>("textDocument/completion", At("untitled:end.din", 0, 500))).Items.Should().BeEmpty();
        await session.Change("untitled:end.din", 2, new TextDocumentContentChangeEvent(new Range(new Position(9, 9), new Position(99, 99)), "!"));
        await session.DiagnosticsOf("untitled:end.din", 2);

        session.Server.Documents.Find("untitled:end.din")!.Text.Should().Be("say en \"Hi\"!");
    }

    [Fact]
    public async Task A_request_about_a_document_that_is_not_open_gets_an_error_or_nothing()
    {
        await using var session = await LspSession.Initialized();

        (await session.Request<Hover?>("textDocument/hover", At("untitled:none.din", 0, 0))).Should().BeNull();
        var format = async () => await session.Request<Cli.Lsp.Protocol.TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(new TextDocumentIdentifier("untitled:none.din"), null));
        (await format.Should().ThrowAsync<RemoteInvocationException>()).Which.ErrorCode.Should().Be(LspErrorCodes.RequestFailed);
    }

    [Fact]
    public async Task Ten_thousand_edits_leave_one_document_of_the_final_size_and_nothing_waiting()
    {
        await using var session = await LspSession.Initialized();
        await session.Open("untitled:many.din", "say en \"\"");
        for (var version = 2; version <= 10_001; version++)
        {
            // Type a character and take it back, alternately, inside the quotes.
            var change = version % 2 == 0
                ? new TextDocumentContentChangeEvent(new Range(new Position(0, 8), new Position(0, 8)), "x")
                : new TextDocumentContentChangeEvent(new Range(new Position(0, 8), new Position(0, 9)), string.Empty);
            await session.Change("untitled:many.din", version, change);
        }

        var last = await session.DiagnosticsOf("untitled:many.din", 10_001);

        last.Diagnostics.Select(diagnostic => diagnostic.Code).Should().Equal(DiagnosticCodes.EmptyText);
        session.Server.Documents.Count.Should().Be(1);
        session.Server.Documents.TotalCharacters.Should().Be("say en \"\"".Length);
        session.Server.PendingDiagnostics.Should().Be(0);
    }

    [Fact]
    public async Task Diagnostics_arrive_in_version_order_and_the_last_is_of_the_latest_text()
    {
        await using var session = await LspSession.Initialized(options: new LanguageServerOptions(TimeSpan.Zero));
        await session.Open("untitled:order.din", "say en \"a\"");
        for (var version = 2; version <= 200; version++)
        {
            await session.Change("untitled:order.din", version, new TextDocumentContentChangeEvent(null, version % 2 == 0 ? "sya en \"a\"" : "say en \"a\""));
        }

        var last = await session.DiagnosticsOf("untitled:order.din", 200);
        var all = session.ReceivedDiagnostics();

        all.Should().BeEmpty("nothing older comes after the latest version");
        last.Diagnostics.Should().ContainSingle(diagnostic => diagnostic.Code == DiagnosticCodes.UnknownAction);
    }

    [Theory]
    [InlineData("Content-Length: 12\r\n\r\n{\"jsonrpc\":")]
    [InlineData("Content-Length: 5\r\n\r\n{{{{{")]
    [InlineData("Content-Length: banana\r\n\r\n{}")]
    [InlineData("Content-Type: text/plain\r\n\r\n{}")]
    [InlineData("\r\n\r\n\r\n")]
    [InlineData("Content-Length: 99999\r\n\r\n{\"jsonrpc\":\"2.0\"}")]
    public async Task A_malformed_or_truncated_message_ends_the_session_or_is_answered_never_hangs(string junk)
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        using var server = new LanguageServer(serverSide, serverSide);
        var running = server.RunAsync();
        var client = new RawChannel(clientSide);
        using var deadline = new CancellationTokenSource(LspSession.Deadline);
        await client.Send(Initialize, deadline.Token);
        (await client.ReplyTo(1, deadline.Token)).Should().NotBeNull();

        await client.SendBytes(Encoding.UTF8.GetBytes(junk), deadline.Token);
        await clientSide.DisposeAsync();

        (await running.WaitAsync(deadline.Token)).Should().Be(1, "the session ended without shutdown");
    }

    [Fact]
    public async Task Parameters_of_the_wrong_shape_get_an_error_reply_or_end_the_session_never_hang()
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        using var server = new LanguageServer(serverSide, serverSide);
        var running = server.RunAsync();
        var client = new RawChannel(clientSide);
        using var deadline = new CancellationTokenSource(LspSession.Deadline);
        await client.Send(Initialize, deadline.Token);
        await client.ReplyTo(1, deadline.Token);

        await client.Send("""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":7}}""", deadline.Token);
        if (await client.ReplyTo(2, deadline.Token) is not { } reply)
        {
            // The JSON-RPC library ends the connection on parameters it cannot read: the session ends, it does not hang.
            (await running.WaitAsync(deadline.Token)).Should().Be(1);
            return;
        }

        reply.GetProperty("error").GetProperty("code").GetInt32().Should().BeLessThan(0);
        await client.Send("""{"jsonrpc":"2.0","id":3,"method":"shutdown"}""", deadline.Token);
        (await client.ReplyTo(3, deadline.Token))!.Value.GetProperty("result").ValueKind.Should().Be(JsonValueKind.Null);
        await client.Send("""{"jsonrpc":"2.0","method":"exit"}""", deadline.Token);

        (await running.WaitAsync(deadline.Token)).Should().Be(0);
    }
}
