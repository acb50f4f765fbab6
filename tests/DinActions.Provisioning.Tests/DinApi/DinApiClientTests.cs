using System.Text;
using DinActions.Provisioning.Tests.Emulation;
using FluentAssertions;

namespace DinActions.Provisioning.Tests.DinApi;

public sealed class DinApiClientTests : EmulatorTest, IDisposable
{
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => http.Dispose();

    private DinApiClient Client(string sid = ProviderEmulator.Sid, string token = ProviderEmulator.AuthToken, TimeSpan? timeout = null) =>
        new(http, new DinApiOptions { BaseAddress = Emulator.BaseAddress, Sid = sid, AuthToken = token, Timeout = timeout ?? TimeSpan.FromSeconds(10) });

    [Fact]
    public async Task Listing_available_numbers_sends_GET_voice_dins_with_basic_authentication_and_reads_every_field()
    {
        var numbers = await Client().ListAvailableAsync();

        var request = Emulator.ApiRequests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.Path.Should().Be("/voice/dins/");
        request.Query.Should().BeEmpty();
        request.User.Should().Be(ProviderEmulator.Sid);
        request.Password.Should().Be(ProviderEmulator.AuthToken);
        numbers.Should().Equal(
            new AvailableDin { CountryCode = "81", Din = "815012345678", DinUid = "JPafr34rafic76tf", MinuteCost = 1, MonthlyCost = 650.0m, Prefix = "50" },
            new AvailableDin { CountryCode = "81", Din = "81312345678", DinUid = "JPascfdrwersdf12", MinuteCost = 10, MonthlyCost = 1900.0m, Prefix = "3" });
    }

    [Fact]
    public async Task Filters_travel_as_country_and_prefix_query_parameters()
    {
        await Client().ListAvailableAsync(country: "JP");
        var byPrefix = await Client().ListAvailableAsync(prefix: "813");

        Emulator.ApiRequests.Select(request => request.Path + request.Query).Should().Equal("/voice/dins/?country=JP", "/voice/dins/?prefix=813");
        byPrefix.Select(number => number.DinUid).Should().Equal("JPascfdrwersdf12");
    }

    [Fact]
    public async Task Subscribing_posts_din_uid_as_a_form_to_subscriptions_with_its_trailing_slash()
    {
        await Client().SubscribeAsync("JPafr34rafic76tf");

        var request = Emulator.ApiRequests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/voice/dins/subscriptions/");
        request.ContentType.Should().StartWith("application/x-www-form-urlencoded");
        request.Form.Should().Equal(new Dictionary<string, string> { ["din_uid"] = "JPafr34rafic76tf" });
        Emulator.ActionUrlOf("JPafr34rafic76tf").Should().BeNull();
    }

    [Fact]
    public async Task Attaching_posts_action_url_to_the_subscription_path_with_its_trailing_slash()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");

        await Client().AttachActionUrlAsync("JPafr34rafic76tf", new Uri("https://example.com/command/?a=1&b=2"));

