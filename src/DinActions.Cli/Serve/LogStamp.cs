namespace DinActions.Cli.Serve;

/// <summary>
/// A moment as the call log stamps it, in UTC: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>. Written digit by digit, since it
/// is made once per call and the general custom-format reader costs more than the rest of the line.
/// </summary>
/// <param name="utc">The moment, in UTC.</param>
internal readonly struct LogStamp(DateTime utc) : ISpanFormattable
{
    /// <summary>How many characters a stamp has.</summary>
    public const int Length = 24;

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (destination.Length < Length)
        {
            charsWritten = 0;
            return false;
        }

        var (year, month, day) = utc;
        var time = utc.TimeOfDay;
        Digits(destination[..4], year);
        destination[4] = '-';
        Digits(destination.Slice(5, 2), month);
        destination[7] = '-';
        Digits(destination.Slice(8, 2), day);
        destination[10] = 'T';
        Digits(destination.Slice(11, 2), time.Hours);
        destination[13] = ':';
        Digits(destination.Slice(14, 2), time.Minutes);
        destination[16] = ':';
        Digits(destination.Slice(17, 2), time.Seconds);
        destination[19] = '.';
        Digits(destination.Slice(20, 3), time.Milliseconds);
        destination[23] = 'Z';
        charsWritten = Length;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => string.Create(Length, this, static (destination, stamp) => stamp.TryFormat(destination, out _, default, null));

    // Fills the whole of `destination` with the last digits of `value`, zeros in front.
    private static void Digits(Span<char> destination, int value)
    {
        for (var at = destination.Length - 1; at >= 0; at--)
        {
            destination[at] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
