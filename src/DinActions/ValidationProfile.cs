namespace DinActions;

/// <summary>Where the action text is used, which decides how many actions it may hold.</summary>
public enum ValidationProfile
{
    /// <summary>An action URL set through the API: exactly one action.</summary>
    Api,

    /// <summary>The provider's hosted dynamic action URL, configured in its dashboard: up to two actions, one per line.</summary>
    Dashboard,
}

/// <summary>Facts about each <see cref="ValidationProfile"/>.</summary>
internal static class ValidationProfiles
{
    /// <summary>The most actions a script may hold under <paramref name="profile"/>.</summary>
    public static int MaxActions(this ValidationProfile profile) => profile switch
    {
        ValidationProfile.Dashboard => 2,
        _ => 1,
    };

    /// <summary>The profile's name as the command line spells it: <c>api</c> or <c>dashboard</c>.</summary>
    public static string Name(this ValidationProfile profile) => profile switch
    {
        ValidationProfile.Dashboard => "dashboard",
        _ => "api",
    };
}
