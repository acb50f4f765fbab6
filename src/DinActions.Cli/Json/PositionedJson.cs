using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using DinActions.Diagnostics;

namespace DinActions.Cli.Json;

/// <summary>A one-based line and column in a text file, columns counted in UTF-16 code units like the linter's.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// A JSON value with its JSON path and where it starts in the file. <see cref="JsonDocument"/> keeps
/// no positions, and an error in a rules, configuration or scenario file is only useful when it says where it is.
/// </summary>
internal abstract record JsonNode(string Path, TextPosition Position)
{
    /// <summary>The JSON type's name, for "expected a string, found a number".</summary>
    public abstract string KindName { get; }

    /// <summary>
    /// This value as a <typeparamref name="T"/>; otherwise null, after telling <paramref name="report"/>
    /// "expected <paramref name="expected"/>; found …" about this value. Every reader of positioned JSON words it so.
    /// </summary>
    public T? As<T>(string expected, Action<JsonNode, string> report)
        where T : JsonNode
    {
        if (this is T typed)
        {
            return typed;
        }

        report(this, $"expected {expected}; found {KindName}");
        return null;
    }

    /// <summary>Text of the file quoted in a message: clipped, and any character that would not print shown as its code.</summary>
    public static string Quoted(string text) => PrintableText.MessageText(text, 40);
}

internal sealed record JsonObjectNode(string Path, TextPosition Position, ImmutableArray<JsonPropertyNode> Properties) : JsonNode(Path, Position)
{
    public override string KindName => "an object";

    /// <summary>
    /// The properties by name, for a file format that knows which names an object may have. An unknown name
    /// (with the nearest known one as a suggestion) and a repeated name are told to <paramref name="report"/>
    /// at the name, with the value's path, and left out. <paramref name="noun"/> is what the format calls a
    /// name (`key`, `property`). Names are quoted clipped and printable: they are the file's text.
    /// </summary>
    public Dictionary<string, JsonNode> PropertiesNamed(IReadOnlyCollection<string> known, string noun, Action<TextPosition, string, string> report)
    {
        var found = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var suggestion = Spelling.Suggest(property.Name, known);
                report(property.NamePosition, property.Value.Path, suggestion is null
                    ? $"unknown {noun} `{Quoted(property.Name)}`; expected one of {string.Join(", ", known.Select(name => $"`{name}`"))}"
                    : $"unknown {noun} `{Quoted(property.Name)}`; did you mean `{suggestion}`?");
            }
            else if (!found.TryAdd(property.Name, property.Value))
            {
                report(property.NamePosition, property.Value.Path, $"`{property.Name}` is given twice");
            }
        }

        return found;
    }

    /// <summary>The property <paramref name="name"/> of <paramref name="properties"/> (read by <see cref="PropertiesNamed"/>); otherwise null, after telling <paramref name="report"/> it is missing from this object.</summary>
    public JsonNode? Required(Dictionary<string, JsonNode> properties, string name, Action<JsonNode, string> report)
    {
        if (properties.TryGetValue(name, out var value))
        {
            return value;
        }

        report(this, $"`{name}` is missing");
        return null;
    }
}

internal sealed record JsonPropertyNode(string Name, TextPosition NamePosition, JsonNode Value);

internal sealed record JsonArrayNode(string Path, TextPosition Position, ImmutableArray<JsonNode> Items) : JsonNode(Path, Position)
{
    public override string KindName => "an array";
}

/// <summary>A string, with the escaped text between its quotes so that a position inside the value maps back to the file.</summary>
internal sealed record JsonStringNode(string Path, TextPosition Position, string Value, string Raw) : JsonNode(Path, Position)
{
    public override string KindName => "a string";

    /// <summary>Where the character at <paramref name="offset"/> of <see cref="Value"/> stands in the file.</summary>
    public TextPosition PositionOf(int offset)
    {
        // Walk the escaped text: `\"`, `\\`, `\n` … are two characters in the file and one in the
        // value, `\uXXXX` six and one. A string never spans lines in JSON.
        var raw = 0;
        for (var value = 0; value < offset && raw < Raw.Length; value++)
        {
            raw += Raw[raw] != '\\' ? 1 : raw + 1 < Raw.Length && Raw[raw + 1] == 'u' ? 6 : 2;
        }

        return Position with { Column = Position.Column + 1 + Math.Min(raw, Raw.Length) };
    }
}

