using GridFunctions.Durable;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.Http;

/// <summary>GET <c>/api/health</c> (anonymous, for probes): 200 when the bot store answers, 503 when it does not. Says nothing about any bot.</summary>
public sealed class HealthFunction(ControlFactory controls)
{
    [Function("Health")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        RunWithAsync(request, new FunctionsBotOrchestrations(client), ct);

    /// <summary>The probe's body: the registry listed through the control service (no bot operation is started).</summary>
    public async Task<IActionResult> RunWithAsync(HttpRequest request, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        try
        {
            var listed = await controls.For(orchestrations).ListAsync(ct).ConfigureAwait(false);
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
