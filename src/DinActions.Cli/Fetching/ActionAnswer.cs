using System.Globalization;
using System.Text;

namespace DinActions.Cli.Fetching;

/// <summary>
/// Fetching an action URL as the cloud does: one GET of <see cref="ActionRequest.For"/>, redirects followed by
/// hand, within a deadline, at most <see cref="MaxBytes"/> of body, read as strict UTF-8. <c>din call</c> and
/// <c>din numbers attach</c> both fetch through here, so they judge a URL alike.
/// </summary>
internal static class ActionAnswer
{
    /// <summary>The most body bytes read: an action is one short line, so anything near this is wrong.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GETs <paramref name="request"/> (an action URL with the call's numbers) within <paramref name="timeout"/>.</summary>
    public static Task<FetchResult> FetchAsync(BoundedHttpClient http, Uri request, TimeSpan timeout, CancellationToken cancellationToken, int maxBytes = MaxBytes) =>
        http.FetchAsync(HttpMethod.Get, request, maxBytes, range: null, timeout, cancellationToken);

    /// <summary>
    /// The body as text, or why it is not UTF-8. A byte order mark is kept in the text, so that the parser
    /// reports it with its position (DIN0056).
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> body, out string text, out string problem)
    {
        try
        {
            text = StrictUtf8.GetString(body);
            problem = string.Empty;
            return true;
        }
        catch (DecoderFallbackException exception)
        {
            var offset = Math.Max(0, exception.Index);
            var bad = offset < body.Length ? string.Create(CultureInfo.InvariantCulture, $"0x{body[offset]:X2}") : "a cut-off sequence";
            text = string.Empty;
            problem = string.Create(CultureInfo.InvariantCulture, $"not UTF-8: {bad} at byte {offset} is invalid; the cloud would read garbage");
            return false;
        }
    }

    /// <summary>Whether the body starts with a UTF-8 byte order mark.</summary>
    public static bool HasByteOrderMark(ReadOnlySpan<byte> body) => body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
}
