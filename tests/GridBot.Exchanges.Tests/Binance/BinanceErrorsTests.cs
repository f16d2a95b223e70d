using GridBot.Core.Errors;
using GridBot.Exchanges.Binance;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceErrorsTests
{
    [Theory]
    [InlineData(429, -1003, "Too much request weight used; current limit is 6000 request weight per 1 MINUTE.", ErrorKind.RateLimited, "-1003")]
    [InlineData(429, -1015, "Too many new orders; current limit is 100 orders per 10 SECOND.", ErrorKind.RateLimited, "-1015")]
    [InlineData(400, -1003, "Too many requests queued.", ErrorKind.RateLimited, "-1003")]
    [InlineData(429, null, null, ErrorKind.RateLimited, "429")]
    [InlineData(418, -1003, "Way too much request weight used; IP banned until 1700000000000.", ErrorKind.IpBanned, "-1003")]
    [InlineData(418, null, null, ErrorKind.IpBanned, "418")]
    [InlineData(400, -1021, "Timestamp for this request is outside of the recvWindow.", ErrorKind.InvalidTimestamp, "-1021")]
    [InlineData(400, -1013, "Filter failure: PRICE_FILTER", ErrorKind.FilterFailure, "-1013")]
    [InlineData(400, -1013, "Filter failure: NOTIONAL", ErrorKind.FilterFailure, "-1013")]
    [InlineData(400, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.", ErrorKind.FilterFailure, "-1100")]
    [InlineData(400, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed.", ErrorKind.FilterFailure, "-1102")]
    [InlineData(400, -1111, "Parameter 'quantity' has too much precision.", ErrorKind.FilterFailure, "-1111")]
    [InlineData(400, -1121, "Invalid symbol.", ErrorKind.FilterFailure, "-1121")]
    [InlineData(400, -4003, "Quantity less than or equal to zero.", ErrorKind.FilterFailure, "-4003")]
    [InlineData(400, -4004, "Quantity less than min quantity.", ErrorKind.FilterFailure, "-4004")]
    [InlineData(400, -4005, "Quantity greater than max quantity.", ErrorKind.FilterFailure, "-4005")]
    [InlineData(400, -4013, "Price less than min price.", ErrorKind.FilterFailure, "-4013")]
    [InlineData(400, -4014, "Price not increased by tick size.", ErrorKind.FilterFailure, "-4014")]
    [InlineData(400, -4016, "Limit price can't be higher than 1.05.", ErrorKind.FilterFailure, "-4016")]
    [InlineData(400, -4023, "Quantity not increased by step size.", ErrorKind.FilterFailure, "-4023")]
    [InlineData(400, -4024, "Limit price can't be lower than 0.95.", ErrorKind.FilterFailure, "-4024")]
    [InlineData(400, -4131, "The counterparty's best price does not meet the PERCENT_PRICE filter limit.", ErrorKind.FilterFailure, "-4131")]
    [InlineData(400, -4164, "Order's notional must be no smaller than 5.", ErrorKind.FilterFailure, "-4164")]
    [InlineData(400, -5022, "Due to the order could not be executed as maker, the Post Only order will be rejected.", ErrorKind.FilterFailure, "-5022")]
    [InlineData(400, -2022, "ReduceOnly Order is rejected.", ErrorKind.FilterFailure, "-2022")]
    [InlineData(400, -2010, "Duplicate order sent.", ErrorKind.DuplicateClientOrderId, "-2010")]
    [InlineData(400, -2010, "Account has insufficient balance for requested action.", ErrorKind.InsufficientBalance, "-2010")]
    [InlineData(400, -2010, "Order would immediately match and take.", ErrorKind.FilterFailure, "-2010")]
    [InlineData(400, -2010, "Price * QTY is zero or less.", ErrorKind.FilterFailure, "-2010")]
    [InlineData(400, -2010, "Order would trigger immediately.", ErrorKind.FilterFailure, "-2010")]
    [InlineData(400, -2010, "Market is closed.", ErrorKind.Other, "-2010")]
    [InlineData(400, -2010, "This symbol is not permitted for this account.", ErrorKind.Auth, "-2010")]
    [InlineData(400, -2010, "This action is disabled on this account.", ErrorKind.Auth, "-2010")]
    [InlineData(400, -2010, null, ErrorKind.Other, "-2010")]
    [InlineData(400, -2018, "Balance is insufficient.", ErrorKind.InsufficientBalance, "-2018")]
    [InlineData(400, -2019, "Margin is insufficient.", ErrorKind.InsufficientBalance, "-2019")]
    [InlineData(400, -2011, "Unknown order sent.", ErrorKind.UnknownOrder, "-2011")]
    [InlineData(400, -2013, "Order does not exist.", ErrorKind.UnknownOrder, "-2013")]
    [InlineData(400, -1125, "This listenKey does not exist.", ErrorKind.Other, "-1125")]
    [InlineData(500, null, null, ErrorKind.UnknownStatus, "500")]
    [InlineData(502, null, "Bad Gateway", ErrorKind.UnknownStatus, "502")]
    [InlineData(503, -1008, "Server is currently overloaded with other requests.", ErrorKind.UnknownStatus, "-1008")]
    [InlineData(503, null, "Unknown error, please check your request or try again later.", ErrorKind.UnknownStatus, "503")]
    [InlineData(400, -1006, "An unexpected response was received from the message bus. Execution status unknown.", ErrorKind.UnknownStatus, "-1006")]
    [InlineData(400, -1007, "Timeout waiting for response from backend server. Send status unknown; execution status unknown.", ErrorKind.UnknownStatus, "-1007")]
    [InlineData(400, -1000, "An unknown error occurred while processing the request.", ErrorKind.UnknownStatus, "-1000")]
    [InlineData(400, -1001, "Internal error; unable to process your request. Please try again.", ErrorKind.UnknownStatus, "-1001")]
    [InlineData(400, -1008, "Request throttled by system-level protection.", ErrorKind.RateLimited, "-1008")]
    [InlineData(400, -1022, "Signature for this request is not valid.", ErrorKind.Auth, "-1022")]
    [InlineData(400, -2014, "API-key format invalid.", ErrorKind.Auth, "-2014")]
    [InlineData(401, -2015, "Invalid API-key, IP, or permissions for action.", ErrorKind.Auth, "-2015")]
    [InlineData(0, null, "Connection refused", ErrorKind.Network, "0")]
    [InlineData(400, -1117, "Invalid side.", ErrorKind.Other, "-1117")]
    [InlineData(403, null, null, ErrorKind.Other, "403")]
    [InlineData(400, -2026, "Order was canceled or expired with no executed qty over 90 days ago and has been archived.", ErrorKind.Other, "-2026")]
    public void Map_TableRow_MapsKindAndCode(int status, int? code, string? message, ErrorKind kind, string expectedCode)
    {
        var mapped = BinanceErrors.Map(status, code, message, null);

        mapped.Kind.Should().Be(kind);
        mapped.Error.Code.Should().Be(expectedCode);
        if (message is not null)
        {
            mapped.Error.Message.Should().Be(message);
        }
    }

    [Theory]
    [InlineData(429, 7)]
    [InlineData(418, 120)]
    public void Map_RetryAfter_KeptForTheCaller(int status, int seconds)
    {
        var mapped = BinanceErrors.Map(status, null, null, TimeSpan.FromSeconds(seconds));

        mapped.RetryAfter.Should().Be(TimeSpan.FromSeconds(seconds));
        mapped.Error.IsTransient.Should().Be(status == 429);
    }

    [Fact]
    public void Map_OrderCount429WithoutRetryAfter_RetryAfterIsNull()
    {
        BinanceErrors.Map(429, -1015, "Too many new orders.", null).RetryAfter.Should().BeNull();
    }

    [Fact]
    public void MapBody_BinanceErrorJson_ReadsCodeAndMessage()
    {
        var mapped = BinanceErrors.Map(400, """{"code":-1121,"msg":"Invalid symbol."}""", null);

        mapped.Error.Should().Be(new Error(ErrorKind.FilterFailure, "-1121", "Invalid symbol."));
    }

    [Theory]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("")]
    [InlineData("[1,2]")]
    public void MapBody_NotAnErrorJson_FallsBackToHttpStatus(string body)
    {
        var mapped = BinanceErrors.Map(502, body, null);

        mapped.Error.Kind.Should().Be(ErrorKind.UnknownStatus);
        mapped.Error.Code.Should().Be("502");
        mapped.Error.Message.Should().Contain("502");
    }

    [Fact]
    public void Network_And_Timeout_AreNetworkAndUnknownStatus()
    {
        BinanceErrors.Network("connection refused").Kind.Should().Be(ErrorKind.Network);
        BinanceErrors.Timeout("no answer in 10 s").Kind.Should().Be(ErrorKind.UnknownStatus);
    }

    [Theory]
    [InlineData("-1015", "Too many new orders; current limit is 100 orders per 10 SECOND.", 10_000L)]
    [InlineData("-1015", "Too many new orders; current limit is 200000 orders per 1 DAY.", 86_400_000L)]
    [InlineData("-1015", "Too many new orders; current limit is 1200 orders per 1 MINUTE.", 60_000L)]
    [InlineData("-1015", "Too many new orders.", null)]
    [InlineData("-1003", "Too much request weight used; current limit is 6000 request weight per 1 MINUTE.", null)]
    public void FullOrderWindow_ReadsTheWindowOfAnOrderCountRefusalOnly(string code, string message, long? windowMs) =>
        BinanceErrors.FullOrderWindow(new Error(ErrorKind.RateLimited, code, message))
            .Should().Be(windowMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null);
}
