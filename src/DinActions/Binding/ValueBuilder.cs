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
    /// Whether the action is complete enough to become a value: every role filled with the right kind
    /// of token, nothing extra, and no character a line cannot carry. The rules report all of this as
    /// errors; this check stands on its own so that rules disabled in the options can never let a
    /// broken line through as an action, or lose part of it.
    /// </summary>
    public static bool CanBuild(BoundAction syntax, string text)
    {
        var complete = syntax.Extra.IsEmpty && syntax.Kind switch
        {
            ActionKind.Playback => IsWord(syntax.Url, text) && syntax.Options.IsEmpty,
            ActionKind.Transfer => IsWord(syntax.Target, text) && syntax.Options.Length <= 1
                && (syntax.Options.IsEmpty || IsCallerOption(syntax.Options[0], text)),
            ActionKind.Say => IsWord(syntax.Language, text) && syntax.Text is { Kind: TokenKind.QuotedText, IsTerminated: true }
                && syntax.Options.IsEmpty,
            ActionKind.Voicemail => syntax.Options.IsEmpty
                && (syntax.Greeting is null || (syntax.Greeting.Kind is ActionKind.Say or ActionKind.Playback && CanBuild(syntax.Greeting, text))),
            _ => false,
        };
        // Between arguments a tab is only a warning (DIN0054); inside the text it would be read, and no line can carry it.
        return complete
            && LineCharacters.IndexOfForbidden(text.AsSpan(syntax.Span.Offset, syntax.Span.Length), allowTab: true) < 0
            && (syntax.Text is not { } quoted || LineCharacters.IndexOfForbidden(text.AsSpan(quoted.Span.Offset, quoted.Span.Length)) < 0);
    }

    private static bool IsCallerOption(BoundOption option, string text) =>
        option.Name == BoundOption.CallerName && option.HasEqualsSign && IsWord(option.Value, text);

    private static bool IsWord(SyntaxToken? token, string text) =>
        token is { Kind: TokenKind.Word, Span.Length: > 0 } word
        && text.AsSpan(word.Span.Offset, word.Span.Length).IndexOfAny(' ', '\t') < 0;

    private static string TextOf(string text, SyntaxToken token) => text.Substring(token.Span.Offset, token.Span.Length);
}
