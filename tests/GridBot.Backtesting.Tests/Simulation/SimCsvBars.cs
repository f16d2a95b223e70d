using System.Globalization;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Simulation;

/// <summary>Reads the shared real-bar CSV (<c>open_time,open,high,low,close,volume</c>) for calibration tests only.</summary>
internal static class SimCsvBars
{
    public static Bar[] Read(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(Parse).ToArray();

    private static Bar Parse(string line)
    {
        var f = line.Split(',');
        var time = DateTimeOffset.Parse(f[0], CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        return new Bar(time, Dec(f[1]), Dec(f[2]), Dec(f[3]), Dec(f[4]), Dec(f[5]));
    }

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
