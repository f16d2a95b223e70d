using GridBot.Runtime.Reporting;

namespace GridBot.Runtime.Tests.Reporting;

/// <summary>
/// The report chart draws its text with a system font (<see cref="KpiChart.FontPath"/>). A chart test calls
/// <see cref="Require"/>: skipped with the reason on a machine without one, unless <see cref="RequiredVariable"/> is 1
/// (<c>.ci/run</c> installs fonts-dejavu-core and sets it), and then it fails: CI never skips it.
/// </summary>
internal static class ChartFont
{
    public const string RequiredVariable = "GRIDBOT_REQUIRE_CHART_FONT";

    public static void Require()
    {
        if (KpiChart.CanDraw)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequiredVariable) == "1")
        {
            throw new InvalidOperationException($"{RequiredVariable}=1 but no chart font was found: apt-get install -y fonts-dejavu-core (or set {KpiChart.FontVariable})");
        }

        Skip.If(true, $"no font for the report chart on this machine (apt-get install -y fonts-dejavu-core, or set {KpiChart.FontVariable})");
    }
}
