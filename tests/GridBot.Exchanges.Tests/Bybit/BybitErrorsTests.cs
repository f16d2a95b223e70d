using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Exchanges.Bybit;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitErrorsTests
{
    /// <summary>Every row of <see cref="BybitErrors.Codes"/>, written out independently.</summary>
    public static TheoryData<int, ErrorKind> TableRows => new()
    {
        { 10006, ErrorKind.RateLimited }, { 10018, ErrorKind.RateLimited }, { 170005, ErrorKind.RateLimited },
        { 170222, ErrorKind.RateLimited }, { 10009, ErrorKind.IpBanned }, { 10002, ErrorKind.InvalidTimestamp },
        { 10001, ErrorKind.FilterFailure }, { 110003, ErrorKind.FilterFailure }, { 110017, ErrorKind.FilterFailure },
        { 110020, ErrorKind.FilterFailure }, { 170124, ErrorKind.FilterFailure }, { 170130, ErrorKind.FilterFailure },
        { 170132, ErrorKind.FilterFailure }, { 170133, ErrorKind.FilterFailure }, { 170134, ErrorKind.FilterFailure },
        { 170135, ErrorKind.FilterFailure }, { 170136, ErrorKind.FilterFailure }, { 170137, ErrorKind.FilterFailure },
        { 170140, ErrorKind.FilterFailure }, { 170148, ErrorKind.FilterFailure }, { 170192, ErrorKind.FilterFailure },
        { 170193, ErrorKind.FilterFailure }, { 170194, ErrorKind.FilterFailure }, { 170218, ErrorKind.FilterFailure },
        { 110004, ErrorKind.InsufficientBalance }, { 110007, ErrorKind.InsufficientBalance },
        { 110012, ErrorKind.InsufficientBalance }, { 110044, ErrorKind.InsufficientBalance },
        { 110045, ErrorKind.InsufficientBalance }, { 170131, ErrorKind.InsufficientBalance },
        { 170033, ErrorKind.InsufficientBalance },
        { 110072, ErrorKind.DuplicateClientOrderId }, { 170141, ErrorKind.DuplicateClientOrderId },
        { 110030, ErrorKind.DuplicateClientOrderId },
        { 110001, ErrorKind.UnknownOrder }, { 110008, ErrorKind.UnknownOrder }, { 110010, ErrorKind.UnknownOrder },
        { 170213, ErrorKind.UnknownOrder }, { 170143, ErrorKind.UnknownOrder }, { 170142, ErrorKind.UnknownOrder },
        { 170139, ErrorKind.UnknownOrder }, { 170190, ErrorKind.UnknownOrder },
        { 10003, ErrorKind.Auth }, { 10004, ErrorKind.Auth }, { 10005, ErrorKind.Auth }, { 10007, ErrorKind.Auth },
        { 10008, ErrorKind.Auth }, { 10010, ErrorKind.Auth }, { 33004, ErrorKind.Auth }, { -2015, ErrorKind.Auth },
        { 10000, ErrorKind.UnknownStatus }, { 10016, ErrorKind.UnknownStatus }, { 170001, ErrorKind.UnknownStatus },
        { 170007, ErrorKind.UnknownStatus }, { 170032, ErrorKind.UnknownStatus }, { 170146, ErrorKind.UnknownStatus },
        { 170147, ErrorKind.UnknownStatus }, { 170234, ErrorKind.UnknownStatus },
    };

    [Theory]
    [MemberData(nameof(TableRows))]
    public void Map_TableRow_GivesKindAndRetCodeAsCode(int retCode, ErrorKind expected)
    {
        var error = BybitErrors.Map(200, retCode, "venue message");

        error.Kind.Should().Be(expected);
        error.Code.Should().Be(retCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        error.Message.Should().Be("venue message");
    }

    [Fact]
    public void Codes_Table_IsExactlyTheTheoryRows()
    {
        var rows = TableRows.Select(row => ((int)row[0], (ErrorKind)row[1])).ToArray();

        BybitErrors.Codes.Select(kv => (kv.Key, kv.Value)).Should().BeEquivalentTo(rows);
    }

    [Theory]
    [InlineData(429, 0, ErrorKind.RateLimited, "429")]
    [InlineData(403, 0, ErrorKind.IpBanned, "403")]
    [InlineData(401, 0, ErrorKind.Auth, "401")]
    [InlineData(500, 0, ErrorKind.UnknownStatus, "500")]
    [InlineData(502, 0, ErrorKind.UnknownStatus, "502")]
    [InlineData(503, 10001, ErrorKind.UnknownStatus, "10001")]
    [InlineData(404, 0, ErrorKind.Other, "404")]
    [InlineData(200, 110025, ErrorKind.Other, "110025")]
    [InlineData(200, 10017, ErrorKind.Other, "10017")]
    [InlineData(429, 123456, ErrorKind.RateLimited, "123456")]
    public void Map_HttpStatusOrUnlistedCode_FallsBackByStatus(int http, int retCode, ErrorKind expected, string code)
    {
        var error = BybitErrors.Map(http, retCode, string.Empty);

        error.Kind.Should().Be(expected);
        error.Code.Should().Be(code);
        error.Message.Should().NotBeEmpty();
    }

    [Fact]
    public void Map_ServerTimeout_IsTransientAndNeverAFailedPlacement()
    {
        var error = BybitErrors.Map(200, 10000, "Server Timeout");

        error.Kind.Should().Be(ErrorKind.UnknownStatus);
        error.IsTransient.Should().BeTrue();
        error.Kind.MayResend().Should().BeFalse();
    }

    [Fact]
    public void ReadEnvelope_Success_ReturnsResultAndTime()
    {
        var envelope = BybitErrors.ReadEnvelope(200, BybitPayloads.KlineEnvelope);

        envelope.IsSuccess.Should().BeTrue();
        envelope.Value.TimeMs.Should().Be(1672025956592);
        envelope.Value.Result.GetProperty("symbol").GetString().Should().Be("BTCUSD");
    }

    [Fact]
    public void ReadEnvelope_TimeAsString_IsZeroNotAnError()
    {
        var envelope = BybitErrors.ReadEnvelope(200, """{"retCode":0,"retMsg":"OK","result":{},"time":"1"}""");

        envelope.Value.TimeMs.Should().Be(0);
    }

    [Fact]
    public void ReadResult_RetCodeZero_ReturnsResultElement()
    {
        var result = BybitErrors.ReadResult(200, """{"retCode":0,"retMsg":"OK","result":{"timeSecond":"1688639403"},"retExtInfo":{},"time":1688639403423}""");

        result.Value.GetProperty("timeSecond").GetString().Should().Be("1688639403");
    }

    [Fact]
    public void ReadResult_DuplicateOrderLinkId_IsDuplicateClientOrderId()
    {
        var result = BybitErrors.ReadResult(200, """{"retCode":110072,"retMsg":"OrderLinkedID is duplicate","result":{},"retExtInfo":{},"time":1}""");

        result.Error.Should().Be(new Error(ErrorKind.DuplicateClientOrderId, "110072", "OrderLinkedID is duplicate"));
    }

    [Fact]
    public void ReadResult_TooManyVisits_IsRateLimited()
    {
        var result = BybitErrors.ReadResult(200, """{"retCode":10006,"retMsg":"Too many visits!","result":null,"time":1}""");

        result.Error!.Kind.Should().Be(ErrorKind.RateLimited);
        result.Error.Code.Should().Be("10006");
    }

    [Theory]
    [InlineData(200, "{\"retCode\":0,\"retMsg\":\"OK\",\"res", ErrorKind.UnknownStatus)]
    [InlineData(200, "", ErrorKind.UnknownStatus)]
    [InlineData(200, "[1,2]", ErrorKind.UnknownStatus)]
    [InlineData(200, "{\"retCode\":0,\"retMsg\":\"OK\"}", ErrorKind.UnknownStatus)]
    [InlineData(200, "{\"retCode\":\"0\",\"result\":{}}", ErrorKind.UnknownStatus)]
    [InlineData(502, "<html>Bad Gateway</html>", ErrorKind.UnknownStatus)]
    [InlineData(403, "<html>access too frequent</html>", ErrorKind.IpBanned)]
    [InlineData(429, "", ErrorKind.RateLimited)]
    [InlineData(404, "Not Found", ErrorKind.Other)]
    [InlineData(500, "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{}}", ErrorKind.UnknownStatus)]
    public void ReadResult_NotASuccessEnvelope_MapsToAnError(int http, string body, ErrorKind expected)
    {
        var result = BybitErrors.ReadResult(http, body);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(expected);
    }

    [Fact]
    public void ReadResult_ResultOutlivesTheParsedDocument()
    {
        var result = BybitErrors.ReadResult(200, """{"retCode":0,"retMsg":"OK","result":{"list":[]},"time":1}""").Value;
        GC.Collect();

        result.GetProperty("list").ValueKind.Should().Be(JsonValueKind.Array);
    }
}
