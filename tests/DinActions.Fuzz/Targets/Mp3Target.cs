using DinActions.Cli.Call;

namespace DinActions.Fuzz.Targets;

/// <summary>
/// The MP3 sniffer of <c>din call</c> on any first bytes a server sends: a verdict it defines, a sentence
/// that prints on one line whatever the bytes were, and the same answer from any longer read of the file.
/// </summary>
internal static class Mp3Target
{
    public static void Run(byte[] data)
    {
        var (verdict, detail) = Mp3Signature.Inspect(data);
        Invariant.Holds(Enum.IsDefined(verdict), $"the verdict {verdict} is one the checks know");
        Invariant.Holds(detail.Length > 0 && !FuzzInput.HasControl(detail), "the verdict's sentence is one printable line");
        Invariant.Holds(data.Length > 0 || verdict == Verdict.Fail, "an empty file is not an mp3");

        if (data.Length > Mp3Signature.BytesNeeded)
        {
            var (headVerdict, _) = Mp3Signature.Inspect(data.AsSpan(0, Mp3Signature.BytesNeeded));
            Invariant.Holds(headVerdict == verdict, $"the first {Mp3Signature.BytesNeeded} bytes decide the verdict");
        }
    }
}
