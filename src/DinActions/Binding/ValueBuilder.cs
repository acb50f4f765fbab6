using DinActions.Syntax;

namespace DinActions.Binding;

/// <summary>Turns a bound action without errors into its value, the last stage before the emitter and the interpreter.</summary>
internal static class ValueBuilder
{
    public static DinAction Build(BoundAction syntax, string text) => syntax.Kind switch
    {
        ActionKind.Playback => new PlaybackAction(TextOf(text, syntax.Url!.Value)),
        ActionKind.Transfer => new TransferAction(
            TextOf(text, syntax.Target!.Value),
            syntax.Caller?.Value is { } caller ? TextOf(text, caller) : null),
        ActionKind.Say => new SayAction(TextOf(text, syntax.Language!.Value), SyntaxFacts.Unquote(text, syntax.Text!.Value.Span)),
        ActionKind.Voicemail => new VoicemailAction(syntax.Greeting is { } greeting ? (GreetingAction)Build(greeting, text) : null),
        _ => throw new InvalidOperationException($"Internal error: no action can be built from `{syntax.NameText}`."),
    };

    /// <summary>
    /// Whether the action can become a value: the binder's <see cref="BoundAction.Defects"/>, for it and its greeting.
    /// Every defect is an error of a rule, so a script without errors is always built; the check stands on its own
    /// so that rules turned off in the options can never let a broken line through as an action, or lose part of it.
    /// </summary>
    public static bool CanBuild(BoundAction syntax) =>
        syntax.Defects == ValueDefect.None && (syntax.Greeting is null || syntax.Greeting.Defects == ValueDefect.None);

    private static string TextOf(string text, SyntaxToken token) => text.Substring(token.Span.Offset, token.Span.Length);
}
