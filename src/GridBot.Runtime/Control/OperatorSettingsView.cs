namespace GridBot.Runtime.Control;

/// <summary>
/// The operator's switches (the seed UI's): <see cref="RolloutStage"/> 1–5 caps live order size (2% → 5% → 10% of
/// equity); <see cref="ExchangeProfile"/> <c>spot</c>, <c>perp</c> or <c>spot+perp</c> says which markets bots may be
/// created and started on; <see cref="ExplorationRate"/> (0–1) and <see cref="OnlineLearning"/> are kept for a learning
/// strategy (no strategy in this project reads them yet). <see cref="UpdatedMs"/> is 0 while nothing was ever saved,
/// i.e. the values are the configured defaults.
/// </summary>
public sealed record OperatorSettingsView(int RolloutStage, string ExchangeProfile, decimal ExplorationRate, bool OnlineLearning, long UpdatedMs);

/// <summary>A change to the operator's switches; fields left out keep their current values.</summary>
public sealed record OperatorSettingsRequest
{
    public int? RolloutStage { get; init; }

    /// <summary><c>spot</c>, <c>perp</c> or <c>spot+perp</c> (also the enum names <c>Spot</c>, <c>Perp</c>, <c>SpotAndPerp</c>).</summary>
    public string? ExchangeProfile { get; init; }

    public decimal? ExplorationRate { get; init; }

    public bool? OnlineLearning { get; init; }
}

/// <summary>A disaster flatten's outcome: bots that began flattening, bots that refused or failed (with why), bots left alone.</summary>
public sealed record DisasterFlattenResult(IReadOnlyList<string> Flattened, IReadOnlyList<DisasterFlattenFailure> Failed, IReadOnlyList<string> Skipped);

public sealed record DisasterFlattenFailure(string BotId, string Detail);
