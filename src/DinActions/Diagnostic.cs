using System.Globalization;

namespace DinActions;

/// <summary>A problem found in an action script: a stable code, a severity, where it is, what to do, and maybe a fix.</summary>
/// <param name="Code">The rule's stable code, e.g. <c>DIN0001</c>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Span">Where the problem is in the source text.</param>
/// <param name="Message">One line that names the problem and the fix; tokens quoted in backticks.</param>
/// <param name="Fix">A machine-applicable fix, when one is certain enough to offer.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceSpan Span, string Message, Fix? Fix = null)
{
    /// <summary>Renders <c>line:column: severity CODE: message</c>, the way compilers print.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Span.Line}:{Span.Column}: {SeverityName(Severity)} {Code}: {Message}");

    /// <summary>The lower-case word for a severity, as compilers and SARIF viewers print it.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
