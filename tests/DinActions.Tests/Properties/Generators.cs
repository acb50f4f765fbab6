using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DinActions.Tests.Properties;

/// <summary>
/// FsCheck generators for the property suite. Actions are always built through the public validating
/// factories (<see cref="DinAction.Say"/> and friends), so a generated script is one a user can build.
/// Strings are mostly short, with a few percent of long ones (up to 10,000 characters), so that
/// 10,000 runs of every property stay well under a minute.
/// </summary>
internal static class Generators
{
    /// <summary>Options for the factories: the numbering plan is a warning only and slow, so it is off.</summary>
    public static readonly ValidationOptions FactoryOptions = ValidationOptions.Default with { CheckNumberingPlan = false };

    /// <summary>The dashboard profile (two actions allowed), numbering plan off for speed.</summary>
    public static readonly ValidationOptions Dashboard = ValidationOptions.Default with
    {
        Profile = ValidationProfile.Dashboard,
        CheckNumberingPlan = false,
    };

    /// <summary>The dashboard profile with every rule on, numbering plan included.</summary>
    public static readonly ValidationOptions DashboardWithNumberingPlan = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

    /// <summary>Length of the long strings; the cloud has no documented limit, so 10k stands for "much longer than any real line".</summary>
    public const int LongLength = 10_000;

    private static readonly string[] HostileFragments =
    [
        "\"", "\\", "\\\"", "\\\\", "\"\"", "\\\\\"", "\\\" --caller=+819012345678", "\" --caller=+819012345678",
        "\" \\n playback http://x", "\"\\nplayback http://evil.example/x.mp3", "\\n", "\\r", "\\t", "\\u0000", "\\x00",
        " transfer +81336042000", "say en \"", "voicemail", "--caller=", "--", "-", "=", "+", "#", "%", "'", "`",
        " ", "  ", "   ", "\u00A0", "\u3000", "\u200B", "\u200D", "\u202E", "\uFEFF", "\u00AD",
        "😀", "👍🏽", "👨‍👩‍👧", "🇯🇵", "𠮷野家", "𝄞", "こんにちは", "漢字", "カタカナ", "ｶﾀｶﾅ", "한국어", "Привет", "مرحبا", "שלום",
        "Hello, how are you?", "Please leave a message.", "Press 1", "０１２３", "＋８１", "“curly”", "‘single’", "«guillemets»",
        "e\u0301", "Ａ", "ß", "İ", "ﬁ", "<script>", "&amp;", "${x}", "{{name}}", "%s", "NUL", "\\\\\\\"",
    ];

    private static readonly string[] Hosts =
    [
        "example.com", "media.example.org", "cdn-1.example.co.jp", "static.example.net", "a.b.c.example.com",
        "example.com:8080", "EXAMPLE.COM", "203.0.113.7", "xn--r8jz45g.example", "bücher.example", "s3.ap-northeast-1.amazonaws.com",
    ];

    private static readonly string[] PathSegments =
    [
        "audio", "media", "v1", "greetings", "a", "2024", "ja-JP", "en_US", "file.name", "%20", "a%2Fb", "~user", "it's",
        "(1)", "x*y", "semi;colon", "comma,sep", "plus+sign", "eq=ual", "at@sign", "colon:x", "音声", "--", "-x-", "_",
    ];

    private static readonly string[] FileNames = ["a", "greeting", "welcome-message", "hold_music", "音声", "x%20y", "1", "--play", "track.01"];

    private static readonly string[] Queries =
    [
        "", "", "", "?v=1", "?v=1&lang=ja", "?sig=a%2Bb%3D&exp=1700000000", "?x=", "?a=1;b=2", "?q=%22quoted%22", "?--caller=+81",
        "#t=10", "?v=2#frag", "?", "?a[]=1&a[]=2", "?u=https%3A%2F%2Fexample.com",
    ];

    /// <summary>The language codes: two supported ones and one paused (a warning, still buildable).</summary>
    public static Gen<string> Language => Gen.Elements("en", "ja", "id");

