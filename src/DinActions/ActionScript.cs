using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using DinActions.Emit;

namespace DinActions;

/// <summary>
/// An action script: the actions an action URL answers with, one per line, in order. The entry point
/// of the library: <see cref="Parse"/> reads and validates text, <see cref="Validate(string, ValidationOptions?)"/>
/// lists its problems, <see cref="Format"/> rewrites it in canonical form, and <see cref="ToText"/>
/// writes a script built in code.
/// </summary>
public sealed record ActionScript
{
    /// <summary>A script of <paramref name="actions"/>, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="actions"/> or one of its items is null.</exception>
    public ActionScript(params IEnumerable<DinAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        Actions = [.. actions];
        foreach (var action in Actions)
        {
            ArgumentNullException.ThrowIfNull(action, nameof(actions));
        }
    }

    // The parser's actions, none null, are taken as they are: no copy, no check.
    private ActionScript(ImmutableArray<DinAction> parsed, bool fromParser)
    {
        Debug.Assert(fromParser, "Only the parser hands over its actions unchecked.");
        Actions = parsed;
    }

    /// <summary>A script of the actions the parser built.</summary>
    internal static ActionScript FromParser(ImmutableArray<DinAction> parsed) => new(parsed, fromParser: true);

    /// <summary>The actions, in the order they run.</summary>
    public ImmutableArray<DinAction> Actions { get; }

    /// <summary>Reads and validates <paramref name="text"/>. Never throws for any string: problems are diagnostics.</summary>
    /// <param name="text">The action text, one action per line.</param>
    /// <param name="options">How to validate; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult Parse(string text, ValidationOptions? options = null) =>
        Pipeline.Parse(text, options ?? ValidationOptions.Default, numberingPlan: null);

    /// <summary>Reads <paramref name="text"/> into a script when it has no error.</summary>
    /// <returns>True when the text has no error; <paramref name="diagnostics"/> may still hold warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(
        string text,
        [NotNullWhen(true)] out ActionScript? script,
        out ImmutableArray<Diagnostic> diagnostics,
        ValidationOptions? options = null)
    {
        var result = Parse(text, options);
        script = result.Script;
        diagnostics = result.Diagnostics;
        return script is not null;
    }

    /// <summary>Every problem in <paramref name="text"/>: errors, warnings and information, ordered by position.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ImmutableArray<Diagnostic> Validate(string text, ValidationOptions? options = null) =>
        Pipeline.Validate(text, options ?? ValidationOptions.Default, numberingPlan: null);

    /// <summary>
    /// Rewrites <paramref name="text"/> in canonical form: <c>emit(parse(text))</c>. A text with errors
    /// is refused, never half-formatted: what cannot be read is not dropped.
    /// </summary>
    /// <param name="text">The action text.</param>
    /// <param name="options">How to validate; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="trailingLineBreak">Whether to end the text with <c>\n</c>, as files usually do.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidActionException">The text has errors; the exception lists them.</exception>
    public static string Format(string text, ValidationOptions? options = null, bool trailingLineBreak = false)
    {
        return Pipeline.Format(text, options ?? ValidationOptions.Default, numberingPlan: null, trailingLineBreak, out var diagnostics)
            ?? throw new InvalidActionException(diagnostics);
    }

    /// <summary>Rewrites <paramref name="text"/> in canonical form, or returns the errors that prevent it.</summary>
    /// <returns>True when the text had no error and <paramref name="formatted"/> holds its canonical form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryFormat(
        string text,
        [NotNullWhen(true)] out string? formatted,
        out ImmutableArray<Diagnostic> diagnostics,
        ValidationOptions? options = null,
        bool trailingLineBreak = false)
    {
        formatted = Pipeline.Format(text, options ?? ValidationOptions.Default, numberingPlan: null, trailingLineBreak, out diagnostics);
        return formatted is not null;
    }

    /// <summary>The canonical text of the script: one action per line, joined by <c>\n</c>.</summary>
    /// <param name="trailingLineBreak">Whether to end the text with <c>\n</c>; an action URL answers without it.</param>
    public string ToText(bool trailingLineBreak = false) => Emitter.Emit(Actions, trailingLineBreak);

    /// <summary>
    /// Validates the script the way the cloud will read it, its canonical text read back: the number of actions
    /// for the profile, unreachable actions, numbering plans; <c>DIN0000</c> when it would read back as another script.
    /// </summary>
    public ImmutableArray<Diagnostic> Validate(ValidationOptions? options = null) =>
        Pipeline.RoundTrip(this, options ?? ValidationOptions.Default, numberingPlan: null).Diagnostics;

    /// <summary>The canonical text, as <see cref="ToText"/> writes it.</summary>
    public override string ToString() => ToText();

    /// <summary>Scripts are equal when they hold equal actions in the same order.</summary>
    public bool Equals(ActionScript? other) => other is not null && Actions.SequenceEqual(other.Actions);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var action in Actions)
        {
            hash.Add(action);
        }

        return hash.ToHashCode();
    }
}
