using System.Diagnostics.CodeAnalysis;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary>Reads the providers' options from the environment. Problems name variables, never their values.</summary>
internal static class ProviderSettings
{
    public const string XoxzoSid = "XOXZO_SID";
    public const string XoxzoAuthToken = "XOXZO_AUTH_TOKEN";
    public const string XoxzoApiBase = "XOXZO_API_BASE";
    public const string ExotelApiKey = "EXOTEL_API_KEY";
    public const string ExotelApiToken = "EXOTEL_API_TOKEN";
    public const string ExotelSid = "EXOTEL_SID";
    public const string ExotelApiBase = "EXOTEL_API_BASE";

    /// <summary>The DIN API's options from <c>XOXZO_SID</c>, <c>XOXZO_AUTH_TOKEN</c> and <c>XOXZO_API_BASE</c>.</summary>
    public static bool TryReadDinApi(NumbersContext context, [NotNullWhen(true)] out DinApiOptions? options, [NotNullWhen(false)] out string? problem)
    {
        options = null;
        var sid = context.Environment.Get(XoxzoSid);
        var token = context.Environment.Get(XoxzoAuthToken);
        if (sid is null || token is null)
        {
            problem = $"set {XoxzoSid} and {XoxzoAuthToken} to the account's SID and auth token (missing: {Missing((XoxzoSid, sid), (XoxzoAuthToken, token))})";
            return false;
        }

        var baseAddress = DinApiOptions.DefaultBaseAddress;
        if (context.Environment.Get(XoxzoApiBase) is { } text && !TryReadBase(text, XoxzoApiBase, out baseAddress, out problem))
        {
            return false;
        }

        options = new DinApiOptions { Sid = sid, AuthToken = token, BaseAddress = baseAddress, Timeout = context.Limits.ApiTimeout };
        problem = null;
        return true;
    }

    /// <summary>
    /// Exotel's options from <c>EXOTEL_API_KEY</c>, <c>EXOTEL_API_TOKEN</c>, <c>EXOTEL_SID</c> and,
    /// unless <paramref name="region"/> is given on the command line, <c>EXOTEL_API_BASE</c>.
    /// </summary>
    public static bool TryReadExotel(NumbersContext context, ExotelRegion? region, [NotNullWhen(true)] out ExotelOptions? options, [NotNullWhen(false)] out string? problem)
    {
        options = null;
        var key = context.Environment.Get(ExotelApiKey);
        var token = context.Environment.Get(ExotelApiToken);
        var sid = context.Environment.Get(ExotelSid);
        if (key is null || token is null || sid is null)
        {
            problem = $"set {ExotelApiKey}, {ExotelApiToken} and {ExotelSid} to the API key, API token and account SID (missing: {Missing((ExotelApiKey, key), (ExotelApiToken, token), (ExotelSid, sid))})";
            return false;
        }

        if (!sid.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_'))
        {
            problem = $"{ExotelSid} may hold only letters, digits, `-` and `_`";
            return false;
        }

        Uri? baseAddress = null;

        // A region given on the command line wins over the environment, as options usually do.
        if (region is null && context.Environment.Get(ExotelApiBase) is { } text && !TryReadBase(text, ExotelApiBase, out baseAddress, out problem))
        {
            return false;
        }

        options = new ExotelOptions
        {
            ApiKey = key,
            ApiToken = token,
            AccountSid = sid,
            Region = region ?? ExotelRegion.Singapore,
            BaseAddress = baseAddress,
            Timeout = context.Limits.ApiTimeout,
        };
        problem = null;
        return true;
    }

    private static bool TryReadBase(string text, string variable, [NotNullWhen(true)] out Uri? baseAddress, [NotNullWhen(false)] out string? problem)
    {
        // The value is not echoed: someone may have put credentials in it.
        if (!Uri.TryCreate(text, UriKind.Absolute, out baseAddress)
            || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp)
            || baseAddress.UserInfo.Length > 0
            || baseAddress.Query.Length > 0
            || baseAddress.Fragment.Length > 0)
        {
            baseAddress = null;
            problem = $"{variable} must be an absolute http or https URL without a user name, password, query or fragment";
            return false;
        }

        problem = null;
        return true;
    }

    private static string Missing(params (string Name, string? Value)[] variables) =>
        string.Join(", ", variables.Where(variable => variable.Value is null).Select(variable => variable.Name));
}
