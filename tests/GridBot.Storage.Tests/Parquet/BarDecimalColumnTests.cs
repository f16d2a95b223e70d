using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

public sealed class BarDecimalColumnTests : IDisposable
{
    private readonly TempBarStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(new[] { "22000.12", "0.5" }, 18, 2)]
    [InlineData(new[] { "1.500000000000000000", "3" }, 18, 1)]
    [InlineData(new[] { "9999999999.12345678" }, 18, 8)]
    [InlineData(new[] { "99999999999.12345678" }, 38, 18)]
    [InlineData(new[] { "0.000000000000000001" }, 18, 18)]
    [InlineData(new[] { "1.000000000000000001" }, 38, 18)]
    public void For_Values_NarrowestExactType(string[] values, int precision, int scale)
    {
        var field = BarDecimalColumn.For("v", [.. values.Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture))]);

        (field.Precision, field.Scale).Should().Be((precision, scale));
    }

    [Fact]
    public async Task UpsertAsync_ValuesNeedingWideColumns_RoundTripExactly()
    {
        var series = TempBarStore.BtcSpot1m;
        var bars = new[]
        {
            new Bar(Jan1, 1.000000000000000001m, 2m, 1m, 1.5m, 99_999_999_999_999_999_999m),
            new Bar(Jan1 + Minute, 0.000000000000000001m, 0.000000000000000003m, 0.000000000000000001m, 0.000000000000000002m, 0m),
        };

        await _temp.Store.UpsertAsync(series, bars, CancellationToken.None);
        var loaded = await _temp.Store.LoadAsync(series, Jan1, Jan1 + Day, CancellationToken.None);

        loaded.Value.Should().Equal(bars);
    }
}
