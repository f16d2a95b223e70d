using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Indicators;

/// <summary>
/// Batch forms of the streaming indicators. Series functions return an array aligned to the input (null until
/// enough data); <c>Last…</c> functions return the latest value or null, like the seed's <c>sma(arr, n)</c>.
/// Each is computed by the matching streaming class, so batch and streaming agree exactly.
/// </summary>
public static class TechnicalIndicators
{
    public static double?[] Sma(IReadOnlyList<double> values, int period)
    {
        var sma = new Sma(period);
        return Map(values, sma.Update);
    }

    public static double?[] Ema(IReadOnlyList<double> values, int period)
    {
        var ema = new Ema(period);
        return Map(values, ema.Update);
    }

    public static double?[] Rsi(IReadOnlyList<double> closes, int period = 14)
    {
        var rsi = new Rsi(period);
        return Map(closes, rsi.Update);
    }

    public static BollingerValue?[] BollingerBands(IReadOnlyList<double> values, int period = 20, double multiplier = 2.0)
    {
        var bands = new BollingerBands(period, multiplier);
        return Map(values, bands.Update);
    }

    public static double?[] Atr(IReadOnlyList<double> high, IReadOnlyList<double> low, IReadOnlyList<double> close, int period = 14)
    {
        var atr = new Atr(period);
        return Map(high, low, close, atr.Update);
    }

    public static double?[] Atr(IReadOnlyList<Bar> bars, int period = 14)
    {
        var atr = new Atr(period);
        return Map(bars, atr.Update);
    }

    public static AdxValue?[] Adx(IReadOnlyList<double> high, IReadOnlyList<double> low, IReadOnlyList<double> close, int period = 14)
    {
        var adx = new Adx(period);
        return Map(high, low, close, adx.Update);
    }

    public static AdxValue?[] Adx(IReadOnlyList<Bar> bars, int period = 14)
    {
        var adx = new Adx(period);
        return Map(bars, adx.Update);
    }

    /// <summary>True range of every bar; the first is high − low.</summary>
    public static double[] TrueRanges(IReadOnlyList<double> high, IReadOnlyList<double> low, IReadOnlyList<double> close)
    {
        CheckSameLength(high, low, close);
        var result = new double[high.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = global::GridBot.Core.Indicators.Atr.TrueRange(high[i], low[i], i == 0 ? null : close[i - 1]);
        }

        return result;
    }

    public static double? LastSma(IReadOnlyList<double> values, int period) => Last(Sma(values, period));

    public static double? LastEma(IReadOnlyList<double> values, int period) => Last(Ema(values, period));

    public static double? LastRsi(IReadOnlyList<double> closes, int period = 14) => Last(Rsi(closes, period));

    public static BollingerValue? LastBollingerBands(IReadOnlyList<double> values, int period = 20, double multiplier = 2.0) =>
        Last(BollingerBands(values, period, multiplier));

    public static double? LastAtr(IReadOnlyList<double> high, IReadOnlyList<double> low, IReadOnlyList<double> close, int period = 14) =>
        Last(Atr(high, low, close, period));

    public static double? LastAtr(IReadOnlyList<Bar> bars, int period = 14) => Last(Atr(bars, period));

    public static double? LastAdx(IReadOnlyList<double> high, IReadOnlyList<double> low, IReadOnlyList<double> close, int period = 14) =>
        Last(Adx(high, low, close, period))?.Adx;

    public static double? LastAdx(IReadOnlyList<Bar> bars, int period = 14) => Last(Adx(bars, period))?.Adx;

    private static T?[] Map<T>(IReadOnlyList<double> values, Func<double, T?> update)
        where T : struct
    {
        Guard.NotNull(values);
        var result = new T?[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = update(values[i]);
        }

        return result;
    }

    private static T?[] Map<T>(IReadOnlyList<Bar> bars, Func<Bar, T?> update)
        where T : struct
    {
        Guard.NotNull(bars);
        var result = new T?[bars.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = update(bars[i]);
        }

        return result;
    }

    private static T?[] Map<T>(
        IReadOnlyList<double> high, IReadOnlyList<double> low, IReadOnlyList<double> close, Func<double, double, double, T?> update)
        where T : struct
    {
        CheckSameLength(high, low, close);
        var result = new T?[high.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = update(high[i], low[i], close[i]);
        }

        return result;
    }

    private static void CheckSameLength(IReadOnlyList<double> high, IReadOnlyList<double> low, IReadOnlyList<double> close)
    {
        Guard.NotNull(high);
        Guard.NotNull(low);
        Guard.NotNull(close);
        Guard.That(high.Count == low.Count && low.Count == close.Count, "high, low and close must have the same length");
    }

    private static T? Last<T>(T?[] series)
        where T : struct =>
        series.Length == 0 ? null : series[^1];
}
