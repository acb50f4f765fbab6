using System.Text.Json.Serialization;

namespace DinActions.Provisioning;

/// <summary>
/// An ExoPhone of the account, as Exotel answers <c>POST .../IncomingPhoneNumbers</c> (seed 004).
/// Only <c>sid</c> and <c>phone_number</c> are required; the seed's types are loose (it calls the
/// currency a Double and sends prices as strings), so prices and the pulse are read from
/// numbers or numeric strings.
/// </summary>
public sealed record ExotelIncomingPhoneNumber
{
    /// <summary>The number's unique identifier (<c>sid</c>).</summary>
    [JsonPropertyName("sid")]
    public required string Sid { get; init; }

    /// <summary>When the number was purchased (<c>date_created</c>, <c>YYYY-MM-DD HH:mm:ss</c>; the seed names no time zone).</summary>
    [JsonPropertyName("date_created")]
    [JsonConverter(typeof(ExotelTimestampConverter))]
    public DateTime? DateCreated { get; init; }

    /// <summary>When the number's details last changed (<c>date_updated</c>, same format).</summary>
    [JsonPropertyName("date_updated")]
    [JsonConverter(typeof(ExotelTimestampConverter))]
    public DateTime? DateUpdated { get; init; }

    /// <summary>The Exotel account SID (<c>account_sid</c>).</summary>
    [JsonPropertyName("account_sid")]
    public string? AccountSid { get; init; }

    /// <summary>A name that identifies the number easily (<c>friendly_name</c>).</summary>
    [JsonPropertyName("friendly_name")]
    public string? FriendlyName { get; init; }

    /// <summary>The purchased number (<c>phone_number</c>, such as <c>+91XXXX30240</c>).</summary>
    [JsonPropertyName("phone_number")]
    public required string PhoneNumber { get; init; }

    /// <summary>Whether the number receives calls and SMS (<c>capabilities</c>).</summary>
    [JsonPropertyName("capabilities")]
    public ExotelCapabilities? Capabilities { get; init; }

    /// <summary>The ISO country code of the number (<c>country</c>, such as <c>IN</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>The telecom circle of the number (<c>region</c>, such as <c>WB</c>).</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>The one-time cost of purchasing the number (<c>one_time_price</c>).</summary>
    [JsonPropertyName("one_time_price")]
    public decimal? OneTimePrice { get; init; }

    /// <summary>The recurring monthly rental (<c>rental_price</c>).</summary>
    [JsonPropertyName("rental_price")]
    public decimal? RentalPrice { get; init; }

    /// <summary>The cost per pulse of an incoming call (<c>incoming_rate</c>).</summary>
    [JsonPropertyName("incoming_rate")]
    public decimal? IncomingRate { get; init; }

    /// <summary>The length of one pulse in seconds (<c>incoming_pulse</c>).</summary>
    [JsonPropertyName("incoming_pulse")]
    public decimal? IncomingPulse { get; init; }

    /// <summary>The currency the number is billed in (<c>currency</c>, such as <c>INR</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>The type of the number (<c>number_type</c>, such as <c>Landline</c>).</summary>
    [JsonPropertyName("number_type")]
    public string? NumberType { get; init; }

    /// <summary>Whether the number is a vanity number (<c>vanity_number</c>).</summary>
    [JsonPropertyName("vanity_number")]
    public bool? VanityNumber { get; init; }

    /// <summary>The flow incoming calls are connected to (<c>voice_url</c>).</summary>
    [JsonPropertyName("voice_url")]
    public string? VoiceUrl { get; init; }

    /// <summary>The flow incoming SMS are connected to (<c>sms_url</c>).</summary>
    [JsonPropertyName("sms_url")]
    public string? SmsUrl { get; init; }

    /// <summary>The path of this ExoPhone's resource (<c>uri</c>).</summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; init; }
}

/// <summary>What an ExoPhone supports (<c>capabilities</c> in seed 004).</summary>
public sealed record ExotelCapabilities
{
    /// <summary>Whether incoming voice calls are supported (<c>voice</c>).</summary>
    [JsonPropertyName("voice")]
    public bool? Voice { get; init; }

    /// <summary>Whether incoming SMS are supported (<c>sms</c>).</summary>
    [JsonPropertyName("sms")]
    public bool? Sms { get; init; }
}
