using DinActions.Syntax;
using FluentAssertions;
using FsCheck.Fluent;

namespace DinActions.Tests.Properties;

public sealed class NeverThrowsProperties
{
    [Fact]
    public void SyntaxTree_Parse_never_throws_on_any_string_and_every_token_lies_inside_it()
    {
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(Generators.AnyText), text => Generators.Guard(text, () =>
        {
            var tree = SyntaxTree.Parse(text);

            tree.ShouldHaveSpansInside(text, new LineMap(text));
        })));
    }

    [Fact]
    public void ActionScript_Parse_never_throws_on_any_string_and_every_diagnostic_and_fix_lies_inside_it()
    {
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(Generators.AnyText), CheckParse));
    }

    [Fact]
    public void ActionScript_Parse_never_throws_on_mutations_of_valid_lines_and_every_diagnostic_and_fix_lies_inside_them()
    {
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(Generators.MutatedText), CheckParse));
    }

    [Fact]
    public void Every_fix_edits_a_span_inside_the_text_whose_line_and_column_agree_with_its_offset()
    {
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };
        var texts = Gen.Frequency((1, Generators.AnyText), (1, Generators.MutatedText), (1, Generators.NoisyValidText));
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(texts), text => Generators.Guard(text, () =>
        {
            var map = new LineMap(text);
            foreach (var diagnostic in ActionScript.Validate(text, options))
            {
                diagnostic.Fix?.Edit.Span.ShouldBeInside(text, map, $"fix of {diagnostic.Code}");
            }
        })));
    }

    // Hosts that are not valid IDN: Uri.IdnHost throws UriFormatException on them, and a rule that reads a
    // playback URL's host (DIN0042) must report, not throw.
    [Theory]
    [InlineData("playback http://\u2028")]
    [InlineData("playback http://\u00AD")]
    [InlineData("playback http://\u0301")]
    [InlineData("playback http://xn--\u3000")]
    [InlineData("playbak http://\u2028")]
    [InlineData("playback \\\\\u202E")]
    public void ActionScript_Parse_does_not_throw_on_a_playback_url_whose_host_is_not_valid_IDN(string text)
    {
        FluentActions.Invoking(() => ActionScript.Parse(text)).Should().NotThrow();
        FluentActions.Invoking(() => ActionScript.Validate(text)).Should().NotThrow();
        FluentActions.Invoking(() => ActionScript.TryFormat(text, out _, out _)).Should().NotThrow();
    }

    [Theory]
    [InlineData("http://\u00AD")]
    [InlineData("http://xn--\u3000")]
    [InlineData("\\\\\u202E")]
    public void DinAction_TryPlayback_does_not_throw_on_a_host_that_is_not_valid_IDN(string url)
    {
        FluentActions.Invoking(() => DinAction.TryPlayback(url, out _, out _)).Should().NotThrow();
    }

    private static void CheckParse(string text) => Generators.Guard(text, () =>
    {
        var map = new LineMap(text);
        var api = ActionScript.Parse(text);
        var dashboard = ActionScript.Parse(text, Generators.DashboardWithNumberingPlan);

        api.Syntax.ShouldHaveSpansInside(text, map);
        api.ShouldHaveDiagnosticsInside(text, map, parseFixedText: text.Length <= 1_000);
        dashboard.ShouldHaveDiagnosticsInside(text, map, parseFixedText: false);
        api.HasErrors.Should().Be(api.Script is null);
        dashboard.HasErrors.Should().Be(dashboard.Script is null);
    });
}
