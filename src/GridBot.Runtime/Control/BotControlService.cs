using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Configuration;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Runtime.Control;

/// <summary>
/// The one control surface every host calls (the CLI's <c>bots</c> commands, the Function app's HTTP functions, later
/// the Telegram router): create, list, status, start, pause, resume, stop, flatten, clear manual resume, update
/// limits, fills. Every command goes through the bot's mailbox in <see cref="BotRuntime"/>, so it is applied one at a
/// time with the bot's other operations and saved before any effect runs. Results are typed
/// (<see cref="ControlOutcome"/>); nothing here throws for bad input. Live bots are held to the rollout stage and the
/// exposure caps (<see cref="ExposurePolicy"/>) on create and on every limit change; with an <see cref="OperatorService"/>
/// the operator's rollout stage and exchange profile are in force (else the configured ones).
/// </summary>
public sealed partial class BotControlService(
    IBotHost runtime, IBotRegistry registry, IFillLedger ledger, IBotVenues venues, GridBotOptions options, OperatorService? operators = null)
{
    public Task<ControlResult<IReadOnlyList<BotSummary>>> ListAsync(CancellationToken ct) => StoredAsync(async () =>
    {
        var bots = await registry.ListAsync(ct).ConfigureAwait(false);
        return ControlResult<IReadOnlyList<BotSummary>>.Ok(bots.Select(BotSummary.Of).ToList());
    });

    /// <summary>The bot's whole saved state (for inspection; <see cref="StatusAsync"/> is the summary).</summary>
    public Task<ControlResult<BotState>> StateAsync(string botId, CancellationToken ct) => StoredAsync(async () =>
        await LoadAsync(botId, ct).ConfigureAwait(false) is { } state
            ? ControlResult<BotState>.Ok(state)
            : ControlResult<BotState>.Fail(ControlOutcome.NotFound, $"no bot '{botId}'"));

    public async Task<ControlResult<BotView>> StatusAsync(string botId, CancellationToken ct)
    {
        var state = await StateAsync(botId, ct).ConfigureAwait(false);
        return state.IsOk ? ControlResult<BotView>.Ok(BotView.Of(state.Value)) : state.As<BotView>();
    }

    public Task<ControlResult<BotView>> StartAsync(string botId, CancellationToken ct) => ApplyAsync(botId, new StartBot(), ct);

    public Task<ControlResult<BotView>> PauseAsync(string botId, string? reason, CancellationToken ct) =>
        ApplyAsync(botId, new PauseBot(Reason(reason, "paused by an operator")), ct);

    public Task<ControlResult<BotView>> ResumeAsync(string botId, CancellationToken ct) => ApplyAsync(botId, new ResumeBot(), ct);

    public Task<ControlResult<BotView>> StopAsync(string botId, CancellationToken ct) => ApplyAsync(botId, new StopBot(), ct);

    public Task<ControlResult<BotView>> FlattenAsync(string botId, string? reason, CancellationToken ct) =>
        ApplyAsync(botId, new FlattenBot(Reason(reason, "flatten requested by an operator")), ct);

    public Task<ControlResult<BotView>> ClearManualResumeAsync(string botId, CancellationToken ct) => ApplyAsync(botId, new ClearManualResume(), ct);

    /// <summary>
    /// A lifecycle command by name, as the HTTP hosts route it (<c>start</c>, <c>pause</c>, <c>resume</c>, <c>stop</c>,
    /// <c>flatten</c>, <c>clear</c>); <paramref name="reason"/> is used by pause and flatten. An unknown name is NotFound.
    /// </summary>
    public Task<ControlResult<BotView>> CommandAsync(string botId, string command, string? reason, CancellationToken ct) => command switch
    {
        "start" => StartAsync(botId, ct),
        "pause" => PauseAsync(botId, reason, ct),
        "resume" => ResumeAsync(botId, ct),
        "stop" => StopAsync(botId, ct),
        "flatten" => FlattenAsync(botId, reason, ct),
        "clear" => ClearManualResumeAsync(botId, ct),
        _ => Task.FromResult(ControlResult<BotView>.Fail(ControlOutcome.NotFound, $"no command '{command}': use start, pause, resume, stop, flatten or clear")),
    };

    /// <summary>The bot's fills from the ledger, oldest first; <paramref name="sinceMs"/> and <paramref name="limit"/> narrow them.</summary>
    public Task<ControlResult<IReadOnlyList<FillView>>> FillsAsync(string botId, long? sinceMs, int? limit, CancellationToken ct) =>
        StoredAsync(() => FillsCoreAsync(botId, sinceMs, limit, ct));

    /// <summary>
    /// Runs a command; a store that cannot be reached or refuses (<see cref="StorageUnavailableException"/>) or a save
    /// that keeps failing (<see cref="StateStoreException"/>) is <see cref="ControlOutcome.Unavailable"/>, named.
    /// </summary>
    private static async Task<ControlResult<T>> StoredAsync<T>(Func<Task<ControlResult<T>>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StorageUnavailableException or StateStoreException or InvalidDataException)
        {
            return ControlResult<T>.Fail(ControlOutcome.Unavailable, ex.Message);
        }
    }

    private async Task<ControlResult<IReadOnlyList<FillView>>> FillsCoreAsync(string botId, long? sinceMs, int? limit, CancellationToken ct)
    {
        if (limit is < 1)
        {
            return ControlResult<IReadOnlyList<FillView>>.Fail(ControlOutcome.InvalidInput, "limit must be ≥ 1");
        }

        if (await LoadAsync(botId, ct).ConfigureAwait(false) is null)
        {
            return ControlResult<IReadOnlyList<FillView>>.Fail(ControlOutcome.NotFound, $"no bot '{botId}'");
        }

        var fills = await ledger.QueryAsync(botId, sinceMs, limit, ct).ConfigureAwait(false);
        return ControlResult<IReadOnlyList<FillView>>.Ok(fills.Select(FillView.Of).ToList());
    }

    /// <summary>Sends one operation through the bot's mailbox and maps the bot's answer.</summary>
    private Task<ControlResult<BotView>> ApplyAsync(string botId, BotOperation op, CancellationToken ct) =>
        StoredAsync(() => ApplyCoreAsync(botId, op, ct));

    private async Task<ControlResult<BotView>> ApplyCoreAsync(string botId, BotOperation op, CancellationToken ct)
    {
        var state = await LoadAsync(botId, ct).ConfigureAwait(false);
        if (state is null)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.NotFound, $"no bot '{botId}'");
        }

        if (state.Config.Venue == Venue.Paper && op is StartBot or ResumeBot or FlattenBot)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.IllegalTransition,
                $"bot '{botId}' replayed history on the paper venue; it has no market to trade and can only be inspected");
        }

        if (op is StartBot or ResumeBot && ProfileRefusal((await InForceAsync(ct).ConfigureAwait(false)).Profile, state.Config.Market) is { } refused)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.IllegalTransition, $"bot '{botId}' trades {state.Config.Market}: {refused}");
        }

        return await SendAsync(botId, op, ct).ConfigureAwait(false);
    }

    private async Task<ControlResult<BotView>> SendAsync(string botId, BotOperation op, CancellationToken ct)
    {
        var decision = await runtime.SendAndWaitAsync(botId, op, ct).ConfigureAwait(false);

        if (decision.Rejection is { } rejection)
        {
            return ControlResult<BotView>.Fail(OutcomeOf(rejection.Reason), rejection.Detail);
        }

        return ControlResult<BotView>.Ok(BotView.Of(decision.State!));
    }

    /// <summary>The bot's saved state; null for an id no bot can have (blank), as for one no bot has.</summary>
    private async Task<BotState?> LoadAsync(string? botId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(botId) ? null : await runtime.GetStateAsync(botId, ct).ConfigureAwait(false);

    private static ControlOutcome OutcomeOf(BotRejectionReason reason) => reason switch
    {
        BotRejectionReason.NotFound => ControlOutcome.NotFound,
        BotRejectionReason.IllegalTransition or BotRejectionReason.AlreadyExists => ControlOutcome.IllegalTransition,
        BotRejectionReason.NoPrice => ControlOutcome.Unavailable,
        _ => ControlOutcome.InvalidInput,
    };

    /// <summary>
    /// The options in force: the configured ones with the operator's rollout stage, and the operator's exchange profile
    /// (the configured ones without an operator service). Throws <see cref="StorageUnavailableException"/> or
    /// <see cref="InvalidDataException"/> when the operator's settings cannot be read.
    /// </summary>
    private async Task<(GridBotOptions Options, ExchangeProfile Profile)> InForceAsync(CancellationToken ct)
    {
        if (operators is null)
        {
            return (options, options.ExchangeProfile);
        }

        var current = await operators.CurrentAsync(ct).ConfigureAwait(false);
        var profile = OperatorService.TryParseProfile(current.ExchangeProfile, out var parsed)
            ? parsed
            : throw new InvalidDataException($"the operator's exchange profile '{current.ExchangeProfile}' is not spot, perp or spot+perp");
        return (current.RolloutStage == options.RolloutStage ? options : options.WithRolloutStage(current.RolloutStage), profile);
    }

    private static string? ProfileRefusal(ExchangeProfile profile, MarketType market) => profile.Includes(market)
        ? null
        : $"the exchange profile is {OperatorService.Name(profile)}, so {(market == MarketType.Perp ? "perp" : "spot")} bots are off (an operator changes it with PUT /api/operator)";

    private static string Reason(string? given, string fallback) => string.IsNullOrWhiteSpace(given) ? fallback : given.Trim();
}
