namespace DinActions.Provisioning.Tests.Emulation;

/// <summary>One request as the emulator received it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, exactly as sent (trailing slash included).</param>
/// <param name="Query">The raw query string, with its <c>?</c>, or empty.</param>
/// <param name="Form">The form fields of a form-encoded body.</param>
/// <param name="ContentType">The body's content type, if any.</param>
/// <param name="User">The basic-authentication user name, or null without basic authentication.</param>
/// <param name="Password">The basic-authentication password, or null.</param>
public sealed record ReceivedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Form,
    string? ContentType,
    string? User,
    string? Password)
{
    public bool IsApi => !Path.StartsWith("/actions/", StringComparison.Ordinal);
}
