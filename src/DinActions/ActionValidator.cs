using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DinActions.Validation;

namespace DinActions;

/// <summary>
/// Validates action text and built scripts under one set of options, remembering what it has learnt: keep one
/// for the lifetime of a tool or server (<c>din lint</c>, <c>din serve</c> and the ASP.NET Core integration
/// each keep one), and share it between threads. The static methods of <see cref="ActionScript"/> give the same
/// answers without the memory.
/// </summary>
/// <remarks>
/// What it remembers is the numbering-plan answer (DIN0015) of each number seen at least twice: a log or a
/// server repeats a handful of numbers, and checking a new number takes a good part of a microsecond. The memory
/// is bounded: after about 4,096 numbers it is cleared and refills with the numbers in use.
/// </remarks>
public sealed class ActionValidator
{
    private readonly NumberingPlanMemo numberingPlan = new();

    /// <summary>A validator with <paramref name="options"/>; <see cref="ValidationOptions.Default"/> when null.</summary>
    public ActionValidator(ValidationOptions? options = null) => Options = options ?? ValidationOptions.Default;

    /// <summary>How this validator validates.</summary>
    public ValidationOptions Options { get; }

    /// <summary>How many numbering-plan answers the validator holds now; at most about 4,096.</summary>
    internal int RememberedNumbers => numberingPlan.Count;

    /// <summary>Reads and validates <paramref name="text"/>, as <see cref="ActionScript.Parse"/> does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult Parse(string text) => Pipeline.Parse(text, Options, numberingPlan);

    /// <summary>Every problem in <paramref name="text"/>, as <see cref="ActionScript.Validate(string, ValidationOptions?)"/> gives them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<Diagnostic> Validate(string text) => Pipeline.Validate(text, Options, numberingPlan);

    /// <summary>
    /// Validates a script built in code the way the cloud will read it: its canonical text, read back. A script
    /// that reads back as something else gets <c>DIN0000</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="script"/> is null.</exception>
    public ImmutableArray<Diagnostic> Validate(ActionScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Pipeline.RoundTrip(script, Options, numberingPlan).Diagnostics;
    }

    /// <summary>Checks <paramref name="script"/> as <see cref="Validate(ActionScript)"/> does, and says whether it may be sent.</summary>
    /// <returns>True when the script has no error; <paramref name="diagnostics"/> may still hold warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="script"/> is null.</exception>
    public bool TryCheck(ActionScript script, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(script);
        var result = Pipeline.RoundTrip(script, Options, numberingPlan);
        diagnostics = result.Diagnostics;
        return result.Script is not null;
    }

    /// <summary>Rewrites <paramref name="text"/> in canonical form, as <see cref="ActionScript.TryFormat"/> does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public bool TryFormat(string text, [NotNullWhen(true)] out string? formatted, out ImmutableArray<Diagnostic> diagnostics, bool trailingLineBreak = false)
    {
        formatted = Pipeline.Format(text, Options, numberingPlan, trailingLineBreak, out diagnostics);
        return formatted is not null;
    }
}
