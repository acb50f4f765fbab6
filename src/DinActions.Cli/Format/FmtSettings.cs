using DinActions.Cli.Configuration;

namespace DinActions.Cli.Format;

/// <summary>What <c>din fmt</c> does with the canonical text.</summary>
internal enum FmtMode
{
    /// <summary>Print it.</summary>
    Print,

    /// <summary>Compare it with the input and print a diff.</summary>
    Check,

    /// <summary>Replace the file with it.</summary>
    Write,
}

/// <summary>Everything a <c>din fmt</c> run was asked to do.</summary>
/// <param name="Paths">Files, folders, or <c>-</c>; none means standard input.</param>
/// <param name="CommandLine">The profile given on the command line, which wins over any configuration.</param>
/// <param name="ConfigPath">The configuration named by <c>--config</c>, or null to find each file's <c>.dinlint.json</c>.</param>
/// <param name="Mode">Print, check or rewrite.</param>
internal sealed record FmtSettings(IReadOnlyList<string> Paths, ExplicitSettings CommandLine, string? ConfigPath, FmtMode Mode);
