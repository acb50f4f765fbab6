using System.Globalization;
using DinActions.Cli.Json;
using DinActions.Diagnostics;

namespace DinActions.Cli.Testing;

/// <summary>
/// What is wrong in a scenario file, printed as the linter prints: <c>path:line:col: error: $.scenarios[0].at: message</c>.
/// Every problem is an error: a scenario that is half understood would test something nobody wrote.
/// </summary>
/// <param name="Position">Where in the file.</param>
/// <param name="JsonPath">The JSON path of the value, such as <c>$.scenarios[2].expect.rule</c>.</param>
/// <param name="Message">One line that says what is wrong and what to write instead.</param>
internal sealed record ScenarioProblem(TextPosition Position, string JsonPath, string Message)
{
    public string Format(string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}:{Position.Line}:{Position.Column}: error: {PrintableText.Escape(JsonPath)}: {Message}");
}
