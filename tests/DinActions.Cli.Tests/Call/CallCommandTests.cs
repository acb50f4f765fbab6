using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using DinActions.Cli.Call;
using FluentAssertions;

namespace DinActions.Cli.Tests.Call;

public sealed class CallCommandTests(ActionServer server) : IClassFixture<ActionServer>
{
    private const string Caller = "+8180123456789";
    private const string Recipient = "+8150123456789";

    // Every run must end well within this, hanging servers included; the command's own limits do the work.
    private static readonly TimeSpan FinishedWithin = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_good_action_passes_every_check_and_shows_the_call()
    {
        var (exit, output, _) = await Call("/good");

        exit.Should().Be(0);
        Verdict(output, "action URL", "connection").Should().Be("pass");
        Verdict(output, "action URL", "status").Should().Be("pass");
        Verdict(output, "action URL", "content type").Should().Be("pass");
        Verdict(output, "action URL", "encoding").Should().Be("pass");
        Verdict(output, $"mp3 {server.Root}/media/tone.mp3", "reachable").Should().Be("pass");
        Verdict(output, $"mp3 {server.Root}/media/tone.mp3", "content type").Should().Be("pass");
        Line(output, $"mp3 {server.Root}/media/tone.mp3", "audio").Should().Contain("MPEG-1 Layer III frame header (44100 Hz)");
        Verdict(output, "account", "credit").Should().Be("skip");
        output.Should().Contain(
            $"call\n  A call from {Caller} to {Recipient} is answered.\n  The caller hears the mp3 file at {server.Root}/media/tone.mp3.\n  The call is hung up.\n");
        output.Should().MatchRegex(@"\n0 failed, \d+ warned, \d+ passed, 1 not checked\n$");
    }

    [Fact]
    public async Task The_request_carries_the_numbers_with_a_literal_plus_as_the_cloud_sends_them()
    {
        var (exit, output, _) = await Call("/echo/plus");

        exit.Should().Be(0);
        var (rawQuery, decodedCaller, _) = server.RequestTo("plus");
        rawQuery.Should().Be($"?caller={Caller}&recipient={Recipient}");
        decodedCaller.Should().Be(" 8180123456789", because: "a literal + decodes to a space, which the note explains");
        output.Should().StartWith($"GET {server.Root}/echo/plus?caller={Caller}&recipient={Recipient}\nnote: the cloud sends the numbers with a literal `+`");
        output.Split("literal `+`").Should().HaveCount(2, because: "the explanation is given once");
    }

    [Fact]
    public async Task The_numbers_are_appended_to_an_existing_query_and_the_fragment_is_dropped()
    {
        await Call("/echo/query?key=a%2Bb#top");

        server.RequestTo("query").RawQuery.Should().Be($"?key=a%2Bb&caller={Caller}&recipient={Recipient}");
    }

    [Fact]
    public async Task An_anonymous_call_sends_no_caller()
    {
        var (exit, output, _) = await Run("call", $"{server.Root}/echo/anonymous", "--anonymous", "--recipient", Recipient);

        exit.Should().Be(0);
        server.RequestTo("anonymous").Should().Be(($"?recipient={Recipient}", null, false));
        output.Should().Contain($"A call from a hidden number to {Recipient} is answered.");
    }

    [Fact]
    public async Task A_text_html_answer_is_a_warning_only()
    {
        var (exit, output, _) = await Call("/html");

        exit.Should().Be(0);
        Line(output, "action URL", "content type").Should().Be(
            "warn  content type  `text/html; charset=utf-8`, not `text/plain`: a warning only, the provider's own sample server answers `text/html`");
        output.Should().Contain("The caller hears, in English: \"Hello\"");
    }

    [Fact]
    public async Task A_500_fails_the_status_and_quotes_the_body()
    {
        var (exit, output, _) = await Call("/error");

        exit.Should().Be(1);
        Line(output, "action URL", "status").Should().Be(
            "FAIL  status        500 Internal Server Error: the cloud needs 200 to read an action; the body begins `Traceback (most recent call last):`");
        Verdict(output, "action URL", "action").Should().Be("skip");
        output.Should().NotContain("\ncall\n");
    }

    [Fact]
    public async Task A_404_fails_the_status()
    {
        var (exit, output, _) = await Call("/nothing-here");

        exit.Should().Be(1);
        Line(output, "action URL", "status").Should().StartWith("FAIL  status        404 Not Found: the cloud needs 200");
    }

