using DinActions.Cli.Configuration;
using DinActions.Cli.Json;
using DinActions.Cli.Testing;

namespace DinActions.Fuzz.Targets;

/// <summary>
/// The two other readers of positioned JSON, the scenario files of <c>din test</c> and <c>.dinlint.json</c>,
/// on any text: every problem is placed on a line and column of the file and prints as one printable line,
/// and the file is read exactly when there is no problem.
/// </summary>
internal static class FilesTarget
{
    public static void Run(byte[] data)
    {
        var text = FuzzInput.Text(data);
        var lineCount = new DinActions.Tests.Properties.LineMap(text).PositionOf(text.Length).Line;

        var scenarioProblems = ScenarioReader.Read(text, commandLineTarget: null, out var scenarios);
        foreach (var problem in scenarioProblems)
        {
            Placed(problem.Position, lineCount);
            Printable(problem.Message, problem.Format("scenarios.jsonc"));
        }

        Invariant.Holds((scenarios is null) == (scenarioProblems.Length > 0), "the scenarios are read exactly when there is no problem");

        var configProblems = LintConfigReader.Read(".dinlint.json", text, out var config);
        foreach (var problem in configProblems)
        {
            if (problem.Position is { } position)
            {
                Placed(position, lineCount);
            }

            Printable(problem.Message, problem.Format(".dinlint.json"));
        }

        Invariant.Holds((config is null) == (configProblems.Length > 0), "the configuration is read exactly when there is no problem");
    }

    private static void Placed(TextPosition position, int lineCount) =>
        Invariant.Holds(
            position.Line >= 1 && position.Line <= lineCount && position.Column >= 1,
            $"a problem at {position.Line}:{position.Column} lies inside the file's {lineCount} lines");

    private static void Printable(string message, string printed)
    {
        Invariant.Holds(message.Length > 0 && !FuzzInput.HasControl(message), $"a problem's message is one printable line: {FuzzInput.Show(message)}");
        Invariant.Holds(!FuzzInput.HasControl(printed), $"a problem prints as one line: {FuzzInput.Show(printed)}");
    }
}
