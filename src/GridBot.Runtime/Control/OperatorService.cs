using System.Globalization;
using System.Text.Json;
using GridBot.Core.Configuration;
using GridBot.Core.Ports;

namespace GridBot.Runtime.Control;

/// <summary>
/// The operator's switches, kept in the settings store under <see cref="Key"/> so they survive restarts (and, in the
/// Function app, are the same on every instance). Until an operator saves, they are the configured defaults
/// (<c>GridBot:RolloutStage</c>, <c>GridBot:ExchangeProfile</c>, <c>GridBot:Exploration:Target</c>, learning off).
/// A change is a read-modify-write under the stored ETag, retried when another writer saved first, so two operators
/// changing different switches at once both land. Nothing here throws for bad input; an unreachable store is
/// <see cref="ControlOutcome.Unavailable"/>.
/// </summary>
public sealed class OperatorService(ISettingsStore store, GridBotOptions options, TimeProvider time)
{
    public const string Key = "operator";

    private const int MaxAttempts = 8;

    public async Task<ControlResult<OperatorSettingsView>> GetAsync(CancellationToken ct)
    {
        try
        {
            return ControlResult<OperatorSettingsView>.Ok(await CurrentAsync(ct).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is StorageUnavailableException or InvalidDataException)
        {
            return ControlResult<OperatorSettingsView>.Fail(ControlOutcome.Unavailable, ex.Message);
        }
    }

    /// <summary>
    /// Checks every field of <paramref name="request"/> (all problems named at once), then saves the merged settings. An
    /// unreadable stored document is replaced, starting from the defaults.
    /// </summary>
    public async Task<ControlResult<OperatorSettingsView>> UpdateAsync(OperatorSettingsRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = Problems(request, out var profile);
        if (problems.Count > 0)
        {
            return ControlResult<OperatorSettingsView>.Fail(ControlOutcome.InvalidInput, string.Join("; ", problems));
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var (current, etag, _) = await ReadAsync(ct).ConfigureAwait(false);
                var next = new OperatorSettingsView(
                    request.RolloutStage ?? current.RolloutStage,
                    profile is { } p ? Name(p) : current.ExchangeProfile,
                    request.ExplorationRate ?? current.ExplorationRate,
                    request.OnlineLearning ?? current.OnlineLearning,
                    Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), current.UpdatedMs + 1));
                var saved = await store.SaveAsync(Key, JsonSerializer.Serialize(next, RuntimeJsonContext.Default.OperatorSettingsView), etag, ct)
                    .ConfigureAwait(false);
                if (saved.IsSuccess)
                {
                    return ControlResult<OperatorSettingsView>.Ok(next);
                }

                if (saved.Error.Code != ISettingsStore.ConcurrencyConflict || attempt == MaxAttempts)
                {
                    return ControlResult<OperatorSettingsView>.Fail(ControlOutcome.Unavailable, $"could not save the operator settings: {saved.Error.Message}");
                }
            }
        }
        catch (StorageUnavailableException ex)
        {
            return ControlResult<OperatorSettingsView>.Fail(ControlOutcome.Unavailable, ex.Message);
        }
    }

    /// <summary>
    /// The settings in force: the stored ones, else the defaults. Throws <see cref="StorageUnavailableException"/> when
    /// the store cannot be read and <see cref="InvalidDataException"/> when what it holds is unreadable.
    /// </summary>
    internal async Task<OperatorSettingsView> CurrentAsync(CancellationToken ct)
    {
        var (settings, _, problem) = await ReadAsync(ct).ConfigureAwait(false);
        return problem is null ? settings : throw new InvalidDataException(problem);
    }

    /// <summary><c>spot</c>, <c>perp</c>, <c>spot+perp</c>: the seed's spelling, used on the wire.</summary>
    public static string Name(ExchangeProfile profile) => profile switch
    {
        ExchangeProfile.Spot => "spot",
        ExchangeProfile.Perp => "perp",
        _ => "spot+perp",
    };

    /// <summary>Reads a profile as the wire (<c>spot+perp</c>) or the configuration (<c>SpotAndPerp</c>) spells it, any case.</summary>
    public static bool TryParseProfile(string? text, out ExchangeProfile profile)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "SPOT":
                profile = ExchangeProfile.Spot;
                return true;
            case "PERP":
                profile = ExchangeProfile.Perp;
                return true;
            case "SPOT+PERP" or "SPOTANDPERP":
                profile = ExchangeProfile.SpotAndPerp;
                return true;
            default:
                profile = default;
                return false;
        }
    }

    private OperatorSettingsView Defaults() =>
        new(options.RolloutStage, Name(options.ExchangeProfile), options.Exploration.Target, OnlineLearning: false, UpdatedMs: 0);

    /// <summary>
    /// The stored settings, or the defaults with the problem when the stored document is unreadable or invalid (its
    /// ETag still given, so an update can replace it). Throws only when the store cannot be reached.
    /// </summary>
    private async Task<(OperatorSettingsView Settings, string? ETag, string? Problem)> ReadAsync(CancellationToken ct)
    {
        var stored = await store.LoadAsync(Key, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return (Defaults(), null, null);
        }

        OperatorSettingsView? settings;
        try
        {
            settings = JsonSerializer.Deserialize(stored.Value, RuntimeJsonContext.Default.OperatorSettingsView);
        }
        catch (JsonException ex)
        {
            return (Defaults(), stored.ETag, $"the stored operator settings are not readable JSON ({ex.Message}); save them again (PUT /api/operator) to replace them");
        }

        var problems = settings is null ? ["empty"] : Problems(settings);
        return problems.Count > 0
            ? (Defaults(), stored.ETag, $"the stored operator settings are invalid ({string.Join("; ", problems)}); save them again (PUT /api/operator) to replace them")
            : (settings!, stored.ETag, null);
    }

    private static List<string> Problems(OperatorSettingsRequest request, out ExchangeProfile? profile)
    {
        var problems = new List<string>();
        profile = null;
        if (request.RolloutStage is { } stage && stage is < RolloutOptions.MinStage or > RolloutOptions.MaxStage)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"rolloutStage {stage} must be in [{RolloutOptions.MinStage}, {RolloutOptions.MaxStage}]"));
        }

        if (request.ExchangeProfile is { } text)
        {
            if (TryParseProfile(text, out var parsed))
            {
                profile = parsed;
            }
            else
            {
                problems.Add($"exchangeProfile '{text}' must be spot, perp or spot+perp");
            }
        }

        if (request.ExplorationRate is { } rate && rate is < 0m or > 1m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"explorationRate {rate} must be in [0, 1]"));
        }

        return problems;
    }

    private static List<string> Problems(OperatorSettingsView settings) => Problems(
        new OperatorSettingsRequest
        {
            RolloutStage = settings.RolloutStage,
            ExchangeProfile = settings.ExchangeProfile ?? string.Empty,
            ExplorationRate = settings.ExplorationRate,
        },
        out _);
}
