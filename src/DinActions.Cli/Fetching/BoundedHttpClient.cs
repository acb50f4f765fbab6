using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using DinActions.Diagnostics;

namespace DinActions.Cli.Fetching;

/// <summary>
/// HTTP that a hostile or broken server cannot hang or flood: every fetch has a deadline, reads at
/// most a given number of body bytes, follows redirects itself (at most <see cref="MaxRedirects"/>,
/// never twice to the same URL) and turns every network failure into a <see cref="FetchProblem"/>.
/// </summary>
internal sealed class BoundedHttpClient : IDisposable
{
    /// <summary>How many redirects a fetch follows before it gives up.</summary>
    public const int MaxRedirects = 5;

    private static readonly ProductInfoHeaderValue UserAgent = new("din-call", "0.1");

    private readonly HttpClient client;

    // Hosts (`host:port`) a connection was made to: tells "connected but never answered" apart from "never connected".
    private readonly ConcurrentDictionary<string, string> connected = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A client whose connection attempts give up after <paramref name="connectTimeout"/>.</summary>
    public BoundedHttpClient(TimeSpan connectTimeout)
    {
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand: counted, checked for loops, and reported.
            AllowAutoRedirect = false,
            // A compressed answer could expand without bound; ask for none, as the body is read raw.
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = connectTimeout,
            MaxResponseHeadersLength = 64,
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// Sends <paramref name="method"/> to <paramref name="url"/>, follows redirects, and reads at most
    /// <paramref name="maxBodyBytes"/> of the final body, all before <paramref name="deadline"/>.
    /// </summary>
    /// <param name="method">GET or HEAD.</param>
    /// <param name="url">The absolute http or https URL.</param>
    /// <param name="maxBodyBytes">The most body bytes to keep; one more byte means <see cref="FetchResult.BodyTooLarge"/>.</param>
    /// <param name="range">A byte range to ask for (<c>Range: bytes=0-N</c>), or null.</param>
    /// <param name="deadline">How long the whole fetch may take.</param>
    /// <param name="cancellationToken">Cancels the run; a cancellation through it is thrown, not reported.</param>
    /// <param name="limitShown">The limit a timeout names, when the deadline is what is left of a longer one; <paramref name="deadline"/> when null.</param>
    public async Task<FetchResult> FetchAsync(HttpMethod method, Uri url, int maxBodyBytes, RangeHeaderValue? range, TimeSpan deadline, CancellationToken cancellationToken, TimeSpan? limitShown = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        var started = Stopwatch.GetTimestamp();
        var chain = ImmutableArray.Create(url);
        try
        {
            while (true)
            {
                using var request = new HttpRequestMessage(method, chain[^1]);
                request.Headers.UserAgent.Add(UserAgent);
                request.Headers.Range = range;
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    var (next, problem) = NextHop(chain, response);
                    if (problem is not null)
                    {
                        return Failed(chain, problem, started);
                    }

                    chain = chain.Add(next!);
                    continue;
                }

                var (body, tooLarge) = method == HttpMethod.Head
                    ? ([], false)
                    : await ReadBoundedAsync(response, maxBodyBytes, timeout.Token).ConfigureAwait(false);
                return new FetchResult
                {
                    Chain = chain,
                    Connected = true,
                    ConnectedTo = ConnectionTo(chain[^1]),
                    Status = response.StatusCode,
                    ReasonPhrase = response.ReasonPhrase,
                    ContentType = HeaderOf(response.Content.Headers.NonValidated, "Content-Type"),
                    Body = body,
                    BodyTooLarge = tooLarge,
                    Elapsed = Stopwatch.GetElapsedTime(started),
                };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seconds = (limitShown ?? deadline).TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            var what = connected.ContainsKey(HostKey(chain[^1])) ? "connected, but no complete answer" : "no connection";
            return Failed(chain, new FetchProblem(FetchProblemKind.Timeout, $"{what} within {seconds} s"), started);
        }
        catch (HttpRequestException exception)
        {
            return Failed(chain, new FetchProblem(FetchProblemKind.Connection, Describe(exception, chain[^1])), started);
        }
        catch (IOException exception)
        {
            // The connection broke while the body was read.
            return Failed(chain, new FetchProblem(FetchProblemKind.Connection, $"the connection broke while reading: {PrintableText.Clip(exception.Message, 120)}"), started);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => client.Dispose();

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static (Uri? Next, FetchProblem? Problem) NextHop(ImmutableArray<Uri> chain, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (HeaderOf(response.Headers.NonValidated, "Location") is not { } location)
        {
            return (null, new FetchProblem(FetchProblemKind.Redirect, $"{chain[^1]} answered {status} without a `Location`"));
        }

        if (!Uri.TryCreate(chain[^1], location, out var next) || next.Scheme is not ("http" or "https"))
        {
            return (null, new FetchProblem(FetchProblemKind.Redirect, $"{chain[^1]} answered {status} to `{PrintableText.Clip(location, 80)}`, which is not an http or https URL"));
        }

        if (chain.Contains(next))
        {
            return (null, new FetchProblem(FetchProblemKind.Redirect, $"redirect loop: {string.Join(" → ", chain.Add(next))}"));
        }

        return chain.Length > MaxRedirects
            ? (null, new FetchProblem(FetchProblemKind.Redirect, $"more than {MaxRedirects} redirects, from {chain[0]} to {next}"))
            : (next, null);
    }

    // Reads the first bytes whatever Content-Length says: a media server that ignores the range still
    // starts with the file's first bytes, and one byte past the limit is enough to know it is too large.
    private static async Task<(ImmutableArray<byte> Body, bool TooLarge)> ReadBoundedAsync(HttpResponseMessage response, int maxBodyBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[maxBodyBytes + 1];
        var filled = 0;
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            int read;
            while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }
        }

        return filled > maxBodyBytes
            ? ([.. buffer.AsSpan(0, maxBodyBytes)], true)
            : ([.. buffer.AsSpan(0, filled)], false);
    }

    private static string? HeaderOf(HttpHeadersNonValidated headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private static string HostKey(Uri url) => $"{url.IdnHost}:{url.Port}";

    private FetchResult Failed(ImmutableArray<Uri> chain, FetchProblem problem, long started) => new()
    {
        Chain = chain,
        Connected = problem.Kind != FetchProblemKind.Connection && connected.ContainsKey(HostKey(chain[^1])),
        ConnectedTo = ConnectionTo(chain[^1]),
        Problem = problem,
        Elapsed = Stopwatch.GetElapsedTime(started),
    };

    private static string Describe(HttpRequestException exception, Uri url)
    {
        var host = PrintableText.Clip(url.IdnHost, 80);
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return $"DNS: the name `{host}` does not resolve";
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return $"refused: nothing listens on {host}:{url.Port}";
                case SocketException { SocketErrorCode: SocketError.NetworkUnreachable or SocketError.HostUnreachable }:
                    return $"unreachable: no route to {host}:{url.Port}";
                case AuthenticationException authentication:
                    return $"TLS: the secure connection to {host}:{url.Port} failed: {PrintableText.Clip(authentication.Message, 120)}";
            }
        }

        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"DNS: the name `{host}` does not resolve",
            HttpRequestError.SecureConnectionError => $"TLS: the secure connection to {host}:{url.Port} failed",
            HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded => $"{host}:{url.Port} answered something that is not HTTP, or hung up mid-answer",
            HttpRequestError.ConnectionError => $"could not connect to {host}:{url.Port}: {PrintableText.Clip(exception.Message, 120)}",
            _ => PrintableText.Clip(exception.Message, 160),
        };
    }

    private string? ConnectionTo(Uri url) => connected.TryGetValue(HostKey(url), out var endPoint) ? endPoint : null;

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
            var remote = socket.RemoteEndPoint is IPEndPoint ip
                ? $"{(ip.Address.IsIPv4MappedToIPv6 ? ip.Address.MapToIPv4() : ip.Address)}:{ip.Port}"
                : $"{context.DnsEndPoint.Host}:{context.DnsEndPoint.Port}";
            connected[$"{context.DnsEndPoint.Host}:{context.DnsEndPoint.Port}"] = remote;
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
