using System.Numerics;

namespace GridBot.Backtesting.Simulation;

/// <summary>
/// xoshiro256** seeded through SplitMix64, with Marsaglia's polar form of Box–Muller for normals.
/// Our own generator rather than <see cref="Random"/>, whose algorithm for a given seed is an implementation
/// detail that has changed between .NET versions: the integer stream here is fixed by the published reference
/// algorithms and identical on every runtime and platform. The doubles derived from it go through
/// <see cref="Math.Log(double)"/>, which the platform's math library may round differently in the last bit;
/// once rounded to ticks the bars only differ if a value lands within one ulp of a rounding boundary.
/// Not thread-safe: one instance per generation run.
/// </summary>
internal sealed class SimRandom
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal;
    private bool _hasSpare;

    public SimRandom(long seed)
    {
        var state = unchecked((ulong)seed);
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>Starts from a raw state (reference test vectors); the state must not be all zero.</summary>
    internal SimRandom(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    public static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = BitOperations.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, 1), on a 2^-53 grid.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>Uniform in (0, 1], safe to take the logarithm of.</summary>
    public double NextOpenUnit() => ((NextUInt64() >> 11) + 1) * UnitScale;

    /// <summary>Standard normal; the polar method yields two per accepted pair, the second is kept for the next call.</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2.0 * NextDouble()) - 1.0;
            v = (2.0 * NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        var factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpare = true;
        return u * factor;
    }
}
