using System.Collections.Immutable;

namespace DinActions;

/// <summary>How to validate: the profile, the TTS languages, the numbering-plan check and the rules turned off.</summary>
public sealed record ValidationOptions
{
    /// <summary>The <see cref="ValidationProfile.Api"/> profile, the default languages, every rule on.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Where the script is used; decides how many actions it may hold. <see cref="ValidationProfile.Api"/> by default.</summary>
    public ValidationProfile Profile { get; init; } = ValidationProfile.Api;

    /// <summary>
    /// Whether numbers are checked against their country's numbering plan (libphonenumber), beyond
    /// E.164 syntax. On by default; the check allocates, so bulk tools may turn it off.
    /// </summary>
    public bool CheckNumberingPlan { get; init; } = true;

    /// <summary>The TTS languages <c>say</c> accepts; <see cref="LanguageCatalog.Default"/> unless extended.</summary>
    public LanguageCatalog Languages { get; init; } = LanguageCatalog.Default;

    /// <summary>Codes of rules not to run, such as <c>DIN0041</c>.</summary>
    public ImmutableHashSet<string> DisabledRules { get; init; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);
}
