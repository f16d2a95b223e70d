using System.Globalization;

namespace GridBot.Core.Configuration;

/// <summary>
/// The bot's central settings (the seed's <c>config.py</c>), bound from the <see cref="SectionName"/>
/// configuration section. Settable properties with defaults so configuration binding works; check
/// <see cref="Validate"/> at start-up and refuse to run while it reports problems.
/// </summary>
public sealed class GridBotOptions
{
    public const string SectionName = "GridBot";

    public TradingEnvironment Environment { get; set; } = TradingEnvironment.Simulation;

    /// <summary>1..5; selects the size fraction through <see cref="Rollout"/>.</summary>
    public int RolloutStage { get; set; } = RolloutOptions.MinStage;

    public RolloutOptions Rollout { get; set; } = new();

    /// <summary>Which markets bots may be created and started on; both by default.</summary>
    public ExchangeProfile ExchangeProfile { get; set; } = ExchangeProfile.SpotAndPerp;

    /// <summary>Off at boot; existing forex positions are still reconciled and managed.</summary>
    public bool ForexEnabled { get; set; }

    /// <summary>FX options trading; off at boot like <see cref="ForexEnabled"/>.</summary>
    public bool FxOptionsEnabled { get; set; }

    /// <summary>Time between live loop iterations; must be positive.</summary>
    public TimeSpan LiveLoopInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeframeOptions Timeframes { get; set; } = new();

    public ExposureOptions Exposure { get; set; } = new();

    public ExplorationOptions Exploration { get; set; } = new();

    public FeeOptions Fees { get; set; } = new();

    /// <summary>
    /// Venue error codes that stop the bot (see <see cref="Configuration.CriticalErrorCodes"/>). Binding adds
    /// configured codes to the defaults; it cannot remove one.
    /// </summary>
    // A get-only concrete HashSet: the configuration binder adds into it, while an ISet<int> it would
    // try to replace, which a get-only property silently refuses.
    public HashSet<int> CriticalErrorCodes { get; } = Configuration.CriticalErrorCodes.Defaults();

    /// <summary>
    /// The largest position size for the current <see cref="RolloutStage"/>, as a fraction of equity.
    /// A method, not a property: it throws on an invalid stage, and binders and serializers call getters.
    /// </summary>
    public decimal MaxSizeFraction() => Rollout.MaxSizeFractionFor(RolloutStage);

    /// <summary>A copy with another rollout stage (the operator's switch in force); the sections are shared, not copied.</summary>
    public GridBotOptions WithRolloutStage(int stage)
    {
        var copy = (GridBotOptions)MemberwiseClone();
        copy.RolloutStage = stage;
        return copy;
    }

    public bool IsCritical(int venueErrorCode) => CriticalErrorCodes.Contains(venueErrorCode);

    /// <summary>Every invalid setting, each named by its configuration key; empty when the options are valid.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate()
    {
        var problems = new ProblemList();
        CheckScalars(problems);
        CheckSection(problems, Rollout, nameof(Rollout), (o, p, k) => o.Check(p, k));
        CheckSection(problems, Timeframes, nameof(Timeframes), (o, p, k) => o.Check(p, k));
        CheckSection(problems, Exposure, nameof(Exposure), (o, p, k) => o.Check(p, k));
        CheckSection(problems, Exploration, nameof(Exploration), (o, p, k) => o.Check(p, k));
        CheckSection(problems, Fees, nameof(Fees), (o, p, k) => o.Check(p, k));
        return problems.Problems;
    }

    private static string Key(string name) => $"{SectionName}:{name}";

    // Binding can leave a section null (an empty value in configuration), so each is checked before use.
    private static void CheckSection<T>(ProblemList problems, T? section, string name, Action<T, ProblemList, string> check)
        where T : class
    {
        if (section is null)
        {
            problems.Add(Key(name), "section is missing");
            return;
        }

        check(section, problems, Key(name));
    }

    private void CheckScalars(ProblemList problems)
    {
        if (!Enum.IsDefined(Environment))
        {
            problems.Add(Key(nameof(Environment)), $"{Environment} is not one of {string.Join(", ", Enum.GetNames<TradingEnvironment>())}");
        }

        if (RolloutStage is < RolloutOptions.MinStage or > RolloutOptions.MaxStage)
        {
            problems.Add(Key(nameof(RolloutStage)), string.Create(CultureInfo.InvariantCulture, $"{RolloutStage} must be in [{RolloutOptions.MinStage}, {RolloutOptions.MaxStage}]"));
        }

        if (!Enum.IsDefined(ExchangeProfile))
        {
            problems.Add(Key(nameof(ExchangeProfile)), $"{ExchangeProfile} is not one of {string.Join(", ", Enum.GetNames<ExchangeProfile>())}");
        }

        if (LiveLoopInterval <= TimeSpan.Zero)
        {
            problems.Add(Key(nameof(LiveLoopInterval)), string.Create(CultureInfo.InvariantCulture, $"{LiveLoopInterval} must be positive"));
        }
    }
}
