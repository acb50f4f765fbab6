using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using DinActions.Cli.Fetching;

namespace DinActions.Cli.Numbers;

/// <summary>What fetching and validating an action URL found.</summary>
/// <param name="Problem">Why the action could not be read (status, timeout, size), or null when it was read.</param>
/// <param name="Diagnostics">The problems of the action that was read.</param>
internal sealed record ActionCheckResult(string? Problem, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether the URL answered an action without errors (warnings allowed).</summary>
    public bool Passed => Problem is null && !Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>How many diagnostics are errors.</summary>
    public int ErrorCount => Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Requests an action URL the way the cloud does when a call comes in, and validates its answer
/// with the core library, so that a number is never attached to a URL whose action would fail a
/// real call.
/// </summary>
internal static class ActionUrlCheck
{
    /// <summary>The caller ID sent with the check: seed 000's example caller.</summary>
    public const string DefaultCaller = "+8180123456789";

    /// <summary>The recipient sent with the check: seed 000's example DIN.</summary>
    public const string DefaultRecipient = "+8150123456789";

    /// <summary>
    /// Fetches <paramref name="actionUrl"/> as <c>din call</c> does (the shared fetcher: literal <c>+</c>, redirects
    /// followed by hand, the deadline, the size limit, strict UTF-8) and validates what it answers.
    /// </summary>
    public static async Task<ActionCheckResult> RunAsync(Uri actionUrl, string caller, string recipient, NumbersLimits limits, CancellationToken cancellationToken)
    {
        using var http = new BoundedHttpClient(limits.CheckTimeout);
        var fetch = await ActionAnswer.FetchAsync(http, ActionRequest.For(actionUrl, caller, recipient), limits.CheckTimeout, cancellationToken, limits.CheckMaxBytes).ConfigureAwait(false);
        if (fetch.Problem is { } problem)
        {
            return Failed(problem.Kind switch
            {
                FetchProblemKind.Timeout => string.Create(CultureInfo.InvariantCulture, $"the action URL did not answer within {limits.CheckTimeout.TotalSeconds:0.###} s"),
                FetchProblemKind.Redirect => $"the action URL's redirects cannot be followed: {problem.Detail}",
                _ => $"cannot fetch the action URL ({problem.Detail})",
            });
        }

        if (fetch.Status != HttpStatusCode.OK)
        {
            return Failed($"the action URL answered HTTP {fetch.StatusText}");
        }

        if (fetch.BodyTooLarge)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture, $"the action URL answered more than {limits.CheckMaxBytes} bytes; an action is one short line"));
        }

        return ActionAnswer.TryDecode(fetch.Body.AsSpan(), out var text, out var notUtf8)
            ? new ActionCheckResult(null, ActionScript.Parse(text, ValidationOptions.Default).Diagnostics)
            : Failed($"the action URL's answer is {notUtf8}");
    }

    private static ActionCheckResult Failed(string problem) => new(problem, []);
}
