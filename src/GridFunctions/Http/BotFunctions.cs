using System.Globalization;
using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GridFunctions.Http;

/// <summary>
/// The control API (<c>/api/bots…</c>, auth level <c>function</c>): parse, hand to the control service, map its typed
/// result (200/201, or problem details: 400 bad input, 404 no bot, 409 not allowed now, 503 venue or store down).
/// No trading logic here.
/// </summary>
public sealed class BotFunctions(BotControlService control)
{
    [Function("ListBots")]
    public async Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bots")] HttpRequest request, CancellationToken ct) =>
        Problems.From(await control.ListAsync(ct).ConfigureAwait(false));

    [Function("CreateBot")]
    public async Task<IActionResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "bots")] HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<CreateBotRequest>(request, required: true, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var created = await control.CreateAsync(body!, ct).ConfigureAwait(false);
        return created.IsOk
            ? new CreatedResult($"/api/bots/{created.Value.BotId}", created.Value)
            : Problems.From(created);
    }

    [Function("GetBot")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bots/{id}")] HttpRequest request, string id, CancellationToken ct) =>
        Problems.From(await control.StatusAsync(id, ct).ConfigureAwait(false));

    /// <summary>POST <c>/api/bots/{id}/start|pause|resume|stop|flatten|clear</c>; pause and flatten take an optional <c>{"reason": "…"}</c>.</summary>
    [Function("BotCommand")]
    public async Task<IActionResult> CommandAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "bots/{id}/{command:regex(^(start|pause|resume|stop|flatten|clear)$)}")] HttpRequest request,
        string id,
        string command,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<ReasonRequest>(request, required: false, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var result = command switch
        {
            "start" => await control.StartAsync(id, ct).ConfigureAwait(false),
            "pause" => await control.PauseAsync(id, body?.Reason, ct).ConfigureAwait(false),
            "resume" => await control.ResumeAsync(id, ct).ConfigureAwait(false),
            "stop" => await control.StopAsync(id, ct).ConfigureAwait(false),
            "flatten" => await control.FlattenAsync(id, body?.Reason, ct).ConfigureAwait(false),
            "clear" => await control.ClearManualResumeAsync(id, ct).ConfigureAwait(false),
            _ => ControlResult<BotView>.Fail(ControlOutcome.NotFound, $"no command '{command}': use start, pause, resume, stop, flatten or clear"),
        };
        return Problems.From(result);
    }

    [Function("UpdateLimits")]
    public async Task<IActionResult> UpdateLimitsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "bots/{id}/limits")] HttpRequest request, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<RiskLimitsRequest>(request, required: true, ct).ConfigureAwait(false);
        return problem ?? Problems.From(await control.UpdateLimitsAsync(id, body!, ct).ConfigureAwait(false));
    }

    /// <summary>GET <c>/api/bots/{id}/fills?sinceMs=…&amp;limit=…</c>.</summary>
    [Function("BotFills")]
    public async Task<IActionResult> FillsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bots/{id}/fills")] HttpRequest request, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryLong(request, "sinceMs", out var since) || !TryLong(request, "limit", out var limit) || limit is > int.MaxValue)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "sinceMs and limit must be whole numbers");
        }

        return Problems.From(await control.FillsAsync(id, since, (int?)limit, ct).ConfigureAwait(false));
    }

    private static bool TryLong(HttpRequest request, string name, out long? value)
    {
        value = null;
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        var ok = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    }
}
