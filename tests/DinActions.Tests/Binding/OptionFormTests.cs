using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Binding;

/// <summary>An option is read as written: what is before its first `=` is the name, even when empty, and what is after it the value.</summary>
public sealed class OptionFormTests
{
    [Fact]
    public void An_option_without_a_name_still_has_its_equals_sign_and_value()
    {
        const string text = "transfer +81336042000 --=5";
        var option = Binder.Bind(SyntaxTree.Parse(text)).Actions.Single().Options.Should().ContainSingle().Subject;

        option.Name.Should().BeEmpty();
        option.HasEqualsSign.Should().BeTrue();
        option.Value.Should().NotBeNull();
        text.Substring(option.Value!.Value.Span.Offset, option.Value.Value.Span.Length).Should().Be("5");
    }
}
