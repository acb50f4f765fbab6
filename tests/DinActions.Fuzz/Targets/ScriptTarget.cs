using System.Text.RegularExpressions;
using DinActions.Tests.Properties;

namespace DinActions.Fuzz.Targets;

/// <summary>
/// The library's three entry points on any text, under both profiles: every span inside the text and on
/// its own line and column, every fix applicable and none overlapping another, the same diagnostics from
/// <c>Parse</c> and <c>Validate</c>, and for a valid script <c>parse(emit(x)) == x</c>, one line per action,
/// and formatting that is idempotent.
/// </summary>
internal static partial class ScriptTarget
{
    private static readonly ValidationOptions[] Profiles =
    [
        ValidationOptions.Default,
        ValidationOptions.Default with { Profile = ValidationProfile.Dashboard, CheckNumberingPlan = false },
    ];

    public static void Run(byte[] data)
    {
        var text = FuzzInput.Text(data);
        var map = new LineMap(text);
        foreach (var options in Profiles)
        {
            Check(text, map, options);
        }
    }

    private static void Check(string text, LineMap map, ValidationOptions options)
    {
        var result = ActionScript.Parse(text, options);
        CheckDiagnostics(text, map, result.Diagnostics);
        Invariant.Holds(
            ActionScript.Validate(text, options).SequenceEqual(result.Diagnostics),
            "Validate reports exactly the diagnostics of Parse");
        var hasErrors = result.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Invariant.Holds(result.HasErrors == hasErrors, "HasErrors says whether a diagnostic is an error");
        Invariant.Holds((result.Script is null) == hasErrors, "a script is read exactly when there is no error");

        var formatted = ActionScript.TryFormat(text, out var canonical, out _, options) ? canonical : null;
        Invariant.Holds((formatted is null) == hasErrors, "TryFormat refuses exactly the texts with errors");
        if (result.Script is { } script)
        {
            CheckRoundTrip(script, formatted!, options);
        }

        var fixedText = ApplyAllFixes(text, result.Diagnostics);
        if (!ReferenceEquals(fixedText, text))
        {
            CheckDiagnostics(fixedText, new LineMap(fixedText), ActionScript.Validate(fixedText, options));
        }
    }

    private static void CheckRoundTrip(ActionScript script, string formatted, ValidationOptions options)
    {
        var emitted = script.ToText();
        Invariant.Holds(emitted == formatted, "Format writes the script's own canonical text");
        Invariant.Holds(!emitted.Contains('\r', StringComparison.Ordinal), "canonical text breaks lines with \\n only");
        var lines = emitted.Length == 0 ? 0 : emitted.Split('\n').Length;
        Invariant.Holds(lines == script.Actions.Length, $"canonical text has one line per action ({script.Actions.Length}), not {lines}");
        Invariant.Holds(!FuzzInput.HasControl(emitted.Replace("\n", string.Empty, StringComparison.Ordinal)), "canonical text holds no control character");

        var reread = ActionScript.Parse(emitted, options);
        Invariant.Holds(reread.Script is not null && reread.Script.Equals(script), "parse(emit(x)) == x");
        Invariant.Holds(
            ActionScript.TryFormat(emitted, out var again, out _, options) && again == emitted,
            "formatting canonical text changes nothing");
    }

    private static void CheckDiagnostics(string text, LineMap map, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Invariant.Holds(CodePattern().IsMatch(diagnostic.Code), $"`{diagnostic.Code}` is a code of the form DIN0000");
            Invariant.Holds(diagnostic.Message.Length > 0 && !FuzzInput.HasControl(diagnostic.Message), $"{diagnostic.Code}'s message is one printable line: {FuzzInput.Show(diagnostic.Message)}");
            SpanInside(text, map, diagnostic.Span, diagnostic.Code);
            if (diagnostic.Fix is { } fix)
            {
                var span = fix.Edit.Span;
                SpanInside(text, map, span, diagnostic.Code + "'s fix");
                Invariant.Holds(
                    !text.AsSpan(span.Offset, span.Length).SequenceEqual(fix.Edit.NewText),
                    $"{diagnostic.Code}'s fix changes the text it edits");
                Invariant.Holds(fix.Title.Length > 0 && !FuzzInput.HasControl(fix.Title), $"{diagnostic.Code}'s fix has a one-line title");
            }
        }

        var edits = diagnostics.Where(d => d.Fix is not null).Select(d => (d.Code, d.Fix!.Edit.Span))
            .OrderBy(edit => edit.Span.Offset).ThenBy(edit => edit.Span.Length).ToArray();
        for (var i = 1; i < edits.Length; i++)
        {
            var (previousCode, previous) = edits[i - 1];
            var (code, span) = edits[i];
            // Sharing a character, or an insertion where the other edit ends, would edit the same text twice.
            var overlaps = span.Offset < previous.End || (span.Offset == previous.End && span.Length == 0);
            Invariant.Holds(!overlaps, $"the fixes of {previousCode} and {code} do not overlap");
        }
    }

    private static void SpanInside(string text, LineMap map, SourceSpan span, string what)
    {
        var inside = span.Offset >= 0 && span.Length >= 0 && span.End <= text.Length;
        Invariant.Holds(inside, $"{what}: span {span.Offset}+{span.Length} lies inside the {text.Length} characters");
        var (line, column) = map.PositionOf(span.Offset);
        Invariant.Holds(
            (span.Line, span.Column) == (line, column),
            $"{what}: span at {span.Line}:{span.Column} is where its offset {span.Offset} is, {line}:{column}");
    }

    private static string ApplyAllFixes(string text, IReadOnlyList<Diagnostic> diagnostics)
    {
        var edits = diagnostics.Where(d => d.Fix is not null).Select(d => d.Fix!.Edit)
            .OrderByDescending(edit => edit.Span.Offset).ThenByDescending(edit => edit.Span.Length).ToArray();
        if (edits.Length == 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text);
        foreach (var edit in edits)
        {
            builder.Remove(edit.Span.Offset, edit.Span.Length).Insert(edit.Span.Offset, edit.NewText);
        }

        return builder.ToString();
    }

    [GeneratedRegex("^DIN[0-9]{4}$")]
    private static partial Regex CodePattern();
}
