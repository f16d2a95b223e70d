using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GridBot.Core.Common;

/// <summary>
/// Preconditions for broken invariants (bugs). Expected failures are values
/// (<see cref="GridBot.Core.Errors.Result{T}"/>), never exceptions.
/// </summary>
public static class Guard
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("must not be blank", name);
        }

        return value;
    }

    public static decimal Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > 0m ? value : throw new ArgumentOutOfRangeException(name, value, "must be > 0");

    public static decimal NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= 0m ? value : throw new ArgumentOutOfRangeException(name, value, "must be >= 0");

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be > 0");

    public static int NonNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be >= 0");

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "must be a finite number > 0");

    public static decimal InRange(decimal value, decimal min, decimal max, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"must be in [{min}, {max}]");

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"must be in [{min}, {max}]");

    public static void That([DoesNotReturnIf(false)] bool condition, string message, [CallerArgumentExpression(nameof(condition))] string? expression = null)
    {
        if (!condition)
        {
            throw new ArgumentException($"{message} ({expression})");
        }
    }
}
