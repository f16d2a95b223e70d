using GridBot.Core.Bots.Effects;

namespace GridBot.Core.Bots;

/// <summary>
/// The result of applying one operation: the next state and the effects to run after saving it. When the operation
/// was illegal in the current state, <see cref="Rejection"/> says why and the state is unchanged with no effects
/// (<see cref="State"/> is null only when a create was rejected: there is no bot).
/// </summary>
public sealed record BotDecision(BotState? State, IReadOnlyList<BotEffect> Effects, string? Rejection = null)
{
    public bool Accepted => Rejection is null;
}
