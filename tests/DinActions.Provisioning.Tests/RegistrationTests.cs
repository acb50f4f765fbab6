using DinActions.Provisioning.Tests.Emulation;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;

namespace DinActions.Provisioning.Tests;

public sealed class RegistrationTests : EmulatorTest
{
    [Fact]
    public async Task Both_clients_resolve_from_the_container_as_typed_http_clients_and_work()
    {
        var services = new ServiceCollection();
        services.AddDinApiClient(options =>
        {
            options.BaseAddress = Emulator.BaseAddress;
            options.Sid = ProviderEmulator.Sid;
            options.AuthToken = ProviderEmulator.AuthToken;
        });
        services.AddExotelClient(options =>
        {
            options.BaseAddress = Emulator.BaseAddress;
            options.ApiKey = ProviderEmulator.ExotelKey;
            options.ApiToken = ProviderEmulator.ExotelToken;
            options.AccountSid = ProviderEmulator.ExotelSid;
        });
        await using var provider = services.BuildServiceProvider();

        var numbers = await provider.GetRequiredService<DinApiClient>().ListAvailableAsync();
        var exoPhone = await provider.GetRequiredService<ExotelClient>().AcquireNumberAsync(new ExotelNumberRequest("XXXXX30240"));

        numbers.Should().HaveCount(2);
        exoPhone.PhoneNumber.Should().Be("+91XXXXX30240");
        Emulator.ApiRequests.Select(request => request.Path).Should().Equal("/voice/dins/", "/v2_beta/Accounts/exotel_sid/IncomingPhoneNumbers");
    }
}
