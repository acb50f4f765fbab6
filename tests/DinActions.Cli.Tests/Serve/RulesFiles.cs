namespace DinActions.Cli.Tests.Serve;

/// <summary>Rules files the tests share.</summary>
internal static class RulesFiles
{
    public const string Office = """
        {
          "timeZone": "Asia/Tokyo",
          "activeHours": {
            "monday": ["09:00-12:00", "13:00-18:00"],
            "tuesday": ["09:00-18:00"],
            "saturday": ["10:00-24:00"],
            "sunday": []
          },
          "whenActive": ["say en \"Connecting you.\"", "transfer +81336042000"],
          "whenInactive": "voicemail say en \"We are closed. Please leave a message.\"",
          "whenAnonymous": "say en \"Please call again with your number shown.\"",
          "specialDates": {
            "2026-01-06": { "name": "Office party", "activeHours": ["09:00-10:00"], "whenInactive": "playback https://example.com/party.mp3" }
          }
        }
        """;
}
