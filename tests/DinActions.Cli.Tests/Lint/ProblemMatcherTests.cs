using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

/// <summary>
/// <c>.github/din-problem-matcher.json</c> against the text reporter's real output. The GitHub runner is a .NET
/// program that compiles each <c>regexp</c> with <c>CultureInvariant | ECMAScript</c>, so the same options here
/// give the runner's matches: every diagnostic line gives its file, line, column, severity, code and message,
/// and no other line matches.
/// </summary>
public sealed class ProblemMatcherTests : IDisposable
{
    private const RegexOptions RunnerOptions = RegexOptions.CultureInvariant | RegexOptions.ECMAScript;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Trait("Category", "Process")]
    [Fact]
    public async Task Every_diagnostic_line_of_the_text_report_gives_its_annotation_and_no_other_line_matches()
    {
        folder.Write("actions/typo.din", "tranfer 81336042000 --caller +81662345678");
        folder.Write("actions/a folder: with blanks/paused.din", "say id \"Selamat datang\"\nvoicemail");
        folder.Write("actions/info.din", "say en \"Hi\"\n");

        // The excerpt of this line looks like a diagnostic itself; its gutter keeps it from matching.
        folder.Write("actions/lookalike.din", "say jp \"a.din:1:2: error DIN0001: b\"");

        var text = await Din.AsProcess(folder.Path, null, "lint", "actions");
        var json = await Din.AsProcess(folder.Path, null, "lint", "--format", "json", "actions");

        var expected = Expected(json.Output);
        expected.Select(annotation => annotation.Severity).Should().Contain(["error", "warning", "notice"]);
        var matchers = Matchers();
        var found = new List<Annotation>();
        foreach (var line in text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var matches = matchers.Select(matcher => matcher.Match(line)).OfType<Annotation>().ToList();
            matches.Should().HaveCountLessThanOrEqualTo(1, "one matcher at most takes `{0}`", line);
            found.AddRange(matches);
        }

        found.Should().Equal(expected);
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task A_problem_of_the_configuration_gives_an_error_annotation_on_the_configuration_without_a_code()
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write(".dinlint.json", "{\n  \"rules\": { \"DIN0041\": \"loud\" }\n}");
        folder.Write("a.din", "say en \"Hi\"");

        var run = await Din.AsProcess(folder.Path, null, "lint", "a.din");

        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        Matchers().Select(matcher => matcher.Match(lines[0])).OfType<Annotation>().Should().Equal(
            new Annotation(".dinlint.json", 2, 25, "error", string.Empty, "$.rules.DIN0041: `loud` is not a severity; write `off`, `info`, `warning` or `error`"));
        Matchers().Select(matcher => matcher.Match(lines[1])).OfType<Annotation>().Should().BeEmpty("`{0}` has no position", lines[1]);
    }

    [Fact]
    public void The_matchers_are_valid_for_the_runner()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(MatcherFile));
        var owners = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var matcher in document.RootElement.GetProperty("problemMatcher").EnumerateArray())
        {
            owners.Add(matcher.GetProperty("owner").GetString()!).Should().BeTrue("owners are distinct");
            if (matcher.TryGetProperty("severity", out var severity))
            {
                severity.GetString().Should().BeOneOf("error", "warning", "notice");
            }

            var pattern = matcher.GetProperty("pattern").EnumerateArray().Should().ContainSingle().Subject;
            var groups = new Regex(pattern.GetProperty("regexp").GetString()!, RunnerOptions).GetGroupNumbers().Length;
            foreach (var property in new[] { "file", "line", "column", "code", "message" })
            {
                pattern.GetProperty(property).GetInt32().Should().BeInRange(1, groups - 1, "`{0}` names a group of the pattern", property);
            }
        }
    }

    private static string MatcherFile => Path.Combine(AppContext.BaseDirectory, "din-problem-matcher.json");

    private static List<Annotation> Expected(string jsonReport)
    {
        using var report = JsonDocument.Parse(jsonReport);
        return [.. report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(diagnostic => new Annotation(
            diagnostic.GetProperty("path").GetString()!,
            diagnostic.GetProperty("line").GetInt32(),
            diagnostic.GetProperty("column").GetInt32(),
            diagnostic.GetProperty("severity").GetString() == "info" ? "notice" : diagnostic.GetProperty("severity").GetString()!,
            diagnostic.GetProperty("code").GetString()!,
            diagnostic.GetProperty("message").GetString()!))];
    }

    private static List<Matcher> Matchers()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(MatcherFile));
        return [.. document.RootElement.GetProperty("problemMatcher").EnumerateArray().Select(matcher =>
        {
            var pattern = matcher.GetProperty("pattern")[0];
            int? Group(string name) => pattern.TryGetProperty(name, out var index) ? index.GetInt32() : null;
            return new Matcher(
                new Regex(pattern.GetProperty("regexp").GetString()!, RunnerOptions),
                matcher.TryGetProperty("severity", out var severity) ? severity.GetString()! : "error",
                Group("file")!.Value,
                Group("line")!.Value,
                Group("column")!.Value,
                Group("severity"),
                Group("code")!.Value,
                Group("message")!.Value);
        })];
    }

    private sealed record Annotation(string File, int Line, int Column, string Severity, string Code, string Message);

    private sealed record Matcher(Regex Regex, string DefaultSeverity, int File, int Line, int Column, int? Severity, int Code, int Message)
    {
        public Annotation? Match(string line)
        {
            var match = Regex.Match(line);
            if (!match.Success)
            {
                return null;
            }

            string Group(int index) => match.Groups[index].Value;
            return new Annotation(
                Group(File),
                int.Parse(Group(Line), System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(Group(Column), System.Globalization.CultureInfo.InvariantCulture),
                Severity is { } severity && Group(severity).Length > 0 ? Group(severity) : DefaultSeverity,
                Group(Code),
                Group(Message));
        }
    }
}
