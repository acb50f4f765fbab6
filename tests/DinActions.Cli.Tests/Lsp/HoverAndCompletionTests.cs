using DinActions.Cli.Lsp.Protocol;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lsp;

public sealed class HoverAndCompletionTests
{
    private const string Uri = "untitled:hover.din";

    private static TextDocumentPositionParams At(int line, int character) => new(new TextDocumentIdentifier(Uri), new Position(line, character));

    private static async Task<string?> HoverText(string text, int line, int character)
    {
        await using var session = await LspSession.Initialized();
        await session.Open(Uri, text);
        var hover = await session.Request<Hover?>("textDocument/hover", At(line, character));
        return hover?.Contents.Value;
    }

    [Fact]
    public async Task Hover_on_a_diagnostic_shows_the_rules_help_page()
    {
        var text = await HoverText("sya en \"Hi\"", 0, 1);

        text.Should().Contain("unknown action `sya`").And.Contain(DinRules.Find(DiagnosticCodes.UnknownAction)!.Help.Trim());
    }

    [Fact]
    public async Task Hover_on_an_action_name_describes_the_action()
    {
        (await HoverText("playback https://example.com/a.mp3", 0, 3)).Should().StartWith("`playback <url>`");
    }

    [Fact]
    public async Task Hover_on_a_greeting_describes_the_greeting_action()
    {
        (await HoverText("voicemail say en \"Leave a message\"", 0, 11)).Should().StartWith("`say <language>");
    }

    [Fact]
    public async Task Hover_on_the_caller_option_describes_it_and_its_number()
    {
        (await HoverText("transfer +81807181881 --caller=+819012345678", 0, 25)).Should().StartWith("`--caller=<number>`").And.Contain("+81 (JP)");
    }

    [Fact]
    public async Task Hover_on_a_language_code_gives_its_status_from_the_catalog()
    {
        var english = LanguageCatalog.Default.Find("en")!;

        (await HoverText("say en \"Hi\"", 0, 5)).Should().Contain(english.Name).And.Contain("supported");
    }

    [Fact]
    public async Task Hover_on_a_paused_language_says_it_is_paused()
    {
        LanguageCatalog.Default.Find("id")!.Status.Should().Be(LanguageStatus.Paused);

        (await HoverText("say id \"Halo\"", 0, 5)).Should().Contain("**paused**");
    }

    [Fact]
    public async Task Hover_on_a_number_gives_its_country_and_kind()
    {
        (await HoverText("transfer +819012345678", 0, 12)).Should().Contain("+81 (JP)").And.Contain("mobile");
    }

    [Fact]
    public async Task Hover_on_a_url_gives_its_host_and_whether_it_is_an_mp3()
    {
        (await HoverText("playback https://example.com/media/welcome.mp3", 0, 20)).Should().Contain("`example.com`").And.Contain("an mp3 file");
    }

    [Fact]
    public async Task Hover_on_blank_space_has_nothing_to_say()
    {
        (await HoverText("say en  \"Hi\"", 0, 7)).Should().BeNull();
    }

    private static async Task<string[]> Labels(string text, int line, int character)
    {
        await using var session = await LspSession.Initialized();
        await session.Open(Uri, text);
        var list = await session.Request<CompletionList>("textDocument/completion", At(line, character));
        list.Items.Should().NotContain(item => item.Documentation == null || item.Documentation.Value.Length == 0);
        return [.. list.Items.Select(item => item.Label)];
    }

    [Fact]
    public async Task Completion_at_the_start_of_a_line_proposes_the_actions()
    {
        (await Labels("pl", 0, 2)).Should().BeEquivalentTo("playback", "transfer", "say", "voicemail");
    }

    [Fact]
    public async Task Completion_after_voicemail_proposes_the_greetings()
    {
        (await Labels("voicemail ", 0, 10)).Should().BeEquivalentTo("say", "playback");
    }

    [Fact]
    public async Task Completion_after_say_proposes_the_catalogs_languages()
    {
        var labels = await Labels("voicemail say ", 0, 14);

        labels.Should().BeEquivalentTo(LanguageCatalog.Default.Languages.Select(language => language.Code));
        labels.Should().Contain("en");
    }

    [Fact]
    public async Task Completion_after_the_number_of_transfer_proposes_the_caller_option_once()
    {
        (await Labels("transfer +81807181881 --", 0, 24)).Should().Equal("--caller=");
        (await Labels("transfer +81807181881 --caller=+81 ", 0, 35)).Should().BeEmpty();
    }
}
