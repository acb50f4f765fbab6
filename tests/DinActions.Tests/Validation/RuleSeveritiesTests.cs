using System.Collections.Immutable;
using FluentAssertions;

namespace DinActions.Tests.Validation;

/// <summary>
/// <see cref="ValidationOptions.RuleSeverities"/>: a rule reports at the severity it is given, under its own
/// code, or not at all when it is off; an error lowered to a warning no longer refuses a script it could build.
/// </summary>
public sealed class RuleSeveritiesTests
{
    [Fact]
    public void A_warning_raised_to_an_error_refuses_the_script_and_keeps_its_code_and_message()
    {
        const string Text = "playback https://example.com/welcome.wav";
        var byDefault = ActionScript.Parse(Text);

        var raised = ActionScript.Parse(Text, With(("DIN0041", RuleSeverity.Error)));

        byDefault.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        byDefault.Script.Should().NotBeNull();
        raised.Diagnostics.Should().ContainSingle().Which.Should().Be(byDefault.Diagnostics[0] with { Severity = DiagnosticSeverity.Error });
        raised.HasErrors.Should().BeTrue();
        raised.Script.Should().BeNull();
    }

    [Fact]
    public void An_error_lowered_to_a_warning_lets_a_script_it_could_build_through()
    {
        // Two actions under the api profile: the count is an error by default, yet each line is a value.
        var lowered = ActionScript.Parse("say en \"Hello\"\ntransfer +81336042000", With(("DIN0051", RuleSeverity.Warning)));

        lowered.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(diagnostic => diagnostic.Code == "DIN0051" && diagnostic.Severity == DiagnosticSeverity.Warning);
        lowered.HasErrors.Should().BeFalse();
        lowered.Script!.Actions.Should().HaveCount(2);
    }

    [Fact]
    public void An_error_lowered_below_error_still_builds_no_value_from_a_line_that_is_not_an_action()
    {
        var lowered = ActionScript.Parse("tranfer +81336042000", With(("DIN0001", RuleSeverity.Info)));

        lowered.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Info);
        lowered.HasErrors.Should().BeFalse();
        lowered.Script.Should().BeNull();
    }

    [Fact]
    public void An_off_rule_reports_nothing_and_the_others_still_report()
    {
        var result = ActionScript.Validate("tranfer 81336042000", With(("DIN0010", RuleSeverity.Off)));

        result.Select(diagnostic => diagnostic.Code).Should().Equal("DIN0001");
    }

    [Fact]
    public void Codes_are_case_insensitive_and_codes_of_no_rule_are_ignored()
    {
        var result = ActionScript.Validate("say en \"Hi\"\n", With(("din0058", RuleSeverity.Warning), ("DIN9999", RuleSeverity.Error)));

        result.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_rule_in_DisabledRules_stays_off_whatever_its_severity_says()
    {
        var options = With(("DIN0058", RuleSeverity.Error)) with { DisabledRules = ["DIN0058"] };

        ActionScript.Validate("say en \"Hi\"\n", options).Should().BeEmpty();
    }

    [Fact]
    public void A_validator_reports_at_its_options_severities()
    {
        var validator = new ActionValidator(With(("DIN0015", RuleSeverity.Error)));

        validator.Validate("transfer +81807181881").Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Error);
        validator.TryFormat("transfer +81807181881", out _, out _).Should().BeFalse();
    }

    [Fact]
    public void An_undefined_severity_is_refused_when_the_options_are_made()
    {
        var act = () => ValidationOptions.Default with { RuleSeverities = ImmutableDictionary<string, RuleSeverity>.Empty.Add("DIN0041", (RuleSeverity)7) };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The severity of `DIN0041` is not a RuleSeverity.*");
    }

    private static ValidationOptions With(params (string Code, RuleSeverity Severity)[] severities) =>
        ValidationOptions.Default with
        {
            RuleSeverities = ImmutableDictionary.CreateRange(
                StringComparer.OrdinalIgnoreCase,
                severities.Select(pair => KeyValuePair.Create(pair.Code, pair.Severity))),
        };
}
