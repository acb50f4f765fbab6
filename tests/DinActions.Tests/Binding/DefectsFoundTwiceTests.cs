using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Binding;

/// <summary>
/// A defect found more than once on a line, by several options or by an option and an argument, is still a
/// defect of that line: a second finding never cancels the first.
/// </summary>
public sealed class DefectsFoundTwiceTests
{
    private static ValueDefect DefectsOf(string text) => Binder.Bind(SyntaxTree.Parse(text)).Actions.Single().Defects;

    [Fact]
    public void An_option_written_four_times_is_repeated()
    {
        // Four copies make six pairs of an option and an earlier copy: an even number of findings.
        DefectsOf("transfer +81336042000 --caller=+1 --caller=+2 --caller=+3 --caller=+4")
            .Has(ValueDefect.RepeatedOption).Should().BeTrue();
    }

    [Fact]
    public void Two_unknown_options_are_unknown()
    {
        DefectsOf("say en \"Hello\" --loud --slow").Has(ValueDefect.UnknownOption).Should().BeTrue();
    }

    [Fact]
    public void Two_callers_on_a_say_are_not_allowed()
    {
        DefectsOf("say en \"Hello\" --caller=+1 --caller=+2").Has(ValueDefect.OptionNotAllowed).Should().BeTrue();
    }

    [Fact]
    public void Two_callers_without_values_have_no_value()
    {
        DefectsOf("transfer +81336042000 --caller --caller").Has(ValueDefect.OptionWithoutValue).Should().BeTrue();
    }

    [Fact]
    public void Two_callers_written_in_groups_are_not_one_word()
    {
        DefectsOf("transfer +81336042000 --caller=+81 3 --caller=+81 4").Has(ValueDefect.NumberNotOneWord).Should().BeTrue();
    }

    [Fact]
    public void A_number_and_a_caller_both_written_in_groups_are_not_one_word()
    {
        DefectsOf("transfer +81 3 3604 2000 --caller=+81 90 1234").Has(ValueDefect.NumberNotOneWord).Should().BeTrue();
    }

    [Fact]
    public void A_caller_in_groups_on_a_say_keeps_both_of_its_defects()
    {
        var defects = DefectsOf("say en \"Hello\" --caller=+81 90");

        defects.Has(ValueDefect.OptionNotAllowed).Should().BeTrue();
        defects.Has(ValueDefect.NumberNotOneWord).Should().BeTrue();
    }
}
