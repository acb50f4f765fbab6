using System.Text;

namespace DinActions.Baselines;

/// <summary>
/// The checks of the action language that every baseline shares, written once on spans: what a number,
/// a language code, a URL and the characters of a text may be. The baselines differ in how they find the
/// tokens; they agree on what a token must be, so that they agree with the core.
/// </summary>
public static class Lexicon
{
    /// <summary>E.164's limit on the digits of a number.</summary>
    public const int MaxNumberDigits = 15;

    private static readonly string[] LanguageCodes = [.. LanguageCatalog.Default.Languages.Select(language => language.Code)];

    /// <summary><c>number ::= '+' [1-9] [0-9]*</c>, with at most 15 digits.</summary>
    public static bool IsNumber(ReadOnlySpan<char> written)
    {
        if (written.Length < 2 || written.Length > MaxNumberDigits + 1 || written[0] != '+' || written[1] is < '1' or > '9')
        {
            return false;
        }

        foreach (var c in written[2..])
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The code of a language of the default catalog (paused ones included), spelt exactly.</summary>
    public static string? FindLanguage(ReadOnlySpan<char> written)
    {
        foreach (var code in LanguageCodes)
        {
            if (written.SequenceEqual(code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>url ::= ( 'http' | 'https' ) '://' url_char+</c> with a host: an authority that is not empty
    /// once the user information and the port are set aside, and no character a line cannot carry.
    /// </summary>
    public static bool IsUrl(ReadOnlySpan<char> written)
    {
        ReadOnlySpan<char> rest;
        if (written.StartsWith("https://", StringComparison.Ordinal))
        {
            rest = written[8..];
        }
        else if (written.StartsWith("http://", StringComparison.Ordinal))
        {
            rest = written[7..];
        }
        else
        {
            return false;
        }

        for (var index = 0; index < rest.Length; index++)
        {
            var c = rest[index];
            if (c is ' ' or '\t' or '"' or '\\' || char.IsControl(c) || c > '\u007E')
            {
                // Non-ASCII URLs are left to a real URL parser; the core uses System.Uri.
                return false;
            }
        }

        var authorityEnd = rest.IndexOfAny("/?#");
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var at = authority.LastIndexOf('@');
        var host = at < 0 ? authority : authority[(at + 1)..];
        var colon = host.IndexOf(':');
        if (colon >= 0)
        {
            foreach (var c in host[(colon + 1)..])
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            host = host[..colon];
        }

        return IsHostName(host);
    }

    /// <summary><c>text_char ::= [^"\#x0-#x1F#x7F-#x9F#x2028#x2029]</c>, and no unpaired surrogate.</summary>
    public static bool IsTextChar(char c) => c is not ('"' or '\\' or '\u2028' or '\u2029') && !char.IsControl(c);

    /// <summary>
    /// The text between the quotes of a <c>say</c> (quotes excluded), unescaped, or null when it holds an
    /// unknown escape, a raw quote, a control character, a line separator or an unpaired surrogate.
    /// </summary>
    public static string? Unescape(ReadOnlySpan<char> inner)
    {
        var backslash = -1;
        for (var index = 0; index < inner.Length; index++)
        {
            var c = inner[index];
            if (c == '\\')
            {
                if (index + 1 >= inner.Length || inner[index + 1] is not ('"' or '\\'))
                {
                    return null;
                }

                backslash = backslash < 0 ? index : backslash;
                index++;
            }
            else if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || index + 1 >= inner.Length || !char.IsLowSurrogate(inner[index + 1]))
                {
                    return null;
                }

                index++;
            }
            else if (!IsTextChar(c))
            {
                return null;
            }
        }

        if (backslash < 0)
        {
            return inner.ToString();
        }

        var builder = new StringBuilder(inner.Length);
        builder.Append(inner[..backslash]);
        for (var index = backslash; index < inner.Length; index++)
        {
            if (inner[index] == '\\')
            {
                index++;
            }

            builder.Append(inner[index]);
        }

        return builder.ToString();
    }

    private static bool IsHostName(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty)
        {
            return false;
        }

        foreach (var c in host)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
