using Microsoft.Extensions.Options;

namespace DinActions.AspNetCore;

/// <summary>Refuses options whose fallback would itself be refused.</summary>
internal sealed class DinActionOptionsValidation : IValidateOptions<DinActionOptions>
{
    public ValidateOptionsResult Validate(string? name, DinActionOptions options)
    {
        if (options.Validation is null || options.Fallback is null)
        {
            return ValidateOptionsResult.Fail("DinActionOptions.Validation and DinActionOptions.Fallback must be set.");
        }

        var fallback = CheckedScript.Of(options.Fallback, new ActionValidator(options.Validation));
        if (fallback.Script is not null)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(fallback.Diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => $"DinActionOptions.Fallback: {diagnostic}"));
    }
}
