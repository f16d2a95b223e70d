using GridBot.Core.Errors;
using GridBot.Core.Market;
using static GridBot.Exchanges.Tests.Paper.PaperTestData;

namespace GridBot.Exchanges.Tests.Paper;

public class PaperExchangeConcurrencyTests
{
    [Fact]
    public async Task PlaceOrder_FromManyTasks_KeepsOneConsistentBook()
    {
        var exchange = Spot(100m);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => exchange.PlaceOrderAsync(Limit($"b{i}", OrderSide.Buy, 0.1m, 50m), CancellationToken.None))));

        results.Should().OnlyContain(r => r.IsSuccess);
        results.Select(r => r.Value.ExchangeOrderId).Should().OnlyHaveUniqueItems();
        exchange.BalanceOf("USDT").Locked.Should().Be(1_000m); // 200 × 0.1 × 50
    }

    [Fact]
    public async Task PlaceOrder_SameIdFromManyTasks_IsAcceptedExactlyOnce()
    {
        var exchange = Spot(100m);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Task.Run(() => exchange.PlaceOrderAsync(Limit("same", OrderSide.Buy, 0.1m, 50m), CancellationToken.None))));

        results.Count(r => r.IsSuccess).Should().Be(1);
        results.Where(r => !r.IsSuccess).Should().OnlyContain(r => r.Error!.Kind == ErrorKind.DuplicateClientOrderId);
        exchange.OpenOrders().Should().ContainSingle();
    }
}
