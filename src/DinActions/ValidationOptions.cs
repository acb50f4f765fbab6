using System.Collections.Immutable;

namespace DinActions;

/// <summary>How to validate: the profile, the TTS languages, the numbering-plan check, and the rules turned off or reported at another severity.</summary>
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

    /// <summary>
    /// Rules reported at another severity than their default, or not run at all (<see cref="RuleSeverity.Off"/>),
    /// by code (case-insensitive unless the dictionary says otherwise): <c>DIN0041</c> as an error, <c>DIN0058</c> off.
    /// A rule lowered below an error no longer refuses the script, though <see cref="ParseResult.Script"/> stays
    /// null when a line cannot be read as an action. Codes of no rule are ignored, as in <see cref="DisabledRules"/>,
    /// which wins over this.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="RuleSeverity"/>.</exception>
    public ImmutableDictionary<string, RuleSeverity> RuleSeverities
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var (code, severity) in value)
            {
                if (!Enum.IsDefined(severity))
                {
                    throw new ArgumentOutOfRangeException(nameof(value), severity, $"The severity of `{code}` is not a {nameof(RuleSeverity)}.");
                }
            }

            field = value;
        }
    } = ImmutableDictionary.Create<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The severity <paramref name="descriptor"/>'s rule reports at under these options, or null when it is off.</summary>
    internal DiagnosticSeverity? SeverityOf(DiagnosticDescriptor descriptor)
    {
        if (!DisabledRules.IsEmpty && DisabledRules.Contains(descriptor.Code))
        {
            return null;
        }

        if (RuleSeverities.IsEmpty || !RuleSeverities.TryGetValue(descriptor.Code, out var configured))
        {
            return descriptor.DefaultSeverity;
        }

        return configured switch
        {
            RuleSeverity.Info => DiagnosticSeverity.Info,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            RuleSeverity.Error => DiagnosticSeverity.Error,
            _ => null,
        };
    }
}
