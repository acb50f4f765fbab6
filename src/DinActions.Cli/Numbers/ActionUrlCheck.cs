using System.Buffers;
using System.Collections.Immutable;
using System.Text;

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
    /// The URL the cloud requests: the action URL with <c>caller</c> and <c>recipient</c> appended
    /// to its query. Seed 000 shows the numbers with a literal <c>+</c>
    /// (<c>?caller=+8180123456789</c>), so they are sent unescaped, as the cloud sends them.
    /// </summary>
    public static Uri RequestUri(Uri actionUrl, string caller, string recipient)
    {
        var builder = new UriBuilder(actionUrl) { Fragment = string.Empty };
        var query = builder.Query.TrimStart('?');
        var parameters = $"caller={caller}&recipient={recipient}";
        builder.Query = query.Length == 0 ? parameters : $"{query}&{parameters}";
        return builder.Uri;
    }

    /// <summary>Fetches <paramref name="actionUrl"/> within the limits and validates what it answers.</summary>
    public static async Task<ActionCheckResult> RunAsync(Uri actionUrl, string caller, string recipient, NumbersLimits limits, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { ConnectTimeout = limits.CheckTimeout, MaxAutomaticRedirections = 5 };
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.CheckTimeout);
        string text;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, RequestUri(actionUrl, caller, recipient));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return Failed($"the action URL answered HTTP {(int)response.StatusCode} {TerminalText.Clean(response.ReasonPhrase)}".TrimEnd());
            }

            var body = await ReadCappedAsync(response.Content, limits.CheckMaxBytes, deadline.Token).ConfigureAwait(false);
            if (body is null)
            {
                return Failed($"the action URL answered more than {limits.CheckMaxBytes} bytes; an action is one short line");
            }

            text = Encoding.UTF8.GetString(body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"the action URL did not answer within {limits.CheckTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException exception)
        {
            return Failed($"cannot fetch the action URL ({exception.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "cannot resolve the host",
                HttpRequestError.ConnectionError => "cannot connect",
                HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                HttpRequestError.ResponseEnded => "the connection broke while reading the answer",
                _ => "the connection failed",
            }})");
        }
        catch (IOException)
        {
            // A connection that breaks while the body streams surfaces as an IOException.
            return Failed("the connection to the action URL broke while reading its answer");
        }

        return new ActionCheckResult(null, ActionScript.Parse(text, ValidationOptions.Default).Diagnostics);
    }

    private static ActionCheckResult Failed(string problem) => new(problem, []);

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.WrittenSpan.ToArray();
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes)
                {
                    return null;
                }
            }
        }
    }
}
