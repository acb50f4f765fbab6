using FluentAssertions;

namespace DinActions.Tests.Ast;

/// <summary>Turning a rule off hides its diagnostic, never lets a line no action can carry become a value.</summary>
public sealed class DisabledRulesTests
{
    // Code points, not strings: a lone surrogate would not survive the theory's data as a string.
    [Theory]
    [InlineData(0x0007)]
    [InlineData(0x0009)]
    [InlineData(0x2028)]
    [InlineData(0xD800)]
    public void A_forbidden_character_in_text_keeps_the_script_from_being_built_with_DIN0034_off(int character)
    {
        var line = $"say en \"a{(char)character}b\"";

        var result = ActionScript.Parse(line, ValidationOptions.Default with { DisabledRules = ["DIN0034"] });

        result.HasErrors.Should().BeFalse();
        result.Script.Should().BeNull();
    }

    [Fact]
    public void A_tab_between_arguments_is_only_a_warning_and_the_script_is_built()
    {
        var result = ActionScript.Parse("say\ten \"Hello\"");

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("DIN0054");
        result.Script!.Actions.Should().Equal(DinAction.Say("en", "Hello"));
    }
}
