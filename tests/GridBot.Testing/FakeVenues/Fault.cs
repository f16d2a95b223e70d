namespace GridBot.Testing.FakeVenues;

/// <summary>One injected failure. Build with the factories; queue with <see cref="FaultPlan.Add(string, string, Fault, int)"/>.</summary>
public sealed record Fault(FaultKind Kind)
{
    public int StatusCode { get; init; }

    public int RetryAfterSeconds { get; init; }

    public TimeSpan Delay { get; init; }

    /// <summary>True when the venue carries the request out (the order IS placed) before failing the response.</summary>
    public bool AfterProcessing { get; init; }

    public decimal FillQuantity { get; init; }

    /// <summary>5xx before anything happens: the order is NOT placed.</summary>
    public static Fault ServerErrorBefore(int statusCode = 500) => new(FaultKind.ServerError) { StatusCode = statusCode };

    /// <summary>5xx after the order was accepted: the order IS placed (Binance's "execution status unknown").</summary>
    public static Fault ServerErrorAfterAccept(int statusCode = 503) =>
        new(FaultKind.ServerError) { StatusCode = statusCode, AfterProcessing = true };

    /// <summary>Holds the response for <paramref name="delay"/>; with <paramref name="afterAccept"/> the order is placed first.</summary>
    public static Fault Timeout(TimeSpan delay, bool afterAccept = false) =>
        new(FaultKind.Timeout) { Delay = delay, AfterProcessing = afterAccept, StatusCode = 504 };

    public static Fault RateLimited(int retryAfterSeconds) => new(FaultKind.RateLimited) { RetryAfterSeconds = retryAfterSeconds, StatusCode = 429 };

    /// <summary>An order-count refusal for a window of <paramref name="windowSeconds"/> (Binance: 10 → "per 10 SECOND").</summary>
    public static Fault TooManyOrders(int windowSeconds = 10) => new(FaultKind.TooManyOrders) { RetryAfterSeconds = windowSeconds, StatusCode = 429 };

    public static Fault IpBanned(int retryAfterSeconds) => new(FaultKind.IpBanned) { RetryAfterSeconds = retryAfterSeconds, StatusCode = 418 };

    public static Fault StaleTimestamp() => new(FaultKind.StaleTimestamp);

    public static Fault PartialFill(decimal quantity) => new(FaultKind.PartialFill) { FillQuantity = quantity };

    /// <summary>The connection drops with no answer; with <paramref name="afterAccept"/> the order is placed first.</summary>
    public static Fault DropConnection(bool afterAccept = false) => new(FaultKind.DropConnection) { AfterProcessing = afterAccept };

    public static Fault MalformedJson(bool afterProcessing = true) => new(FaultKind.MalformedJson) { AfterProcessing = afterProcessing };
}
