using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class UnknownOptionRuleTests
{
    private const string Code = "DIN0004";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Theory]
    [InlineData("callerid")]
    [InlineData("caller-id")]
    [InlineData("caler")]
    [InlineData("Caller")]
    public void Near_miss_of_caller_reports_did_you_mean_with_fix(string name)
    {
        var text = $"transfer +81336042000 --{name}=+819012345678";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be($"unknown option `--{name}`; did you mean `--caller`?");
        diagnostic.Span.Should().Be(new SourceSpan(24, name.Length, 1, 25));
        diagnostic.Fix!.Title.Should().Be("Replace with `caller`");
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text), NoPlan).Should().BeEmpty();
    }

    [Theory]
    [InlineData("transfer +81336042000 --timeout=30", "--timeout=30", 22)]
    [InlineData("transfer +81336042000 --loud", "--loud", 22)]
    [InlineData("say en \"Hi\" --volume=3", "--volume=3", 12)]
    [InlineData("transfer +81336042000 --", "--", 22)]
    public void Other_option_reports_the_only_option_without_fix(string text, string option, int offset)
    {
        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"unknown option `{option}`; the only option is `--caller=` on `transfer`");
        diagnostic.Span.Should().Be(new SourceSpan(offset, option.Length, 1, offset + 1));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Long_option_name_is_clipped_in_the_message()
    {
        var option = "--" + new string('x', 60);

        var diagnostic = ActionScript.Validate($"transfer +81336042000 {option}", NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"unknown option `--{new string('x', 38)}…`; the only option is `--caller=` on `transfer`");
        diagnostic.Span.Length.Should().Be(62);
    }

    [Theory]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("say en \"Hi\" --caller=+819012345678")]
    [InlineData("transfer +81336042000 --caller +819012345678")]
    [InlineData("transfer +81336042000")]
    public void Caller_option_is_never_unknown(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