    [Fact]
    public async Task A_redirect_loop_is_detected()
    {
        var (exit, output, _) = await Call("/loop-a");

        exit.Should().Be(1);
        Line(output, "action URL", "redirects").Should().StartWith("FAIL  redirects     redirect loop: ")
            .And.EndWith($"/loop-a?caller={Caller}&recipient={Recipient} → {server.Root}/loop-b → {server.Root}/loop-a → {server.Root}/loop-b");
    }

    [Fact]
    public async Task An_endless_chain_of_redirects_stops_at_the_limit()
    {
        var (exit, output, _) = await Call("/hop/0");

        exit.Should().Be(1);
        Line(output, "action URL", "redirects").Should().StartWith("FAIL  redirects     more than 5 redirects");
    }

    [Fact]
    public async Task One_redirect_is_followed_with_a_warning()
    {
        var (exit, output, _) = await Call("/moved");

        exit.Should().Be(0);
        Line(output, "action URL", "redirects").Should().StartWith("warn  redirects     followed 1: ")
            .And.EndWith("whether the cloud follows redirects is not documented: set the action URL to the final address");
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_on_time_within_the_timeout()
    {
        var (exit, output, _) = await Call("/hang", "--timeout", "1");

        exit.Should().Be(1);
        Line(output, "action URL", "connection").Should().StartWith("pass  connection    connected to 127.0.0.1:");
        Line(output, "action URL", "time").Should().Be("FAIL  time          connected, but no complete answer within 1 s");
    }

    [Fact]
    public void The_limit_of_the_whole_run_leaves_room_for_more_than_the_network_steps()
    {
        // Three network steps of --timeout each, plus a fixed allowance for start-up and the report, which take time on a busy machine.
        var settings = new CallSettings(new Uri("http://127.0.0.1/"), Caller, Recipient, TimeSpan.FromSeconds(1), ValidationProfile.Api, CallOutputFormat.Text);

        settings.RunLimit.Should().Be(TimeSpan.FromSeconds(8));
        (settings with { Timeout = TimeSpan.FromSeconds(10) }).RunLimit.Should().Be(TimeSpan.FromSeconds(35)).And.BeLessThan(FinishedWithin);
    }

    [Fact]
    public async Task A_body_without_end_is_cut_at_64_KB()
    {
        var (exit, output, _) = await Call("/endless");

        exit.Should().Be(1);
        Line(output, "action URL", "size").Should().Be("FAIL  size          more than 64 KB; reading stopped there: an action is one short line");
    }

    [Fact]
    public async Task A_body_that_trickles_forever_fails_on_time()
    {
        var (exit, output, _) = await Call("/trickle", "--timeout", "1");

        exit.Should().Be(1);
        Line(output, "action URL", "time").Should().Be("FAIL  time          connected, but no complete answer within 1 s");
    }

    [Fact]
    public async Task Invalid_utf8_fails_the_encoding()
    {
        var (exit, output, _) = await Call("/invalid-utf8");

        exit.Should().Be(1);
        Line(output, "action URL", "encoding").Should().Be("FAIL  encoding      not UTF-8: 0xE9 at byte 11 is invalid; the cloud would read garbage");
        Verdict(output, "action URL", "action").Should().Be("skip");
    }

    [Fact]
    public async Task A_byte_order_mark_is_a_warning()
    {
        var (exit, output, _) = await Call("/bom");

        exit.Should().Be(0);
        Verdict(output, "action URL", "encoding").Should().Be("warn");
        output.Should().Contain("response:1:1: warning DIN0056:");
    }

    [Fact]
    public async Task An_action_with_a_typo_fails_with_its_position_and_suggestion()
    {
        var (exit, output, _) = await Call("/typo");

        exit.Should().Be(1);
        Verdict(output, "action URL", "action").Should().Be("FAIL");
        output.Should().Contain("        response:1:1: error DIN0001: unknown action `playbak`; did you mean `playback`?\n");
        output.Should().NotContain("\nmp3 ").And.NotContain("\ncall\n");
    }

    [Fact]
    public async Task A_playback_url_answering_html_fails_the_audio_check()
    {
        var (exit, output, _) = await Call("/html-playback");

        exit.Should().Be(1);
        var subject = $"mp3 {server.Root}/media/page.mp3";
        Verdict(output, subject, "status").Should().Be("pass");
        Line(output, subject, "content type").Should().Be("warn  content type  `text/html`, not `audio/mpeg`");
        Line(output, subject, "audio").Should().Be(
            "FAIL  audio         starts with `<!DOCTYPE html><`, neither an ID3 tag nor an MPEG audio frame header: not an mp3");
    }

    [Fact]
    public async Task A_playback_url_that_404s_fails_the_status()
    {
        var (exit, output, _) = await Call("/missing-playback");

        exit.Should().Be(1);
        var subject = $"mp3 {server.Root}/media/gone.mp3";
        Line(output, subject, "status").Should().Be("FAIL  status        404 Not Found: the cloud cannot fetch the file");
        Verdict(output, subject, "audio").Should().Be("skip");
    }

    [Fact]
    public async Task A_refused_head_falls_back_to_a_ranged_get()
    {
        var (exit, output, _) = await Call("/no-head-playback");

        exit.Should().Be(0);
        var subject = $"mp3 {server.Root}/media/no-head.mp3";
        Line(output, subject, "reachable").Should().Be("pass  reachable     HEAD answered 405 Method Not Allowed; a ranged GET answered 206 Partial Content");
        Verdict(output, subject, "audio").Should().Be("pass");
    }

    [Fact]
    public async Task A_large_mp3_from_a_server_that_ignores_the_range_is_read_only_as_far_as_needed()
    {
        var (exit, output, _) = await Call("/big-playback");

        exit.Should().Be(0);
        Verdict(output, $"mp3 {server.Root}/media/big.mp3", "audio").Should().Be("pass");
    }

    [Fact]
    public async Task A_playback_host_that_never_answers_fails_within_the_timeout()
    {
        var (exit, output, _) = await Call("/hanging-playback", "--timeout", "1");

        exit.Should().Be(1);
        Line(output, $"mp3 {server.Root}/media/hang.mp3", "reachable").Should().Be("FAIL  reachable     HEAD: connected, but no complete answer within 1 s");
    }

    [Fact]
    public async Task A_voicemail_greeting_mp3_is_checked_too()
    {
        var (exit, output, _) = await Call("/voicemail");

        exit.Should().Be(0);
        Verdict(output, $"mp3 {server.Root}/media/tone.mp3", "audio").Should().Be("pass");
        output.Should().Contain("The caller's message is recorded into the account's voicemail");
    }

    [Fact]
    public async Task Transfer_numbers_go_through_the_numbering_plan()
    {
        var good = await Call("/transfer");
        var offPlan = await Call("/off-plan");

        Line(good.Output, "action URL", "numbers").Should().Be(
            "pass  numbers       +81336042000 and caller ID +81312345678: in their countries' numbering plans");
        Line(offPlan.Output, "action URL", "numbers").Should().StartWith("warn  numbers       1:10: the transfer number `+8133604200` is not a valid number");
        offPlan.Exit.Should().Be(0);
    }

    [Fact]
    public async Task The_dashboard_profile_allows_say_then_transfer()
    {
        var api = await Call("/dashboard");
        var dashboard = await Call("/dashboard", "--profile", "dashboard");

        api.Exit.Should().Be(1);
        dashboard.Exit.Should().Be(0);
        dashboard.Output.Should().Contain("  The caller hears, in English: \"Connecting you.\"\n  The call is transferred to +81336042000");
    }

    [Fact]
    public async Task Control_characters_from_the_server_are_escaped()
    {
        var (actionExit, actionOutput, _) = await Call("/hostile");
        var (errorExit, errorOutput, _) = await Call("/hostile-error");

        actionExit.Should().Be(1);
        actionOutput.Should().Contain("error DIN0034: the control character U+001B");
        errorExit.Should().Be(1);
        Line(errorOutput, "action URL", "status").Should().EndWith("the body begins `\\u001B[2J\\u001B]0;pwned\\u0007boom\\u202Etxt.exe`");
        (actionOutput + errorOutput).Should().NotContainAny("\u001b", "\u0007", "\u202E");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task A_bidirectional_override_in_an_action_reaches_neither_report_raw(string format)
    {
        var (_, output, _) = await Call("/bidi", "--format", format);

        output.Should().NotContain("\u202E");
        output.Should().Contain(format == "json" ? "abc\\\\u202Etxt.exe" : "abc\\u202Etxt.exe");
    }

    [Fact]
    public async Task Json_output_escapes_what_the_server_sent()
    {
        var (exit, output, _) = await Call("/hostile-error", "--format", "json");

        exit.Should().Be(1);
        output.Should().NotContainAny("\u001b", "\u0007", "\u202E");
        using var document = JsonDocument.Parse(output);
        var status = document.RootElement.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("check").GetString() == "status");
        status.GetProperty("detail").GetString().Should().EndWith("the body begins `\\u001B[2J\\u001B]0;pwned\\u0007boom\\u202Etxt.exe`");
        document.RootElement.GetProperty("request").GetString().Should().Contain("caller=+8180123456789");
    }

    [Fact]
    public async Task A_refused_connection_fails_the_connection_check()
    {
        var port = UnusedPort();

        var (exit, output, _) = await Run("call", $"http://127.0.0.1:{port}/action", "--caller", Caller, "--recipient", Recipient, "--timeout", "5");

        exit.Should().Be(1);
        Line(output, "action URL", "connection").Should().Be($"FAIL  connection    refused: nothing listens on 127.0.0.1:{port}");
        Verdict(output, "action URL", "status").Should().Be("skip");
    }

    [Fact]
    public async Task Tls_to_a_plain_http_server_fails_the_connection_check()
    {
        var (exit, output, _) = await Run("call", server.Root.Replace("http://", "https://", StringComparison.Ordinal) + "/say", "--caller", Caller, "--recipient", Recipient, "--timeout", "5");

        exit.Should().Be(1);
        Line(output, "action URL", "connection").Should().StartWith("FAIL  connection    TLS: the secure connection to 127.0.0.1:");
    }

    [Fact]
    public async Task Json_output_holds_the_checks_the_diagnostics_and_the_transcript()
    {
        var (exit, output, _) = await Call("/say", "--format", "json");

        exit.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        root.GetProperty("request").GetString().Should().Be($"{server.Root}/say?caller={Caller}&recipient={Recipient}");
        root.GetProperty("checks").EnumerateArray().Should().Contain(check =>
            check.GetProperty("check").GetString() == "status" && check.GetProperty("verdict").GetString() == "pass");
        root.GetProperty("summary").GetProperty("failed").GetInt32().Should().Be(0);
        var events = root.GetProperty("call").GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
        events.Should().Equal("answered", "said", "hungUp");
        root.GetProperty("call").GetProperty("ending").GetString().Should().Be("hungUp");
    }

    [Theory]
    [InlineData("call", "ftp://example.com/a", "--caller", Caller, "--recipient", Recipient)]
    [InlineData("call", "not a url", "--caller", Caller, "--recipient", Recipient)]
    [InlineData("call", "http://example.com/a", "--caller", "8180123456789", "--recipient", Recipient)]
    [InlineData("call", "http://example.com/a", "--caller", Caller)]
    [InlineData("call", "http://example.com/a", "--recipient", Recipient)]
    [InlineData("call", "http://example.com/a", "--caller", Caller, "--anonymous", "--recipient", Recipient)]
    [InlineData("call", "http://example.com/a", "--caller", Caller, "--recipient", Recipient, "--timeout", "0")]
    [InlineData("call", "http://example.com/a", "--caller", Caller, "--recipient", Recipient, "--timeout", "ten")]
    [InlineData("call", "http://example.com/a", "--caller", Caller, "--recipient", Recipient, "--timeout", "301")]
    [InlineData("call", "http://example.com/a", "--caller", Caller, "--recipient", Recipient, "--format", "xml")]
    [InlineData("call", "http://example.com/a", "--caller", Caller, "--recipient", Recipient, "--profile", "sms")]
    public async Task Usage_errors_exit_2_before_any_request(params string[] args)
    {
        var (exit, output, error) = await Run(args);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("din: ").And.NotContain("   at ");
    }

    [Fact]
    public async Task A_number_without_plus_is_told_how_to_fix_it()
    {
        var (_, _, error) = await Run("call", "http://example.com/a", "--caller", "8180123456789", "--recipient", Recipient);

        error.Should().Contain("--caller `8180123456789` is not an E.164 number (`+`, then at most 15 digits, the first not 0); write `+8180123456789`.");
    }

    private Task<(int Exit, string Output, string Error)> Call(string pathAndQuery, params string[] more) =>
        Run(["call", server.Root + pathAndQuery, "--caller", Caller, "--recipient", Recipient, .. more.Contains("--timeout") ? more : ["--timeout", "10", .. more]]);

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await DinCommandLine.RunAsync(args, output, error).WaitAsync(FinishedWithin);
        return (exit, output.ToString(), error.ToString());
    }

    // The checklist line `  verdict  name  detail` of one check under one subject, without its indent.
    private static string Line(string output, string subject, string name)
    {
        var lines = output.Split('\n');
        var start = Array.IndexOf(lines, subject);
        start.Should().BeGreaterThanOrEqualTo(0, because: $"the subject `{subject}` should be in:\n{output}");
        var line = lines.Skip(start + 1).TakeWhile(line => line.Length > 0)
            .FirstOrDefault(line => line.Length > 8 && line[8..].StartsWith(name + "  ", StringComparison.Ordinal));
        line.Should().NotBeNull(because: $"the check `{name}` should be under `{subject}` in:\n{output}");
        return line![2..];
    }

    private static string Verdict(string output, string subject, string name) => Line(output, subject, name)[..4];

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
