using GridBot.Backtesting.Data;
using GridBot.Core.Errors;

namespace GridBot.Backtesting.Tests.Data;

public sealed class BarCsvReaderErrorTests
{
    private const string Header = "timestamp,open,high,low,close,volume\n";
    private const string Row0 = "2023-03-01 00:00:00,100,101,99,100.5,1\n";
    private const string Row1 = "2023-03-01 00:01:00,100.5,102,100,101,2\n";

    private static Error ReadError(string csv)
    {
        var result = BarCsvReader.Load(new StringReader(csv), "data.csv");
        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(ErrorKind.Other);
        result.Error.Code.Should().Be(BarFileError.BadBarFile).And.Be("BadBarFile");
        return result.Error;
    }

    [Theory]
    [InlineData(Header + Row0 + "2023-03-01 00:01:00,100,99.5,100.2,100,1\n", "data.csv:3: high 99.5 < low 100.2")]
    [InlineData(Header + Row0 + "2023-03-01 00:01:00,abc,102,100,101,2\n", "data.csv:3: open: cannot parse 'abc' as a number")]
    [InlineData(Header + "2023-03-01 00:00:00,100,101,99,100.5,\n", "data.csv:2: volume: cannot parse '' as a number")]
    [InlineData(Header + "2023-03-01 00:00:00,100,101,99,100.5,1,2\n2023-03-01 00:01:00,100,101\n", "data.csv:3: expected at least 6 fields, found 3")]
    [InlineData(Header + Row0 + "2023-03-01 00:01:00,100,101,99,100.5,-1\n", "data.csv:3: volume -1 < 0")]
    [InlineData(Header + Row0 + "2023-03-01 00:01:00,0,101,99,100.5,1\n", "data.csv:3: prices must be > 0")]
    [InlineData(Header + Row0 + "2023-03-01 00:01:00,105,101,99,100.5,1\n", "data.csv:3: open 105 / close 100.5 outside [low 99, high 101]")]
    [InlineData("1677628800000,100,101,99,100.5\n", "data.csv:1: expected at least 6 fields, found 5")]
    public void Load_BadRow_ReportsLineAndProblem(string csv, string expected) =>
        ReadError(csv).Message.Should().Be(expected);

    [Fact]
    public void Load_UnparsableTime_NamesColumnAndText() =>
        ReadError(Header + Row0 + "2023-13-01 00:00:00,100,101,99,100.5,1\n").Message
            .Should().StartWith("data.csv:3: timestamp: cannot parse '2023-13-01 00:00:00' as a time");

    [Fact]
    public void Load_MissingColumns_NamesThem() =>
        ReadError("timestamp,open,low,close\n" + Row0).Message
            .Should().Be("data.csv:1: missing columns: high, volume (header: timestamp,open,low,close)");

    [Fact]
    public void Load_NoTimeColumn_NamesTheAliases() =>
        ReadError("when,open,high,low,close,volume\n" + Row0).Message
            .Should().Be("data.csv:1: missing columns: open_time (or timestamp/datetime/date/time) (header: when,open,high,low,close,volume)");

    [Fact]
    public void Load_DuplicateTimestamp_GivesBothLines() =>
        ReadError(Header + Row0 + Row1 + Row1).Message
            .Should().Be("data.csv:4: duplicate open time 2023-03-01 00:01:00 UTC (also on line 3)");

    [Fact]
    public void Load_UnsortedTimestamps_GivesBothLinesAndTimes() =>
        ReadError(Header + Row1 + Row0).Message
            .Should().Be("data.csv:3: open time 2023-03-01 00:00:00 UTC is before 2023-03-01 00:01:00 UTC on line 2: rows must be in ascending time order");

    [Fact]
    public void Load_BlankLines_StillCountedInLineNumbers() =>
        ReadError(Header + "\n" + Row0 + "\n\n" + "2023-03-01 00:01:00,100,99.5,100.2,100,1\n").Message
            .Should().Be("data.csv:6: high 99.5 < low 100.2");

    [Theory]
    [InlineData("", "data.csv:1: empty file: no bars")]
    [InlineData("\n  \n", "data.csv:3: empty file: no bars")]
    [InlineData(Header, "data.csv:2: no bars after the header")]
    public void Load_NoBars_Rejected(string csv, string expected) =>
        ReadError(csv).Message.Should().Be(expected);

    [Fact]
    public void Load_MissingFile_ReturnsErrorNotException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gridbot-absent-{Guid.NewGuid():N}.csv");

        var result = BarCsvReader.Load(path);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("BadBarFile");
        result.Error.Message.Should().StartWith($"{path}: cannot read:");
    }

    [Fact]
    public void Load_CancelledToken_Throws()
    {
        var rows = string.Concat(Enumerable.Range(0, 5000).Select(i => $"{1_677_628_800_000 + (i * 60_000L)},1,2,0.5,1.5,1\n"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => BarCsvReader.Load(new StringReader(rows), "data.csv", cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }
}
