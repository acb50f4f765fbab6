namespace DinActions;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the action works as written.</summary>
    Info = 0,

    /// <summary>The action may not do what was meant, or the cloud may not accept it everywhere.</summary>
    Warning = 1,

    /// <summary>The cloud cannot carry the action out as written.</summary>
    Error = 2,
}
