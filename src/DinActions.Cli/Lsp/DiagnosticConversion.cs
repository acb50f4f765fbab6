using System.Collections.Immutable;
using P = DinActions.Cli.Lsp.Protocol;

namespace DinActions.Cli.Lsp;

/// <summary>The library's diagnostics as the protocol writes them.</summary>
internal static class DiagnosticConversion
{
    public const string Source = "din";

    public static P.Diagnostic ToLsp(DinActions.Diagnostic diagnostic, LineMap lines) => new(
        lines.RangeOf(diagnostic.Span),
        diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => P.DiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => P.DiagnosticSeverity.Warning,
            _ => P.DiagnosticSeverity.Information,
        },
        diagnostic.Code,
        new P.CodeDescription(RulePages.For(diagnostic.Code)),
        Source,
        diagnostic.Message);

    public static P.Diagnostic[] ToLsp(ImmutableArray<DinActions.Diagnostic> diagnostics, LineMap lines)
    {
        var converted = new P.Diagnostic[diagnostics.Length];
        for (var index = 0; index < converted.Length; index++)
        {
            converted[index] = ToLsp(diagnostics[index], lines);
        }

        return converted;
    }
}
