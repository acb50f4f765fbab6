using System.Collections.Immutable;
using DinActions.Validation;
using DinActions.Validation.Rules;

namespace DinActions;

/// <summary>Every diagnostic the library reports, with its help page: the one source for docs, <c>din explain</c> and SARIF.</summary>
public static class DinRules
{
    /// <summary>
    /// DIN0000: reported by the typed builder when a value would read back as something else once
    /// written; no rule finds it in text, because text is always read as what it says.
    /// </summary>
    public static DiagnosticDescriptor ValueNotRepresentable { get; } = new(
        DiagnosticCodes.ValueNotRepresentable,
        "Value does not survive being written",
        DiagnosticSeverity.Error,
        "The typed builder (`DinAction.Say`, `DinAction.Transfer`, ...) writes the action and reads it back. When the line reads back as a different action, for instance because a language code has a blank in it, the value is refused instead of sending something else.",
        "DinAction.Say(\"en \", \"Hello\")",
        "DinAction.Say(\"en\", \"Hello\")",
        "Pass the value without blanks around or inside it.");

    /// <summary>
    /// DIN0060: reported by tools that read bytes (<c>din lint</c>) for bytes that are not UTF-8; no rule finds it,
    /// because the library's entry points take text that is already decoded.
    /// </summary>
    public static DiagnosticDescriptor NotUtf8 { get; } = new(
        DiagnosticCodes.NotUtf8,
        "Not UTF-8 text",
        DiagnosticSeverity.Error,
        "The cloud reads an action server's answer as UTF-8 text. Bytes that are not UTF-8 (text saved as Shift_JIS or Latin-1, a cut multi-byte character, binary junk in a log) have no one reading: the cloud may hear another action than the one meant, and the line cannot be checked until it is UTF-8.",
        "say ja \"\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd\" (こんにちは in Shift_JIS)",
        "say ja \"こんにちは\" (saved as UTF-8)",
        "Save the file as UTF-8 (without a byte order mark), or make the server write its answer as UTF-8.");

    /// <summary>The rules, in the order they run.</summary>
    internal static ImmutableArray<Rule> Rules { get; } =
    [
        new UnknownActionRule(),
        new MissingArgumentRule(),
        new ExtraArgumentRule(),
        new UnknownOptionRule(),
        new OptionNotAllowedRule(),
        new DuplicateOptionRule(),
        new OptionFormRule(),
        new InvalidGreetingRule(),
        new NumberMissingPlusRule(),
        new NumberPunctuationRule(),
        new NumberFullWidthRule(),
        new NumberCountryCodeRule(),
        new NumberLengthRule(),
        new NumberingPlanRule(),
        new UnknownLanguageRule(),
        new PausedLanguageRule(),
        new TextScriptMismatchRule(),
        new TextNotQuotedRule(),
        new UnterminatedTextRule(),
        new UnknownEscapeRule(),
        new LineBreakInTextRule(),
        new ControlCharacterRule(),
        new EmptyTextRule(),
        new InvalidUrlRule(),
        new UrlNotMp3Rule(),
        new UnreachableHostRule(),
        new EmptyScriptRule(),
        new TooManyActionsRule(),
        new UnreachableActionRule(),
        new SurroundingBlanksRule(),
        new BidiControlRule(),
        new TabBlankRule(),
        new IdeographicSpaceRule(),
        new LineEndingRule(),
        new ByteOrderMarkRule(),
        new BlankLineRule(),
        new TrailingLineBreakRule(),
    ];

    /// <summary>The rules that check a script as a whole.</summary>
    internal static ImmutableArray<ScriptRule> ScriptRules { get; } = [.. Rules.OfType<ScriptRule>()];

    /// <summary>The rules that check each line.</summary>
    internal static ImmutableArray<LineRule> LineRules { get; } = [.. Rules.OfType<LineRule>()];

    /// <summary>The rules that check each action.</summary>
    internal static ImmutableArray<ActionRule> ActionRules { get; } = [.. Rules.OfType<ActionRule>()];

    /// <summary>Every descriptor, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        [.. Rules.Select(rule => rule.Descriptor).Prepend(ValueNotRepresentable).Append(NotUtf8).OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal)];

    /// <summary>The descriptor with <paramref name="code"/> (case-insensitive), or null.</summary>
    public static DiagnosticDescriptor? Find(string code) =>
        All.FirstOrDefault(descriptor => descriptor.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
}
