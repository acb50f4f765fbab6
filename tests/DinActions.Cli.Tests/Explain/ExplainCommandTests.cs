using FluentAssertions;

namespace DinActions.Cli.Tests.Explain;

public sealed class ExplainCommandTests
{
    public static TheoryData<string> Codes() => [.. DinRules.All.Select(rule => rule.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Every_rule_has_its_page_in_din_explain(string code)
    {
        var run = await Din.InProcess("explain", code);

        run.Exit.Should().Be(0);
        run.Output.Should().Be(DinRules.Find(code)!.Help);
        run.Output.Should().Contain("## Bad").And.Contain("## Good").And.Contain("## How to fix").And.Contain("## How to silence");
    }

    [Fact]
    public async Task Explain_accepts_a_lower_case_code()
    {
        (await Din.InProcess("explain", "din0020")).Output.Should().StartWith("# DIN0020: Unknown TTS language");
    }

    [Fact]
    public async Task An_unknown_code_exits_2_with_a_hint()
    {
        var run = await Din.InProcess("explain", "DIN9999");

        run.Should().Be(new DinRun(2, string.Empty, "din: no rule has the code `DIN9999`; run `din rules` for the list\n"));
    }

    [Fact]
    public async Task Rules_lists_every_rule_with_code_severity_and_title()
    {
        var run = await Din.InProcess("rules");

        run.Exit.Should().Be(0);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(DinRules.All.Length);
        lines.Should().Contain("DIN0001  error    Unknown action");
        lines.Should().Contain("DIN0058  info     Line break after the last action");
        foreach (var rule in DinRules.All)
        {
            lines.Should().ContainSingle(line => line.StartsWith(rule.Code + " ", StringComparison.Ordinal) && line.EndsWith(rule.Title, StringComparison.Ordinal));
        }
    }
}
