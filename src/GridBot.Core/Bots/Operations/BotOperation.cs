using System.Text.Json.Serialization;

namespace GridBot.Core.Bots.Operations;

/// <summary>One thing that happens to a bot. Operations are applied one at a time by <see cref="BotEntity.Decide"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(CreateBot), "create")]
[JsonDerivedType(typeof(StartBot), "start")]
[JsonDerivedType(typeof(PauseBot), "pause")]
[JsonDerivedType(typeof(ResumeBot), "resume")]
[JsonDerivedType(typeof(StopBot), "stop")]
[JsonDerivedType(typeof(FlattenBot), "flatten")]
[JsonDerivedType(typeof(EmergencyStopBot), "emergencyStop")]
[JsonDerivedType(typeof(ClearManualResume), "clearManualResume")]
[JsonDerivedType(typeof(UpdateLimits), "updateLimits")]
[JsonDerivedType(typeof(Tick), "tick")]
[JsonDerivedType(typeof(OrderAccepted), "orderAccepted")]
[JsonDerivedType(typeof(OrderRejected), "orderRejected")]
[JsonDerivedType(typeof(OrderCanceled), "orderCanceled")]
[JsonDerivedType(typeof(FillObserved), "fillObserved")]
[JsonDerivedType(typeof(FillsReadThrough), "fillsReadThrough")]
public abstract record BotOperation;
