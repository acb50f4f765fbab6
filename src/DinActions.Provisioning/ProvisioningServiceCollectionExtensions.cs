using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DinActions.Provisioning;

/// <summary>Registers the provisioning clients as typed clients of <see cref="IHttpClientFactory"/>.</summary>
public static class ProvisioningServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DinApiClient"/> with its options. Resolve the client from the container;
    /// the returned builder adds handlers (logging, retries) to its <see cref="HttpClient"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the credentials and, for tests or a proxy, the base address.</param>
    /// <returns>The builder of the client's named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddDinApiClient(this IServiceCollection services, Action<DinApiOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<DinApiOptions>().Configure(configure);
        var builder = services.AddHttpClient(nameof(DinApiClient));
        builder.AddTypedClient((http, provider) => new DinApiClient(http, provider.GetRequiredService<IOptions<DinApiOptions>>().Value));
        return builder;
    }

    /// <summary>
    /// Registers <see cref="ExotelClient"/> with its options. Resolve the client from the container;
    /// the returned builder adds handlers (logging, retries) to its <see cref="HttpClient"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the credentials, account SID and region (or a base address).</param>
    /// <returns>The builder of the client's named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddExotelClient(this IServiceCollection services, Action<ExotelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ExotelOptions>().Configure(configure);
        var builder = services.AddHttpClient(nameof(ExotelClient));
        builder.AddTypedClient((http, provider) => new ExotelClient(http, provider.GetRequiredService<IOptions<ExotelOptions>>().Value));
        return builder;
    }
}
