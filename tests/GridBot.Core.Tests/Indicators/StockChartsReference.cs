namespace GridBot.Core.Tests.Indicators;

/// <summary>
/// StockCharts ChartSchool spreadsheet series, transcribed in /work/shared/reference/api-facts.md section 6
/// (cs-rsi.xls, cs-atr.xls, cs-adx.xls via npm technicalindicators, cs-movavg.xls, cs-bbands.xls).
/// </summary>
internal static class StockChartsReference
{
    public const double Tolerance = 1e-4;

    // 6.1 RSI(14), QQQQ closes.
    public static readonly double[] RsiCloses =
    [
        44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955, 45.4245, 45.8433, 46.0826, 45.8931, 46.0328, 45.6140,
        46.2820, 46.2820, 46.0028, 46.0328, 46.4116, 46.2222, 45.6439, 46.2122, 46.2521, 45.7137, 46.4515, 45.7835, 45.3548,
        44.0288, 44.1783, 44.2181, 44.5672, 43.4205, 42.6628, 43.1314,
    ];

    public const int RsiFirstIndex = 14;
    public const double RsiFirstAverageGain = 0.238386;
    public const double RsiFirstAverageLoss = 0.099593;

    /// <summary>pandas ewm(alpha=1/14, adjust=False) seeded with the first observation: the wrong answer at index 14.</summary>
    public const double RsiFirstValueSeededWrong = 50.75;

    public static readonly double[] Rsi14 =
    [
        70.5328, 66.3186, 66.5498, 69.4063, 66.3552, 57.9749, 62.9296, 63.2571, 56.0593, 62.3771, 54.7076, 50.4228, 39.9898,
        41.4605, 41.8689, 45.4632, 37.3040, 33.0795, 37.7730,
    ];

    public static readonly double[] Rsi14ChartSchoolRounded =
    [
        70.53, 66.32, 66.55, 69.41, 66.36, 57.97, 62.93, 63.26, 56.06, 62.38, 54.71, 50.42, 39.99, 41.46, 41.87, 45.46, 37.30,
        33.08, 37.77,
    ];

    // 6.2 ATR(14), QQQQ.
    public static readonly double[] AtrHigh =
    [
        48.70, 48.72, 48.90, 48.87, 48.82, 49.05, 49.20, 49.35, 49.92, 50.19, 50.12, 49.66, 49.88, 50.19, 50.36, 50.57, 50.65,
        50.43, 49.63, 50.33, 50.29, 50.17, 49.32, 48.50, 48.3201, 46.80, 47.80, 48.39, 48.66, 48.79,
    ];

    public static readonly double[] AtrLow =
    [
        47.79, 48.14, 48.39, 48.37, 48.24, 48.635, 48.94, 48.86, 49.50, 49.87, 49.20, 48.90, 49.43, 49.725, 49.26, 50.09, 50.30,
        49.21, 48.98, 49.61, 49.20, 49.43, 48.08, 47.64, 41.55, 44.2833, 47.31, 47.20, 47.90, 47.7301,
    ];

    public static readonly double[] AtrClose =
    [
        48.16, 48.61, 48.75, 48.63, 48.74, 49.03, 49.07, 49.32, 49.91, 50.13, 49.53, 49.50, 49.75, 50.03, 50.31, 50.52, 50.41,
        49.34, 49.37, 50.23, 49.2375, 49.93, 48.43, 48.18, 46.57, 45.41, 47.77, 47.72, 48.62, 47.85,
    ];

    public static readonly double[] TrueRange =
    [
        0.91, 0.58, 0.51, 0.50, 0.58, 0.415, 0.26, 0.49, 0.60, 0.32, 0.93, 0.76, 0.45, 0.465, 1.10, 0.48, 0.35, 1.22, 0.65,
        0.96, 1.09, 0.9325, 1.85, 0.86, 6.7701, 2.5167, 2.39, 1.19, 0.94, 1.0599,
    ];

    public const int AtrFirstIndex = 13;

    public static readonly double[] Atr14 =
    [
        0.555, 0.593929, 0.585791, 0.568949, 0.615452, 0.61792, 0.642354, 0.674329, 0.69277, 0.775429, 0.78147, 1.209229,
        1.30262, 1.38029, 1.366698, 1.336219, 1.316482,
    ];

