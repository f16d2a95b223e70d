using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

public sealed class FaultPlanTests
{
    [Fact]
    public void TryTake_MatchesMethodAndPathAndCountsDown()
    {
        var plan = new FaultPlan().Add("POST", "/api/v3/order", Fault.ServerErrorBefore(), times: 2);

        plan.TryTake("GET", "/api/v3/order").Should().BeNull();
        plan.TryTake("POST", "/api/v3/time").Should().BeNull();
        plan.TryTake("POST", "/api/v3/order")!.Kind.Should().Be(FaultKind.ServerError);
        plan.Pending.Should().Be(1);
        plan.TryTake("post", "/API/v3/order").Should().NotBeNull();
        plan.TryTake("POST", "/api/v3/order").Should().BeNull();
    }

    [Fact]
    public void TryTake_ConsumesInTheOrderAdded()
    {
        var plan = new FaultPlan().Add("*", Fault.RateLimited(5)).Add("*", Fault.IpBanned(60));

        plan.TryTake("GET", "/x")!.RetryAfterSeconds.Should().Be(5);
        plan.TryTake("DELETE", "/y")!.Kind.Should().Be(FaultKind.IpBanned);
        plan.Pending.Should().Be(0);
    }
}
