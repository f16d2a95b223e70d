using System.Text.RegularExpressions;

namespace GridFunctions.Tests.Deployment;

/// <summary>One line of Bicep's default diagnostics format: <c>FILE(LINE,COL) : LEVEL CODE: MESSAGE</c>.</summary>
internal sealed partial record BicepDiagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    /// <summary>A compiler diagnostic (BCPnnn): wrong property names and types are only warnings, exit code 0.</summary>
    public bool IsCompiler => CompilerCode().IsMatch(Code);

    public override string ToString() => $"{File}({Line},{Column}) : {Level} {Code}: {Message}";

    public static IReadOnlyList<BicepDiagnostic> Parse(string output) =>
        [.. DiagnosticLine().Matches(output).Select(m => new BicepDiagnostic(
            m.Groups["file"].Value.Trim(),
            int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["level"].Value,
            m.Groups["code"].Value,
            m.Groups["msg"].Value.Trim()))];

    [GeneratedRegex(@"^(?<file>[^\r\n]+?)\((?<line>\d+),(?<col>\d+)\) : (?<level>Error|Warning|Info) (?<code>[A-Za-z0-9-]+): (?<msg>[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex("^BCP[0-9]+$")]
    private static partial Regex CompilerCode();
}
