using System.Text.Json;
using System.Text.Json.Serialization;

namespace GridBot.Runtime.Control;

/// <summary>Source-generated JSON for what the runtime stores itself (the operator's switches).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(OperatorSettingsView))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
