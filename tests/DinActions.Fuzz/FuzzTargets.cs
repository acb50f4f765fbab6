using DinActions.Fuzz.Targets;

namespace DinActions.Fuzz;

/// <summary>Every fuzzing target, by name.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("script", "ActionScript.Parse, Validate and Format, fixes and the round trip", ScriptTarget.Run),
        new("builder", "DinAction.TrySay, TryPlayback and TryTransfer on user text: one line, or a refusal", BuilderTarget.Run),
        new("rules", "the rules-file reader of din serve: problems placed inside the file", RulesTarget.Run),
        new("files", "the scenario-file reader of din test and the .dinlint.json reader: problems placed inside the file", FilesTarget.Run),
        new("query", "DinCall.FromQuery of DinActions.AspNetCore on any query string", QueryTarget.Run),
        new("reporters", "the JSON and SARIF lint reporters over any path and diagnostics", ReportersTarget.Run),
        new("mp3", "the MP3 sniffer of din call on any leading bytes", Mp3Target.Run),
        new("lines", "the line splitter of din lint --lines, on bytes and on characters, in any block size", LinesTarget.Run),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(target => target.Name == name);
}
