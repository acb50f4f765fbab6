namespace DinActions.AspNetCore;

/// <summary>What an action server answers when the action a handler made fails validation.</summary>
public enum InvalidActionPolicy
{
    /// <summary>Answer <see cref="DinActionOptions.Fallback"/> with <c>200</c>, and log the diagnostics with their codes: the caller is still served.</summary>
    AnswerFallback,

    /// <summary>Answer <c>500</c> with an empty body, and log the diagnostics with their codes: the cloud treats the call as failed.</summary>
    FailWithServerError,
}
