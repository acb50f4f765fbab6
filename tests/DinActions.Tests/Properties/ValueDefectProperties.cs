using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;
using FsCheck.Fluent;

namespace DinActions.Tests.Properties;

/// <summary>
/// The binder's <see cref="ValueDefect"/>s are the one decision of whether a line can become a value: the
/// builder reads them, and for every defect of every action the rule that owns it reports an error on the
/// action's line. So the rules and the builder cannot disagree: a text without errors is always built.
/// </summary>
public sealed class ValueDefectProperties
{
    private static readonly ValidationOptions Options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard, CheckNumberingPlan = false };

    [Fact]
    public void Every_defect_of_every_action_is_an_error_of_the_rule_that_owns_it()
    {
        var texts = Gen.Frequency((1, Generators.AnyText), (2, Generators.MutatedText), (1, Generators.NoisyValidText));
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(texts), text => Generators.Guard(text, () =>
        {
            var script = Binder.Bind(SyntaxTree.Parse(text));
            var errors = ActionScript.Validate(text, Options).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var line in script.Tree.Lines)
            {
                for (var action = script.ActionOf(line); action is not null; action = action.Greeting)
                {
                    foreach (var defect in ValueDefects.All.Where(defect => action.Defects.Has(defect)))
                    {
                        // Not Should().Contain(predicate): FluentAssertions compiles the predicate's expression on every
                        // call, and the message would be built for every defect; here both happen only on a failure.
                        if (!errors.Any(error => ValueDefects.CodesOf(defect).Contains(error.Code) && error.Span.Line == line.Number))
                        {
                            throw new Xunit.Sdk.XunitException(
                                $"`{Generators.Show(text)}` has the defect {defect} on line {line.Number}, but no error of its rule there: {string.Join("; ", errors)}");
                        }
                    }
                }
            }
        })));
    }

    [Fact]
    public void A_text_without_errors_is_always_built_and_one_with_them_never()
    {
        var texts = Gen.Frequency((1, Generators.AnyText), (2, Generators.MutatedText), (2, Generators.NoisyValidText));
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(texts), text => Generators.Guard(text, () =>
        {
            var result = ActionScript.Parse(text, Options);

            (result.Script is not null).Should().Be(!result.HasErrors, "`{0}` has errors: {1}", Generators.Show(text), result.HasErrors);
        })));
    }

    [Theory]
    [InlineData("tranfer +81336042000", ValueDefect.UnknownName)]
    [InlineData("playback", ValueDefect.MissingArgument)]
    [InlineData("say en \"a\" b", ValueDefect.ExtraArgument)]
    [InlineData("transfer +81336042000 --callr=+81336042001", ValueDefect.UnknownOption)]
    [InlineData("say en \"a\" --caller=+81336042001", ValueDefect.OptionNotAllowed)]
    [InlineData("transfer +81336042000 --caller=+81336042001 --caller=+81336042002", ValueDefect.RepeatedOption)]
    [InlineData("transfer +81336042000 --caller +81336042001", ValueDefect.OptionWithoutValue)]
    [InlineData("transfer +81 3 3604 2000", ValueDefect.NumberNotOneWord)]
    [InlineData("transfer \"+81336042000\"", ValueDefect.NumberNotOneWord)]
    [InlineData("say \"en\" \"a\"", ValueDefect.QuotedLanguage)]
    [InlineData("say en Hello", ValueDefect.TextNotQuoted)]
    [InlineData("say en \"Hello", ValueDefect.UnclosedText)]
    [InlineData("say en \"a\tb\"", ValueDefect.ForbiddenCharacter)]
    [InlineData("say en \"a\u0007b\"", ValueDefect.ForbiddenCharacter)]
    [InlineData("playback \"https://example.com/a.mp3\"", ValueDefect.QuotedUrl)]
    internal void Each_defect_is_found_on_the_line_that_has_it(string text, ValueDefect defect)
    {
        var action = Binder.Bind(SyntaxTree.Parse(text)).Actions.Single();

        action.Defects.Should().Be(defect);
        ActionScript.Validate(text, Options).Should().Contain(diagnostic => ValueDefects.CodesOf(defect).Contains(diagnostic.Code));
    }

    [Fact]
    internal void A_greeting_that_is_no_greeting_is_a_defect_of_the_greeting()
    {
        var action = Binder.Bind(SyntaxTree.Parse("voicemail transfer +81336042000")).Actions.Single();

        action.Defects.Should().Be(ValueDefect.None);
        action.Greeting!.Defects.Should().Be(ValueDefect.InvalidGreeting);
    }

    [Fact]
    public void Every_defect_has_a_rule_that_reports_it()
    {
        foreach (var defect in ValueDefects.All)
        {
            ValueDefects.CodesOf(defect).Should().NotBeEmpty().And.OnlyContain(code => DinRules.Find(code) != null, "{0}", defect);
        }
    }
}
