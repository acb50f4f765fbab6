using System.Text;
using DinActions.Diagnostics;

namespace DinActions;

/// <summary>
/// What a validation rule is: its stable code, title, default severity and help page. The same
/// descriptor feeds diagnostics, <c>din explain</c>, <c>din rules</c> and SARIF output.
/// </summary>
/// <param name="Code">The stable identifier, <c>DIN</c> and four digits; never reused for another rule.</param>
/// <param name="Title">A one-line summary of what the rule checks.</param>
/// <param name="DefaultSeverity">The severity the rule reports with.</param>
/// <param name="Description">What the rule checks and why it matters, in a short paragraph.</param>
/// <param name="BadExample">A script the rule reports.</param>
/// <param name="GoodExample">The same script, fixed.</param>
/// <param name="HowToFix">What to change, in a sentence or two.</param>
public sealed record DiagnosticDescriptor(
    string Code,
    string Title,
    DiagnosticSeverity DefaultSeverity,
    string Description,
    string BadExample,
    string GoodExample,
    string HowToFix)
{
    /// <summary>The profile the examples are meant for; most rules do not depend on it.</summary>
    public ValidationProfile ExampleProfile { get; init; } = ValidationProfile.Api;

    /// <summary>The rule's help page in Markdown: what, why, a bad and a good example, how to fix, how to silence.</summary>
    public string Help
    {
        get
        {
            var page = new StringBuilder();
            page.Append("# ").Append(Code).Append(": ").Append(Title).Append("\n\n");
            page.Append("Severity: ").Append(Diagnostic.SeverityName(DefaultSeverity));
            if (ExampleProfile != ValidationProfile.Api)
            {
                page.Append(" (examples use the `").Append(ExampleProfile.Name()).Append("` profile)");
            }

            page.Append("\n\n").Append(Description).Append("\n\n");
            page.Append("## Bad\n\n").Append(Indent(BadExample)).Append("\n\n");
            page.Append("## Good\n\n").Append(Indent(GoodExample)).Append("\n\n");
            page.Append("## How to fix\n\n").Append(HowToFix).Append("\n\n");
            page.Append("## How to silence\n\n");
            if (Code == DiagnosticCodes.ValueNotRepresentable)
            {
                // No rule reports it: the builder's round trip does, and it never sends what it cannot read back.
                page.Append("It cannot be silenced: the builder refuses a value rather than send another action.\n");
                return page.ToString();
            }

            page.Append("Write `\"").Append(Code).Append("\": \"off\"` under `rules` in `.dinlint.json` (or another severity: `info`, `warning`, `error`), ");
            page.Append("or set it in `ValidationOptions.RuleSeverities` from C#. ");
            page.Append(DefaultSeverity == DiagnosticSeverity.Error
                ? "This is an error: the cloud cannot carry the action out, so silencing it only hides a failing call."
                : "Do so only when you know the cloud accepts the action as written.");
            page.Append('\n');
            return page.ToString();
        }
    }

    // Examples are shown as written, except what a page cannot show: line breaks start an indented line,
    // and every other unsafe character (a bell, a byte order mark, a bidi override) is escaped, so that none
    // of them rings, vanishes or reorders the page.
    private static string Indent(string example) =>
        "    " + string.Join("\n    ", example.Split('\n').Select(line => PrintableText.Escape(line)));
}
