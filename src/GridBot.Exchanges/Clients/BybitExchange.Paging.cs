using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Clients;

/// <summary>Cursor paging, shared by open orders, order history and executions.</summary>
public sealed partial class BybitExchange
{
    /// <summary>
    /// Reads one query page by page, following <c>nextPageCursor</c> until a page hands out none, at most
    /// <paramref name="maxRequests"/> pages; a cursor handed out twice ends the run incomplete, since it would page for ever.
    /// </summary>
    private async Task<Result<PageRun<T>>> ReadPagesAsync<T>(
        Func<string?, RestCall> callFor, Func<JsonElement, Result<IReadOnlyList<T>>> parse, int maxRequests, CancellationToken ct)
    {
        var pages = new List<IReadOnlyList<T>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        for (var requests = 1; ; requests++)
        {
            var page = await ReadAsync(callFor(cursor), r => parse(r).Map(items => (Items: items, Next: NextPageCursor(r))), ct).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            pages.Add(page.Value.Items);
            cursor = page.Value.Next;
            if (string.IsNullOrEmpty(cursor))
            {
                return new PageRun<T>(pages, requests, Complete: true);
            }

            if (requests >= maxRequests || !seen.Add(cursor))
            {
                return new PageRun<T>(pages, requests, Complete: false);
            }
        }
    }

    /// <summary>Items asked per page: the endpoint's maximum, or the smaller page the options set.</summary>
    private int PageSize(int maximum) => _rest.Options.PageSize is { } size ? Math.Clamp(size, 1, maximum) : maximum;

    private static string? NextPageCursor(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("nextPageCursor", out var cursor) &&
        cursor.ValueKind == JsonValueKind.String ? cursor.GetString() : null;
}
