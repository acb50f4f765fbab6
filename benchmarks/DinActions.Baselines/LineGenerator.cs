using System.Text;

namespace DinActions.Baselines;

/// <summary>
/// Action lines made from a seed: valid lines of every action, and lines with one mistake of the kind
/// people make (a typo in the name, a number without <c>+</c>, an unknown language, a bad escape...).
/// The same seed gives the same lines, so tests and benchmarks are repeatable.
/// </summary>
public sealed class LineGenerator(int seed)
{
    private static readonly string[] Hosts = ["example.com", "cdn.example.com", "media.example.jp", "a.b-c.example.org:8080"];
    private static readonly string[] Words = ["Hello", "welcome", "to", "our", "office", "please", "hold", "営業時間", "です", "1", "Press", "Ünïcödé", "😀"];
    private static readonly string[] Mistakes =
    [
        "Say", "playbak", "transfr", "voicemial", "81336042000", "+0336042000", "+81-3-3604", "+8133604200012345",
        "jp", "EN", "en-US", "ftp://example.com/a.mp3", "example.com/a.mp3", "--caler=+8190", "--caller +8190",
    ];

    private readonly Random random = new(seed);

    /// <summary>A valid action line of any kind, in canonical spacing.</summary>
    public string ValidLine() => random.Next(4) switch
    {
        0 => Playback(),
        1 => Transfer(),
        2 => Say(),
        _ => Voicemail(),
    };

    /// <summary>A line that is valid or has one mistake, about half and half.</summary>
    public string AnyLine() => random.Next(2) == 0 ? ValidLine() : Mistaken(ValidLine());

    /// <summary><c>playback URL</c> with a generated URL.</summary>
    public string Playback() => "playback " + Url();

    /// <summary><c>transfer NUMBER</c>, sometimes with <c>--caller=</c>.</summary>
    public string Transfer() => random.Next(2) == 0 ? "transfer " + Number() : $"transfer {Number()} --caller={Number()}";

    /// <summary><c>say LANGUAGE "TEXT"</c> with text that may hold quotes, backslashes and any script.</summary>
    public string Say() => Say(random.Next(1, 12));

    /// <summary><c>say en "TEXT"</c> with about <paramref name="length"/> characters of text, for scaling runs.</summary>
    public static string SayOfLength(int length)
    {
        const string pattern = "Thank you for calling \\\"DinActions\\\"; press 1 for sales. ";
        var builder = new StringBuilder(length + 10).Append("say en \"");
        while (builder.Length - 8 < length)
        {
            builder.Append(pattern, 0, Math.Min(pattern.Length, length - (builder.Length - 8)));
        }

        // Never end on a lone backslash: it would escape the closing quote.
        if (builder[^1] == '\\')
        {
            builder[^1] = '.';
        }

        return builder.Append('"').ToString();
    }

    /// <summary><c>voicemail</c>, with no greeting, a <c>say</c> or a <c>playback</c>.</summary>
    public string Voicemail() => random.Next(3) switch
    {
        0 => "voicemail",
        1 => "voicemail " + Say(),
        _ => "voicemail " + Playback(),
    };

    private string Say(int words)
    {
        var language = random.Next(5) switch
        {
            0 => "ja",
            1 => "id",
            _ => "en",
        };
        var text = new StringBuilder();
        for (var index = 0; index < words; index++)
        {
            text.Append(index > 0 ? " " : string.Empty).Append(Words[random.Next(Words.Length)]);
            switch (random.Next(10))
            {
                case 0:
                    text.Append("\\\"");
                    break;
                case 1:
                    text.Append("\\\\");
                    break;
            }
        }

        return $"say {language} \"{text}\"";
    }

    private string Url()
    {
        var scheme = random.Next(2) == 0 ? "http" : "https";
        var path = random.Next(3) == 0 ? "/greetings/welcome.mp3?lang=ja&v=" + random.Next(100) : $"/audio/{random.Next(1000)}.mp3";
        return $"{scheme}://{Hosts[random.Next(Hosts.Length)]}{path}";
    }

    private string Number()
    {
        var digits = new StringBuilder("+").Append((char)('1' + random.Next(9)));
        var length = random.Next(6, 14);
        for (var index = 0; index < length; index++)
        {
            digits.Append((char)('0' + random.Next(10)));
        }

        return digits.ToString();
    }

    private string Mistaken(string line)
    {
        var tokens = line.Split(' ');
        switch (random.Next(5))
        {
            case 0:
                tokens[random.Next(tokens.Length)] = Mistakes[random.Next(Mistakes.Length)];
                return string.Join(' ', tokens);
            case 1:
                return line + " extra";
            case 2:
                return line.Replace("\\\"", "\\n", StringComparison.Ordinal) + (random.Next(2) == 0 ? " \"" : string.Empty);
            case 3:
                var at = random.Next(line.Length);
                return line[..at] + "\u0007" + line[at..];
            default:
                return line.Replace("\"", string.Empty, StringComparison.Ordinal) + " --caller=+8190";
        }
    }
}
