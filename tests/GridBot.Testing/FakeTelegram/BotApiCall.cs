namespace GridBot.Testing.FakeTelegram;

/// <summary>
/// One request the stand-in Bot API received: the method (<c>sendMessage</c>), the token from the path, the JSON body
/// (empty for multipart), the multipart fields and files, and the status it answered.
/// </summary>
public sealed record BotApiCall(
    string Method,
    string Token,
    string Json,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<BotApiFile> Files,
    int Status)
{
    /// <summary>A top-level value from the JSON body or, for multipart, from the fields (as text); null when absent.</summary>
    public string? Value(string name)
    {
        if (Fields.TryGetValue(name, out var field))
        {
            return field;
        }

        if (Json.Length == 0)
        {
            return null;
        }

        using var doc = System.Text.Json.JsonDocument.Parse(Json);
        return doc.RootElement.TryGetProperty(name, out var value)
            ? value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
    }
}
