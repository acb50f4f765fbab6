using System.Reflection;
using DinActions.Validation;
using FluentAssertions;

namespace DinActions.Tests.Validation;

/// <summary>Every rule is whole: a unique code, a help page, a test class, and examples that show what it checks.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleCodes() => [.. DinRules.Rules.Select(rule => rule.Descriptor.Code)];

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DinRules.All.Select(descriptor => descriptor.Code).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().AllSatisfy(code => code.Should().MatchRegex("^DIN[0-9]{4}$"));
        codes.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Every_rule_class_is_registered_once()
    {
        var ruleTypes = typeof(Rule).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Rule)) && !type.IsAbstract)
            .ToList();

        DinRules.Rules.Select(rule => rule.GetType()).Should().BeEquivalentTo(ruleTypes);
        ruleTypes.Should().AllSatisfy(type => type.IsSealed.Should().BeTrue($"{type.Name} is a small sealed class"));
    }

    [Fact]
    public void Every_rule_checks_at_one_level_and_each_level_keeps_the_order_rules_run_in()
    {
        // The level is the rule's base class; a rule deriving from Rule itself would never be called.
        DinRules.Rules.Where(rule => rule is not (ScriptRule or LineRule or ActionRule)).Should().BeEmpty();

        DinRules.ScriptRules.Should().Equal(DinRules.Rules.OfType<ScriptRule>());
        DinRules.LineRules.Should().Equal(DinRules.Rules.OfType<LineRule>());
        DinRules.ActionRules.Should().Equal(DinRules.Rules.OfType<ActionRule>());
        (DinRules.ScriptRules.Length + DinRules.LineRules.Length + DinRules.ActionRules.Length).Should().Be(DinRules.Rules.Length);
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Every_rule_has_a_test_class_named_after_it(string code)
    {
        var rule = DinRules.Rules.Single(candidate => candidate.Descriptor.Code == code);
        var testClass = $"DinActions.Tests.Validation.Rules.{rule.GetType().Name}Tests";

        Assembly.GetExecutingAssembly().GetType(testClass).Should().NotBeNull($"{code} needs its tests in {testClass}");
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Every_rule_says_what_it_checks_and_how_to_fix_it_in_words(string code)
    {
        var rule = DinRules.Find(code)!;

        // What din explain, the LSP's hover and SARIF's rule metadata show: an empty or one-word text would show nothing.
        rule.Title.Split(' ').Should().HaveCountGreaterThanOrEqualTo(2, $"the title of {code}");
        rule.Description.Split(' ').Should().HaveCountGreaterThanOrEqualTo(8, $"the description of {code}");
        rule.HowToFix.Split(' ').Should().HaveCountGreaterThanOrEqualTo(3, $"how to fix {code}");
        new[] { rule.Title, rule.Description, rule.HowToFix }.Should().AllSatisfy(
            words => words.Should().MatchRegex(@"^[A-Z`(]").And.NotEndWith(" "), $"the texts of {code} start as sentences");
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Every_rule_has_a_full_help_page(string code)
    {
        var help = DinRules.Find(code)!.Help;

        help.Should().StartWith($"# {code}: ");
        help.Should().Contain("## Bad").And.Contain("## Good").And.Contain("## How to fix").And.Contain("## How to silence");
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void A_help_page_shows_invisible_characters_of_its_examples_as_escapes(string code)
    {
        var help = DinRules.Find(code)!.Help;

        help.Where(c => c != '\n' && (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
            .Should().BeEmpty($"the page of {code} is printed to terminals");
    }

    [Fact]
    public void The_bidi_override_of_an_example_is_written_as_its_escape()
    {
        DinRules.Find("DIN0036")!.Help.Should().Contain("    say en \"Press \\u202E1 then 2\"");
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void The_bad_example_of_a_rule_reports_it_and_the_good_example_does_not(string code)
    {
        var descriptor = DinRules.Find(code)!;
        var options = ValidationOptions.Default with { Profile = descriptor.ExampleProfile };

        ActionScript.Validate(descriptor.BadExample, options).Select(diagnostic => diagnostic.Code)
            .Should().Contain(code, $"the bad example of {code} shows the problem");
        var good = ActionScript.Validate(descriptor.GoodExample, options);
        good.Select(diagnostic => diagnostic.Code).Should().NotContain(code);
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            good.Should().NotContain(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error, "the good example of an error rule is valid");
        }
    }

    [Fact]
    public void Find_is_case_insensitive_and_null_for_an_unknown_code()
    {
        DinRules.Find("din0001")!.Title.Should().Be("Unknown action");
        DinRules.Find("DIN9999").Should().BeNull();
    }
}
