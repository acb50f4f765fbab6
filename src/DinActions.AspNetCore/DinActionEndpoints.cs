using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DinActions.AspNetCore;

/// <summary>Maps action URLs: a <c>GET</c> endpoint that reads the <see cref="DinCall"/> and answers one validated script.</summary>
public static class DinActionEndpoints
{
    /// <summary>Maps <c>GET <paramref name="pattern"/></c> to a handler that answers with a result of <see cref="DinResults"/>.</summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/action</c>.</param>
    /// <param name="handler">Makes the answer for a call.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEndpointConventionBuilder MapDinAction(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<DinCall, IResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return MapDinAction(endpoints, pattern, (call, _) => Task.FromResult(handler(call)));
    }

    /// <summary>
    /// Maps <c>GET <paramref name="pattern"/></c> to a handler that builds an action with the
    /// <see cref="DinAction"/> factories; when one throws <see cref="InvalidActionException"/>, its
    /// diagnostics go to the <see cref="DinActionOptions.OnInvalidAction"/> policy.
    /// </summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/action</c>.</param>
    /// <param name="handler">Makes the action for a call.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEndpointConventionBuilder MapDinAction(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<DinCall, DinAction> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return MapDinAction(endpoints, pattern, (call, _) => Task.FromResult<IResult>(DinResults.Action(handler(call))));
    }

    /// <summary>
    /// Maps <c>GET <paramref name="pattern"/></c> to an asynchronous handler that also gets the request's
    /// context (services, cancellation). An <see cref="InvalidActionException"/> thrown by the handler
    /// goes to the <see cref="DinActionOptions.OnInvalidAction"/> policy, so it never becomes a bare 500 page.
    /// </summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/action</c>.</param>
    /// <param name="handler">Makes the answer for a call.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEndpointConventionBuilder MapDinAction(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<DinCall, HttpContext, Task<IResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapGet(pattern, async context =>
        {
            IResult result;
            try
            {
                result = await handler(DinCall.FromRequest(context.Request), context);
            }
            catch (InvalidActionException refused)
            {
                result = DinResults.Refused(refused.Diagnostics);
            }

            await result.ExecuteAsync(context);
        });
    }
}
