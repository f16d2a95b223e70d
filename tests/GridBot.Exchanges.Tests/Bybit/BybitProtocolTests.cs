using System.Net;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Tests.Http;

namespace GridBot.Exchanges.Tests.Bybit;

/// <summary>Reset timestamps are venue time: the protocol turns them into durations against the answer's own venue time.</summary>
public class BybitProtocolTests
{
    private const long VenueMs = 1_711_272_981_650;
    private static readonly RestCall Call = RestCall.Get(BybitEndpoints.RealtimeOrders, "category=spot");

    [Theory]
    [InlineData(true, true, 1_000)]
    [InlineData(false, true, 1_500)]
    [InlineData(false, false, 2_000)]
    public void VenueTimeOf_TimenowThenEnvelopeTimeThenArrival(bool timenow, bool envelope, long resetInMs)
    {
        using var response = Answer(timenow, resetAtMs: VenueMs + 2_000);
        var answer = new VenueAnswer(Call, response, Body(envelope), VenueNowMs: VenueMs);

        BybitProtocol.VenueTimeOf(answer).Should().Be(VenueMs + 2_000 - resetInMs);
    }

    [Fact]
    public void Read10006_HostClockFarOff_BacksOffForTheResetLessTheAnswersTime()
    {
        using var response = Answer(timenow: false, resetAtMs: VenueMs + 2_000);
        var answer = new VenueAnswer(Call, response, Body(envelope: true, retCode: 10006), VenueNowMs: VenueMs - 3_000);

        var read = new BybitProtocol().Read(answer);

        read.RetryAfter.Should().Be(TimeSpan.FromMilliseconds(1_500), "the envelope's time says the reset is 1.5 s away");
    }

    [Fact]
    public void ObserveUsage_LimitSpent_EndpointHeldForTheDurationFromTheAnswer()
    {
        var clock = new HttpTestClock(DateTimeOffset.FromUnixTimeMilliseconds(5_000)); // the host's clock is nowhere near the venue's
        var limiter = new RateLimiter([], clock);
        using var response = Answer(timenow: true, resetAtMs: VenueMs + 2_000);

        new BybitProtocol().ObserveUsage(new VenueAnswer(Call, response, Body(envelope: false), VenueNowMs: VenueMs), limiter);

        limiter.Delay(BybitEndpoints.RealtimeOrders, clock.Now).Should().Be(TimeSpan.FromMilliseconds(1_000));
    }

    private static HttpResponseMessage Answer(bool timenow, long resetAtMs)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-Bapi-Limit-Status", "0");
        response.Headers.Add("X-Bapi-Limit-Reset-Timestamp", resetAtMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (timenow)
        {
            response.Headers.Add("Timenow", (VenueMs + 1_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return response;
    }

    private static string Body(bool envelope, int retCode = 0) => envelope
        ? "{\"retCode\":" + retCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"retMsg\":\"x\",\"result\":{},\"retExtInfo\":{},\"time\":" +
          (VenueMs + 500).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"
        : "{\"retCode\":" + retCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"retMsg\":\"x\",\"result\":{},\"retExtInfo\":{}}";
}
