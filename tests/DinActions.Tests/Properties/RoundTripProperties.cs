using FluentAssertions;
using FsCheck.Fluent;

namespace DinActions.Tests.Properties;

public sealed class RoundTripProperties
{
    [Fact]
    public void Every_generated_script_parses_back_from_its_text_to_an_equal_script()
    {
        PropertyRuns.Run(Prop.ForAll(Arb.From(Generators.Script), script =>
        {
            var text = script.ToText();
            var result = ActionScript.Parse(text, Generators.Dashboard);

            result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeEmpty(Generators.Show(text));
            result.Script.Should().Be(script, Generators.Show(text));
        }));
    }

    [Fact]
    public void Every_generated_script_is_written_one_line_per_action_with_no_carriage_return()
    {
        PropertyRuns.Run(Prop.ForAll(Arb.From(Generators.Script), script =>
        {
            var text = script.ToText();

            text.Should().NotContain("\r");
            text.Split('\n').Should().HaveCount(script.Actions.Length, Generators.Show(text));
            text.Should().NotEndWith("\n");
        }));
    }

    [Fact]
    public void Every_generated_script_parses_back_from_its_text_with_a_trailing_line_break()
    {
        PropertyRuns.Run(Prop.ForAll(Arb.From(Generators.Script), script =>
        {
            var text = script.ToText(trailingLineBreak: true);

            text.Should().EndWith("\n");
            text.Split('\n').Should().HaveCount(script.Actions.Length + 1);
            ActionScript.Parse(text, Generators.Dashboard).Script.Should().Be(script, Generators.Show(text));
        }));
    }

    [Fact]
    public void Every_generated_action_parses_back_from_its_line_to_an_equal_action()
    {
        PropertyRuns.Run(Prop.ForAll(Arb.From(Generators.Action), action =>
        {
            var line = action.ToString();
            var parsed = ActionScript.TryParse(line, out var script, out var diagnostics, Generators.FactoryOptions);

            parsed.Should().BeTrue($"{Generators.Show(line)} gave {string.Join("; ", diagnostics)}");
            script!.Actions.Should().ContainSingle().Which.Should().Be(action);
        }));
    }
}
