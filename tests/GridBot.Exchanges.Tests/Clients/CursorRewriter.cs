using System.Text;
using System.Text.RegularExpressions;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Sits between a client and a fake Bybit and rewrites the <c>nextPageCursor</c> of every answer from one path: the n-th
/// answer (from 1) gets <c>cursorFor(n)</c>. For venues that misbehave in ways the fake does not (a cursor that repeats,
/// pages that never end).
/// </summary>
internal sealed partial class CursorRewriter(string path, Func<int, string> cursorFor) : DelegatingHandler(new HttpClientHandler())
{
    private int _answers;

    public int Answers => Volatile.Read(ref _answers);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri!.AbsolutePath != path)
        {
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var cursor = cursorFor(Interlocked.Increment(ref _answers));
        response.Content = new StringContent(Cursor().Replace(body, $"\"nextPageCursor\":\"{cursor}\""), Encoding.UTF8, "application/json");
        return response;
    }

    [GeneratedRegex("\"nextPageCursor\":\"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex Cursor();
}
