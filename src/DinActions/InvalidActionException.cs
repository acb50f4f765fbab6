using System.Collections.Immutable;

namespace DinActions;

/// <summary>An action or script was refused: building, formatting or emitting it would give a line the cloud cannot carry out.</summary>
public sealed class InvalidActionException : ArgumentException
{
    /// <summary>Creates the exception from the diagnostics that explain it; the first error becomes the message.</summary>
    public InvalidActionException(ImmutableArray<Diagnostic> diagnostics)
        : base(MessageOf(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every diagnostic found, errors and warnings.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string MessageOf(ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return $"{diagnostic.Code}: {diagnostic.Message}";
            }
        }

        return "The action is not valid.";
    }
}
