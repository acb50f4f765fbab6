using System.Collections.Immutable;
using DinActions.Cli.Call;

namespace DinActions.Cli.Testing;

/// <summary>What the target did on a scenario's call.</summary>
/// <param name="Script">The answer, when it is a valid action.</param>
/// <param name="Rule">The rule that answered, for a rules file or an action file (<c>file</c>); null for a live URL.</param>
/// <param name="Transcript">The interpreter's account of the call, one sentence a step; empty without a valid answer.</param>
/// <param name="Checks">The checks of <c>din call</c>, for a live URL; empty otherwise.</param>
/// <param name="Problem">Why there is no valid answer, or null.</param>
internal sealed record ScenarioAnswer(ActionScript? Script, string? Rule, ImmutableArray<string> Transcript, ImmutableArray<CheckResult> Checks, string? Problem)
{
    /// <summary>The lines answered, as <c>din serve</c> sends them; empty without a valid answer.</summary>
    public ImmutableArray<string> Lines => Script is null ? [] : [.. Script.ToText().Split('\n')];
}

/// <summary>One expectation that did not hold: which, why in a line, and the lines expected beside the lines found.</summary>
/// <param name="Expectation">The key of <c>expect</c>: <c>actions</c>, <c>rule</c>, <c>hears</c>, <c>transcript</c> or <c>checksPass</c>.</param>
/// <param name="Message">One line that says what differs.</param>
/// <param name="Expected">What the scenario expects.</param>
/// <param name="Actual">What the target did.</param>
internal sealed record Mismatch(string Expectation, string Message, ImmutableArray<string> Expected, ImmutableArray<string> Actual);

/// <summary>A scenario run: what the target answered and every expectation that did not hold.</summary>
internal sealed record ScenarioResult(Scenario Scenario, ScenarioAnswer Answer, ImmutableArray<Mismatch> Mismatches, TimeSpan Elapsed)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Mismatches.IsEmpty;
}

/// <summary>A whole run of a scenario file against a target.</summary>
/// <param name="ScenarioPath">The scenario file, as given.</param>
/// <param name="Target">The target, as given or as resolved from the scenario file.</param>
/// <param name="Results">One result per scenario, in the file's order.</param>
/// <param name="Elapsed">How long the run took.</param>
internal sealed record TestRun(string ScenarioPath, string Target, ImmutableArray<ScenarioResult> Results, TimeSpan Elapsed)
{
    public int Passed => Results.Count(result => result.Passed);

    public int Failed => Results.Length - Passed;
}
