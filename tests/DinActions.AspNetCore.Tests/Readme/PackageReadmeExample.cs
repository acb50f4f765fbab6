using Microsoft.AspNetCore.Builder;

namespace DinActions.AspNetCore.Tests.Readme;

/// <summary>
/// The C# example of the DinActions.AspNetCore package's own README (<c>src/DinActions.AspNetCore/README.md</c>),
/// verbatim between the markers; the README's last line, <c>app.Run();</c>, is the test's own start and stop.
/// </summary>
internal static class PackageReadmeExample
{
    public static WebApplication Build(string[] args)
    {
        // README:begin
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddDinActions();
        var app = builder.Build();
        app.MapDinAction("/action", call => DinResults.Transfer("+81336042000", caller: call.Recipient?.Value));
        // README:end
        return app;
    }
}
