using Microsoft.Extensions.Options;

namespace GridBot.Runtime.Hosting;

/// <summary>Adapts an options class's own list of problems (each naming its setting) to options validation.</summary>
internal sealed class ProblemsValidator<TOptions>(Func<TOptions, IEnumerable<string>> problems) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
