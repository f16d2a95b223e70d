using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// The ladder levels a trailing window can reach, computed by <see cref="GridLayout.LevelOf"/> when first needed (a
/// window that never travels far computes only a few), by slot as in <see cref="CompiledGrid"/>. A level's price alone
/// is read with a sizing that cannot fail, because the trailing engine compares the price a level beyond the window
/// would have before it sizes that level (a level far below an arithmetic ladder can be priced at or below zero).
/// </summary>
internal sealed class TrailLadder
{
    private readonly GridSpec _spec;
    private readonly GridSpec _priceSpec;
    private readonly SymbolRules _rules;
    private readonly int _offset;
    private readonly long[] _ticks;
    private readonly decimal[] _prices;
    private readonly decimal[] _buyQty;
    private readonly byte[] _known;

    private const byte Priced = 1;
    private const byte Sized = 2;
    private const byte BuyChecked = 4;
    private const byte BuyOk = 8;

    public TrailLadder(CompiledGrid grid)
    {
        _spec = grid.Config.Spec;
        _rules = grid.Config.Rules;
        _priceSpec = _spec with { Sizing = LevelSizing.Base(_rules.StepSize) };
        _offset = grid.Offset;
        var slots = grid.Ticks.Length;
        _ticks = new long[slots];
        _prices = new decimal[slots];
        _buyQty = new decimal[slots];
        _known = new byte[slots];
        var levels = grid.Layout.Levels;
        for (var i = 0; i < levels.Count; i++)
        {
            var s = _offset + i;
            _prices[s] = levels[i].Price;
            _ticks[s] = grid.Ticks[s];
            _buyQty[s] = levels[i].BuyQuantity;
            _known[s] = Priced | Sized;
        }
    }

    /// <summary>The tick index of slot <paramref name="s"/>'s price (exact: level prices are on the tick).</summary>
    public long Tick(int s)
    {
        Price(s);
        return _ticks[s];
    }

    public decimal Price(int s)
    {
        if ((_known[s] & Priced) == 0)
        {
            _prices[s] = GridLayout.LevelOf(_priceSpec, s - _offset, _rules).Price;
            _ticks[s] = (long)(_prices[s] / _rules.TickSize);
            _known[s] |= Priced;
        }

        return _prices[s];
    }

    /// <summary>What a buy at slot <paramref name="s"/> trades (the level's BuyQuantity); the level must be priced above zero.</summary>
    public decimal BuyQuantity(int s)
    {
        if ((_known[s] & Sized) == 0)
        {
            _buyQty[s] = GridLayout.LevelOf(_spec, s - _offset, _rules).BuyQuantity;
            _known[s] |= Sized;
        }

        return _buyQty[s];
    }

    /// <summary>Whether a buy at slot <paramref name="s"/>'s price and BuyQuantity passes the symbol rules.</summary>
    public bool BuyValid(int s)
    {
        if ((_known[s] & BuyChecked) == 0)
        {
            var ok = OrderValidator.Validate(_rules, OrderSide.Buy, Price(s), BuyQuantity(s)).Count == 0;
            _known[s] |= ok ? (byte)(BuyChecked | BuyOk) : BuyChecked;
        }

        return (_known[s] & BuyOk) != 0;
    }

    public bool SellValid(int s, decimal quantity) =>
        OrderValidator.Validate(_rules, OrderSide.Sell, Price(s), quantity).Count == 0;
}
