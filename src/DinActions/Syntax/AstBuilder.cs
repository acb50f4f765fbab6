namespace DinActions.Syntax;

/// <summary>Turns an action whose syntax has no error into its value; the roles are known to be filled.</summary>
internal static class AstBuilder
{
    public static DinAction Build(ActionSyntax syntax, string text) => syntax.Kind switch
    {
        ActionKind.Playback => new PlaybackAction(Binder.TextOf(text, syntax.Url!.Value)),
        ActionKind.Transfer => new TransferAction(
            Binder.TextOf(text, syntax.Target!.Value),
            syntax.Caller?.Value is { } caller ? Binder.TextOf(text, caller) : null),
        ActionKind.Say => new SayAction(Binder.TextOf(text, syntax.Language!.Value), Unquote(text, syntax.Text!.Value)),
        ActionKind.Voicemail => new VoicemailAction(syntax.Greeting is { } greeting ? (GreetingAction)Build(greeting, text) : null),
        _ => throw new InvalidOperationException($"Internal error: no action can be built from `{syntax.NameText}`."),
    };

    /// <summary>
    /// Whether the action is complete enough to become a value: every role filled with the right kind
    /// of token, nothing extra, and no character a line cannot carry. The rules report all of this as
    /// errors; this check stands on its own so that rules disabled in the options can never let a
    /// broken line through as an action, or lose part of it.
    /// </summary>
    public static bool CanBuild(ActionSyntax syntax, string text)
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

    private static bool IsCallerOption(OptionSyntax option, string text) =>
        option.Name == OptionSyntax.CallerName && option.HasEqualsSign && IsWord(option.Value, text);

    private static bool IsWord(SyntaxToken? token, string text) =>
        token is { Kind: TokenKind.Word, Span.Length: > 0 } word
        && text.AsSpan(word.Span.Offset, word.Span.Length).IndexOfAny(' ', '\t') < 0;


    /// <summary>The text between the quotes, with <c>\"</c> and <c>\\</c> read as the characters they stand for.</summary>
    internal static string Unquote(string text, SyntaxToken token)
    {
        var inner = text.AsSpan(token.Span.Offset + 1, token.Span.Length - 2);
        var escapes = CountEscapes(inner);
        if (escapes == 0)
        {
            return inner.ToString();
        }

        // Written once into a string of the exact length: a long text is not copied through a builder.
        return string.Create(inner.Length - escapes, (Text: text, Start: token.Span.Offset + 1, inner.Length), static (destination, state) =>
        {
            var source = state.Text.AsSpan(state.Start, state.Length);
            var written = 0;
            for (var index = 0; index < source.Length; index++)
            {
                if (source[index] == '\\' && index + 1 < source.Length)
                {
                    index++;
                }

                destination[written++] = source[index];
            }
        });
    }

    /// <summary>How many backslashes escape the character after them (a last, lone one stands for itself).</summary>
    private static int CountEscapes(ReadOnlySpan<char> inner)
    {
        var escapes = 0;
        for (var index = inner.IndexOf('\\'); index >= 0 && index + 1 < inner.Length; index = NextBackslash(inner, index + 2))
        {
            escapes++;
        }

        return escapes;
    }

    private static int NextBackslash(ReadOnlySpan<char> inner, int from) =>
        from >= inner.Length ? -1 : inner[from..].IndexOf('\\') is var found and >= 0 ? from + found : -1;
}