internal sealed record JsonScalarNode(string Path, TextPosition Position, JsonTokenType Kind) : JsonNode(Path, Position)
{
    public override string KindName => Kind switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}

/// <summary>Reads JSON text into <see cref="JsonNode"/>s, or says where and why it is not JSON.</summary>
internal sealed class PositionedJsonReader
{
    private readonly byte[] utf8;
    private readonly int[] lineStarts;
    private string currentPath = "$";

    private PositionedJsonReader(byte[] utf8)
    {
        this.utf8 = utf8;
        var starts = new List<int> { 0 };
        for (var index = 0; index < utf8.Length; index++)
        {
            if (utf8[index] == (byte)'\n')
            {
                starts.Add(index + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>Reads <paramref name="text"/>; on a syntax error, <paramref name="error"/> says where, with the path reached so far.</summary>
    public static JsonNode? Read(string text, out (TextPosition Position, string Path, string Message)? error)
    {
        var reader = new PositionedJsonReader(Encoding.UTF8.GetBytes(text));
        return reader.ReadDocument(out error);
    }

    private JsonNode? ReadDocument(out (TextPosition Position, string Path, string Message)? error)
    {
        error = null;
        if (utf8.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            error = (new TextPosition(1, 1), "$", "the file is empty; expected a JSON object");
            return null;
        }

        var json = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            json.Read();
            var root = ReadValue(ref json, "$");

            // Anything after the root value is an error the reader reports on the next read.
            json.Read();
            return root;
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0);
            var bytesIn = (int)(exception.BytePositionInLine ?? 0);
            var start = lineStarts[Math.Min(line, lineStarts.Length - 1)];
            var column = Encoding.UTF8.GetCharCount(utf8, start, Math.Min(bytesIn, utf8.Length - start)) + 1;
            error = (new TextPosition(line + 1, column), currentPath, Describe(exception));
            return null;
        }
    }

    private JsonNode ReadValue(ref Utf8JsonReader json, string path)
    {
        currentPath = path;
        var position = PositionAt((int)json.TokenStartIndex);
        switch (json.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = ImmutableArray.CreateBuilder<JsonPropertyNode>();
                while (json.Read() && json.TokenType != JsonTokenType.EndObject)
                {
                    var name = json.GetString() ?? string.Empty;
                    var namePosition = PositionAt((int)json.TokenStartIndex);
                    var propertyPath = path + Segment(name);
                    currentPath = propertyPath;
                    json.Read();
                    properties.Add(new JsonPropertyNode(name, namePosition, ReadValue(ref json, propertyPath)));
                    currentPath = path;
                }

                return new JsonObjectNode(path, position, properties.ToImmutable());

            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<JsonNode>();
                while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref json, $"{path}[{items.Count}]"));
                    currentPath = path;
                }

                return new JsonArrayNode(path, position, items.ToImmutable());

            case JsonTokenType.String:
                return new JsonStringNode(path, position, json.GetString() ?? string.Empty, Encoding.UTF8.GetString(json.ValueSpan));

            default:
                return new JsonScalarNode(path, position, json.TokenType);
        }
    }

    /// <summary>A member of a JSON path: <c>.name</c> for plain names, <c>['2025-01-01']</c> otherwise.</summary>
    public static string Segment(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? "." + name
            : $"['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    private TextPosition PositionAt(int byteIndex)
    {
        var line = Array.BinarySearch(lineStarts, byteIndex);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = Encoding.UTF8.GetCharCount(utf8, lineStarts[line], byteIndex - lineStarts[line]) + 1;
        return new TextPosition(line + 1, column);
    }

    // The reader's messages end with "LineNumber: 2 | BytePositionInLine: 4.": positions are
    // printed our way, in characters, so that part goes.
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        // The reader quotes what it could not read, which may be the rest of the file, control characters and all.
        return "not valid JSON: " + DinActions.Diagnostics.PrintableText.MessageText((cut > 0 ? message[..cut] : message).TrimEnd('.', ' '), 160);
    }
}
