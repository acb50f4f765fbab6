using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace DinActions.Syntax;

/// <summary>
/// Matches a line's tokens to the signature of its action (part B of <c>grammar/actions.ebnf</c>):
/// which token is the URL, the number, the language, the text, the greeting. It decides nothing about
/// validity; the rules do, from the roles it fills.
/// </summary>
internal static class Binder
{
    // E.164's limit: digit groups are joined into one number only while they stay within it.
    private const int MaxNumberDigits = 15;

    private static readonly string[] ActionNameList = [.. ActionNames.All.Select(ActionNames.NameOf)];

    public static ActionSyntax Bind(string text, ImmutableArray<SyntaxToken> tokens, int first, bool isGreeting)
    {
        var name = tokens[first];
        ActionKind? kind = name.Kind == TokenKind.Word && ActionNames.TryParse(text.AsSpan(name.Span.Offset, name.Span.Length), out var exact)
            ? exact
            : null;

        // A name spelt right is one of four constant strings: no copy of it is made.
        var nameText = kind is { } known ? ActionNames.NameOf(known) : TextOf(text, name);
        var assumed = kind ?? AssumeKind(nameText, name.Kind);
        var span = Cover(name.Span, tokens[^1].Span);

        ImmutableArray<OptionSyntax>.Builder? options = null;
        var positional = new List<SyntaxToken>(tokens.Length - first - 1);
        ActionSyntax? greeting = null;
        for (var index = first + 1; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.Kind == TokenKind.Option)
            {
                var option = ReadOption(text, token, tokens, ref index);
                (options ??= ImmutableArray.CreateBuilder<OptionSyntax>(1)).Add(option);
                continue;
            }

            if (assumed == ActionKind.Voicemail && positional.Count == 0 && greeting is null)
            {
                greeting = Bind(text, tokens, index, isGreeting: true);
                break;
            }

            positional.Add(token);
        }

        SyntaxToken? url = null, target = null, language = null, quoted = null;
        switch (assumed)
        {
            case ActionKind.Playback:
                url = Take(positional, 0);
                break;
            case ActionKind.Transfer:
                target = TakeNumber(text, positional, 0);
                break;
            case ActionKind.Say when positional is [{ Kind: TokenKind.QuotedText }]:
                // `say "Hello"`: a lone quoted argument is the text, and the language is what is missing.
                quoted = TakeText(positional, 0);
                break;
            case ActionKind.Say:
                language = Take(positional, 0);
                quoted = TakeText(positional, 1);
                break;
        }

        var consumed = Consumed(assumed, language is not null, positional.Count);
        return new ActionSyntax(name, nameText, kind, assumed, span, isGreeting)
        {
            Url = url,
            Target = target,
            Language = language,
            Text = quoted,
            Greeting = assumed == ActionKind.Voicemail ? greeting : null,
            Options = options?.DrainToImmutable() ?? [],
            Extra = consumed < positional.Count ? [.. CollectionsMarshal.AsSpan(positional)[consumed..]] : [],
        };
    }

    /// <summary>The text a token covers.</summary>
    public static string TextOf(string text, SyntaxToken token) => text.Substring(token.Span.Offset, token.Span.Length);

    /// <summary>A span from the start of <paramref name="first"/> to the end of <paramref name="last"/>, on the same line.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) => first with { Length = last.End - first.Offset };

    private static ActionKind? AssumeKind(string nameText, TokenKind tokenKind)
    {
        if (tokenKind != TokenKind.Word)
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

    private static OptionSyntax ReadOption(string text, SyntaxToken token, ImmutableArray<SyntaxToken> tokens, ref int index)
    {
        var body = text.AsSpan(token.Span.Offset + 2, token.Span.Length - 2);
        var equals = body.IndexOf('=');
        var nameLength = equals < 0 ? body.Length : equals;
        var name = body[..nameLength].ToString();
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

        return new OptionSyntax(token, name, nameSpan, equals >= 0, value);
    }

    private static SyntaxToken? Take(List<SyntaxToken> positional, int index) =>
        index < positional.Count ? positional[index] : null;

    private static SyntaxToken? TakeNumber(string text, List<SyntaxToken> positional, int index)
    {
        if (index >= positional.Count)
        {
            return null;
        }

        var number = positional[index];
        var used = 1;
        if (!LooksLikeNumber(text, number))
        {
            return number;
        }

        // `+81 80 1234 5678`: the groups after a number are part of it, so one diagnostic says so. A group
        // that would take the number past 15 digits is a second number instead (DIN0003 suggests --caller=).
        var digits = CountDigits(text, number);
        while (index + used < positional.Count && positional[index + used].Kind == TokenKind.Word
            && IsDigitGroup(text, positional[index + used]) && (digits += CountDigits(text, positional[index + used])) <= MaxNumberDigits)
        {
            number = number with { Span = Cover(number.Span, positional[index + used].Span) };
            used++;
        }

        positional.RemoveRange(index + 1, used - 1);
        return number;
    }

    private static SyntaxToken ExtendNumber(string text, ImmutableArray<SyntaxToken> tokens, SyntaxToken value, ref int index)
    {
        if (value.Span.Length == 0 || !LooksLikeNumber(text, value))
        {
            return value;
        }

        var digits = CountDigits(text, value);
        while (index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word && IsDigitGroup(text, tokens[index + 1])
            && (digits += CountDigits(text, tokens[index + 1])) <= MaxNumberDigits)
        {
            index++;
            value = value with { Span = Cover(value.Span, tokens[index].Span) };
        }

        return value;
    }

    private static SyntaxToken? TakeText(List<SyntaxToken> positional, int index)
    {
        if (index >= positional.Count)
        {
            return null;
        }

        var first = positional[index];
        if (first.Kind == TokenKind.QuotedText)
        {
            return first;
        }

        // Unquoted text: the rest of the words are the text, reported once with a fix that quotes them.
        var last = positional[^1];
        var text = new SyntaxToken(TokenKind.Word, Cover(first.Span, last.Span));
        positional.RemoveRange(index + 1, positional.Count - index - 1);
        return text;
    }

    private static int Consumed(ActionKind? assumed, bool hasLanguage, int positional) => assumed switch
    {
        ActionKind.Playback or ActionKind.Transfer => Math.Min(1, positional),
        ActionKind.Say => Math.Min(hasLanguage ? 2 : 1, positional),
        _ => 0,
    };

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