    // 6.3 ADX(14), cs-adx.xls rounded to 2 dp.
    public static readonly double[] AdxClose =
    [
        29.87, 30.24, 30.10, 28.90, 28.92, 28.48, 28.56, 27.56, 28.47, 28.28, 27.49, 27.23, 26.35, 26.33, 27.03, 26.22, 26.01,
        25.46, 27.03, 27.45, 28.36, 28.43, 27.95, 29.01, 29.38, 29.36, 28.91, 30.61, 30.05, 30.19, 31.12, 30.54, 29.78, 30.04,
        30.49, 31.47, 32.05, 31.97, 31.13, 31.66, 32.64, 32.59, 32.19, 32.10, 32.93, 33.00, 31.94,
    ];

    public static readonly double[] AdxHigh =
    [
        30.20, 30.28, 30.45, 29.35, 29.35, 29.29, 28.83, 28.73, 28.67, 28.85, 28.64, 27.68, 27.21, 26.87, 27.41, 26.94, 26.52,
        26.52, 27.09, 27.69, 28.45, 28.53, 28.67, 29.01, 29.87, 29.80, 29.75, 30.65, 30.60, 30.76, 31.17, 30.89, 30.04, 30.66,
        30.60, 31.97, 32.10, 32.03, 31.63, 31.85, 32.71, 32.76, 32.58, 32.13, 33.12, 33.19, 32.52,
    ];

    public static readonly double[] AdxLow =
    [
        29.41, 29.32, 29.96, 28.74, 28.56, 28.41, 28.08, 27.43, 27.66, 27.83, 27.40, 27.09, 26.18, 26.13, 26.63, 26.13, 25.43,
        25.35, 25.88, 26.96, 27.14, 28.01, 27.88, 27.99, 28.76, 29.14, 28.71, 28.93, 30.03, 29.39, 30.14, 30.43, 29.35, 29.99,
        29.52, 30.94, 31.54, 31.36, 30.92, 31.20, 32.13, 32.23, 31.97, 31.56, 32.21, 32.63, 31.76,
    ];

    public const int AdxFirstIndex = 27;

    public static readonly double[] Adx14 =
    [
        33.70789, 32.25668, 30.01835, 28.43901, 26.97249, 25.84732, 24.01791, 22.85086, 22.12975, 21.57870, 20.84157, 19.61908,
        18.72578, 18.75196, 18.82257, 18.52094, 17.68461, 17.90759, 18.17858, 17.28769,
    ];

    /// <summary>First +DI14, −DI14 and DX, at bar 14.</summary>
    public const double AdxFirstPlusDi = 6.6617;
    public const double AdxFirstMinusDi = 32.3353;
    public const double AdxFirstDx = 65.8349;

    /// <summary>StockCharts' own ADX from its 4-dp inputs: differs from <see cref="Adx14"/> only by input rounding (~0.1).</summary>
    public static readonly double[] Adx14StockChartsPublished =
    [
        33.58, 32.15, 29.93, 28.36, 26.90, 25.78, 23.95, 22.78, 22.07, 21.53, 20.80, 19.59, 18.72, 18.75, 18.84, 18.55, 17.73,
        17.95, 18.23, 17.35,
    ];

    // 6.4 EMA(10) and SMA(10), Intel 2010-03-24 … 2010-05-05.
    public static readonly double[] EmaCloses =
    [
        22.2734, 22.1940, 22.0847, 22.1741, 22.1840, 22.1344, 22.2337, 22.4323, 22.2436, 22.2933, 22.1542, 22.3926, 22.3816,
        22.6109, 23.3558, 24.0519, 23.7530, 23.8324, 23.9516, 23.6338, 23.8225, 23.8722, 23.6537, 23.1870, 23.0976, 23.3260,
        22.6805, 23.0976, 22.4025, 22.1725,
    ];

    public const int MovingAverageFirstIndex = 9;

    public static readonly double[] Ema10 =
    [
        22.22475, 22.21192272727273, 22.24477314049587, 22.269650751314803, 22.331696069257568, 22.51789678393801,
        22.796806459585646, 22.970659830570074, 23.127339861375514, 23.27720534112542, 23.34204073364807, 23.429396963893875,
        23.509906606822263, 23.536050860127308, 23.47258706737689, 23.40440760058109, 23.390151673202713, 23.261124096256765,
        23.231392442391897, 23.080684725593372, 22.91556023003094,
    ];

