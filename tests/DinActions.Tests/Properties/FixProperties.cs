using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;

namespace DinActions.Tests.Properties;

/// <summary>
/// The fixes of one document, applied all at once, as an editor's "fix all" or a linter's <c>--fix</c> applies them:
/// they never overlap, the result validates like any text, and fixing again and again comes to rest.
/// </summary>
public sealed class FixProperties
{
    /// <summary>More rounds than any chain of fixes needs: a fix may reveal another (a quote-like pair made ASCII, then its language).</summary>
    private const int MaxRounds = 6;

    /// <summary>Lines that draw the fixes people need most: misspelt names, quote-like marks, the colon form, punctuated numbers, stray blanks and breaks.</summary>
    private static readonly string[] FixableLines =
    [
        "say en 'Hello'", "say en “Hello”", "say en ‘Hello’", "say ja ＂こんにちは＂", "say en «Hello»", "say en Hello",
        "say:営業時間外です。", "say:Hello", "playback:https://example.com/a.mp3", "transfer:+81336042000", "voicemail:",
        "transfer +81 (0)3-3604-2000", "transfer +44 (0)20 7946 0000", "transfer +81-3-3604-2000", "transfer 03-3604-2000",
        "transfer +81336042000 --caller +819012345678", "transfer +81336042000 --Caller=+819012345678",
        "Say en \"Hello\"", "playbak https://example.com/a.mp3", "voicemial", "  voicemail  ", "say  en\t\"Hello\"",
        "say EN \"Hello\"", "say jp \"こんにちは\"", "say en \"Hello", "playback https://example.com/a.MP3", "\uFEFFvoicemail",
        "", " ", "\t",
    ];

    private static readonly string[] Breaks = ["\n", "\n", "\r\n", "\r\n", "\r", string.Empty];

    private static Gen<string> FixableText =>
        from count in Gen.Choose(1, 4)
        from lines in Gen.ArrayOf(Gen.Frequency((3, Gen.Elements(FixableLines)), (1, Generators.NoisyValidText)), count)
        from breaks in Gen.ArrayOf(Gen.Elements(Breaks), count)
        select string.Concat(lines.Zip(breaks, string.Concat));

    private static Gen<string> Texts => Gen.Frequency(
        (3, FixableText), (1, Generators.AnyText), (2, Generators.MutatedText), (2, Generators.NoisyValidText));

    [Fact]
    public void Every_fix_of_a_document_applies_at_once_without_overlapping_another_and_fixing_again_comes_to_rest()
    {
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(Texts), text => Generators.Guard(text, () =>
        {
            FixUntilAtRest(text, ValidationOptions.Default with { CheckNumberingPlan = false });
            FixUntilAtRest(text, Generators.Dashboard);
        })));
    }

    [Theory]
    [InlineData("voicemail\r\n\r\n")]
    [InlineData("voicemail\r\n \r\n")]
    [InlineData("say en 'Hello'\r\n\r\n")]
    [InlineData("say:営業時間外です。\r\n")]
    [InlineData("transfer +81 (0)3-3604-2000 --caller +819012345678")]
    public void The_fixes_of_a_document_people_write_apply_at_once_and_leave_a_valid_script(string text)
    {
        var fixedText = FixUntilAtRest(text, ValidationOptions.Default with { CheckNumberingPlan = false });

        ActionScript.Parse(fixedText).HasErrors.Should().BeFalse($"every error of {Generators.Show(text)} has a fix, and {Generators.Show(fixedText)} is what they write");
    }

    [Theory]
    [InlineData("laybak 3\tl", "playback 3%09l")]
    [InlineData("ay d \"\"\"", "say d \"\"")]
    [InlineData("playback \"\"\\", "playback \"\"")]
    [InlineData("transfer +81336042000 +819012345678\t", "transfer +81336042000 --caller=+819012345678")]
    public void Fixes_that_would_edit_the_same_characters_or_undo_each_other_leave_one_to_apply(string text, string expected)
    {
        // An error's fix that rewrites a tab goes before the warning about the tab; removing a stray quote goes
        // before closing it; a URL joined with what follows only when a blank separates them.
        FixUntilAtRest(text, ValidationOptions.Default with { CheckNumberingPlan = false }).Should().Be(expected);
    }

    private static string FixUntilAtRest(string text, ValidationOptions options)
    {
        var current = text;
        for (var round = 0; round < MaxRounds; round++)
        {
            var edits = ActionScript.Validate(current, options)
                .Where(diagnostic => diagnostic.Fix is not null)
                .Select(diagnostic => (diagnostic.Code, diagnostic.Fix!.Edit))
                .OrderBy(fix => fix.Edit.Span.Offset)
                .ThenBy(fix => fix.Edit.Span.Length)
                .ToArray();
            if (edits.Length == 0)
            {
                return current;
            }

            foreach (var (code, edit) in edits)
            {
                current.AsSpan(edit.Span.Offset, edit.Span.Length).SequenceEqual(edit.NewText).Should().BeFalse(
                    $"the fix of {code} in {Generators.Show(current)} must change the text it edits");
            }

            ShouldNotOverlap(current, edits);
            current = ApplyAll(current, edits.Select(fix => fix.Edit));
        }

        var left = ActionScript.Validate(current, options).Where(diagnostic => diagnostic.Fix is not null).Select(diagnostic => diagnostic.Code);
        throw new Xunit.Sdk.XunitException(
            $"{Generators.Show(text)} still has fixes after {MaxRounds} rounds ({string.Join(", ", left)}): {Generators.Show(current)}");
    }

    private static void ShouldNotOverlap(string text, (string Code, TextEdit Edit)[] sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            var (previousCode, previous) = sorted[i - 1];
            var (code, edit) = sorted[i];
            // Sharing a character, two insertions at one place, or an insertion where the other edit ends: the two
            // would edit the same text. An insertion where the other edit starts goes before it.
            var overlaps = edit.Span.Offset < previous.Span.End
                || (edit.Span.Offset == previous.Span.End && edit.Span.Length == 0);
            overlaps.Should().BeFalse(
                $"the fixes of {previousCode} ({previous.Span.Offset}+{previous.Span.Length}) and {code} ({edit.Span.Offset}+{edit.Span.Length}) in {Generators.Show(text)} must not touch the same characters");
        }
    }

    private static string ApplyAll(string text, IEnumerable<TextEdit> sortedEdits)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in sortedEdits)
        {
            builder.Append(text, position, edit.Span.Offset - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
