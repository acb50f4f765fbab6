using Microsoft.Extensions.DependencyInjection;

namespace DinActions.Provisioning.Tests.Readme;

/// <summary>The C# provisioning example of README.md, verbatim between the markers; <see cref="ProvisioningReadmeTests"/> runs it and compares it with the README.</summary>
internal static class ProvisioningReadmeExample
{
    public static async Task RunAsync(IServiceCollection services)
    {
        // README:begin
        services.AddDinApiClient(options =>
        {
            options.Sid = Environment.GetEnvironmentVariable("XOXZO_SID") ?? "";
            options.AuthToken = Environment.GetEnvironmentVariable("XOXZO_AUTH_TOKEN") ?? "";
        });
        await using var provider = services.BuildServiceProvider();
        var din = provider.GetRequiredService<DinApiClient>();

        var number = (await din.ListAvailableAsync(country: "JP")).First(candidate => candidate.Prefix == "3");
        await din.SubscribeAsync(number.DinUid); // the monthly cost is charged at once
        await din.AttachActionUrlAsync(number.DinUid, new Uri("https://example.com/command/"));
        // README:end
    }
}
