using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GridBot.Core.Errors;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// The one table from Binance (spot and USDⓈ-M futures) failures to <see cref="ErrorKind"/>. The HTTP status decides
/// first (418 ban, 429 limit, 5xx unknown outcome — never a failed placement), then the venue code, then the message
/// for -2010. <see cref="Error.Code"/> is the venue code ("-2010"), or the HTTP status ("503") when there is none.
/// Messages are the venue's own text, passed through: they never carry our key or secret.
/// </summary>
public static partial class BinanceErrors
{
    public const string DuplicateOrderMessage = "Duplicate order sent.";

    public const string WouldTakeMessage = "Order would immediately match and take.";

    /// <summary>INVALID_LISTEN_KEY ("This listenKey does not exist."): the user data stream needs a new key.</summary>
    public const string InvalidListenKeyCode = "-1125";

    /// <summary>TOO_MANY_ORDERS: the order count of one window is spent.</summary>
    public const string TooManyOrdersCode = "-1015";

    private static readonly Dictionary<int, ErrorKind> ByCode = new()
    {
        [-1003] = ErrorKind.RateLimited,     // TOO_MANY_REQUESTS
        [-1015] = ErrorKind.RateLimited,     // TOO_MANY_ORDERS
        [-1008] = ErrorKind.RateLimited,     // SERVER_BUSY / system-level throttling: rejected before processing
        [-1021] = ErrorKind.InvalidTimestamp,
        [-1000] = ErrorKind.UnknownStatus,   // UNKNOWN "while processing the request": may have taken effect
        [-1001] = ErrorKind.UnknownStatus,   // DISCONNECTED, internal error
        [-1006] = ErrorKind.UnknownStatus,   // UNEXPECTED_RESP, execution status unknown
        [-1007] = ErrorKind.UnknownStatus,   // TIMEOUT, execution status unknown
        [-1013] = ErrorKind.FilterFailure,   // "Filter failure: …"
        [-1100] = ErrorKind.FilterFailure,   // ILLEGAL_CHARS
        [-1102] = ErrorKind.FilterFailure,   // MANDATORY_PARAM_EMPTY_OR_MALFORMED
        [-1111] = ErrorKind.FilterFailure,   // BAD_PRECISION
        [-1121] = ErrorKind.FilterFailure,   // BAD_SYMBOL
        [-2022] = ErrorKind.FilterFailure,   // futures: ReduceOnly order is rejected
        [-4003] = ErrorKind.FilterFailure,   // futures: quantity ≤ 0
        [-4004] = ErrorKind.FilterFailure,   // futures: quantity below min
        [-4005] = ErrorKind.FilterFailure,   // futures: quantity above max
        [-4013] = ErrorKind.FilterFailure,   // futures: price below min
        [-4014] = ErrorKind.FilterFailure,   // futures: price not a multiple of tick
        [-4016] = ErrorKind.FilterFailure,   // futures: price above multiplier cap
        [-4023] = ErrorKind.FilterFailure,   // futures: quantity not a multiple of step
        [-4024] = ErrorKind.FilterFailure,   // futures: price below multiplier floor
        [-4131] = ErrorKind.FilterFailure,   // futures: PERCENT_PRICE
        [-4164] = ErrorKind.FilterFailure,   // futures: notional below min
        [-5022] = ErrorKind.FilterFailure,   // futures: post-only (GTX) would take
        [-2018] = ErrorKind.InsufficientBalance, // futures: balance insufficient
        [-2019] = ErrorKind.InsufficientBalance, // futures: margin insufficient
        [-4116] = ErrorKind.DuplicateClientOrderId, // futures: "ClientOrderId is duplicated." (the order exists)
        [-2011] = ErrorKind.UnknownOrder,    // CANCEL_REJECTED ("Unknown order sent.")
        [-2013] = ErrorKind.UnknownOrder,    // NO_SUCH_ORDER
        [-1022] = ErrorKind.Auth,            // INVALID_SIGNATURE
        [-2014] = ErrorKind.Auth,            // BAD_API_KEY_FMT
        [-2015] = ErrorKind.Auth,            // REJECTED_MBX_KEY
        [-1125] = ErrorKind.Other,           // INVALID_LISTEN_KEY: not the API key's fault; create a new listenKey
    };

