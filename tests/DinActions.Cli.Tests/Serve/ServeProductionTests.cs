using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

/// <summary><c>din serve</c> in production: reload, health, metrics, the JSON log, hostile requests, its configuration.</summary>
public sealed partial class ServeCommandTests
{
    private const string Query = "/?caller=%2B8180123456789&recipient=%2B8150123456789";

    [Fact]
    public async Task A_valid_new_version_written_then_renamed_takes_over_for_the_next_request()
    {
        var file = Write("welcome.din", "voicemail");
        await using var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", file, "--urls", "http://127.0.0.1:0");
        (await server.Client.GetStringAsync(Query)).Should().Be("voicemail");

        var temporary = Write(".welcome.din.tmp", "say en \"We moved.\"");
        File.Move(temporary, file, overwrite: true);

        (await AnswerBecomesAsync(server, "say en \"We moved.\"")).Should().BeTrue(server.Output);
        (await OutputContainsAsync(server, $"info reloaded {file}")).Should().BeTrue(server.Output);
    }

    [Fact]
    public async Task A_new_version_with_errors_is_refused_with_its_diagnostics_and_the_old_one_serves_on()
    {
        var file = Write("welcome.din", "voicemail");
        await using var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", file, "--urls", "http://127.0.0.1:0");

        await File.WriteAllTextAsync(file, "tranfer +81336042000");
        (await OutputContainsAsync(server, "refused; still serving")).Should().BeTrue(server.Output);
        var during = await server.Client.GetStringAsync(Query);
        using var health = JsonDocument.Parse(await server.Client.GetStringAsync("/healthz"));
        await File.WriteAllTextAsync(file, "say en \"Fixed.\"");

        during.Should().Be("voicemail");
        health.RootElement.GetProperty("refusedAt").ValueKind.Should().Be(JsonValueKind.String);
        server.Output.Should().Contain($"fail {file}:1:1: error DIN0001: unknown action `tranfer`; did you mean `transfer`?");
        (await AnswerBecomesAsync(server, "say en \"Fixed.\"")).Should().BeTrue(server.Output);
    }

