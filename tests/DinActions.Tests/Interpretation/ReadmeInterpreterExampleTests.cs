using System.Runtime.CompilerServices;
using DinActions.Tests.Readme;
using FluentAssertions;

namespace DinActions.Tests.Interpretation;

/// <summary>The README's interpreter snippet compiles (it is here, verbatim) and prints what the README says.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReadmeInterpreterExampleTests
{
    private const string Section = "## Check a live action server: `din call`";

    [Fact]
    public async Task The_readme_snippet_prints_what_the_readme_says()
    {
        var output = new StringWriter { NewLine = "\n" };
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await Snippet();
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().Should().Be(Block(Readme(), "text", after: "writes:"));
    }

    [Fact]
    public void The_readme_shows_the_snippet_verbatim()
    {
        var source = File.ReadAllText(ThisFile()).ReplaceLineEndings("\n");
        var start = source.IndexOf("// README:begin\n", StringComparison.Ordinal) + "// README:begin\n".Length;
        var end = source.IndexOf("\n        // README:end", start, StringComparison.Ordinal);
        var code = string.Join("\n", source[start..end].TrimEnd().Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.Trim())) + "\n";

        Block(Readme(), "csharp", after: Section).Should().Be(code);
    }

    private static async Task Snippet()
    {
        // README:begin
        var script = ActionScript.Parse("voicemail say en \"Please leave a message.\"").Script!;
        var channel = new DescribingCallChannel();
        var outcome = await CallInterpreter.RunAsync(script, channel, new CallContext("+8180123456789", "+8150123456789"));
        Console.WriteLine(channel);
        Console.WriteLine(outcome.Ending);
        // README:end
    }

    // The compiler's path of this file: the test reads its own source, where the snippet is compiled.
    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string Readme() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");

    private static string Block(string readme, string language, string after)
    {
        var anchor = readme.IndexOf(Section, StringComparison.Ordinal);
        anchor = readme.IndexOf(after, anchor, StringComparison.Ordinal);
        anchor.Should().BeGreaterThanOrEqualTo(0, $"README has `{after}` in `{Section}`");
        var fence = "```" + language + "\n";
        var start = readme.IndexOf(fence, anchor, StringComparison.Ordinal) + fence.Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
