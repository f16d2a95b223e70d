using Microsoft.Extensions.Options;

namespace GridFunctions.FanOut;

/// <summary>Start-up validation of <see cref="FanOutOptions"/>: each problem names its setting.</summary>
internal sealed class FanOutOptionsValidator : IValidateOptions<FanOutOptions>
{
    public ValidateOptionsResult Validate(string? name, FanOutOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
