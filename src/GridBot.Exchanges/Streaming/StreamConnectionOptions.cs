using GridBot.Core.Common;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// How a <see cref="ReconnectingWebSocket"/> keeps its connection. Back-off: <see cref="InitialBackoff"/> doubling to
/// <see cref="MaxBackoff"/>, each delay shortened by up to <see cref="JitterFraction"/> (so it never exceeds the cap),
/// reset once a connection has stayed up for <see cref="StableAfter"/>. All durations are read through the injected
/// <see cref="TimeProvider"/> except the protocol keep-alive, which <see cref="System.Net.WebSockets.ClientWebSocket"/>
/// runs on real time.
/// </summary>
public sealed record StreamConnectionOptions
{
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>0 ≤ fraction &lt; 1.</summary>
    public double JitterFraction { get; init; } = 0.2;

    public int JitterSeed { get; init; } = 7919;

    /// <summary>Application-level heartbeat period (Bybit wants <c>{"op":"ping"}</c> every 20 s); null sends none.</summary>
    public TimeSpan? PingInterval { get; init; }

    public string PingMessage { get; init; } = """{"op":"ping"}""";

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long dispose waits for the close handshake before aborting.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Protocol ping period; a connection whose pong does not come back within <see cref="KeepAliveTimeout"/> is dropped.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A larger message is a broken feed: the connection is dropped and re-opened.</summary>
    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    public StreamConnectionOptions Validated()
    {
        Guard.That(InitialBackoff > TimeSpan.Zero && MaxBackoff >= InitialBackoff, "0 < InitialBackoff ≤ MaxBackoff");
        Guard.That(JitterFraction is >= 0 and < 1, "0 ≤ JitterFraction < 1");
        Guard.That(PingInterval is null || PingInterval > TimeSpan.Zero, "PingInterval > 0");
        Guard.That(ConnectTimeout > TimeSpan.Zero && CloseTimeout > TimeSpan.Zero, "timeouts > 0");
        Guard.Positive(MaxMessageBytes);
        return this;
    }
}
