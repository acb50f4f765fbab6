namespace DinActions.Provisioning;

/// <summary>
/// Where the DIN API is and how to sign in. A class rather than a record so that its text form
/// (<see cref="object.ToString"/>) can never print the token.
/// </summary>
public sealed class DinApiOptions
{
    /// <summary>The provider's API host as seed 000 gives it: <c>https://api.xoxzo.com/</c>.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://api.xoxzo.com/");

    /// <summary>The API's root; paths such as <c>voice/dins/</c> are resolved under it. Must not hold a user name or password.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The account SID, the user name of basic authentication.</summary>
    public string Sid { get; set; } = string.Empty;

    /// <summary>The account's auth token, the password of basic authentication. Never logged or printed.</summary>
    public string AuthToken { get; set; } = string.Empty;

    /// <summary>How long one request may take, answer included, before it fails with <see cref="ProviderTimeoutException"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
