using System.Text.Json;
using GridBot.Core.Bots;
using GridBot.Core.Serialization;

namespace GridBot.Runtime;

/// <summary>Bot state as stored: the Core's source-generated JSON.</summary>
internal static class BotStateJson
{
    public static string Write(BotState state) => JsonSerializer.Serialize(state, CoreJsonContext.Default.BotState);

    public static BotState Read(string json) =>
        JsonSerializer.Deserialize(json, CoreJsonContext.Default.BotState) ?? throw new InvalidDataException("stored bot state is empty");

    /// <summary>
    /// The state without the fields a Tick refreshes on every call (time, last price, peak): if only those changed,
    /// the save can be skipped — losing them in a crash costs nothing, the next Tick recomputes them.
    /// </summary>
    public static string Material(BotState state) =>
        Write(state with { UpdatedMs = 0, Risk = state.Risk with { LastPrice = null, PeakEquity = 0m } });
}
