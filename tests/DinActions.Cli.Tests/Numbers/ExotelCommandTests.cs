using DinActions.Provisioning.Tests.Emulation;
using FluentAssertions;

namespace DinActions.Cli.Tests.Numbers;

public sealed class ExotelCommandTests : EmulatorTest
{
    private Dictionary<string, string> Environment(string token = ProviderEmulator.ExotelToken) => new()
    {
        ["EXOTEL_API_KEY"] = ProviderEmulator.ExotelKey,
        ["EXOTEL_API_TOKEN"] = token,
        ["EXOTEL_SID"] = ProviderEmulator.ExotelSid,
        ["EXOTEL_API_BASE"] = Emulator.BaseAddress.AbsoluteUri,
    };

    private static async Task<CliResult> Din(Dictionary<string, string> environment, params string[] args)
    {
        var result = await CliRun.RunAsync(environment, null, args);
        result.All.Should().NotContain(ProviderEmulator.ExotelToken).And.NotContain("wrong-exotel-token");
        return result;
    }

    [Fact]
    public async Task Add_sends_the_number_and_its_flows_and_prints_the_new_ExoPhone()
    {
        var result = await Din(Environment(), "exotel", "numbers", "add", "XXXXX30240", "--voice-url", "http://my.exotel.com/exotel_sid/exoml/start_voice/1248", "--friendly-name", "Support");

        result.ExitCode.Should().Be(0);
        Emulator.ApiRequests.Should().ContainSingle().Which.Form.Should().Equal(new Dictionary<string, string>
        {
            ["PhoneNumber"] = "XXXXX30240",
            ["VoiceUrl"] = "http://my.exotel.com/exotel_sid/exoml/start_voice/1248",
            ["FriendlyName"] = "Support",
        });
        result.Output.Should().Be("""
            FIELD           VALUE
            phone_number    +91XXXXX30240
            sid             9eeafc8ab479a386dc95f854f9d7cd8a
            friendly_name   Support
            voice_url       http://my.exotel.com/exotel_sid/exoml/start_voice/1248
            sms_url         -
            capabilities    voice yes, sms yes
            rental_price    499 INR per month
            one_time_price  0 INR

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Add_prints_every_field_as_json()
    {
        var result = await Din(Environment(), "exotel", "numbers", "add", "XXXXX30240", "--sms-url", "http://my.exotel.com/exotel_sid/exoml/start_sms/2239", "--format", "json");

        result.ExitCode.Should().Be(0);
        foreach (var field in new[] { "sid", "date_created", "date_updated", "account_sid", "friendly_name", "phone_number", "capabilities", "country", "region", "one_time_price", "rental_price", "incoming_rate", "incoming_pulse", "currency", "number_type", "vanity_number", "voice_url", "sms_url", "uri" })
        {
            result.Output.Should().Contain($"\"{field}\":");
        }

        result.Output.Should().Contain("\"date_created\": \"2016-11-09 13:48:12\"");
    }

    [Fact]
    public async Task Missing_credentials_are_a_usage_error_naming_the_variables()
    {
        var environment = Environment();
        environment.Remove("EXOTEL_SID");

        var result = await Din(environment, "exotel", "numbers", "add", "XXXXX30240");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("din exotel numbers add: set EXOTEL_API_KEY, EXOTEL_API_TOKEN and EXOTEL_SID to the API key, API token and account SID (missing: EXOTEL_SID)\n");
        Emulator.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Wrong_credentials_give_one_line_with_a_hint()
    {
        var result = await Din(Environment("wrong-exotel-token"), "exotel", "numbers", "add", "XXXXX30240");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("din exotel numbers add: Exotel: HTTP 401 Unauthorized: Authentication is required to view this page. (check the API key, API token and account SID); set EXOTEL_API_KEY, EXOTEL_API_TOKEN and EXOTEL_SID to the API key, API token and account SID\n");
    }

    [Fact]
    public async Task A_bad_region_is_a_usage_error()
    {
        var result = await Din(Environment(), "exotel", "numbers", "add", "XXXXX30240", "--region", "tokyo");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("`tokyo` is not a region; use `singapore` or `mumbai`.");
        Emulator.Received.Should().BeEmpty();
    }
}
