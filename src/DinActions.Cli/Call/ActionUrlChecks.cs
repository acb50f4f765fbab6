using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DinActions.Cli.Fetching;
using DinActions.Diagnostics;

namespace DinActions.Cli.Call;

/// <summary>
/// The checks of the action URL, in the order the cloud meets them: a public host, the connection,
/// redirects, the time to answer, the status, the body's size, encoding and content type, and the
/// action itself (parse, validate, numbering plan).
/// </summary>
internal static class ActionUrlChecks
{
    private const int MaxBodyBytes = ActionAnswer.MaxBytes;

    private const string Subject = "action URL";
    private const string NumberingPlanCode = DiagnosticCodes.NumberingPlan;
    private const string UnreachableHostCode = DiagnosticCodes.UnreachableHost;

    /// <summary>What checking the action URL found; <see cref="Script"/> is set when the answer is a valid action.</summary>
    public sealed record Result(ImmutableArray<CheckResult> Checks, ImmutableArray<Diagnostic> Diagnostics, ActionScript? Script);

    /// <summary>Requests <paramref name="request"/> as the cloud would and checks the answer.</summary>
    public static async Task<Result> RunAsync(BoundedHttpClient http, Uri request, CallSettings settings, CancellationToken cancellationToken)
    {
        var checks = ImmutableArray.CreateBuilder<CheckResult>();
        void Add(string name, Verdict verdict, string detail) => checks.Add(new CheckResult(Subject, name, verdict, detail));
        void SkipRest(string reason, params string[] names)
        {
            foreach (var name in names)
            {
                Add(name, Verdict.Skip, $"not checked: {reason}");
            }
        }

        var (hostVerdict, hostDetail) = PublicHost(settings.ActionUrl);
        Add("public host", hostVerdict, hostDetail);

        var fetch = await ActionAnswer.FetchAsync(http, request, settings.Timeout, cancellationToken).ConfigureAwait(false);
        string[] afterConnection = ["redirects", "time", "status", "size", "encoding", "content type", "action", "numbers"];
        if (fetch.Problem is { Kind: FetchProblemKind.Connection } || fetch.Problem is { Kind: FetchProblemKind.Timeout } && !fetch.Connected)
        {
            Add("connection", Verdict.Fail, fetch.Problem.Detail);
            SkipRest("no connection", afterConnection);
            return new Result(checks.ToImmutable(), [], null);
        }

        Add("connection", Verdict.Pass, fetch.ConnectedTo is { } endPoint ? $"connected to {endPoint}" : "connected");
        Add("redirects", fetch.Problem is { Kind: FetchProblemKind.Redirect } ? Verdict.Fail : fetch.Chain.Length > 1 ? Verdict.Warn : Verdict.Pass, Redirects(fetch));
        if (fetch.Problem is { Kind: FetchProblemKind.Redirect })
        {
            SkipRest("no final answer", afterConnection[2..]);
            return new Result(checks.ToImmutable(), [], null);
        }

        if (fetch.Problem is { Kind: FetchProblemKind.Timeout } timeout)
        {
            Add("time", Verdict.Fail, timeout.Detail);
            SkipRest("no answer", afterConnection[2..]);
            return new Result(checks.ToImmutable(), [], null);
        }

        Add("time", Verdict.Pass, $"answered in {Milliseconds(fetch.Elapsed)} (limit {Seconds(settings.Timeout)})");
        if (fetch.Status != HttpStatusCode.OK)
        {
            Add("status", Verdict.Fail, $"{fetch.StatusText}: the cloud needs 200 to read an action{BodyExcerpt(fetch)}");
            SkipRest("the status is not 200", afterConnection[3..]);
            return new Result(checks.ToImmutable(), [], null);
        }

        Add("status", Verdict.Pass, fetch.StatusText);
        var (typeVerdict, typeDetail) = ContentType(fetch.ContentType);
        if (fetch.BodyTooLarge)
        {
            Add("size", Verdict.Fail, $"more than {MaxBodyBytes / 1024} KB; reading stopped there: an action is one short line");
            Add("encoding", Verdict.Skip, "not checked: the body is too large");
            Add("content type", typeVerdict, typeDetail);
            SkipRest("the body is too large", "action", "numbers");
            return new Result(checks.ToImmutable(), [], null);
        }

        Add("size", Verdict.Pass, $"{fetch.Body.Length} bytes (limit {MaxBodyBytes / 1024} KB)");
        var (text, encodingVerdict, encodingDetail) = Decode(fetch.Body.AsSpan());
        Add("encoding", encodingVerdict, encodingDetail);
        Add("content type", typeVerdict, typeDetail);
        if (text is null)
        {
            SkipRest("the body is not UTF-8 text", "action", "numbers");
            return new Result(checks.ToImmutable(), [], null);
        }

        var parsed = ActionScript.Parse(text, ValidationOptions.Default with { Profile = settings.Profile });
        Add("action", ActionVerdict(parsed), ActionDetail(parsed, settings.Profile));
        var (numbersVerdict, numbersDetail) = Numbers(parsed);
        Add("numbers", numbersVerdict, numbersDetail);
        return new Result(checks.ToImmutable(), parsed.Diagnostics, parsed.Script);
    }

