using System.Collections.Immutable;

namespace DinActions.Baselines;

/// <summary>
/// The AST the baselines produce, in a form the core's values map onto one to one. The core's action
/// records (<see cref="DinAction"/>) can only be built inside the library, so "the same AST" means: the
/// same <see cref="LineAction"/> values, field by field, as <see cref="From(DinAction)"/> gives for the
/// core's <see cref="ActionScript.Actions"/>.
/// </summary>
/// <param name="Kind">Which action.</param>
/// <param name="Url">The URL of a <c>playback</c>.</param>
/// <param name="Target">The number of a <c>transfer</c>.</param>
/// <param name="Caller">The <c>--caller=</c> number of a <c>transfer</c>, if any.</param>
/// <param name="Language">The language code of a <c>say</c>.</param>
/// <param name="Text">The text of a <c>say</c>, unescaped.</param>
/// <param name="Greeting">The greeting of a <c>voicemail</c>, if any.</param>
public sealed record LineAction(
    ActionKind Kind,
    string? Url = null,
    string? Target = null,
    string? Caller = null,
    string? Language = null,
    string? Text = null,
    LineAction? Greeting = null)
{
    /// <summary>The neutral form of one of the core's action values.</summary>
    public static LineAction From(DinAction action) => action switch
    {
        PlaybackAction playback => new LineAction(ActionKind.Playback, Url: playback.Url),
        TransferAction transfer => new LineAction(ActionKind.Transfer, Target: transfer.Target, Caller: transfer.Caller),
        SayAction say => new LineAction(ActionKind.Say, Language: say.Language, Text: say.Text),
        VoicemailAction voicemail => new LineAction(ActionKind.Voicemail, Greeting: voicemail.Greeting is { } greeting ? From(greeting) : null),
        _ => throw new ArgumentException($"Unknown action type {action.GetType().Name}.", nameof(action)),
    };

    /// <summary>The neutral form of a whole script of the core.</summary>
    public static ImmutableArray<LineAction> From(ActionScript script) => [.. script.Actions.Select(From)];
}

/// <summary>The actions of the language, as the baselines name them.</summary>
public enum ActionKind
{
    /// <summary><c>playback URL</c>.</summary>
    Playback,

    /// <summary><c>transfer NUMBER [--caller=NUMBER]</c>.</summary>
    Transfer,

    /// <summary><c>say LANGUAGE "TEXT"</c>.</summary>
    Say,

    /// <summary><c>voicemail [GREETING]</c>.</summary>
    Voicemail,
}
