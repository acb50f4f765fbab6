using System.CommandLine;
using System.Text.Json;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary><c>din numbers available</c>: lists the DINs that can be subscribed to.</summary>
internal static class AvailableCommand
{
    private const string Name = "numbers available";

    private static readonly Option<string?> Country = new("--country")
    {
        Description = "Only numbers of this country (an ISO code such as JP).",
        HelpName = "CC",
    };

    private static readonly Option<string?> Prefix = new("--prefix")
    {
        Description = "Only numbers with this prefix (such as 813).",
        HelpName = "P",
    };

    private static readonly Option<NumbersFormat> Format = NumbersOptions.Format();

    public static Command Create(NumbersContext context)
    {
        var command = new Command("available", "List the dial-in numbers available for subscription, with their costs.")
        {
            Country,
            Prefix,
            Format,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(context, parseResult.GetValue(Country), parseResult.GetValue(Prefix), parseResult.GetValue(Format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(NumbersContext context, string? country, string? prefix, NumbersFormat format, CancellationToken cancellationToken)
    {
        if (!ProviderSettings.TryReadDinApi(context, out var options, out var problem))
        {
            return ProviderRun.Usage(context, Name, problem);
        }

        return await ProviderRun.RunAsync(context, Name, NumbersCommand.CredentialVariables, async http =>
        {
            var numbers = await new DinApiClient(http, options).ListAvailableAsync(country, prefix, cancellationToken).ConfigureAwait(false);
            var output = context.Console.Out;
            if (format == NumbersFormat.Json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(numbers, NumbersJsonContext.Default.IReadOnlyListAvailableDin)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (numbers.Count == 0)
            {
                await output.WriteLineAsync("No numbers available" + (country is null && prefix is null ? "." : " for this filter.")).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            TerminalText.WriteTable(
                output,
                ["DIN_UID", "DIN", "COUNTRY", "PREFIX", "PER_MINUTE", "MONTHLY"],
                numbers.Select(number => new[]
                {
                    number.DinUid, number.Din, number.CountryCode ?? "-", number.Prefix ?? "-",
                    TerminalText.Amount(number.MinuteCost), TerminalText.Amount(number.MonthlyCost),
                }));
            await output.WriteLineAsync($"{numbers.Count} {(numbers.Count == 1 ? "number" : "numbers")} available; subscribing charges the monthly cost at once.").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false);
    }
}
