namespace DinActions.Syntax;

/// <summary>How a line ends.</summary>
internal enum LineBreakKind
{
    /// <summary>The line is the last one and has no line break.</summary>
    None,

    /// <summary><c>\n</c>, the canonical line break.</summary>
    LineFeed,

    /// <summary><c>\r\n</c>.</summary>
    CarriageReturnLineFeed,

    /// <summary>A lone <c>\r</c>.</summary>
    CarriageReturn,
}

/// <summary>Facts about <see cref="LineBreakKind"/>.</summary>
internal static class LineBreakKinds
{
    /// <summary>How many characters the line break takes.</summary>
    public static int Length(this LineBreakKind lineBreak) => lineBreak switch
    {
        LineBreakKind.None => 0,
        LineBreakKind.CarriageReturnLineFeed => 2,
        _ => 1,
    };
}
