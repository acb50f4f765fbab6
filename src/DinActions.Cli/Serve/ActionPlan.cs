using System.Collections.Immutable;
using System.Globalization;
using DinActions.AspNetCore;

namespace DinActions.Cli.Serve;

/// <summary>What <c>din serve</c> answers for a call at a moment: the same file every time, or the rules of a rules file.</summary>
internal abstract class ActionPlan
{
    /// <summary>The validation every answer passes: checked at start, and again by the result on every call.</summary>
    public abstract ValidationOptions Validation { get; }

    /// <summary>The script for <paramref name="call"/> at <paramref name="now"/>, and the name of the rule that chose it.</summary>
    public abstract PlannedAnswer Choose(DinCall call, DateTimeOffset now);
}

/// <summary>The script answered, and which rule chose it (for the request log).</summary>
internal sealed record PlannedAnswer(string Rule, ActionScript Script);

/// <summary>An action file: one script for every call.</summary>
internal sealed class FixedActionPlan(ActionScript script, ValidationOptions validation) : ActionPlan
{
    public override ValidationOptions Validation => validation;

    public override PlannedAnswer Choose(DinCall call, DateTimeOffset now) => new("file", script);
}

/// <summary>One special date: its own active hours, and optionally its own actions, instead of the week's.</summary>
internal sealed record SpecialDate(string? Name, ImmutableArray<TimeRange> ActiveHours, ActionScript? WhenActive, ActionScript? WhenInactive);

/// <summary>
/// A rules file, as the provider's hosted dynamic action URL works: active hours per weekday in a
/// time zone, an answer inside and one outside them, an answer for callers without a readable
/// number, and special dates that override the week.
/// </summary>
internal sealed class CallRules(
    TimeZoneInfo timeZone,
    ImmutableDictionary<DayOfWeek, ImmutableArray<TimeRange>> week,
    ActionScript whenActive,
    ActionScript whenInactive,
    ActionScript? whenAnonymous,
    ImmutableDictionary<DateOnly, SpecialDate> specialDates,
    ValidationOptions? validation = null) : ActionPlan
{
    /// <summary>Rules allow two actions per answer, as the dashboard does.</summary>
    public static ValidationOptions RulesValidation { get; } = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

    public override ValidationOptions Validation => validation ?? RulesValidation;

    public TimeZoneInfo TimeZone => timeZone;

    public override PlannedAnswer Choose(DinCall call, DateTimeOffset now)
    {
        // A hidden number and a value that is not a number are alike to the caller's rule: there
        // is no number to call back.
        if (whenAnonymous is not null && call.Caller is null)
        {
            return new PlannedAnswer("anonymous caller", whenAnonymous);
        }

        var local = TimeZoneInfo.ConvertTime(now, timeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = local.TimeOfDay;
        if (specialDates.TryGetValue(date, out var special))
        {
            var label = $"special date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(special.Name is null ? string.Empty : $" ({special.Name})")}";
            return IsActive(special.ActiveHours, time)
                ? new PlannedAnswer($"{label}: active hours", special.WhenActive ?? whenActive)
                : new PlannedAnswer($"{label}: outside active hours", special.WhenInactive ?? whenInactive);
        }

        return IsActive(week.GetValueOrDefault(local.DayOfWeek, []), time)
            ? new PlannedAnswer("active hours", whenActive)
            : new PlannedAnswer("outside active hours", whenInactive);
    }

    private static bool IsActive(ImmutableArray<TimeRange> ranges, TimeSpan time) => ranges.Any(range => range.Contains(time));
}
