using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;

namespace DinActions.Tests.Properties;

public sealed class BuilderProperties
{
    private static readonly Gen<(string Language, string Text)> TextWithForbiddenCharacter =
        from language in Generators.Language
        from text in Generators.HostileText
        from forbidden in Generators.ForbiddenChar
        from position in Gen.Choose(0, text.Length)
        select (language, text.Insert(position, forbidden.ToString()));

    private static readonly Gen<(string Language, string Text)> TextWithLoneSurrogate =
        from language in Generators.Language
        from text in Generators.HostileText
        from surrogate in Gen.Elements('\uD800', '\uDBFF', '\uDC00', '\uDFFF')
        from atEnd in Gen.Elements(true, false)
        select (language, atEnd ? text + surrogate : surrogate + text);

    private static readonly Gen<(string Language, string Text)> PrintableText =
        from language in Generators.Language
        from text in Generators.HostileText
        select (language, text);

    [Fact]
    public void TrySay_refuses_text_with_a_control_character_or_line_break_with_an_error_and_never_throws()
    {
        PropertyRuns.Run(Prop.ForAll(Arb.From(TextWithForbiddenCharacter), input => Generators.Guard(input.Text, () =>
        {
            var built = DinAction.TrySay(input.Language, input.Text, out var action, out var diagnostics);

            built.Should().BeFalse(Generators.Show(input.Text));
            action.Should().BeNull();
            // Not Should().Contain(predicate): FluentAssertions compiles the predicate's expression on every call.
            diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeTrue("{0} gets an error", Generators.Show(input.Text));
            // Record.Exception, not Invoking(...).Should().Throw(): that assertion alone costs three times the rest of the case.
            Xunit.Record.Exception(() => DinAction.Say(input.Language, input.Text)).Should().BeOfType<InvalidActionException>();
        })));
    }

    [Fact]
    public void TrySay_refuses_text_with_an_unpaired_surrogate()
    {
        PropertyRuns.Run(Prop.ForAll(Arb.From(TextWithLoneSurrogate), input =>
        {
            DinAction.TrySay(input.Language, input.Text, out var action, out var diagnostics).Should().BeFalse(Generators.Show(input.Text));
            action.Should().BeNull();
            diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeTrue("{0} gets an error", Generators.Show(input.Text));
        }));
    }

    [Fact]
    public void TrySay_accepts_any_other_text_and_the_action_line_parses_back_to_an_equal_action()
    {
        PropertyRuns.Run(Prop.ForAll(Arb.From(PrintableText), input => Generators.Guard(input.Text, () =>
        {
            var built = DinAction.TrySay(input.Language, input.Text, out var action, out var diagnostics);

            built.Should().BeTrue($"{Generators.Show(input.Text)} gave {string.Join("; ", diagnostics)}");
            diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
            action!.Text.Should().Be(input.Text);
            action.Language.Should().Be(input.Language);
            var line = action.ToString();
            ActionScript.Parse(line).Script!.Actions.Should().ContainSingle().Which.Should().Be(action, Generators.Show(line));
        })));
    }

    [Fact]
    public void TryPlayback_and_TryTransfer_never_throw_and_what_they_accept_parses_back_to_an_equal_action()
    {
        var anyValue = Gen.Frequency((3, Generators.AnyText), (1, Generators.Mp3Url), (1, Generators.E164));
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(anyValue), value => Generators.Guard(value, () =>
        {
            if (DinAction.TryPlayback(value, out var playback, out _, Generators.FactoryOptions))
            {
                playback.Url.Should().Be(value);
                ActionScript.Parse(playback.ToString()).Script!.Actions.Should().Equal(playback);
            }

            if (DinAction.TryTransfer(value, null, out var transfer, out _, Generators.FactoryOptions))
            {
                transfer.Target.Should().Be(value);
                ActionScript.Parse(transfer.ToString()).Script!.Actions.Should().Equal(transfer);
            }

            if (DinAction.TryTransfer("+81336042000", value, out var withCaller, out _, Generators.FactoryOptions))
            {
                withCaller.Caller.Should().Be(value);
                ActionScript.Parse(withCaller.ToString()).Script!.Actions.Should().Equal(withCaller);
            }
        })));
    }
}
