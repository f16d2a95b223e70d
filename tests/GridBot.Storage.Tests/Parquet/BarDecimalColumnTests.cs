using GridBot.Storage.Parquet;

namespace GridBot.Storage.Tests.Parquet;

/// <summary>The column types; the exact round trip through a store is in <see cref="BarStoreContract"/>.</summary>
public sealed class BarDecimalColumnTests
{
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
}
