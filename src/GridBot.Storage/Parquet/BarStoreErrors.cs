using GridBot.Core.Errors;

namespace GridBot.Storage.Parquet;

/// <summary>The bar store's expected failures; each names the partition file or the bar it is about.</summary>
internal static class BarStoreErrors
{
    public static Error Unreadable(string path, Exception e) =>
        new(ErrorKind.Other, "BarPartitionUnreadable", $"{path}: cannot read the bar partition: {e.GetType().Name}: {e.Message}");

    public static Error Corrupt(string path, string problem) =>
        new(ErrorKind.Other, "BarPartitionCorrupt", $"{path}: {problem}");

    public static Error Unwritable(string path, Exception e) =>
        new(ErrorKind.Other, "BarPartitionUnwritable", $"{path}: cannot write the bar partition: {e.GetType().Name}: {e.Message}");

    public static Error Unlistable(string folder, Exception e) =>
        new(ErrorKind.Other, "BarFolderUnreadable", $"{folder}: cannot list the bar partitions: {e.GetType().Name}: {e.Message}");

    public static Error BadBar(string problem) => new(ErrorKind.Other, "BadBar", problem);

    public static Error BadRange(long fromMs, long toMs) =>
        new(ErrorKind.Other, "BadRange", $"range [{fromMs}, {toMs}) is empty or reversed");
}
