using System.Globalization;
using DinActions.Cli.Json;
using DinActions.Diagnostics;

namespace DinActions.Cli.Configuration;

/// <summary>
/// What is wrong in a <c>.dinlint.json</c>, printed as the linter prints:
/// <c>path:line:col: error: $.rules.DIN9999: message</c>. Every problem is an error: a configuration that is
/// half understood would check files by rules nobody asked for.
/// </summary>
/// <param name="Position">Where in the file; null when the file could not be read at all.</param>
/// <param name="JsonPath">The JSON path of the value, such as <c>$.overrides[0].files</c>; null with no position.</param>
/// <param name="Message">One line that says what is wrong and what to write instead.</param>
internal sealed record ConfigProblem(TextPosition? Position, string? JsonPath, string Message)
{
    // A key's name is part of the path as written, so a key with a line break in it is shown escaped.
    public string Format(string path) => Position is { } position
        ? string.Create(CultureInfo.InvariantCulture, $"{path}:{position.Line}:{position.Column}: error: {PrintableText.Escape(JsonPath)}: {Message}")
        : $"{path}: error: {Message}";

    /// <summary>Writes each of <paramref name="problems"/> of the configuration shown as <paramref name="path"/>, one line each.</summary>
    public static void WriteAll(IEnumerable<ConfigProblem> problems, string path, TextWriter writer)
    {
        foreach (var problem in problems)
        {
            writer.WriteLine(problem.Format(path));
        }
    }
}
