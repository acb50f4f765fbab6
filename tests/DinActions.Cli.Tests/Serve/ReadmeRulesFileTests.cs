using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

/// <summary>The rules file that README shows for <c>din serve</c> is one the reader accepts.</summary>
public sealed class ReadmeRulesFileTests
{
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
