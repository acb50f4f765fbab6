using System.Collections.Immutable;

namespace DinActions;

/// <summary>Whether the provider's TTS speaks a language today.</summary>
public enum LanguageStatus
{
    /// <summary>Documented and working.</summary>
    Supported,

    /// <summary>Announced as paused by the provider: a <c>say</c> in it may fail.</summary>
    Paused,
}

/// <summary>A writing system, as far as TTS voices care: which letters a voice can read aloud.</summary>
public enum WritingScript
{
    /// <summary>Latin letters, with their accented forms.</summary>
    Latin,

    /// <summary>Hiragana, katakana and kanji.</summary>
    Japanese,

    /// <summary>Korean Hangul.</summary>
    Hangul,

    /// <summary>Cyrillic letters.</summary>
    Cyrillic,

    /// <summary>Greek letters.</summary>
    Greek,

    /// <summary>Arabic letters.</summary>
    Arabic,

    /// <summary>Letters of any other script.</summary>
    Other,
}

/// <summary>A TTS language the <c>say</c> action accepts.</summary>
/// <param name="Code">The code written in the action, such as <c>en</c>.</param>
/// <param name="Name">The language's English name.</param>
/// <param name="Status">Whether the provider speaks it today.</param>
/// <param name="Scripts">The writing systems the voice reads; letters of any other script draw a warning.</param>
/// <param name="Aliases">Spellings people write instead of the code (<c>jp</c>, <c>en-US</c>), suggested as fixes.</param>
public sealed record TtsLanguage(string Code, string Name, LanguageStatus Status, ImmutableArray<WritingScript> Scripts, ImmutableArray<string> Aliases)
{
    // The scripts as bits: DIN0022 asks for each letter of a text, and a search of the array each time showed in profiles.
    private readonly int readable = BitsOf(Scripts);

    /// <summary>The writing systems the voice reads; letters of any other script draw a warning.</summary>
    public ImmutableArray<WritingScript> Scripts
    {
        get;
        init
        {
            field = value;
            readable = BitsOf(value);
        }
    } = Scripts;

    /// <summary>Whether the voice reads letters of <paramref name="script"/>.</summary>
    public bool Reads(WritingScript script) =>
        (uint)script < 32 ? (readable & (1 << (int)script)) != 0 : !Scripts.IsDefault && Scripts.Contains(script);

    /// <inheritdoc/>
    public bool Equals(TtsLanguage? other) =>
        other is not null && Code == other.Code && Name == other.Name && Status == other.Status
        && Scripts.SequenceEqual(other.Scripts) && Aliases.SequenceEqual(other.Aliases);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Name, Status);

    private static int BitsOf(ImmutableArray<WritingScript> scripts)
    {
        var bits = 0;
        foreach (var script in scripts.IsDefault ? [] : scripts)
        {
            bits |= (uint)script < 32 ? 1 << (int)script : 0;
        }

        return bits;
    }
}
