using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary>Runs one provider request on behalf of a command and turns its failure into a one-line reason and an exit code.</summary>
internal static class ProviderRun
{
    /// <summary>
    /// Runs <paramref name="request"/> on a fresh <see cref="HttpClient"/>. A provider failure is
    /// one line on standard error and exit 1; a Ctrl+C ends quietly with exit 1.
    /// </summary>
    public static async Task<int> RunAsync(NumbersContext context, string command, string credentialVariables, Func<HttpClient, Task<int>> request, CancellationToken cancellationToken)
    {
        // Our clients enforce their own timeout per request, so the HttpClient's is off.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            return await request(http).ConfigureAwait(false);
        }
        catch (ProviderAuthenticationException exception)
        {
            await context.Console.Error.WriteLineAsync($"din {command}: {exception.Message}; set {credentialVariables}").ConfigureAwait(false);
            return ExitCodes.ErrorsFound;
        }
        catch (ProvisioningException exception)
        {
            await context.Console.Error.WriteLineAsync($"din {command}: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.ErrorsFound;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Console.Error.WriteLineAsync($"din {command}: cancelled").ConfigureAwait(false);
            return ExitCodes.ErrorsFound;
        }
    }

    /// <summary>Writes a usage problem (such as missing credentials) and returns the usage exit code.</summary>
    public static int Usage(NumbersContext context, string command, string problem)
    {
        context.Console.Error.WriteLine($"din {command}: {problem}");
        return ExitCodes.UsageOrIo;
    }
}
