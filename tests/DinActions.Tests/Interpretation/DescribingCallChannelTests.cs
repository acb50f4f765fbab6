using FluentAssertions;

namespace DinActions.Tests.Interpretation;

public sealed class DescribingCallChannelTests
{
    [Fact]
    public async Task Say_then_transfer_reads_as_plain_sentences()
    {
        var lines = await Describe(
            new CallContext("+8180123456789", "+8150123456789"),
            DinAction.Say("en", "Connecting you."),
            DinAction.Transfer("+81336042000", "+8190123456789"));

        lines.Should().Equal(
            "A call from +8180123456789 to +8150123456789 is answered.",
            "The caller hears, in English: \"Connecting you.\"",
            "The call is transferred to +81336042000, showing the caller ID +8190123456789 (best effort: carriers may replace it); the script's control of the call ends.");
    }

    [Fact]
    public async Task A_playback_from_a_hidden_number_ends_with_a_hang_up()
    {
        var lines = await Describe(CallContext.Anonymous("+8150123456789"), DinAction.Playback("https://example.com/welcome.mp3"));

        lines.Should().Equal(
            "A call from a hidden number to +8150123456789 is answered.",
            "The caller hears the mp3 file at https://example.com/welcome.mp3.",
            "The call is hung up.");
    }

    [Fact]
    public async Task A_voicemail_greeting_is_heard_before_the_recording()
    {
        var lines = await Describe(
            new CallContext("+8180123456789", "+8150123456789"),
            DinAction.Voicemail(DinAction.Say("ja", "メッセージをどうぞ。")));

        lines.Skip(1).Should().Equal(
            "The caller hears, in Japanese: \"メッセージをどうぞ。\"",
            "The caller's message is recorded into the account's voicemail; the script's control of the call ends.");
    }

    [Fact]
    public async Task A_transfer_without_caller_id_leaves_it_to_the_carrier()
    {
        var lines = await Describe(new CallContext("+8180123456789", "+8150123456789"), DinAction.Transfer("+81336042000"));

        lines[^1].Should().Be("The call is transferred to +81336042000, the caller ID shown is left to the carrier; the script's control of the call ends.");
    }

    [Fact]
    public async Task A_paused_or_unknown_language_is_said_so()
    {
        var channel = new DescribingCallChannel();

        await channel.SayAsync("id", "Halo", CancellationToken.None);
        await channel.SayAsync("xx", "Hi", CancellationToken.None);

        channel.Lines.Should().Equal(
            "The caller hears, in Indonesian (paused by the provider: it may stay silent): \"Halo\"",
            "The caller hears, in the unknown language `xx`: \"Hi\"");
    }

    private static async Task<IReadOnlyList<string>> Describe(CallContext call, params DinAction[] actions)
    {
        var channel = new DescribingCallChannel();
        await CallInterpreter.RunAsync(new ActionScript(actions), channel, call);
        return channel.Lines;
    }
}
