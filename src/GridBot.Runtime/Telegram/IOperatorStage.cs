namespace GridBot.Runtime.Telegram;

/// <summary>
/// Sets the operator's rollout stage (1–5) for <c>/stage N</c>. A host without operator settings registers none, and
/// the command answers that it is not available there.
/// </summary>
public interface IOperatorStage
{
    /// <summary>Sets the stage; the result names the stage now in force, or why it was refused.</summary>
    Task<Control.ControlResult<int>> SetStageAsync(int stage, CancellationToken ct);
}
