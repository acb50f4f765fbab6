using System.Collections.Immutable;
using Pidgin;

namespace DinActions.Syntax;

/// <summary>
/// A script as written, with every token and where it is: the first stage of the pipeline, and the source
/// of every diagnostic's position. Parsing never fails; the binder and the rules read the tree afterwards.
/// </summary>
internal sealed class SyntaxTree
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

        return new SyntaxTree(text, result.Value.HasByteOrderMark, result.Value.Lines);
    }

    /// <summary>The text a span covers.</summary>
    public ReadOnlySpan<char> TextOf(SourceSpan span) => Text.AsSpan(span.Offset, span.Length);
}
