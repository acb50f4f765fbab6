using FluentAssertions;

namespace DinActions.Tests.Readme;

[Collection(ConsoleCollection.Name)]
public sealed class ReadmeTests
{
    private static readonly string OutputFolder = AppContext.BaseDirectory;

    [Fact]
    public void Readme_example_prints_what_the_readme_says_it_prints()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            ReadmeExample.Run();
        }
        finally
        {
            Console.SetOut(original);
        }

        var expected = ExtractBlock(ReadReadme(), "text", after: "It prints:");
        output.ToString().ReplaceLineEndings("\n").Should().Be(expected);
    }

    [Fact]
    public void Readme_shows_the_example_code_verbatim()
    {
        var source = File.ReadAllText(Path.Combine(OutputFolder, "Readme", "ReadmeExample.cs"));
        var start = source.IndexOf("// README:begin", StringComparison.Ordinal);
        var end = source.IndexOf("// README:end", StringComparison.Ordinal);
        start.Should().BePositive();
        end.Should().BeGreaterThan(start);
        var lines = source[start..end].Split('\n').Skip(1).Select(line => line.Length >= 8 ? line[8..] : line.Trim());
        var code = "using DinActions;\n\n" + string.Join("\n", lines).TrimEnd() + "\n";

        ExtractBlock(ReadReadme(), "csharp", after: "## Use it from C#").Should().Be(code);
    }

    [Fact]
    public void Readme_gives_the_main_job_and_test_commands()
    {
        var readme = ReadReadme();

        readme.Should().Contain("dotnet run --project src/DinActions.Cli -- lint grammar/examples/valid/welcome.din");
        readme.Should().Contain("\ndotnet test\n");
        readme.Should().Contain("DIN_PROPERTY_RUNS");
        File.Exists(Path.Combine(OutputFolder, "grammar", "examples", "valid", "welcome.din")).Should().BeTrue();
    }

    [Fact]
    public async Task Readme_lint_example_shows_what_din_lint_prints()
    {
        var block = ExtractBlock(ReadReadme(), "text", after: "On a file with problems");
        var lines = block.Split('\n');
        lines[0].Should().Be("$ dotnet run --project src/DinActions.Cli -- lint my-action.din");
        var folder = Directory.CreateTempSubdirectory("din-readme-").FullName;
        try
        {
            var path = Path.Combine(folder, "my-action.din");
            await File.WriteAllTextAsync(path, "tranfer 81336042000");
            var output = new StringWriter { NewLine = "\n" };

            var exit = await DinActions.Cli.DinCommandLine.RunAsync(["lint", path], output, TextWriter.Null);

            exit.Should().Be(1);
            output.ToString().Replace(path, "my-action.din", StringComparison.Ordinal).Should().Be(string.Join('\n', lines.Skip(1)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Readme_rules_table_is_generated_from_the_rules()
    {
        var rows = DinRules.All.Select(rule => $"| `{rule.Code}` | {Diagnostic.SeverityName(rule.DefaultSeverity)} | {rule.Title.Replace("|", "\\|", StringComparison.Ordinal)} |");
        var table = "| code | severity | title |\n|---|---|---|\n" + string.Join("\n", rows) + "\n";

        ReadReadme().Should().Contain(table);
    }

    private static string ReadReadme() => File.ReadAllText(Path.Combine(OutputFolder, "README.md")).ReplaceLineEndings("\n");

    private static string ExtractBlock(string readme, string language, string after)
    {
        var anchor = readme.IndexOf(after, StringComparison.Ordinal);
        anchor.Should().BeGreaterThanOrEqualTo(0, $"README has `{after}`");
        var fence = "```" + language + "\n";
        var start = readme.IndexOf(fence, anchor, StringComparison.Ordinal) + fence.Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end];
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
