using System.Diagnostics.CodeAnalysis;

namespace GridBot.Runtime.Control;

/// <summary>A control command's typed result: the value when <see cref="Outcome"/> is Ok, otherwise a detail for a person.</summary>
public sealed record ControlResult<T>
{
    private ControlResult(ControlOutcome outcome, T? value, string? detail)
    {
        Outcome = outcome;
        Value = value;
        Detail = detail;
    }

    public ControlOutcome Outcome { get; }

    public T? Value { get; }

    public string? Detail { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsOk => Outcome == ControlOutcome.Ok;

#pragma warning disable CA1000 // Factory methods on the generic result read best at the call site: ControlResult<BotView>.Ok(view).
    public static ControlResult<T> Ok(T value) => new(ControlOutcome.Ok, value, null);

    public static ControlResult<T> Fail(ControlOutcome outcome, string detail) =>
        outcome == ControlOutcome.Ok ? throw new ArgumentException("a failure needs a failing outcome", nameof(outcome)) : new(outcome, default, detail);
#pragma warning restore CA1000

    public ControlResult<TOther> As<TOther>() =>
        IsOk ? throw new InvalidOperationException("only a failure converts to another result type") : ControlResult<TOther>.Fail(Outcome, Detail!);
}
