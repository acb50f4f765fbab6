using System.Text;
using DinActions.Cli.Lsp.Protocol;
using DinActions.Syntax;
using PhoneNumbers;

namespace DinActions.Cli.Lsp;

/// <summary>
/// <c>textDocument/hover</c>: the rule's help for a diagnostic under the cursor, then what the token there is: an
/// action, an option, a language (its status in the catalog), a number (its country and kind) or a URL.
/// </summary>
internal static class Hovers
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static Hover? At(OpenDocument document, LineMap lines, Position position)
    {
        var offset = lines.OffsetOf(position);
        var text = new StringBuilder();
        SourceSpan? range = null;
        foreach (var diagnostic in document.Diagnostics.Where(diagnostic => Contains(diagnostic.Span, offset)))
        {
            text.Append("**").Append(diagnostic.Code).Append("**: ").Append(diagnostic.Message).Append("\n\n");
            if (DinRules.Find(diagnostic.Code) is { } rule)
            {
                text.Append(rule.Help).Append('\n');
            }

            range ??= diagnostic.Span;
        }

        if (TokenAt(document.Text, offset) is { } found && Describe(document, found) is { } description)
        {
            text.Append(description);
            range ??= found.Token.Span;
        }

        return text.Length == 0 ? null : new Hover(MarkupContent.Markdown(text.ToString().TrimEnd()), lines.RangeOf(range!.Value));
    }

    private static bool Contains(SourceSpan span, int offset) => span.Offset <= offset && (offset < span.End || (span.Length == 0 && offset == span.Offset));

    /// <summary>The token at <paramref name="offset"/>, its index on its line, and the line's tokens.</summary>
    internal static TokenOnLine? TokenAt(string text, int offset)
    {
        // Only the line under the cursor is read: a hover on a large document does not parse all of it.
        var start = offset == 0 ? 0 : text.LastIndexOfAny(['\n', '\r'], Math.Min(offset, text.Length) - 1) + 1;
        var end = text.IndexOfAny(['\n', '\r'], start);
        end = end < 0 ? text.Length : end;
        var tree = SyntaxTree.Parse(text[start..end]);
        if (tree.Lines.IsEmpty)
        {
            return null;
        }

        var tokens = tree.Lines[0].Tokens;
        for (var index = 0; index < tokens.Length; index++)
        {
            var span = tokens[index].Span;
            if (start + span.Offset <= offset && offset <= start + span.End)
            {
                var words = tokens.Select(token => tree.TextOf(token.Span).ToString()).ToArray();
                return new TokenOnLine(tokens[index] with { Span = span with { Offset = span.Offset + start } }, index, words);
            }
        }

        return null;
    }

    private static string? Describe(OpenDocument document, TokenOnLine found)
    {
        var word = found.Words[found.Index];
        var first = found.Words[0];
        var greeting = first == "voicemail" && found.Words.Length > 1 && found.Index >= 1;
        var actionIndex = greeting ? 1 : 0;
        var action = found.Words.Length > actionIndex ? found.Words[actionIndex] : null;
        if (found.Index == actionIndex && ActionNames.TryParse(word, out var kind))
        {
            return ActionHelp.Of(kind);
        }

        if (found.Token.Kind == TokenKind.Option)
        {
            return word.StartsWith(ActionHelp.CallerOption, StringComparison.Ordinal)
                ? ActionHelp.Caller + (Number(word[ActionHelp.CallerOption.Length..]) is { } caller ? "\n\n" + caller : string.Empty)
                : null;
        }

        if (action == "say" && found.Index == actionIndex + 1)
        {
            return document.Options.Languages.Find(word) is { } language
                ? ActionHelp.Language(language)
                : $"`{word}` is not a language of the catalog.";
        }

        if (word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Url(word);
        }

        return action == "transfer" && found.Index == 1 ? Number(word) : null;
    }

    private static string Url(string word)
    {
        if (!Uri.TryCreate(word, UriKind.Absolute, out var uri))
        {
            return "A URL that cannot be read as one.";
        }

        var mp3 = uri.AbsolutePath.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase);
        return $"URL: {uri.Scheme} on host `{uri.Host}`, path `{uri.AbsolutePath}`{(mp3 ? "; an mp3 file" : "; not an .mp3 file")}.";
    }

    private static string? Number(string word)
    {
        try
        {
            var number = Phones.Parse(word, null);
            var region = Phones.GetRegionCodeForNumber(number);
            var kind = Phones.GetNumberType(number);
            var valid = Phones.IsValidNumber(number);
            return $"Number: country code +{number.CountryCode}{(region is null or "ZZ" ? string.Empty : $" ({region})")}, {KindName(kind)}{(valid ? string.Empty : "; not a valid number in its country's plan")}.";
        }
        catch (NumberParseException)
        {
            return $"`{word}` cannot be read as an E.164 number.";
        }
    }

    private static string KindName(PhoneNumberType kind) => kind switch
    {
        PhoneNumberType.FIXED_LINE => "fixed line",
        PhoneNumberType.MOBILE => "mobile",
        PhoneNumberType.FIXED_LINE_OR_MOBILE => "fixed line or mobile",
        PhoneNumberType.TOLL_FREE => "toll free",
        PhoneNumberType.PREMIUM_RATE => "premium rate",
        PhoneNumberType.SHARED_COST => "shared cost",
        PhoneNumberType.VOIP => "VoIP",
        PhoneNumberType.PERSONAL_NUMBER => "personal number",
        PhoneNumberType.PAGER => "pager",
        PhoneNumberType.UAN => "UAN",
        PhoneNumberType.VOICEMAIL => "voicemail access",
        _ => "unknown kind",
    };
}

/// <summary>A token, where it stands on its line, and the words of that line.</summary>
internal sealed record TokenOnLine(SyntaxToken Token, int Index, string[] Words);
