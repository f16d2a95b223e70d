namespace GridBot.Exchanges.Clients;

/// <summary>
/// What one time window of a <see cref="WindowWalk"/> gave: its items, the requests it took, whether the window was
/// read to its end, and whether the read ran on to the venue's present (paging by id past the window's end), so no
/// later window is left to read. An incomplete window's <see cref="Items"/> must be a gapless oldest part of it (or empty).
/// </summary>
internal sealed record WindowRead<T>(IReadOnlyList<T> Items, int Requests, bool Complete, bool ReachedPresent = false);
