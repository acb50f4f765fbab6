using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>
/// One validation rule: a descriptor (code, title, severity, help page) and the checks that report it.
/// A rule overrides only the levels it needs; the validator calls each for every script, line and action.
/// </summary>
internal abstract class Rule
{
    /// <summary>What the rule is, for diagnostics, documentation and SARIF.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>Checks the script as a whole.</summary>
    public virtual void CheckScript(SyntaxTree tree, RuleContext context)
    {
    }

    /// <summary>Checks one physical line, blank ones included.</summary>
    public virtual void CheckLine(LineSyntax line, RuleContext context)
    {
    }

    /// <summary>Checks one action; greetings are checked as actions of their own.</summary>
    public virtual void CheckAction(ActionSyntax action, RuleContext context)
    {
    }
}
