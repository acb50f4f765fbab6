using DinActions.Cli.Serve;
using DinActions.Tests.Readme;
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

    private static string Block(string language, string after) => MarkdownExample.ReadmeBlock(language, after);
}
