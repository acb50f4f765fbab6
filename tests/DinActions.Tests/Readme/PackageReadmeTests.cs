using FluentAssertions;

namespace DinActions.Tests.Readme;

/// <summary>The README that the DinActions package carries: its example is this project's code, and prints what it says.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PackageReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PackageReadme", "README.md"));

    [Fact]
    public void Package_readme_shows_the_example_code_verbatim()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Readme", "PackageReadmeExample.cs"));

        MarkdownExample.Block(Readme, "csharp").Should().Be("using DinActions;\n\n" + MarkdownExample.Marked(source));
    }

    [Fact]
    public void Package_readme_example_prints_what_the_package_readme_says_it_prints()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            PackageReadmeExample.Run();
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().ReplaceLineEndings("\n").Should().Be(MarkdownExample.Block(Readme, "text", after: "It prints:"));
    }

    [Fact]
    public void Package_readme_says_how_to_install_the_package()
    {
        MarkdownExample.Block(Readme, "sh").Should().Be("dotnet add package DinActions\n");
    }
}
