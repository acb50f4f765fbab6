using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;

namespace DinActions.Cli.Tests.Packaging;

/// <summary>
/// The tool's packages, one per runtime identifier of the project, are the ones README describes and the ones CI
/// packs: a RID the pointer package names but the feed lacks makes <c>dotnet tool install</c> fail on that machine.
/// </summary>
public sealed partial class ToolPackageTests
{
    private static readonly string[] ExpectedRids = ["linux-x64", "linux-musl-x64", "any"];

    [Fact]
    public void The_tool_points_to_a_native_linux_x64_package_and_framework_dependent_musl_and_any_packages()
    {
        var project = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "DinActions.Cli.csproj"));

        ProjectRids().Should().Equal(ExpectedRids);
        // Native AOT for linux-x64 alone (and the pointer package, which then packs no RID package by itself).
        project.Descendants("PublishAot").Should().ContainSingle().Which.Attribute("Condition")!.Value
            .Should().Be("'$(RuntimeIdentifier)' == '' or '$(RuntimeIdentifier)' == 'linux-x64'");
    }

    [Fact]
    public void Readme_describes_one_package_per_runtime_identifier_of_the_tool()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("## The `din` tool\n", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "README has the section `## The `din` tool`");
        var table = readme[readme.IndexOf("| package | for | what it holds |", start, StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];

        var described = table.Split('\n').Skip(2).Select(row => PackageCell().Match(row).Groups[1].Value).ToArray();

        described.Should().BeEquivalentTo(ProjectRids());
        table.Should().Contain("| `DinActions.Cli.linux-x64` | Linux on x64 (glibc: Debian, Ubuntu, Fedora, ...) | the native `din` (Native AOT)");
    }

    [Fact]
    public void Ci_packs_the_pointer_and_every_runtime_identifier_of_the_tool()
    {
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "tool-package"));

        var loop = PackLoop().Match(script);

        loop.Success.Should().BeTrue(".ci/tool-package packs in a `for rid in \"\" ...` loop");
        loop.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo(ProjectRids());
    }

    private static string[] ProjectRids()
    {
        var project = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "DinActions.Cli.csproj"));
        var rids = project.Descendants("ToolPackageRuntimeIdentifiers").Should().ContainSingle().Subject.Value;
        return rids.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [GeneratedRegex(@"^\| `DinActions\.Cli\.([a-z0-9-]+)` \|")]
    private static partial Regex PackageCell();

    [GeneratedRegex(@"for rid in """" ([a-z0-9 -]+); do")]
    private static partial Regex PackLoop();
}
