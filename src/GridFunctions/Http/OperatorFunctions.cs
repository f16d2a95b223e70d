using GridBot.Runtime.Control;
using GridFunctions.Durable;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.Http;

/// <summary>
/// The operator's switches (<c>/api/operator</c>, auth level <c>function</c>): read them, change any of them
/// (rollout stage, exchange profile, exploration rate, online learning), and the disaster flatten of every bot.
/// Same routes, bodies and answers as <c>gridbot serve</c>.
/// </summary>
public sealed class OperatorFunctions(OperatorService operators, ControlFactory controls)
{
    [Function("GetOperator")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "operator")] HttpRequest request, CancellationToken ct) =>
        Problems.From(await operators.GetAsync(ct).ConfigureAwait(false));

    /// <summary>PUT <c>/api/operator</c> with any of <c>rolloutStage</c>, <c>exchangeProfile</c>, <c>explorationRate</c>, <c>onlineLearning</c>.</summary>
    [Function("UpdateOperator")]
    public async Task<IActionResult> UpdateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "operator")] HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<OperatorSettingsRequest>(request, required: true, ct).ConfigureAwait(false);
        return problem ?? Problems.From(await operators.UpdateAsync(body!, ct).ConfigureAwait(false));
    }

    /// <summary>POST <c>/api/operator/disaster-flatten</c> with an optional <c>{"reason": "…"}</c>.</summary>
    [Function("DisasterFlatten")]
    public Task<IActionResult> DisasterFlattenAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "operator/disaster-flatten")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct) =>
        DisasterFlattenWithAsync(request, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> DisasterFlattenWithAsync(HttpRequest request, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<ReasonRequest>(request, required: false, ct).ConfigureAwait(false);
        return problem ?? Problems.From(await controls.For(orchestrations).FlattenAllAsync(body?.Reason, ct).ConfigureAwait(false));
    }
}
