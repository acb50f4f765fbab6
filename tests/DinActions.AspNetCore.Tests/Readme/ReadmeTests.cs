using System.Net;
using DinActions.AspNetCore.Tests.Integration;
using DinActions.Tests.Readme;
using FluentAssertions;

namespace DinActions.AspNetCore.Tests.Readme;

/// <summary>The README's action server is the one the tests compile and run.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public async Task The_smallest_action_server_is_the_example_server_and_answers_on_loopback()
    {
        var program = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "ExampleServer", "Program.cs"));

        Block("csharp", after: "## Action servers on ASP.NET Core").Trim().Should().Be(WithoutRegions(program));

        await using var server = new ExampleServerFactory();
        server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        server.StartServer();
        using var client = server.CreateClient();
        client.BaseAddress!.Host.Should().Be("127.0.0.1");
        (await client.GetStringAsync("/action?caller=+8180123456789&recipient=+8150123456789")).Should().Be("transfer +81336042000 --caller=+8150123456789");
        (await client.GetStringAsync("/action?recipient=+8150123456789")).Should().Be("say en \"Please call again with your number shown.\"");
        (await client.GetStringAsync("/action?caller=+8180123456789&recipient=0312345678")).Should().Be("say en \"Sorry, please call again later.\"");
    }

    // The example server is the README's server plus what its tests need, each addition inside a
    // `#region`; without them, the file must be the README's block, line for line.
    private static string WithoutRegions(string source)
    {
        var kept = new List<string>();
        var depth = 0;
        foreach (var line in source.ReplaceLineEndings("\n").Split('\n'))
        {
            var directive = line.TrimStart();
            if (directive.StartsWith("#region", StringComparison.Ordinal))
            {
                depth++;
            }
            else if (directive.StartsWith("#endregion", StringComparison.Ordinal))
            {
                depth--;
            }
            else if (depth == 0)
            {
                kept.Add(line);
            }
        }

        depth.Should().Be(0, "every #region of the example server ends");
        return string.Join('\n', kept).Trim();
    }

    private static string Block(string language, string after) => MarkdownExample.ReadmeBlock(language, after);
}
