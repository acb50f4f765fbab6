using System.Diagnostics.CodeAnalysis;

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

        if (!Uri.TryCreate(written, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")
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
}
