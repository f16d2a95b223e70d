using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Tests.Http;

public class ResponseHeadersTests
{
    private static HttpResponseMessage With(string name, string? value)
    {
        var response = new HttpResponseMessage();
        if (value is not null)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("0", 0)]
    public void RetryAfter_Seconds_ReturnsSpan(string header, int seconds)
    {
        using var response = With("Retry-After", header);

        ResponseHeaders.RetryAfter(response).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Wed, 21 Oct 2015 07:28:00 GMT")]
    [InlineData("-5")]
    public void RetryAfter_NotSeconds_ReturnsNull(string? header)
    {
        using var response = With("Retry-After", header);

        ResponseHeaders.RetryAfter(response).Should().BeNull();
    }

    [Theory]
    [InlineData("X-Bapi-Limit-Status", "0", 0L)]
    [InlineData("X-Bapi-Limit-Reset-Timestamp", "1672738134824", 1672738134824L)]
    [InlineData("X-Bapi-Limit-Status", "-1", null)]
    [InlineData("X-Bapi-Limit-Status", "many", null)]
    [InlineData("X-Bapi-Limit-Status", null, null)]
    public void Int64_ReadsNonNegativeNumbersOnly(string name, string? value, long? expected)
    {
        using var response = With(name, value);

        ResponseHeaders.Int64(response, name).Should().Be(expected);
    }
}
