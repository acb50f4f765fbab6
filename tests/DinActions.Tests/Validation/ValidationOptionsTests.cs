using System.Collections.Immutable;
using System.Reflection;
using FluentAssertions;

namespace DinActions.Tests.Validation;

/// <summary>
/// <see cref="ValidationOptions"/> is an immutable record: two options are equal when their settings, the
/// public properties, are, and validating with them changes nothing in them.
/// </summary>
public sealed class ValidationOptionsTests
{
    private static readonly PropertyInfo[] Settings = typeof(ValidationOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Fact]
    public void Options_hold_no_state_that_validation_could_change()
    {
        var fields = typeof(ValidationOptions).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

        fields.Should().NotBeEmpty();
        fields.Should().OnlyContain(field => field.IsInitOnly, "every setting is set when the options are made, and never again");
        typeof(ValidationOptions).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Should().OnlyContain(field => field.IsInitOnly);
    }

    [Fact]
    public void With_copies_compare_as_records_do()
    {
        var options = new ValidationOptions();
        var copy = options with { };
        ActionScript.Validate("transfer +8133604200", copy);
        ActionScript.Validate("transfer +8133604200", copy);

        copy.Should().Be(options);
        copy.GetHashCode().Should().Be(options.GetHashCode());
        (options with { Profile = ValidationProfile.Dashboard }).Should().NotBe(options);
        (ValidationOptions.Default with { }).Should().Be(ValidationOptions.Default);
    }

    [Fact]
    public void Equality_is_that_of_the_settings_alone()
    {
        var rules = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "DIN0041");
        var fresh = new ValidationOptions();
        var used = new ValidationOptions();
        ActionScript.Validate("transfer +81336042000", used);
        ActionScript.Validate("transfer +81336042000", used);
        ValidationOptions[] all =
        [
            fresh, used, fresh with { }, used with { }, new ValidationOptions(), ValidationOptions.Default,
            ValidationOptions.Default with { CheckNumberingPlan = false }, fresh with { DisabledRules = rules }, used with { DisabledRules = rules },
            fresh with { Profile = ValidationProfile.Dashboard }, used with { Profile = ValidationProfile.Dashboard },
        ];

        foreach (var a in all)
        {
            foreach (var b in all)
            {
                var sameSettings = Settings.All(setting => Equals(setting.GetValue(a), setting.GetValue(b)));
                a.Equals(b).Should().Be(sameSettings, "{0} and {1}", a, b);
                if (sameSettings)
                {
                    a.GetHashCode().Should().Be(b.GetHashCode());
                }
            }
        }
    }

    [Fact]
    public void The_text_of_options_shows_their_settings_only()
    {
        new ValidationOptions().ToString().Should().NotContain("Numbering" + "PlanAnswers").And.Contain("CheckNumberingPlan = True");
    }
}
