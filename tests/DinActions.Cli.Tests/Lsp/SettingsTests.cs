using System.Text.Json;
using DinActions.Cli.Lsp.Protocol;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lsp;

public sealed class SettingsTests
{
    // Two actions: an error under the api profile (the default), accepted under dashboard.
    private const string TwoActions = "say en \"Hello\"\ntransfer +81807181881";

    private static bool Has(PublishDiagnosticsParams published, string code) => published.Diagnostics.Any(diagnostic => diagnostic.Code == code);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public async Task The_profile_from_workspace_configuration_applies_to_open_documents()
    {
        await using var session = await LspSession.Initialized(configuration: Json("""{ "profile": "dashboard" }"""));

        await session.Open("untitled:two.din", TwoActions);

        // The settings are asked for after initialized; once they arrive the document is diagnosed again.
        var published = await session.DiagnosticsUntil("untitled:two.din", published => !Has(published, DiagnosticCodes.TooManyActions));
        published.Diagnostics.Select(diagnostic => diagnostic.Code).Should().Equal(DiagnosticCodes.NumberingPlan);
    }

    [Fact]
    public async Task Settings_pushed_in_did_change_configuration_apply_for_a_client_that_is_never_asked()
    {
        await using var session = await LspSession.Initialized();
        await session.Open("untitled:two.din", TwoActions);
        Has(await session.DiagnosticsOf("untitled:two.din"), DiagnosticCodes.TooManyActions).Should().BeTrue();

        await session.Client.NotifyWithParameterObjectAsync(
            "workspace/didChangeConfiguration",
            new DidChangeConfigurationParams(Json("""{ "din": { "profile": "dashboard", "numberingPlan": false } }""")));

        await session.DiagnosticsUntil("untitled:two.din", published => published.Diagnostics.Length == 0);
        session.Server.Documents.Find("untitled:two.din")!.Options.Profile.Should().Be(ValidationProfile.Dashboard);
    }

    [Fact]
    public async Task A_client_that_answers_workspace_configuration_is_asked_whatever_its_notification_carries()
    {
        await using var session = await LspSession.Initialized(configuration: Json("""{ "profile": "api" }"""));
        await session.Open("untitled:two.din", TwoActions);
        await session.DiagnosticsUntil("untitled:two.din", published => Has(published, DiagnosticCodes.TooManyActions));

        await session.Client.NotifyWithParameterObjectAsync(
            "workspace/didChangeConfiguration",
            new DidChangeConfigurationParams(Json("""{ "din": { "profile": "dashboard", "numberingPlan": false } }""")));

        // The answer to the request it makes is api, without the plan left out: the pushed values are not taken.
        await session.DiagnosticsUntil("untitled:two.din", published => Has(published, DiagnosticCodes.TooManyActions));
        session.Server.Documents.Find("untitled:two.din")!.Options.Profile.Should().Be(ValidationProfile.Api);
        session.Server.Documents.Find("untitled:two.din")!.Options.CheckNumberingPlan.Should().BeTrue();
    }

    [Fact]
    public async Task Without_settings_the_default_profile_refuses_a_second_action()
    {
        await using var session = await LspSession.Initialized();

        await session.Open("untitled:two.din", TwoActions);

        Has(await session.DiagnosticsOf("untitled:two.din"), DiagnosticCodes.TooManyActions).Should().BeTrue();
    }

    [Fact]
    public async Task The_dinlint_json_beside_a_file_applies_to_it()
    {
        using var folder = new TempFolder();
        folder.Write(".dinlint.json", """{ "profile": "dashboard", "numberingPlan": false }""");
        var uri = new Uri(folder.Write("two.din", TwoActions)).AbsoluteUri;
        await using var session = await LspSession.Initialized();

        await session.Open(uri, TwoActions);

        (await session.DiagnosticsOf(uri)).Diagnostics.Should().BeEmpty();
        session.Server.Documents.Find(uri)!.Options.CheckNumberingPlan.Should().BeFalse();
    }

    [Fact]
    public async Task The_clients_settings_win_over_the_file_as_the_command_line_does()
    {
        using var folder = new TempFolder();
        folder.Write(".dinlint.json", """{ "profile": "dashboard" }""");
        var uri = new Uri(folder.Write("two.din", TwoActions)).AbsoluteUri;
        await using var session = await LspSession.Initialized(configuration: Json("""{ "profile": "api", "numberingPlan": false }"""));

        await session.Open(uri, TwoActions);

        await session.DiagnosticsUntil(uri, published => Has(published, DiagnosticCodes.TooManyActions) && !session.Server.Documents.Find(uri)!.Options.CheckNumberingPlan);
    }

    [Fact]
    public async Task A_setting_of_the_wrong_kind_is_reported_in_the_log_and_the_others_still_apply()
    {
        await using var session = await LspSession.Initialized(configuration: Json("""{ "profile": "dashbord", "numberingPlan": false }"""));
        await session.Open("untitled:one.din", "say en \"Hi\"");

        var log = await session.NextLog();

        log.Message.Should().Contain("din.profile");
        await session.DiagnosticsUntil("untitled:one.din", _ => !session.Server.Documents.Find("untitled:one.din")!.Options.CheckNumberingPlan);
    }
}
