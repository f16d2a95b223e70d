using System.Globalization;
using GridBot.Core.Errors;

namespace GridBot.Backtesting.Data;

/// <summary>
/// Errors from reading or reshaping bar files. Messages read <c>source:line: problem</c> (1-based line), the
/// form compilers use, so a CLI can print them as they are.
/// </summary>
public static class BarFileError
{
    public const string BadBarFile = "BadBarFile";
    public const string BadResample = "BadResample";

    public static Error At(string source, int line, string problem) =>
        new(ErrorKind.Other, BadBarFile, string.Create(CultureInfo.InvariantCulture, $"{source}:{line}: {problem}"));

    public static Error Unreadable(string source, string problem) =>
        new(ErrorKind.Other, BadBarFile, $"{source}: {problem}");

    public static Error Resample(string problem) => new(ErrorKind.Other, BadResample, problem);
}
