namespace DinActions.Cli;

/// <summary>What <c>din</c> exits with.</summary>
internal static class ExitCodes
{
    /// <summary>No error found (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one error found in the input.</summary>
    public const int ErrorsFound = 1;

    /// <summary>The command line was wrong, or a file could not be read.</summary>
    public const int UsageOrIo = 2;
}
