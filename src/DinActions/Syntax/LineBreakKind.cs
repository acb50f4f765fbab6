namespace DinActions.Syntax;

/// <summary>How a line ends.</summary>
public enum LineBreakKind
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
