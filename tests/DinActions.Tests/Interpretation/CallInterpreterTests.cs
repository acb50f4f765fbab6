using FluentAssertions;

namespace DinActions.Tests.Interpretation;

public sealed class CallInterpreterTests
{
    private static readonly CallContext Call = new("+8180123456789", "+8150123456789");

    [Fact]
    public async Task A_say_is_answered_spoken_and_hung_up()
    {
        var (events, outcome) = await Run("say en \"Hello, how are you?\"");

        events.Should().Equal(new CallAnswered(Call), new TextSpoken("en", "Hello, how are you?"), new CallHungUp());
        outcome.Should().Be(new CallOutcome(CallEnding.HungUp, []));
    }

    [Fact]
    public async Task A_playback_plays_the_url_then_hangs_up()
    {
        var (events, _) = await Run("playback https://example.com/welcome.mp3");

        events.Should().Equal(new CallAnswered(Call), new AudioPlayed("https://example.com/welcome.mp3"), new CallHungUp());
    }

    [Fact]
    public async Task A_transfer_hands_the_call_over_and_does_not_hang_up()
    {
        var (events, outcome) = await Run("transfer +81807181881 --caller=+8190123456789");

        events.Should().Equal(new CallAnswered(Call), new CallTransferred("+81807181881", "+8190123456789"));
        outcome.Ending.Should().Be(CallEnding.Transferred);
        outcome.NotRun.Should().BeEmpty();
    }

    [Fact]
    public async Task A_voicemail_carries_its_greeting_and_ends_control()
    {
        var (events, outcome) = await Run("voicemail say en \"Please leave a message.\"");

        events.Should().Equal(new CallAnswered(Call), new VoicemailRecorded(DinAction.Say("en", "Please leave a message.")));
        outcome.Ending.Should().Be(CallEnding.Voicemail);
    }

    [Fact]
    public async Task Say_then_transfer_runs_both_in_order()
    {
        var (events, outcome) = await Run("say en \"Connecting you.\"\ntransfer +81336042000", ValidationProfile.Dashboard);

        events.Should().Equal(new CallAnswered(Call), new TextSpoken("en", "Connecting you."), new CallTransferred("+81336042000", null));
        outcome.Ending.Should().Be(CallEnding.Transferred);
    }

    [Fact]
    public async Task An_action_after_a_transfer_never_runs_and_is_returned()
    {
        var script = new ActionScript(DinAction.Transfer("+81336042000"), DinAction.Say("en", "Too late."));
        var channel = new RecordingCallChannel();

        var outcome = await CallInterpreter.RunAsync(script, channel, Call);

        channel.Events.Should().Equal(new CallAnswered(Call), new CallTransferred("+81336042000", null));
        outcome.NotRun.Should().Equal(DinAction.Say("en", "Too late."));
    }

    [Fact]
    public async Task An_action_after_a_voicemail_never_runs()
    {
        var script = new ActionScript(DinAction.Voicemail(), DinAction.Playback("https://example.com/a.mp3"));
        var channel = new RecordingCallChannel();

        var outcome = await CallInterpreter.RunAsync(script, channel, Call);

        channel.Events.Should().Equal(new CallAnswered(Call), new VoicemailRecorded(null));
        outcome.Should().Be(new CallOutcome(CallEnding.Voicemail, [DinAction.Playback("https://example.com/a.mp3")]));
    }

    [Fact]
    public async Task An_empty_script_answers_and_hangs_up()
    {
        var channel = new RecordingCallChannel();

        await CallInterpreter.RunAsync(new ActionScript(), channel, Call);

        channel.Events.Should().Equal(new CallAnswered(Call), new CallHungUp());
    }

    [Fact]
    public async Task An_anonymous_caller_reaches_the_channel_without_a_number()
    {
        var channel = new RecordingCallChannel();

        await CallInterpreter.RunAsync(new ActionScript(DinAction.Voicemail()), channel, CallContext.Anonymous("+8150123456789"));

        channel.Events[0].Should().Be(new CallAnswered(new CallContext(null, "+8150123456789")));
        ((CallAnswered)channel.Events[0]).Call.IsAnonymous.Should().BeTrue();
    }

    [Fact]
    public void An_empty_caller_is_a_hidden_number()
    {
        new CallContext(string.Empty, "+8150123456789").Should().Be(CallContext.Anonymous("+8150123456789"));
    }

    [Fact]
    public async Task A_cancelled_call_throws_before_answering()
    {
        var channel = new RecordingCallChannel();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var run = () => CallInterpreter.RunAsync(new ActionScript(DinAction.Voicemail()), channel, Call, cancellation.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
        channel.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task Cancelling_during_an_action_stops_the_script_there()
    {
        using var cancellation = new CancellationTokenSource();
        var channel = new CancellingChannel(cancellation);
        var script = new ActionScript(DinAction.Say("en", "One."), DinAction.Transfer("+81336042000"));

        var run = () => CallInterpreter.RunAsync(script, channel, Call, cancellation.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
        channel.Inner.Events.Should().Equal(new CallAnswered(Call), new TextSpoken("en", "One."));
    }

    [Fact]
    public async Task Null_arguments_are_refused()
    {
        var channel = new RecordingCallChannel();
        var script = new ActionScript();

        await FluentActions.Awaiting(() => CallInterpreter.RunAsync(null!, channel, Call)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => CallInterpreter.RunAsync(script, null!, Call)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => CallInterpreter.RunAsync(script, channel, null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    private static async Task<(IReadOnlyList<CallEvent> Events, CallOutcome Outcome)> Run(string text, ValidationProfile profile = ValidationProfile.Api)
    {
        var result = ActionScript.Parse(text, ValidationOptions.Default with { Profile = profile });
        result.Script.Should().NotBeNull(because: string.Join("; ", result.Diagnostics));
        var channel = new RecordingCallChannel();
        var outcome = await CallInterpreter.RunAsync(result.Script!, channel, Call);
        return (channel.Events, outcome);
    }

    // Records like the recording channel, and cancels the call as soon as the caller hears something.
    private sealed class CancellingChannel(CancellationTokenSource cancellation) : ICallChannel
    {
        public RecordingCallChannel Inner { get; } = new();

        public Task AnswerAsync(CallContext call, CancellationToken cancellationToken) => Inner.AnswerAsync(call, cancellationToken);

        public async Task SayAsync(string language, string text, CancellationToken cancellationToken)
        {
            await Inner.SayAsync(language, text, cancellationToken);
            await cancellation.CancelAsync();
        }

        public Task PlayAsync(string url, CancellationToken cancellationToken) => Inner.PlayAsync(url, cancellationToken);

        public Task TransferAsync(string target, string? callerId, CancellationToken cancellationToken) => Inner.TransferAsync(target, callerId, cancellationToken);

        public Task RecordVoicemailAsync(GreetingAction? greeting, CancellationToken cancellationToken) => Inner.RecordVoicemailAsync(greeting, cancellationToken);

        public Task HangUpAsync(CancellationToken cancellationToken) => Inner.HangUpAsync(cancellationToken);
    }
}
