using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DinActions.Emit;

namespace DinActions;

/// <summary>
/// One action of the language: <see cref="PlaybackAction"/>, <see cref="TransferAction"/>,
/// <see cref="SayAction"/> or <see cref="VoicemailAction"/>. Actions are immutable values; two actions
/// are equal when they mean the same, wherever they were written. Build them with the static methods
/// here (<c>DinAction.Say("en", text)</c>), which refuse values the cloud could not carry out.
/// </summary>
public abstract record DinAction
{
    private protected DinAction()
    {
    }

    /// <summary>The canonical action line, exactly as the emitter writes it.</summary>
    public sealed override string ToString() => Emitter.Emit(this);

    /// <summary>Builds <c>playback URL</c>.</summary>
    /// <param name="url">The absolute http or https URL of an mp3 file the cloud can reach.</param>
    /// <param name="options">Validation options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="InvalidActionException">The action would not be valid; its diagnostics say why.</exception>
    public static PlaybackAction Playback(string url, ValidationOptions? options = null) =>
        OrThrow(TryPlayback(url, out var action, out var diagnostics, options), action, diagnostics);

    /// <summary>Builds <c>transfer NUMBER [--caller=NUMBER]</c>.</summary>
    /// <param name="target">The E.164 number to transfer to, such as <c>+81336042000</c>.</param>
    /// <param name="caller">The E.164 caller ID to show, or null to leave it to the carrier.</param>
    /// <param name="options">Validation options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="InvalidActionException">The action would not be valid; its diagnostics say why.</exception>
    public static TransferAction Transfer(string target, string? caller = null, ValidationOptions? options = null) =>
        OrThrow(TryTransfer(target, caller, out var action, out var diagnostics, options), action, diagnostics);

    /// <summary>Builds <c>say LANGUAGE "TEXT"</c>; the text may hold any quote or backslash, the emitter escapes them.</summary>
    /// <param name="language">A TTS language code of <see cref="ValidationOptions.Languages"/>, such as <c>en</c> or <c>ja</c>.</param>
    /// <param name="text">The text to read out; no control characters or line breaks.</param>
    /// <param name="options">Validation options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidActionException">The action would not be valid; its diagnostics say why.</exception>
    public static SayAction Say(string language, string text, ValidationOptions? options = null) =>
        OrThrow(TrySay(language, text, out var action, out var diagnostics, options), action, diagnostics);

    /// <summary>Builds <c>voicemail</c>, with an optional greeting played before the recording starts.</summary>
    /// <param name="greeting">A <see cref="SayAction"/> or <see cref="PlaybackAction"/>, or null for no greeting.</param>
    public static VoicemailAction Voicemail(GreetingAction? greeting = null) => new(greeting);

    /// <summary>Builds <c>playback URL</c>, or returns the diagnostics that say why it cannot.</summary>
    /// <returns>True when the action was built; <paramref name="diagnostics"/> may still hold warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static bool TryPlayback(
        string url,
        [NotNullWhen(true)] out PlaybackAction? action,
        out ImmutableArray<Diagnostic> diagnostics,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        return TryBuild(new PlaybackAction(url), options, out action, out diagnostics);
    }

    /// <summary>Builds <c>transfer NUMBER [--caller=NUMBER]</c>, or returns the diagnostics that say why it cannot.</summary>
    /// <returns>True when the action was built; <paramref name="diagnostics"/> may still hold warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static bool TryTransfer(
        string target,
        string? caller,
        [NotNullWhen(true)] out TransferAction? action,
        out ImmutableArray<Diagnostic> diagnostics,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return TryBuild(new TransferAction(target, caller), options, out action, out diagnostics);
    }

    /// <summary>Builds <c>say LANGUAGE "TEXT"</c>, or returns the diagnostics that say why it cannot.</summary>
    /// <returns>True when the action was built; <paramref name="diagnostics"/> may still hold warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> or <paramref name="text"/> is null.</exception>
    public static bool TrySay(
        string language,
        string text,
        [NotNullWhen(true)] out SayAction? action,
        out ImmutableArray<Diagnostic> diagnostics,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(text);
        return TryBuild(new SayAction(language, text), options, out action, out diagnostics);
    }

    // A candidate is written without checks and read back through the full pipeline: whatever the
    // parser and rules would refuse in a file, the builder refuses too, and what it accepts round-trips.
    private static bool TryBuild<T>(T candidate, ValidationOptions? options, [NotNullWhen(true)] out T? action, out ImmutableArray<Diagnostic> diagnostics)
        where T : DinAction
    {
        var result = Pipeline.RoundTrip(
            ActionScript.FromParser([candidate]),
            (options ?? ValidationOptions.Default) with { Profile = ValidationProfile.Api },
            numberingPlan: null);
        diagnostics = result.Diagnostics;
        action = result.Script is null ? null : candidate;
        return action is not null;
    }

    private static T OrThrow<T>(bool built, T? action, ImmutableArray<Diagnostic> diagnostics)
        where T : DinAction =>
        built && action is not null ? action : throw new InvalidActionException(diagnostics);
}
