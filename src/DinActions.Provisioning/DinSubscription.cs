using System.Text.Json;
using System.Text.Json.Serialization;

namespace DinActions.Provisioning;

/// <summary>
/// A DIN the account subscribes to, as <c>GET voice/dins/subscriptions/</c> lists it. The seed does
/// not show this answer, so only <c>din_uid</c> is required; the fields of an available DIN and
/// <c>action_url</c> are read when present, and every other field is kept in
/// <see cref="AdditionalFields"/> rather than lost.
/// </summary>
public sealed record DinSubscription
{
    /// <summary>The unique identifier of the DIN (<c>din_uid</c>).</summary>
    [JsonPropertyName("din_uid")]
    public required string DinUid { get; init; }

    /// <summary>The E.164 form of the number without <c>+</c> (<c>din</c>), when the answer holds it.</summary>
    [JsonPropertyName("din")]
    public string? Din { get; init; }

    /// <summary>The action URL the cloud requests when a call comes in (<c>action_url</c>), when one is attached.</summary>
    [JsonPropertyName("action_url")]
    public string? ActionUrl { get; init; }

    /// <summary>The country calling code (<c>country_code</c>), when the answer holds it.</summary>
    [JsonPropertyName("country_code")]
    public string? CountryCode { get; init; }

    /// <summary>The local area prefix without the leading 0 (<c>prefix</c>), when the answer holds it.</summary>
    [JsonPropertyName("prefix")]
    public string? Prefix { get; init; }

    /// <summary>The credits per minute of an incoming call (<c>minute_cost</c>), when the answer holds it.</summary>
    [JsonPropertyName("minute_cost")]
    public decimal? MinuteCost { get; init; }

    /// <summary>The monthly credits of the subscription (<c>monthly_cost</c>), when the answer holds it.</summary>
    [JsonPropertyName("monthly_cost")]
    public decimal? MonthlyCost { get; init; }

    /// <summary>Fields of the answer this model does not name, as the provider sent them.</summary>
    /// <remarks>
    /// Settable, unlike the other properties: the serializer fills extension data after
    /// construction, and it refuses an init-only one on a type with required members.
    /// </remarks>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
