using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DinActions.Diagnostics;
using DinActions.Syntax;

namespace DinActions.Binding;

/// <summary>
/// The stage after the parser: matches each line's tokens to the signature of its action (part B of
/// <c>grammar/actions.ebnf</c>): which token is the URL, the number, the language, the text, the greeting;
/// and finds the lines that only continue a text that a line break cut. It reports nothing; the rules do,
/// from the roles it fills.
/// </summary>
internal static class Binder
{
    // E.164's limit: digit groups are joined into one number only while they stay within it.
    private const int MaxNumberDigits = SyntaxFacts.MaxNumberDigits;

    private static readonly string[] ActionNameList = [.. ActionNames.All.Select(ActionNames.NameOf)];

    // Up to this many arguments, their indices are kept on the stack.
    private const int StackArguments = 32;

    /// <summary>Binds every line of <paramref name="tree"/>.</summary>
    public static BoundScript Bind(SyntaxTree tree)
    {
        var lines = tree.Lines;
        var actions = new BoundAction?[lines.Length];
        bool[]? continued = null;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (index > 0 && continued?[index - 1] == true)
            {
                // The rest of a text cut by a line break is no action of its own.
                continue;
            }

            if (!line.IsBlank)
            {
                actions[index] = Bind(tree.Text, line.Tokens, 0, isGreeting: false);
            }

            if (index + 1 < lines.Length && ContinuesOnNextLine(tree, line, lines[index + 1]))
            {
                (continued ??= new bool[lines.Length])[index] = true;
            }
        }

