namespace DinActions.Cli.Call;

/// <summary>One line of the checklist: what was checked, about what, the verdict and why.</summary>
/// <param name="Subject">What the check is about: the action URL, one mp3, the account.</param>
/// <param name="Name">The point checked, such as <c>connection</c> or <c>status</c>.</param>
/// <param name="Verdict">Pass, warn, fail or skip.</param>
/// <param name="Detail">One line saying why; may quote the server, so printers escape it.</param>
internal sealed record CheckResult(string Subject, string Name, Verdict Verdict, string Detail);
