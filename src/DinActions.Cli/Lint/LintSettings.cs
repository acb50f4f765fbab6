using DinActions.Cli.Configuration;

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
/// <param name="CommandLine">The profile, numbering plan and <c>--lines</c> given on the command line, which win over any configuration.</param>
/// <param name="ConfigPath">The configuration named by <c>--config</c>, or null to find each file's <c>.dinlint.json</c>.</param>
/// <param name="PrintConfigPath">The file whose settings <c>--print-config</c> prints instead of linting, or null.</param>
/// <param name="Format">The output format.</param>
/// <param name="OutputPath">Where to write the report, or null for standard output.</param>
/// <param name="WarningsAsErrors">Whether a warning fails the run like an error.</param>
internal sealed record LintSettings(
    IReadOnlyList<string> Paths,
    ExplicitSettings CommandLine,
    string? ConfigPath,
    string? PrintConfigPath,
    LintFormat Format,
    string? OutputPath,
    bool WarningsAsErrors);
