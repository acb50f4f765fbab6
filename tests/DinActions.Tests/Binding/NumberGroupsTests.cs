using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Binding;

/// <summary>
/// The digit groups after a number, as people write them (`+81 3 3604 2000`), belong to that number, as a
/// target or as the caller, up to E.164's fifteen digits; a group that would pass them, or words after
/// something that is no number, stay arguments of their own.
/// </summary>
public sealed class NumberGroupsTests
{
    private static (BoundAction Action, string Text) Bind(string text) => (Binder.Bind(SyntaxTree.Parse(text)).Actions.Single(), text);

    private static string TextOf(string text, SyntaxToken? token) => text.Substring(token!.Value.Span.Offset, token.Value.Span.Length);

    [Fact]
    public void Groups_of_fifteen_digits_in_all_are_one_target()
    {
        var (action, text) = Bind("transfer +81 3 3604 2000 1234");

        TextOf(text, action.Target).Should().Be("+81 3 3604 2000 1234");
        action.Extra.Should().BeEmpty();
    }

    [Fact]
    public void Words_after_a_target_that_is_no_number_are_extra_arguments()
    {
        var (action, text) = Bind("transfer reception 123");

        TextOf(text, action.Target).Should().Be("reception");
        action.Extra.Select(token => TextOf(text, token)).Should().Equal("123");
    }

    [Fact]
    public void Groups_of_fifteen_digits_in_all_are_one_caller()
    {
        var (action, text) = Bind("transfer +81336042000 --caller=+81 3 3604 2000 1234");

        TextOf(text, action.Caller!.Value).Should().Be("+81 3 3604 2000 1234");
        action.Extra.Should().BeEmpty();
    }

    [Fact]
    public void A_group_that_would_take_the_caller_past_fifteen_digits_is_left_out()
    {
        var (action, text) = Bind("transfer +81336042000 --caller=+81 3604 2000 1234 5678");

        TextOf(text, action.Caller!.Value).Should().Be("+81 3604 2000 1234");
        TextOf(text, action.Target).Should().Be("+81336042000", "the group the caller left is not the target's, across the option");
        action.Extra.Select(token => TextOf(text, token)).Should().Equal("5678");
    }

    [Fact]
    public void Groups_after_an_option_are_not_the_targets()
    {
        var (action, text) = Bind("transfer +81 3 --caller=+819012345678 3604 2000");

        TextOf(text, action.Target).Should().Be("+81 3");
        action.Extra.Select(token => TextOf(text, token)).Should().Equal("3604", "2000");
    }

    [Fact]
    public void A_caller_written_after_a_blank_keeps_its_groups()
    {
        var (action, text) = Bind("transfer +81336042000 --caller +81 3 3604 2000");

        TextOf(text, action.Caller!.Value).Should().Be("+81 3 3604 2000");
        action.Extra.Should().BeEmpty();
    }

    [Fact]
    public void Words_after_a_caller_that_is_no_number_are_extra_arguments()
    {
        var (action, text) = Bind("transfer +81336042000 --caller=reception 123");

        TextOf(text, action.Caller!.Value).Should().Be("reception");
    }
}
