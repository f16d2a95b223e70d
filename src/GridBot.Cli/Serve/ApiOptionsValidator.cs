using Microsoft.Extensions.Options;

namespace GridBot.Cli.Serve;

/// <summary>Start-up validation of <see cref="ApiOptions"/>: every problem named, no key printed.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
