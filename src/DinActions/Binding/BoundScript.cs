using System.Collections.Immutable;
using DinActions.Syntax;

namespace DinActions.Binding;

/// <summary>What the binder made of a syntax tree: the action of each line, and the lines that only continue a cut text.</summary>
internal sealed class BoundScript
{
    private readonly ImmutableArray<BoundAction?> actions;

    // Read once: rules ask it of every line, and a script of blank lines only has no blank line among actions.
    private readonly bool hasActions;

    // Null when no text runs over a line break, as in almost every script.
    private readonly bool[]? continued;

    internal BoundScript(SyntaxTree tree, ImmutableArray<BoundAction?> actions, bool[]? continued)
    {
        Tree = tree;
        this.actions = actions;
        this.continued = continued;
        hasActions = actions.Any(static action => action is not null);
    }

    /// <summary>The tree that was bound.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>The source text.</summary>
    public string Text => Tree.Text;

    /// <summary>
    /// The action of <paramref name="line"/>; null for a blank line, and for a line that only continues the
    /// text of the line before (<see cref="IsContinuation"/>).
    /// </summary>
    public BoundAction? ActionOf(LineSyntax line) => actions[line.Number - 1];

    /// <summary>Whether <paramref name="line"/> ends inside quoted text that the next line closes.</summary>
    public bool ContinuesOnNextLine(LineSyntax line) => continued is not null && continued[line.Number - 1];

    /// <summary>Whether <paramref name="line"/> is the rest of a quoted text that a line break cut: no action of its own.</summary>
    public bool IsContinuation(LineSyntax line) => continued is not null && line.Number > 1 && continued[line.Number - 2];

    /// <summary>
    /// Whether <paramref name="line"/> is a blank line among actions, one that goes away with its own line break
    /// (DIN0057), so that nothing else needs to mend that break. A script of one line or of blank lines only has
    /// none (it is empty, DIN0050), nor is the empty line after a final line break one.
    /// </summary>
    public bool IsBlankAmongActions(LineSyntax line)
    {
        var lines = Tree.Lines;
        var isFinalEmptyLine = line.Number == lines.Length && line.Span.Length == 0;
        return line.IsBlank && !isFinalEmptyLine && lines.Length > 1 && hasActions;
    }

    /// <summary>The actions, one per line that has one, in order.</summary>
    public IEnumerable<BoundAction> Actions
    {
        get
        {
            foreach (var action in actions)
            {
                if (action is not null)
                {
                    yield return action;
                }
            }
        }
    }
}
