using GridBot.Core.Bots.Effects;

namespace GridBot.Core.Bots;

/// <summary>
/// The result of applying one operation: the next state and the effects to run after saving it. When the operation
/// was refused, <see cref="Rejection"/> says why (a typed reason and a detail) and the state is unchanged with no effects
/// (<see cref="State"/> is null only when a create was rejected: there is no bot).
/// </summary>
public sealed record BotDecision(BotState? State, IReadOnlyList<BotEffect> Effects, BotRejection? Rejection = null)
{
    public bool Accepted => Rejection is null;
}
