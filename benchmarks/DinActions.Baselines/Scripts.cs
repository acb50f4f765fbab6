using System.Collections.Immutable;

namespace DinActions.Baselines;

/// <summary>Reads a script with a line parser: actions separated by <c>\n</c>, with one optional final <c>\n</c>.</summary>
public static class Scripts
{
    /// <summary>
    /// The actions of <paramref name="text"/> (<c>valid_script ::= action ( #xA action )* #xA?</c>), or
    /// default when a line is not a valid action. The number of actions is not checked: that is the
    /// validation profile's business, not the grammar's.
    /// </summary>
    public static ImmutableArray<LineAction> Parse(ILineParser parser, string text)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(text);
        var end = text.EndsWith('\n') ? text.Length - 1 : text.Length;
        var builder = ImmutableArray.CreateBuilder<LineAction>();
        var start = 0;
        while (true)
        {
            var lineEnd = text.IndexOf('\n', start, end - start);
            var line = text[start..(lineEnd < 0 ? end : lineEnd)];
            if (parser.ParseLine(line) is not { } action)
            {
                return default;
            }

            builder.Add(action);
            if (lineEnd < 0)
            {
                return builder.ToImmutable();
            }

            start = lineEnd + 1;
        }
    }
}
