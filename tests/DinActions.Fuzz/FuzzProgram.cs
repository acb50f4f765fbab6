using SharpFuzz;

namespace DinActions.Fuzz;

/// <summary>
/// <c>fuzz TARGET</c> runs one target under afl-fuzz; <c>replay TARGET PATH...</c> runs it over saved inputs
/// (files, or folders of them) without afl-fuzz, and says which input breaks which invariant.
/// </summary>
public static class FuzzProgram
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["list"])
        {
            foreach (var target in FuzzTargets.All)
            {
                output.WriteLine($"{target.Name}\t{target.Description}");
            }

            return 0;
        }

        if (args is ["fuzz", var fuzzName] && FuzzTargets.Find(fuzzName) is { } fuzzed)
        {
            Fuzzer.Run(stream => fuzzed.Run(ReadAll(stream)));
            return 0;
        }

        if (args is ["replay", var replayName, .. var paths] && paths.Length > 0 && FuzzTargets.Find(replayName) is { } replayed)
        {
            return Replay(replayed, paths, output, error);
        }

        error.WriteLine("usage: DinActions.Fuzz list | fuzz TARGET | replay TARGET PATH...");
        error.WriteLine($"targets: {string.Join(", ", FuzzTargets.All.Select(target => target.Name))}");
        return 2;
    }

    private static int Replay(FuzzTarget target, string[] paths, TextWriter output, TextWriter error)
    {
        var inputs = paths.SelectMany(path => Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : (IEnumerable<string>)[path]).ToArray();
        var failed = 0;
        foreach (var input in inputs)
        {
            if (target.Check(File.ReadAllBytes(input)) is { } problem)
            {
                failed++;
                error.WriteLine($"{input}: {target.Name}: {problem}");
            }
        }

        output.WriteLine($"{target.Name}: {inputs.Length} inputs replayed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
