using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>
/// One validation rule: a descriptor (code, title, severity, help page) and the check that reports it.
/// A rule checks at one level, named by the base class it derives from: <see cref="ScriptRule"/>,
/// <see cref="LineRule"/> or <see cref="ActionRule"/>. The level is part of the rule's type rather than
/// found by reflection, so the validator's lists are known when the library is compiled, and trimmed or
/// native builds keep every rule.
/// </summary>
internal abstract class Rule
{
    // Only the three level classes below derive from Rule directly.
    private protected Rule()
    {
    }

    /// <summary>What the rule is, for diagnostics, documentation and SARIF.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }
}

/// <summary>A rule that checks the script as a whole, once per validation.</summary>
internal abstract class ScriptRule : Rule
{
    /// <summary>Checks the script as a whole.</summary>
    public abstract void CheckScript(BoundScript script, ref RuleContext context);
}

/// <summary>A rule that checks each physical line, blank ones included.</summary>
internal abstract class LineRule : Rule
{
    /// <summary>Checks one physical line.</summary>
    public abstract void CheckLine(LineSyntax line, ref RuleContext context);
}

/// <summary>A rule that checks each action; greetings are checked as actions of their own.</summary>
internal abstract class ActionRule : Rule
{
    /// <summary>Checks one action.</summary>
    public abstract void CheckAction(BoundAction action, ref RuleContext context);
}
