using DinActions.Cli.Lsp;
using FluentAssertions;
using Nerdbank.Streams;

namespace DinActions.Cli.Tests.Lsp;

public sealed class CancellationTests
{
    private const string Initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""";

    [Fact]
    public async Task A_cancelled_request_is_answered_with_RequestCancelled_and_the_next_one_is_served()
    {
        // The formatting request is held until its token is cancelled; the gate never waits longer than the deadline.
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var deadline = new CancellationTokenSource(LspSession.Deadline);
        var options = new LanguageServerOptions(TimeSpan.Zero, async (method, cancellation) =>
        {
            if (method == "textDocument/formatting")
            {
                held.TrySetResult();
                using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellation, deadline.Token);
                await Task.Delay(Timeout.Infinite, either.Token);
            }
        });
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        using var server = new LanguageServer(serverSide, serverSide, options);
        var running = server.RunAsync();
        var client = new RawChannel(clientSide);
        await client.Send(Initialize, deadline.Token);
        await client.ReplyTo(1, deadline.Token);
        await client.Send("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:a.din","languageId":"din","version":1,"text":"say  en \"Hi\""}}}""", deadline.Token);

        await client.Send("""{"jsonrpc":"2.0","id":2,"method":"textDocument/formatting","params":{"textDocument":{"uri":"untitled:a.din"},"options":{"tabSize":4,"insertSpaces":true}}}""", deadline.Token);
        await held.Task.WaitAsync(deadline.Token);
        await client.Send("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}""", deadline.Token);

        var reply = (await client.ReplyTo(2, deadline.Token))!.Value;
        reply.GetProperty("error").GetProperty("code").GetInt32().Should().Be(-32800);
        deadline.IsCancellationRequested.Should().BeFalse("the request ended by its cancellation, not by the deadline");
        await client.Send("""{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:a.din"},"position":{"line":0,"character":1}}}""", deadline.Token);
        (await client.ReplyTo(3, deadline.Token))!.Value.TryGetProperty("result", out _).Should().BeTrue();
        await client.Send("""{"jsonrpc":"2.0","id":4,"method":"shutdown"}""", deadline.Token);
        await client.ReplyTo(4, deadline.Token);
        await client.Send("""{"jsonrpc":"2.0","method":"exit"}""", deadline.Token);
        (await running.WaitAsync(deadline.Token)).Should().Be(0);
    }
}
