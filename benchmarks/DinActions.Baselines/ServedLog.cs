using System.Globalization;

namespace DinActions.Baselines;

/// <summary>
/// The lines a working action server answers, one per call, as an audit log holds them: a few flows
/// (greetings, announcements in Japanese and English, transfers to the desks, voicemail), with what
/// changes from call to call: the caller's own number passed on as the caller ID of a transfer, and the
/// caller's place in the queue. Every line is valid and draws no warning, numbering plan included: a
/// server that drew warnings would have been mended. The same seed gives the same log.
/// </summary>
/// <remarks>
/// About one line in seven is new (a transfer that passes on a caller's number, which is seldom seen
/// twice); the rest repeat, as the server's fixed answers and the queue's few positions do.
/// </remarks>
public sealed class ServedLog(int seed)
{
    private static readonly string[] Prompts =
    [
        "welcome", "closed", "holiday", "hold-music", "survey", "menu-main", "menu-billing", "menu-support",
        "busy", "goodbye", "maintenance", "new-service",
    ];

    private static readonly string[] Announcements =
    [
        "say ja \"お電話ありがとうございます。ただいま電話が大変混み合っております。\"",
        "say ja \"本日の営業は終了いたしました。営業時間は午前9時から午後6時までです。\"",
        "say ja \"担当者におつなぎします。しばらくお待ちください。\"",
        "say en \"Thank you for calling. All of our agents are busy at the moment.\"",
        "say en \"Our office is closed. Our hours are 9 a.m. to 6 p.m., Monday to Friday.\"",
        "say en \"Please hold while we transfer your call.\"",
        "say en \"Your call is important to us. Please stay on the line.\"",
    ];

    // Desks in Tokyo, Osaka and Nagoya, and a free-dial number.
    private static readonly string[] Desks =
    [
        "+81312345678", "+81335551234", "+81663451111", "+81524567890", "+81120123456", "+81345678901",
    ];

    private static readonly string[] Greetings =
    [
        "say ja \"ただいま電話に出ることができません。発信音の後にメッセージをお話しください。\"",
        "say en \"Please leave a message after the tone.\"",
        "playback https://media.example.com/prompts/voicemail.mp3",
    ];

    private readonly Random random = new(seed);

    /// <summary>The next line of the log.</summary>
    public string NextLine() => random.Next(20) switch
    {
        < 6 => $"playback https://media.example.com/prompts/{Prompts[random.Next(Prompts.Length)]}.mp3",
        < 10 => Announcements[random.Next(Announcements.Length)],
        < 12 => QueuePosition(),
        < 14 => "transfer " + Desks[random.Next(Desks.Length)],
        < 17 => $"transfer {Desks[random.Next(Desks.Length)]} --caller={CallerNumber(random)}",
        18 => "voicemail",
        _ => "voicemail " + Greetings[random.Next(Greetings.Length)],
    };

    private string QueuePosition()
    {
        var position = random.Next(1, 21).ToString(CultureInfo.InvariantCulture);
        return random.Next(2) == 0
            ? $"say ja \"お客様の順番は{position}番目です。\""
            : $"say en \"You are number {position} in the queue.\"";
    }

    /// <summary>A caller's number: Japanese mobile (070, 080 or 090 and eight digits) or Tokyo (03 and eight digits), valid in the plan.</summary>
    public static string CallerNumber(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var prefix = random.Next(4) switch
        {
            0 => "+8170",
            1 => "+8180",
            2 => "+8190",
            _ => "+813",
        };
        var digits = random.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
        return prefix + digits;
    }
}
