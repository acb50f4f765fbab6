namespace DinActions.Provisioning;

/// <summary>The Exotel cluster an account lives on (seed 004), which decides the API host.</summary>
public enum ExotelRegion
{
    /// <summary>The Singapore cluster: <c>https://api.exotel.com/</c>.</summary>
    Singapore,

    /// <summary>The Mumbai cluster: <c>https://api.in.exotel.com/</c>.</summary>
    Mumbai,
}
