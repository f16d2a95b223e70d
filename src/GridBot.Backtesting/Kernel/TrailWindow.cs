using System.Runtime.CompilerServices;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// The trailing window over a <see cref="CompiledGrid"/>'s slots: <c>GridTrailing.Trail</c> on the kernel's one-number
/// grid state (e, the empty slot: buys below it, sells above it). Up to 1,000 shifts per close (the engine's limit per
/// price) and <c>MaxTrailShifts</c> over the run. A shift up needs the top empty (then the bottom holds a buy), a higher
/// price for the new level and a buy at the old top (its level's BuyQuantity) within the symbol rules; it drops the
/// bottom buy and the new top is empty. A shift down needs the bottom empty (then the top holds a sell), a new level
/// priced above zero and below the bottom, and the top sell's quantity re-offered at the old bottom within the rules; it
/// drops the top sell and the new bottom is empty. The pair a shift creates takes the moved order's quantity.
/// </summary>
internal sealed class TrailWindow
{
    /// <summary>GridTrailing's cap on the shifts one price can make.</summary>
    public const int MaxShiftsPerClose = 1_000;

    private readonly CompiledGrid _grid;
    private readonly TrailLadder _ladder;
    private readonly bool _up;
    private readonly bool _down;
    private readonly int _maxShifts;

    // A shift down refused for the symbol rules stays refused until the window moves: nothing else changes its inputs.
    private bool _downRefused;

    public TrailWindow(CompiledGrid grid)
    {
        _grid = grid;
        _ladder = new TrailLadder(grid);
        var spec = grid.Config.Spec;
        (_up, _down, _maxShifts) = (spec.TrailingUp, spec.TrailingDown, spec.MaxTrailShifts);
        Bottom = grid.Bottom;
        Top = grid.Top;
        Refresh();
    }

    public int Bottom { get; private set; }

    public int Top { get; private set; }

    public int Shifts { get; private set; }

    /// <summary>The tick a close's floor must reach for a shift up to be tried; long.MaxValue when none can be.</summary>
    public long UpTick { get; private set; }

    /// <summary>The tick a close's ceiling must reach (from above) for a shift down to be tried; long.MinValue when none can be.</summary>
    public long DownTick { get; private set; }

    /// <summary>True when a close with these ticks makes Trail try a shift (false for most closes: the kernel's fast path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Reached(long closeFloor, long closeCeil) => closeFloor >= UpTick || closeCeil <= DownTick;

    /// <summary>Trails for a close whose tick floor and ceiling are given; returns the (possibly moved) empty slot.</summary>
    public int Trail(long closeFloor, long closeCeil, int e)
    {
        for (var n = 0; n < MaxShiftsPerClose && Shifts < _maxShifts; n++)
        {
            // As GridTrailing: up when the close reaches the next level up, else down when it reaches the next one down.
            var shifted = _up && closeFloor >= _ladder.Tick(Top + 1) ? ShiftUp(ref e)
                : _down && closeCeil <= _ladder.Tick(Bottom - 1) && ShiftDown(ref e);
            if (!shifted)
            {
                break;
            }

            Shifts++;
            _downRefused = false;
        }

        Refresh();
        return e;
    }

    private void Refresh()
    {
        var more = Shifts < _maxShifts;
        UpTick = _up && more ? _ladder.Tick(Top + 1) : long.MaxValue;
        DownTick = _down && more ? _ladder.Tick(Bottom - 1) : long.MinValue;
    }

    private bool ShiftUp(ref int e)
    {
        var added = Top + 1;
        if (e != Top || _ladder.Price(added) <= _ladder.Price(Top) || !_ladder.BuyValid(Top))
        {
            return false;
        }

        _grid.Ticks[Bottom] = long.MinValue;
        Bottom++;
        _grid.Prices[added] = _ladder.Price(added);
        _grid.Ticks[added] = _ladder.Tick(added);
        _grid.SetPair(Top, _ladder.BuyQuantity(Top));
        Top = added;
        e = added;
        return true;
    }

    private bool ShiftDown(ref int e)
    {
        var added = Bottom - 1;
        var price = _ladder.Price(added);
        if (e != Bottom || price >= _ladder.Price(Bottom) || price <= 0m || _downRefused)
        {
            return false;
        }

        var quantity = _grid.SellQty[Top];
        if (!_ladder.SellValid(Bottom, quantity))
        {
            _downRefused = true;
            return false;
        }

        _grid.Ticks[Top] = long.MaxValue;
        Top--;
        _grid.Prices[added] = price;
        _grid.Ticks[added] = _ladder.Tick(added);
        _grid.SetPair(added, quantity);
        Bottom = added;
        e = added;
        return true;
    }
}
