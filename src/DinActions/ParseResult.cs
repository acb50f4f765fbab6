using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions;

/// <summary>
/// What <see cref="ActionScript.Parse"/> found: the diagnostics, and the script itself when the text has no
/// error. Every diagnostic carries its position; the actions carry none, so that equality compares meaning.
/// </summary>
public sealed class ParseResult
{
    private readonly BoundScript bound;
    private ActionScript? script;
    private bool scriptBuilt;

    internal ParseResult(BoundScript bound, ImmutableArray<Diagnostic> diagnostics)
    {
        this.bound = bound;
        Diagnostics = diagnostics;
        HasErrors = diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>The text as written, with every line and token: for the project's own tools.</summary>
    internal SyntaxTree Syntax => bound.Tree;

    /// <summary>Every problem found, ordered by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors { get; }

    /// <summary>
    /// The script, when the text has no error; otherwise null. It is null too when rules turned off in
    /// <see cref="ValidationOptions.DisabledRules"/>, or turned off or lowered below an error in
    /// <see cref="ValidationOptions.RuleSeverities"/>, hide a line that cannot be read as an action.
    /// </summary>
    public ActionScript? Script
    {
        get
        {
            // Built on first use: validation alone (a linter, a bulk audit) never pays for the values.
            if (!scriptBuilt)
            {
                script = HasErrors ? null : Build(bound);
                scriptBuilt = true;
            }

            return script;
        }
    }

    /// <summary>This result with one more error, and so without a script.</summary>
    internal ParseResult Refused(Diagnostic error) => new(bound, Diagnostics.Add(error));

    private static ActionScript? Build(BoundScript bound)
    {
        var count = 0;
        foreach (var line in bound.Tree.Lines)
        {
            if (bound.ActionOf(line) is { } action)
            {
                if (!ValueBuilder.CanBuild(action))
                {
                    return null;
                }

                count++;
            }
        }

        // An array of the exact size, handed over without a builder or a copy.
        var actions = new DinAction[count];
        var index = 0;
        foreach (var line in bound.Tree.Lines)
        {
            if (bound.ActionOf(line) is { } action)
            {
                actions[index++] = ValueBuilder.Build(action, bound.Text);
            }
        }

        return ActionScript.FromParser(ImmutableCollectionsMarshal.AsImmutableArray(actions));
    }
}
