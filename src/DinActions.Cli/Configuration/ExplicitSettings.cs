namespace DinActions.Cli.Configuration;

/// <summary>
/// Settings given on the command line (<c>--profile</c>, <c>--no-numbering-plan</c>): they win over every
/// configuration file, for the one run; null where the command line says nothing.
/// </summary>
internal sealed record ExplicitSettings(ValidationProfile? Profile = null, bool? CheckNumberingPlan = null)
{
    public static ExplicitSettings None { get; } = new();
}
