using System.Text.RegularExpressions;
using DinActions.Tests.Readme;
using FluentAssertions;

namespace DinActions.Cli.Tests.Call;

/// <summary>The README's <c>din call</c> example is a real run: the same command on a local server prints the same text.</summary>
public sealed partial class ReadmeCallExampleTests(ActionServer server) : IClassFixture<ActionServer>
{
    private const string Section = "## Check a live action server: `din call`";
    private const string ReadmeRoot = "http://127.0.0.1:8000";

    [Fact]
    public async Task The_readme_output_is_what_din_call_prints()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var command = Block(readme, "sh");
        var expected = Block(readme, "text");
        var args = command.Trim().Split(' ').SkipWhile(word => word != "--").Skip(1)
            .Select(word => word.Replace(ReadmeRoot, server.Root, StringComparison.Ordinal))
            .ToArray();

        var output = new StringWriter { NewLine = "\n" };
        var exit = await DinCommandLine.RunAsync(args, output, new StringWriter()).WaitAsync(TimeSpan.FromSeconds(60));

        exit.Should().Be(0);
        Normalise(output.ToString()).Should().Be(expected);
    }

    // The port and the timings differ from run to run; everything else must match.
    private string Normalise(string output) =>
        Milliseconds().Replace(output.Replace(server.Root, ReadmeRoot, StringComparison.Ordinal).Replace(new Uri(server.Root).Authority, "127.0.0.1:8000", StringComparison.Ordinal), "in 4 ms");

    private static string Block(string readme, string language) => MarkdownExample.Block(readme, language, Section);

    [GeneratedRegex(@"in \d+ ms")]
    private static partial Regex Milliseconds();
}
