using DinActions.Provisioning.Tests.Emulation;
using FluentAssertions;

namespace DinActions.Cli.Tests.Contract;

/// <summary><c>din numbers</c> and <c>din exotel</c> as real processes, against the provider emulator on 127.0.0.1.</summary>
[Trait("Category", "Process")]
public sealed class ProvisioningProcessTests : EmulatorTest, IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Numbers_available_reads_the_api_and_prints_json()
    {
        var environment = new Dictionary<string, string>
        {
            ["XOXZO_SID"] = ProviderEmulator.Sid,
            ["XOXZO_AUTH_TOKEN"] = ProviderEmulator.AuthToken,
            ["XOXZO_API_BASE"] = Emulator.BaseAddress.AbsoluteUri,
        };

        var table = await Din.AsProcessWith(environment, folder.Path, null, "numbers", "available");
        var json = await Din.AsProcessWith(environment, folder.Path, null, "numbers", "available", "--country", "JP", "--prefix", "813", "--format", "json");

        table.Exit.Should().Be(0, table.Error);
        table.Output.Should().Contain("JPafr34rafic76tf  815012345678  81       50      1           650");
        json.Exit.Should().Be(0, json.Error);
        json.Output.Should().Contain("\"din_uid\": \"JPascfdrwersdf12\"").And.Contain("\"monthly_cost\": 1900.0").And.NotContain("JPafr34rafic76tf");
        Emulator.ApiRequests.Select(request => request.Query).Should().Equal(string.Empty, "?country=JP&prefix=813");
    }

    [Fact]
    public async Task Numbers_without_credentials_is_a_usage_error()
    {
        var run = await Din.AsProcessWith(new Dictionary<string, string> { ["XOXZO_API_BASE"] = Emulator.BaseAddress.AbsoluteUri }, folder.Path, null, "numbers", "list");

        run.Exit.Should().Be(2);
        run.Error.Should().Contain("set XOXZO_SID and XOXZO_AUTH_TOKEN");
        Emulator.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Exotel_numbers_add_sends_the_number_and_prints_the_new_exophone_as_json()
    {
        var environment = new Dictionary<string, string>
        {
            ["EXOTEL_API_KEY"] = ProviderEmulator.ExotelKey,
            ["EXOTEL_API_TOKEN"] = ProviderEmulator.ExotelToken,
            ["EXOTEL_SID"] = ProviderEmulator.ExotelSid,
            ["EXOTEL_API_BASE"] = Emulator.BaseAddress.AbsoluteUri,
        };

        var run = await Din.AsProcessWith(environment, folder.Path, null, "exotel", "numbers", "add", "XXXXX30240", "--friendly-name", "Support", "--format", "json");

        run.Exit.Should().Be(0, run.Error);
        run.Output.Should().Contain("\"phone_number\": \"\\u002B91XXXXX30240\"").And.Contain("\"friendly_name\": \"Support\"");
        Emulator.ApiRequests.Should().ContainSingle().Which.Form.Should().Contain("PhoneNumber", "XXXXX30240");
    }
}
