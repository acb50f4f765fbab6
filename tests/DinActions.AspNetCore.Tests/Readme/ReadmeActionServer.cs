using Microsoft.AspNetCore.Builder;

namespace DinActions.AspNetCore.Tests.Readme;

/// <summary>The README's smallest action server, compiled; the README block must match the lines between the markers.</summary>
internal static class ReadmeActionServer
{
    /// <summary>Builds the server; <paramref name="args"/> choose where it listens.</summary>
    public static WebApplication Build(string[] args)
    {
        // README:begin
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddDinActions(options =>
            options.Fallback = new ActionScript(DinAction.Say("en", "Sorry, please call again later.")));
        var app = builder.Build();

        app.MapDinAction("/action", call => call.IsAnonymous
            ? DinResults.Say("en", "Please call again with your number shown.")
            : DinResults.Transfer("+81336042000", caller: call.Recipient?.Value));
        // README:end
        return app;
    }
}
