using System.Collections.Immutable;
using System.Net;
using DinActions.Diagnostics;

namespace DinActions.Cli.Fetching;

/// <summary>How one bounded fetch went, redirects included. Exactly one of <see cref="Problem"/> and <see cref="Status"/> is set.</summary>
internal sealed record FetchResult
{
    /// <summary>Every URL asked, the first one first; more than one when redirects were followed.</summary>
    public required ImmutableArray<Uri> Chain { get; init; }

    /// <summary>Whether a connection to the last URL's host was made, even if no answer followed.</summary>
    public required bool Connected { get; init; }

    /// <summary>Where the connection went, such as <c>127.0.0.1:5000</c>, when known.</summary>
    public string? ConnectedTo { get; init; }

    /// <summary>Why the fetch failed before a final answer, or null when it got one.</summary>
    public FetchProblem? Problem { get; init; }

    /// <summary>The final status code, when a final answer came.</summary>
    public HttpStatusCode? Status { get; init; }

    /// <summary>The final answer's reason phrase as the server wrote it (unescaped).</summary>
    public string? ReasonPhrase { get; init; }

    /// <summary>The final answer's <c>Content-Type</c> as the server wrote it (unescaped), or null.</summary>
    public string? ContentType { get; init; }

    /// <summary>The first bytes of the body, at most the limit asked for.</summary>
    public ImmutableArray<byte> Body { get; init; } = [];

    /// <summary>Whether the body went on past the limit (reading stopped there).</summary>
    public bool BodyTooLarge { get; init; }

    /// <summary>Time from the first request to the end of the body (or of the attempt).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The URL that gave the final answer.</summary>
    public Uri FinalUrl => Chain[^1];

    /// <summary>The status as <c>200 OK</c>, with the reason phrase escaped.</summary>
    public string StatusText => Status is { } status
        ? $"{(int)status} {PrintableText.Clip(string.IsNullOrWhiteSpace(ReasonPhrase) ? status.ToString() : ReasonPhrase, 40)}"
        : "no status";
}

/// <summary>Why a fetch ended without a final answer.</summary>
/// <param name="Kind">Which step failed, so that the checklist can put it on the right line.</param>
/// <param name="Detail">One line saying what happened.</param>
internal sealed record FetchProblem(FetchProblemKind Kind, string Detail);

/// <summary>The step at which a fetch failed.</summary>
internal enum FetchProblemKind
{
    /// <summary>DNS, a refused connection, TLS, or an answer that is not HTTP.</summary>
    Connection,

    /// <summary>No complete answer before the deadline.</summary>
    Timeout,

    /// <summary>A redirect loop, too many redirects, or a redirect to nowhere.</summary>
    Redirect,
}
