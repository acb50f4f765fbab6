namespace DinActions.Fuzz;

/// <summary>One entry point under test, with the invariants its answers must keep for any input.</summary>
/// <param name="Name">The name the command line and the corpus folder use.</param>
/// <param name="Description">What is called and what is checked.</param>
/// <param name="Run">Calls the code under test and throws <see cref="InvariantException"/> when an answer is wrong; any other exception is a finding too.</param>
public sealed record FuzzTarget(string Name, string Description, Action<byte[]> Run)
{
    /// <summary>What is wrong with the answer to <paramref name="input"/>, or null when every invariant holds.</summary>
    public string? Check(byte[] input)
    {
        try
        {
            Run(input);
            return null;
        }
#pragma warning disable CA1031 // Replay reports every finding, of whatever type, with the input that caused it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception.ToString();
        }
    }
}

/// <summary>An answer that is wrong although nothing threw: a span outside the input, overlapping fixes, a second line.</summary>
public sealed class InvariantException(string message) : Exception(message);

/// <summary>Checks a condition of an answer; the message says what should have been true.</summary>
internal static class Invariant
{
    public static void Holds(bool condition, string expectation)
    {
        if (!condition)
        {
            throw new InvariantException(expectation);
        }
    }
}
