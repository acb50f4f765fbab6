namespace DinActions.Cli.Configuration;

/// <summary>
/// Settings given on the command line (<c>--profile</c>, <c>--no-numbering-plan</c>, <c>--lines</c>) or by an
/// editor's settings: they win over every configuration file, for the one run; null where they say nothing.
/// </summary>
/// <param name="Profile">The profile.</param>
/// <param name="CheckNumberingPlan">Whether numbers are checked against their country's numbering plan.</param>
/// <param name="Lines">Whether every line of a file is a document of its own.</param>
internal sealed record ExplicitSettings(ValidationProfile? Profile = null, bool? CheckNumberingPlan = null, bool? Lines = null)
{
    public static ExplicitSettings None { get; } = new();
}
