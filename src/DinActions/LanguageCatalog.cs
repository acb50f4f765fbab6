using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using DinActions.Diagnostics;

namespace DinActions;

/// <summary>
/// The TTS languages <c>say</c> accepts, with each one's status. <see cref="Default"/> is read from the
/// library's one data file (<c>tts-languages.json</c>); <see cref="With"/> extends it for a provider
/// that speaks more languages.
/// </summary>
public sealed class LanguageCatalog
{
    private static readonly Lazy<LanguageCatalog> DefaultCatalog = new(LoadDefault);

    private readonly FrozenDictionary<string, TtsLanguage> byCode;

    // Looks a code up where it is written in the line, without copying it into a string first.
    private readonly FrozenDictionary<string, TtsLanguage>.AlternateLookup<ReadOnlySpan<char>> byWrittenCode;

    private LanguageCatalog(ImmutableArray<TtsLanguage> languages)
    {
        Languages = languages;
        byCode = languages.ToFrozenDictionary(language => language.Code, StringComparer.Ordinal);
        byWrittenCode = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The provider's documented languages: <c>ja</c>, <c>en</c>, and <c>id</c> (paused).</summary>
    public static LanguageCatalog Default => DefaultCatalog.Value;

    /// <summary>Every language, in the order of the data file.</summary>
    public ImmutableArray<TtsLanguage> Languages { get; }

    /// <summary>A catalog with <paramref name="language"/> added, or replacing the language of the same code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public LanguageCatalog With(TtsLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Find(language.Code) is { } existing
            ? new LanguageCatalog(Languages.Replace(existing, language))
            : new LanguageCatalog(Languages.Add(language));
    }

    /// <summary>The language with exactly this code (codes are case-sensitive, as the cloud reads them).</summary>
    public TtsLanguage? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The language whose code is <paramref name="code"/>, as written in a line.</summary>
    internal TtsLanguage? Find(ReadOnlySpan<char> code) => byWrittenCode.TryGetValue(code, out var language) ? language : null;

    /// <summary>The code <paramref name="written"/> most likely means: a known alias, a case slip, a region suffix or a typo.</summary>
    public string? Suggest(string written)
    {
        foreach (var language in Languages)
        {
            if (language.Aliases.Contains(written, StringComparer.OrdinalIgnoreCase))
            {
                return language.Code;
            }
        }

        var separator = written.AsSpan().IndexOfAny('-', '_');
        if (separator > 0 && Find(written[..separator].ToLowerInvariant()) is { } regional)
        {
            return regional.Code;
        }

        return Spelling.Suggest(written, Languages.Select(language => language.Code));
    }

    /// <summary>Reads a catalog from JSON in the format of the library's <c>tts-languages.json</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The JSON does not describe languages; the message says where.</exception>
    public static LanguageCatalog FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var languages = ImmutableArray.CreateBuilder<TtsLanguage>();
            var index = 0;
            foreach (var element in document.RootElement.GetProperty("languages").EnumerateArray())
            {
                languages.Add(ReadLanguage(element, $"$.languages[{index++}]"));
            }

            return new LanguageCatalog(languages.ToImmutable());
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"Not a language catalog: {exception.Message}", exception);
        }
    }

    private static TtsLanguage ReadLanguage(JsonElement element, string path)
    {
        var code = element.GetProperty("code").GetString() ?? throw new FormatException($"{path}.code is null.");
        var name = element.GetProperty("name").GetString() ?? code;
        var status = element.GetProperty("status").GetString() switch
        {
            "supported" => LanguageStatus.Supported,
            "paused" => LanguageStatus.Paused,
            var other => throw new FormatException($"{path}.status is `{other}`; expected `supported` or `paused`."),
        };
        var scripts = element.GetProperty("scripts").EnumerateArray()
            .Select(script => Enum.TryParse<WritingScript>(script.GetString(), out var parsed)
                ? parsed
                : throw new FormatException($"{path}.scripts has the unknown script `{script.GetString()}`."))
            .ToImmutableArray();
        var aliases = element.TryGetProperty("aliases", out var aliasArray)
            ? aliasArray.EnumerateArray().Select(alias => alias.GetString() ?? string.Empty).ToImmutableArray()
            : [];
        return new TtsLanguage(code, name, status, scripts, aliases);
    }

    private static LanguageCatalog LoadDefault()
    {
        using var stream = typeof(LanguageCatalog).Assembly.GetManifestResourceStream("DinActions.tts-languages.json")
            ?? throw new InvalidOperationException("The embedded TTS language list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
