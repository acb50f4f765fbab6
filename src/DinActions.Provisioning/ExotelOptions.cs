namespace DinActions.Provisioning;

/// <summary>
/// Which Exotel cluster to use and how to sign in. A class rather than a record so that its text
/// form (<see cref="object.ToString"/>) can never print the token.
/// </summary>
public sealed class ExotelOptions
{
    /// <summary>The cluster; decides the API host unless <see cref="BaseAddress"/> is set.</summary>
    public ExotelRegion Region { get; set; } = ExotelRegion.Singapore;

    /// <summary>An API root that overrides <see cref="Region"/> (a proxy, a test server); null to use the region's host.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key, the user name of basic authentication.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The API token, the password of basic authentication. Never logged or printed.</summary>
    public string ApiToken { get; set; } = string.Empty;

    /// <summary>The account SID, which is part of every path (<c>v2_beta/Accounts/{sid}/...</c>).</summary>
    public string AccountSid { get; set; } = string.Empty;

    /// <summary>How long one request may take, answer included, before it fails with <see cref="ProviderTimeoutException"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The API host of <paramref name="region"/>, as seed 004 gives it.</summary>
    /// <param name="region">The cluster.</param>
    /// <returns><c>https://api.exotel.com/</c> for Singapore, <c>https://api.in.exotel.com/</c> for Mumbai.</returns>
    public static Uri RegionAddress(ExotelRegion region) => region switch
    {
        ExotelRegion.Singapore => new Uri("https://api.exotel.com/"),
        ExotelRegion.Mumbai => new Uri("https://api.in.exotel.com/"),
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown Exotel region."),
    };

    /// <summary>The API root requests go to: <see cref="BaseAddress"/> when set, otherwise the region's host.</summary>
    public Uri EffectiveBaseAddress => BaseAddress ?? RegionAddress(Region);
}
