using System.Text.Json.Serialization;

namespace GridBot.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BacktestJson))]
[JsonSerializable(typeof(SweepJson))]
[JsonSerializable(typeof(SuggestJson))]
[JsonSerializable(typeof(RunJson))]
[JsonSerializable(typeof(LiveRun.LiveJson))]
[JsonSerializable(typeof(BotShowJson))]
[JsonSerializable(typeof(IReadOnlyList<BotListJson>))]
[JsonSerializable(typeof(IReadOnlyList<FillJson>))]
[JsonSerializable(typeof(DataImportJson))]
[JsonSerializable(typeof(DataShowJson))]
[JsonSerializable(typeof(DataGapsJson))]
[JsonSerializable(typeof(DataDownloadJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
