using DinActions.Provisioning.Tests.Emulation;
using FluentAssertions;

namespace DinActions.Provisioning.Tests.Exotel;

public sealed class ExotelClientTests : EmulatorTest, IDisposable
{
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => http.Dispose();

    private ExotelClient Client(string token = ProviderEmulator.ExotelToken, string sid = ProviderEmulator.ExotelSid) =>
        new(http, new ExotelOptions { BaseAddress = Emulator.BaseAddress, ApiKey = ProviderEmulator.ExotelKey, ApiToken = token, AccountSid = sid });

    [Fact]
    public async Task Acquiring_posts_every_field_with_key_and_token_and_reads_every_field_of_the_answer()
    {
        var number = await Client().AcquireNumberAsync(new ExotelNumberRequest(
            "XXXXX30240",
            VoiceUrl: "http://my.exotel.com/exotel_sid/exoml/start_voice/1248",
            SmsUrl: "http://my.exotel.com/exotel_sid/exoml/start_sms/2239",
            FriendlyName: "Support line"));

        var request = Emulator.ApiRequests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/v2_beta/Accounts/exotel_sid/IncomingPhoneNumbers");
        request.User.Should().Be(ProviderEmulator.ExotelKey);
        request.Password.Should().Be(ProviderEmulator.ExotelToken);
        request.Form.Should().Equal(new Dictionary<string, string>
        {
            ["PhoneNumber"] = "XXXXX30240",
            ["VoiceUrl"] = "http://my.exotel.com/exotel_sid/exoml/start_voice/1248",
            ["SMSUrl"] = "http://my.exotel.com/exotel_sid/exoml/start_sms/2239",
            ["FriendlyName"] = "Support line",
        });
        number.Should().BeEquivalentTo(new ExotelIncomingPhoneNumber
        {
            Sid = "9eeafc8ab479a386dc95f854f9d7cd8a",
            DateCreated = new DateTime(2016, 11, 9, 13, 48, 12),
            DateUpdated = new DateTime(2017, 3, 30, 14, 19, 2),
            AccountSid = "Exotel",
            FriendlyName = "Support line",
            PhoneNumber = "+91XXXXX30240",
            Capabilities = new ExotelCapabilities { Voice = true, Sms = true },
            Country = "IN",
            Region = "WB",
            OneTimePrice = 0m,
            RentalPrice = 499m,
            IncomingRate = 0m,
            IncomingPulse = 60m,
            Currency = "INR",
            NumberType = "Landline",
            VanityNumber = false,
            VoiceUrl = "http://my.exotel.com/exotel_sid/exoml/start_voice/1248",
            SmsUrl = "http://my.exotel.com/exotel_sid/exoml/start_sms/2239",
            Uri = "/v2_beta/Accounts/Exotel/IncomingPhoneNumbers/9eeafc8ab479a386dc95f854f9d7cd8a",
        });
    }

    [Fact]
    public async Task Optional_fields_left_null_are_not_sent()
    {
        await Client().AcquireNumberAsync(new ExotelNumberRequest("XXXXX30240"));

        Emulator.ApiRequests.Should().ContainSingle().Which.Form.Should().Equal(new Dictionary<string, string> { ["PhoneNumber"] = "XXXXX30240" });
    }

