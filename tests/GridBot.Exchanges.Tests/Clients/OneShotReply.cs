using System.Net;
using System.Text;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Sits between a client and a fake venue and, once, answers the first matching request with a canned body: either
/// instead of the venue (the request never reaches it) or after the venue has carried it out (its real answer is
/// dropped). For venue answers the fakes do not produce themselves, such as Bybit's retCode 10016 with HTTP 200.
/// </summary>
internal sealed class OneShotReply : DelegatingHandler
{
    private readonly Func<HttpRequestMessage, bool> _matches;
    private readonly HttpStatusCode _status;
    private readonly string _body;
    private readonly bool _afterVenue;
    private int _armed = 1;

    public OneShotReply(Func<HttpRequestMessage, bool> matches, HttpStatusCode status, string body, bool afterVenue)
        : base(new HttpClientHandler())
    {
        _matches = matches;
        _status = status;
        _body = body;
        _afterVenue = afterVenue;
    }

    public bool Fired => Volatile.Read(ref _armed) == 0;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_matches(request) || Interlocked.Exchange(ref _armed, 0) == 0)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        if (_afterVenue)
        {
            using var real = await base.SendAsync(request, cancellationToken);
        }

        return new HttpResponseMessage(_status) { Content = new StringContent(_body, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
