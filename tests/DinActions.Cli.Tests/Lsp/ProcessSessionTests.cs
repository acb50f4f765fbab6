using System.Diagnostics;
using System.Text.Json;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lsp;

/// <summary><c>din lsp</c> as an editor starts it: a real process, the protocol on its standard input and output.</summary>
public sealed class ProcessSessionTests
{
    [Fact]
    [Trait("Category", "Process")]
    public async Task A_scripted_session_over_stdio_diagnoses_fixes_formats_and_exits_with_0()
    {
        // The native din too, when DIN_EXECUTABLE names it: the contract tests run against both.
        var start = Din.StartInfo(AppContext.BaseDirectory, ["lsp"]);
        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var channel = new RawChannel(new DuplexProcessStream(process));
            const string uri = "untitled:invalid.din";
            await channel.Send("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"general":{"positionEncodings":["utf-8"]}}}}""", deadline.Token);
            (await channel.ReplyTo(1, deadline.Token))!.Value.GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString().Should().Be("utf-8");
            await channel.Send("""{"jsonrpc":"2.0","method":"initialized","params":{}}""", deadline.Token);
            await channel.Send("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"URI","languageId":"din","version":1,"text":"sya  en \"😀\""}}}""".Replace("URI", uri, StringComparison.Ordinal), deadline.Token);

            JsonElement published;
            do
            {
                published = (await channel.Receive(deadline.Token))!.Value;
            }
            while (published.GetProperty("method").GetString() != "textDocument/publishDiagnostics");

            var diagnostic = published.GetProperty("params").GetProperty("diagnostics").EnumerateArray().Single();
            diagnostic.GetProperty("code").GetString().Should().Be(DiagnosticCodes.UnknownAction);
            diagnostic.GetProperty("source").GetString().Should().Be("din");

            await channel.Send("""{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"URI"},"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":1}},"context":{"diagnostics":[]}}}""".Replace("URI", uri, StringComparison.Ordinal), deadline.Token);
            var fix = (await channel.ReplyTo(2, deadline.Token))!.Value.GetProperty("result")[0];
            fix.GetProperty("isPreferred").GetBoolean().Should().BeTrue();
            var edit = fix.GetProperty("edit").GetProperty("changes").GetProperty(uri)[0];
            edit.GetProperty("newText").GetString().Should().Be("say");

            // The editor applies the fix and sends the change; then the document formats.
            await channel.Send("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"URI","version":2},"contentChanges":[{"range":RANGE,"text":"say"}]}}""".Replace("URI", uri, StringComparison.Ordinal).Replace("RANGE", edit.GetProperty("range").GetRawText(), StringComparison.Ordinal), deadline.Token);
            await channel.Send("""{"jsonrpc":"2.0","id":3,"method":"textDocument/formatting","params":{"textDocument":{"uri":"URI"},"options":{"tabSize":4,"insertSpaces":true}}}""".Replace("URI", uri, StringComparison.Ordinal), deadline.Token);
            var formatted = (await channel.ReplyTo(3, deadline.Token))!.Value.GetProperty("result")[0];
            formatted.GetProperty("newText").GetString().Should().Be("say en \"😀\"");
            formatted.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32().Should().Be(14, "the old text is 14 UTF-8 bytes long, the emoji four of them");

            (await ShutDownAsync(channel, process, 4, deadline.Token)).Should().Be(0);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    [Trait("Category", "Process")]
    public async Task Params_of_the_wrong_shape_get_InvalidParams_from_the_process_and_it_goes_on()
    {
        var start = Din.StartInfo(AppContext.BaseDirectory, ["lsp"]);
        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var channel = new RawChannel(new DuplexProcessStream(process));
            await channel.Send("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""", deadline.Token);
            await channel.ReplyTo(1, deadline.Token);

            await channel.Send("""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":5}}""", deadline.Token);
            await channel.Send("""{"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":[]}""", deadline.Token);

            (await channel.ReplyTo(2, deadline.Token))!.Value.GetProperty("error").GetProperty("code").GetInt32().Should().Be(-32602);
            (await channel.ReplyTo(3, deadline.Token))!.Value.GetProperty("error").GetProperty("code").GetInt32().Should().Be(-32602);
            (await ShutDownAsync(channel, process, 4, deadline.Token)).Should().Be(0);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>The process's standard output to read and its standard input to write, as one stream.</summary>
    private sealed class DuplexProcessStream(Process process) : Stream
    {
        private readonly Stream input = process.StandardInput.BaseStream;
        private readonly Stream output = process.StandardOutput.BaseStream;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => input.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => input.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => output.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => output.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => input.Write(buffer, offset, count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => input.WriteAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Ends the session as the specification says (<c>shutdown</c> with <paramref name="id"/>, then <c>exit</c>); returns the exit code.</summary>
    private static async Task<int> ShutDownAsync(RawChannel channel, Process process, int id, CancellationToken cancellation)
    {
        await channel.Send($$"""{"jsonrpc":"2.0","id":{{id}},"method":"shutdown"}""", cancellation);
        await channel.ReplyTo(id, cancellation);
        await channel.Send("""{"jsonrpc":"2.0","method":"exit"}""", cancellation);
        await process.WaitForExitAsync(cancellation);
        return process.ExitCode;
    }
}
