using System.Text.Json;
using FluentAssertions;

namespace DinActions.Cli.Tests.Configuration;

/// <summary><c>din lint --print-config FILE</c>: the settings that apply to a file, as JSON, and exit 0.</summary>
public sealed class PrintConfigTests : IDisposable
{
    private readonly TempFolder folder = new();

    public PrintConfigTests() => Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task It_prints_the_configuration_the_matching_overrides_and_every_setting_in_effect()
    {
        var config = folder.Write(".dinlint.json", """
            {
              "rules": { "DIN0041": "error" },
              "languages": { "id": "supported" },
              "overrides": [
                { "files": "other/**", "profile": "api" },
                { "files": ["legacy/**"], "profile": "dashboard", "numberingPlan": false, "rules": { "DIN0058": "off" } },
              ],
            }
            """);
        var file = Path.Combine(folder.Path, "legacy", "a.din");

        var run = await Din.InProcess("lint", "--print-config", file);

        run.Exit.Should().Be(0);
        run.Error.Should().BeEmpty();
        using var printed = JsonDocument.Parse(run.Output);
        var root = printed.RootElement;
        root.GetProperty("file").GetString().Should().Be(file);
        root.GetProperty("config").GetString().Should().Be(config);
        root.GetProperty("appliedOverrides").EnumerateArray().Select(entry => (entry.GetProperty("index").GetInt32(), entry.GetProperty("files")[0].GetString()))
            .Should().Equal((1, "legacy/**"));
        root.GetProperty("profile").GetString().Should().Be("dashboard");
        root.GetProperty("numberingPlan").GetBoolean().Should().BeFalse();
        var rules = root.GetProperty("rules").EnumerateObject().ToDictionary(rule => rule.Name, rule => rule.Value.GetString());
        rules.Keys.Should().Equal(DinRules.All.Select(rule => rule.Code));
        rules["DIN0041"].Should().Be("error");
        rules["DIN0058"].Should().Be("off");
        rules["DIN0001"].Should().Be("error");
        rules["DIN0015"].Should().Be("warning");
        var indonesian = root.GetProperty("languages").GetProperty("id");
        indonesian.GetProperty("status").GetString().Should().Be("supported");
        indonesian.GetProperty("name").GetString().Should().Be("Indonesian");
        indonesian.GetProperty("scripts").EnumerateArray().Select(script => script.GetString()).Should().Equal("Latin");
        root.GetProperty("languages").EnumerateObject().Select(language => language.Name).Should().Equal("ja", "en", "id");
    }

    [Fact]
    public async Task Without_a_configuration_it_prints_the_defaults_and_the_command_lines_settings()
    {
        var run = await Din.InProcess("lint", "--profile", "dashboard", "--no-numbering-plan", "--print-config", Path.Combine(folder.Path, "a.din"));

        run.Exit.Should().Be(0);
        using var printed = JsonDocument.Parse(run.Output);
        var root = printed.RootElement;
        root.GetProperty("config").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("appliedOverrides").GetArrayLength().Should().Be(0);
        root.GetProperty("profile").GetString().Should().Be("dashboard");
        root.GetProperty("numberingPlan").GetBoolean().Should().BeFalse();
        root.GetProperty("rules").EnumerateObject().Should().OnlyContain(rule =>
            rule.Value.GetString() == Diagnostic.SeverityName(DinRules.Find(rule.Name)!.DefaultSeverity));
    }

    [Fact]
    public async Task A_named_configuration_is_the_one_printed()
    {
        var named = folder.Write("ci/strict.json", "{ \"profile\": \"dashboard\" }");
        folder.Write(".dinlint.json", "{ \"profile\": \"api\" }");

        var run = await Din.InProcess("lint", "--config", named, "--print-config", Path.Combine(folder.Path, "a.din"));

        using var printed = JsonDocument.Parse(run.Output);
        printed.RootElement.GetProperty("config").GetString().Should().Be(named);
        printed.RootElement.GetProperty("profile").GetString().Should().Be("dashboard");
    }

    [Fact]
    public async Task A_configuration_with_problems_prints_them_and_exits_2()
    {
        var config = folder.Write(".dinlint.json", "{\n  \"rules\": { \"DIN0041\": \"loud\" }\n}");

        var run = await Din.InProcess("lint", "--print-config", Path.Combine(folder.Path, "a.din"));

        run.Should().Be(new DinRun(2, string.Empty, $"{config}:2:25: error: $.rules.DIN0041: `loud` is not a severity; write `off`, `info`, `warning` or `error`\n"));
    }
}
