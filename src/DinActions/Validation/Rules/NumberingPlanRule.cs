namespace DinActions.Validation.Rules;

/// <summary>DIN0015: an E.164 number that is not a valid number in its country's numbering plan.</summary>
internal sealed class NumberingPlanRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.NumberingPlan,
        "Number not in its country's numbering plan",
        DiagnosticSeverity.Warning,
        "A number can be well-formed E.164 and still not exist: a wrong length for its country, or a prefix no operator uses. This check uses libphonenumber's numbering plans. It is a warning, not an error, because plans change and the provider's own examples (`+81807181881`) fail it.",
        "transfer +8133604200",
        "transfer +81336042000",
        "Check the number's digits and length for its country. Turn the check off with `CheckNumberingPlan = false` when numbers are known good.");

    public override void CheckAction(Binding.BoundAction action, ref RuleContext context)
    {
        if (context.Options.CheckNumberingPlan)
        {
            NumberRoles.ForEach(action, ref context, Check);
        }
    }

    private static void Check(SourceSpan span, string role, ref RuleContext context)
    {
        if (!context.NumberAt(span).IsE164)
        {
            return;
        }

        var written = context.TextOf(span);
        var answer = context.NumberingPlan?.AnswerFor(written) ?? NumberingPlan.Check(written);
        var message = answer.Verdict switch
        {
            NumberingPlanVerdict.UnknownCountryCode => $"the {role} `{written}` does not start with a known country code",
            NumberingPlanVerdict.TooShort => $"the {role} `{written}` is too short to be a phone number; check its digits",
            NumberingPlanVerdict.NotInPlan => $"the {role} `{written}` is not a valid number in the numbering plan of {NumberingPlan.RegionOf(answer.CountryCode)} (+{answer.CountryCode}); check its digits",
            _ => null,
        };
        if (message is not null)
        {
            context.Report(span, message);
        }
    }
}
