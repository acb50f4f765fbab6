namespace DinActions.Provisioning;

/// <summary>What to ask for when acquiring an ExoPhone (the POST parameters of seed 004).</summary>
/// <param name="PhoneNumber">The ExoPhone to get (<c>PhoneNumber</c>, mandatory).</param>
/// <param name="VoiceUrl">The flow incoming calls connect to (<c>VoiceUrl</c>), such as <c>http://my.exotel.com/{sid}/exoml/start_voice/{app_id}</c>; null to leave unset.</param>
/// <param name="SmsUrl">The flow incoming SMS connect to (<c>SMSUrl</c>); null to leave unset.</param>
/// <param name="FriendlyName">A name to identify the number by (<c>FriendlyName</c>); null to leave unset.</param>
public sealed record ExotelNumberRequest(string PhoneNumber, string? VoiceUrl = null, string? SmsUrl = null, string? FriendlyName = null);
