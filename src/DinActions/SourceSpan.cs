namespace DinActions;

/// <summary>
/// A range of source text: a zero-based <see cref="Offset"/> and <see cref="Length"/> in UTF-16 code
/// units, and the one-based <see cref="Line"/> and <see cref="Column"/> where it starts.
/// </summary>
/// <remarks>A span never crosses a line break, so it ends on <see cref="Line"/> at <see cref="EndColumn"/>.</remarks>
/// <param name="Offset">Zero-based offset of the first character.</param>
/// <param name="Length">Number of UTF-16 code units covered; zero for a position between characters.</param>
/// <param name="Line">One-based line of the first character.</param>
/// <param name="Column">One-based column of the first character, counted in UTF-16 code units.</param>
public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column)
{
    /// <summary>The zero-based offset just past the span.</summary>
    public int End => Offset + Length;

    /// <summary>The one-based column just past the span, on <see cref="Line"/>.</summary>
    public int EndColumn => Column + Length;

    /// <summary>The span from the start of this one to the end of <paramref name="last"/>, which is on the same line.</summary>
    internal SourceSpan To(SourceSpan last) => this with { Length = last.End - Offset };

    /// <summary>Renders the start as <c>line:column</c>.</summary>
    public override string ToString() => $"{Line}:{Column}";
}
