using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DinActions.AspNetCore;

/// <summary>Binds a <see cref="DinCall"/> parameter of an MVC action from the request's query.</summary>
internal sealed class DinCallModelBinder : IModelBinder
{
    /// <inheritdoc/>
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        bindingContext.Result = ModelBindingResult.Success(DinCall.FromRequest(bindingContext.HttpContext.Request));
        return Task.CompletedTask;
    }
}