    /// <summary>Valid E.164 numbers: <c>+</c>, first digit 1-9, at most 15 digits in all.</summary>
    public static Gen<string> E164 => Gen.Frequency(
        (3, Digits(9, 10).Select(digits => "+81" + digits)),
        (3, Gen.Choose(2, 9).SelectMany(first => Digits(9, 9), (first, rest) => "+1" + first.ToString(CultureInfo.InvariantCulture) + rest)),
        (2, Digits(10, 10).Select(digits => "+44" + digits)),
        (1, Gen.Elements("+62", "+65", "+852", "+886", "+33", "+49", "+7", "+380", "+971").SelectMany(code => Digits(6, 10), (code, rest) => code + rest)),
        (2, Gen.Choose(1, 9).SelectMany(first => Digits(0, 14), (first, rest) => "+" + first.ToString(CultureInfo.InvariantCulture) + rest)));

    /// <summary>Absolute http or https URLs of mp3 files, with varied hosts, paths and query strings.</summary>
    public static Gen<string> Mp3Url =>
        from scheme in Gen.Elements("http", "https")
        from host in Gen.Elements(Hosts)
        from segmentCount in Gen.Choose(0, 4)
        from segments in Gen.ArrayOf(Gen.Elements(PathSegments), segmentCount)
        from file in Gen.Elements(FileNames)
        from extension in Gen.Frequency((8, Gen.Constant(".mp3")), (1, Gen.Constant(".MP3")))
        from query in Gen.Elements(Queries)
        select $"{scheme}://{host}/{string.Concat(segments.Select(segment => segment + "/"))}{file}{extension}{query}";

    /// <summary>
    /// Text for <c>say</c> that tries to break out of its quotes: quotes, backslashes, fake options and
    /// fake line breaks (written as <c>\n</c>, never as a real control character), emoji, surrogate
    /// pairs, CJK, invisible characters; 3% are <see cref="LongLength"/> characters long.
    /// </summary>
    public static Gen<string> HostileText => Gen.Frequency(
        (60, Gen.Choose(0, 8).SelectMany(count => Gen.ArrayOf(Gen.Elements(HostileFragments), count), (_, parts) => string.Concat(parts))),
        (20, Gen.Choose(0, 24).SelectMany(count => Gen.ArrayOf(PrintableChar, count), (_, chars) => new string(chars))),
        (10, Gen.Elements(HostileFragments)),
        (7, Gen.Choose(0, 200).SelectMany(count => Gen.ArrayOf(PrintableChar, count), (_, chars) => new string(chars))),
        (3, Seed.Select(LongText)));

    /// <summary>Characters a <c>say</c> text cannot carry: control characters and line breaks of every kind.</summary>
    public static Gen<char> ForbiddenChar => Gen.Frequency(
        (4, Gen.Elements('\n', '\r', '\0', '\u2028')),
        (1, Gen.Elements('\t', '\u0007', '\u001B', '\u007F', '\u0085', '\u2029', '\u000B', '\u000C', '\u001F', '\u0080', '\u009F')));

    /// <summary>A single action, built through the validating factories.</summary>
    public static Gen<DinAction> Action => Gen.Frequency(
        (3, Say.Select(action => (DinAction)action)),
        (3, Transfer),
        (2, Playback.Select(action => (DinAction)action)),
        (2, Voicemail));

    /// <summary>Scripts of one or two actions.</summary>
    public static Gen<ActionScript> Script =>
        from count in Gen.Choose(1, 2)
        from actions in Gen.ArrayOf(Action, count)
        select new ActionScript(actions);

