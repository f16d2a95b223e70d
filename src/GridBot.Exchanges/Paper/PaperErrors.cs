using GridBot.Core.Errors;
using GridBot.Core.Sizing;

namespace GridBot.Exchanges.Paper;

/// <summary>The errors a <see cref="PaperExchange"/> returns, shaped (code and message) like Binance's spot API.</summary>
internal static class PaperErrors
{
    public static Error InvalidSymbol { get; } = new(ErrorKind.Other, "-1121", "Invalid symbol.");

    public static Error IllegalClientOrderId { get; } = new(ErrorKind.FilterFailure, "-1100",
        "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[a-zA-Z0-9-_]{1,36}$'.");

    public static Error PriceMissing { get; } = new(ErrorKind.Other, "-1102",
        "Mandatory parameter 'price' was not sent, was empty/null, or malformed.");

    public static Error PriceNotRequired { get; } = new(ErrorKind.Other, "-1106", "Parameter 'price' sent when not required.");

    public static Error Duplicate { get; } = new(ErrorKind.DuplicateClientOrderId, "-2010", "Duplicate order sent.");

    public static Error InsufficientBalance { get; } = new(ErrorKind.InsufficientBalance, "-2010",
        "Account has insufficient balance for requested action.");

    public static Error WouldTake { get; } = new(ErrorKind.FilterFailure, "-2010", "Order would immediately match and take.");

    public static Error ReduceOnlyRejected { get; } = new(ErrorKind.FilterFailure, "-2022", "ReduceOnly Order is rejected.");

    public static Error TooManyOrders { get; } = new(ErrorKind.FilterFailure, "-1013", "Filter failure: MAX_NUM_ORDERS");

    public static Error NoSuchOrder { get; } = new(ErrorKind.UnknownOrder, "-2013", "Order does not exist.");

    public static Error UnknownOrderSent { get; } = new(ErrorKind.UnknownOrder, "-2011", "Unknown order sent.");

    /// <summary>A paper exchange has no market until it is given a price: nothing can be priced, placed or marked.</summary>
    public static Error NoPrice { get; } = new(ErrorKind.Other, "NoPrice",
        "The paper exchange has no price yet: call MoveTo or SetQuote first.");

    public static Error InjectedNetwork { get; } = new(ErrorKind.Network, "Network",
        "Connection failed before the request was sent (injected fault).");

    public static Error InjectedUnknownStatus { get; } = new(ErrorKind.UnknownStatus, "503",
        "Service unavailable: execution status unknown (injected fault).");

    /// <summary>A venue reports the first failing filter: "-1013" with "Filter failure: NAME", here followed by the detail.</summary>
    public static Error Filter(SizingViolation violation) =>
        new(ErrorKind.FilterFailure, "-1013", $"Filter failure: {FilterName(violation.Rejection)} ({violation.Message})");

    public static string FilterName(SizingRejection rejection) => rejection switch
    {
        SizingRejection.NonPositivePrice or SizingRejection.InvalidPricePrecision => "PRICE_FILTER",
        SizingRejection.NonPositiveQuantity or SizingRejection.BelowMinQuantity or SizingRejection.AboveMaxQuantity
            or SizingRejection.InvalidQuantityPrecision => "LOT_SIZE",
        SizingRejection.BelowMinNotional => "MIN_NOTIONAL",
        SizingRejection.AboveMaxNotional => "NOTIONAL",
        SizingRejection.OutsidePercentPrice => "PERCENT_PRICE_BY_SIDE",
        _ => throw new ArgumentOutOfRangeException(nameof(rejection), rejection, "unmapped sizing rejection"),
    };
}
