namespace DinActions.Baselines;

/// <summary>
/// A parser of one action line of <c>valid_script</c> (part B of <c>grammar/actions.ebnf</c>): the line
/// without its line break, in canonical spacing (one or more spaces between tokens, nothing around
/// them). It answers the AST of a line with no error, or null for any line the core reports an error
/// on. It does not report why, and it does not tolerate what the core only warns about (tabs, blanks
/// around the action, a carriage return, a byte order mark, a blank line).
/// </summary>
public interface ILineParser
{
    /// <summary>A short name for tables.</summary>
    string Name { get; }

    /// <summary>The AST of <paramref name="line"/>, or null when the line is not a valid action.</summary>
    LineAction? ParseLine(string line);
}
