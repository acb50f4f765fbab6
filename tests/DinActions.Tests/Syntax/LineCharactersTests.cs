using System.Text.RegularExpressions;
using DinActions.Syntax;
using DinActions.Tests.Properties;
using FluentAssertions;
using FsCheck.Fluent;

namespace DinActions.Tests.Syntax;

/// <summary>
/// <see cref="LineCharacters.IndexOfForbidden"/> jumps from one suspicious character to the next; these
/// tests hold it to the plain definition, one character at a time.
/// </summary>
public sealed class LineCharactersTests
{
    // Letters, blanks, tabs, controls, separators, whole surrogate pairs (emoji) and halves of them.
    private static readonly char[] Alphabet =
        ['a', ' ', '"', '\t', '\0', '\u0007', '\u001F', '\u007F', '\u0085', '\u009F', '\u00A0', '\u2028', '\u2029', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\u3000', 'ü'];

    [Theory]
    [InlineData("say en \"Hello 😀\"", -1, -1)]
    [InlineData("say en \"😀😀\u0007\"", 12, 12)]
    [InlineData("say en\t\"x\"", 6, -1)]
    [InlineData("say en \"\\uD83D\"", 8, 8)]
    [InlineData("say en \"\\uDE00\\uD83D\"", 8, 8)]
    [InlineData("say en \"😀\\uDE00\"", 10, 10)]
    [InlineData("😀\t\u2028", 2, 3)]
    public void The_first_forbidden_character_is_found_past_emoji_and_allowed_tabs(string escaped, int withoutTabs, int withTabs)
    {
        // Lone surrogates are written as escapes: they do not survive as theory data.
        var text = Regex.Unescape(escaped);

        LineCharacters.IndexOfForbidden(text).Should().Be(withoutTabs);
        LineCharacters.IndexOfForbidden(text, allowTab: true).Should().Be(withTabs);
    }

    [Fact]
    public void IndexOfForbidden_agrees_with_a_look_at_each_character()
    {
        var texts = Gen.Choose(0, 30).SelectMany(count => Gen.ArrayOf(Gen.Elements(Alphabet), count), (_, chars) => new string(chars));
        PropertyRuns.Run(Prop.ForAll(texts.ToArbitrary(), text =>
        {
            LineCharacters.IndexOfForbidden(text).Should().Be(FirstForbidden(text, allowTab: false), "in `{0}`", Escape(text));
            LineCharacters.IndexOfForbidden(text, allowTab: true).Should().Be(FirstForbidden(text, allowTab: true), "in `{0}`", Escape(text));
        }));
    }

    private static int FirstForbidden(string text, bool allowTab)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            var paired = char.IsHighSurrogate(c) ? index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                : char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(text[index - 1]);
            var forbidden = c == '\t' ? !allowTab : char.IsControl(c) || c is '\u2028' or '\u2029' || (char.IsSurrogate(c) && !paired);
            if (forbidden)
            {
                return index;
            }
        }

        return -1;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
