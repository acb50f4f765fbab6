using System.CommandLine;
using System.Text.Json;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary><c>din exotel numbers add</c>: acquires an ExoPhone through Exotel's IncomingPhoneNumbers API.</summary>
internal static class ExotelCommand
{
    private const string Name = "exotel numbers add";

    private const string CredentialVariables =
        $"{ProviderSettings.ExotelApiKey}, {ProviderSettings.ExotelApiToken} and {ProviderSettings.ExotelSid} to the API key, API token and account SID";

    private static readonly Argument<string> Phone = new("phone")
    {
        Description = "The ExoPhone to acquire (PhoneNumber).",
    };

    private static readonly Option<string?> VoiceUrl = new("--voice-url")
    {
        Description = "The flow incoming calls connect to (VoiceUrl), such as http://my.exotel.com/{sid}/exoml/start_voice/{app_id}.",
        HelpName = "U",
    };

    private static readonly Option<string?> SmsUrl = new("--sms-url")
    {
        Description = "The flow incoming SMS connect to (SMSUrl).",
        HelpName = "U",
    };

    private static readonly Option<string?> FriendlyName = new("--friendly-name")
    {
        Description = "A name that identifies the number (FriendlyName).",
        HelpName = "N",
    };

    private static readonly Option<ExotelRegion?> Region = NumbersOptions.Region();

    private static readonly Option<NumbersFormat> Format = NumbersOptions.Format();

    /// <summary>The command, reading credentials from the process's environment.</summary>
    public static Command Create(DinConsole console) => Create(new NumbersContext(console, NumbersEnvironment.FromProcess(), NumbersLimits.Default));

    /// <summary><c>exotel</c> with its <c>numbers add</c> subcommand, with the given environment and limits.</summary>
    public static Command Create(NumbersContext context)
    {
        var add = new Command("add", "Acquire an ExoPhone and, optionally, set its voice and SMS flows and a friendly name.")
        {
            Phone,
            VoiceUrl,
            SmsUrl,
            FriendlyName,
            Region,
            Format,
        };
        add.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            new ExotelNumberRequest(parseResult.GetRequiredValue(Phone), parseResult.GetValue(VoiceUrl), parseResult.GetValue(SmsUrl), parseResult.GetValue(FriendlyName)),
            parseResult.GetValue(Region),
            parseResult.GetValue(Format),
            cancellationToken));

        var numbers = new Command("numbers", "Manage ExoPhones (Exotel IncomingPhoneNumbers).") { add };
        return new Command(
            "exotel",
            $"Exotel provisioning. Credentials: {ProviderSettings.ExotelApiKey}, {ProviderSettings.ExotelApiToken}, {ProviderSettings.ExotelSid}; {ProviderSettings.ExotelApiBase} or --region picks the cluster. Exit codes: 0 success, 1 API failure, 2 usage.")
        {
            numbers,
        };
    }

    private static async Task<int> RunAsync(NumbersContext context, ExotelNumberRequest request, ExotelRegion? region, NumbersFormat format, CancellationToken cancellationToken)
    {
        if (!ProviderSettings.TryReadExotel(context, region, out var options, out var problem))
        {
            return ProviderRun.Usage(context, Name, problem);
        }

        if (string.IsNullOrWhiteSpace(request.PhoneNumber))
        {
            return ProviderRun.Usage(context, Name, "the phone number is empty");
        }

        return await ProviderRun.RunAsync(context, Name, CredentialVariables, async http =>
        {
            var number = await new ExotelClient(http, options).AcquireNumberAsync(request, cancellationToken).ConfigureAwait(false);
            var output = context.Console.Out;
            if (format == NumbersFormat.Json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(number, NumbersJsonContext.Default.ExotelIncomingPhoneNumber)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            TerminalText.WriteTable(
                output,
                ["FIELD", "VALUE"],
                [
                    ["phone_number", number.PhoneNumber],
                    ["sid", number.Sid],
                    ["friendly_name", number.FriendlyName ?? "-"],
                    ["voice_url", number.VoiceUrl ?? "-"],
                    ["sms_url", number.SmsUrl ?? "-"],
                    ["capabilities", $"voice {YesNo(number.Capabilities?.Voice)}, sms {YesNo(number.Capabilities?.Sms)}"],
                    ["rental_price", $"{TerminalText.Amount(number.RentalPrice)} {number.Currency} per month".TrimEnd()],
                    ["one_time_price", $"{TerminalText.Amount(number.OneTimePrice)} {number.Currency}".TrimEnd()],
                ]);
            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "unknown",
    };
}
