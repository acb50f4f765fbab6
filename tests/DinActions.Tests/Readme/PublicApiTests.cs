using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace DinActions.Tests.Readme;

/// <summary>
/// README's tables of public types and the assemblies agree in both directions: a public type without a row
/// is a mistake, and so is a row without a type.
/// </summary>
public sealed partial class PublicApiTests
{
    public static TheoryData<string> Packages => ["DinActions", "DinActions.AspNetCore", "DinActions.Provisioning"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_public_type_has_a_row_in_READMEs_table_and_every_row_a_type(string package)
    {
        var assembly = AssemblyOf(package);
        var exported = assembly.GetExportedTypes().Select(Name).ToHashSet(StringComparer.Ordinal);
        var documented = RowsOf(package);

        exported.Except(documented).Should().BeEmpty("every public type of {0} needs a row in README's table `### Types of {0}`", package);
        documented.Except(exported).Should().BeEmpty("every row of README's table `### Types of {0}` names a public type of {0}", package);
    }

    [Fact]
    public void The_syntax_tree_binder_and_rules_are_not_public()
    {
        AssemblyOf("DinActions").GetExportedTypes().Select(type => type.Namespace).Distinct()
            .Should().Equal(["DinActions"], "the public API lives in one namespace; everything in the stage folders is internal");
    }

    [Fact]
    public void Every_row_says_what_a_user_does_with_the_type()
    {
        foreach (var package in new[] { "DinActions", "DinActions.AspNetCore", "DinActions.Provisioning" })
        {
            foreach (var (type, description) in Table(package))
            {
                description.Trim().Length.Should().BeGreaterThan(10, "the row of `{0}` says what a user does with it", type);
            }
        }
    }

    private static Assembly AssemblyOf(string package) => package switch
    {
        "DinActions" => typeof(ActionScript).Assembly,
        "DinActions.AspNetCore" => typeof(AspNetCore.DinCall).Assembly,
        "DinActions.Provisioning" => typeof(Provisioning.DinApiClient).Assembly,
        _ => throw new ArgumentOutOfRangeException(nameof(package)),
    };

    // Nested and generic types by their C# names: `Outer.Inner`, `Name<T>`.
    private static string Name(Type type)
    {
        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(argument => argument.Name)) + ">" : type.Name;
        return type.DeclaringType is { } outer ? Name(outer) + "." + name : name;
    }

    private static HashSet<string> RowsOf(string package) => Table(package).Select(row => row.Type).ToHashSet(StringComparer.Ordinal);

    /// <summary>The rows of the table under <c>### Types of `package`</c>: the type in backticks, and what the row says of it.</summary>
    private static List<(string Type, string Description)> Table(string package)
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var heading = $"### Types of `{package}`\n";
        var start = readme.IndexOf(heading, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "README has a heading `{0}`", heading.Trim());
        var rows = new List<(string, string)>();
        foreach (var line in readme[(start + heading.Length)..].Split('\n').SkipWhile(line => !line.StartsWith('|')).TakeWhile(line => line.StartsWith('|')).Skip(2))
        {
            var match = Row().Match(line);
            match.Success.Should().BeTrue("a row is `| `Type` | what a user does with it |`: {0}", line);
            rows.Add((match.Groups["type"].Value, match.Groups["description"].Value));
        }

        return rows;
    }

    [GeneratedRegex(@"^\| `(?<type>[^`]+)` \| (?<description>.+) \|$")]
    private static partial Regex Row();
}
