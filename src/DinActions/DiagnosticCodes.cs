namespace DinActions;

/// <summary>
/// The code of every diagnostic the library reports, in one place: codes are stable, never reused, and
/// what a user filters on (<c>diagnostic.Code == DiagnosticCodes.UnknownAction</c>), disables, and looks
/// up with <c>din explain</c>.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary><c>DIN0000</c>: Value does not survive being written.</summary>
    public const string ValueNotRepresentable = "DIN0000";

    /// <summary><c>DIN0001</c>: Unknown action.</summary>
    public const string UnknownAction = "DIN0001";

    /// <summary><c>DIN0002</c>: Missing argument.</summary>
    public const string MissingArgument = "DIN0002";

    /// <summary><c>DIN0003</c>: Extra argument.</summary>
    public const string ExtraArgument = "DIN0003";

    /// <summary><c>DIN0004</c>: Unknown option.</summary>
    public const string UnknownOption = "DIN0004";

    /// <summary><c>DIN0005</c>: Option on the wrong action.</summary>
    public const string OptionNotAllowed = "DIN0005";

    /// <summary><c>DIN0006</c>: Repeated option.</summary>
    public const string DuplicateOption = "DIN0006";

    /// <summary><c>DIN0007</c>: Option without =value.</summary>
    public const string OptionForm = "DIN0007";

    /// <summary><c>DIN0008</c>: Greeting is not say or playback.</summary>
    public const string InvalidGreeting = "DIN0008";

    /// <summary><c>DIN0010</c>: Number without +.</summary>
    public const string NumberMissingPlus = "DIN0010";

    /// <summary><c>DIN0011</c>: Number with punctuation or letters.</summary>
    public const string NumberPunctuation = "DIN0011";

    /// <summary><c>DIN0012</c>: Full-width characters in a number.</summary>
    public const string NumberFullWidth = "DIN0012";

    /// <summary><c>DIN0013</c>: Country code starts with 0.</summary>
    public const string NumberCountryCode = "DIN0013";

    /// <summary><c>DIN0014</c>: Number too long or empty.</summary>
    public const string NumberLength = "DIN0014";

    /// <summary><c>DIN0015</c>: Number not in its country's numbering plan.</summary>
    public const string NumberingPlan = "DIN0015";

    /// <summary><c>DIN0020</c>: Unknown TTS language.</summary>
    public const string UnknownLanguage = "DIN0020";

    /// <summary><c>DIN0021</c>: TTS language paused.</summary>
    public const string PausedLanguage = "DIN0021";

    /// <summary><c>DIN0022</c>: Text in a script the voice cannot read.</summary>
    public const string TextScriptMismatch = "DIN0022";

    /// <summary><c>DIN0030</c>: Text not in double quotes.</summary>
    public const string TextNotQuoted = "DIN0030";

    /// <summary><c>DIN0031</c>: Text without closing quote.</summary>
    public const string UnterminatedText = "DIN0031";

    /// <summary><c>DIN0032</c>: Unknown escape in text.</summary>
    public const string UnknownEscape = "DIN0032";

    /// <summary><c>DIN0033</c>: Line break inside text.</summary>
    public const string LineBreakInText = "DIN0033";

    /// <summary><c>DIN0034</c>: Control character.</summary>
    public const string ControlCharacter = "DIN0034";

    /// <summary><c>DIN0035</c>: Empty text.</summary>
    public const string EmptyText = "DIN0035";

    /// <summary><c>DIN0036</c>: Bidirectional control character.</summary>
    public const string BidiControl = "DIN0036";

    /// <summary><c>DIN0040</c>: Invalid playback URL.</summary>
    public const string InvalidUrl = "DIN0040";

    /// <summary><c>DIN0041</c>: Playback URL is not an .mp3.</summary>
    public const string UrlNotMp3 = "DIN0041";

    /// <summary><c>DIN0042</c>: Playback host not reachable from the cloud.</summary>
    public const string UnreachableHost = "DIN0042";

    /// <summary><c>DIN0050</c>: Empty script.</summary>
    public const string EmptyScript = "DIN0050";

    /// <summary><c>DIN0051</c>: More actions than the profile allows.</summary>
    public const string TooManyActions = "DIN0051";

    /// <summary><c>DIN0052</c>: Action after transfer or voicemail.</summary>
    public const string UnreachableAction = "DIN0052";

    /// <summary><c>DIN0053</c>: Blanks around the action.</summary>
    public const string SurroundingBlanks = "DIN0053";

    /// <summary><c>DIN0054</c>: Tab between arguments.</summary>
    public const string TabBlank = "DIN0054";

    /// <summary><c>DIN0055</c>: Carriage return in line ending.</summary>
    public const string LineEnding = "DIN0055";

    /// <summary><c>DIN0056</c>: Byte order mark.</summary>
    public const string ByteOrderMark = "DIN0056";

    /// <summary><c>DIN0057</c>: Blank line.</summary>
    public const string BlankLine = "DIN0057";

    /// <summary><c>DIN0058</c>: Line break after the last action.</summary>
    public const string TrailingLineBreak = "DIN0058";

    /// <summary><c>DIN0059</c>: Ideographic space between arguments.</summary>
    public const string IdeographicSpace = "DIN0059";

    /// <summary><c>DIN0060</c>: Not UTF-8 text.</summary>
    public const string NotUtf8 = "DIN0060";
}
