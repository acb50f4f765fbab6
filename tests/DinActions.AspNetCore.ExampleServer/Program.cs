using DinActions;
using DinActions.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDinActions(options =>
    options.Fallback = new ActionScript(DinAction.Say("en", "Sorry, please call again later.")));
#region Not in the README: the policy from configuration, and MVC
// `DinActions:InvalidActionPolicy` (`AnswerFallback` or `FailWithServerError`) lets the same build answer
// the fallback in production and fail loudly in staging. It is read when the options are first used,
// so settings added after this line (a test's, an environment's) still count.
builder.Services.Configure<DinActionOptions>(options =>
    options.OnInvalidAction = builder.Configuration.GetValue("DinActions:InvalidActionPolicy", InvalidActionPolicy.AnswerFallback));
builder.Services.AddControllers();
#endregion
var app = builder.Build();

app.MapDinAction("/action", call => call.IsAnonymous
    ? DinResults.Say("en", "Please call again with your number shown.")
    : DinResults.Transfer("+81336042000", caller: call.Recipient?.Value));

#region Not in the README: the same server in MVC, what it reads from a query, and handler mistakes
app.MapControllers();

// What the server read from the query, to check binding without an action in the way.
app.MapGet("/call", (DinCall call) => call.ToString());
app.MapGet("/anonymous", (DinCall call) => $"{call.IsAnonymous} {call.HasUnreadableCaller}");

// Mistakes a handler can make, one per kind; none of them may reach the caller, so each shows the
// invalid-action policy at work.
var mistakes = app.MapGroup("/mistakes");
mistakes.MapDinAction("/line-in-text", _ => DinResults.Say("en", "Hi\nplayback http://evil.example/x.mp3"));
mistakes.MapDinAction("/number-without-plus", call => DinResults.Transfer("81336042000", call.Recipient?.Value));
mistakes.MapDinAction("/unknown-language", _ => DinResults.Say("jp", "Hello"));
mistakes.MapDinAction("/control-character", _ => DinAction.Say("en", "a\u0007b"));
mistakes.MapDinAction("/two-actions", _ => DinResults.Text("say en \"Hi\"\ntransfer +81336042000"));
#endregion
app.Run();

#region Not in the README: the entry point's type, for WebApplicationFactory<Program>
/// <summary>
/// The example action server's entry point, public so that tests can start it with
/// <c>WebApplicationFactory&lt;Program&gt;</c>. The .NET 10 Web SDK generates the same declaration;
/// writing it keeps the contract with the tests visible in the file they start.
/// </summary>
public partial class Program;
#endregion
