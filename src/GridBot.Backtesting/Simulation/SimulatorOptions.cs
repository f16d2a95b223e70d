namespace GridBot.Backtesting.Simulation;

/// <summary>
/// What to simulate: <paramref name="Bars"/> 1-minute bars from <paramref name="Start"/> (UTC, on a whole minute),
/// starting at <paramref name="StartPrice"/> (rounded to the nearest tick) with every price a multiple of
/// <paramref name="TickSize"/>. <paramref name="VolatilityScale"/> multiplies every regime's per-minute volatility
/// and <paramref name="VolumeScale"/> every bar's volume (1.0 = calibrated to BTC, see <see cref="SimRegimeProfile"/>).
/// The same options always give the same bars.
/// </summary>
public sealed record SimulatorOptions(
    int Seed,
    DateTimeOffset Start,
    int Bars,
    decimal StartPrice = SimulatorOptions.DefaultStartPrice,
    decimal TickSize = SimulatorOptions.DefaultTickSize,
    double VolatilityScale = 1.0,
    double VolumeScale = 1.0)
{
    /// <summary>30 days of 1-minute bars.</summary>
    public const int DefaultBars = 43_200;

    public const decimal DefaultStartPrice = 25_000m;

    public const decimal DefaultTickSize = 0.01m;

    public static readonly DateTimeOffset DefaultStart = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The defaults behind <c>sim:SEED</c>: 30 days from 2024-01-01T00:00Z at 25,000 with a 0.01 tick.</summary>
    public static SimulatorOptions Default(int seed, int bars = DefaultBars) => new(seed, DefaultStart, bars);

    /// <summary>Why these options cannot be simulated, or null when they can.</summary>
    public string? Problem()
    {
        if (Bars < 0)
        {
            return $"bars {Bars} < 0";
        }

        if (TickSize <= 0m || StartPrice < TickSize)
        {
            return $"need tick size > 0 and start price >= tick (tick {TickSize}, start {StartPrice})";
        }

        if (Start.ToUnixTimeMilliseconds() % 60_000 != 0)
        {
            return $"start {Start:O} is not on a whole minute";
        }

        return VolatilityScale > 0 && double.IsFinite(VolatilityScale) && VolumeScale > 0 && double.IsFinite(VolumeScale)
            ? null
            : $"volatility scale {VolatilityScale} and volume scale {VolumeScale} must be finite and > 0";
    }
}
