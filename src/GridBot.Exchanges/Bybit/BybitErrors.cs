using System.Globalization;
using System.Text.Json;
using GridBot.Core.Errors;

namespace GridBot.Exchanges.Bybit;

/// <summary>
/// Bybit v5 failures mapped to <see cref="ErrorKind"/>, in one table (docs/v5/error.mdx; api-facts 3.5). Bybit answers
/// most business errors with HTTP 200 and a non-zero <c>retCode</c>, so the body is read before the status. A 5xx, a
/// server timeout (10000) or an unreadable 200 is <see cref="ErrorKind.UnknownStatus"/>: a placement may have happened.
/// </summary>
public static class BybitErrors
{
    /// <summary>retCode → kind. Codes not listed map by HTTP status, else to <see cref="ErrorKind.Other"/>.</summary>
    public static IReadOnlyDictionary<int, ErrorKind> Codes { get; } = new Dictionary<int, ErrorKind>
    {
        // Rate limits: per-UID per endpoint (10006), per IP (10018), spot order-rate (170005, 170222).
        [10006] = ErrorKind.RateLimited, [10018] = ErrorKind.RateLimited,
        [170005] = ErrorKind.RateLimited, [170222] = ErrorKind.RateLimited,
        [10009] = ErrorKind.IpBanned,
        [10002] = ErrorKind.InvalidTimestamp,
        // Parameters, price/quantity/notional filters and precision; 170218: post-only would take.
        [10001] = ErrorKind.FilterFailure, [110003] = ErrorKind.FilterFailure, [110017] = ErrorKind.FilterFailure,
        [110020] = ErrorKind.FilterFailure, [170124] = ErrorKind.FilterFailure, [170130] = ErrorKind.FilterFailure,
        [170132] = ErrorKind.FilterFailure, [170133] = ErrorKind.FilterFailure, [170134] = ErrorKind.FilterFailure,
        [170135] = ErrorKind.FilterFailure, [170136] = ErrorKind.FilterFailure, [170137] = ErrorKind.FilterFailure,
        [170140] = ErrorKind.FilterFailure, [170148] = ErrorKind.FilterFailure, [170192] = ErrorKind.FilterFailure,
        [170193] = ErrorKind.FilterFailure, [170194] = ErrorKind.FilterFailure, [170218] = ErrorKind.FilterFailure,
        [110004] = ErrorKind.InsufficientBalance, [110007] = ErrorKind.InsufficientBalance,
        [110012] = ErrorKind.InsufficientBalance, [110044] = ErrorKind.InsufficientBalance,
        [110045] = ErrorKind.InsufficientBalance, [170131] = ErrorKind.InsufficientBalance,
        [170033] = ErrorKind.InsufficientBalance,
        [110072] = ErrorKind.DuplicateClientOrderId, [170141] = ErrorKind.DuplicateClientOrderId,
        [110030] = ErrorKind.DuplicateClientOrderId,
        // Not (or no longer) on the book: the caller reconciles by querying the order.
        [110001] = ErrorKind.UnknownOrder, [110008] = ErrorKind.UnknownOrder, [110010] = ErrorKind.UnknownOrder,
        [170213] = ErrorKind.UnknownOrder, [170143] = ErrorKind.UnknownOrder, [170142] = ErrorKind.UnknownOrder,
        [170139] = ErrorKind.UnknownOrder, [170190] = ErrorKind.UnknownOrder,
        [10003] = ErrorKind.Auth, [10004] = ErrorKind.Auth, [10005] = ErrorKind.Auth, [10007] = ErrorKind.Auth,
        [10008] = ErrorKind.Auth, [10010] = ErrorKind.Auth, [33004] = ErrorKind.Auth, [-2015] = ErrorKind.Auth,
        // Server timeouts and internal errors: the request may have taken effect.
        [10000] = ErrorKind.UnknownStatus, [10016] = ErrorKind.UnknownStatus, [170001] = ErrorKind.UnknownStatus,
        [170007] = ErrorKind.UnknownStatus, [170032] = ErrorKind.UnknownStatus, [170146] = ErrorKind.UnknownStatus,
        [170147] = ErrorKind.UnknownStatus, [170234] = ErrorKind.UnknownStatus,
    };

    /// <summary>
    /// The error for a response. <see cref="Error.Code"/> is the retCode, or the HTTP status when retCode is 0.
    /// HTTP 5xx wins over any retCode; HTTP 403 is Bybit's IP ban ("access too frequent", at least 10 minutes).
    /// </summary>
    public static Error Map(int httpStatus, int retCode, string retMsg)
    {
        var code = (retCode != 0 ? retCode : httpStatus).ToString(CultureInfo.InvariantCulture);
        var message = string.IsNullOrWhiteSpace(retMsg) ? $"HTTP {httpStatus.ToString(CultureInfo.InvariantCulture)}" : retMsg;
        if (httpStatus >= 500)
        {
            return new Error(ErrorKind.UnknownStatus, code, message);
        }

        if (retCode != 0 && Codes.TryGetValue(retCode, out var kind))
        {
            return new Error(kind, code, message);
        }

        return new Error(ByHttpStatus(httpStatus), code, message);
    }

    /// <summary>The <c>result</c> of a successful envelope, or the mapped error.</summary>
    public static Result<JsonElement> ReadResult(int httpStatus, string body) =>
        ReadEnvelope(httpStatus, body).Map(envelope => envelope.Result);

    /// <summary>
    /// Reads <c>{"retCode","retMsg","result","time"}</c>. retCode 0 with a 2xx status is success. A body that is not an
    /// envelope maps by HTTP status; on a 2xx it is <see cref="ErrorKind.UnknownStatus"/>, since an order may exist.
    /// </summary>
    public static Result<BybitEnvelope> ReadEnvelope(int httpStatus, string body)
    {
        var parsed = TryParse(body);
        if (parsed is not { } root || !root.TryGetProperty("retCode", out var retCodeElement) ||
            retCodeElement.ValueKind != JsonValueKind.Number || !retCodeElement.TryGetInt32(out var retCode))
        {
            return NotAnEnvelope(httpStatus, body);
        }

        var retMsg = root.TryGetProperty("retMsg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString()! : string.Empty;
        if (retCode != 0 || httpStatus is < 200 or > 299)
        {
            return Map(httpStatus, retCode, retMsg);
        }

        if (!root.TryGetProperty("result", out var result))
        {
            return NotAnEnvelope(httpStatus, body);
        }

        var time = root.TryGetProperty("time", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var ms) ? ms : 0L;
        return new BybitEnvelope(result, time);
    }

    private static ErrorKind ByHttpStatus(int httpStatus) => httpStatus switch
    {
        429 => ErrorKind.RateLimited,
        403 => ErrorKind.IpBanned,
        401 => ErrorKind.Auth,
        >= 500 => ErrorKind.UnknownStatus,
        _ => ErrorKind.Other,
    };

    private static Error NotAnEnvelope(int httpStatus, string body)
    {
        var snippet = body is null ? string.Empty : body.Length > 200 ? body[..200] : body;
        return httpStatus is >= 200 and <= 299
            ? new Error(ErrorKind.UnknownStatus, httpStatus.ToString(CultureInfo.InvariantCulture), $"Unreadable response: {snippet}")
            : Map(httpStatus, 0, snippet);
    }

    private static JsonElement? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
