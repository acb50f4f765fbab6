namespace DinActions.Cli.Tests.Serve;

/// <summary>A clock the test sets: rules are never evaluated against the wall clock.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
