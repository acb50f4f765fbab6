namespace DinActions.Cli.Numbers;

/// <summary>
/// The environment variables the provisioning commands read their credentials from. Commands take
/// it as a parameter so that tests pass their own variables instead of the process's.
/// </summary>
internal sealed class NumbersEnvironment
{
    private readonly Func<string, string?> read;

    private NumbersEnvironment(Func<string, string?> read) => this.read = read;

    /// <summary>The process's environment.</summary>
    public static NumbersEnvironment FromProcess() => new(Environment.GetEnvironmentVariable);

    /// <summary>An environment of exactly <paramref name="variables"/>, as tests use.</summary>
    public static NumbersEnvironment From(IReadOnlyDictionary<string, string> variables) =>
        new(name => variables.TryGetValue(name, out var value) ? value : null);

    /// <summary>The variable's value, or null when it is unset or empty.</summary>
    public string? Get(string name) => read(name) is { Length: > 0 } value ? value : null;
}

/// <summary>How long the provisioning commands wait and how much they read; tests shorten them.</summary>
/// <param name="ApiTimeout">The timeout of one request to a provider's API.</param>
/// <param name="CheckTimeout">The timeout of fetching an action URL before attaching it.</param>
/// <param name="CheckMaxBytes">The most bytes of an action URL's answer read; an action is one short line.</param>
internal sealed record NumbersLimits(TimeSpan ApiTimeout, TimeSpan CheckTimeout, int CheckMaxBytes)
{
    /// <summary>30 s per API request; 10 s and 64 KiB for an action URL.</summary>
    public static NumbersLimits Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), Fetching.ActionAnswer.MaxBytes);
}

/// <summary>What every provisioning command runs with.</summary>
/// <param name="Console">The streams to write to.</param>
/// <param name="Environment">Where the credentials come from.</param>
/// <param name="Limits">Timeouts and size caps.</param>
internal sealed record NumbersContext(DinConsole Console, NumbersEnvironment Environment, NumbersLimits Limits);
