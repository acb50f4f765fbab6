using System.Collections.Immutable;
using DinActions.Cli.Json;

namespace DinActions.Cli.Testing;

/// <summary>What <c>din test</c> runs scenarios against; told apart by how the target is written.</summary>
internal enum TargetKind
{
    /// <summary>A rules file (<c>*.json</c>), as <c>din serve</c> serves it.</summary>
    RulesFile,

    /// <summary>An action file: the same answer to every call.</summary>
    ActionFile,

    /// <summary>A live action URL (<c>http://</c> or <c>https://</c>), requested as the cloud requests it.</summary>
    ActionUrl,
}

/// <summary>A scenario file, read and validated: the target it names, if any, and its scenarios in order.</summary>
/// <param name="Target">The <c>target</c> the file names (relative to the file), or null.</param>
/// <param name="Scenarios">At least one scenario, names unique.</param>
internal sealed record ScenarioFile(string? Target, ImmutableArray<Scenario> Scenarios);

/// <summary>One call and what must happen on it.</summary>
/// <param name="Name">The scenario's name, unique in its file.</param>
/// <param name="Caller">The caller's number, or null for a hidden number.</param>
/// <param name="Recipient">The number called.</param>
/// <param name="At">When the call comes in (rules files only; their answer depends on the hour).</param>
/// <param name="Expect">What must happen.</param>
/// <param name="Position">Where the scenario starts in its file.</param>
internal sealed record Scenario(string Name, string? Caller, string Recipient, DateTimeOffset? At, Expectations Expect, TextPosition Position)
{
    /// <summary>The call as the interpreter takes it.</summary>
    public CallContext Call => new(Caller, Recipient);
}

/// <summary>What must happen on a call; at least one is given.</summary>
/// <param name="Actions">The exact action lines answered, in canonical form.</param>
/// <param name="Rule">The rule of a rules file that answered, as <c>din serve</c> logs it.</param>
/// <param name="Hears">Parts of the transcript, each of which must appear in it.</param>
/// <param name="Transcript">The whole transcript, sentence by sentence.</param>
/// <param name="ChecksPass">Whether every check of <c>din call</c> must pass (no check fails; warnings allowed).</param>
internal sealed record Expectations(ImmutableArray<string>? Actions, string? Rule, ImmutableArray<string> Hears, ImmutableArray<string>? Transcript, bool ChecksPass);
