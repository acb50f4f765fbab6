using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>
/// One validation rule: a descriptor (code, title, severity, help page) and the checks that report it.
/// A rule overrides only the levels it needs; the validator calls each for every script, line and action.
/// </summary>
internal abstract class Rule
{
    protected Rule()
    {
        // Which levels the rule checks, found once, so the validator calls only those: most rules check one.
        var type = GetType();
        ChecksScript = type.GetMethod(nameof(CheckScript))!.DeclaringType != typeof(Rule);
        ChecksLine = type.GetMethod(nameof(CheckLine))!.DeclaringType != typeof(Rule);
        ChecksAction = type.GetMethod(nameof(CheckAction))!.DeclaringType != typeof(Rule);
    }

    /// <summary>Whether the rule overrides <see cref="CheckScript"/>.</summary>
    public bool ChecksScript { get; }

    /// <summary>Whether the rule overrides <see cref="CheckLine"/>.</summary>
    public bool ChecksLine { get; }

    /// <summary>Whether the rule overrides <see cref="CheckAction"/>.</summary>
    public bool ChecksAction { get; }

    /// <summary>What the rule is, for diagnostics, documentation and SARIF.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>Checks the script as a whole.</summary>
    public virtual void CheckScript(BoundScript script, ref RuleContext context)
    {
    }

    /// <summary>Checks one physical line, blank ones included.</summary>
    public virtual void CheckLine(LineSyntax line, ref RuleContext context)
    {
    }

    /// <summary>Checks one action; greetings are checked as actions of their own.</summary>
    public virtual void CheckAction(BoundAction action, ref RuleContext context)
    {
    }
}
