using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Pidgin;

namespace DinActions.Syntax;

/// <summary>
/// A script as written, with every token and where it is: the input of validation and the source of
/// every diagnostic's position. Parsing never fails; problems are found by the rules afterwards.
/// </summary>
public sealed class SyntaxTree
{
    private SyntaxTree(string text, bool hasByteOrderMark, ImmutableArray<LineSyntax> lines)
    {
        Text = text;
        HasByteOrderMark = hasByteOrderMark;
        Lines = lines;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>Whether the text starts with a byte order mark (U+FEFF).</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>Every physical line, blank ones included; a text has at least one line.</summary>
    public ImmutableArray<LineSyntax> Lines { get; }

    /// <summary>The actions, one per non-blank line, in order.</summary>
    public IEnumerable<ActionSyntax> Actions
    {
        get
        {
            foreach (var line in Lines)
            {
                if (line.Action is { } action)
                {
                    yield return action;
                }
            }
        }
    }

    /// <summary>Parses <paramref name="text"/> into its lines and tokens. Never fails for any string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static SyntaxTree Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ScriptParser.Script.Parse(text);
        if (!result.Success)
        {
            // The surface grammar accepts every string; reaching this is a defect in the grammar, not bad input.
            throw new InvalidOperationException(
                $"Internal error: the surface grammar rejected its input at offset {result.Error?.ErrorOffset}.");
        }

        var raw = result.Value;
        // Arrays of the exact size, handed over as immutable arrays without a builder or a copy.
        var lines = new LineSyntax[raw.Rest.Length + 1];
        var current = raw.First;
        for (var index = 0; index <= raw.Rest.Length; index++)
        {
            var lineBreak = index < raw.Rest.Length ? raw.Rest[index].PrecedingBreak : LineBreakKind.None;
            lines[index] = BuildLine(text, index + 1, current, lineBreak);
            if (index < raw.Rest.Length)
            {
                current = raw.Rest[index].Line;
            }
        }

        return new SyntaxTree(text, raw.HasByteOrderMark, ImmutableCollectionsMarshal.AsImmutableArray(lines));
    }

    private static LineSyntax BuildLine(string text, int number, RawLine raw, LineBreakKind lineBreak)
    {
        // A byte order mark is not part of the first line's text, but columns still count it, like offsets do.
        var lineStart = number == 1 ? 0 : raw.Start;
        SourceSpan SpanOf(int offset, int length) => new(offset, length, number, offset - lineStart + 1);

        // The parser's tokens are already right for the first line; on the others, the line and column change.
        var tokens = raw.Tokens;
        if (number > 1)
        {
            for (var index = 0; index < tokens.Length; index++)
            {
                ref var token = ref tokens[index];
                token = token with { Span = SpanOf(token.Span.Offset, token.Span.Length) };
            }
        }

        var built = ImmutableCollectionsMarshal.AsImmutableArray(tokens);
        var action = built.IsEmpty ? null : Binder.Bind(text, built, 0, isGreeting: false);
        return new LineSyntax(number, SpanOf(lineStart, raw.End - lineStart), lineBreak, built, action);
    }
}