    [Fact]
    public async Task A_file_half_written_in_place_is_never_served_and_the_whole_one_is()
    {
        var rules = Write("rules.json", RulesFiles.Office);
        var time = new ManualTimeProvider(DateTimeOffset.Parse("2026-01-05T10:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await InProcessServer.StartAsync(time, "serve", rules, "--urls", "http://127.0.0.1:0");
        var changed = RulesFiles.Office.Replace("Connecting you.", "Connecting you now.", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(changed);

        await using (var writer = new FileStream(rules, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            await writer.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await writer.FlushAsync();
            (await OutputContainsAsync(server, "refused; still serving")).Should().BeTrue("the half stays unchanged past the settle time: " + server.Output);
            (await server.Client.GetStringAsync(Query)).Should().Be("say en \"Connecting you.\"\ntransfer +81336042000");
            await writer.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        }

        (await AnswerBecomesAsync(server, "say en \"Connecting you now.\"\ntransfer +81336042000")).Should().BeTrue(server.Output);
        server.Output.Should().Contain("error: $.whenInactive: not valid JSON", "the half written ends inside a string");
    }

    [Fact]
    public async Task The_health_check_answers_json_at_its_path_and_never_the_action()
    {
        var file = Write("welcome.din", "voicemail");
        await using var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", file, "--urls", "http://127.0.0.1:0", "--health-path", "/up");

        var health = await server.Client.GetAsync("/up?caller=%2B8180123456789&recipient=%2B8150123456789");
        var formerPath = await server.Client.GetStringAsync("/healthz" + Query[1..]);

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        health.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        report.RootElement.GetProperty("status").GetString().Should().Be("serving");
        report.RootElement.GetProperty("file").GetString().Should().Be(file);
        DateTimeOffset.Parse(report.RootElement.GetProperty("loadedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        report.RootElement.GetProperty("refusedAt").ValueKind.Should().Be(JsonValueKind.Null);
        formerPath.Should().Be("voicemail", "only the configured path is the health check");
        // The log is written in order: once the call after them is in it, so would the health checks be.
        (await OutputContainsAsync(server, "answered: voicemail")).Should().BeTrue(server.Output);
        server.Output.Should().NotContain("/up", "health checks are not calls and are not logged");
    }

    [Fact]
    public async Task Metrics_count_calls_by_rule_refusals_and_reloads_and_time_each_answer()
    {
        var rules = Write("metered.json", RulesFiles.Office);
        var measurements = new ConcurrentQueue<(string Name, double Value, string? Tag)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == ServeMetrics.MeterName && instrument.Meter.Tags?.Any(tag => tag.Key == ServeMetrics.FileTag && Equals(tag.Value, rules)) == true)
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, TagOf(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, TagOf(tags))));
        listener.Start();
        var time = new ManualTimeProvider(DateTimeOffset.Parse("2026-01-05T10:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await InProcessServer.StartAsync(time, "serve", rules, "--urls", "http://127.0.0.1:0");

        await server.Client.GetStringAsync(Query);
        await server.Client.GetStringAsync(Query);
        await server.Client.GetStringAsync("/?recipient=%2B8150123456789");
        await server.Client.GetAsync("/?caller=%2B8180123456789");
        await File.WriteAllTextAsync(rules, "{");
        (await OutputContainsAsync(server, "refused; still serving")).Should().BeTrue(server.Output);
        await File.WriteAllTextAsync(rules, RulesFiles.Office.Replace("Connecting you.", "Hello.", StringComparison.Ordinal));
        (await OutputContainsAsync(server, "info reloaded")).Should().BeTrue(server.Output);

        measurements.Where(entry => entry.Name == "din.serve.calls").Select(entry => (entry.Value, entry.Tag))
            .Should().Equal((1, "active hours"), (1, "active hours"), (1, "anonymous caller"));
        measurements.Where(entry => entry.Name == "din.serve.refused").Select(entry => entry.Tag).Should().Equal("no-recipient");
        measurements.Count(entry => entry.Name == "din.serve.reloads.failed").Should().Be(1);
        measurements.Count(entry => entry.Name == "din.serve.reloads").Should().Be(1);
        measurements.Where(entry => entry.Name == "din.serve.call.duration").Should().HaveCount(3).And.OnlyContain(entry => entry.Value > 0 && entry.Value < 10);
    }

    [Fact]
    public async Task The_json_log_writes_one_object_per_line()
    {
        var file = Write("welcome.din", "say en \"Welcome, 東京.\"");
        await using var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", file, "--urls", "http://127.0.0.1:0", "--log-format", "json");

        await server.Client.GetStringAsync(Query);
        await server.Client.DeleteAsync(Query);
        (await server.StopAsync()).Should().Be(ExitCodes.Success);

        var entries = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        entries.Select(entry => entry.GetProperty("event").GetString()).Should().Equal("listening", "answered", "refused", "stopping", "stopped");
        var answered = entries[1];
        answered.GetProperty("level").GetString().Should().Be("info");
        answered.GetProperty("caller").GetString().Should().Be("+8180123456789");
        answered.GetProperty("recipient").GetString().Should().Be("+8150123456789");
        answered.GetProperty("rule").GetString().Should().Be("file");
        answered.GetProperty("action").GetString().Should().Be("say en \"Welcome, 東京.\"");
        entries[2].GetProperty("status").GetInt32().Should().Be(405);
        entries[2].GetProperty("method").GetString().Should().Be("DELETE");
        server.Output.Should().Contain("東京", "text outside ASCII stays readable");
    }

    [Fact]
    public async Task Requests_the_cloud_never_sends_get_a_clear_4xx_are_logged_and_the_server_serves_on()
    {
        var file = Write("welcome.din", "voicemail");
        await using var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", file, "--urls", "http://127.0.0.1:0");
        var address = server.Client.BaseAddress!;

        var noRecipient = await server.Client.GetAsync("/?caller=%2B8180123456789");
        var badRecipient = await server.Client.GetAsync("/?caller=%2B8180123456789&recipient=office");
        var repeated = await server.Client.GetAsync(Query + "&caller=%2B8180000000000");
        var huge = await server.Client.GetAsync(Query + "&pad=" + new string('x', 100 * 1024));
        var post = await server.Client.PostAsync(Query, new StringContent("caller=+8180123456789"));
        using var headRequest = new HttpRequestMessage(HttpMethod.Head, Query);
        var head = await server.Client.SendAsync(headRequest);
        var dots = await RawAsync(address, $"GET /a/../b{Query[1..]} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        var encodedDots = await RawAsync(address, $"GET /%2e%2E/etc/passwd{Query[1..]} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        var after = await server.Client.GetStringAsync(Query);

        noRecipient.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noRecipient.Content.ReadAsStringAsync()).Should().Be("din serve: `recipient` is missing; the cloud asks with ?caller=...&recipient=... (the dialled number)\n");
        badRecipient.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        repeated.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await repeated.Content.ReadAsStringAsync()).Should().Contain("`caller` is given more than once");
        huge.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        post.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        post.Content.Headers.Allow.Should().Equal("GET", "HEAD");
        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentLength.Should().Be("voicemail".Length);
        dots.Should().StartWith("HTTP/1.1 400 ").And.Contain("a path with a `.` or `..` segment is refused");
        encodedDots.Should().StartWith("HTTP/1.1 400 ");
        after.Should().Be("voicemail");
        foreach (var expected in new[] { "refused 400 (no-recipient)", "refused 400 (bad-recipient)", "refused 400 (repeated-parameter)", "refused 414 (request-line-too-long)", "refused 405 (method)", "refused 400 (path): a path with a `.` or `..` segment is refused; request: GET \"/a/../b?" })
        {
            (await OutputContainsAsync(server, expected)).Should().BeTrue($"the log has `{expected}`: {server.Output}");
        }
    }

    [Fact]
    public async Task Serve_reads_the_nearest_dinlint_json_and_a_named_one()
    {
        var two = Write("app/two.din", "say en \"Hello.\"\nvoicemail");
        var refused = new StringWriter();
        (await DinCommandLine.RunAsync(["serve", two, "--urls", "http://127.0.0.1:0"], TextWriter.Null, refused)).Should().Be(ExitCodes.ErrorsFound);
        refused.ToString().Should().Contain("DIN0051");

        Write("app/.dinlint.json", "{ \"profile\": \"dashboard\" }");
        await using (var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", two, "--urls", "http://127.0.0.1:0"))
        {
            (await server.Client.GetStringAsync(Query)).Should().Be("say en \"Hello.\"\nvoicemail");
        }

        var strict = Write("strict.dinlint.json", "{ \"profile\": \"api\" }");
        var named = new StringWriter();
        (await DinCommandLine.RunAsync(["serve", two, "--config", strict, "--urls", "http://127.0.0.1:0"], TextWriter.Null, named)).Should().Be(ExitCodes.ErrorsFound);
        named.ToString().Should().Contain("DIN0051");
    }

    [Fact]
    public async Task A_rules_file_keeps_the_dashboard_profile_unless_its_configuration_names_one()
    {
        var rules = Write("rules/office.json", RulesFiles.Office);
        await using (var server = await InProcessServer.StartAsync(TimeProvider.System, "serve", rules, "--urls", "http://127.0.0.1:0"))
        {
            (await server.Client.GetAsync(Query)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        Write("rules/.dinlint.json", "{ \"profile\": \"api\" }");
        var error = new StringWriter();
        (await DinCommandLine.RunAsync(["serve", rules, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error)).Should().Be(ExitCodes.ErrorsFound);
        error.ToString().Should().Contain("error DIN0051: $.whenActive[1]");
    }

    [Fact]
    public async Task A_configuration_with_errors_stops_serve_with_exit_2()
    {
        var file = Write("cfg/welcome.din", "voicemail");
        var config = Write("cfg/.dinlint.json", "{ \"profiel\": \"api\" }");
        var error = new StringWriter();

        var exit = await DinCommandLine.RunAsync(["serve", file, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error);

        exit.Should().Be(ExitCodes.UsageOrIo);
        error.ToString().Should().StartWith(Path.GetRelativePath(Directory.GetCurrentDirectory(), config) is var shown && !shown.StartsWith("..", StringComparison.Ordinal) ? shown : config)
            .And.Contain("$.profiel");
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_stop_signal_answers_the_request_in_flight_and_exits_0(string signal)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // signals and `env --default-signal` are what is tested; Windows has neither
        }

        var file = Write("welcome.din", "voicemail");
        using var process = StartProcess(signal, "serve", file, "--urls", "http://127.0.0.1:0");
        var output = new ConcurrentQueue<string>();
        try
        {
            using var deadline = new CancellationTokenSource(Deadline);
            var address = await ReadAddressAsync(process.StandardOutput, deadline.Token);
            var reading = Task.Run(async () =>
            {
                while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
                {
                    output.Enqueue(line);
                }
            });
            using var client = new TcpClient();
            await client.ConnectAsync(address.Host, address.Port, deadline.Token);
            var stream = client.GetStream();
            var request = $"GET {Query} HTTP/1.1\r\nHost: 127.0.0.1\r\n";

            // One write holds a whole request and the start of a second: once the first is answered, the server has
            // read the second's first lines and is waiting for the rest of its headers, a request in flight.
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request + "\r\n" + request), deadline.Token);
            var first = await ReadResponseAsync(stream, deadline.Token);
            Signal(process.Id, signal);
            while (!output.Any(line => line.Contains("stopping", StringComparison.Ordinal)))
            {
                deadline.Token.ThrowIfCancellationRequested();
                await Task.Delay(20, deadline.Token);
            }

            // The log says the stop has begun; Kestrel is stopping once it no longer listens (it stops listening first,
            // then tells open connections to close after their request).
            while (await AcceptsAsync(address, deadline.Token))
            {
                await Task.Delay(20, deadline.Token);
            }

            await stream.WriteAsync(Encoding.ASCII.GetBytes("\r\n"), deadline.Token);
            var second = await ReadResponseAsync(stream, deadline.Token);

            // Kestrel may answer a request whose headers it was reading when the stop began without `Connection: close`
            // (it depends on where the stop finds it); the client ends the connection, as the cloud does after an answer.
            client.Close();
            await process.WaitForExitAsync(deadline.Token);
            await reading;

            first.Should().StartWith("HTTP/1.1 200 ").And.EndWith("voicemail");
            second.Should().StartWith("HTTP/1.1 200 ").And.EndWith("voicemail");
            process.ExitCode.Should().Be(ExitCodes.Success, string.Join('\n', output));
            output.Should().Contain(line => line.EndsWith($"info SIG{signal} received", StringComparison.Ordinal)).And.Contain(line => line.EndsWith("info stopped", StringComparison.Ordinal));
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
    public async Task Sighup_reads_the_file_and_its_configuration_again()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // signals and `env --default-signal` are what is tested; Windows has neither
        }

        var file = Write("hup/two.din", "say en \"Hello.\"\nvoicemail");
        Write("hup/.dinlint.json", "{ \"profile\": \"dashboard\" }");
        // A runner started under nohup ignores SIGHUP, and so would the tool, which keeps an inherited SIG_IGN.
        using var process = StartProcess("HUP", "serve", file, "--urls", "http://127.0.0.1:0");
        try
        {
            using var deadline = new CancellationTokenSource(Deadline);
            var address = await ReadAddressAsync(process.StandardOutput, deadline.Token);
            Write("hup/.dinlint.json", "{ \"profile\": \"api\" }");

            Signal(process.Id, "HUP");
            string? line;
            var lines = new List<string>();
            while ((line = await process.StandardOutput.ReadLineAsync(deadline.Token)) is not null && !line.Contains("refused; still serving", StringComparison.Ordinal))
            {
                lines.Add(line);
            }

            using var client = new HttpClient { BaseAddress = address, Timeout = Deadline };
            (await client.GetStringAsync(Query, deadline.Token)).Should().Be("say en \"Hello.\"\nvoicemail", "the old version serves on");
            line.Should().NotBeNull(string.Join('\n', lines));
            lines.Should().Contain(entry => entry.EndsWith("info SIGHUP received: reading the file again", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(new CancellationTokenSource(Deadline).Token);
        }
    }

    private static string? TagOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            return tag.Value?.ToString();
        }

        return null;
    }

    private static async Task<bool> AnswerBecomesAsync(InProcessServer server, string expected)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < deadline)
        {
            if (await server.Client.GetStringAsync(Query) == expected)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static async Task<bool> OutputContainsAsync(InProcessServer server, string expected)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < deadline)
        {
            if (server.Output.Contains(expected, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static async Task<bool> AcceptsAsync(Uri address, CancellationToken cancellation)
    {
        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(address.Host, address.Port, cancellation);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<string> RawAsync(Uri address, string request)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, deadline.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), deadline.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(deadline.Token);
    }

    /// <summary>Reads one HTTP/1.1 response whose body has a Content-Length, as text.</summary>
    private static async Task<string> ReadResponseAsync(NetworkStream stream, CancellationToken cancellation)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (true)
        {
            var text = Encoding.UTF8.GetString([.. received]);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                var length = text[..end].Split("\r\n").Select(header => header.Split(':', 2)).Where(pair => pair.Length == 2 && pair[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    .Select(pair => int.Parse(pair[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).Single();
                if (received.Count >= end + 4 + length)
                {
                    return text[..(end + 4 + length)];
                }
            }

            var count = await stream.ReadAsync(buffer, cancellation);
            if (count == 0)
            {
                return text;
            }

            received.AddRange(buffer.AsSpan(0, count));
        }
    }

    /// <summary>
    /// Starts the tool as a real process. A test runner started in the background ignores SIGINT, and so would
    /// its children: <c>env --default-signal</c> gives the tool the default disposition back.
    /// </summary>
    private Process StartProcess(string? defaultSignal, params string[] args)
    {
        var start = new ProcessStartInfo(defaultSignal is null ? "dotnet" : "env")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (defaultSignal is not null)
        {
            start.ArgumentList.Add($"--default-signal={defaultSignal}");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "din.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the tool did not start");
    }

    private static void Signal(int processId, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {processId}") { UseShellExecute = false }) ?? throw new InvalidOperationException("kill did not start");
        kill.WaitForExit((int)Deadline.TotalMilliseconds).Should().BeTrue();
        kill.ExitCode.Should().Be(0);
    }
}
