using System.Globalization;
using DinActions.Cli.Json;
using DinActions.Diagnostics;

namespace DinActions.Cli.Serve;

/// <summary>
/// A problem found in a file <c>din serve</c> was asked to serve, printed the way the linter prints:
/// <c>path:line:col: severity CODE: message</c>, with the JSON path first for a rules file.
/// </summary>
/// <param name="Position">Where in the file.</param>
/// <param name="JsonPath">The JSON path of the value, for a rules file; null for an action file.</param>
/// <param name="Severity">Errors stop the server from starting; warnings are printed and the server starts.</param>
/// <param name="Code">The rule's code for a problem in an action, null for a problem with the file's structure.</param>
/// <param name="Message">One line that says what is wrong and what to write instead.</param>
internal sealed record ServeProblem(TextPosition Position, string? JsonPath, DiagnosticSeverity Severity, string? Code, string Message)
{
    public string Format(string path) => string.Create(
        CultureInfo.InvariantCulture,
        $"{path}:{Position.Line}:{Position.Column}: {Diagnostic.SeverityName(Severity)}{(Code is null ? string.Empty : " " + Code)}: {(JsonPath is null ? string.Empty : PrintableText.Escape(JsonPath) + ": ")}{Message}");
}
