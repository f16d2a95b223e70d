using System.Text.Json.Serialization;

namespace GridBot.Core.Bots.Effects;

/// <summary>
/// What a decision asks the runtime to do, after the new state is saved, in order. Serializable (discriminator
/// <c>effect</c>) so a decision can cross a process boundary: the Function app's entity hands its effects to the
/// orchestration that runs them.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "effect")]
[JsonDerivedType(typeof(PlaceOrder), "place")]
[JsonDerivedType(typeof(CancelOrder), "cancel")]
[JsonDerivedType(typeof(PublishFill), "publishFill")]
[JsonDerivedType(typeof(Notify), "notify")]
[JsonDerivedType(typeof(Schedule), "schedule")]
public abstract record BotEffect;
