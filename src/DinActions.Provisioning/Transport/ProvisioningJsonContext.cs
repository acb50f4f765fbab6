using System.Text.Json.Serialization;

namespace DinActions.Provisioning.Transport;

/// <summary>
/// Source-generated JSON metadata for every answer (no reflection, trimming-safe). Nullable
/// annotations are respected, so a null where the model requires a value fails as unexpected
/// JSON instead of surfacing later as a null reference; numbers are also read from strings,
/// as Exotel sends its prices (<c>"499.000000"</c>).
/// </summary>
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AvailableDin[]))]
[JsonSerializable(typeof(DinSubscription[]))]
[JsonSerializable(typeof(ExotelIncomingPhoneNumber))]
internal sealed partial class ProvisioningJsonContext : JsonSerializerContext
{
}