    [Fact]
    public async Task The_seeds_own_answer_reads_field_for_field()
    {
        Emulator.Override($"/v2_beta/Accounts/{ProviderEmulator.ExotelSid}/IncomingPhoneNumbers", EmulatorResponse.Json(200, """
            {
              "sid": "9eeafc8ab479a386dc95f854f9d7cd8a",
              "date_created": "2016-11-09 13:48:12",
              "date_updated": "2017-03-30 14:19:02",
              "account_sid": "Exotel",
              "friendly_name": "XXXXX30240",
              "phone_number": "+91XXXX30240",
              "capabilities": {
                  "voice": true,
                  "sms": true
              },
              "country": "IN",
              "region": "WB",
              "one_time_price": "0.000000",
              "rental_price": "499.000000",
              "incoming_rate": "0.000000",
              "incoming_pulse": "60",
              "currency": "INR",
              "number_type": "Landline",
              "vanity_number": false,
              "voice_url": "https://my.exotel.in/Exotel/exoml/start_voice/12XX48",
              "sms_url": "https://my.exotel.in/Exotel/exoml/start_sms/22XX39",
              "uri": "/v2_beta/Accounts/Exotel/IncomingPhoneNumbers/9eeafc8ab479a386dc95f854f9d7cd8a"
            }
            """));

        var number = await Client().AcquireNumberAsync(new ExotelNumberRequest("XXXXX30240"));

        number.PhoneNumber.Should().Be("+91XXXX30240");
        number.RentalPrice.Should().Be(499m);
        number.VoiceUrl.Should().Be("https://my.exotel.in/Exotel/exoml/start_voice/12XX48");
        number.SmsUrl.Should().Be("https://my.exotel.in/Exotel/exoml/start_sms/22XX39");
    }

    [Fact]
    public async Task Only_sid_and_phone_number_are_required()
    {
        Emulator.Override($"/v2_beta/Accounts/{ProviderEmulator.ExotelSid}/IncomingPhoneNumbers", EmulatorResponse.Json(200, """{"sid": "s1", "phone_number": "+91X", "date_created": null, "capabilities": null, "surprise": 1}"""));

        var number = await Client().AcquireNumberAsync(new ExotelNumberRequest("X"));

        number.Should().BeEquivalentTo(new ExotelIncomingPhoneNumber { Sid = "s1", PhoneNumber = "+91X" });
    }

    [Fact]
    public async Task Wrong_credentials_fail_with_Exotels_nested_message()
    {
        var act = () => Client(token: "wrong").AcquireNumberAsync(new ExotelNumberRequest("XXXXX30240"));

        var failure = (await act.Should().ThrowAsync<ProviderAuthenticationException>()).Which;
        failure.Message.Should().Be("Exotel: HTTP 401 Unauthorized: Authentication is required to view this page. (check the API key, API token and account SID)");
    }

    [Fact]
    public async Task A_rejected_number_is_a_validation_error_with_Exotels_message()
    {
        var act = () => Client().AcquireNumberAsync(new ExotelNumberRequest(" "));

        await act.Should().ThrowAsync<ArgumentException>();
        Emulator.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_400_from_Exotel_carries_its_message()
    {
        Emulator.Override($"/v2_beta/Accounts/{ProviderEmulator.ExotelSid}/IncomingPhoneNumbers", EmulatorResponse.Json(400, """{"RestException": {"Status": 400, "Message": "Number not available"}}"""));

        var act = () => Client().AcquireNumberAsync(new ExotelNumberRequest("XXXXX30240"));

        (await act.Should().ThrowAsync<ProviderValidationException>()).Which.Message.Should().Be("Exotel: HTTP 400 Bad Request: Number not available");
    }

    [Fact]
    public async Task An_unknown_account_is_not_found()
    {
        var act = () => Client(sid: "other_sid").AcquireNumberAsync(new ExotelNumberRequest("XXXXX30240"));

        (await act.Should().ThrowAsync<ProviderNotFoundException>()).Which.StatusCode.Should().Be(404);
    }

    [Theory]
    [InlineData(ExotelRegion.Singapore, "https://api.exotel.com/")]
    [InlineData(ExotelRegion.Mumbai, "https://api.in.exotel.com/")]
    public void Regions_use_the_clusters_of_the_seed(ExotelRegion region, string host)
    {
        new ExotelOptions { Region = region }.EffectiveBaseAddress.Should().Be(new Uri(host));
        new ExotelOptions { Region = region, BaseAddress = new Uri("http://127.0.0.1:1/") }.EffectiveBaseAddress.Should().Be(new Uri("http://127.0.0.1:1/"));
    }
}
