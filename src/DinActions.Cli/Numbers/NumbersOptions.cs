using System.CommandLine;
using System.CommandLine.Parsing;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary>The output formats of the provisioning commands.</summary>
internal enum NumbersFormat
{
    /// <summary>Aligned columns for people.</summary>
    Text,

    /// <summary>The provider's fields, with the provider's names, as indented JSON.</summary>
    Json,
}

/// <summary>Arguments and options more than one provisioning command takes, declared once.</summary>
internal static class NumbersOptions
{
    /// <summary><c>--format text|json</c>.</summary>
    public static Option<NumbersFormat> Format() => new("--format")
    {
        Description = "Output format: text (columns, the default) or json (the provider's fields).",
        DefaultValueFactory = _ => NumbersFormat.Text,
        CustomParser = ParseFormat,
        HelpName = "text|json",
    };

    /// <summary>The <c>din_uid</c> argument.</summary>
    public static Argument<string> DinUid() => new("din_uid")
    {
        Description = "The DIN's unique identifier, as `din numbers available` or `din numbers list` shows it.",
        Validators = { RequireIdentifier },
    };

    /// <summary><c>--region singapore|mumbai</c>.</summary>
    public static Option<ExotelRegion?> Region() => new("--region")
    {
        Description = "The Exotel cluster: singapore (api.exotel.com) or mumbai (api.in.exotel.com). Overrides EXOTEL_API_BASE; without either, singapore.",
        CustomParser = ParseRegion,
        HelpName = "singapore|mumbai",
    };

    private static void RequireIdentifier(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (value.Length == 0 || !value.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_'))
        {
            result.AddError("A din_uid holds only letters, digits, `-` and `_`.");
        }
    }

    private static NumbersFormat ParseFormat(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        switch (value)
        {
            case "text":
                return NumbersFormat.Text;
            case "json":
                return NumbersFormat.Json;
            default:
                result.AddError($"`{TerminalText.Clip(value)}` is not a format; use `text` or `json`.");
                return NumbersFormat.Text;
        }
    }

    private static ExotelRegion? ParseRegion(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        switch (value.ToUpperInvariant())
        {
            case "SINGAPORE":
                return ExotelRegion.Singapore;
            case "MUMBAI":
                return ExotelRegion.Mumbai;
            default:
                result.AddError($"`{TerminalText.Clip(value)}` is not a region; use `singapore` or `mumbai`.");
                return null;
        }
    }
}
