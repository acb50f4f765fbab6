using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Binding;

/// <summary>
/// A misspelt name is read as the action it is closest to, but only a bare word is a name: a quoted one, or
/// the provider's `say:text` notation, is no action whose arguments could be read.
/// </summary>
public sealed class AssumedActionTests
{
    private static BoundAction Bind(string text) => Binder.Bind(SyntaxTree.Parse(text)).Actions.Single();

    [Fact]
    public void A_misspelt_name_is_read_as_the_closest_action()
    {
        Bind("sya en \"Hello\"").AssumedKind.Should().Be(ActionKind.Say);
    }

    [Fact]
    public void A_quoted_name_is_no_action()
    {
        var action = Bind("\"say\" en \"Hello\"");

        action.Kind.Should().BeNull();
        action.AssumedKind.Should().BeNull();
    }

    [Fact]
    public void A_name_with_its_text_after_a_colon_is_no_action()
    {
        Bind("say:Hello").AssumedKind.Should().BeNull();
    }
}
