using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.SkewedVenue;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Defect 2: a placement that may have reached the venue (a 5xx after it was accepted, a dropped connection) used its
/// rate-limit slot there, so it uses one here too. The venues count every placement that arrives (Binance: 6 orders per
/// 10 s; Bybit: 6 creates per second, below the client's own default of 10) and their error answers carry no usage
/// headers; with the last slots of a window spent by faulted placements, the next ones must wait for the venue's next
/// window instead of drawing a refusal, with the venue's clock skewed either way.
/// </summary>
public sealed class FaultedRequestSlotTests
{
    private const int Limit = 6;

    public static TheoryData<Venue, MarketType, int> MarketsAndSkews
    {
        get
        {
            var data = new TheoryData<Venue, MarketType, int>();
            foreach (var skew in new[] { 1000, -1000 })
            {
                foreach (var (venue, market) in new[] { (Venue.Binance, MarketType.Spot), (Venue.Binance, MarketType.Perp), (Venue.Bybit, MarketType.Spot), (Venue.Bybit, MarketType.Perp) })
                {
                    data.Add(venue, market, skew);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(MarketsAndSkews))]
    public async Task PlaceOrder_FaultedPlacementsSpendTheLastSlots_LaterOnesWaitForTheNextWindow(Venue venue, MarketType market, int skewMs)
    {
        var setup = new SkewSetup
        {
            BinanceOrdersPer10Seconds = Limit,
            BybitEndpointLimits = new Dictionary<string, int> { ["/v5/order/create"] = Limit },
        };
        await using var v = await StartAsync(venue, market, TimeSpan.FromMilliseconds(skewMs), setup);
        await v.WarmUpAsync();
        var windowMs = venue == Venue.Binance ? 10_000L : 1_000L;
        AlignToWindowStart(v, windowMs);

        var results = new List<(string Id, Result<GridBot.Core.Ports.ExchangeOrder> Result)>();
        for (var i = 1; i <= Limit + 3; i++)
        {
            if (i == Limit - 1)
            {
                v.Host.Faults.Add("POST", v.CreatePath, Fault.ServerErrorAfterAccept(503));
                v.Host.Faults.Add("POST", v.CreatePath, Fault.DropConnection(afterAccept: true));
            }

            var id = $"s-{i}-b1";
            results.Add((id, await v.Client.PlaceOrderAsync(Buy(id, 59_000m - i), default)));
        }

        var creates = v.Host.RequestsTo("POST", v.CreatePath);
        creates.Should().HaveCount(Limit + 3, "each placement was sent once");
        creates.Should().NotContain(r => v.IsRateLimitRefusal(r), "no placement drew a rate-limit refusal the client caused");
        creates.GroupBy(r => r.TimeMs / windowMs).Should().OnlyContain(g => g.Count() <= Limit, "at most the limit in any of the venue's windows");
        results.Where(r => r.Id is "s-5-b1" or "s-6-b1").Should().OnlyContain(r => r.Result.Error!.Kind == ErrorKind.UnknownStatus);
        results.Where(r => r.Id is not ("s-5-b1" or "s-6-b1")).Should().OnlyContain(r => r.Result.IsSuccess);
        v.Market.Orders.Select(o => o.ClientOrderId).Should().BeEquivalentTo(results.Select(r => r.Id), "every placement is at the venue once");
        (creates[^1].TimeMs - creates[0].TimeMs).Should().BeLessThan(windowMs + 1_000, "waiting for one window, not much longer");
    }

    /// <summary>Starts the sequence at the beginning of one of the venue's windows, so the limit, not a window boundary, decides.</summary>
    private static void AlignToWindowStart(SkewedVenue v, long windowMs)
    {
        var venueNow = v.Host.NowMs;
        v.HostClock.Advance(TimeSpan.FromMilliseconds((((venueNow / windowMs) + 1) * windowMs) - venueNow + 1));
    }
}
