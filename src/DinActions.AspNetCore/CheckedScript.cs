using System.Collections.Immutable;

namespace DinActions.AspNetCore;

/// <summary>A script that passed validation (<see cref="Script"/> set), or the diagnostics that refused it.</summary>
internal readonly record struct CheckedScript(ActionScript? Script, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Validates <paramref name="script"/> the way the cloud will read it: its canonical text is parsed
    /// back by <paramref name="validator"/> and must give the same actions, so what is written is
    /// exactly what was meant and the profile's action count, languages and numbers all hold.
    /// </summary>
    public static CheckedScript Of(ActionScript script, ActionValidator validator) =>
        validator.TryCheck(script, out var diagnostics) ? new CheckedScript(script, diagnostics) : Refused(diagnostics);

    /// <summary>Parses <paramref name="text"/> with <paramref name="validator"/>.</summary>
    public static CheckedScript OfText(string text, ActionValidator validator)
    {
        var result = validator.Parse(text);
        return new CheckedScript(result.Script, result.Diagnostics);
    }

    /// <summary>A refusal with the given diagnostics and no script.</summary>
    public static CheckedScript Refused(params ImmutableArray<Diagnostic> diagnostics) => new(null, diagnostics);
}
