using DinActions.Cli.Serve;

namespace DinActions.Fuzz.Targets;

/// <summary>
/// The rules-file reader of <c>din serve</c> on any text: every problem is placed on a line and column of
/// the file, says what is wrong on one line, and the rules are refused exactly when a problem is an error.
/// </summary>
internal static class RulesTarget
{
    public static void Run(byte[] data)
    {
        var text = FuzzInput.Text(data);
        var problems = RulesReader.Read(text, out var rules);
        // Lines as an editor counts them: a lone \r ends one too, as it ends a // comment for the JSON reader.
        var lineCount = new DinActions.Tests.Properties.LineMap(text).PositionOf(text.Length).Line;
        foreach (var problem in problems)
        {
            Invariant.Holds(
                problem.Position.Line >= 1 && problem.Position.Line <= lineCount && problem.Position.Column >= 1,
                $"a problem at {problem.Position.Line}:{problem.Position.Column} lies inside the file's {lineCount} lines");
            Invariant.Holds(problem.Message.Length > 0 && !FuzzInput.HasControl(problem.Message), $"a problem's message is one printable line: {FuzzInput.Show(problem.Message)}");
            Invariant.Holds(!FuzzInput.HasControl(problem.Format("rules.json")), $"a problem prints as one line: {FuzzInput.Show(problem.Format("rules.json"))}");
        }

        var hasError = problems.Any(problem => problem.Severity == DiagnosticSeverity.Error);
        Invariant.Holds((rules is null) == hasError, "the rules are read exactly when no problem is an error");
    }
}
