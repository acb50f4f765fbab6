using DinActions.Tests.Readme;
using FluentAssertions;

namespace DinActions.AspNetCore.Tests.Readme;

/// <summary>The README that the DinActions.AspNetCore package carries: its server is this code, and answers what it says.</summary>
public sealed class PackageReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PackageReadme", "README.md"));

    [Fact]
    public void Package_readme_shows_the_example_code_verbatim()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Readme", "PackageReadmeExample.cs"));

        MarkdownExample.Block(Readme, "csharp").Should().Be("using DinActions.AspNetCore;\n\n" + MarkdownExample.Marked(source) + "app.Run();\n");
    }

    [Fact]
    public async Task Package_readme_server_answers_what_the_package_readme_says_on_loopback()
    {
        await using var app = PackageReadmeExample.Build(["--urls", "http://127.0.0.1:0"]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(timeout.Token);
        try
        {
            var address = app.Urls.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            using var response = await client.GetAsync("/action?caller=+8180123456789&recipient=+8150123456789", timeout.Token);

            response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
            (await response.Content.ReadAsStringAsync(timeout.Token)).Should().Be("transfer +81336042000 --caller=+8150123456789");
            Readme.Should().Contain("`GET /action?caller=+8180123456789&recipient=+8150123456789` answers\n`transfer +81336042000 --caller=+8150123456789` as `text/plain`");
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void Package_readme_says_how_to_install_the_package()
    {
        MarkdownExample.Block(Readme, "sh").Should().Be("dotnet add package DinActions.AspNetCore\n");
    }
}
