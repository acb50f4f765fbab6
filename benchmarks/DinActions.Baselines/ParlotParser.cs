using Parlot;
using Parlot.Fluent;

namespace DinActions.Baselines;

/// <summary>
/// Part B of <c>grammar/actions.ebnf</c> in Parlot, the combinator library people pick for speed: one
/// parser per production, composed the way Parlot's own grammars are.
/// </summary>
public sealed class ParlotParser : ILineParser
{
    // sp ::= ' '+
    private static readonly Parser<TextSpan> Sp = Literals.Pattern(static c => c == ' ');

    // number ::= '+' [1-9] [0-9]*
    private static readonly Parser<TextSpan> Number =
        Capture(Literals.Char('+').And(Literals.Pattern(char.IsAsciiDigit))).When(static (_, span) => Lexicon.IsNumber(span.Span));

    // url ::= ( 'http' | 'https' ) '://' url_char+
    private static readonly Parser<TextSpan> Url =
        Literals.Pattern(static c => c is > ' ' and < '\u007F' and not ('"' or '\\')).When(static (_, span) => Lexicon.IsUrl(span.Span));

    // language ::= [a-z]+ ( '-' [A-Za-z0-9]+ )*
    private static readonly Parser<string> Language =
        Literals.Pattern(static c => char.IsAsciiLetterOrDigit(c) || c == '-')
            .Then(static span => Lexicon.FindLanguage(span.Span)!)
            .When(static (_, code) => code is not null);

    // text ::= '"' ( text_char | '\"' | '\\' )* '"'
    private static readonly Parser<string> Text =
        Between(
            Literals.Char('"'),
            Capture(ZeroOrMany(OneOf(
                Literals.Pattern(static c => Lexicon.IsTextChar(c) || char.IsSurrogate(c)),
                Literals.Text("\\\"").Then(static _ => default(TextSpan)),
                Literals.Text("\\\\").Then(static _ => default(TextSpan))))),
            Literals.Char('"'))
        .Then(static span => Lexicon.Unescape(span.Span)!)
        .When(static (_, text) => text is not null);

    // playback ::= 'playback' sp url
    private static readonly Parser<LineAction> Playback =
        Literals.Text("playback").SkipAnd(Sp).SkipAnd(Url)
            .Then(static url => new LineAction(ActionKind.Playback, Url: url.ToString()));

    // caller ::= '--caller=' number
    private static readonly Parser<TextSpan> Caller = Literals.Text("--caller=").SkipAnd(Number);

    // transfer ::= 'transfer' sp number ( sp caller )?
    private static readonly Parser<LineAction> Transfer =
        Literals.Text("transfer").SkipAnd(Sp).SkipAnd(Number).And(Sp.SkipAnd(Caller).Else(default(TextSpan)))
            .Then(static parts => new LineAction(
                ActionKind.Transfer,
                Target: parts.Item1.ToString(),
                Caller: parts.Item2.Length > 0 ? parts.Item2.ToString() : null));

    // say ::= 'say' sp language sp text
    private static readonly Parser<LineAction> Say =
        Literals.Text("say").SkipAnd(Sp).SkipAnd(Language).AndSkip(Sp).And(Text)
            .Then(static parts => new LineAction(ActionKind.Say, Language: parts.Item1, Text: parts.Item2));

    // greeting ::= say | playback
    private static readonly Parser<LineAction> Greeting = OneOf(Say, Playback);

    // voicemail ::= 'voicemail' ( sp greeting )?
    private static readonly Parser<LineAction> Voicemail =
        Literals.Text("voicemail").SkipAnd(Sp.SkipAnd(Greeting).Else((LineAction)null!))
            .Then(static greeting => new LineAction(ActionKind.Voicemail, Greeting: greeting))!;

    // action ::= playback | transfer | say | voicemail
    private static readonly Parser<LineAction> Action = OneOf(Playback, Transfer, Say, Voicemail).Eof();

    /// <summary>The one instance; the parser holds no state.</summary>
    public static ParlotParser Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "Parlot";

    /// <inheritdoc/>
    public LineAction? ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Action.TryParse(line, out var action) ? action : null;
    }
}
