using System.Globalization;
using System.Text;

namespace DinActions.Cli.Numbers;

/// <summary>Makes text that came from a provider or a user safe to print on one line of a terminal.</summary>
internal static class TerminalText
{
    private const int MaxLength = 200;

    /// <summary>Drops control and format characters (an escape sequence must not reach the terminal) and clips long text.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        foreach (var character in text)
        {
            if (char.IsControl(character) || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(character);
            if (builder.Length > MaxLength)
            {
                return builder.ToString(0, MaxLength) + "…";
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes rows as columns separated by two spaces, the last column unpadded.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header.ToArray() };
        all.AddRange(rows.Select(row => row.Select(Clean).ToArray()));
        var widths = Enumerable.Range(0, header.Count).Select(column => all.Max(row => row[column].Length)).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var column = 0; column < row.Length; column++)
            {
                line.Append(column == row.Length - 1 ? row[column] : row[column].PadRight(widths[column] + 2));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>A number as the provider meant it, without trailing zeros.</summary>
    public static string Amount(decimal? value) => value is { } amount ? (amount / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "-";
}
