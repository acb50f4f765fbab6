namespace DinActions.Provisioning;

/// <summary>
/// A provisioning request that did not succeed. The message is one line, safe to show to a user:
/// it names the provider, the HTTP status when there was one, and the provider's own message
/// (clipped, control characters removed). It never holds a credential.
/// </summary>
public abstract class ProvisioningException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">The provider's display name, such as <c>DIN API</c> or <c>Exotel</c>.</param>
    /// <param name="statusCode">The HTTP status the provider answered with, or null when no answer came.</param>
    /// <param name="providerMessage">The provider's own message, when its answer held one.</param>
    /// <param name="message">The one-line description.</param>
    /// <param name="innerException">The transport or JSON exception behind this one, if any.</param>
    private protected ProvisioningException(string provider, int? statusCode, string? providerMessage, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Provider = provider;
        StatusCode = statusCode;
        ProviderMessage = providerMessage;
    }

    /// <summary>The provider's display name, such as <c>DIN API</c> or <c>Exotel</c>.</summary>
    public string Provider { get; }

    /// <summary>The HTTP status code the provider answered with, or null when no answer came (timeout, connection).</summary>
    public int? StatusCode { get; }

    /// <summary>The provider's own message, clipped to one line, or null when its answer held none.</summary>
    public string? ProviderMessage { get; }
}

/// <summary>The provider refused the credentials (HTTP 401 or 403).</summary>
public sealed class ProviderAuthenticationException : ProvisioningException
{
    internal ProviderAuthenticationException(string provider, int statusCode, string? providerMessage, string message)
        : base(provider, statusCode, providerMessage, message)
    {
    }
}

/// <summary>The provider rejected the request's fields (HTTP 400), with its message for each field.</summary>
public sealed class ProviderValidationException : ProvisioningException
{
    internal ProviderValidationException(string provider, int statusCode, string? providerMessage, IReadOnlyDictionary<string, IReadOnlyList<string>> fieldErrors, string message)
        : base(provider, statusCode, providerMessage, message)
    {
        FieldErrors = fieldErrors;
    }

    /// <summary>The provider's messages per field (such as <c>din_uid</c>), empty when it named no field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }
}

/// <summary>The provider does not know what was asked for (HTTP 404): a wrong <c>din_uid</c>, account or base URL.</summary>
public sealed class ProviderNotFoundException : ProvisioningException
{
    internal ProviderNotFoundException(string provider, int statusCode, string? providerMessage, string message)
        : base(provider, statusCode, providerMessage, message)
    {
    }
}

/// <summary>The provider answered with another unsuccessful HTTP status (such as 402, 409, 429 or 5xx).</summary>
public sealed class ProviderStatusException : ProvisioningException
{
    internal ProviderStatusException(string provider, int statusCode, string? providerMessage, string message)
        : base(provider, statusCode, providerMessage, message)
    {
    }
}

/// <summary>
/// The provider answered with a success status, but not with what its documentation describes: an
/// HTML page instead of JSON, JSON without a required field, a null where a value is required, or
/// a body larger than the client reads.
/// </summary>
public sealed class ProviderResponseException : ProvisioningException
{
    internal ProviderResponseException(string provider, int statusCode, string message, Exception? innerException = null)
        : base(provider, statusCode, providerMessage: null, message, innerException)
    {
    }
}

/// <summary>No complete answer came within the configured timeout.</summary>
public sealed class ProviderTimeoutException : ProvisioningException
{
    internal ProviderTimeoutException(string provider, TimeSpan timeout, string message, Exception? innerException)
        : base(provider, statusCode: null, providerMessage: null, message, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that ran out.</summary>
    public TimeSpan Timeout { get; }
}

/// <summary>The provider could not be reached: name resolution, connection or TLS failed.</summary>
public sealed class ProviderConnectionException : ProvisioningException
{
    internal ProviderConnectionException(string provider, string message, Exception? innerException)
        : base(provider, statusCode: null, providerMessage: null, message, innerException)
    {
    }
}
