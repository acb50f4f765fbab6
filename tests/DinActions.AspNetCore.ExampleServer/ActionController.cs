using Microsoft.AspNetCore.Mvc;

namespace DinActions.AspNetCore.ExampleServer;

/// <summary>The README's action server written as an MVC controller, at <c>GET /mvc/action</c>.</summary>
[ApiController]
[Route("mvc")]
public sealed class ActionController : ControllerBase
{
    /// <summary>Transfers a caller who shows their number, and asks an anonymous one to call again.</summary>
    /// <param name="call">The call, bound from <c>?caller=&amp;recipient=</c>.</param>
    [HttpGet("action")]
    public IResult Answer(DinCall call) => call switch
    {
        { IsAnonymous: true } => DinResults.Say("en", "Please call again with your number shown."),
        { Caller: { } caller } => DinResults.Transfer("+81336042000", caller.Value),

        // A caller that is not a number: the handler's mistake (`jp` is not a language code) is refused
        // by the result, and the fallback answers.
        _ => DinResults.Say("jp", "Hello"),
    };
}