        var request = Emulator.ApiRequests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/voice/dins/subscriptions/JPafr34rafic76tf/");
        request.Form.Should().Equal(new Dictionary<string, string> { ["action_url"] = "https://example.com/command/?a=1&b=2" });
        Emulator.ActionUrlOf("JPafr34rafic76tf").Should().Be("https://example.com/command/?a=1&b=2");
    }

    [Fact]
    public async Task Listing_subscriptions_reads_known_fields_and_keeps_the_others()
    {
        Emulator.AddSubscription("JPafr34rafic76tf", "https://example.com/command/");

        var subscriptions = await Client().ListSubscriptionsAsync();

        Emulator.ApiRequests.Should().ContainSingle().Which.Should().Match<ReceivedRequest>(request => request.Method == "GET" && request.Path == "/voice/dins/subscriptions/");
        var subscription = subscriptions.Should().ContainSingle().Subject;
        subscription.DinUid.Should().Be("JPafr34rafic76tf");
        subscription.ActionUrl.Should().Be("https://example.com/command/");
        subscription.AdditionalFields.Should().ContainKey("subscribed_on").WhoseValue.GetString().Should().Be("2025-01-01");
    }

    [Fact]
    public async Task Unsubscribing_sends_DELETE_to_the_subscription_path_with_its_trailing_slash()
    {
        Emulator.AddSubscription("JPafr34rafic76tf");

        await Client().UnsubscribeAsync("JPafr34rafic76tf");

        var request = Emulator.ApiRequests.Should().ContainSingle().Subject;
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be("/voice/dins/subscriptions/JPafr34rafic76tf/");
    }

    [Fact]
    public async Task Wrong_credentials_fail_with_401_the_providers_message_and_no_secret()
    {
        var act = () => Client(token: "wrong-token-1234").ListAvailableAsync();

        var failure = (await act.Should().ThrowAsync<ProviderAuthenticationException>()).Which;
        failure.StatusCode.Should().Be(401);
        failure.ProviderMessage.Should().Be("Invalid username/password.");
        failure.Message.Should().Be("DIN API: HTTP 401 Unauthorized: Invalid username/password. (check the SID and auth token)");
        failure.ToString().Should().NotContain("wrong-token-1234").And.NotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ProviderEmulator.Sid}:wrong-token-1234")));
    }

    [Fact]
    public async Task Missing_credentials_are_a_programming_error_and_send_nothing()
    {
        var act = () => Client(token: string.Empty).ListAvailableAsync();

        await act.Should().ThrowAsync<InvalidOperationException>();
        Emulator.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_400_carries_the_field_errors()
    {
        var act = () => Client().SubscribeAsync("JPnotavailable00");

        var failure = (await act.Should().ThrowAsync<ProviderValidationException>()).Which;
        failure.StatusCode.Should().Be(400);
        failure.FieldErrors.Should().ContainKey("din_uid").WhoseValue.Should().Equal("This DIN is not available.");
        failure.Message.Should().Be("DIN API: HTTP 400 Bad Request: din_uid: This DIN is not available.");
    }

    [Fact]
    public async Task A_404_for_an_unknown_subscription_is_a_not_found_error()
    {
        var act = () => Client().UnsubscribeAsync("JPunknown");

        var failure = (await act.Should().ThrowAsync<ProviderNotFoundException>()).Which;
        failure.StatusCode.Should().Be(404);
        failure.Message.Should().Be("DIN API: HTTP 404 Not Found: Not found.");
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("")]
    public async Task A_din_uid_that_would_change_the_path_is_refused_before_sending(string dinUid)
    {
        var act = () => Client().UnsubscribeAsync(dinUid);

        await act.Should().ThrowAsync<ArgumentException>();
        Emulator.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Extra_fields_are_ignored_and_null_optional_fields_read_as_null()
    {
        Emulator.Override("/voice/dins/", EmulatorResponse.Json(200, """[{"din_uid": "X1", "din": "815012345678", "country_code": null, "prefix": null, "minute_cost": null, "monthly_cost": "650.0", "brand_new": {"x": [1, 2]}}]"""));

        var numbers = await Client().ListAvailableAsync();

        numbers.Should().Equal(new AvailableDin { DinUid = "X1", Din = "815012345678", MonthlyCost = 650.0m });
    }

    [Theory]
    [InlineData("""[{"din": "815012345678"}]""", "din_uid")]
    [InlineData("""[{"din_uid": null, "din": "815012345678"}]""", "din_uid")]
    [InlineData("""[{"din_uid": "X1", "din": null}]""", "din")]
    [InlineData("""[{"din_uid": "X1", "din": "1", "minute_cost": "one"}]""", "minute_cost")]
    [InlineData("""{"results": []}""", "$")]
    [InlineData("""[{"din_uid": "X1", """, "$")]
    public async Task Missing_null_or_mistyped_required_fields_fail_as_unexpected_JSON_naming_the_field(string body, string named)
    {
        Emulator.Override("/voice/dins/", EmulatorResponse.Json(200, body));

        var act = () => Client().ListAvailableAsync();

        var failure = (await act.Should().ThrowAsync<ProviderResponseException>()).Which;
        failure.StatusCode.Should().Be(200);
        failure.Message.Should().StartWith("DIN API: HTTP 200 with unexpected JSON").And.Contain(named);
        failure.Message.Should().NotContain("\n");
    }

    [Fact]
    public async Task An_HTML_page_instead_of_JSON_is_an_unexpected_response()
    {
        Emulator.Override("/voice/dins/", EmulatorResponse.Html(200));

        var act = () => Client().ListAvailableAsync();

        (await act.Should().ThrowAsync<ProviderResponseException>()).Which.Message
            .Should().Be("DIN API: HTTP 200 with an HTML page instead of JSON; check the base URL");
    }

    [Fact]
    public async Task An_HTML_error_page_is_described_not_echoed()
    {
        Emulator.Override("/voice/dins/", EmulatorResponse.Html(502));

        var act = () => Client().ListAvailableAsync();

        var failure = (await act.Should().ThrowAsync<ProviderStatusException>()).Which;
        failure.StatusCode.Should().Be(502);
        failure.ProviderMessage.Should().BeNull();
        failure.Message.Should().Be("DIN API: HTTP 502 Bad Gateway: an HTML page instead of JSON");
    }

    [Fact]
    public async Task A_providers_message_loses_control_characters_and_is_clipped()
    {
        var noisy = "\u001b[31mred\u001b[0m\nsecond line " + new string('x', 1000);
        Emulator.Override("/voice/dins/", EmulatorResponse.Json(500, System.Text.Json.JsonSerializer.Serialize(new { detail = noisy })));

        var act = () => Client().ListAvailableAsync();

        var failure = (await act.Should().ThrowAsync<ProviderStatusException>()).Which;
        failure.Message.Should().NotContain("\u001b").And.NotContain("\n");
        failure.ProviderMessage!.Length.Should().BeLessThanOrEqualTo(301);
        failure.ProviderMessage.Should().StartWith("[31mred[0m second line xxx");
    }

    [Fact(Timeout = 15_000)]
    public async Task A_slow_answer_fails_with_the_clients_timeout_before_the_answer_comes()
    {
        // The answer would come after 20 s and succeed; the test's own timeout fails a client that waits for it.
        Emulator.Override("/voice/dins/", new EmulatorResponse(200, "[]", Delay: TimeSpan.FromSeconds(20)));

        var act = () => Client(timeout: TimeSpan.FromMilliseconds(300)).ListAvailableAsync();

        var failure = (await act.Should().ThrowAsync<ProviderTimeoutException>()).Which;
        failure.StatusCode.Should().BeNull();
        failure.Message.Should().Be($"DIN API: no answer within 0.3 s from {Emulator.BaseAddress.Authority}");
    }

    [Fact]
    public async Task The_callers_cancellation_is_a_cancellation_not_a_timeout()
    {
        Emulator.Override("/voice/dins/", new EmulatorResponse(200, "[]", Delay: TimeSpan.FromSeconds(20)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var act = () => Client().ListAvailableAsync(cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_closed_port_is_a_connection_error()
    {
        var address = Emulator.BaseAddress;
        await Emulator.DisposeAsync();
        var client = new DinApiClient(http, new DinApiOptions { BaseAddress = address, Sid = "a", AuthToken = "b", Timeout = TimeSpan.FromSeconds(5) });

        var act = () => client.ListAvailableAsync();

        (await act.Should().ThrowAsync<ProviderConnectionException>()).Which.Message.Should().Be($"DIN API: cannot connect ({address.Authority})");
    }

    [Fact]
    public async Task A_connection_dropped_mid_body_is_a_connection_error()
    {
        Emulator.Override("/voice/dins/", new EmulatorResponse(200, "[{\"din_uid\": ", BreakBody: true));

        var act = () => Client().ListAvailableAsync();

        (await act.Should().ThrowAsync<ProviderConnectionException>()).Which.Message
            .Should().Be($"DIN API: the connection broke while reading the answer ({Emulator.BaseAddress.Authority})");
    }

    [Fact]
    public async Task A_base_address_with_a_path_keeps_it()
    {
        Emulator.Override("/proxy/voice/dins/", EmulatorResponse.Json(200, "[]"));
        var client = new DinApiClient(http, new DinApiOptions { BaseAddress = Emulator.Url("proxy"), Sid = "a", AuthToken = "b" });

        (await client.ListAvailableAsync()).Should().BeEmpty();
        Emulator.ApiRequests.Should().ContainSingle().Which.Path.Should().Be("/proxy/voice/dins/");
    }

    [Fact]
    public async Task A_base_address_with_credentials_is_refused()
    {
        var client = new DinApiClient(http, new DinApiOptions { BaseAddress = new Uri("http://user:hunter2secret@127.0.0.1:1/"), Sid = "a", AuthToken = "b" });

        var act = () => client.ListAvailableAsync();

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().NotContain("hunter2secret");
    }

    [Fact]
    public void Default_base_address_is_the_providers_API_host_from_the_seed()
    {
        new DinApiOptions().BaseAddress.Should().Be(new Uri("https://api.xoxzo.com/"));
        new DinApiOptions { AuthToken = "secret-1" }.ToString().Should().NotContain("secret-1");
    }
}
