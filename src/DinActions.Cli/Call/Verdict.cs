namespace DinActions.Cli.Call;

/// <summary>The result of one check of <c>din call</c>.</summary>
internal enum Verdict
{
    /// <summary>The point is fine.</summary>
    Pass,

    /// <summary>The cloud may cope, but something is off.</summary>
    Warn,

    /// <summary>The call would not work as intended.</summary>
    Fail,

    /// <summary>Not checked: an earlier check failed, or it cannot be checked from here.</summary>
    Skip,
}
