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

    [Theory]
    [InlineData("""{"textDocument":7}""")]
    [InlineData("""{"textDocument":{"uri":"untitled:a.din"},"position":"here"}""")]
    [InlineData("[5]")]
    [InlineData("[]")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task A_request_with_params_of_the_wrong_shape_gets_InvalidParams_and_the_session_goes_on(string? parameters)
    {
        await using var raw = await RawSession.Initialized();

        var member = parameters is null ? string.Empty : $",\"params\":{parameters}";
        await raw.Client.Send($$"""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover"{{member}}}""", raw.Token);

        var error = (await raw.Client.ReplyTo(2, raw.Token))!.Value.GetProperty("error");
        error.GetProperty("code").GetInt32().Should().Be(LspErrorCodes.InvalidParams);
        (await raw.ShutdownAndExit()).Should().Be(0);
    }

    [Fact]
    public async Task The_refusal_of_params_of_the_wrong_shape_says_where_and_not_what_was_sent()
    {
        await using var raw = await RawSession.Initialized();

        await raw.Client.Send("""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:a.din"},"position":{"line":"secret","character":0}}}""", raw.Token);

        var error = (await raw.Client.ReplyTo(2, raw.Token))!.Value.GetProperty("error");
        error.GetProperty("code").GetInt32().Should().Be(LspErrorCodes.InvalidParams);
        error.GetProperty("message").GetString().Should().Be("textDocument/hover: params of the wrong shape at $.position.line");
    }

    [Fact]
    public async Task Params_that_are_well_formed_but_lack_a_member_get_an_error_reply_and_the_session_goes_on()
    {
        await using var raw = await RawSession.Initialized();

        await raw.Client.Send("""{"jsonrpc":"2.0","id":2,"method":"textDocument/formatting","params":{"textDocument":{}}}""", raw.Token);

        var error = (await raw.Client.ReplyTo(2, raw.Token))!.Value.GetProperty("error");
        error.GetProperty("code").GetInt32().Should().Be(LspErrorCodes.InternalError);
        error.GetProperty("message").GetString().Should().StartWith("textDocument/formatting failed: ");
        (await raw.ShutdownAndExit()).Should().Be(0);
    }

    [Theory]
    [InlineData("textDocument/didOpen", """{"textDocument":5}""", true)]
    [InlineData("textDocument/didChange", """{"textDocument":{"uri":"untitled:a.din","version":"two"},"contentChanges":[]}""", true)]
    [InlineData("textDocument/didClose", "[5]", true)]
    [InlineData("textDocument/didChange", "[1,2,3]", false)]
    public async Task A_notification_with_params_of_the_wrong_shape_is_logged_or_dropped_and_the_session_goes_on(string method, string parameters, bool logged)
    {
        await using var raw = await RawSession.Initialized();

        await raw.Client.Send($$"""{"jsonrpc":"2.0","method":"{{method}}","params":{{parameters}}}""", raw.Token);
        await raw.Client.Send("""{"jsonrpc":"2.0","id":2,"method":"shutdown"}""", raw.Token);

        // Everything before the reply to shutdown: the log message, if any, comes first since messages are handled in order.
        var before = new List<JsonElement>();
        while ((await raw.Client.Receive(raw.Token))!.Value is var message && !message.TryGetProperty("id", out _))
        {
            before.Add(message);
        }

        var logs = before.Where(message => message.GetProperty("method").GetString() == "window/logMessage")
            .Select(message => message.GetProperty("params").GetProperty("message").GetString()).ToList();
        if (logged)
        {
            logs.Should().ContainSingle().Which.Should().StartWith($"din: {method}: params of the wrong shape at $");
        }
        else
        {
            logs.Should().BeEmpty("the JSON-RPC library drops a notification whose arguments it cannot match");
        }

        await raw.Client.Send("""{"jsonrpc":"2.0","method":"exit"}""", raw.Token);
        (await raw.Running.WaitAsync(raw.Token)).Should().Be(0);
    }

    /// <summary>A server in process and a client that writes raw messages, initialized, within the deadline.</summary>
    private sealed class RawSession : IAsyncDisposable
    {
        private readonly CancellationTokenSource deadline = new(LspSession.Deadline);
        private readonly Stream clientSide;
        private readonly LanguageServer server;

        private RawSession()
        {
            var (serverSide, client) = FullDuplexStream.CreatePair();
            clientSide = client;
            server = new LanguageServer(serverSide, serverSide);
            Running = server.RunAsync();
            Client = new RawChannel(client);
        }

        public RawChannel Client { get; }

        public Task<int> Running { get; }

        public CancellationToken Token => deadline.Token;

        public static async Task<RawSession> Initialized()
        {
            var session = new RawSession();
            await session.Client.Send(Initialize, session.Token);
            await session.Client.ReplyTo(1, session.Token);
            await session.Client.Send("""{"jsonrpc":"2.0","method":"initialized","params":{}}""", session.Token);
            return session;
        }

        public async Task<int> ShutdownAndExit()
        {
            await Client.Send("""{"jsonrpc":"2.0","id":99,"method":"shutdown"}""", Token);
            (await Client.ReplyTo(99, Token))!.Value.GetProperty("result").ValueKind.Should().Be(JsonValueKind.Null);
            await Client.Send("""{"jsonrpc":"2.0","method":"exit"}""", Token);
            return await Running.WaitAsync(Token);
        }

        public async ValueTask DisposeAsync()
        {
            await clientSide.DisposeAsync();
            await Running.WaitAsync(LspSession.Deadline);
            server.Dispose();
            deadline.Dispose();
        }
    }
}
