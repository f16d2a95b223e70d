using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GridBot.Cli.Serve;

/// <summary>
/// The control API on the Function app's routes, status codes and JSON shapes: parse, hand to the control service,
/// map its typed result (<see cref="HttpProblems"/>). <c>/api/health</c> is anonymous; every other route needs a key
/// (<see cref="ApiKeyFilter"/>). Unknown commands have no route (404), as the Function app's route constraint.
/// </summary>
internal static class ControlEndpoints
{
    private static readonly string[] Commands = ["start", "pause", "resume", "stop", "flatten", "clear"];

    public static void MapControlApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", HealthAsync);
        var api = app.MapGroup("/api").AddEndpointFilter<ApiKeyFilter>();
        api.MapGet("/bots", ListAsync);
        api.MapPost("/bots", CreateAsync);
        api.MapGet("/bots/{id}", GetAsync);
        foreach (var command in Commands)
        {
            api.MapPost($"/bots/{{id}}/{command}", (HttpRequest request, string id, [FromServices] BotControlService control, CancellationToken ct) =>
                CommandAsync(request, id, command, control, ct));
        }

        api.MapPut("/bots/{id}/limits", UpdateLimitsAsync);
        api.MapGet("/bots/{id}/fills", FillsAsync);
    }

    private static async Task<IResult> ListAsync([FromServices] BotControlService control, CancellationToken ct) =>
        HttpProblems.From(await control.ListAsync(ct).ConfigureAwait(false));

    private static async Task<IResult> CreateAsync(HttpRequest request, [FromServices] BotControlService control, CancellationToken ct)
    {
        var (body, problem) = await RequestJson.ReadAsync<CreateBotRequest>(request, required: true, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var created = await control.CreateAsync(body!, ct).ConfigureAwait(false);
        return created.IsOk ? TypedResults.Created($"/api/bots/{created.Value.BotId}", created.Value) : HttpProblems.From(created);
    }

    private static async Task<IResult> GetAsync(string id, [FromServices] BotControlService control, CancellationToken ct) =>
        HttpProblems.From(await control.StatusAsync(id, ct).ConfigureAwait(false));

    private static async Task<IResult> CommandAsync(HttpRequest request, string id, string command, BotControlService control, CancellationToken ct)
    {
        var (body, problem) = await RequestJson.ReadAsync<ReasonRequest>(request, required: false, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var result = await control.CommandAsync(id, command, body?.Reason, ct).ConfigureAwait(false);
        return HttpProblems.From(result);
    }

    private static async Task<IResult> UpdateLimitsAsync(HttpRequest request, string id, [FromServices] BotControlService control, CancellationToken ct)
    {
        var (body, problem) = await RequestJson.ReadAsync<RiskLimitsRequest>(request, required: true, ct).ConfigureAwait(false);
        return problem ?? HttpProblems.From(await control.UpdateLimitsAsync(id, body!, ct).ConfigureAwait(false));
    }

    /// <summary>GET <c>/api/bots/{id}/fills?sinceMs=…&amp;limit=…</c>.</summary>
    private static async Task<IResult> FillsAsync(HttpRequest request, string id, [FromServices] BotControlService control, CancellationToken ct)
    {
        if (!TryLong(request, "sinceMs", out var since) || !TryLong(request, "limit", out var limit) || limit is > int.MaxValue)
        {
            return HttpProblems.Of(StatusCodes.Status400BadRequest, "sinceMs and limit must be whole numbers");
        }

        return HttpProblems.From(await control.FillsAsync(id, since, (int?)limit, ct).ConfigureAwait(false));
    }

    /// <summary>For probes: 200 when the bot store answers, 503 when it does not. Says nothing about any bot.</summary>
    private static async Task<IResult> HealthAsync([FromServices] BotControlService control, CancellationToken ct)
    {
        try
        {
            var listed = await control.ListAsync(ct).ConfigureAwait(false);
            return listed.IsOk
                ? TypedResults.Ok(new HealthReport("ok"))
                : HttpProblems.Of(StatusCodes.Status503ServiceUnavailable, $"the bot store did not answer: {listed.Detail}");
        }
#pragma warning disable CA1031 // A probe reports any failure of the store as unhealthy instead of a 500.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return HttpProblems.Of(StatusCodes.Status503ServiceUnavailable, $"the bot store did not answer: {ex.GetType().Name}");
        }
    }

    private static bool TryLong(HttpRequest request, string name, out long? value) =>
        ControlHttp.TryParseOptional(request.Query[name].ToString(), out value);
}
