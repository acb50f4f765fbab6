using DinActions.AspNetCore;
using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

/// <summary>Which answer a rules file gives, at the edges of active hours and across time zones.</summary>
public sealed class CallRulesTests
{
    private static readonly DinCall Known = DinCall.Read("+8180123456789", "+8150123456789");

    private const string Active = "say en \"Connecting you.\"\ntransfer +81336042000";
    private const string Inactive = "voicemail say en \"We are closed. Please leave a message.\"";

    // 2026-01-05 is a Monday. Tokyo is UTC+9 all year.
    [Theory]
    [InlineData("2026-01-05T08:59:59.999+09:00", Inactive)]
    [InlineData("2026-01-05T09:00:00+09:00", Active)]
    [InlineData("2026-01-05T11:59:59.999+09:00", Active)]
    [InlineData("2026-01-05T12:00:00+09:00", Inactive)]
    [InlineData("2026-01-05T13:00:00+09:00", Active)]
    [InlineData("2026-01-05T17:59:59.999+09:00", Active)]
    [InlineData("2026-01-05T18:00:00+09:00", Inactive)]
    [InlineData("2026-01-04T12:00:00+09:00", Inactive)]
    [InlineData("2026-01-08T12:00:00+09:00", Inactive)]
    [InlineData("2026-01-10T23:59:59.999+09:00", Active)]
    [InlineData("2026-01-11T00:00:00+09:00", Inactive)]
    public void Active_hours_start_inclusive_and_end_exclusive(string now, string expected)
    {
        Choose(Known, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).Script.ToText().Should().Be(expected);
    }

    [Theory]
    [InlineData("2026-01-04T23:59:59Z", Inactive)] // Monday 08:59:59 in Tokyo, still Sunday in UTC
    [InlineData("2026-01-05T00:00:00Z", Active)] // Monday 09:00 in Tokyo
    [InlineData("2026-01-05T09:00:00Z", Inactive)] // Monday 18:00 in Tokyo, 09:00 in UTC
    [InlineData("2026-01-05T03:59:59-05:00", Active)] // Monday 17:59:59 in Tokyo, Monday 03:59 in New York
    [InlineData("2026-01-05T04:00:00-05:00", Inactive)]
    public void Hours_are_read_in_the_rules_time_zone_whatever_the_offset_of_now(string now, string expected)
    {
        Choose(Known, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).Script.ToText().Should().Be(expected);
    }

    [Theory]
    [InlineData("2026-03-09T12:59:59Z", "outside active hours")] // Monday 08:59:59 EDT: the day after the clocks went forward
    [InlineData("2026-03-09T13:00:00Z", "active hours")] // Monday 09:00 EDT; it was 08:00 a week earlier in EST
    [InlineData("2026-03-02T13:00:00Z", "outside active hours")] // Monday 08:00 EST
    [InlineData("2026-03-02T14:00:00Z", "active hours")] // Monday 09:00 EST
    public void Daylight_saving_time_moves_active_hours_with_the_local_clock(string now, string rule)
    {
        var rules = Read(RulesFiles.Office.Replace("Asia/Tokyo", "America/New_York", StringComparison.Ordinal));

        rules.Choose(Known, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).Rule.Should().Be(rule);
    }

    [Theory]
    [InlineData("2026-01-06T09:59:00+09:00", "special date 2026-01-06 (Office party): active hours", Active)]
    [InlineData("2026-01-06T10:00:00+09:00", "special date 2026-01-06 (Office party): outside active hours", "playback https://example.com/party.mp3")]
    [InlineData("2026-01-13T10:00:00+09:00", "active hours", Active)]
    public void A_special_date_overrides_the_week(string now, string rule, string expected)
    {
        var answer = Choose(Known, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        answer.Rule.Should().Be(rule);
        answer.Script.ToText().Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("anonymous")]
    public void A_caller_without_a_readable_number_gets_the_anonymous_answer_at_any_hour(string? caller)
    {
        var answer = Choose(DinCall.Read(caller, "+8150123456789"), new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(9)));

        answer.Rule.Should().Be("anonymous caller");
        answer.Script.ToText().Should().Be("say en \"Please call again with your number shown.\"");
    }

    [Fact]
    public void Without_an_anonymous_rule_hidden_callers_follow_the_hours()
    {
        var withoutAnonymous = string.Join('\n', RulesFiles.Office.Split('\n').Where(line => !line.Contains("whenAnonymous", StringComparison.Ordinal)));

        var answer = Read(withoutAnonymous).Choose(DinCall.Read(null, "+8150123456789"), new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(9)));

        answer.Rule.Should().Be("active hours");
    }

    private static PlannedAnswer Choose(DinCall call, DateTimeOffset now) => Read(RulesFiles.Office).Choose(call, now);

    private static CallRules Read(string text)
    {
        var problems = RulesReader.Read(text, out var rules);
        problems.Should().BeEmpty();
        return rules!;
    }
}
