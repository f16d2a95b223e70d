using System.Text.Json;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;
using GridBot.Core.Serialization;

namespace GridFunctions.Durable;

/// <summary>
/// The Core's records as they cross the Durable boundary: JSON from the Core's source-generated context (decimals
/// exact, operations and effects with their discriminators), carried as strings in small records, so nothing depends
/// on the worker's default serializer.
/// </summary>
public static class DurableJson
{
    public static string Write(BotOperation operation) => JsonSerializer.Serialize(operation, CoreJsonContext.Default.BotOperation);

    public static BotOperation ReadOperation(string json) =>
        JsonSerializer.Deserialize(json, CoreJsonContext.Default.BotOperation) ?? throw new InvalidDataException("empty bot operation");

    public static string Write(BotState state) => JsonSerializer.Serialize(state, CoreJsonContext.Default.BotState);

    public static BotState? ReadState(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize(json, CoreJsonContext.Default.BotState);

    public static string Write(BotDecision decision) => JsonSerializer.Serialize(decision, CoreJsonContext.Default.BotDecision);

    public static BotDecision ReadDecision(string json) =>
        JsonSerializer.Deserialize(json, CoreJsonContext.Default.BotDecision) ?? throw new InvalidDataException("empty bot decision");

    public static string Write(MarketView view) => JsonSerializer.Serialize(view, CoreJsonContext.Default.MarketView);

    public static MarketView ReadView(string json) =>
        JsonSerializer.Deserialize(json, CoreJsonContext.Default.MarketView) ?? throw new InvalidDataException("empty market view");

    public static string Write(ExchangeFill fill) => JsonSerializer.Serialize(fill, CoreJsonContext.Default.ExchangeFill);

    public static ExchangeFill ReadFill(string json) =>
        JsonSerializer.Deserialize(json, CoreJsonContext.Default.ExchangeFill) ?? throw new InvalidDataException("empty fill");

    public static string WriteOperations(IReadOnlyList<BotOperation> operations) =>
        JsonSerializer.Serialize([.. operations], CoreJsonContext.Default.ListBotOperation);

    public static IReadOnlyList<BotOperation> ReadOperations(string json) =>
        JsonSerializer.Deserialize(json, CoreJsonContext.Default.ListBotOperation) ?? throw new InvalidDataException("empty operation list");
}
