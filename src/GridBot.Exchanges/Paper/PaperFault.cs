namespace GridBot.Exchanges.Paper;

/// <summary>A failure a <see cref="PaperExchange"/> can be told to simulate for one placement (crash/reconcile tests).</summary>
public enum PaperFault
{
    None,
    /// <summary>The connection fails before the request is sent: nothing is placed; the caller gets <c>Network</c>.</summary>
    NetworkBeforeSending,
    /// <summary>The request is lost on the way: nothing is placed, yet the caller gets <c>UnknownStatus</c>.</summary>
    UnknownStatusNotPlaced,
    /// <summary>The venue processes the request but the response is lost: the caller gets <c>UnknownStatus</c>.</summary>
    UnknownStatusButPlaced,
}
