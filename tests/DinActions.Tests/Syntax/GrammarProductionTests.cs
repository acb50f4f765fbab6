using System.Reflection;
using DinActions.Syntax;
using FluentAssertions;
using Pidgin;

namespace DinActions.Tests.Syntax;

/// <summary>The parser and <c>grammar/actions.ebnf</c> stay in step: one parser per surface production, same name, same rule.</summary>
public sealed class GrammarProductionTests
{
    private static readonly string Grammar = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "grammar", "actions.ebnf"));

    public static TheoryData<string, string> SurfaceProductions()
    {
        var partA = Grammar[Grammar.IndexOf("Part A: surface syntax", StringComparison.Ordinal)..Grammar.IndexOf("Part B: actions", StringComparison.Ordinal)];
        var data = new TheoryData<string, string>();
        foreach (var line in partA.Split('\n'))
        {
            var separator = line.IndexOf("::=", StringComparison.Ordinal);
            if (separator > 0 && !line.StartsWith(' '))
            {
                var comment = line.IndexOf("/*", StringComparison.Ordinal);
                var rule = comment > 0 ? line[..comment] : line;
                data.Add(line[..separator].Trim(), Normalize(rule));
            }
        }

        return data;
    }

    [Fact]
    public void The_grammar_has_both_parts_and_every_surface_production()
    {
        SurfaceProductions().Select(row => (string)row[0]).Should().BeEquivalentTo(
            "script", "bom", "line", "line_break", "blanks", "blank", "element", "word", "word_start", "word_char",
            "option", "quoted_text", "text_chars", "escape");
    }

    [Theory]
    [MemberData(nameof(SurfaceProductions))]
    public void Every_surface_production_has_a_parser_or_predicate_of_the_same_name(string production, string rule)
    {
        var name = string.Concat(production.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        var type = typeof(SyntaxTree).Assembly.GetType("DinActions.Syntax.ScriptParser")!;
        var field = type.GetField(name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);
        var predicate = type.GetMethod("Is" + name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);

        if (field is not null)
        {
            field.IsInitOnly.Should().BeTrue($"{name} is a static readonly parser");
            field.FieldType.GetGenericTypeDefinition().Should().Be(typeof(Parser<,>));
        }
        else
        {
            predicate.Should().NotBeNull($"`{production}` needs a parser field `{name}` or a predicate `Is{name}`");
            predicate!.ReturnType.Should().Be<bool>();
        }

        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Syntax", "ScriptParser.cs"));
        source.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("// ", StringComparison.Ordinal))
            .Select(line => Normalize(line[3..]))
            .Should().Contain(rule, "the parser carries its production's EBNF line as a comment");
    }

    private static string Normalize(string rule) => string.Join(' ', rule.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
