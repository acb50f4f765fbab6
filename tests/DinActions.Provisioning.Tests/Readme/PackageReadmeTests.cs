using DinActions.Provisioning.Tests.Emulation;
using DinActions.Tests.Readme;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;

namespace DinActions.Provisioning.Tests.Readme;

/// <summary>The README that the DinActions.Provisioning package carries: its example is this code, run against the emulator.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PackageReadmeTests : EmulatorTest
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PackageReadme", "README.md"));

    [Fact]
    public void Package_readme_shows_the_example_code_verbatim()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Readme", "PackageReadmeExample.cs"));
        var usings = "using DinActions.Provisioning;\nusing Microsoft.Extensions.DependencyInjection;\n\n";

        MarkdownExample.Block(Readme, "csharp").Should().Be(usings + "var services = new ServiceCollection();\n" + MarkdownExample.Marked(source));
    }

    [Fact]
    public async Task Package_readme_example_lists_the_available_numbers()
    {
        var services = new ServiceCollection();
        services.PostConfigure<DinApiOptions>(options =>
        {
            options.BaseAddress = Emulator.BaseAddress;
            options.Sid = ProviderEmulator.Sid;
            options.AuthToken = ProviderEmulator.AuthToken;
        });
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await PackageReadmeExample.RunAsync(services);
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().ReplaceLineEndings("\n").Should().Be("JPafr34rafic76tf 815012345678\nJPascfdrwersdf12 81312345678\n");
        Emulator.ApiRequests.Select(request => $"{request.Method} {request.Path}{request.Query}").Should().Equal("GET /voice/dins/?country=JP");
    }

    [Fact]
    public void Package_readme_says_how_to_install_the_package()
    {
        MarkdownExample.Block(Readme, "sh").Should().Be("dotnet add package DinActions.Provisioning\n");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
