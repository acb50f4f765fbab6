using System.Collections.Immutable;
using DinActions.AspNetCore;
using DinActions.Cli.Call;
using DinActions.Cli.Serve;

namespace DinActions.Cli.Testing;

/// <summary>What answers a scenario's call: a file as <c>din serve</c> would serve it, or a live action URL.</summary>
internal abstract class TestTarget
{
    /// <summary>Places the call of <paramref name="scenario"/> and records what happened.</summary>
    public abstract Task<ScenarioAnswer> AnswerAsync(Scenario scenario, CancellationToken cancellationToken);

    /// <summary>The interpreter's account of <paramref name="script"/> on <paramref name="call"/>, one sentence a step.</summary>
    protected static async Task<ImmutableArray<string>> TranscriptAsync(ActionScript script, CallContext call, CancellationToken cancellationToken)
    {
        var describing = new DescribingCallChannel();
        await CallInterpreter.RunAsync(script, describing, call, cancellationToken).ConfigureAwait(false);
        return describing.Lines;
    }
}

/// <summary>A rules file or an action file, answered by the plan <c>din serve</c> would serve, at the scenario's hour.</summary>
internal sealed class PlanTarget(ActionPlan plan) : TestTarget
{
    // An action file answers alike at every hour; any moment will do for it.
    private static readonly DateTimeOffset AnyMoment = DateTimeOffset.UnixEpoch;

    public override async Task<ScenarioAnswer> AnswerAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var answer = plan.Choose(DinCall.Read(scenario.Caller, scenario.Recipient), scenario.At ?? AnyMoment);
        var transcript = await TranscriptAsync(answer.Script, scenario.Call, cancellationToken).ConfigureAwait(false);
        return new ScenarioAnswer(answer.Script, answer.Rule, transcript, [], null);
    }
}

/// <summary>A live action URL, requested and checked by <c>din call</c>'s checker, as the cloud requests it.</summary>
internal sealed class UrlTarget(Uri actionUrl, TimeSpan timeout, ValidationProfile profile) : TestTarget
{
    public override async Task<ScenarioAnswer> AnswerAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var settings = new CallSettings(actionUrl, scenario.Caller, scenario.Recipient, timeout, profile, CallOutputFormat.Text);
        if (await CallChecker.RunWithinLimitAsync(settings, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return new ScenarioAnswer(null, null, [], [], $"stopped after {ActionUrlChecks.Seconds(settings.RunLimit)}, the limit of a call's checks");
        }

        var problem = report.Script is null
            ? report.Checks.FirstOrDefault(check => check.Verdict == Verdict.Fail) is { } failed
                ? $"no valid action was answered ({failed.Name}: {failed.Detail})"
                : "no valid action was answered"
            : null;
        return new ScenarioAnswer(report.Script, null, report.Call?.Description ?? [], report.Checks, problem);
    }
}
