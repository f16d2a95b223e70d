using GridBot.Core.Market;

namespace GridBot.Backtesting.Simulation;

/// <summary>
/// The generator's state, one bar per <see cref="Next"/>. A latent log price follows the regime's drift and
/// volatility every minute; an idle bar repeats the previous close with zero volume, an active bar opens at the
/// previous close (continuity), closes at the latent price and takes its high and low from a Brownian bridge
/// between the two, so high ≥ max(open, close) ≥ min(open, close) ≥ low ≥ one tick. Prices are kept in integer
/// ticks and converted to decimal exactly. Not thread-safe.
/// </summary>
internal sealed class SimulatorCursor
{
    private const long MinuteMs = 60_000;
    private const int VolatilityRedrawMinutes = 60;
    private const double VolatilityClusterSigma = 0.35;
    private const double VolumeSigma = 1.0;
    private const double VolumeFloor = 0.25;
    private const double VolumeUnitsPerBase = 100_000;
    private const double MaxTicks = 1e15;

    private readonly SimRandom _random;
    private readonly long _startMs;
    private readonly decimal _tick;
    private readonly double _tickValue;
    private readonly double _volatilityScale;
    private readonly double _volumeScale;

    private SimRegime _regime = SimRegimeChain.Initial;
    private int _minutesLeft;
    private double _volatilityMultiplier = 1.0;
    private double _logPrice;
    private long _closeTicks;
    private long _index;

    public SimulatorCursor(SimulatorOptions options)
    {
        _random = new SimRandom(options.Seed);
        _startMs = options.Start.ToUnixTimeMilliseconds();
        _tick = options.TickSize;
        _tickValue = (double)options.TickSize;
        _volatilityScale = options.VolatilityScale;
        _volumeScale = options.VolumeScale;
        _closeTicks = Math.Max(1L, (long)decimal.Round(options.StartPrice / options.TickSize, MidpointRounding.AwayFromZero));
        _logPrice = Math.Log(_closeTicks * _tickValue);
        _minutesLeft = DrawDuration(SimRegimeProfile.For(_regime));
    }

    public SimulatedBar Next()
    {
        AdvanceRegime();
        if (_index % VolatilityRedrawMinutes == 0)
        {
            _volatilityMultiplier = MeanOneLogNormal(VolatilityClusterSigma);
        }

        var profile = SimRegimeProfile.For(_regime);
        var sigma = profile.VolatilityPerMinute * _volatilityMultiplier * _volatilityScale;
        _logPrice += profile.DriftPerMinute + (sigma * _random.NextNormal());
        var timeMs = _startMs + (_index++ * MinuteMs);
        var bar = _random.NextDouble() < profile.IdleProbability
            ? IdleBar(timeMs)
            : ActiveBar(timeMs, sigma, profile.BaseVolume);
        return new SimulatedBar(bar, _regime);
    }

    private void AdvanceRegime()
    {
        if (_minutesLeft <= 0)
        {
            _regime = SimRegimeChain.Next(_regime, _random.NextDouble());
            _minutesLeft = DrawDuration(SimRegimeProfile.For(_regime));
        }

        _minutesLeft--;
    }

    private int DrawDuration(SimRegimeProfile profile) =>
        profile.MinMinutes + (int)Math.Round(-Math.Log(_random.NextOpenUnit()) * profile.MeanExtraMinutes);

    private Bar IdleBar(long timeMs)
    {
        var price = Price(_closeTicks);
        return new Bar(timeMs, price, price, price, price, 0m);
    }

    private Bar ActiveBar(long timeMs, double sigma, double baseVolume)
    {
        var open = _closeTicks;
        var close = ToTicks(_logPrice);
        var from = Math.Log(open * _tickValue);
        var move = _logPrice - from;

        // Extremes of a Brownian bridge from the open to the latent close with one minute's variance:
        // P(max > m) = exp(−2(m − a)(m − b)/σ²), inverted with a uniform draw each.
        var twoVariance = 2.0 * sigma * sigma;
        var highLog = 0.5 * (from + _logPrice + Math.Sqrt((move * move) - (twoVariance * Math.Log(_random.NextOpenUnit()))));
        var lowLog = 0.5 * (from + _logPrice - Math.Sqrt((move * move) - (twoVariance * Math.Log(_random.NextOpenUnit()))));
        var high = Math.Max(ToTicks(highLog), Math.Max(open, close));
        var low = Math.Min(ToTicks(lowLog), Math.Min(open, close));

        _closeTicks = close;
        return new Bar(timeMs, Price(open), Price(high), Price(low), Price(close), Volume(Math.Abs(move), sigma, baseVolume));
    }

    // Heavier bars trade more: lognormal noise times (floor + |move| in units of the minute's sigma).
    private decimal Volume(double absMove, double sigma, double baseVolume)
    {
        var volume = baseVolume * _volumeScale * MeanOneLogNormal(VolumeSigma) * (VolumeFloor + (absMove / sigma));
        var units = (long)Math.Clamp(Math.Round(volume * VolumeUnitsPerBase), 1.0, MaxTicks);
        return new decimal((int)(units & 0xFFFF_FFFF), (int)(units >> 32), 0, false, 5);
    }

    private double MeanOneLogNormal(double sigma) => Math.Exp((sigma * _random.NextNormal()) - (0.5 * sigma * sigma));

    private long ToTicks(double logPrice) => (long)Math.Clamp(Math.Round(Math.Exp(logPrice) / _tickValue), 1.0, MaxTicks);

    private decimal Price(long ticks) => ticks * _tick;
}
