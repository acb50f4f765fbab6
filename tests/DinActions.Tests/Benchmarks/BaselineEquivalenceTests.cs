using DinActions.Baselines;
using FluentAssertions;

namespace DinActions.Tests.Benchmarks;

/// <summary>
/// The baselines the benchmarks measure the core against parse the same language into the same AST,
/// so that the comparison is honest: on every valid example file, and on generated lines both valid
/// and mistaken, each baseline accepts exactly what the core accepts, with equal values.
/// </summary>
public sealed class BaselineEquivalenceTests
{
    private static readonly ValidationOptions Api = new() { CheckNumberingPlan = false };

    private static readonly ValidationOptions Dashboard = Api with { Profile = ValidationProfile.Dashboard };

    private static readonly ILineParser[] Parsers = [SpanParser.Instance, RegexChainParser.Instance, ParlotParser.Instance];

    private static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "grammar", "examples");

    public static TheoryData<string, string> ValidFilesForEachParser()
    {
        var data = new TheoryData<string, string>();
        foreach (var parser in Parsers)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(ExamplesFolder, "valid"), "*.din", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(parser.Name, Path.GetRelativePath(ExamplesFolder, file));
            }
        }

        return data;
    }

    public static TheoryData<string> ParserNames() => [.. Parsers.Select(parser => parser.Name)];

    [Theory]
    [MemberData(nameof(ValidFilesForEachParser))]
    public void Every_valid_example_gives_the_same_AST_as_the_core(string parserName, string file)
    {
        var text = File.ReadAllText(Path.Combine(ExamplesFolder, file));
        var options = file.Contains("dashboard", StringComparison.Ordinal) ? Dashboard : Api;
        var core = ActionScript.Parse(text, options).Script;
        core.Should().NotBeNull();

        var baseline = Scripts.Parse(Find(parserName), text);

        baseline.IsDefault.Should().BeFalse("{0} accepts every valid example, {1} too", parserName, file);
        baseline.Should().Equal(LineAction.From(core!));
    }

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Every_invalid_example_with_an_error_is_refused(string parserName)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ExamplesFolder, "invalid"), "*.din", SearchOption.AllDirectories))
        {
            // The number of actions (DIN0051) is the profile's business, not the grammar's: the baselines leave it out.
            var text = File.ReadAllText(file);
            var errors = ActionScript.Validate(text, Dashboard)
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Code != "DIN0051");
            if (errors.Any())
            {
                Scripts.Parse(Find(parserName), text).IsDefault.Should().BeTrue("{0} has an error, so {1} must refuse it", Path.GetFileName(file), parserName);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Generated_lines_give_the_same_AST_or_the_same_refusal(string parserName)
    {
        var parser = Find(parserName);
        var generator = new LineGenerator(seed: 5);
        var disagreements = new List<string>();
        var accepted = 0;
        for (var index = 0; index < 4_000; index++)
        {
            var line = generator.AnyLine();
            var core = ActionScript.Parse(line, Api).Script;
            var expected = core is { Actions: [var action] } ? LineAction.From(action) : null;
            var actual = parser.ParseLine(line);
            accepted += expected is null ? 0 : 1;
            if (!Equals(expected, actual))
            {
                disagreements.Add($"{line} → core {expected?.ToString() ?? "refuses"}, {parserName} {actual?.ToString() ?? "refuses"}");
            }
        }

        disagreements.Should().BeEmpty();
        accepted.Should().BeInRange(1_000, 3_500, "the generated lines hold both valid and invalid lines");
    }

    [Fact]
    public void Generated_scripts_of_two_lines_give_the_same_AST()
    {
        var generator = new LineGenerator(seed: 11);
        for (var index = 0; index < 200; index++)
        {
            var text = generator.ValidLine() + "\n" + generator.ValidLine() + (index % 2 == 0 ? "\n" : string.Empty);
            var core = ActionScript.Parse(text, Dashboard).Script;
            core.Should().NotBeNull(text);
            foreach (var parser in Parsers)
            {
                Scripts.Parse(parser, text).Should().Equal(LineAction.From(core!), "{0} reads {1}", parser.Name, text);
            }
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Long_say_lines_give_the_same_AST(int length)
    {
        var line = LineGenerator.SayOfLength(length);
        var core = ActionScript.Parse(line, Api).Script;
        core.Should().NotBeNull();
        foreach (var parser in Parsers)
        {
            parser.ParseLine(line).Should().Be(LineAction.From(core!.Actions[0]), parser.Name);
        }
    }

    private static ILineParser Find(string name) => Parsers.Single(parser => parser.Name == name);
}
