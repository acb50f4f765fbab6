using System.Text.Json;
using DinActions.Cli.Tests.Call;
using DinActions.Provisioning.Tests.Emulation;
using FluentAssertions;

namespace DinActions.Cli.Tests.Numbers;

/// <summary>
/// <c>din numbers attach</c> fetches an action URL through the same fetcher as <c>din call</c>: the same
/// request, the same redirect handling, the same UTF-8 check, and so the same verdicts.
/// </summary>
public sealed class AttachFetchTests(ActionServer server) : EmulatorTest, IClassFixture<ActionServer>
{
    private const string Caller = "+8180123456789";
    private const string Recipient = "+8150123456789";
    private const string Refused = "; nothing was sent to the DIN API (--no-check attaches anyway)\n";

    [Fact]
    public async Task A_redirect_loop_is_refused_with_the_words_din_call_uses()
    {
        var callDetail = await CallDetail("/loop-a", "redirects");

        var result = await Attach("/loop-a");

        callDetail.Should().StartWith("redirect loop: ");
        result.ExitCode.Should().Be(1);
        result.Error.Should().EndWith($": the action URL's redirects cannot be followed: {callDetail}{Refused}");
        Emulator.ApiRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task More_than_five_redirects_are_refused_as_din_call_refuses_them()
    {
        var callDetail = await CallDetail("/hop/0", "redirects");

        var result = await Attach("/hop/0");

        callDetail.Should().StartWith("more than 5 redirects");
        result.Error.Should().EndWith($": the action URL's redirects cannot be followed: {callDetail}{Refused}");
    }

    [Fact]
    public async Task One_redirect_is_followed_by_hand_and_the_action_at_its_end_is_attached()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");

        var result = await Attach("/moved");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be($"Checked {server.Root}/moved: the action has no errors.\nAttached {server.Root}/moved to JPafr34rafic76tf.\n");
    }

    [Fact]
    public async Task The_numbers_are_sent_with_a_literal_plus_as_din_call_sends_them()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");

        (await Attach("/echo/attach")).ExitCode.Should().Be(0);
        await Call("/echo/call");

        server.RequestTo("attach").RawQuery.Should().Be($"?caller={Caller}&recipient={Recipient}")
            .And.Be(server.RequestTo("call").RawQuery);
    }

    [Fact]
    public async Task An_answer_that_is_not_utf8_is_refused_with_the_words_din_call_uses()
    {
        var callDetail = await CallDetail("/invalid-utf8", "encoding");

        var result = await Attach("/invalid-utf8");

        callDetail.Should().StartWith("not UTF-8: 0xE9 at byte 11");
        result.Error.Should().EndWith($": the action URL's answer is {callDetail}{Refused}");
    }

    [Fact]
    public async Task A_status_other_than_200_is_refused_as_din_call_fails_it()
    {
        var result = await Attach("/error");

        result.Error.Should().EndWith($": the action URL answered HTTP 500 Internal Server Error{Refused}");
    }

    private Task<CliResult> Attach(string path) => CliRun.RunAsync(
        new Dictionary<string, string>
        {
            ["XOXZO_SID"] = ProviderEmulator.Sid,
            ["XOXZO_AUTH_TOKEN"] = ProviderEmulator.AuthToken,
            ["XOXZO_API_BASE"] = Emulator.BaseAddress.AbsoluteUri,
        },
        null,
        "numbers", "attach", "JPafr34rafic76tf", server.Root + path, "--caller", Caller, "--recipient", Recipient);

    private async Task<JsonDocument> Call(string path)
    {
        var run = await Din.InProcess("call", server.Root + path, "--caller", Caller, "--recipient", Recipient, "--timeout", "2", "--format", "json");
        return JsonDocument.Parse(run.Output);
    }

    // The detail of one check of the action URL in din call's JSON report.
    private async Task<string> CallDetail(string path, string check)
    {
        using var report = await Call(path);
        return report.RootElement.GetProperty("checks").EnumerateArray()
            .Single(item => item.GetProperty("subject").GetString() == "action URL" && item.GetProperty("check").GetString() == check)
            .GetProperty("detail").GetString()!;
    }
}
