using GridBot.Core.Ports;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// What one time window of a fill read gave: its fills, the requests it took, and whether the window was read to its
/// end. An incomplete window's <see cref="Fills"/> must be a gapless oldest part of it (or empty).
/// </summary>
internal sealed record FillWindowRead(IReadOnlyList<ExchangeFill> Fills, int Requests, bool Complete);
