using System.Collections.Immutable;

namespace DinActions.AspNetCore;

/// <summary>A script that passed validation (<see cref="Script"/> set), or the diagnostics that refused it.</summary>
internal readonly record struct CheckedScript(ActionScript? Script, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Validates <paramref name="script"/> the way the cloud will read it: its canonical text is parsed
    /// back under <paramref name="options"/> and must give the same actions, so what is written is
    /// exactly what was meant and the profile's action count, languages and numbers all hold.
    /// </summary>
    public static CheckedScript Of(ActionScript script, ValidationOptions options)
    {
        string text;
        try
        {
            text = script.ToText();
        }
        catch (InvalidOperationException refused)
        {
            // The emitter refuses values no line can carry; report it like any other refusal.
            return Refused(Unwritable(refused.Message, 0));
        }

        var result = ActionScript.Parse(text, options);
        if (result.Script is { } parsed && parsed.Equals(script))
        {
            return new CheckedScript(parsed, result.Diagnostics);
        }

        return new CheckedScript(
            null,
            result.HasErrors ? result.Diagnostics : result.Diagnostics.Add(Unwritable("the script does not read back as itself", text.Length)));
    }

    /// <summary>Parses <paramref name="text"/> under <paramref name="options"/>.</summary>
    public static CheckedScript OfText(string text, ValidationOptions options)
    {
        var result = ActionScript.Parse(text, options);
        return new CheckedScript(result.Script, result.Diagnostics);
    }

    /// <summary>A refusal with the given diagnostics and no script.</summary>
    public static CheckedScript Refused(params ImmutableArray<Diagnostic> diagnostics) => new(null, diagnostics);

    private static Diagnostic Unwritable(string message, int length) =>
        new("DIN0000", DiagnosticSeverity.Error, new SourceSpan(0, length, 1, 1), message);
}