    public static readonly double[] Ema10ChartSchoolRounded =
    [
        22.22, 22.21, 22.24, 22.27, 22.33, 22.52, 22.80, 22.97, 23.13, 23.28, 23.34, 23.43, 23.51, 23.54, 23.47, 23.40, 23.39,
        23.26, 23.23, 23.08, 22.92,
    ];

    /// <summary>The last EMA(10) if it were seeded with the first value (TradingView ta.ema) instead of the SMA.</summary>
    public const double Ema10LastFirstValueSeeded = 22.916088;

    public static readonly double[] Sma10 =
    [
        22.22475, 22.21283, 22.23269, 22.26238, 22.30606, 22.42324, 22.61499, 22.76692, 22.90693, 23.07773, 23.21178, 23.37861,
        23.52657, 23.65378, 23.71139, 23.68557, 23.61298, 23.50573, 23.43225, 23.27734, 23.13121,
    ];

    // 6.5 Bollinger bands (20, 2), SPY, population standard deviation.
    public static readonly double[] BollingerPrices =
    [
        86.1557, 89.0867, 88.7829, 90.3228, 89.0671, 91.1453, 89.4397, 89.1750, 86.9302, 87.6752, 86.9596, 89.4299, 89.3221,
        88.7241, 87.4497, 87.2634, 89.4985, 87.9006, 89.1260, 90.7043, 92.9001, 92.9784, 91.8021, 92.6647, 92.6843, 92.3021,
        92.7725, 92.5373, 92.9490, 93.2039, 91.0669, 89.8318, 89.7435, 90.3994, 90.7387, 88.0177, 88.0867, 88.8439, 90.7781,
        90.5416, 91.3894, 90.6500,
    ];

    public const int BollingerFirstIndex = 19;

    public static readonly double[] BollingerMiddle =
    [
        88.70794, 89.04516, 89.239745, 89.390705, 89.5078, 89.68866, 89.7465, 89.91314, 90.081255, 90.382195, 90.65863,
        90.863995, 90.88409, 90.90516, 90.988925, 91.153375, 91.19109, 91.1205, 91.167665, 91.25027, 91.242135, 91.1666,
        91.05018,
    ];

    public static readonly double[] BollingerStdDev =
    [
        1.291961, 1.452054, 1.686425, 1.771747, 1.902075, 2.019895, 2.076546, 2.176557, 2.241921, 2.202359, 2.192185, 2.021805,
        2.009411, 1.99508, 1.936044, 1.760127, 1.682751, 1.779126, 1.70406, 1.642001, 1.645086, 1.601325, 1.549162,
    ];

    public static readonly double[] BollingerUpper =
    [
        91.291862, 91.949268, 92.612595, 92.9342, 93.31195, 93.72845, 93.899592, 94.266255, 94.565096, 94.786912, 95.043001,
        94.907605, 94.902912, 94.89532, 94.861013, 94.673629, 94.556593, 94.678752, 94.575786, 94.534271, 94.532306, 94.369251,
        94.148503,
    ];

    public static readonly double[] BollingerLower =
    [
        86.124018, 86.141052, 85.866895, 85.84721, 85.70365, 85.64887, 85.593408, 85.560025, 85.597414, 85.977478, 86.274259,
        86.820385, 86.865268, 86.915, 87.116837, 87.633121, 87.825587, 87.562248, 87.759544, 87.966269, 87.951964, 87.963949,
        87.951857,
    ];

    /// <summary>
    /// Asserts <paramref name="actual"/> is null before <paramref name="firstIndex"/> and matches
    /// <paramref name="expected"/> (within <paramref name="tolerance"/>) from there on, one for one.
    /// </summary>
    public static void ShouldMatch(double?[] actual, int firstIndex, double[] expected, double tolerance = Tolerance)
    {
        actual.Length.Should().Be(firstIndex + expected.Length);
        for (var i = 0; i < firstIndex; i++)
        {
            actual[i].Should().BeNull($"index {i} is before the first value at {firstIndex}");
        }

        for (var i = 0; i < expected.Length; i++)
        {
            actual[firstIndex + i].Should().BeApproximately(expected[i], tolerance, $"index {firstIndex + i}");
        }
    }
}
