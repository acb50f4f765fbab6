using System.Collections.Immutable;

namespace DinActions.Fuzz.Targets;

/// <summary>
/// The builders an action server calls with what a caller or a database gave it: an action is built only
/// when it writes as one line that reads back as the same action, and a refusal always says why. Fields of
/// the input are separated by NUL: <c>first\0second</c>.
/// </summary>
internal static class BuilderTarget
{
    public static void Run(byte[] data)
    {
        var (first, second) = FuzzInput.Split(FuzzInput.Text(data));

        Check(DinAction.TrySay(first, second, out var say, out var sayDiagnostics), say, sayDiagnostics, "TrySay");
        Check(DinAction.TrySay("en", second, out var english, out var englishDiagnostics), english, englishDiagnostics, "TrySay(en)");
        Check(DinAction.TryPlayback(second, out var playback, out var playbackDiagnostics), playback, playbackDiagnostics, "TryPlayback");
        Check(
            DinAction.TryTransfer(first, second.Length == 0 ? null : second, out var transfer, out var transferDiagnostics),
            transfer,
            transferDiagnostics,
            "TryTransfer");
        if (say is not null)
        {
            Check(true, DinAction.Voicemail(say), [], "Voicemail(say)");
        }
    }

    private static void Check(bool built, DinAction? action, ImmutableArray<Diagnostic> diagnostics, string builder)
    {
        var hasError = diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Invariant.Holds(built != hasError, $"{builder} builds exactly when no diagnostic is an error");
        if (action is null)
        {
            return;
        }

        var line = new ActionScript(action).ToText();
        Invariant.Holds(!FuzzInput.HasControl(line), $"{builder}'s action writes as one printable line");
        var reread = ActionScript.Parse(line);
        Invariant.Holds(
            reread.Script is { Actions: [var only] } && only.Equals(action),
            $"{builder}'s action reads back as itself from `{line}`");
    }
}
