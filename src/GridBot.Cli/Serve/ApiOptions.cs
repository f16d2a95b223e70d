namespace GridBot.Cli.Serve;

/// <summary>
/// The control API's keys (section <c>Api</c>, e.g. <c>Api__Keys__0</c>). Every <c>/api</c> route but
/// <c>/api/health</c> needs one in <c>x-functions-key</c> or <c>?code=</c>. At least one key is required whatever the
/// address, and every key must have at least <see cref="MinKeyLength"/> characters: a guessable key on loopback still
/// lets any local process (or a browser page) drive the bots. Keys are never logged or echoed.
/// </summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    public const int MinKeyLength = 16;

    public IList<string> Keys { get; } = new List<string>();

    /// <summary>Each problem, naming the setting by index (never the key itself).</summary>
    public IEnumerable<string> Problems()
    {
        if (Keys.Count == 0)
        {
            yield return $"{SectionName}:Keys: set at least one key (e.g. {SectionName}__Keys__0) of at least {MinKeyLength} characters";
        }

        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i] ?? string.Empty;
            if (key.Trim().Length < MinKeyLength)
            {
                yield return $"{SectionName}:Keys:{i} is shorter than {MinKeyLength} characters";
            }
            else if (key.Trim().Length != key.Length)
            {
                yield return $"{SectionName}:Keys:{i} starts or ends with whitespace";
            }
        }
    }
}
