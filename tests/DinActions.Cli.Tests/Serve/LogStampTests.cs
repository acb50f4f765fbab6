using System.Globalization;
using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

public sealed class LogStampTests
{
    public static TheoryData<DateTime> Edges => new()
    {
        DateTime.MinValue,
        DateTime.MaxValue,
        new DateTime(2028, 2, 29, 23, 59, 59, 999, DateTimeKind.Utc),
        new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(999, 12, 31, 9, 5, 7, 40, DateTimeKind.Utc),
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void An_edge_of_the_calendar_is_stamped_as_the_custom_format_writes_it(DateTime moment) =>
        new LogStamp(moment).ToString().Should().Be(moment.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));

    [Fact]
    public void Any_moment_is_stamped_as_the_custom_format_writes_it()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 20_000; i++)
        {
            var moment = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
            new LogStamp(moment).ToString().Should().Be(moment.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void A_stamp_in_an_interpolated_line_is_the_same_stamp()
    {
        var moment = new DateTime(2026, 12, 3, 13, 14, 2, 7, DateTimeKind.Utc);

        string.Create(CultureInfo.InvariantCulture, $"{new LogStamp(moment)} info").Should().Be("2026-12-03T13:14:02.007Z info");
    }

    [Fact]
    public void A_destination_too_short_for_a_stamp_is_left_unwritten()
    {
        var destination = new char[LogStamp.Length - 1];

        new LogStamp(DateTime.UnixEpoch).TryFormat(destination, out var written, default, null).Should().BeFalse();
        written.Should().Be(0);
        destination.Should().OnlyContain(c => c == '\0');
    }
}