    /// <summary>Maps one failed response. <paramref name="httpStatus"/> 0 means no response arrived (a network failure).</summary>
    public static BinanceError Map(int httpStatus, int? code, string? message, TimeSpan? retryAfter)
    {
        var text = string.IsNullOrWhiteSpace(message) ? DefaultMessage(httpStatus, code) : message;
        var codeText = (code ?? httpStatus).ToString(CultureInfo.InvariantCulture);
        return new BinanceError(new Error(Classify(httpStatus, code, message), codeText, text), retryAfter);
    }

    /// <summary>Maps a failed response from its raw body (<c>{"code":-1121,"msg":"Invalid symbol."}</c>, or anything else).</summary>
    public static BinanceError Map(int httpStatus, string? body, TimeSpan? retryAfter)
    {
        var (code, message) = ReadBody(body);
        return Map(httpStatus, code, message, retryAfter);
    }

    /// <summary>The request never reached the venue (connection refused, DNS): safe to retry after back-off.</summary>
    public static BinanceError Network(string message) =>
        new(new Error(ErrorKind.Network, "Network", message), null);

    /// <summary>The request may have reached the venue but no answer came (timeout): reconcile, do not re-send.</summary>
    public static BinanceError Timeout(string message) =>
        new(new Error(ErrorKind.UnknownStatus, "Timeout", message), null);

    public static ErrorKind Classify(int httpStatus, int? code, string? message)
    {
        if (httpStatus == 418)
        {
            return ErrorKind.IpBanned;
        }

        if (httpStatus == 429)
        {
            return ErrorKind.RateLimited;
        }

        if (httpStatus >= 500)
        {
            return ErrorKind.UnknownStatus;
        }

        if (code == -2010)
        {
            return NewOrderRejected(message);
        }

        if (code is { } c && ByCode.TryGetValue(c, out var kind))
        {
            return kind;
        }

        return httpStatus == 0 && code is null ? ErrorKind.Network : ErrorKind.Other;
    }

    /// <summary>True for -1125: the listenKey expired or was closed, so the user data stream must start over with a new one.</summary>
    public static bool IsInvalidListenKey(Error? error) => error is { Code: InvalidListenKeyCode };

    /// <summary>
    /// The window of the order-count limit a -1015 refusal names ("Too many new orders; current limit is 100 orders per
    /// 10 SECOND."), or null for any other error or a message that names none.
    /// </summary>
    public static TimeSpan? FullOrderWindow(Error? error)
    {
        if (error is not { Code: TooManyOrdersCode } || OrderLimitWindow().Match(error.Message) is not { Success: true } m
            || !int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            return null;
        }

        return m.Groups[2].Value.ToUpperInvariant() switch
        {
            "SECOND" => TimeSpan.FromSeconds(count),
            "MINUTE" => TimeSpan.FromMinutes(count),
            "HOUR" => TimeSpan.FromHours(count),
            _ => TimeSpan.FromDays(count),
        };
    }

    /// <summary>The code and message of a Binance error body; (null, null) when the body is not one.</summary>
    public static (int? Code, string? Message) ReadBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            int? code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
            var msg = root.TryGetProperty("msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (code, msg);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    [GeneratedRegex(@"per (\d+) (SECOND|MINUTE|HOUR|DAY)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderLimitWindow();

    // -2010 carries the matching engine's reason in its message; only the message tells them apart. A reason not
    // listed here is a plain rejection (Other), never taken for a balance problem it may not be ("Market is closed.").
    private static ErrorKind NewOrderRejected(string? message)
    {
        var text = message?.Trim() ?? string.Empty;
        return text switch
        {
            DuplicateOrderMessage => ErrorKind.DuplicateClientOrderId,
            WouldTakeMessage or "Price * QTY is zero or less." or "Order would trigger immediately." => ErrorKind.FilterFailure,
            _ when text.StartsWith("Filter failure", StringComparison.Ordinal) => ErrorKind.FilterFailure,
            _ when text.Contains("insufficient balance", StringComparison.OrdinalIgnoreCase) => ErrorKind.InsufficientBalance,
            _ when text.Contains("not permitted for this account", StringComparison.OrdinalIgnoreCase)
                || text.Contains("disabled on this account", StringComparison.OrdinalIgnoreCase) => ErrorKind.Auth,
            _ => ErrorKind.Other,
        };
    }

    private static string DefaultMessage(int httpStatus, int? code) => code is null
        ? $"HTTP {httpStatus.ToString(CultureInfo.InvariantCulture)} without a Binance error body"
        : $"Binance error {code.Value.ToString(CultureInfo.InvariantCulture)}";
}
