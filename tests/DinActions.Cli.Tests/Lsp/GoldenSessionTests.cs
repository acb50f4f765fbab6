using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DinActions.Cli.Lsp;
using FluentAssertions;
using Nerdbank.Streams;

namespace DinActions.Cli.Tests.Lsp;

/// <summary>
/// A scripted session kept as a transcript in <c>Lsp/Golden/session.txt</c>: each line a message, <c>&gt;</c> sent and
/// <c>&lt;</c> received. The script waits for each reply (and for the diagnostics after the open) before it sends on,
/// so the order is fixed. Set <c>DIN_UPDATE_GOLDEN=1</c> to rewrite it after an intended change, then review the diff.
/// </summary>
public sealed class GoldenSessionTests
{
    private const string Uri = "untitled:invalid.din";

    [Fact]
    public async Task A_scripted_session_matches_the_golden_transcript()
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        using var server = new LanguageServer(serverSide, serverSide, new LanguageServerOptions(TimeSpan.Zero));
        var running = server.RunAsync();
        var client = new RawChannel(clientSide);
        using var deadline = new CancellationTokenSource(LspSession.Deadline);
        var transcript = new StringBuilder();

        async Task Send(string json)
        {
            transcript.Append("> ").Append(json).Append('\n');
            await client.Send(json, deadline.Token);
        }

        async Task ReceiveUntil(Func<JsonElement, bool> last)
        {
            JsonElement message;
            do
            {
                message = (await client.Receive(deadline.Token))!.Value;
                transcript.Append("< ").Append(message.GetRawText()).Append('\n');
            }
            while (!last(message));
        }

        Func<JsonElement, bool> ReplyTo(int id) => message => message.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id;

        await Send("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        await ReceiveUntil(ReplyTo(1));
        await Send("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        await Send("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"URI","languageId":"din","version":1,"text":"sya  en \"Hello\"\nsay en \"\""}}}""".Replace("URI", Uri, StringComparison.Ordinal));
        await ReceiveUntil(message => message.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics");
        await Send("""{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"URI"},"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":1}},"context":{"diagnostics":[]}}}""".Replace("URI", Uri, StringComparison.Ordinal));
        await ReceiveUntil(ReplyTo(2));
        await Send("""{"jsonrpc":"2.0","id":3,"method":"textDocument/formatting","params":{"textDocument":{"uri":"URI"},"options":{"tabSize":4,"insertSpaces":true}}}""".Replace("URI", Uri, StringComparison.Ordinal));
        await ReceiveUntil(ReplyTo(3));
        await Send("""{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"URI"},"position":{"line":1,"character":1}}}""".Replace("URI", Uri, StringComparison.Ordinal));
        await ReceiveUntil(ReplyTo(4));
        await Send("""{"jsonrpc":"2.0","id":5,"method":"textDocument/completion","params":{"textDocument":{"uri":"URI"},"position":{"line":1,"character":0}}}""".Replace("URI", Uri, StringComparison.Ordinal));
        await ReceiveUntil(ReplyTo(5));
        await Send("""{"jsonrpc":"2.0","id":6,"method":"shutdown"}""");
        await ReceiveUntil(ReplyTo(6));
        await Send("""{"jsonrpc":"2.0","method":"exit"}""");

        (await running.WaitAsync(deadline.Token)).Should().Be(0);
        // The version is the build's: the transcript names it once, as a placeholder.
        CompareWithGolden(transcript.ToString().Replace($"\"version\":\"{ToolInfo.Version}\"", "\"version\":\"VERSION\"", StringComparison.Ordinal), "session.txt");
    }

    private static void CompareWithGolden(string actual, string golden, [CallerFilePath] string thisFile = "")
    {
        if (Environment.GetEnvironmentVariable("DIN_UPDATE_GOLDEN") == "1")
        {
            // The copy beside the tests is the last build's: the rewritten file is what the next build compares with.
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden", golden), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Lsp", "Golden", golden)).ReplaceLineEndings("\n");
        actual.Should().Be(expected, $"the session matches Lsp/Golden/{golden} (DIN_UPDATE_GOLDEN=1 rewrites it)");
    }
}
