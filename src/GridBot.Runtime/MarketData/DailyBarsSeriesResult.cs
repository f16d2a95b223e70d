using GridBot.Core.Errors;
using GridBot.Core.Ports;

namespace GridBot.Runtime.MarketData;

/// <summary>
/// One series' day: the missing ranges asked of the venue, the bars it answered (all upserted), and the error that
/// ended it (null when it completed). <see cref="StillMissing"/> counts the day's bars the store lacks afterwards (a
/// venue may have none for a quiet minute; the next run asks for them again).
/// </summary>
public sealed record DailyBarsSeriesResult(BarSeries Series, int RangesRequested, long BarsFetched, long StillMissing, Error? Error)
{
    public bool Succeeded => Error is null;
}