    private static (Verdict, string) PublicHost(Uri actionUrl)
    {
        // The playback rule already knows which hosts the cloud cannot reach (localhost, private
        // networks, single-label names); the action URL is fetched by the same cloud, so ask it.
        DinAction.TryPlayback(actionUrl.AbsoluteUri, out _, out var diagnostics);
        return diagnostics.FirstOrDefault(diagnostic => diagnostic.Code == UnreachableHostCode) is { } unreachable
            ? (Verdict.Warn, $"{unreachable.Message}; fine for a local test, but the DIN needs a public URL")
            : (Verdict.Pass, $"`{actionUrl.IdnHost}` is a public name or address");
    }

    private static string Redirects(FetchResult fetch) => fetch.Problem is { Kind: FetchProblemKind.Redirect } problem
        ? problem.Detail
        : fetch.Chain.Length == 1
            ? "none"
            : $"followed {fetch.Chain.Length - 1}: {string.Join(" → ", fetch.Chain)}; whether the cloud follows redirects is not documented: set the action URL to the final address";

    private static (string? Text, Verdict Verdict, string Detail) Decode(ReadOnlySpan<byte> body)
    {
        if (!ActionAnswer.TryDecode(body, out var text, out var problem))
        {
            return (null, Verdict.Fail, problem);
        }

        return ActionAnswer.HasByteOrderMark(body)
            ? (text, Verdict.Warn, "UTF-8 with a byte order mark (EF BB BF) first, which the cloud may read as part of the action")
            : (text, Verdict.Pass, body.ContainsAnyInRange((byte)0x80, (byte)0xFF) ? "UTF-8" : "UTF-8 (plain ASCII)");
    }

    private static (Verdict, string) ContentType(string? raw)
    {
        if (raw is null)
        {
            return (Verdict.Warn, "no `Content-Type`; `text/plain; charset=utf-8` says what the answer is");
        }

        var shown = PrintableText.Clip(raw, 80);
        if (!MediaTypeHeaderValue.TryParse(raw, out var parsed))
        {
            return (Verdict.Warn, $"`{shown}` is not a valid media type; send `text/plain; charset=utf-8`");
        }

        if (!string.Equals(parsed.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return (Verdict.Warn, $"`{shown}`, not `text/plain`: a warning only, the provider's own sample server answers `text/html`");
        }

        var charset = parsed.CharSet?.Trim('"');
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
            ? (Verdict.Pass, $"`{shown}`")
            : (Verdict.Warn, $"`{shown}` declares a charset other than UTF-8; the body is read as UTF-8");
    }

    private static Verdict ActionVerdict(ParseResult parsed)
    {
        var own = parsed.Diagnostics.Where(diagnostic => diagnostic.Code != NumberingPlanCode).ToList();
        return own.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) ? Verdict.Fail
            : own.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning) ? Verdict.Warn
            : Verdict.Pass;
    }

    private static string ActionDetail(ParseResult parsed, ValidationProfile profile)
    {
        var own = parsed.Diagnostics.Where(diagnostic => diagnostic.Code != NumberingPlanCode).ToList();
        var errors = own.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = own.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
        var profileName = profile == ValidationProfile.Api ? "api" : "dashboard";
        if (errors > 0)
        {
            return $"{Plural(errors, "error")}, {Plural(warnings, "warning")} (profile {profileName}): the cloud cannot carry it out";
        }

        var actions = parsed.Script is { } script ? Plural(script.Actions.Length, "action") : "no action";
        return warnings > 0
            ? $"{actions}, {Plural(warnings, "warning")} (profile {profileName})"
            : $"{actions}, spelled right with the right arguments (profile {profileName})";
    }

    private static (Verdict, string) Numbers(ParseResult parsed)
    {
        var offPlan = parsed.Diagnostics.Where(diagnostic => diagnostic.Code == NumberingPlanCode).ToList();
        if (offPlan.Count > 0)
        {
            return (Verdict.Warn, string.Join("; ", offPlan.Select(diagnostic => $"{diagnostic.Span}: {diagnostic.Message}")));
        }

        if (parsed.Script is null)
        {
            return (Verdict.Skip, "not checked: the action has errors");
        }

        var numbers = parsed.Script.Actions.OfType<TransferAction>()
            .SelectMany(transfer => transfer.Caller is null ? [transfer.Target] : new[] { transfer.Target, $"caller ID {transfer.Caller}" })
            .ToList();
        return numbers.Count == 0
            ? (Verdict.Pass, "no transfer: no numbers to check")
            : (Verdict.Pass, $"{string.Join(" and ", numbers)}: in their countries' numbering plans");
    }

    private static string BodyExcerpt(FetchResult fetch)
    {
        if (fetch.Body.IsDefaultOrEmpty)
        {
            return string.Empty;
        }

        var text = Encoding.UTF8.GetString(fetch.Body.AsSpan(0, Math.Min(fetch.Body.Length, 200)));
        var firstLine = text.Split('\n', 2)[0].Trim();
        return firstLine.Length == 0 ? string.Empty : $"; the body begins `{PrintableText.Clip(firstLine)}`";
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    internal static string Milliseconds(TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(elapsed.TotalMilliseconds)} ms");

    internal static string Seconds(TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.###} s");
}
