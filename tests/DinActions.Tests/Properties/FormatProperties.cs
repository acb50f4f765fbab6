using FluentAssertions;
using FsCheck.Fluent;

namespace DinActions.Tests.Properties;

public sealed class FormatProperties
{
    [Fact]
    public void A_valid_text_stays_valid_and_formatting_twice_gives_what_formatting_once_gave()
    {
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(Generators.NoisyValidText), text => Generators.Guard(text, () =>
        {
            var original = ActionScript.Parse(text, Generators.Dashboard);
            original.HasErrors.Should().BeFalse($"{Generators.Show(text)} is generated valid, but: {string.Join("; ", original.Diagnostics)}");

            var once = ActionScript.Format(text, Generators.Dashboard);
            var twice = ActionScript.Format(once, Generators.Dashboard);
            var formatted = ActionScript.Parse(once, Generators.Dashboard);

            twice.Should().Be(once, Generators.Show(text));
            formatted.HasErrors.Should().BeFalse(Generators.Show(once));
            formatted.Script.Should().Be(original.Script, Generators.Show(text));
        })));
    }

    [Fact]
    public void The_formatted_text_of_a_valid_text_has_no_warning_that_formatting_can_remove()
    {
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(Generators.NoisyValidText), text => Generators.Guard(text, () =>
        {
            var once = ActionScript.Format(text, Generators.Dashboard);
            var codes = ActionScript.Validate(once, Generators.Dashboard).Select(diagnostic => diagnostic.Code);

            // Blanks, tabs, CR, blank lines, BOM and the final line break are all gone after formatting.
            codes.Should().NotContain(["DIN0053", "DIN0054", "DIN0055", "DIN0056", "DIN0057", "DIN0058"], Generators.Show(once));
        })));
    }

    [Fact]
    public void TryFormat_of_a_text_with_errors_returns_false_and_never_produces_text()
    {
        var anyText = Gen.Frequency((1, Generators.AnyText), (1, Generators.MutatedText));
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(anyText), text => Generators.Guard(text, () =>
        {
            var formattedOk = ActionScript.TryFormat(text, out var formatted, out var diagnostics);
            var hasErrors = diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

            if (hasErrors)
            {
                formattedOk.Should().BeFalse(Generators.Show(text));
                formatted.Should().BeNull();
                // Record.Exception, not Invoking(...).Should().Throw(): that assertion costs more than the rest of the case.
                var thrown = Xunit.Record.Exception(() => ActionScript.Format(text)).Should().BeOfType<InvalidActionException>().Which;
                thrown.Diagnostics.Should().Equal(diagnostics);
            }
            else
            {
                formattedOk.Should().BeTrue(Generators.Show(text));
                ActionScript.Format(formatted!).Should().Be(formatted, Generators.Show(text));
            }
        })));
    }
}
