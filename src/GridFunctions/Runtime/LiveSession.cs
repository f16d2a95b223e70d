using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Common;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;

namespace GridFunctions.Runtime;

/// <summary>
/// Runs one bot in real time: every tick interval the bot gets a Tick (reconcile, trail, safety) and new fills are
/// read from the venue. With a <see cref="PaperExchange"/> as the trading venue, the paper book is first moved to the
/// live venue's best bid/ask so it trades on real prices. Stops after <c>maxTicks</c> or when cancelled; the bot's
/// state stays in the store, so the next run with the same bot id picks it up.
/// </summary>
public sealed class LiveSession(BotRuntime runtime, IExchange prices, PaperExchange? paper, TimeProvider time, TimeSpan tickInterval)
{
    public async Task<BotState> RunAsync(BotConfig config, int? maxTicks, Action<BotState>? onTick, CancellationToken ct)
    {
        Guard.NotNull(config);
        await RefreshPaperAsync(config, ct).ConfigureAwait(false);
        var existing = await runtime.GetStateAsync(config.BotId, ct).ConfigureAwait(false);
        if (existing is null)
        {
            await Expect(runtime.SendAndWaitAsync(config.BotId, new CreateBot(config), ct)).ConfigureAwait(false);
            await Expect(runtime.SendAndWaitAsync(config.BotId, new StartBot(), ct)).ConfigureAwait(false);
        }

        var ticks = 0;
        while (!ct.IsCancellationRequested && (maxTicks is null || ticks < maxTicks))
        {
            await RefreshPaperAsync(config, ct).ConfigureAwait(false);
            await runtime.PollFillsAsync(config.BotId, ct).ConfigureAwait(false);
            await runtime.SendAndWaitAsync(config.BotId, new Tick(), ct).ConfigureAwait(false);
            ticks++;
            var state = await runtime.GetStateAsync(config.BotId, ct).ConfigureAwait(false);
            onTick?.Invoke(state!);
            if (maxTicks is null || ticks < maxTicks)
            {
                try
                {
                    await Task.Delay(tickInterval, time, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        return (await runtime.GetStateAsync(config.BotId, CancellationToken.None).ConfigureAwait(false))!;
    }

    private async Task RefreshPaperAsync(BotConfig config, CancellationToken ct)
    {
        if (paper is null)
        {
            return;
        }

        var ticker = await prices.GetTickerAsync(config.Rules.Symbol, ct).ConfigureAwait(false);
        if (ticker.IsSuccess)
        {
            paper.SetQuote(ticker.Value.Bid, ticker.Value.Ask, time.GetUtcNow().ToUnixTimeMilliseconds());
        }
    }

    private static async Task Expect(Task<BotDecision> decision)
    {
        var d = await decision.ConfigureAwait(false);
        if (!d.Accepted)
        {
            throw new InvalidOperationException(d.Rejection);
        }
    }
}
