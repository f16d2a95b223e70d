namespace GridBot.Exchanges.Clients;

/// <summary>The pages one cursor-paged query gave, in the venue's order, the requests they took, and whether the last page said "no more".</summary>
internal sealed record PageRun<T>(IReadOnlyList<IReadOnlyList<T>> Pages, int Requests, bool Complete);
