namespace DinActions.Cli.Lsp.Protocol;

/// <summary><c>textDocument/publishDiagnostics</c>: every diagnostic of a document at a version.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

/// <summary>A problem as the editor shows it.</summary>
internal sealed record Diagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

/// <summary>Where a diagnostic's code is described.</summary>
internal sealed record CodeDescription(string Href);

/// <summary>The severities of <see cref="Diagnostic"/> (<c>DiagnosticSeverity</c>).</summary>
internal static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}
