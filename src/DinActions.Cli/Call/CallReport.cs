using System.Collections.Immutable;

namespace DinActions.Cli.Call;

/// <summary>Everything <c>din call</c> found: the request sent, the checklist, the action's diagnostics and the simulated call.</summary>
/// <param name="Request">The URL requested, exactly as sent.</param>
/// <param name="PlusNote">The one explanation of the literal <c>+</c>.</param>
/// <param name="Checks">The checklist, in the order checked.</param>
/// <param name="Diagnostics">What the parser and validator found in the answer, with positions.</param>
/// <param name="Call">The call as the cloud would carry it out, when the answer is a valid action.</param>
/// <param name="Script">The answer, when it is a valid action (what <c>din test</c> compares with the lines expected).</param>
internal sealed record CallReport(Uri Request, string PlusNote, ImmutableArray<CheckResult> Checks, ImmutableArray<Diagnostic> Diagnostics, SimulatedCall? Call, ActionScript? Script)
{
    /// <summary>Whether any check failed: the exit code is then 1.</summary>
    public bool Failed => Checks.Any(check => check.Verdict == Verdict.Fail);

    /// <summary>How many checks had <paramref name="verdict"/>.</summary>
    public int Count(Verdict verdict) => Checks.Count(check => check.Verdict == verdict);
}

/// <summary>A call run through the interpreter: the transcript, the same in plain words, and how it ended.</summary>
/// <param name="Events">The recording channel's transcript.</param>
/// <param name="Description">The describing channel's sentences.</param>
/// <param name="Outcome">How the script's control of the call ended.</param>
internal sealed record SimulatedCall(ImmutableArray<CallEvent> Events, ImmutableArray<string> Description, CallOutcome Outcome);
