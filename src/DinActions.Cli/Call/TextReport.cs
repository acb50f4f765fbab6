using System.Globalization;
using DinActions.Diagnostics;

namespace DinActions.Cli.Call;

/// <summary>
/// Prints a <see cref="CallReport"/> for people: the request, the checklist grouped by subject with
/// the action's diagnostics under it, the call in plain words, and a count. Every line is escaped,
/// because details quote the server.
/// </summary>
internal static class TextReport
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(CallReport report, TextWriter output)
    {
        async Task Line(string text) => await output.WriteLineAsync(PrintableText.Escape(text)).ConfigureAwait(false);

        await Line($"GET {report.Request}").ConfigureAwait(false);
        await Line($"note: {report.PlusNote}").ConfigureAwait(false);
        string? subject = null;
        foreach (var check in report.Checks)
        {
            if (check.Subject != subject)
            {
                subject = check.Subject;
                await Line(string.Empty).ConfigureAwait(false);
                await Line(subject).ConfigureAwait(false);
            }

            await Line($"  {Word(check.Verdict),-4}  {check.Name,-12}  {check.Detail}").ConfigureAwait(false);
            if (check.Name == "action")
            {
                foreach (var diagnostic in report.Diagnostics)
                {
                    await Line(string.Create(CultureInfo.InvariantCulture, $"        response:{diagnostic}")).ConfigureAwait(false);
                }
            }
        }

        if (report.Call is { } call)
        {
            await Line(string.Empty).ConfigureAwait(false);
            await Line("call").ConfigureAwait(false);
            foreach (var sentence in call.Description)
            {
                await Line($"  {sentence}").ConfigureAwait(false);
            }

            foreach (var notRun in call.Outcome.NotRun)
            {
                await Line($"  Never runs: `{notRun}`.").ConfigureAwait(false);
            }
        }

        await Line(string.Empty).ConfigureAwait(false);
        await Line(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Count(Verdict.Fail)} failed, {report.Count(Verdict.Warn)} warned, {report.Count(Verdict.Pass)} passed, {report.Count(Verdict.Skip)} not checked")).ConfigureAwait(false);
    }

    /// <summary>The word for a verdict, as the checklist prints it.</summary>
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Warn => "warn",
        Verdict.Fail => "FAIL",
        _ => "skip",
    };
}
