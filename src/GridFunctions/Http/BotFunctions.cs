using GridBot.Runtime.Control;
using GridFunctions.Durable;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.Http;

/// <summary>
/// The control API (<c>/api/bots…</c>, auth level <c>function</c>): parse, hand to the control service, map its typed
/// result (200/201, or problem details: 400 bad input, 404 no bot, 409 not allowed now, 503 venue or store down).
/// No trading logic here. Each function binds the Durable client and hands it to its <c>…WithAsync</c> body, which
/// the tests call with the Durable engine: bots live in their entities, each command is a <c>BotOperation</c>.
/// </summary>
public sealed class BotFunctions(ControlFactory controls)
{
    [Function("ListBots")]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bots")] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        ListWithAsync(request, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> ListWithAsync(HttpRequest request, IBotOrchestrations orchestrations, CancellationToken ct) =>
        Problems.From(await controls.For(orchestrations).ListAsync(ct).ConfigureAwait(false));

    [Function("CreateBot")]
    public Task<IActionResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "bots")] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        CreateWithAsync(request, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> CreateWithAsync(HttpRequest request, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<CreateBotRequest>(request, required: true, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var created = await controls.For(orchestrations).CreateAsync(body!, ct).ConfigureAwait(false);
        return created.IsOk
            ? new CreatedResult($"/api/bots/{created.Value.BotId}", created.Value)
            : Problems.From(created);
    }

    [Function("GetBot")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bots/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        GetWithAsync(request, id, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> GetWithAsync(HttpRequest request, string id, IBotOrchestrations orchestrations, CancellationToken ct) =>
        Problems.From(await controls.For(orchestrations).StatusAsync(id, ct).ConfigureAwait(false));

    /// <summary>POST <c>/api/bots/{id}/start|pause|resume|stop|flatten|clear</c>; pause and flatten take an optional <c>{"reason": "…"}</c>.</summary>
    [Function("BotCommand")]
    public Task<IActionResult> CommandAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "bots/{id}/{command:regex(^(start|pause|resume|stop|flatten|clear)$)}")] HttpRequest request,
        string id,
        string command,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct) =>
        CommandWithAsync(request, id, command, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> CommandWithAsync(HttpRequest request, string id, string command, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<ReasonRequest>(request, required: false, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var control = controls.For(orchestrations);
        var result = await control.CommandAsync(id, command, body?.Reason, ct).ConfigureAwait(false);
        return Problems.From(result);
    }

    [Function("UpdateLimits")]
    public Task<IActionResult> UpdateLimitsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "bots/{id}/limits")] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        UpdateLimitsWithAsync(request, id, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> UpdateLimitsWithAsync(HttpRequest request, string id, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<RiskLimitsRequest>(request, required: true, ct).ConfigureAwait(false);
        return problem ?? Problems.From(await controls.For(orchestrations).UpdateLimitsAsync(id, body!, ct).ConfigureAwait(false));
    }

    /// <summary>GET <c>/api/bots/{id}/fills?sinceMs=…&amp;limit=…</c>.</summary>
    [Function("BotFills")]
    public Task<IActionResult> FillsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bots/{id}/fills")] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        FillsWithAsync(request, id, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> FillsWithAsync(HttpRequest request, string id, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryLong(request, "sinceMs", out var since) || !TryLong(request, "limit", out var limit) || limit is > int.MaxValue)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "sinceMs and limit must be whole numbers");
        }

        return Problems.From(await controls.For(orchestrations).FillsAsync(id, since, (int?)limit, ct).ConfigureAwait(false));
    }

    private static bool TryLong(HttpRequest request, string name, out long? value) =>
        ControlHttp.TryParseOptional(request.Query[name].ToString(), out value);
}
