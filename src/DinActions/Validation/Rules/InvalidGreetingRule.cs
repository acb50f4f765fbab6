using DinActions.Binding;

namespace DinActions.Validation.Rules;

/// <summary>DIN0008: a <c>voicemail</c> greeting that is not <c>say</c> or <c>playback</c>.</summary>
internal sealed class InvalidGreetingRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.InvalidGreeting,
        "Greeting is not `say` or `playback`",
        DiagnosticSeverity.Error,
        "`voicemail` may be followed by a greeting that plays before the recording starts: a `say` or a `playback` action. A `transfer` or another `voicemail` cannot be a greeting.",
        "voicemail transfer +81336042000",
        "voicemail say en \"Please leave a message.\"",
        "Use a `say` or `playback` greeting, or write the other action on a line of its own (dashboard profile).");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (action.Defects.Has(ValueDefect.InvalidGreeting))
        {
            context.Report(action.Name.Span, $"a voicemail greeting is `say` or `playback`, not `{Quote.Shorten(action.NameText, 40)}`");
        }
    }
}
