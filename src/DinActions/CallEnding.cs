namespace DinActions;

/// <summary>How a script's control of a call ended.</summary>
public enum CallEnding
{
    /// <summary>The actions ran out and the call was hung up.</summary>
    HungUp,

    /// <summary>A <c>transfer</c> handed the call to another number.</summary>
    Transferred,

    /// <summary>A <c>voicemail</c> took the caller's message.</summary>
    Voicemail,
}
