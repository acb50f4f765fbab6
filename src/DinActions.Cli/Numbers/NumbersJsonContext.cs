using System.Text.Json.Serialization;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary>Source-generated JSON for <c>--format json</c>: the provider's fields under the provider's names.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(IReadOnlyList<AvailableDin>))]
[JsonSerializable(typeof(IReadOnlyList<DinSubscription>))]
[JsonSerializable(typeof(ExotelIncomingPhoneNumber))]
internal sealed partial class NumbersJsonContext : JsonSerializerContext
{
}
