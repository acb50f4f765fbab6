using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

/// <summary><c>din serve</c> as a real Kestrel server on 127.0.0.1 with a port the system picks.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly string folder = Directory.CreateTempSubdirectory("din-serve-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_rules_file_is_served_by_the_clock_and_each_call_is_logged()
    {
        var rules = Write("rules.json", RulesFiles.Office);
        var time = new ManualTimeProvider(DateTimeOffset.Parse("2026-01-05T08:59:59+09:00", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await InProcessServer.StartAsync(time, "serve", rules, "--urls", "http://127.0.0.1:0");

        var closed = await server.Client.GetAsync("/?caller=+8180123456789&recipient=+8150123456789");
        time.Now = time.Now.AddSeconds(1);
        var open = await server.Client.GetStringAsync("/any/path?caller=%2B8180123456789&recipient=8150123456789");
        var anonymous = await server.Client.GetStringAsync("/?caller=&recipient=8150123456789");

        closed.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await closed.Content.ReadAsStringAsync()).Should().Be("voicemail say en \"We are closed. Please leave a message.\"");
        open.Should().Be("say en \"Connecting you.\"\ntransfer +81336042000");
        anonymous.Should().Be("say en \"Please call again with your number shown.\"");

        var exit = await server.StopAsync();
        exit.Should().Be(ExitCodes.Success);
        server.Output.Should().Contain(
            "2026-01-04T23:59:59.000Z info caller=+8180123456789 recipient=+8150123456789 rule=\"outside active hours\" answered: voicemail say en \"We are closed. Please leave a message.\"\n"
            + "2026-01-05T00:00:00.000Z info caller=+8180123456789 recipient=+8150123456789 rule=\"active hours\" answered: say en \"Connecting you.\"\\ntransfer +81336042000\n"
            + "2026-01-05T00:00:00.000Z info caller=anonymous recipient=+8150123456789 rule=\"anonymous caller\" answered: say en \"Please call again with your number shown.\"\n");
    }

    [Fact]
    public async Task The_log_is_written_to_standard_outputs_bytes_in_utf8_without_a_byte_order_mark_when_the_console_offers_them()
    {
        var file = Write("welcome.din", "say en \"Welcome.\"");
        var bytes = new CapturedStream();
        await using var server = await InProcessServer.StartAsync(TimeProvider.System, bytes, "serve", file, "--urls", "http://127.0.0.1:0");

        var answer = await server.Client.GetStringAsync("/?caller=%C3%A9&recipient=%2B8150123456789");

        answer.Should().Be("say en \"Welcome.\"");
        (await server.StopAsync()).Should().Be(ExitCodes.Success);
        bytes.Bytes().Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        server.Output.Should().StartWith($"din serve: serving {file} on http://127.0.0.1:")
            .And.Contain(" info caller=unreadable:\"\u00e9\" recipient=+8150123456789 rule=\"file\" answered: say en \"Welcome.\"\n")
            .And.EndWith(" info stopped\n");
        server.WriterOutput.Should().BeEmpty("standard output's writer and its bytes are never both written to");
    }

    [Fact]
    public async Task Malformed_values_are_answered_and_a_huge_query_gets_414_and_the_server_keeps_serving()
    {
        var file = Write("welcome.din", "say en \"Welcome.\"");
        await using var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", file, "--urls", "http://127.0.0.1:0");

        var malformed = await server.Client.GetStringAsync("/?caller=%ZZ%&recipient=%2B8150123456789&&=");
        var huge = await server.Client.GetAsync($"/?caller={new string('8', 100_000)}&recipient=%2B8150123456789");
        var after = await server.Client.GetStringAsync("/?caller=+8180123456789&recipient=%2B8150123456789");

        malformed.Should().Be("say en \"Welcome.\"");
        huge.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong, "Kestrel refuses a request line over its limit before any handler runs");
        after.Should().Be("say en \"Welcome.\"");
        (await server.StopAsync()).Should().Be(ExitCodes.Success);
        server.Output.Should().Contain("caller=unreadable:\"%ZZ%\" recipient=+8150123456789 rule=\"file\"")
            .And.Contain("warn refused 414 (request-line-too-long): refused by Kestrel: Request line too long.");
    }

    [Fact]
    public async Task A_file_with_errors_is_refused_with_line_and_column_and_nothing_listens()
    {
        var file = Write("broken.din", "say en \"Hello\"\ntranfer 81336042000");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await DinCommandLine.RunAsync(["serve", file, "--urls", "http://127.0.0.1:0"], output, error);

        exit.Should().Be(ExitCodes.ErrorsFound);
        output.ToString().Should().BeEmpty();
        error.ToString().ReplaceLineEndings("\n").Should().Be(
            $"{file}:2:1: error DIN0001: unknown action `tranfer`; did you mean `transfer`?\n"
            + $"{file}:2:1: error DIN0051: the `api` profile allows one action; this is action 2\n"
            + $"{file}:2:9: error DIN0010: the transfer number `81336042000` lacks the `+` of E.164: write `+81336042000`\n"
            + $"din serve: 3 errors in {file}; not started\n");
    }

    [Fact]
    public async Task An_invalid_rules_file_is_refused_with_json_paths()
    {
        var rules = Write("rules.json", RulesFiles.Office.Replace("Asia/Tokyo", "Mars/Olympus", StringComparison.Ordinal));
        var error = new StringWriter();

        var exit = await DinCommandLine.RunAsync(["serve", rules, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error);

        exit.Should().Be(ExitCodes.ErrorsFound);
        error.ToString().Should().StartWith($"{rules}:2:15: error: $.timeZone: unknown time zone `Mars/Olympus`");
    }

    [Fact]
    public async Task A_missing_file_or_a_bad_address_exits_2()
    {
        var file = Write("ok.din", "voicemail");
        var missing = new StringWriter();
        var badAddress = new StringWriter();

        (await DinCommandLine.RunAsync(["serve", Path.Combine(folder, "none.din")], TextWriter.Null, missing)).Should().Be(ExitCodes.UsageOrIo);
        (await DinCommandLine.RunAsync(["serve", file, "--urls", "127.0.0.1:not-a-port"], TextWriter.Null, badAddress)).Should().Be(ExitCodes.UsageOrIo);

        missing.ToString().Should().EndWith("none.din: error: no such file" + Environment.NewLine);
        badAddress.ToString().Should().StartWith("din serve: error: cannot listen on `127.0.0.1:not-a-port`");
    }

    [Fact]
    public async Task Din_call_checks_din_serve_the_way_the_cloud_would()
    {
        var file = Write("welcome.din", "say en \"Welcome to the office.\"");
        await using var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", file, "--urls", "http://127.0.0.1:0");
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };

        var exit = await DinCommandLine.RunAsync(
            ["call", server.Client.BaseAddress!.ToString(), "--caller", "+8180123456789", "--recipient", "+8150123456789", "--timeout", "10"],
            output,
            error);

        exit.Should().Be(ExitCodes.Success, $"din call finds nothing failing: {output}{error}");
        output.ToString().Should().Contain("Welcome to the office.");
        (await server.StopAsync()).Should().Be(ExitCodes.Success);
        server.Output.Should().Contain("caller=+8180123456789 recipient=+8150123456789 rule=");
    }

    [Fact]
    public async Task The_tool_serves_as_a_real_process()
    {
        var file = Write("welcome.din", "playback https://example.com/welcome.mp3\n");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "din.dll"), "serve", file, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        try
        {
            using var deadline = new CancellationTokenSource(Deadline);
            var address = await ReadAddressAsync(process.StandardOutput, deadline.Token);
            using var client = new HttpClient { BaseAddress = address, Timeout = Deadline };

            var body = await client.GetStringAsync("/?caller=+8180123456789&recipient=+8150123456789", deadline.Token);

            body.Should().Be("playback https://example.com/welcome.mp3");
            address.Host.Should().Be("127.0.0.1");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(new CancellationTokenSource(Deadline).Token);
        }
    }

    private static async Task<Uri> ReadAddressAsync(StreamReader output, CancellationToken cancellation)
    {
        while (await output.ReadLineAsync(cancellation) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups["address"].Value);
            }
        }

        throw new InvalidOperationException("din serve ended without listening");
    }

    [GeneratedRegex("^din serve: serving .* on (?<address>http://127\\.0\\.0\\.1:[0-9]+)$")]
    private static partial Regex ListeningLine();

    // The first line of the log, in either format, names the address.
    [GeneratedRegex("serving .* on (?<address>http://127\\.0\\.0\\.1:[0-9]+)")]
    private static partial Regex AddressAnywhere();

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>
    /// Runs <c>din serve</c> through its command line in this process, with a test clock, and finds the
    /// address Kestrel bound from the line the command prints; a deadline bounds every wait.
    /// </summary>
    private sealed partial class InProcessServer : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop;
        private readonly Task<int> run;
        private readonly Func<string> output;
        private readonly StringWriter writer;

        private InProcessServer(CancellationTokenSource stop, Task<int> run, Func<string> output, StringWriter writer, Uri address)
        {
            this.stop = stop;
            this.run = run;
            this.output = output;
            this.writer = writer;
            Client = new HttpClient { BaseAddress = address, Timeout = Deadline };
        }

        public HttpClient Client { get; }

        /// <summary>Standard output so far: the console's writer, or the bytes of its stream when it offered one.</summary>
        public string Output => output();

        /// <summary>What reached the console's writer: all of standard output, unless the console offered its bytes.</summary>
        public string WriterOutput => Read(writer);

        public static Task<InProcessServer> StartAsync(TimeProvider time, params string[] args) => StartAsync(time, null, args);

        /// <summary>Starts the server on a console that offers <paramref name="bytes"/> as standard output's bytes (null: none).</summary>
        public static async Task<InProcessServer> StartAsync(TimeProvider time, CapturedStream? bytes, params string[] args)
        {
            var writer = new StringWriter { NewLine = "\n" };
            var console = DinConsole.Redirected(TextWriter.Synchronized(writer), TextWriter.Synchronized(new StringWriter())) with
            {
                OpenOutStream = bytes is null ? null : () => bytes,
            };
            Func<string> output = bytes is null ? () => Read(writer) : bytes.Text;
            var root = new RootCommand { ServeCommand.Create(console, time) };
            var stop = new CancellationTokenSource();
            var run = Task.Run(() => root.Parse(args).InvokeAsync(new InvocationConfiguration(), stop.Token));
            var deadline = DateTime.UtcNow + Deadline;
            while (DateTime.UtcNow < deadline && !run.IsCompleted)
            {
                if (AddressAnywhere().Match(output().Split('\n')[0]) is { Success: true } match)
                {
                    return new InProcessServer(stop, run, output, writer, new Uri(match.Groups["address"].Value));
                }

                await Task.Delay(20);
            }

            await stop.CancelAsync();
            throw new TimeoutException($"din serve did not listen within {Deadline}: {await run.WaitAsync(Deadline)} {output()}");
        }

        private static string Read(StringWriter writer)
        {
            lock (writer)
            {
                return writer.ToString();
            }
        }

        public async Task<int> StopAsync()
        {
            await stop.CancelAsync();
            return await run.WaitAsync(Deadline);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!run.IsCompleted)
            {
                await StopAsync();
            }

            stop.Dispose();
        }
    }

    /// <summary>Standard output's bytes as a console offers them, read while the server writes.</summary>
    private sealed class CapturedStream : Stream
    {
        private readonly MemoryStream bytes = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Bytes()
        {
            lock (bytes)
            {
                return bytes.ToArray();
            }
        }

        public string Text() => Encoding.UTF8.GetString(Bytes());

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (bytes)
            {
                bytes.Write(buffer, offset, count);
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
