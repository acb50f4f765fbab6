using System.Collections.Immutable;

namespace DinActions.Cli.Configuration;

/// <summary>
/// The settings one level of a <c>.dinlint.json</c> gives, the file's top level or one of its overrides;
/// null or empty where it says nothing, so that what it leaves out comes from the level below.
/// </summary>
/// <param name="Profile">The profile, when given.</param>
/// <param name="NumberingPlan">Whether numbers are checked against their country's numbering plan, when given.</param>
/// <param name="Lines">Whether every line of a file is a document of its own (a log of served actions), when given.</param>
/// <param name="Rules">Rules at another severity, or off, by code.</param>
/// <param name="Languages">TTS languages added, or changed from the catalog they are applied to, in the file's order.</param>
internal sealed record ConfigLayer(
    ValidationProfile? Profile,
    bool? NumberingPlan,
    bool? Lines,
    ImmutableDictionary<string, RuleSeverity> Rules,
    ImmutableArray<LanguageEntry> Languages)
{
    /// <summary>A level that says nothing.</summary>
    public static ConfigLayer Empty { get; } = new(null, null, null, ImmutableDictionary<string, RuleSeverity>.Empty, []);
}

/// <summary>
/// A TTS language as a configuration writes it: a new language with everything a voice needs, or a change to
/// a language the catalog has, whose fields left out stay as they are.
/// </summary>
/// <param name="Code">The code written in <c>say</c> actions.</param>
/// <param name="Status">Whether the provider speaks it today.</param>
/// <param name="Name">Its English name; the catalog's, or the code for a new language, when null.</param>
/// <param name="Scripts">The writing systems the voice reads; the catalog's when null (a new language must give them).</param>
/// <param name="Aliases">Spellings suggested as fixes; the catalog's, or none, when null.</param>
internal sealed record LanguageEntry(string Code, LanguageStatus Status, string? Name, ImmutableArray<WritingScript>? Scripts, ImmutableArray<string>? Aliases)
{
    /// <summary>The catalog with this language added, or changed where it already is.</summary>
    public LanguageCatalog ApplyTo(LanguageCatalog catalog)
    {
        var language = catalog.Find(Code) is { } existing
            ? existing with
            {
                Status = Status,
                Name = Name ?? existing.Name,
                Scripts = Scripts ?? existing.Scripts,
                Aliases = Aliases ?? existing.Aliases,
            }
            : new TtsLanguage(Code, Name ?? Code, Status, Scripts ?? [], Aliases ?? []);
        return catalog.With(language);
    }
}
