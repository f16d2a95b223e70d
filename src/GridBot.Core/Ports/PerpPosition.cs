using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>A one-way-mode perpetual position: <see cref="Quantity"/> &gt; 0 long, &lt; 0 short.</summary>
public sealed record PerpPosition(Symbol Symbol, decimal Quantity, decimal EntryPrice, decimal MarkPrice, decimal? LiquidationPrice, int Leverage, decimal UnrealizedPnl);
