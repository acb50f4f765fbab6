using Microsoft.Extensions.DependencyInjection;

namespace DinActions.Provisioning.Tests.Readme;

/// <summary>
/// The C# example of the DinActions.Provisioning package's own README (<c>src/DinActions.Provisioning/README.md</c>),
/// verbatim between the markers; the README's first line, <c>var services = new ServiceCollection();</c>, is the
/// collection the test passes in, configured to call the emulator.
/// </summary>
internal static class PackageReadmeExample
{
    public static async Task RunAsync(ServiceCollection services)
    {
        // README:begin
        services.AddDinApiClient(options =>
        {
            options.Sid = Environment.GetEnvironmentVariable("XOXZO_SID") ?? "";
            options.AuthToken = Environment.GetEnvironmentVariable("XOXZO_AUTH_TOKEN") ?? "";
        });
        await using var provider = services.BuildServiceProvider();
        var din = provider.GetRequiredService<DinApiClient>();
        foreach (var number in await din.ListAvailableAsync(country: "JP"))
        {
            Console.WriteLine($"{number.DinUid} {number.Din}");
        }
        // README:end
    }
}
