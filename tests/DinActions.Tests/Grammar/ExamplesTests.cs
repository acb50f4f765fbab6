using System.Text;
using System.Text.RegularExpressions;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Grammar;

/// <summary>
/// The example action files under <c>grammar/examples/</c>: every valid file validates without error and
/// round-trips through <see cref="ActionScript.Format"/>, and every file reports exactly the codes its name
/// starts with, at any severity, a code named twice being reported twice (a valid file's name lists none, or
/// only warnings and infos). Files under a <c>dashboard/</c> folder are validated with the dashboard profile,
/// the others with the api profile.
/// </summary>
public sealed partial class ExamplesTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "grammar", "examples");

    public static TheoryData<string> ValidFiles => [.. Files("valid")];

    public static TheoryData<string> InvalidFiles => [.. Files("invalid")];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Every_valid_example_gives_no_error_and_no_diagnostic_its_name_does_not_list(string file)
    {
        var expected = CodesIn(file);
        var diagnostics = ActionScript.Validate(Read(file), OptionsFor(file));

        diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeEmpty(
            "{0} is a valid example, but it gives:{1}{2}", file, Environment.NewLine, Describe(diagnostics));
        diagnostics.Select(diagnostic => diagnostic.Code).Order(StringComparer.Ordinal).Should().Equal(
            expected.Order(StringComparer.Ordinal),
            "{0} should report {1}, but it gives:{2}{3}",
            file, expected.Length == 0 ? "nothing" : string.Join(", ", expected), Environment.NewLine, Describe(diagnostics));
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Every_valid_example_round_trips_through_Format(string file)
    {
        var options = OptionsFor(file);
        var text = Read(file);
        var original = ActionScript.Parse(text, options);
        original.Script.Should().NotBeNull("{0} is a valid example, but it gives:{1}{2}", file, Environment.NewLine, Describe(original.Diagnostics));

        var formatted = ActionScript.Format(text, options);
        var reparsed = ActionScript.Parse(formatted, options);

        reparsed.Script.Should().NotBeNull("the formatted text {0} of {1} should parse, but it gives:{2}{3}",
            formatted, file, Environment.NewLine, Describe(reparsed.Diagnostics));
        reparsed.Script.Should().Be(original.Script, "{0} was formatted as {1}", file, formatted);
        ActionScript.Format(formatted, options).Should().Be(formatted, "formatting is idempotent");
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Every_invalid_example_reports_exactly_the_codes_its_name_lists(string file)
    {
        var expected = CodesIn(file);

        // A file that is not UTF-8 is reported as a tool that reads bytes reports it (DIN0060), and checked no further.
        var notUtf8 = Utf8Source.Decode(File.ReadAllBytes(Path.Combine(ExamplesFolder, file)), out var text);
        var diagnostics = notUtf8 is null ? ActionScript.Validate(text, OptionsFor(file)) : [notUtf8];

        expected.Should().NotBeEmpty("the name of an invalid example starts with the codes it reports");
        diagnostics.Select(diagnostic => diagnostic.Code).Order(StringComparer.Ordinal).Should().Equal(
            expected.Order(StringComparer.Ordinal),
            "{0} should report exactly {1}, and nothing else at any severity, but it gives:{2}{3}",
            file, string.Join(", ", expected), Environment.NewLine, Describe(diagnostics));
    }

    [Fact]
    public void Every_rule_code_has_an_invalid_example()
    {
        var covered = Files("invalid").SelectMany(CodesIn).ToHashSet(StringComparer.Ordinal);

        var codes = DinRules.All.Select(descriptor => descriptor.Code)
            .Where(code => code != DinRules.ValueNotRepresentable.Code);

        codes.Where(code => !covered.Contains(code)).Should().BeEmpty("every rule has an example in grammar/examples/invalid/");
    }

    [Fact]
    public void Every_code_named_by_an_example_is_a_rule_code()
    {
        var known = DinRules.All.Select(descriptor => descriptor.Code).ToHashSet(StringComparer.Ordinal);

        Files("invalid").Concat(Files("valid")).SelectMany(CodesIn).Where(code => !known.Contains(code)).Should().BeEmpty();
    }

    [Fact]
    public void Every_action_kind_and_every_profile_has_a_valid_example()
    {
        var scripts = Files("valid")
            .Select(file => (File: file, ActionScript.Parse(Read(file), OptionsFor(file)).Script))
            .Where(parsed => parsed.Script is not null)
            .ToList();
        var kinds = scripts.SelectMany(parsed => parsed.Script!.Actions).SelectMany(KindsOf).ToHashSet(StringComparer.Ordinal);

        kinds.Should().Contain(
            ["playback", "transfer", "transfer --caller=", "say", "say en", "say ja", "voicemail", "voicemail with a greeting", "voicemail say", "voicemail playback"],
            "every action and form has a valid example");
        foreach (var profile in Enum.GetValues<ValidationProfile>())
        {
            scripts.Should().Contain(parsed => ProfileOf(parsed.File) == profile, "there is a valid example for the {0} profile", profile.Name());
        }

        scripts.Should().Contain(parsed => parsed.Script!.Actions.Length == ValidationProfile.Dashboard.MaxActions(),
            "a dashboard example uses every action the profile allows");
    }

    [Fact]
    public void The_main_example_is_the_welcome_file()
    {
        Read("valid/welcome.din").Should().Be("say en \"Welcome to DinActions. Please hold while we transfer your call.\"");
    }

    /// <summary>The example files of <paramref name="kind"/> (<c>valid</c> or <c>invalid</c>), as paths relative to the examples folder.</summary>
    private static IEnumerable<string> Files(string kind) =>
        Directory.EnumerateFiles(Path.Combine(ExamplesFolder, kind), "*.din", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(ExamplesFolder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The file's text, with any byte order mark kept: it is itself worth a diagnostic.</summary>
    private static string Read(string file) =>
        StrictUtf8.GetString(File.ReadAllBytes(Path.Combine(ExamplesFolder, file)));

    /// <summary>The kinds an action is an example of: its name, and the form it takes.</summary>
    private static IEnumerable<string> KindsOf(DinAction action)
    {
        switch (action)
        {
            case PlaybackAction:
                yield return "playback";
                break;
            case TransferAction transfer:
                yield return "transfer";
                if (transfer.Caller is not null)
                {
                    yield return "transfer --caller=";
                }

                break;
            case SayAction say:
                yield return "say";
                yield return "say " + say.Language;
                break;
            case VoicemailAction voicemail:
                yield return "voicemail";
                if (voicemail.Greeting is { } greeting)
                {
                    yield return "voicemail with a greeting";
                    yield return greeting is SayAction ? "voicemail say" : "voicemail playback";
                }

                break;
        }
    }

    private static ValidationProfile ProfileOf(string file) =>
        file.Split('/').Contains("dashboard") ? ValidationProfile.Dashboard : ValidationProfile.Api;

    private static ValidationOptions OptionsFor(string file) =>
        ValidationOptions.Default with { Profile = ProfileOf(file) };

    /// <summary>
    /// The codes at the start of the file name, in order and with repeats: <c>DIN0001-DIN0010-typo.din</c> lists
    /// DIN0001 and DIN0010, <c>DIN0053-DIN0053-leading-and-trailing-blanks.din</c> lists DIN0053 twice.
    /// </summary>
    private static string[] CodesIn(string file) =>
        [.. Path.GetFileNameWithoutExtension(file).Split('-').TakeWhile(part => CodePattern().IsMatch(part))];

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(diagnostic => "  " + diagnostic).ToList();
        return lines.Count == 0 ? "  (no diagnostics)" : string.Join(Environment.NewLine, lines);
    }

    [GeneratedRegex("^DIN[0-9]{4}$")]
    private static partial Regex CodePattern();
}
