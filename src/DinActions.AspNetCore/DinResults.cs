using System.Collections.Immutable;

namespace DinActions.AspNetCore;

/// <summary>
/// Results that answer an action URL. Each is validated when it is written, under the application's
/// <see cref="DinActionOptions.Validation"/>; one that fails is never sent (see <see cref="DinActionOptions.OnInvalidAction"/>).
/// Building a result never throws for bad values, so a handler may pass user data straight in.
/// </summary>
public static class DinResults
{
    /// <summary>Answers <c>say LANGUAGE "TEXT"</c>; quotes and backslashes in <paramref name="text"/> are escaped.</summary>
    /// <param name="language">A TTS language code, such as <c>en</c> or <c>ja</c>.</param>
    /// <param name="text">The text to read out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> or <paramref name="text"/> is null.</exception>
    public static DinActionResult Say(string language, string text)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(text);
        return new DinActionResult(validator => Checked(
            DinAction.TrySay(language, text, out var action, out var diagnostics, validator.Options), action, diagnostics, validator));
    }

    /// <summary>Answers <c>transfer NUMBER [--caller=NUMBER]</c>.</summary>
    /// <param name="target">The E.164 number to transfer to.</param>
    /// <param name="caller">The caller ID to show, or null to leave it to the carrier.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static DinActionResult Transfer(string target, string? caller = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new DinActionResult(validator => Checked(
            DinAction.TryTransfer(target, caller, out var action, out var diagnostics, validator.Options), action, diagnostics, validator));
    }

    /// <summary>Answers <c>playback URL</c>.</summary>
    /// <param name="url">The absolute http or https URL of an mp3 file the cloud can reach.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static DinActionResult Playback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new DinActionResult(validator => Checked(
            DinAction.TryPlayback(url, out var action, out var diagnostics, validator.Options), action, diagnostics, validator));
    }

    /// <summary>Answers <c>voicemail</c>, with an optional greeting.</summary>
    /// <param name="greeting">A <c>say</c> or <c>playback</c> greeting, or null for none.</param>
    public static DinActionResult Voicemail(GreetingAction? greeting = null) => Action(DinAction.Voicemail(greeting));

    /// <summary>Answers one action built in code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public static DinActionResult Action(DinAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Script(new ActionScript(action));
    }

    /// <summary>Answers a script built in code: one line per action, as many as the profile allows.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="script"/> is null.</exception>
    public static DinActionResult Script(ActionScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return new DinActionResult(validator => CheckedScript.Of(script, validator));
    }

    /// <summary>Answers action text, such as a line read from a file or a database, in its canonical form.</summary>
    /// <param name="text">The action text, one action per line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static DinActionResult Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DinActionResult(validator => CheckedScript.OfText(text, validator));
    }

    /// <summary>A result that is already refused, as when building an action threw <see cref="InvalidActionException"/>.</summary>
    internal static DinActionResult Refused(ImmutableArray<Diagnostic> diagnostics) =>
        new(_ => CheckedScript.Refused(diagnostics));

    private static CheckedScript Checked(bool built, DinAction? action, ImmutableArray<Diagnostic> diagnostics, ActionValidator validator) =>
        built && action is not null
            ? CheckedScript.Of(new ActionScript(action), validator)
            : CheckedScript.Refused(diagnostics);
}
