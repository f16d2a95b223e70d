using GridBot.Runtime;
using GridBot.Runtime.Control;
using GridBot.Runtime.Reporting;
using GridBot.Runtime.Telegram;
using GridBot.Telegram;
using GridFunctions.Durable;
using GridFunctions.FanOut;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.Http;

/// <summary>
/// The Telegram webhook (<c>POST /api/telegram</c>, auth level anonymous: Telegram sends no function key; the
/// <c>X-Telegram-Bot-Api-Secret-Token</c> header guards it) on the same <see cref="TelegramWebhook"/> and router as
/// <c>gridbot serve</c>, over this invocation's control service (bots in their Durable entities).
/// </summary>
public sealed class TelegramFunction(TelegramWebhook webhook, ControlFactory controls, Func<IBotHost, KpiReportJob> reports, OperatorService operators,
    ConfirmationSigner signer, TimeProvider time)
{
    [Function("Telegram")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "telegram")] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        RunWithAsync(request, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> RunWithAsync(HttpRequest request, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await webhook.HandleAsync(request.Headers[TelegramWebhook.SecretHeader].ToString(), request.Body, request.ContentLength,
            () => new TelegramCommandRouter(controls.For(orchestrations), reports(new DurableBotHost(orchestrations)), operators, signer, time), ct)
            .ConfigureAwait(false);
        return result.IsProblem ? Problems.Of(result.Status, result.Detail!, result.Title) : new OkResult();
    }
}
