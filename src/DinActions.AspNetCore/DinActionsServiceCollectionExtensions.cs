using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DinActions.AspNetCore;

/// <summary>Registers the action-server options.</summary>
public static class DinActionsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DinActionOptions"/>, configured by <paramref name="configure"/>, and checks at
    /// start that the fallback is a valid script, so a misconfigured server refuses to start instead
    /// of failing on its first invalid call. Registers the <see cref="ActionValidator"/> that checks every
    /// answer, kept for the application's lifetime.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddDinActions(this IServiceCollection services, Action<DinActionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DinActionOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DinActionOptions>, DinActionOptionsValidation>());

        // One validator for the application's lifetime, so that the numbers it answers with are checked once.
        services.TryAddSingleton(provider => new ActionValidator(provider.GetRequiredService<IOptions<DinActionOptions>>().Value.Validation));
        options.ValidateOnStart();
        return services;
    }
}