        return new BoundScript(tree, ImmutableCollectionsMarshal.AsImmutableArray(actions), continued);
    }

    /// <summary>Whether the line ends inside quoted text that the next line closes.</summary>
    private static bool ContinuesOnNextLine(SyntaxTree tree, LineSyntax line, LineSyntax next) =>
        !line.Tokens.IsEmpty
        && line.Tokens[^1] is { Kind: TokenKind.QuotedText, IsTerminated: false }
        && tree.TextOf(next.Span).Contains('"');

    private static BoundAction Bind(string text, ImmutableArray<SyntaxToken> tokens, int first, bool isGreeting)
    {
        var name = tokens[first];
        ActionKind? kind = name.Kind == TokenKind.Word && ActionNames.TryParse(text.AsSpan(name.Span.Offset, name.Span.Length), out var exact)
            ? exact
            : null;

        // A name spelt right is one of four constant strings: no copy of it is made.
        var nameText = kind is { } known ? ActionNames.NameOf(known) : TextOf(text, name);
        var assumed = kind ?? AssumeKind(nameText, name.Kind);

        // The positional arguments are the indices of the tokens that are neither options nor their values.
        var capacity = tokens.Length - first - 1;
        var positional = capacity <= StackArguments ? stackalloc int[StackArguments] : new int[capacity];
        var count = 0;
        BoundOption[]? options = null;
        BoundAction? greeting = null;
        for (var index = first + 1; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.Kind == TokenKind.Option)
            {
                var option = ReadOption(text, token, tokens, ref index);
                options = options is null ? [option] : [.. options, option];
                continue;
            }

            if (assumed == ActionKind.Voicemail && count == 0 && greeting is null)
            {
                greeting = Bind(text, tokens, index, isGreeting: true);
                break;
            }

            positional[count++] = index;
        }

        ReadOnlySpan<int> arguments = positional[..count];
        TokenRange url = default, target = default, language = default, quoted = default;
        var consumed = 0;
        switch (assumed)
        {
            case ActionKind.Playback:
                url = Take(arguments, 0, ref consumed);
                break;
            case ActionKind.Transfer:
                target = TakeNumber(text, tokens, arguments, ref consumed);
                break;
            case ActionKind.Say when count == 1 && tokens[arguments[0]].Kind == TokenKind.QuotedText:
                // `say "Hello"`: a lone quoted argument is the text, and the language is what is missing.
                quoted = TakeText(tokens, arguments, ref consumed);
                break;
            case ActionKind.Say:
                language = Take(arguments, 0, ref consumed);
                quoted = TakeText(tokens, arguments, ref consumed);
                break;
        }

        return new BoundAction(tokens, first, nameText, kind, assumed, isGreeting, new BoundAction.Roles
        {
            Url = url,
            Target = target,
            Language = language,
            Text = quoted,
            Greeting = assumed == ActionKind.Voicemail ? greeting : null,
            Options = options is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(options),
            Extra = consumed < count ? TokensAt(tokens, arguments[consumed..]) : [],
        }, text);
    }

    private static string TextOf(string text, SyntaxToken token) => text.Substring(token.Span.Offset, token.Span.Length);

    private static ActionKind? AssumeKind(string nameText, TokenKind tokenKind)
    {
        // `say:text`, the provider's notation for hosted actions, carries its argument inside the name: it is no
        // misspelt name, and reading the rest of the line as that action's arguments would misplace them.
        if (tokenKind != TokenKind.Word || nameText.Contains(':'))
        {
            return null;
        }

        var suggestion = Spelling.Suggest(nameText, ActionNameList);
        if (suggestion is null || !ActionNames.TryParse(suggestion, out var kind))
        {
            return null;
        }

        return kind;
    }

    private static BoundOption ReadOption(string text, SyntaxToken token, ImmutableArray<SyntaxToken> tokens, ref int index)
    {
        var body = text.AsSpan(token.Span.Offset + 2, token.Span.Length - 2);
        var equals = body.IndexOf('=');
        var nameLength = equals < 0 ? body.Length : equals;
        // The only option of the language is a constant string: no copy of it is made.
        var name = body[..nameLength] is BoundOption.CallerName ? BoundOption.CallerName : body[..nameLength].ToString();
        var nameSpan = token.Span with { Offset = token.Span.Offset + 2, Column = token.Span.Column + 2, Length = nameLength };
        SyntaxToken? value = null;
        if (equals >= 0)
        {
            var valueOffset = nameSpan.End + 1;
            var valueColumn = nameSpan.EndColumn + 1;
            var valueSpan = new SourceSpan(valueOffset, token.Span.End - valueOffset, token.Span.Line, valueColumn);
            value = ExtendNumber(text, tokens, new SyntaxToken(TokenKind.Word, valueSpan), ref index);
        }
        else if (index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word)
        {
            // `--caller +81...`: keep the value with its option, so the number is checked and the fix can join them.
            index++;
            value = ExtendNumber(text, tokens, tokens[index], ref index);
        }

        return new BoundOption(token, name, nameSpan, equals >= 0, value);
    }

    /// <summary>The argument at <paramref name="index"/>, if there is one.</summary>
    private static TokenRange Take(ReadOnlySpan<int> arguments, int index, ref int consumed)
    {
        if (index >= arguments.Length)
        {
            return default;
        }

        consumed = index + 1;
        return new TokenRange(arguments[index], arguments[index]);
    }

    private static TokenRange TakeNumber(string text, ImmutableArray<SyntaxToken> tokens, ReadOnlySpan<int> arguments, ref int consumed)
    {
        if (arguments.IsEmpty)
        {
            return default;
        }

        var number = tokens[arguments[0]];
        var used = 1;

        // Digits are counted only when a word follows that could be a group of the same number.
        if (used < arguments.Length && tokens[arguments[used]].Kind == TokenKind.Word && LooksLikeNumber(text, number))
        {
            // `+81 80 1234 5678`: the groups after a number are part of it, so one diagnostic says so. A group
            // that would take the number past 15 digits is a second number instead (DIN0003 suggests --caller=),
            // and so is one after an option: `5678` in `--caller=+81 3604 2000 1234 5678` is what the caller left.
            var digits = CountDigits(text, number);
            while (used < arguments.Length && arguments[used] == arguments[used - 1] + 1 && tokens[arguments[used]].Kind == TokenKind.Word
                && IsDigitGroup(text, tokens[arguments[used]]) && (digits += CountDigits(text, tokens[arguments[used]])) <= MaxNumberDigits)
            {
                used++;
            }
        }

        consumed = used;
        return new TokenRange(arguments[0], arguments[used - 1]);
    }

    private static SyntaxToken ExtendNumber(string text, ImmutableArray<SyntaxToken> tokens, SyntaxToken value, ref int index)
    {
        var followedByWord = index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word;
        if (!followedByWord || value.Span.Length == 0 || !LooksLikeNumber(text, value))
        {
            return value;
        }

        var digits = CountDigits(text, value);
        while (index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word && IsDigitGroup(text, tokens[index + 1])
            && (digits += CountDigits(text, tokens[index + 1])) <= MaxNumberDigits)
        {
            index++;
            value = value with { Span = value.Span.To(tokens[index].Span) };
        }

        return value;
    }

    /// <summary>The text of a <c>say</c>, after the <paramref name="consumed"/> arguments.</summary>
    private static TokenRange TakeText(ImmutableArray<SyntaxToken> tokens, ReadOnlySpan<int> arguments, ref int consumed)
    {
        var index = consumed;
        if (index >= arguments.Length)
        {
            return default;
        }

        if (tokens[arguments[index]].Kind == TokenKind.QuotedText)
        {
            consumed = index + 1;
            return new TokenRange(arguments[index], arguments[index]);
        }

        // Unquoted text: the rest of the words are the text, reported once with a fix that quotes them.
        consumed = arguments.Length;
        return new TokenRange(arguments[index], arguments[^1]);
    }

    /// <summary>The tokens at <paramref name="indices"/>, in an array of their own.</summary>
    private static ImmutableArray<SyntaxToken> TokensAt(ImmutableArray<SyntaxToken> tokens, ReadOnlySpan<int> indices)
    {
        var selected = new SyntaxToken[indices.Length];
        for (var index = 0; index < indices.Length; index++)
        {
            selected[index] = tokens[indices[index]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(selected);
    }

    private static bool LooksLikeNumber(string text, SyntaxToken token)
    {
        var span = text.AsSpan(token.Span.Offset, token.Span.Length);
        return span.Length > 0 && (span[0] is '+' or '＋' || NumberCharacters.IsDigit(span[0]));
    }

    private static int CountDigits(string text, SyntaxToken token)
    {
        var count = 0;
        foreach (var c in text.AsSpan(token.Span.Offset, token.Span.Length))
        {
            count += NumberCharacters.IsDigit(c) ? 1 : 0;
        }

        return count;
    }

    private static bool IsDigitGroup(string text, SyntaxToken token)
    {
        foreach (var c in text.AsSpan(token.Span.Offset, token.Span.Length))
        {
            if (!NumberCharacters.IsDigit(c) && !NumberCharacters.IsSeparator(c))
            {
                return false;
            }
        }

        return true;
    }
}
