using System.Text.RegularExpressions;

namespace GridBot.Exchanges.Clients;

/// <summary>The client order id both venues accept: <c>^[a-zA-Z0-9_-]{1,36}$</c>.</summary>
internal static partial class ClientIdPattern
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,36}$")]
    private static partial Regex Pattern();
}
