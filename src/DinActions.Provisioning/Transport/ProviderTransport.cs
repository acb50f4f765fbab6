using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DinActions.Provisioning.Transport;

/// <summary>
/// Sends one request to a provider with basic authentication, within a timeout, reads at most
/// <see cref="MaxBodyBytes"/> of the answer, and turns every failure into a
/// <see cref="ProvisioningException"/> whose message is one line and holds no credential.
/// </summary>
internal sealed class ProviderTransport
{
    /// <summary>The most bytes of an answer read; a documented answer is a few kilobytes.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    private readonly HttpClient http;
    private readonly string provider;
    private readonly string credentialsHint;

    public ProviderTransport(HttpClient http, string provider, string credentialsHint)
    {
        this.http = http;
        this.provider = provider;
        this.credentialsHint = credentialsHint;
    }

    /// <summary>Sends a request and reads its JSON answer as <typeparamref name="T"/>.</summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, Credentials credentials, TimeSpan timeout, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var (status, body) = await ExchangeAsync(request, credentials, timeout, cancellationToken).ConfigureAwait(false);
        if (ErrorBody.LooksLikeHtml(body.Span, mediaType: null))
        {
            throw new ProviderResponseException(provider, status, $"{provider}: HTTP {status} with an HTML page instead of JSON; check the base URL");
        }

        try
        {
            return JsonSerializer.Deserialize(body.Span, typeInfo)
                ?? throw new ProviderResponseException(provider, status, $"{provider}: HTTP {status} with JSON null instead of the expected answer");
        }
        catch (JsonException exception)
        {
            throw new ProviderResponseException(provider, status, $"{provider}: HTTP {status} with unexpected JSON at {exception.Path ?? "$"}: {Reason(exception)}", exception);
        }
    }

    /// <summary>Sends a request whose successful answer carries nothing the caller needs.</summary>
    public async Task SendAsync(HttpRequestMessage request, Credentials credentials, TimeSpan timeout, CancellationToken cancellationToken) =>
        _ = await ExchangeAsync(request, credentials, timeout, cancellationToken).ConfigureAwait(false);

    private async Task<(int Status, ReadOnlyMemory<byte> Body)> ExchangeAsync(HttpRequestMessage request, Credentials credentials, TimeSpan timeout, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials.Encode());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        // Our own timer, linked to the caller's token, tells a timeout (an error) apart from the
        // caller's cancellation (which propagates as OperationCanceledException).
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var body = await ReadBodyAsync(response.Content, status, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(status, response.ReasonPhrase, body, response.Content.Headers.ContentType?.MediaType);
            }

            return (status, body);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ProviderTimeoutException(provider, timeout, $"{provider}: no answer within {timeout.TotalSeconds:0.###} s from {Host(request)}", exception);
        }
        catch (HttpRequestException exception)
        {
            var what = exception.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "cannot resolve the host",
                HttpRequestError.ConnectionError => "cannot connect",
                HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                HttpRequestError.ResponseEnded => "the connection broke while reading the answer",
                _ => "the connection failed",
            };
            throw new ProviderConnectionException(provider, $"{provider}: {what} ({Host(request)})", exception);
        }
        catch (IOException exception)
        {
            // A connection that breaks while the body streams surfaces as an IOException, not an HttpRequestException.
            throw new ProviderConnectionException(provider, $"{provider}: the connection broke while reading the answer ({Host(request)})", exception);
        }
    }

    private ProvisioningException Failure(int status, string? reasonPhrase, ReadOnlyMemory<byte> body, string? mediaType)
    {
        var error = ErrorBody.Read(body, mediaType);
        var statusText = string.IsNullOrWhiteSpace(reasonPhrase) ? $"HTTP {status}" : $"HTTP {status} {OneLine.Clean(reasonPhrase)}";
        var said = error.Message ?? (error.Problem is null ? "no message" : error.Problem);
        var message = $"{provider}: {statusText}: {said}";
        return status switch
        {
            401 or 403 => new ProviderAuthenticationException(provider, status, error.Message, $"{message} ({credentialsHint})"),
            400 => new ProviderValidationException(provider, status, error.Message, error.FieldErrors, message),
            404 => new ProviderNotFoundException(provider, status, error.Message, message),
            _ => new ProviderStatusException(provider, status, error.Message, message),
        };
    }

    private async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpContent content, int status, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxBodyBytes)
        {
            throw TooLarge(status);
        }

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.WrittenMemory;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > MaxBodyBytes)
                {
                    throw TooLarge(status);
                }
            }
        }
    }

    private ProviderResponseException TooLarge(int status) =>
        new(provider, status, $"{provider}: HTTP {status} with an answer larger than {MaxBodyBytes / (1024 * 1024)} MiB");

    private static string Host(HttpRequestMessage request) => request.RequestUri is { IsAbsoluteUri: true } uri ? uri.Authority : "the provider";

    // System.Text.Json's messages end with a type name and "Path: ... | LineNumber: ..."; the
    // first sentence says what was wrong, which is all a user needs.
    private static string Reason(JsonException exception)
    {
        var text = exception.Message;
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return OneLine.Clean(end < 0 ? text : text[..(end + 1)]);
    }
}

/// <summary>A user name and a secret for basic authentication. Its text form hides the secret.</summary>
internal sealed class Credentials
{
    private readonly string user;
    private readonly string secret;

    public Credentials(string user, string secret)
    {
        this.user = user;
        this.secret = secret;
    }

    /// <summary>The base64 of <c>user:secret</c>, for the <c>Authorization: Basic</c> header.</summary>
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}"));

    /// <inheritdoc/>
    public override string ToString() => $"{user}:***";
}
