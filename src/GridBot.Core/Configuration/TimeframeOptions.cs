namespace GridBot.Core.Configuration;

/// <summary>Bar intervals as text (bindable); <see cref="Timeframe.Parse"/> gives the value type.</summary>
public sealed class TimeframeOptions
{
    public string Primary { get; set; } = "15m";

    /// <summary>The finer timeframe that confirms entries; must be shorter than <see cref="Primary"/>.</summary>
    public string Confirm { get; set; } = "5m";

    // Methods, not properties: the binder and serializers would call a throwing getter on bad text.

    /// <summary>The parsed primary timeframe; call only on validated options (throws on bad text).</summary>
    public Timeframe PrimaryTimeframe() => Timeframe.Parse(Primary).Value;

    /// <summary>The parsed confirm timeframe; call only on validated options (throws on bad text).</summary>
    public Timeframe ConfirmTimeframe() => Timeframe.Parse(Confirm).Value;

    internal void Check(ProblemList problems, string path)
    {
        var primaryOk = Timeframe.TryParse(Primary, out var primary);
        var confirmOk = Timeframe.TryParse(Confirm, out var confirm);
        var allowed = string.Join(", ", Timeframe.All);
        if (!primaryOk)
        {
            problems.Add($"{path}:Primary", $"'{Primary}' is not a timeframe: use one of {allowed}");
        }

        if (!confirmOk)
        {
            problems.Add($"{path}:Confirm", $"'{Confirm}' is not a timeframe: use one of {allowed}");
        }

        if (primaryOk && confirmOk && confirm >= primary)
        {
            problems.Add($"{path}:Confirm", $"{confirm} must be shorter than the primary timeframe {primary}");
        }
    }
}
