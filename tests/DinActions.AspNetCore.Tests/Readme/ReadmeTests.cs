using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.AspNetCore.Tests.Readme;

/// <summary>The README's action server and rules file are the ones the tests compile, run and read.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public async Task The_smallest_action_server_is_the_compiled_one_and_answers_on_loopback()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Readme", "ReadmeActionServer.cs"));
        var start = source.IndexOf("// README:begin", StringComparison.Ordinal);
        var end = source.IndexOf("        // README:end", StringComparison.Ordinal);
        var compiled = string.Join('\n', source[start..end].ReplaceLineEndings("\n").Split('\n').Skip(1).Select(line => line.Length >= 8 ? line[8..] : line.Trim()));

        Block("csharp", after: "## Action servers on ASP.NET Core").Should().Contain(compiled);

        await using var app = ReadmeActionServer.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(60) };
        (await client.GetStringAsync("/action?caller=+8180123456789&recipient=+8150123456789")).Should().Be("transfer +81336042000 --caller=+8150123456789");
        (await client.GetStringAsync("/action?recipient=+8150123456789")).Should().Be("say en \"Please call again with your number shown.\"");
        (await client.GetStringAsync("/action?caller=+8180123456789&recipient=0312345678")).Should().Be("say en \"Sorry, please call again later.\"");
        await app.StopAsync();
    }

    [Fact]
    public void The_rules_file_example_is_valid()
    {
        RulesReader.Read(Block("json", after: "### `din serve`"), out var rules).Should().BeEmpty();
        rules.Should().NotBeNull();
    }

    private static string Block(string language, string after)
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var anchor = readme.IndexOf(after, StringComparison.Ordinal);
        anchor.Should().BeGreaterThan(0, $"README has `{after}`");
        var fence = $"```{language}\n";
        var start = readme.IndexOf(fence, anchor, StringComparison.Ordinal) + fence.Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
