using System.Text.Json;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Ports;
using GridBot.Core.Serialization;
using GridBot.Runtime;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.Durable;

/// <summary>
/// The venue and storage steps of <c>BotOperation</c>, one activity each, over the same <see cref="BotEffects"/> the
/// local runtime uses. An activity may run more than once (a retry, a worker that died before its result was
/// recorded): placing is safe because the client order id is fixed by the bot (the venue refuses a duplicate, which
/// the bot reads as "already placed"), and fills are keyed by trade id in the ledger and in the bot.
/// </summary>
public sealed class BotActivities(BotEffects effects, IFillPublisher publisher, IBotRegistry registry)
{
    public const string ReadViewName = "ReadView";
    public const string ReadFillsName = "ReadFills";
    public const string PlaceOrderName = "PlaceOrder";
    public const string CancelOrderName = "CancelOrder";
    public const string PublishFillsName = "PublishFills";
    public const string NotifyName = "Notify";
    public const string RegisterName = "Register";
    public const string ScheduleName = "ScheduleOperation";

    private static readonly JsonSerializerOptions CoreOptions = new(CoreJsonContext.Default.Options);

    [Function(ReadViewName)]
    public async Task<string> ReadViewAsync([ActivityTrigger] ViewRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var view = await effects.ViewAsync(DurableJson.ReadState(request.State), DurableJson.ReadOperation(request.Operation), ct).ConfigureAwait(false);
        return DurableJson.Write(view);
    }

    [Function(ReadFillsName)]
    public async Task<string> ReadFillsAsync([ActivityTrigger] FillsRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = DurableJson.ReadState(request.State) ?? throw new InvalidDataException("ReadFills needs the bot's state");
        return DurableJson.WriteOperations(await effects.ReadFillsAsync(state, request.Queued, ct).ConfigureAwait(false));
    }

    [Function(PlaceOrderName)]
    public async Task<PlaceResult> PlaceOrderAsync([ActivityTrigger] EffectRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = DurableJson.ReadState(request.State) ?? throw new InvalidDataException("PlaceOrder needs the bot's state");
        var placed = await effects.PlaceAsync(state, (PlaceOrder)ReadEffect(request.Effect), ct).ConfigureAwait(false);
        return new PlaceResult(DurableJson.Write(placed.Result), placed.Filled);
    }

    [Function(CancelOrderName)]
    public Task<bool> CancelOrderAsync([ActivityTrigger] EffectRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = DurableJson.ReadState(request.State) ?? throw new InvalidDataException("CancelOrder needs the bot's state");
        return effects.CancelAsync(state, (CancelOrder)ReadEffect(request.Effect), ct);
    }

    [Function(PublishFillsName)]
    public Task PublishFillsAsync([ActivityTrigger] PublishRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return publisher.PublishAsync(request.BotId, DurableJson.ReadFill(request.Fill), ct);
    }

    [Function(NotifyName)]
    public Task NotifyAsync([ActivityTrigger] NotifyRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return effects.NotifyAsync(new Notify(request.BotId, request.Text), ct);
    }

    /// <summary>The registry row follows the bot's status (what <c>TickTimer</c> and the control API list).</summary>
    [Function(RegisterName)]
    public Task RegisterAsync([ActivityTrigger] string state, CancellationToken ct) =>
        registry.UpsertAsync(BotRegistration.Of(DurableJson.ReadState(state) ?? throw new InvalidDataException("Register needs the bot's state")), ct);

    [Function(ScheduleName)]
    public static Task ScheduleAsync([ActivityTrigger] ScheduleRequest request, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        ScheduleWithAsync(request, new FunctionsBotOrchestrations(client), ct);

    /// <summary>
    /// Starts <c>BotOperation</c> with the scheduled operation at its time (the backend holds the start message until
    /// then, as it holds a durable timer). The instance id names the bot and the time, so a retried activity schedules
    /// it once.
    /// </summary>
    public static async Task ScheduleWithAsync(ScheduleRequest request, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(orchestrations);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(request.AtMs);
        await orchestrations.StartAsync($"sched-{request.BotId}-{request.AtMs}", new BotOperationRequest(request.BotId, request.Operation), at, ct).ConfigureAwait(false);
    }

    public static string WriteEffect(BotEffect effect) => JsonSerializer.Serialize(effect, CoreOptions);

    private static BotEffect ReadEffect(string json) =>
        JsonSerializer.Deserialize<BotEffect>(json, CoreOptions) ?? throw new InvalidDataException("empty effect");
}

/// <summary><c>ReadView</c>'s input: the bot's state (null before it exists) and the operation, as the Core's JSON.</summary>
public sealed record ViewRequest(string? State, string Operation);

/// <summary><c>ReadFills</c>' input: the bot's state and the trade ids already queued in this operation.</summary>
public sealed record FillsRequest(string State, IReadOnlyList<string> Queued);

/// <summary><c>PlaceOrder</c>'s and <c>CancelOrder</c>'s input: the bot's state and the effect, as the Core's JSON.</summary>
public sealed record EffectRequest(string State, string Effect);

/// <summary><c>PlaceOrder</c>'s result: the operation reporting the venue's answer, and whether it filled at once.</summary>
public sealed record PlaceResult(string Result, bool Filled);

public sealed record PublishRequest(string BotId, string Fill);

public sealed record NotifyRequest(string BotId, string Text);

public sealed record ScheduleRequest(string BotId, string Operation, long AtMs);
