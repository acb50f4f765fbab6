using System.Collections.Immutable;
using DinActions.Binding;
using DinActions.Emit;
using DinActions.Syntax;
using DinActions.Validation;

namespace DinActions;

/// <summary>
/// The stages in their order, run once each: text → parser → syntax tree → binder → rules → values. Every
/// entry point of the library goes through here, so none of them can skip a stage or run one twice.
/// </summary>
internal static class Pipeline
{
    public static ParseResult Parse(string text, ValidationOptions options, NumberingPlanMemo? numberingPlan)
    {
        var script = Binder.Bind(SyntaxTree.Parse(text));
        return new ParseResult(script, Validator.Validate(script, options, numberingPlan));
    }

    public static ImmutableArray<Diagnostic> Validate(string text, ValidationOptions options, NumberingPlanMemo? numberingPlan)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Validator.Validate(Binder.Bind(SyntaxTree.Parse(text)), options, numberingPlan);
    }

    /// <summary>The canonical text of <paramref name="text"/>, or null when it has errors; never half-formatted.</summary>
    public static string? Format(string text, ValidationOptions options, NumberingPlanMemo? numberingPlan, bool trailingLineBreak, out ImmutableArray<Diagnostic> diagnostics)
    {
        var result = Parse(text, options, numberingPlan);
        diagnostics = result.Diagnostics;
        return result.Script?.ToText(trailingLineBreak);
    }

    /// <summary>
    /// The round trip: <paramref name="script"/>'s canonical text read back under <paramref name="options"/>, as
    /// the cloud will read it. The script is accepted only when the text has no error and gives the same actions
    /// back, so what is written is exactly what was meant, and the profile's count, languages and numbers hold.
    /// </summary>
    public static ParseResult RoundTrip(ActionScript script, ValidationOptions options, NumberingPlanMemo? numberingPlan)
    {
        var text = Emitter.EmitUnchecked(script.Actions);
        var result = Parse(text, options, numberingPlan);
        if (result.HasErrors || (result.Script is { } parsed && parsed.Equals(script)))
        {
            return result;
        }

        // No error, yet another script: a value that reads back as something else (a blank in a URL) is never sent.
        return result.Refused(new Diagnostic(
            DiagnosticCodes.ValueNotRepresentable,
            DiagnosticSeverity.Error,
            new SourceSpan(0, text.Length, 1, 1),
            $"the value does not survive being written as `{Quote.Shorten(text)}`; check it for blanks and quotes"));
    }
}
