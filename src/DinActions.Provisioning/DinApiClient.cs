using DinActions.Provisioning.Transport;
namespace DinActions.Provisioning;

/// <summary>
/// A typed client of the DIN API (seed 000): list and filter available dial-in numbers, subscribe,
/// attach an action URL, list subscriptions, unsubscribe. Every request uses basic
/// authentication with <see cref="DinApiOptions.Sid"/> and <see cref="DinApiOptions.AuthToken"/>;
/// every failure is a <see cref="ProvisioningException"/>. Register it with
/// <see cref="ProvisioningServiceCollectionExtensions.AddDinApiClient"/> or create it on an
/// <see cref="HttpClient"/> of your own.
/// </summary>
public sealed class DinApiClient
{
    /// <summary>The provider's name in error messages.</summary>
    public const string ProviderName = "DIN API";

    // Paths exactly as seed 000 writes them, trailing slashes included: the API redirects or
    // refuses a POST to a path without one.
    private const string DinsPath = "voice/dins/";
    private const string SubscriptionsPath = "voice/dins/subscriptions/";

    private readonly DinApiOptions options;
    private readonly ProviderTransport transport;

    /// <summary>Creates a client that sends its requests through <paramref name="http"/>.</summary>
    /// <param name="http">The HTTP client; its own base address is not used.</param>
    /// <param name="options">The base address, credentials and timeout.</param>
    public DinApiClient(HttpClient http, DinApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        transport = new ProviderTransport(http, ProviderName, "check the SID and auth token");
    }

    /// <summary>Lists the DINs available for subscription: <c>GET voice/dins/</c>, filtered by country or prefix when given.</summary>
    /// <param name="country">An ISO country code such as <c>JP</c>, sent as <c>?country=</c>; null for every country.</param>
    /// <param name="prefix">A prefix such as <c>813</c>, sent as <c>?prefix=</c>; null for every prefix.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The available DINs, in the provider's order.</returns>
    public async Task<IReadOnlyList<AvailableDin>> ListAvailableAsync(string? country = null, string? prefix = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(country))
        {
            query.Add("country=" + Uri.EscapeDataString(country));
        }

        if (!string.IsNullOrEmpty(prefix))
        {
            query.Add("prefix=" + Uri.EscapeDataString(prefix));
        }

        var path = query.Count == 0 ? DinsPath : $"{DinsPath}?{string.Join('&', query)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, Address(path));
        return await transport.SendAsync(request, Credentials(), options.Timeout, ProvisioningJsonContext.Default.AvailableDinArray, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Subscribes to a DIN: <c>POST voice/dins/subscriptions/</c> with <c>din_uid</c>. The provider
    /// charges the account the monthly cost at once when this succeeds.
    /// </summary>
    /// <param name="dinUid">The <see cref="AvailableDin.DinUid"/> of the number.</param>
    /// <param name="cancellationToken">Cancels the request (the provider may still have subscribed).</param>
    public async Task SubscribeAsync(string dinUid, CancellationToken cancellationToken = default)
    {
        ProviderAddress.Segment(dinUid, nameof(dinUid));
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(SubscriptionsPath))
        {
            Content = new FormUrlEncodedContent([new("din_uid", dinUid)]),
        };
        await transport.SendAsync(request, Credentials(), options.Timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Attaches an action URL to a subscribed DIN: <c>POST voice/dins/subscriptions/{din_uid}/</c>
    /// with <c>action_url</c>. The cloud then requests it with <c>GET ?caller=...&amp;recipient=...</c>
    /// for each incoming call.
    /// </summary>
    /// <param name="dinUid">The subscribed DIN's identifier.</param>
    /// <param name="actionUrl">An absolute http or https URL that answers an action line.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task AttachActionUrlAsync(string dinUid, Uri actionUrl, CancellationToken cancellationToken = default)
    {
        ProviderAddress.Segment(dinUid, nameof(dinUid));
        ArgumentNullException.ThrowIfNull(actionUrl);
        if (!actionUrl.IsAbsoluteUri || (actionUrl.Scheme != Uri.UriSchemeHttps && actionUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The action URL must be an absolute http or https URL.", nameof(actionUrl));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Address($"{SubscriptionsPath}{dinUid}/"))
        {
            Content = new FormUrlEncodedContent([new("action_url", actionUrl.OriginalString)]),
        };
        await transport.SendAsync(request, Credentials(), options.Timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the account's subscribed DINs: <c>GET voice/dins/subscriptions/</c>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The subscriptions, in the provider's order.</returns>
    public async Task<IReadOnlyList<DinSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address(SubscriptionsPath));
        return await transport.SendAsync(request, Credentials(), options.Timeout, ProvisioningJsonContext.Default.DinSubscriptionArray, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends a subscription: <c>DELETE voice/dins/subscriptions/{din_uid}/</c>.</summary>
    /// <param name="dinUid">The subscribed DIN's identifier.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task UnsubscribeAsync(string dinUid, CancellationToken cancellationToken = default)
    {
        ProviderAddress.Segment(dinUid, nameof(dinUid));
        using var request = new HttpRequestMessage(HttpMethod.Delete, Address($"{SubscriptionsPath}{dinUid}/"));
        await transport.SendAsync(request, Credentials(), options.Timeout, cancellationToken).ConfigureAwait(false);
    }

    private Uri Address(string relativePath) => ProviderAddress.Combine(options.BaseAddress, relativePath);

    private Credentials Credentials()
    {
        if (string.IsNullOrEmpty(options.Sid) || string.IsNullOrEmpty(options.AuthToken))
        {
            throw new InvalidOperationException($"{nameof(DinApiOptions)}.{nameof(DinApiOptions.Sid)} and {nameof(DinApiOptions.AuthToken)} must be set.");
        }

        return new Credentials(options.Sid, options.AuthToken);
    }
}
