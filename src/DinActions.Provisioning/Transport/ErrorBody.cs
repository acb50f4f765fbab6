using System.Text;
using System.Text.Json;

namespace DinActions.Provisioning.Transport;

/// <summary>
/// Reads what a provider says in an unsuccessful answer. The seeds do not document error bodies,
/// so this reads the shapes these APIs are known to use: <c>{"detail": "..."}</c> (the DIN API),
/// <c>{"RestException": {"Message": "..."}}</c> (Exotel), <c>{"message": "..."}</c>, and a field
/// name with a string or a list of strings for field errors (<c>{"din_uid": ["..."]}</c>).
/// Anything else (an HTML page, plain text, broken JSON) yields no message and is described by
/// its kind rather than echoed.
/// </summary>
internal sealed record ErrorBody(string? Message, IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors, string? Problem)
{
    private static readonly string[] MessageKeys = ["detail", "message", "error", "error_message", "non_field_errors", "errors"];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFields = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Reads <paramref name="body"/>, answered with <paramref name="mediaType"/>.</summary>
    public static ErrorBody Read(ReadOnlyMemory<byte> body, string? mediaType)
    {
        if (body.IsEmpty)
        {
            return new ErrorBody(null, NoFields, null);
        }

        if (LooksLikeHtml(body.Span, mediaType))
        {
            return new ErrorBody(null, NoFields, "an HTML page instead of JSON");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            var isText = mediaType is not null && mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
            return isText
                ? new ErrorBody(OneLine.Clean(Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, OneLine.MaxLength * 4)])), NoFields, null)
                : new ErrorBody(null, NoFields, "a body that is not JSON");
        }
    }

    /// <summary>Whether a body is an HTML page, by its media type or its first character.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> body, string? mediaType)
    {
        if (mediaType is not null && mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var trimmed = body.TrimStart(" \t\r\n"u8);
        if (trimmed.StartsWith("\xEF\xBB\xBF"u8))
        {
            trimmed = trimmed[3..].TrimStart(" \t\r\n"u8);
        }

        return trimmed.Length > 0 && trimmed[0] == (byte)'<';
    }

    private static ErrorBody FromJson(JsonElement root)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.String:
                return new ErrorBody(Clean(root.GetString()), NoFields, null);
            case JsonValueKind.Array:
                return new ErrorBody(Clean(string.Join(" ", Strings(root))), NoFields, null);
            case JsonValueKind.Object:
                break;
            default:
                return new ErrorBody(null, NoFields, "JSON without a message");
        }

        string? message = null;
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                // Exotel nests its message: {"RestException": {"Status": 400, "Message": "..."}}.
                var nested = FromJson(property.Value);
                message ??= nested.Message;
                continue;
            }

            var values = Strings(property.Value);
            if (values.Count == 0)
            {
                continue;
            }

            if (MessageKeys.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                message ??= Clean(string.Join(" ", values));
            }
            else
            {
                fields[OneLine.Clean(property.Name)] = values.Select(OneLine.Clean).ToArray();
            }
        }

        if (message is null && fields.Count > 0)
        {
            message = Clean(string.Join("; ", fields.Select(field => $"{field.Key}: {string.Join(" ", field.Value)}")));
        }

        return new ErrorBody(message, fields, message is null ? "JSON without a message" : null);
    }

    private static List<string> Strings(JsonElement element)
    {
        var strings = new List<string>();
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString() ?? string.Empty);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        strings.Add(item.GetString() ?? string.Empty);
                    }
                }

                break;
        }

        return strings.Where(text => text.Length > 0).ToList();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : OneLine.Clean(text);
}
