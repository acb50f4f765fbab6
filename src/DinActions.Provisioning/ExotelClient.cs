using DinActions.Provisioning.Transport;
namespace DinActions.Provisioning;

/// <summary>
/// A typed client of Exotel's IncomingPhoneNumbers API (seed 004): acquire an ExoPhone and set
/// its voice and SMS flows. Every request uses basic authentication with
/// <see cref="ExotelOptions.ApiKey"/> and <see cref="ExotelOptions.ApiToken"/>; every failure is a
/// <see cref="ProvisioningException"/>. Register it with
/// <see cref="ProvisioningServiceCollectionExtensions.AddExotelClient"/> or create it on an
/// <see cref="HttpClient"/> of your own.
/// </summary>
public sealed class ExotelClient
{
    /// <summary>The provider's name in error messages.</summary>
    public const string ProviderName = "Exotel";

    private readonly ExotelOptions options;
    private readonly ProviderTransport transport;

    /// <summary>Creates a client that sends its requests through <paramref name="http"/>.</summary>
    /// <param name="http">The HTTP client; its own base address is not used.</param>
    /// <param name="options">The region or base address, credentials, account SID and timeout.</param>
    public ExotelClient(HttpClient http, ExotelOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        transport = new ProviderTransport(http, ProviderName, "check the API key, API token and account SID");
    }

    /// <summary>
    /// Acquires an ExoPhone: <c>POST v2_beta/Accounts/{sid}/IncomingPhoneNumbers</c> with
    /// <c>PhoneNumber</c> and, when given, <c>VoiceUrl</c>, <c>SMSUrl</c> and <c>FriendlyName</c>.
    /// </summary>
    /// <param name="request">The number and its optional flows and name.</param>
    /// <param name="cancellationToken">Cancels the request (Exotel may still have assigned the number).</param>
    /// <returns>The number as Exotel describes it.</returns>
    public async Task<ExotelIncomingPhoneNumber> AcquireNumberAsync(ExotelNumberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PhoneNumber, nameof(request));
        if (string.IsNullOrEmpty(options.ApiKey) || string.IsNullOrEmpty(options.ApiToken) || string.IsNullOrEmpty(options.AccountSid))
        {
            throw new InvalidOperationException($"{nameof(ExotelOptions)}.{nameof(ExotelOptions.ApiKey)}, {nameof(ExotelOptions.ApiToken)} and {nameof(ExotelOptions.AccountSid)} must be set.");
        }

        var sid = ProviderAddress.Segment(options.AccountSid, nameof(options.AccountSid));
        var fields = new List<KeyValuePair<string, string>> { new("PhoneNumber", request.PhoneNumber) };
        AddIfSet(fields, "VoiceUrl", request.VoiceUrl);
        AddIfSet(fields, "SMSUrl", request.SmsUrl);
        AddIfSet(fields, "FriendlyName", request.FriendlyName);

        // Seed 004's path has no trailing slash, unlike the DIN API's.
        using var message = new HttpRequestMessage(HttpMethod.Post, ProviderAddress.Combine(options.EffectiveBaseAddress, $"v2_beta/Accounts/{sid}/IncomingPhoneNumbers"))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        var credentials = new Credentials(options.ApiKey, options.ApiToken);
        return await transport.SendAsync(message, credentials, options.Timeout, ProvisioningJsonContext.Default.ExotelIncomingPhoneNumber, cancellationToken).ConfigureAwait(false);
    }

    private static void AddIfSet(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(new(name, value));
        }
    }
}
