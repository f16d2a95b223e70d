using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;
using GridBot.Exchanges.Paper;
using static GridBot.Exchanges.Tests.Paper.PaperTestData;

namespace GridBot.Exchanges.Tests.Paper;

public class PaperExchangePropertyTests
{
    private const decimal StartQuote = 10_000m;
    private const decimal StartBase = 1m;

    /// <summary>
    /// A grid (levels 90, 92, …, 110; 0.1 each) trades a random walk of MoveTo prices in [85, 115], placing the counter
    /// order after every fill and, every fifth step, a market order or an all-in buy sized from the free quote as
    /// listed (which must not overdraw it once the fees reserved for the other buys are due). At every step: no balance, free or locked, is
    /// negative; resting fills are at their limit and were touched. At the end the books are the fills' cash flows
    /// exactly: quote = start − Σ side × price × qty − Σ fees, base = start + Σ side × qty, so the account's value at
    /// any mark is the start's value plus what the fills gained against that mark, minus fees.
    /// </summary>
    [Fact]
    public void RandomWalks_OverAGrid_ConserveValueExceptFeesAndNeverGoNegative() =>
        Prop.ForAll(Gen.Choose(8_500, 11_500).ArrayOf().ToArbitrary(), walk =>
        {
            var exchange = At(new PaperExchange(Options(StartBase) with { StartingQuote = StartQuote }, new PaperClock()), 100m);
            var ids = 0;
            for (var level = 90m; level <= 110m; level += 2m)
            {
                if (level != 100m)
                {
                    exchange.PlaceOk(Limit($"g{ids++}", level < 100m ? OrderSide.Buy : OrderSide.Sell, 0.1m, level));
                }
            }

            for (var step = 0; step < walk.Length; step++)
            {
                var price = walk[step] / 100m;
                foreach (var fill in exchange.MoveTo(price, step))
                {
                    (fill.Side == OrderSide.Buy ? fill.Price >= price : fill.Price <= price).Should().BeTrue();
                    exchange.Order(fill.ClientOrderId).Value.Price.Should().Be(fill.Price);
                    var counter = fill.Price + (fill.Side == OrderSide.Buy ? 2m : -2m);
                    exchange.Place(Limit($"g{ids++}", fill.Side.Opposite(), fill.Quantity, counter));
                }

                if (step % 5 == 4)
                {
                    exchange.Place(step % 15 == 14 ? AllInBuy(exchange, $"a{ids++}", price - 3m) : Market($"m{ids++}", step % 10 == 4 ? OrderSide.Buy : OrderSide.Sell, 0.3m));
                }

                exchange.Balances().Should().OnlyContain(b => b.Free >= 0m && b.Locked >= 0m);
            }

            var fills = exchange.FillsSince(0);
            var quote = exchange.BalanceOf("USDT").Total;
            var baseQty = exchange.BalanceOf("BTC").Total;
            quote.Should().Be(StartQuote - fills.Sum(f => f.Side.Sign() * f.Price * f.Quantity) - fills.Sum(f => f.Fee.Amount));
            baseQty.Should().Be(StartBase + fills.Sum(f => f.Side.Sign() * f.Quantity));
            exchange.TotalFees.Should().Be(fills.Sum(f => f.Fee.Amount));
            fills.Select(f => long.Parse(f.TradeId, System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            const decimal mark = 100m;
            exchange.Equity(mark).Should().Be(
                StartQuote + (StartBase * mark) + fills.Sum(f => f.Side.Sign() * f.Quantity * (mark - f.Price)) - exchange.TotalFees);
        }).QuickCheckThrowOnFailure();

    private static OrderRequest AllInBuy(PaperExchange exchange, string id, decimal price)
    {
        var free = exchange.BalanceOf("USDT").Free;
        return Limit(id, OrderSide.Buy, OrderSizing.MaxQuantity(free, price, Fees.MakerRate, Rules.StepSize), price);
    }
}
