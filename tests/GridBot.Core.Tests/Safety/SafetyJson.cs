using System.Text.Json;

namespace GridBot.Core.Tests.Safety;

internal static class SafetyJson
{
    public static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))
        ?? throw new InvalidOperationException("deserialised to null");
}
