using System.Text;
using DinActions.Provisioning.Tests.Emulation;
using FluentAssertions;

namespace DinActions.Cli.Tests.Numbers;

public sealed class NumbersCommandTests : EmulatorTest
{
    private static readonly string[] Secrets =
    [
        ProviderEmulator.AuthToken,
        ProviderEmulator.ExotelToken,
        "wrong-token-9999",
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ProviderEmulator.Sid}:{ProviderEmulator.AuthToken}")),
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ProviderEmulator.Sid}:wrong-token-9999")),
    ];

    private Dictionary<string, string> Environment(string token = ProviderEmulator.AuthToken) => new()
    {
        ["XOXZO_SID"] = ProviderEmulator.Sid,
        ["XOXZO_AUTH_TOKEN"] = token,
        ["XOXZO_API_BASE"] = Emulator.BaseAddress.AbsoluteUri,
    };

    private async Task<CliResult> Din(params string[] args) => await Din(Environment(), args);

    private static async Task<CliResult> Din(Dictionary<string, string> environment, params string[] args)
    {
        var result = await CliRun.RunAsync(environment, null, args);
        foreach (var secret in Secrets)
        {
            result.All.Should().NotContain(secret, "a secret must never be printed");
        }

        return result;
    }

    [Fact]
    public async Task Available_prints_a_table_of_numbers_and_costs()
    {
        var result = await Din("numbers", "available");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be("""
            DIN_UID           DIN           COUNTRY  PREFIX  PER_MINUTE  MONTHLY
            JPafr34rafic76tf  815012345678  81       50      1           650
            JPascfdrwersdf12  81312345678   81       3       10          1900
            2 numbers available; subscribing charges the monthly cost at once.

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Available_passes_country_and_prefix_and_prints_json_with_the_providers_names()
    {
        var result = await Din("numbers", "available", "--country", "JP", "--prefix", "813", "--format", "json");

        result.ExitCode.Should().Be(0);
        Emulator.ApiRequests.Should().ContainSingle().Which.Query.Should().Be("?country=JP&prefix=813");
        result.Output.Should().Contain("\"din_uid\": \"JPascfdrwersdf12\"").And.Contain("\"monthly_cost\": 1900.0").And.NotContain("JPafr34rafic76tf");
    }

    [Fact]
    public async Task Missing_credentials_are_a_usage_error_and_send_nothing()
    {
        var result = await Din(new Dictionary<string, string> { ["XOXZO_API_BASE"] = Emulator.BaseAddress.AbsoluteUri }, "numbers", "list");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("din numbers list: set XOXZO_SID and XOXZO_AUTH_TOKEN to the account's SID and auth token (missing: XOXZO_SID, XOXZO_AUTH_TOKEN)\n");
        Emulator.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_base_URL_with_a_password_is_refused_without_echoing_it()
    {
        var environment = Environment();
        environment["XOXZO_API_BASE"] = $"http://u:{ProviderEmulator.AuthToken}@127.0.0.1:1/";

        var result = await Din(environment, "numbers", "list");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("din numbers list: XOXZO_API_BASE must be an absolute http or https URL without a user name, password, query or fragment\n");
    }

    [Fact]
    public async Task Wrong_credentials_give_one_line_with_status_message_and_a_hint()
    {
        var result = await Din(Environment("wrong-token-9999"), "numbers", "available");

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("din numbers available: DIN API: HTTP 401 Unauthorized: Invalid username/password. (check the SID and auth token); set XOXZO_SID and XOXZO_AUTH_TOKEN to the account's SID and auth token\n");
    }

    [Fact]
    public async Task Subscribe_says_the_account_is_charged_at_once()
    {
        var result = await Din("numbers", "subscribe", "JPafr34rafic76tf");

        result.ExitCode.Should().Be(0);
        result.Output.Should().StartWith("Subscribed to JPafr34rafic76tf. The account was charged the monthly cost at once.\n");
        Emulator.ApiRequests.Should().ContainSingle().Which.Form.Should().Equal(new Dictionary<string, string> { ["din_uid"] = "JPafr34rafic76tf" });
    }

    [Fact]
    public async Task Subscribe_to_an_unavailable_number_shows_the_field_error()
    {
        var result = await Din("numbers", "subscribe", "JPgone");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("din numbers subscribe: DIN API: HTTP 400 Bad Request: din_uid: This DIN is not available.\n");
    }

    [Fact]
    public async Task Attach_requests_the_action_URL_as_the_cloud_does_then_attaches_it()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");
        var actionUrl = Emulator.Url("actions/good").AbsoluteUri;

        var result = await Din("numbers", "attach", "JPafr34rafic76tf", actionUrl);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be($"Checked {actionUrl}: the action has no errors.\nAttached {actionUrl} to JPafr34rafic76tf.\n");
        Emulator.Received.Select(request => $"{request.Method} {request.Path}{request.Query}").Should().Equal(
            "GET /actions/good?caller=+8180123456789&recipient=+8150123456789",
            "POST /voice/dins/subscriptions/JPafr34rafic76tf/");
        Emulator.Received[0].User.Should().BeNull("the action URL is fetched without the API's credentials");
        Emulator.ActionUrlOf("JPafr34rafic76tf").Should().Be(actionUrl);
    }

    [Fact]
    public async Task Attach_refuses_an_action_URL_whose_action_has_errors_and_sends_nothing_to_the_API()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");
        var actionUrl = Emulator.Url("actions/broken?x=1").AbsoluteUri;

        var result = await Din("numbers", "attach", "JPafr34rafic76tf", actionUrl, "--caller", "+819011112222", "--recipient", "+815012345678");

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain($"{actionUrl}:1:1: error DIN0001: unknown action `tranfer`; did you mean `transfer`?\n");
        result.Error.Should().EndWith($"din numbers attach: refusing to attach {actionUrl}: its action has 2 errors; nothing was sent to the DIN API (--no-check attaches anyway)\n");
        Emulator.Received.Should().ContainSingle().Which.Query.Should().Be("?x=1&caller=+819011112222&recipient=+815012345678");
        Emulator.ApiRequests.Should().BeEmpty();
        Emulator.ActionUrlOf("JPafr34rafic76tf").Should().BeNull();
    }

    [Fact]
    public async Task Attach_refuses_an_action_URL_that_answers_404()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");

        var result = await Din("numbers", "attach", "JPafr34rafic76tf", Emulator.Url("actions/missing").AbsoluteUri);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the action URL answered HTTP 404 Not Found; nothing was sent to the DIN API");
        Emulator.ApiRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task Attach_refuses_an_action_URL_that_does_not_answer_in_time()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");
        Emulator.Override("/actions/slow", EmulatorResponse.Text(ProviderEmulator.GoodAction) with { Delay = TimeSpan.FromSeconds(30) });

        var result = await Din("numbers", "attach", "JPafr34rafic76tf", Emulator.Url("actions/slow").AbsoluteUri);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the action URL did not answer within 2 s; nothing was sent to the DIN API");
        Emulator.ApiRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task Attach_refuses_an_action_URL_that_answers_too_much()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");
        Emulator.Override("/actions/huge", EmulatorResponse.Text(new string('a', 100_000)));

        var result = await Din("numbers", "attach", "JPafr34rafic76tf", Emulator.Url("actions/huge").AbsoluteUri);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the action URL answered more than 65536 bytes");
        Emulator.ApiRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task Attach_with_no_check_sends_without_fetching()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");
        var actionUrl = Emulator.Url("actions/broken").AbsoluteUri;

        var result = await Din("numbers", "attach", "JPafr34rafic76tf", actionUrl, "--no-check");

        result.ExitCode.Should().Be(0);
        Emulator.Received.Should().ContainSingle().Which.Form.Should().Equal(new Dictionary<string, string> { ["action_url"] = actionUrl });
    }

    [Theory]
    [InlineData("JPafr34rafic76tf", "ftp://example.com/x")]
    [InlineData("JPafr34rafic76tf", "/relative")]
    [InlineData("../JPafr34rafic76tf", "https://example.com/")]
    public async Task Attach_with_a_bad_URL_or_din_uid_is_a_usage_error_and_sends_nothing(string dinUid, string actionUrl)
    {
        var result = await Din("numbers", "attach", dinUid, actionUrl);

        result.ExitCode.Should().Be(2);
        Emulator.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Attach_to_an_unknown_subscription_is_a_404()
    {
        var result = await Din("numbers", "attach", "JPnope", Emulator.Url("actions/good").AbsoluteUri);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("din numbers attach: DIN API: HTTP 404 Not Found: Not found.\n");
    }

    [Fact]
    public async Task List_prints_subscriptions_as_text_and_json()
    {
        Emulator.AddSubscription("JPafr34rafic76tf", "https://example.com/command/");

        var text = await Din("numbers", "list");
        var json = await Din("numbers", "list", "--format", "json");

        text.ExitCode.Should().Be(0);
        text.Output.Should().Be("DIN_UID           DIN           ACTION_URL\nJPafr34rafic76tf  815012345678  https://example.com/command/\n");
        json.ExitCode.Should().Be(0);
        json.Output.Should().Contain("\"action_url\": \"https://example.com/command/\"").And.Contain("\"subscribed_on\": \"2025-01-01\"");
    }

    [Fact]
    public async Task Unsubscribe_sends_DELETE_and_confirms()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");

        var result = await Din("numbers", "unsubscribe", "JPafr34rafic76tf");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("Unsubscribed from JPafr34rafic76tf.\n");
        Emulator.ApiRequests.Should().ContainSingle().Which.Method.Should().Be("DELETE");
    }

    [Fact]
    public async Task An_HTML_page_from_the_API_is_one_clear_line_without_a_stack_trace()
    {
        Emulator.Override("/voice/dins/subscriptions/", EmulatorResponse.Html(502));

        var result = await Din("numbers", "list");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("din numbers list: DIN API: HTTP 502 Bad Gateway: an HTML page instead of JSON\n");
    }

    [Fact]
    public async Task Unexpected_JSON_is_one_clear_line_without_a_stack_trace()
    {
        Emulator.Override("/voice/dins/", EmulatorResponse.Json(200, """[{"din": "815012345678"}]"""));

        var result = await Din("numbers", "available");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("din numbers available: DIN API: HTTP 200 with unexpected JSON").And.Contain("din_uid").And.NotContain("   at ");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public async Task An_API_timeout_is_one_clear_line()
    {
        Emulator.Override("/voice/dins/", new EmulatorResponse(200, "[]", Delay: TimeSpan.FromSeconds(30)));

        var result = await CliRun.RunAsync(Environment(), CliRun.FastLimits with { ApiTimeout = TimeSpan.FromMilliseconds(300) }, "numbers", "available");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"din numbers available: DIN API: no answer within 0.3 s from {Emulator.BaseAddress.Authority}\n");
    }

    [Fact]
    public async Task Bad_format_is_a_usage_error()
    {
        var result = await Din("numbers", "list", "--format", "xml");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("`xml` is not a format; use `text` or `json`.");
        Emulator.Received.Should().BeEmpty();
    }
}
