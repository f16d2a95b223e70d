using GridBot.Runtime.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions;

/// <summary>The Function app's composition root: the shared application layer and nothing of its own (Program.cs calls this; so do the tests).</summary>
public static class AppServices
{
    public static IServiceCollection AddGridFunctions(this IServiceCollection services, IConfiguration configuration) =>
        services.AddGridBotRuntime(configuration);
}
