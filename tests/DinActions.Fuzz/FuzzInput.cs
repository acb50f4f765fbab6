using System.Runtime.InteropServices;
using System.Text;

namespace DinActions.Fuzz;

/// <summary>How the bytes afl-fuzz mutates become the strings the code under test reads.</summary>
internal static class FuzzInput
{
    /// <summary>
    /// The text of <paramref name="data"/>: UTF-8, as files and HTTP bodies are, so the seed corpus is plain
    /// text; after a UTF-16LE byte order mark, the rest as UTF-16 code units, so that lone surrogates and every
    /// other <see cref="char"/> a caller can pass in a string are reached too.
    /// </summary>
    public static string Text(ReadOnlySpan<byte> data)
    {
        if (data is [0xFF, 0xFE, .. var units])
        {
            return new string(MemoryMarshal.Cast<byte, char>(units[..(units.Length & ~1)]));
        }

        return Encoding.UTF8.GetString(data);
    }

    /// <summary>Splits <paramref name="text"/> at its first NUL into two fields, for targets that take two strings.</summary>
    public static (string First, string Second) Split(string text)
    {
        var at = text.IndexOf('\0', StringComparison.Ordinal);
        return at < 0 ? (string.Empty, text) : (text[..at], text[(at + 1)..]);
    }

    /// <summary><paramref name="text"/> in C# escapes, for a finding's message: what the fuzzer made is rarely printable.</summary>
    public static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";

    /// <summary>Whether <paramref name="text"/> holds a line break or any other control character but the tab.</summary>
    public static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c != '\t');
}
