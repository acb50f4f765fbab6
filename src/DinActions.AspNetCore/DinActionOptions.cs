namespace DinActions.AspNetCore;

/// <summary>How an action server validates what it answers, and what it answers when validation fails. Set with <c>services.AddDinActions(options =&gt; ...)</c>.</summary>
public sealed class DinActionOptions
{
    /// <summary>How answers are validated; <see cref="ValidationOptions.Default"/> (the <see cref="ValidationProfile.Api"/> profile: one action) unless set.</summary>
    public ValidationOptions Validation { get; set; } = ValidationOptions.Default;

    /// <summary>What to do with an action that fails validation; <see cref="InvalidActionPolicy.AnswerFallback"/> by default.</summary>
    public InvalidActionPolicy OnInvalidAction { get; set; } = InvalidActionPolicy.AnswerFallback;

    /// <summary>
    /// The script answered instead of an invalid one under <see cref="InvalidActionPolicy.AnswerFallback"/>.
    /// <c>voicemail</c> by default: it needs no language and no number, and the caller's message is kept.
    /// Validated when the application starts.
    /// </summary>
    public ActionScript Fallback { get; set; } = new(DinAction.Voicemail());
}
