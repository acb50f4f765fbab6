namespace DinActions.Cli.Fetching;

/// <summary>The request the cloud sends to an action URL when a call comes in.</summary>
internal static class ActionRequest
{
    /// <summary>
    /// Why a literal <c>+</c> matters, said once per run: the cloud does not percent-encode it, and
    /// form decoding turns it into a space.
    /// </summary>
    public static string PlusNote(string? caller, string recipient)
    {
        var example = caller ?? recipient;
        return $"the cloud sends the numbers with a literal `+`, unencoded; most servers decode `+` in a query string to a space, so they read `{example}` as `{" " + example[1..]}`: an action server must accept both forms";
    }

    /// <summary>
    /// <c>action_url?caller=...&amp;recipient=...</c> exactly as the seeds show it: numbers with a literal
    /// <c>+</c>, appended with <c>&amp;</c> when the URL already has a query, the fragment dropped (it is
    /// never sent), and no <c>caller</c> at all for a hidden number.
    /// </summary>
    public static Uri For(Uri actionUrl, string? caller, string recipient)
    {
        var withoutFragment = actionUrl.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        var separator = actionUrl.Query.Length <= 1
            ? (withoutFragment.EndsWith('?') ? string.Empty : "?")
            : (withoutFragment.EndsWith('&') ? string.Empty : "&");
        var parameters = caller is null ? $"recipient={recipient}" : $"caller={caller}&recipient={recipient}";
        return new Uri(withoutFragment + separator + parameters);
    }
}
