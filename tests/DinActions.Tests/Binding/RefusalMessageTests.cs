using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Binding;

/// <summary>A programmer error inside the binding stage says what it was given, so the report of a bug can be acted on.</summary>
public sealed class RefusalMessageTests
{
    [Fact]
    public void No_defect_has_no_codes_and_the_refusal_says_why()
    {
        var codes = () => ValueDefects.CodesOf(ValueDefect.None);

        codes.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a single defect.*");
    }

    [Fact]
    public void Two_defects_at_once_have_no_codes_of_their_own()
    {
        var codes = () => ValueDefects.CodesOf(ValueDefect.UnknownName | ValueDefect.MissingArgument);

        codes.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a single defect.*");
    }

    [Fact]
    public void Building_an_unknown_action_names_it()
    {
        const string text = "plaiback https://example.com/a.mp3";
        var action = Binder.Bind(SyntaxTree.Parse(text)).Actions.Single();

        var build = () => ValueBuilder.Build(action, text);

        build.Should().Throw<InvalidOperationException>().WithMessage("*`plaiback`*");
    }
}
