using DinActions.Provisioning.Tests.Emulation;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;

namespace DinActions.Provisioning.Tests.Readme;

public sealed class ProvisioningReadmeTests : EmulatorTest
{
    private const string Anchor = "## From a number to a working action URL";

    [Fact]
    public async Task The_readme_example_subscribes_and_attaches_against_the_emulator()
    {
        var services = new ServiceCollection();

        // Runs after the example's own configuration, pointing it at the emulator instead of the environment.
        services.PostConfigure<DinApiOptions>(options =>
        {
            options.BaseAddress = Emulator.BaseAddress;
            options.Sid = ProviderEmulator.Sid;
            options.AuthToken = ProviderEmulator.AuthToken;
        });

        await ProvisioningReadmeExample.RunAsync(services);

        Emulator.ApiRequests.Select(request => $"{request.Method} {request.Path}{request.Query} {string.Join('&', request.Form.Select(field => $"{field.Key}={field.Value}"))}".TrimEnd())
            .Should().Equal(
                "GET /voice/dins/?country=JP",
                "POST /voice/dins/subscriptions/ din_uid=JPascfdrwersdf12",
                "POST /voice/dins/subscriptions/JPascfdrwersdf12/ action_url=https://example.com/command/");
    }

    [Fact]
    public void The_readme_shows_the_example_code_verbatim()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Readme", "ProvisioningReadmeExample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// README:begin", StringComparison.Ordinal);
        var end = source.IndexOf("// README:end", StringComparison.Ordinal);
        start.Should().BePositive();
        end.Should().BeGreaterThan(start);
        var lines = source[start..end].Split('\n').Skip(1).Select(line => line.Length >= 8 ? line[8..] : line.Trim());
        var code = "using DinActions.Provisioning;\nusing Microsoft.Extensions.DependencyInjection;\n\n" + string.Join("\n", lines).TrimEnd() + "\n";

        ExtractBlock("csharp").Should().Be(code);
    }

    [Fact]
    public void The_readme_names_every_variable_the_commands_read()
    {
        var section = Section();
        foreach (var variable in new[] { "XOXZO_SID", "XOXZO_AUTH_TOKEN", "XOXZO_API_BASE", "EXOTEL_API_KEY", "EXOTEL_API_TOKEN", "EXOTEL_SID", "EXOTEL_API_BASE" })
        {
            section.Should().Contain($"`{variable}`");
        }
    }

    private static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Anchor, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"README has `{Anchor}`");
        var end = readme.IndexOf("\n## ", start + Anchor.Length, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    private static string ExtractBlock(string language)
    {
        var section = Section();
        var fence = "```" + language + "\n";
        var start = section.IndexOf(fence, StringComparison.Ordinal) + fence.Length;
        var end = section.IndexOf("```", start, StringComparison.Ordinal);
        return section[start..end];
    }
}
