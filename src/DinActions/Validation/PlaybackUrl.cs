using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>What counts as a URL the cloud can fetch an mp3 from.</summary>
internal static class PlaybackUrl
{
    /// <summary>An absolute <c>http</c> or <c>https</c> URL with a host, and nothing the line cannot carry.</summary>
    public static bool TryParse(string written, [NotNullWhen(true)] out Uri? url)
    {
        url = null;
        foreach (var c in written)
        {
            if (c is ' ' or '\t' or '"' or '\u2028' or '\u2029' || char.IsControl(c))
            {
                return false;
            }
        }

        if (!TryCreateAbsolute(written, out var parsed) || parsed.Scheme is not ("http" or "https")
            || string.IsNullOrEmpty(parsed.Host))
        {
            return false;
        }

        try
        {
            // The rules read the host in its IDN form; a host that has none is not a URL the cloud can fetch.
            _ = parsed.IdnHost;
        }
        catch (UriFormatException)
        {
            return false;
        }

        url = parsed;
        return true;
    }

    /// <summary>
    /// <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> for an absolute URI, false where it throws: on two backslashes
    /// (a UNC path) followed by U+202E, a bidirectional override, System.Uri throws IndexOutOfRangeException instead of failing.
    /// </summary>
    public static bool TryCreateAbsolute(string written, [NotNullWhen(true)] out Uri? url)
    {
        try
        {
            return Uri.TryCreate(written, UriKind.Absolute, out url);
        }
        catch (IndexOutOfRangeException)
        {
            url = null;
            return false;
        }
    }

    // Characters a plain host name is made of; anything else (IP literals, user info, IDN, `_`) takes the long way.
    private static readonly SearchValues<char> HostCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.");

    // Characters that System.Uri keeps as they are in a path, query or fragment: no `%`, `\`, non-ASCII or
    // other characters it would escape or unescape, so the written path is the parsed one.
    private static readonly SearchValues<char> PathCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?#");

    /// <summary>
    /// Reads the usual URL, <c>http(s)://host.name[:port]/path</c> with plain ASCII characters, without
    /// building a <see cref="Uri"/>: what the rules need of it is then written in the text as it is. Returns
    /// false when the URL is anything else (it may still be valid); <see cref="TryParse"/> decides then.
    /// </summary>
    /// <param name="written">The URL as written.</param>
    /// <param name="host">The host name (never an IP address, never ending in a dot).</param>
    /// <param name="path">The path up to a query or fragment, as <see cref="Uri.AbsolutePath"/> would give it when it has no dot segment.</param>
    public static bool TryReadPlain(ReadOnlySpan<char> written, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path)
    {
        host = path = default;
        var rest = written.StartsWith("https://", StringComparison.Ordinal) ? written[8..]
            : written.StartsWith("http://", StringComparison.Ordinal) ? written[7..]
            : default;
        var hostLength = rest.IndexOfAnyExcept(HostCharacters);
        hostLength = hostLength < 0 ? rest.Length : hostLength;
        if (!IsPlainHostName(rest[..hostLength]))
        {
            return false;
        }

        host = rest[..hostLength];
        rest = rest[hostLength..];
        if (rest.StartsWith(':'))
        {
            var portLength = rest[1..].IndexOfAnyExcept(LineCharacters.Digits);
            portLength = portLength < 0 ? rest.Length - 1 : portLength;
            if (portLength is 0 or > 5 || int.Parse(rest.Slice(1, portLength), System.Globalization.CultureInfo.InvariantCulture) > 65535)
            {
                return false;
            }

            rest = rest[(1 + portLength)..];
        }

        if (!rest.IsEmpty && rest[0] is not ('/' or '?' or '#') || rest.ContainsAnyExcept(PathCharacters))
        {
            return false;
        }

        var pathLength = rest.IndexOfAny('?', '#');
        path = rest[..(pathLength < 0 ? rest.Length : pathLength)];
        return true;
    }

    // Labels of letters, digits and inner hyphens, within DNS lengths; the last label all letters, so that no
    // form of an IPv4 address (`10.0.0.1`, `0x7f.1`) is taken for a name.
    private static bool IsPlainHostName(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || host.Length > 253)
        {
            return false;
        }

        var lastLabel = ReadOnlySpan<char>.Empty;
        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            // `--` also marks an IDN label (`xn--`), which the long way checks.
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-' || label.Contains("--", StringComparison.Ordinal))
            {
                return false;
            }

            lastLabel = label;
        }

        return IsLetters(lastLabel);
    }

    private static bool IsLetters(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
