using System.Text.Json.Serialization;

namespace DinActions.Provisioning;

/// <summary>A dial-in number that can be subscribed to, as <c>GET voice/dins/</c> lists it.</summary>
public sealed record AvailableDin
{
    /// <summary>The unique identifier of this DIN, which <see cref="DinApiClient.SubscribeAsync"/> takes (<c>din_uid</c>).</summary>
    [JsonPropertyName("din_uid")]
    public required string DinUid { get; init; }

    /// <summary>The E.164 form of the number, with its country code and without <c>+</c> (<c>din</c>, such as <c>815012345678</c>).</summary>
    [JsonPropertyName("din")]
    public required string Din { get; init; }

    /// <summary>The country calling code of the number (<c>country_code</c>, such as <c>81</c>).</summary>
    [JsonPropertyName("country_code")]
    public string? CountryCode { get; init; }

    /// <summary>The local area prefix, without the leading 0 (<c>prefix</c>, such as <c>50</c>).</summary>
    [JsonPropertyName("prefix")]
    public string? Prefix { get; init; }

    /// <summary>The credits charged per minute of an incoming call (<c>minute_cost</c>).</summary>
    [JsonPropertyName("minute_cost")]
    public decimal? MinuteCost { get; init; }

    /// <summary>The credits charged each month for the subscription, at once on subscribing (<c>monthly_cost</c>).</summary>
    [JsonPropertyName("monthly_cost")]
    public decimal? MonthlyCost { get; init; }
}
