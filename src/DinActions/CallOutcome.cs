using System.Collections.Immutable;

namespace DinActions;

/// <summary>What <see cref="CallInterpreter.RunAsync"/> did with a call.</summary>
/// <param name="Ending">How the script's control of the call ended.</param>
/// <param name="NotRun">
/// The actions after a <c>transfer</c> or <c>voicemail</c>, which never run because the call was no
/// longer the script's (rule DIN0052 warns about them); empty for most scripts.
/// </param>
public sealed record CallOutcome(CallEnding Ending, ImmutableArray<DinAction> NotRun)
{
    /// <summary>Outcomes are equal when they end the same way and leave the same actions unrun.</summary>
    public bool Equals(CallOutcome? other) => other is not null && Ending == other.Ending && NotRun.SequenceEqual(other.NotRun);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Ending, NotRun.Length);
}