    /// <summary>Any string at all: control characters, NUL, lone surrogates, CR/LF/tabs, U+2028, BOMs, token soup and binary junk.</summary>
    public static Gen<string> AnyText => Gen.Frequency(
        (35, Gen.Choose(0, 40).SelectMany(count => Gen.ArrayOf(HostileChar, count), (_, chars) => new string(chars))),
        (35, TokenSoup),
        (12, Gen.Choose(0, 40).SelectMany(count => Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(code => (char)code), count), (_, chars) => new string(chars))),
        (6, Gen.Choose(0, 400).SelectMany(count => Gen.ArrayOf(HostileChar, count), (_, chars) => new string(chars))),
        (1, Seed.Select(seed => RandomJunk(seed, LongLength))),
        (8, Gen.Elements(
            string.Empty, "\0", "\"", "\\", "\r", "\n", "\r\n", "\n\r", "\t", "\u2028", "\uFEFF", "\uFEFF\uFEFF", "\uD800", "\uDC00",
            "\uDC00\uD800", "\"\\", "say en \"\\", "say en \"abc\\\"", "--", "--=", "--caller=", "transfer --caller", "voicemail voicemail",
            "voicemail say", "voicemail transfer +81336042000", "say \"x\"", "transfer +", "transfer ＋８１", "\r\r\n\n", " \t \r\n \t")));

    /// <summary>A valid script's text with one to four random insertions, deletions or replacements.</summary>
    public static Gen<string> MutatedText =>
        from script in Script
        from trailing in Gen.Elements(false, false, false, true)
        from seed in Seed
        select Mutate(script.ToText(trailing), seed);

    /// <summary>
    /// A valid script written the way people write it: several blanks or tabs between arguments, blanks
    /// around the action, CRLF or CR line breaks, blank lines, a trailing line break, a byte order mark.
    /// Each of these is a warning at most, so the text stays valid.
    /// </summary>
    public static Gen<string> NoisyValidText =>
        from script in Script
        from seed in Seed
        select Noisy(script, seed);

    private static Gen<int> Seed => Gen.Choose(0, int.MaxValue);

    private static Gen<char> PrintableChar => Gen.Frequency(
        (10, Gen.Choose(0x20, 0x7E).Select(code => (char)code)),
        (3, Gen.Elements('"', '\\', '"', '\\', ' ', '-', '=', '+')),
        (2, Gen.Choose(0xA0, 0x24F).Select(code => (char)code)),
        (2, Gen.Choose(0x3040, 0x30FF).Select(code => (char)code)),
        (2, Gen.Choose(0x4E00, 0x9FFF).Select(code => (char)code)),
        (1, Gen.Elements('\u200B', '\u200D', '\u202E', '\uFEFF', '\u00AD', '\u3000', '\uFFFD', '\uFFFF', '\uFFFE')));

    private static Gen<char> HostileChar => Gen.Frequency(
        (10, Gen.Choose(0x20, 0x7E).Select(code => (char)code)),
        (6, Gen.Elements('"', '\\', ' ', '\t', '\r', '\n', '-', '=', '+', '0', '8', '1')),
        (2, Gen.Elements('\0', '\u2028', '\u2029', '\uFEFF', '\u0085', '\u000B', '\u000C', '\u007F', '\u001B')),
        (2, Gen.Elements('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00')),
        (2, Gen.Elements('＋', '０', '８', '１', '－', '（', '）', '\u3000', '\u00A0', 'ー')),
        (2, Gen.Choose(0x80, 0xFFFF).Select(code => (char)code)));

    private static Gen<string> TokenSoup =>
        from count in Gen.Choose(0, 8)
        from tokens in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements(
                "say", "transfer", "playback", "voicemail", "Say", "playbak", "tranfser", "voicemial", "en", "ja", "id", "jp", "eng", "EN",
                "\"Hello\"", "\"\"", "\"unterminated", "\"a\\\"b\"", "\"a\\nb\"", "\"\\", "--caller=+8190123456789", "--caller", "--caller=",
                "--caller=+81", "--callerr=+81", "--=", "--", "-5", "+81336042000", "81336042000", "+81 3 3604 2000", "+81-3-3604-2000",
                "＋８１３３６０４２０００", "+0336042000", "+8133604200012345678", "+", "https://example.com/a.mp3", "http://localhost/a.mp3",
                "example.com/a.mp3", "ftp://example.com/a.mp3", "https://example.com/a.wav", "\"https://example.com/a.mp3\"", "http://[::1]/a.mp3",
                "https://", "http://10.0.0.1/x.mp3")),
            (2, Gen.Elements(HostileFragments)),
            (1, Gen.Choose(1, 6).SelectMany(length => Gen.ArrayOf(HostileChar, length), (_, chars) => new string(chars)))), count)
        from separators in Gen.ArrayOf(Gen.Elements(" ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", string.Empty, " \u3000 "), count + 1)
        select Interleave(separators, tokens);

    private static Gen<SayAction> Say =>
        from language in Language
        from text in HostileText
        select DinAction.Say(language, text, FactoryOptions);

    private static Gen<PlaybackAction> Playback => Mp3Url.Select(url => DinAction.Playback(url, FactoryOptions));

    private static Gen<DinAction> Transfer =>
        from target in E164
        from hasCaller in Gen.Elements(true, false)
        from caller in E164
        select (DinAction)DinAction.Transfer(target, hasCaller ? caller : null, FactoryOptions);

    private static Gen<DinAction> Voicemail => Gen.Frequency(
        (1, Gen.Constant<DinAction>(DinAction.Voicemail())),
        (2, Say.Select(greeting => (DinAction)DinAction.Voicemail(greeting))),
        (1, Playback.Select(greeting => (DinAction)DinAction.Voicemail(greeting))));

    /// <summary>Shrinks a string by dropping halves, quarters, then single characters, so failures come out small.</summary>
    public static IEnumerable<string> ShrinkString(string text)
    {
        for (var chunk = text.Length / 2; chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start + chunk <= text.Length; start += chunk)
            {
                yield return text.Remove(start, chunk);
            }

            if (chunk == 1 || text.Length > 256 && chunk < 8)
            {
                yield break;
            }
        }
    }

    /// <summary>An arbitrary of strings that shrinks them.</summary>
    public static Arbitrary<string> Shrinking(Gen<string> gen) => Arb.From(gen, ShrinkString);

    /// <summary>Renders a string for a failure message: control characters, surrogates and invisible characters escaped.</summary>
    public static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 400 ? text[..400] : text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when c < ' ' || c >= 0x7F => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        builder.Append('"');
        if (text.Length > 400)
        {
            builder.Append(CultureInfo.InvariantCulture, $"... ({text.Length} characters)");
        }

        return builder.ToString();
    }

    /// <summary>
    /// Runs <paramref name="body"/> on <paramref name="text"/>; an exception is rethrown with the text
    /// escaped and the library frame that threw, because FsCheck prints strings raw and invisible
    /// characters would hide the counterexample.
    /// </summary>
    public static void Guard(string text, Action body)
    {
        try
        {
            body();
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException and not FluentAssertions.Execution.AssertionFailedException)
        {
            var frame = exception.StackTrace?.Split('\n').FirstOrDefault(line => line.Contains(" DinActions.", StringComparison.Ordinal) && !line.Contains("DinActions.Tests", StringComparison.Ordinal))?.Trim();
            throw new Xunit.Sdk.XunitException($"{exception.GetType().Name} on {Show(text)}: {exception.Message} {frame}", exception);
        }
    }

    private static Gen<string> Digits(int min, int max) =>
        Gen.Choose(min, max).SelectMany(
            count => Gen.ArrayOf(Gen.Choose(0, 9).Select(digit => (char)('0' + digit)), count),
            (_, digits) => new string(digits));

    private static string Interleave(string[] separators, string[] tokens)
    {
        var builder = new StringBuilder(separators[0]);
        for (var index = 0; index < tokens.Length; index++)
        {
            builder.Append(tokens[index]).Append(separators[index + 1]);
        }

        return builder.ToString();
    }

    // Long say texts: printable characters, quotes, backslashes, fake options and surrogate pairs, never a control character.
    private static string LongText(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(LongLength + 16);
        while (builder.Length < LongLength)
        {
            switch (random.Next(6))
            {
                case 0:
                    builder.Append(HostileFragments[random.Next(HostileFragments.Length)]);
                    break;
                case 1:
                    builder.Append((char)random.Next(0x4E00, 0xA000));
                    break;
                default:
                    builder.Append((char)random.Next(0x20, 0x7F));
                    break;
            }
        }

        // Trim without splitting a surrogate pair.
        var length = LongLength;
        if (char.IsHighSurrogate(builder[length - 1]))
        {
            length--;
        }

        return builder.ToString(0, length);
    }

    private static string RandomJunk(int seed, int length)
    {
        const string JunkAlphabet = "\"\\\r\n\t \0\u2028\uFEFF\uD800\uDC00-+=";
        var random = new Random(seed);
        var chars = new char[length];
        for (var index = 0; index < length; index++)
        {
            chars[index] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x10000),
                1 => JunkAlphabet[random.Next(JunkAlphabet.Length)],
                _ => (char)random.Next(0x20, 0x7F),
            };
        }

        return new string(chars);
    }

    private static string Mutate(string text, int seed)
    {
        const string Alphabet = "\"\\\r\n\t \0\u2028\u2029\uFEFF\uD800\uDC00\u0085-+=ab0８＋\u3000";
        var random = new Random(seed);
        var builder = new StringBuilder(text);
        var count = random.Next(1, 5);
        for (var step = 0; step < count; step++)
        {
            var position = random.Next(builder.Length + 1);
            var kind = builder.Length == 0 ? 0 : random.Next(3);
            var c = Alphabet[random.Next(Alphabet.Length)];
            switch (kind)
            {
                case 0:
                    builder.Insert(position, c);
                    break;
                case 1:
                    builder.Remove(Math.Min(position, builder.Length - 1), 1);
                    break;
                default:
                    builder[Math.Min(position, builder.Length - 1)] = c;
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Noisy(ActionScript script, int seed)
    {
        var random = new Random(seed);
        string Blanks(int min) => string.Concat(Enumerable.Range(0, random.Next(min, min + 3)).Select(_ => random.Next(4) == 0 ? "\t" : " "));
        string Break() => random.Next(3) switch
        {
            0 => "\r\n",
            1 => "\r",
            _ => "\n",
        };

        var builder = new StringBuilder();
        if (random.Next(8) == 0)
        {
            builder.Append('\uFEFF');
        }

        for (var index = 0; index < script.Actions.Length; index++)
        {
            if (index > 0)
            {
                builder.Append(Break());
                if (random.Next(4) == 0)
                {
                    builder.Append(Blanks(0)).Append(Break());
                }
            }

            builder.Append(Blanks(0));
            var tokens = TokensOf(script.Actions[index]);
            for (var token = 0; token < tokens.Count; token++)
            {
                builder.Append(token == 0 ? string.Empty : Blanks(1)).Append(tokens[token]);
            }

            builder.Append(Blanks(0));
        }

        if (random.Next(3) == 0)
        {
            builder.Append(Break());
        }

        return builder.ToString();
    }

    /// <summary>The tokens of an action, each as the canonical form writes it.</summary>
    private static List<string> TokensOf(DinAction action)
    {
        switch (action)
        {
            case PlaybackAction playback:
                return ["playback", playback.Url];
            case TransferAction { Caller: { } caller } transfer:
                return ["transfer", transfer.Target, "--caller=" + caller];
            case TransferAction transfer:
                return ["transfer", transfer.Target];
            case SayAction say:
                var quoted = new StringBuilder("\"");
                foreach (var c in say.Text)
                {
                    quoted.Append(c is '"' or '\\' ? "\\" : string.Empty).Append(c);
                }

                return ["say", say.Language, quoted.Append('"').ToString()];
            case VoicemailAction { Greeting: { } greeting }:
                return ["voicemail", .. TokensOf(greeting)];
            default:
                return ["voicemail"];
        }
    }
}
