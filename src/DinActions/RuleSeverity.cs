namespace DinActions;

/// <summary>
/// What a rule reports as when <see cref="ValidationOptions.RuleSeverities"/> names it: nothing, or a severity
/// other than its default. The diagnostic keeps the rule's code whatever its severity.
/// </summary>
public enum RuleSeverity
{
    /// <summary>The rule does not run and reports nothing.</summary>
    Off = 0,

    /// <summary>Its diagnostics are <see cref="DiagnosticSeverity.Info"/>.</summary>
    Info = 1,

    /// <summary>Its diagnostics are <see cref="DiagnosticSeverity.Warning"/>.</summary>
    Warning = 2,

    /// <summary>Its diagnostics are <see cref="DiagnosticSeverity.Error"/>, and the script is refused.</summary>
    Error = 3,
}
