namespace DinActions.Cli.Inputs;

/// <summary>Turns the paths of a command line into inputs: files as given, folders searched for <c>*.din</c>, <c>-</c> for standard input.</summary>
internal static class InputSet
{
    /// <summary>The file extension of action files searched for in folders.</summary>
    public const string ActionFilePattern = "*.din";

    /// <summary>
    /// The inputs, in order: each path as given, a folder's action files sorted by path. Enumerated
    /// lazily, so a folder of thousands of files is walked once and never held in memory whole.
    /// </summary>
    public static IEnumerable<InputFile> Expand(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            yield return new InputFile(InputFile.StandardInput);
            yield break;
        }

        foreach (var path in paths)
        {
            if (path != InputFile.StandardInput && Directory.Exists(path))
            {
                foreach (var file in ActionFilesIn(path))
                {
                    yield return new InputFile(file);
                }
            }
            else
            {
                yield return new InputFile(path);
            }
        }
    }

    private static IEnumerable<string> ActionFilesIn(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var files = Directory.EnumerateFiles(folder, ActionFilePattern, options).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
