using System.Runtime.CompilerServices;
using System.Text.Json;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

/// <summary>
/// The four report formats of <c>din lint</c>, compared whole with files under <c>Lint/Golden</c>.
/// Set <c>DIN_UPDATE_GOLDEN=1</c> to rewrite them after an intended change, then review the diff.
/// </summary>
public sealed class GoldenOutputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public GoldenOutputTests()
    {
        folder.Write("actions/typo.din", "tranfer 81336042000 --caller +81662345678");
        folder.Write("actions/welcome.din", "say en \"Welcome.\"\n");
        folder.Write("actions/greeting.din", "voicemail say jp \"Please leave a message\\n\"");
    }

    public void Dispose() => folder.Dispose();

    [Trait("Category", "Process")]
    [Theory]
    [InlineData("text", "lint.txt")]
    [InlineData("json", "lint.json")]
    [InlineData("sarif", "lint.sarif")]
    [InlineData("github", "lint.github")]
    public async Task Lint_reports_match_their_golden_files(string format, string golden)
    {
        var run = await Din.AsProcess(folder.Path, null, "lint", "--format", format, "actions");

        run.Exit.Should().Be(1);
        run.Error.Should().BeEmpty();
        CompareWithGolden(run.Output.Replace(ToolInfo.Version, "{version}", StringComparison.Ordinal), golden);
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task The_json_report_has_the_documented_fields()
    {
        var run = await Din.AsProcess(folder.Path, null, "lint", "--format", "json", "actions");

        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        root.GetProperty("format").GetString().Should().Be("din-lint/1");
        var first = root.GetProperty("diagnostics")[0];
        foreach (var field in new[] { "path", "line", "column", "endLine", "endColumn", "offset", "length", "code", "severity", "message" })
        {
            first.TryGetProperty(field, out _).Should().BeTrue($"each diagnostic has `{field}`");
        }

        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(
            root.GetProperty("diagnostics").EnumerateArray().Count(diagnostic => diagnostic.GetProperty("severity").GetString() == "error"));
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task The_sarif_report_declares_every_rule_and_points_each_result_at_its_rule()
    {
        var run = await Din.AsProcess(folder.Path, null, "lint", "--format", "sarif", "actions");

        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        var sarifRun = root.GetProperty("runs").EnumerateArray().Should().ContainSingle().Subject;
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(rule => rule.GetProperty("id").GetString()).Should().Equal(DinRules.All.Select(rule => rule.Code));
        rules.Should().AllSatisfy(rule =>
        {
            rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
            rule.GetProperty("help").GetProperty("markdown").GetString().Should().Contain("## Bad");
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().BeOneOf("error", "warning", "note");
        });
        foreach (var result in sarifRun.GetProperty("results").EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            rules[index].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().StartWith("actions/");
            location.GetProperty("region").GetProperty("startLine").GetInt32().Should().BePositive();
        }
    }

    private static void CompareWithGolden(string actual, string golden, [CallerFilePath] string thisFile = "")
    {
        if (Environment.GetEnvironmentVariable("DIN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden", golden), actual);
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Lint", "Golden", golden)).ReplaceLineEndings("\n");
        actual.Should().Be(expected, $"the output matches Lint/Golden/{golden} (DIN_UPDATE_GOLDEN=1 rewrites it)");
    }
}
