using System.CommandLine;
using System.CommandLine.Parsing;

namespace DinActions.Cli;

/// <summary>Arguments and options more than one command takes, declared once.</summary>
internal static class CommonOptions
{
    /// <summary>Files, folders (searched for <c>*.din</c>) or <c>-</c> for standard input.</summary>
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Action files, folders (searched for *.din files), or - for standard input (the default).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--profile api|dashboard</c>.</summary>
    public static Option<ValidationProfile> Profile() => new("--profile")
    {
        Description = "Where the actions are used: api (one action per URL, the default) or dashboard (up to two).",
        DefaultValueFactory = _ => ValidationProfile.Api,
        CustomParser = result => ParseProfile(result),
        HelpName = "api|dashboard",
    };

    /// <summary><c>--config FILE</c>: the <c>.dinlint.json</c> to use instead of searching for each file's.</summary>
    public static Option<string?> Config() => new("--config")
    {
        Description = "Use this configuration file for every input instead of the .dinlint.json found above each one.",
        HelpName = "file",
    };

    /// <summary>
    /// What the command line says of the profile and the numbering plan, which wins over any configuration file;
    /// null where it says nothing, so that an option's default never hides what a configuration says.
    /// </summary>
    public static Configuration.ExplicitSettings ExplicitSettings(System.CommandLine.ParseResult parseResult, Option<ValidationProfile> profile, Option<bool> noNumberingPlan) => new(
        parseResult.GetResult(profile) is { Implicit: false } ? parseResult.GetValue(profile) : null,
        parseResult.GetValue(noNumberingPlan) ? false : null);

    private static ValidationProfile ParseProfile(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        switch (value)
        {
            case "api":
                return ValidationProfile.Api;
            case "dashboard":
                return ValidationProfile.Dashboard;
            default:
                result.AddError($"`{value}` is not a profile; use `api` or `dashboard`.");
                return ValidationProfile.Api;
        }
    }
}
