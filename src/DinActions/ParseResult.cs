using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DinActions.Syntax;

namespace DinActions;

/// <summary>
/// What <see cref="ActionScript.Parse"/> found: the syntax as written (with every position), the
/// diagnostics, and the script itself when the text has no error.
/// </summary>
public sealed class ParseResult
{
    private ActionScript? script;
    private bool scriptBuilt;

    internal ParseResult(SyntaxTree syntax, ImmutableArray<Diagnostic> diagnostics)
    {
        Syntax = syntax;
        Diagnostics = diagnostics;
        HasErrors = diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>The text as written: lines, tokens and the span of every action, aligned with <see cref="ActionScript.Actions"/>.</summary>
    public SyntaxTree Syntax { get; }

    /// <summary>Every problem found, ordered by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors { get; }

    /// <summary>
    /// The script, when the text has no error; otherwise null. It is null too when rules turned off in
    /// <see cref="ValidationOptions.DisabledRules"/> hide a line that cannot be read as an action.
    /// </summary>
    public ActionScript? Script
    {
        get
        {
            // Built on first use: validation alone (a linter, a bulk audit) never pays for the values.
            if (!scriptBuilt)
            {
                script = HasErrors ? null : Build(Syntax);
                scriptBuilt = true;
            }

            return script;
        }
    }

    private static ActionScript? Build(SyntaxTree tree)
    {
        var count = 0;
        foreach (var line in tree.Lines)
        {
            if (line.Action is { } action)
            {
                if (!AstBuilder.CanBuild(action, tree.Text))
                {
                    return null;
                }

                count++;
            }
        }

        // An array of the exact size, handed over without a builder or a copy.
        var actions = new DinAction[count];
        var index = 0;
        foreach (var line in tree.Lines)
        {
            if (line.Action is { } action)
            {
                actions[index++] = AstBuilder.Build(action, tree.Text);
            }
        }

        return ActionScript.FromParser(ImmutableCollectionsMarshal.AsImmutableArray(actions));
    }
}
