namespace GridBot.Core.Ports;

/// <summary>A stored artifact: its name and size in bytes.</summary>
public sealed record ArtifactInfo(string Name, long Length);
