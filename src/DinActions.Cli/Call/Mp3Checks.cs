using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using DinActions.Cli.Fetching;
using DinActions.Diagnostics;

namespace DinActions.Cli.Call;

/// <summary>
/// The checks of one mp3 file of a <c>playback</c> or greeting, all within one deadline: reachable
/// (HEAD, falling back to a ranged GET when HEAD is refused), status, content type, and whether the
/// first bytes really are MP3.
/// </summary>
internal static class Mp3Checks
{
    /// <summary>How many bytes of the file are asked for: enough for a tag or frame header, small enough for any file.</summary>
    public const int HeadBytes = 4096;

    private static readonly ImmutableArray<string> Mp3MediaTypes = ["audio/mpeg", "audio/mp3", "audio/mpeg3", "audio/x-mpeg", "audio/x-mp3", "audio/x-mpeg-3"];

    /// <summary>Every <c>playback</c> URL of <paramref name="script"/>, greetings included, each once, in order.</summary>
    public static ImmutableArray<string> UrlsOf(ActionScript script) =>
    [
        .. script.Actions
            .Select(action => action switch
            {
                PlaybackAction playback => playback.Url,
                VoicemailAction { Greeting: PlaybackAction greeting } => greeting.Url,
                _ => null,
            })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Checks the mp3 at <paramref name="url"/>; every request together ends within <paramref name="timeout"/>.</summary>
    public static async Task<ImmutableArray<CheckResult>> RunAsync(BoundedHttpClient http, string url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var subject = $"mp3 {url}";
        var checks = ImmutableArray.CreateBuilder<CheckResult>();
        void Add(string name, Verdict verdict, string detail) => checks.Add(new CheckResult(subject, name, verdict, detail));

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Add("reachable", Verdict.Fail, "not an absolute http or https URL");
            return checks.ToImmutable();
        }

        var started = Stopwatch.GetTimestamp();
        TimeSpan Remaining() => timeout - Stopwatch.GetElapsedTime(started);

        var head = await http.FetchAsync(HttpMethod.Head, uri, 0, range: null, Remaining(), cancellationToken, limitShown: timeout).ConfigureAwait(false);
        if (head.Problem is { } headProblem)
        {
            Add("reachable", Verdict.Fail, $"HEAD: {headProblem.Detail}");
            return checks.ToImmutable();
        }

        // The first bytes are needed anyway; a ranged GET also stands in for a HEAD the server refuses.
        var get = Remaining() > TimeSpan.Zero
            ? await http.FetchAsync(HttpMethod.Get, uri, HeadBytes, new RangeHeaderValue(0, HeadBytes - 1), Remaining(), cancellationToken, limitShown: timeout).ConfigureAwait(false)
            : null;
        var headOk = IsSuccess(head.Status);
        var getOk = get is { Problem: null } && IsSuccess(get.Status);
        var redirects = head.Chain.Length > 1 ? $" after {head.Chain.Length - 1} redirect{(head.Chain.Length == 2 ? string.Empty : "s")}" : string.Empty;

        if (headOk || get is null)
        {
            Add("reachable", Verdict.Pass, $"HEAD answered{redirects} in {ActionUrlChecks.Milliseconds(head.Elapsed)}");
        }
        else if (get.Problem is { } getProblem)
        {
            Add("reachable", Verdict.Fail, $"HEAD answered {head.StatusText}; the ranged GET that stands in for it failed: {getProblem.Detail}");
            return checks.ToImmutable();
        }
        else
        {
            Add("reachable", Verdict.Pass, $"HEAD answered {head.StatusText}; a ranged GET answered {get.StatusText}{redirects}");
        }

        var final = headOk || get is not { Problem: null } ? head : get;
        if (!IsSuccess(final.Status))
        {
            Add("status", Verdict.Fail, $"{final.StatusText}: the cloud cannot fetch the file");
            Add("content type", Verdict.Skip, "not checked: no file");
            Add("audio", Verdict.Skip, "not checked: no file");
            return checks.ToImmutable();
        }

        Add("status", Verdict.Pass, final.StatusText);
        var (typeVerdict, typeDetail) = ContentType(getOk ? get!.ContentType : head.ContentType);
        Add("content type", typeVerdict, typeDetail);
        if (get is null)
        {
            Add("audio", Verdict.Fail, $"no time left within {ActionUrlChecks.Seconds(timeout)} to read the first bytes");
        }
        else if (get.Problem is { } problem)
        {
            Add("audio", Verdict.Fail, $"reading the first bytes failed: {problem.Detail}");
        }
        else if (!getOk)
        {
            Add("audio", Verdict.Fail, $"the GET for the first bytes answered {get.StatusText}");
        }
        else
        {
            var (audioVerdict, audioDetail) = Mp3Signature.Inspect(get.Body.AsSpan());
            Add("audio", audioVerdict, audioDetail);
        }

        return checks.ToImmutable();
    }

    private static bool IsSuccess(HttpStatusCode? status) => status is HttpStatusCode.OK or HttpStatusCode.PartialContent;

    private static (Verdict, string) ContentType(string? raw)
    {
        if (raw is null)
        {
            return (Verdict.Warn, "no `Content-Type`; `audio/mpeg` says what the file is");
        }

        var shown = PrintableText.Clip(raw, 80);
        var mediaType = MediaTypeHeaderValue.TryParse(raw, out var parsed) ? parsed.MediaType : null;
        return mediaType is not null && Mp3MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
            ? (Verdict.Pass, $"`{shown}`")
            : (Verdict.Warn, $"`{shown}`, not `audio/mpeg`");
    }
}
