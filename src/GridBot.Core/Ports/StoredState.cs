namespace GridBot.Core.Ports;

/// <summary>A stored value with its version tag (an ETag: opaque, compared for equality only).</summary>
public sealed record StoredState<T>(T Value, string ETag);
