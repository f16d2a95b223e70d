using Azure;
using GridBot.Core.Errors;

namespace GridBot.Storage.Parquet;

/// <summary>The bar store's expected failures; each names the partition (file or blob), container or bar it is about.</summary>
internal static class BarStoreErrors
{
    public static Error Unreadable(string part, Exception e) =>
        new(KindOf(e), "BarPartitionUnreadable", $"{part}: cannot read the bar partition: {Describe(e)}");

    public static Error Corrupt(string part, string problem) =>
        new(ErrorKind.Other, "BarPartitionCorrupt", $"{part}: {problem}");

    public static Error Unwritable(string part, Exception e) =>
        new(KindOf(e), "BarPartitionUnwritable", $"{part}: cannot write the bar partition: {Describe(e)}");

    public static Error Unlistable(string folder, Exception e) =>
        new(KindOf(e), "BarFolderUnreadable", $"{folder}: cannot list the bar partitions: {Describe(e)}");

    public static Error ContainerMissing(string container, string address) =>
        new(ErrorKind.Other, "BarContainerMissing", $"container '{container}' does not exist at {address}");

    public static Error AccessRefused(string target, RequestFailedException e) =>
        new(ErrorKind.Auth, "BarStoreAccessRefused", $"{target}: access was refused (status {e.Status}, {e.ErrorCode ?? "no error code"}); check the credentials and their role on the container");

    public static Error BadBar(string problem) => new(ErrorKind.Other, "BadBar", problem);

    public static Error BadRange(long fromMs, long toMs) =>
        new(ErrorKind.Other, "BadRange", $"range [{fromMs}, {toMs}) is empty or reversed");

    /// <summary>A storage service's answer by status and code (its full message repeats the request); anything else by type and message.</summary>
    private static string Describe(Exception e) => e is RequestFailedException r
        ? $"status {r.Status}, {r.ErrorCode ?? "no error code"}"
        : $"{e.GetType().Name}: {e.Message}";

    /// <summary>No answer, a timeout, throttling or a server error may pass; anything else will not by retrying.</summary>
    private static ErrorKind KindOf(Exception e) => e switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => ErrorKind.Network,
        AggregateException { InnerExceptions: var inner } when inner.All(i => i is RequestFailedException { Status: 0 }) => ErrorKind.Network,
        _ => ErrorKind.Other,
    };
}
