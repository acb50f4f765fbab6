namespace DinActions.Tests.Readme;

/// <summary>
/// Reads the code of a README from both ends: a fenced block of the Markdown, and the lines of a test's source
/// between <c>// README:begin</c> and <c>// README:end</c>, so that a test can hold the two equal.
/// </summary>
internal static class MarkdownExample
{
    /// <summary>The content of the first block fenced as <paramref name="language"/> after <paramref name="after"/>.</summary>
    public static string Block(string markdown, string language, string after = "")
    {
        markdown = markdown.ReplaceLineEndings("\n");
        var anchor = markdown.IndexOf(after, StringComparison.Ordinal);
        if (anchor < 0)
        {
            throw new InvalidOperationException($"the Markdown has no `{after}`");
        }

        var fence = "```" + language + "\n";
        var start = markdown.IndexOf(fence, anchor, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"the Markdown has no ```{language} block after `{after}`");
        }

        start += fence.Length;
        var end = markdown.IndexOf("\n```", start - 1, StringComparison.Ordinal);
        return markdown[start..(end + 1)];
    }

    /// <summary>The first block fenced as <paramref name="language"/> after <paramref name="after"/> in the repository's README, copied beside the tests.</summary>
    public static string ReadmeBlock(string language, string after) =>
        Block(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")), language, after);

    /// <summary>The marked lines of <paramref name="source"/>, with the indentation of the method body they sit in removed.</summary>
    public static string Marked(string source)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        var begin = Array.FindIndex(lines, line => line.Trim() == "// README:begin");
        var end = Array.FindIndex(lines, line => line.Trim() == "// README:end");
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException("the source has no `// README:begin` ... `// README:end`");
        }

        var indent = lines[begin].Length - lines[begin].TrimStart().Length;
        var marked = lines[(begin + 1)..end].Select(line => line.Length >= indent ? line[indent..] : line.Trim());
        return string.Join("\n", marked) + "\n";
    }
}
