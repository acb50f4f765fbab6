using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Binding;

/// <summary>A character that no action line can carry makes the action unbuildable wherever it stands, the first character included.</summary>
public sealed class ForbiddenCharacterTests
{
    private static ValueDefect DefectsOf(string text) => Binder.Bind(SyntaxTree.Parse(text)).Actions.Single().Defects;

    [Fact]
    public void A_control_character_before_the_name_is_forbidden()
    {
        DefectsOf("\u0001say en \"Hello\"").Has(ValueDefect.ForbiddenCharacter).Should().BeTrue();
    }

    [Fact]
    public void A_control_character_inside_the_name_is_forbidden()
    {
        DefectsOf("sa\u0001y en \"Hello\"").Has(ValueDefect.ForbiddenCharacter).Should().BeTrue();
    }
}
