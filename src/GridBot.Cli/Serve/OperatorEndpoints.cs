using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GridBot.Cli.Serve;

/// <summary>
/// The operator's switches on the Function app's routes: <c>GET/PUT /api/operator</c> and
/// <c>POST /api/operator/disaster-flatten</c>, key required (<see cref="ApiKeyFilter"/>).
/// </summary>
internal static class OperatorEndpoints
{
    public static void MapOperatorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/operator").AddEndpointFilter<ApiKeyFilter>();
        api.MapGet(string.Empty, async ([FromServices] OperatorService operators, CancellationToken ct) =>
            HttpProblems.From(await operators.GetAsync(ct).ConfigureAwait(false)));
        api.MapPut(string.Empty, UpdateAsync);
        api.MapPost("/disaster-flatten", DisasterFlattenAsync);
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, [FromServices] OperatorService operators, CancellationToken ct)
    {
        var (body, problem) = await RequestJson.ReadAsync<OperatorSettingsRequest>(request, required: true, ct).ConfigureAwait(false);
        return problem ?? HttpProblems.From(await operators.UpdateAsync(body!, ct).ConfigureAwait(false));
    }

    private static async Task<IResult> DisasterFlattenAsync(HttpRequest request, [FromServices] BotControlService control, CancellationToken ct)
    {
        var (body, problem) = await RequestJson.ReadAsync<ReasonRequest>(request, required: false, ct).ConfigureAwait(false);
        return problem ?? HttpProblems.From(await control.FlattenAllAsync(body?.Reason, ct).ConfigureAwait(false));
    }
}
