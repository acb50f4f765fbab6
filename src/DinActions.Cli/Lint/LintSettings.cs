namespace DinActions.Cli.Lint;

/// <summary>The output formats of <c>din lint</c>.</summary>
internal enum LintFormat
{
    /// <summary>Compiler-style lines with the source line and a caret under the problem.</summary>
    Text,

    /// <summary>The <c>din-lint/1</c> JSON document described in README.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code scanning and IDE viewers.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands (<c>::error file=...::message</c>), shown as annotations.</summary>
    GitHub,
}

/// <summary>Everything a <c>din lint</c> run was asked to do.</summary>
/// <param name="Paths">Files, folders, or <c>-</c>; none means standard input.</param>
/// <param name="Validation">The validation options: profile and numbering plan.</param>
/// <param name="Format">The output format.</param>
/// <param name="OutputPath">Where to write the report, or null for standard output.</param>
/// <param name="WarningsAsErrors">Whether a warning fails the run like an error.</param>
/// <param name="Lines">Whether every input line is a document of its own (an audit of served actions).</param>
internal sealed record LintSettings(
    IReadOnlyList<string> Paths,
    ValidationOptions Validation,
    LintFormat Format,
    string? OutputPath,
    bool WarningsAsErrors,
    bool Lines);
