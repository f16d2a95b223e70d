using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GridFunctions.Http;

/// <summary>GET <c>/api/health</c> (anonymous, for probes): 200 when the bot store answers, 503 when it does not. Says nothing about any bot.</summary>
public sealed class HealthFunction(BotControlService control)
{
    [Function("Health")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken ct)
    {
        try
        {
            var listed = await control.ListAsync(ct).ConfigureAwait(false);
            return listed.IsOk
                ? new OkObjectResult(new HealthReport("ok"))
                : Problems.Of(StatusCodes.Status503ServiceUnavailable, $"the bot store did not answer: {listed.Detail}");
        }
#pragma warning disable CA1031 // A probe reports any failure of the store as unhealthy instead of a 500.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, $"the bot store did not answer: {ex.GetType().Name}");
        }
    }
}
