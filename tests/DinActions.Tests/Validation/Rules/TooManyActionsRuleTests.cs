using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class TooManyActionsRuleTests
{
    private const string Code = "DIN0051";

    private static readonly ValidationOptions Dashboard = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

    [Fact]
    public void Second_action_is_an_error_in_the_api_profile()
    {
        var diagnostic = ActionScript.Validate("say en \"Welcome.\"\ntransfer +81336042000").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the `api` profile allows one action; this is action 2");
        diagnostic.Span.Should().Be(new SourceSpan(18, 21, 2, 1));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Two_actions_are_allowed_in_the_dashboard_profile()
    {
        ActionScript.Validate("say en \"Welcome.\"\ntransfer +81336042000", Dashboard).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Third_action_is_an_error_in_the_dashboard_profile()
    {
        var diagnostic = ActionScript.Validate("say en \"a\"\nsay en \"b\"\nsay en \"c\"", Dashboard).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the `dashboard` profile allows 2 actions; this is action 3");
        diagnostic.Span.Should().Be(new SourceSpan(22, 10, 3, 1));
    }

    [Fact]
    public void Every_action_beyond_the_limit_is_reported()
    {
        var diagnostics = ActionScript.Validate("say en \"a\"\nsay en \"b\"\nsay en \"c\"").Where(d => d.Code == Code).ToList();

        diagnostics.Select(d => d.Message).Should().Equal(
            "the `api` profile allows one action; this is action 2",
            "the `api` profile allows one action; this is action 3");
        diagnostics.Select(d => d.Span.Line).Should().Equal(2, 3);
    }

    [Fact]
    public void Blank_lines_do_not_count_as_actions()
    {
        ActionScript.Validate("\nsay en \"Hello\"\n\n").Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Greeting_is_part_of_its_voicemail_not_a_second_action()
    {
        ActionScript.Validate("voicemail say en \"Please leave a message.\"").Should().NotContain(d => d.Code == Code);
    }
}
