using GridBot.Core.Bots;
using GridFunctions.Durable;

namespace GridFunctions.Tests.FanOut;

/// <summary>
/// <see cref="IBotOrchestrations"/> as a dictionary, for the fill handlers' tests (the real engine is tested elsewhere):
/// bot states by id, the set of active instance ids, and every start asked for.
/// </summary>
internal sealed class InMemoryBotOrchestrations : IBotOrchestrations
{
    private readonly HashSet<string> _active = [];

    public Dictionary<string, BotState> States { get; } = [];

    /// <summary>Every StartAsync call in order, with what it answered.</summary>
    public List<(string InstanceId, BotOperationRequest Request, bool Started)> Starts { get; } = [];

    public BotOperationResult Result { get; set; } = new(null, "no result set");

    /// <summary>The instance finished: its id may be used again.</summary>
    public void Finish(string instanceId) => _active.Remove(instanceId);

    public Task<bool> StartAsync(string instanceId, BotOperationRequest request, DateTimeOffset? startAt, CancellationToken ct)
    {
        var started = _active.Add(instanceId);
        Starts.Add((instanceId, request, started));
        return Task.FromResult(started);
    }

    public Task<bool> IsActiveAsync(string instanceId, CancellationToken ct) => Task.FromResult(_active.Contains(instanceId));

    public Task<BotOperationResult> WaitAsync(string instanceId, CancellationToken ct)
    {
        _active.Remove(instanceId);
        return Task.FromResult(Result);
    }

    public Task<BotState?> GetStateAsync(string botId, CancellationToken ct) => Task.FromResult(States.GetValueOrDefault(botId));
}
