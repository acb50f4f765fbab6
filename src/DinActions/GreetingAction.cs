namespace DinActions;

/// <summary>An action that can greet the caller before a <c>voicemail</c>: <see cref="SayAction"/> or <see cref="PlaybackAction"/>.</summary>
public abstract record GreetingAction : DinAction
{
    private protected GreetingAction()
    {
    }
}
