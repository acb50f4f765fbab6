using System.Globalization;

namespace DinActions.Cli.Serve;

/// <summary>A range of local time in a day, from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive, <c>24:00</c> at most).</summary>
internal readonly record struct TimeRange(TimeSpan Start, TimeSpan End)
{
    /// <summary>Whether <paramref name="timeOfDay"/> falls in the range: <c>09:00-18:00</c> holds 09:00 and 17:59:59.999, not 18:00.</summary>
    public bool Contains(TimeSpan timeOfDay) => timeOfDay >= Start && timeOfDay < End;

    /// <summary>Reads <c>HH:mm-HH:mm</c>, or says what is wrong with it.</summary>
    public static bool TryParse(string text, out TimeRange range, out string problem)
    {
        range = default;
        var parts = text.Split('-');
        if (parts.Length != 2 || !TryParseTime(parts[0], out var start) || !TryParseTime(parts[1], out var end))
        {
            problem = $"`{DinActions.Diagnostics.PrintableText.MessageText(text, 40)}` is not a time range; write `HH:mm-HH:mm`, such as `09:00-18:00`";
            return false;
        }

        if (start >= end)
        {
            problem = $"the range `{DinActions.Diagnostics.PrintableText.MessageText(text, 40)}` ends before it starts; a range within one day runs from an earlier to a later time (split a night across two days, ending the first at `24:00`)";
            return false;
        }

        if (start == TimeSpan.FromHours(24))
        {
            problem = $"the range `{DinActions.Diagnostics.PrintableText.MessageText(text, 40)}` starts at `24:00`; start the next day at `00:00`";
            return false;
        }

        range = new TimeRange(start, end);
        problem = string.Empty;
        return true;
    }

    public override string ToString() =>
        $"{(int)Start.TotalHours:D2}:{Start.Minutes:D2}-{(int)End.TotalHours:D2}:{End.Minutes:D2}";

    private static bool TryParseTime(string text, out TimeSpan time)
    {
        time = default;
        if (text.Length != 5 || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        {
            return false;
        }

        time = new TimeSpan(hours, minutes, 0);
        return true;
    }
}
