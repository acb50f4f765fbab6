using Microsoft.Extensions.Logging;

namespace DinActions.AspNetCore;

/// <summary>The log events of action servers, with stable event ids so that they can be filtered.</summary>
internal static partial class DinLog
{
    [LoggerMessage(EventId = 1, EventName = "ActionAnswered", Level = LogLevel.Debug, Message = "{Call} answered `{Action}`")]
    public static partial void Answered(ILogger logger, DinCall call, string action);

    [LoggerMessage(EventId = 2, EventName = "ActionAnsweredWithWarnings", Level = LogLevel.Warning, Message = "{Call}: the action has warnings {DiagnosticCodes}: {Diagnostics}")]
    public static partial void AnsweredWithWarnings(ILogger logger, DinCall call, string diagnosticCodes, string diagnostics);

    [LoggerMessage(EventId = 3, EventName = "ActionRefusedWithFallback", Level = LogLevel.Error, Message = "{Call}: the action was refused ({DiagnosticCodes}) and the fallback `{Fallback}` answered instead: {Diagnostics}")]
    public static partial void RefusedWithFallback(ILogger logger, DinCall call, string diagnosticCodes, string fallback, string diagnostics);

    [LoggerMessage(EventId = 4, EventName = "ActionRefusedWithServerError", Level = LogLevel.Error, Message = "{Call}: the action was refused ({DiagnosticCodes}) and 500 answered instead: {Diagnostics}")]
    public static partial void RefusedWithServerError(ILogger logger, DinCall call, string diagnosticCodes, string diagnostics);

    [LoggerMessage(EventId = 5, EventName = "FallbackInvalid", Level = LogLevel.Critical, Message = "The configured fallback is not a valid script ({DiagnosticCodes}): {Diagnostics}")]
    public static partial void FallbackInvalid(ILogger logger, string diagnosticCodes, string diagnostics);
}
