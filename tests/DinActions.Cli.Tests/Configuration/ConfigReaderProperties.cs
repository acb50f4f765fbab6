using DinActions.Cli.Configuration;
using DinActions.Tests.Properties;
using FluentAssertions;
using FsCheck.Fluent;

namespace DinActions.Cli.Tests.Configuration;

/// <summary>Any text read as a <c>.dinlint.json</c> gives settings or problems placed inside the text, never an exception.</summary>
public sealed class ConfigReaderProperties
{
    private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "grammar", "examples", "config", LintConfigFinder.FileName));

    // What edits put into the example: JSON's punctuation, the pattern characters the reader refuses, and values of every kind.
    private static readonly string[] Pieces =
        ["{", "}", "[", "]", "\"", ",", ":", " ", "\n", "\\n", "/", "//", "*", "**", "?", "\\", "..", "!", "0", "true", "null", "\"off\"", "\"x\"", "\"files\"", "é", "\u202e"];

    [Fact]
    public void An_edited_example_never_throws_and_every_problem_is_inside_the_text()
    {
        var edits =
            from count in Gen.Choose(1, 4)
            from list in Gen.ListOf(
                from at in Gen.Choose(0, Example.Length)
                from removed in Gen.Choose(0, 6)
                from piece in Gen.Elements(Pieces)
                select (At: at, Removed: removed, Piece: piece),
                count)
            select list;

        PropertyRuns.Run(Prop.ForAll(Arb.From(edits), list =>
        {
            var text = list.Aggregate(Example, (current, edit) =>
            {
                var at = Math.Min(edit.At, current.Length);
                return current[..at] + edit.Piece + current[Math.Min(current.Length, at + edit.Removed)..];
            });
            var lines = text.Split('\n');

            var problems = LintConfigReader.Read("/repo/.dinlint.json", text, out var config);

            (config is null).Should().Be(!problems.IsEmpty, "settings come exactly when there is no problem");
            foreach (var problem in problems)
            {
                var position = problem.Position!.Value;
                position.Line.Should().BeInRange(1, lines.Length, "in `{0}`", text);
                position.Column.Should().BeInRange(1, lines[position.Line - 1].Length + 1, "in `{0}`", text);
                problem.JsonPath.Should().StartWith("$");
                problem.Format(".dinlint.json").Should().NotContain("\n").And.NotContain("\r").And.NotContain("\u202e");
            }
        }));
    }
}
