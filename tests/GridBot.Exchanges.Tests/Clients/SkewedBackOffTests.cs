using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Http;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.SkewedVenue;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Defect 1: a back-off is counted from when the answer arrived, on the host's clock, plus a margin, whichever way and
/// however far the venue's clock is skewed. The venue (strict) refuses anything inside the back-off it announced; times
/// are the venue's arrival times on virtual time, so a wait is measured exactly.
/// </summary>
public sealed class SkewedBackOffTests
{
    private static readonly long Margin = (long)RateLimiter.DefaultMargin.TotalMilliseconds;

    public static TheoryData<Venue, MarketType, int> MarketsAndSkews
    {
        get
        {
            var data = new TheoryData<Venue, MarketType, int>();
            foreach (var skew in new[] { 1000, -1000, 3000, -3000 })
            {
                foreach (var (venue, market) in new[] { (Venue.Binance, MarketType.Spot), (Venue.Binance, MarketType.Perp), (Venue.Bybit, MarketType.Spot), (Venue.Bybit, MarketType.Perp) })
                {
                    data.Add(venue, market, skew);
                }
            }

            return data;
        }
    }

    public static TheoryData<MarketType, int> BybitSkews => new()
    {
        { MarketType.Spot, 1000 }, { MarketType.Spot, -1000 }, { MarketType.Perp, 3000 }, { MarketType.Perp, -3000 },
    };

    [Theory]
    [MemberData(nameof(MarketsAndSkews))]
    public async Task RateLimitedTwoSeconds_VenueClockSkewed_NextRequestWaitsTwoSecondsPlusMarginOnly(Venue venue, MarketType market, int skewMs)
    {
        await using var v = await StartAsync(venue, market, TimeSpan.FromMilliseconds(skewMs));
        await v.WarmUpAsync();
        v.Host.Faults.Add("GET", v.OpenOrdersPath, Fault.RateLimited(2)); // Binance Retry-After: 2; Bybit 10006, reset 2 s ahead (venue time)

        var limited = await v.Client.GetOpenOrdersAsync(Btc, default);
        var again = await v.Client.GetOpenOrdersAsync(Btc, default);

        limited.Error!.Kind.Should().Be(ErrorKind.RateLimited);
        again.IsSuccess.Should().BeTrue($"the retry must wait out the back-off the venue named, not draw a second refusal: {again.Error}");
        var reads = v.Host.RequestsTo("GET", v.OpenOrdersPath);
        reads.Should().HaveCount(2, "one refused read, one retry after the back-off");
        (reads[1].TimeMs - reads[0].TimeMs).Should().BeInRange(2000 + 100, 2000 + Margin + 300,
            "two seconds from the answer on one clock, plus a margin of 100–250 ms, and not the skew on top");
    }

    /// <summary>X-Bapi-Limit-Status 0 with the venue's reset timestamp: the endpoint waits for that reset on the venue's clock.</summary>
    [Theory]
    [MemberData(nameof(BybitSkews))]
    public async Task BybitEndpointSpent_VenueClockSkewed_WaitsForTheVenuesResetOnly(MarketType market, int skewMs)
    {
        var setup = new SkewSetup { BybitEndpointLimits = new Dictionary<string, int> { ["/v5/order/realtime"] = 3 } };
        await using var v = await StartAsync(Venue.Bybit, market, TimeSpan.FromMilliseconds(skewMs), setup);
        await v.WarmUpAsync();

        for (var i = 0; i < 5; i++)
        {
            var open = await v.Client.GetOpenOrdersAsync(Btc, default);
            open.IsSuccess.Should().BeTrue($"read {i + 1}: {open.Error}");
        }

        var reads = v.Host.RequestsTo("GET", v.OpenOrdersPath);
        reads.Should().HaveCount(5).And.NotContain(r => r.VenueCode == 10006, "the client paced itself by the venue's reset");
        var resetMs = ((reads[2].TimeMs / 1000) + 1) * 1000; // the fake's windows are venue seconds
        reads[3].TimeMs.Should().BeInRange(resetMs, resetMs + Margin + 300, "the fourth read waits for the venue's reset, and no longer");
    }
}
