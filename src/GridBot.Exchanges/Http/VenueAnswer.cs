namespace GridBot.Exchanges.Http;

/// <summary>
/// One answer as it arrived: the call it answers, the HTTP response and its body, and the venue's time at arrival as
/// the client's measured clock (<see cref="ServerClock"/>) sees it. A protocol turns a venue timestamp in the answer
/// into a duration against the answer's own venue time when it carries one, else against <see cref="VenueNowMs"/>,
/// never against the host's clock.
/// </summary>
public sealed record VenueAnswer(RestCall Call, HttpResponseMessage Response, string Body, long VenueNowMs);
