namespace DinActions.Provisioning.Transport;

/// <summary>Builds request URIs under a configured base address.</summary>
internal static class ProviderAddress
{
    /// <summary>
    /// Resolves <paramref name="relativePath"/> under <paramref name="baseAddress"/>, keeping any
    /// path the base has (a proxy or a test server may serve the API under one).
    /// </summary>
    public static Uri Combine(Uri baseAddress, string relativePath)
    {
        Check(baseAddress);
        var root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        return new Uri(root, relativePath);
    }

    /// <summary>Refuses a base address that is relative, not http(s), or carries credentials (they go in a header, never in a URL that may be printed).</summary>
    public static void Check(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The base address must be an absolute http or https URL.", nameof(baseAddress));
        }

        if (baseAddress.UserInfo.Length > 0)
        {
            throw new ArgumentException("The base address must not hold a user name or password; set the credentials in the options.", nameof(baseAddress));
        }

        if (baseAddress.Query.Length > 0 || baseAddress.Fragment.Length > 0)
        {
            throw new ArgumentException("The base address must not have a query or a fragment.", nameof(baseAddress));
        }
    }

    /// <summary>
    /// Checks an identifier that becomes one path segment. Letters, digits, <c>-</c> and <c>_</c>
    /// only: a <c>/</c>, <c>..</c> or <c>?</c> would send the request to another resource.
    /// </summary>
    public static string Segment(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, parameterName);
        foreach (var character in value)
        {
            if (!char.IsAsciiLetterOrDigit(character) && character != '-' && character != '_')
            {
                throw new ArgumentException($"`{parameterName}` may hold only letters, digits, `-` and `_`.", parameterName);
            }
        }

        return value;
    }
}
