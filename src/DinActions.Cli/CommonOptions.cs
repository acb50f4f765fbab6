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
