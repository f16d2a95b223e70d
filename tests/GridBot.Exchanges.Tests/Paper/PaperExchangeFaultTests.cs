using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using static GridBot.Exchanges.Tests.Paper.PaperTestData;

namespace GridBot.Exchanges.Tests.Paper;

public class PaperExchangeFaultTests
{
    [Fact]
    public void PlaceOrder_UnknownStatusButPlaced_ReportsUnknownYetTheOrderIsThereAndCannotBeSentTwice()
    {
        var exchange = Spot(100m);
        exchange.PlacementFault = r => r.ClientOrderId == "lost" ? PaperFault.UnknownStatusButPlaced : PaperFault.None;

        exchange.Place(Limit("lost", OrderSide.Buy, 0.1m, 99m)).ShouldBe(ErrorKind.UnknownStatus, "503", "unknown");

        exchange.PlacementFault = null;
        exchange.Order("lost").Value.Status.Should().Be(OrderStatus.New);
        exchange.Place(Limit("lost", OrderSide.Buy, 0.1m, 99m)).ShouldBe(ErrorKind.DuplicateClientOrderId, "-2010", "Duplicate order sent.");
        exchange.OpenOrders().Should().ContainSingle();
    }

    [Fact]
    public void PlaceOrder_UnknownStatusButPlacedForAMarketOrder_HasFilled()
    {
        var exchange = Spot(100m);
        exchange.PlacementFault = _ => PaperFault.UnknownStatusButPlaced;

        exchange.Place(Market("m", OrderSide.Buy, 0.1m)).Error!.Kind.Should().Be(ErrorKind.UnknownStatus);

        exchange.Order("m").Value.Status.Should().Be(OrderStatus.Filled);
        exchange.FillsSince(0).Should().ContainSingle().Which.ClientOrderId.Should().Be("m");
    }

    [Fact]
    public void PlaceOrder_UnknownStatusNotPlaced_ReportsUnknownAndAReconcileFindsNothing()
    {
        var exchange = Spot(100m);
        exchange.PlacementFault = _ => PaperFault.UnknownStatusNotPlaced;

        exchange.Place(Limit("lost", OrderSide.Buy, 0.1m, 99m)).ShouldBe(ErrorKind.UnknownStatus, "503", "unknown");

        exchange.PlacementFault = null;
        exchange.Order("lost").Error!.Kind.Should().Be(ErrorKind.UnknownOrder);
        exchange.PlaceOk(Limit("lost", OrderSide.Buy, 0.1m, 99m)).Status.Should().Be(OrderStatus.New);
    }

    [Fact]
    public void PlaceOrder_NetworkBeforeSending_IsTransientNetworkAndPlacesNothing()
    {
        var exchange = Spot(100m);
        exchange.PlacementFault = _ => PaperFault.NetworkBeforeSending;

        var result = exchange.Place(Market("m", OrderSide.Buy, 0.1m));

        result.Error!.Kind.Should().Be(ErrorKind.Network);
        result.Error.IsTransient.Should().BeTrue();
        exchange.FillCount.Should().Be(0);
        exchange.Order("m").Error!.Code.Should().Be("-2013");
        exchange.BalanceOf("USDT").Total.Should().Be(10_000m);
    }

    [Fact]
    public void PlaceOrder_UnknownStatusButPlacedOnAnOrderTheVenueRejects_PlacesNothing()
    {
        var exchange = Spot(100m);
        exchange.PlacementFault = _ => PaperFault.UnknownStatusButPlaced;

        exchange.Place(Limit("tiny", OrderSide.Buy, 0.01m, 99m)).Error!.Kind.Should().Be(ErrorKind.UnknownStatus);

        exchange.Order("tiny").Error!.Kind.Should().Be(ErrorKind.UnknownOrder);
    }
}
