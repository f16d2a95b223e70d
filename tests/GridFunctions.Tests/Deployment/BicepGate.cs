namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The type gate CI runs over the templates: <c>bicep build</c> and <c>bicep lint</c> on every <c>.bicep</c> file under a
/// folder (with its <c>bicepconfig.json</c>). It fails on a non-zero exit, on any Error (syntax, undefined names, the
/// linter rules bicepconfig.json raises to error) and on any Warning, which includes every BCP type warning (BCP036
/// wrong type, BCP037/BCP089 unknown property, BCP081 no types for an API version …): the CLI exits 0 on those.
/// Info-level diagnostics are reported and allowed.
/// </summary>
internal sealed record BicepGate(IReadOnlyList<BicepDiagnostic> Diagnostics, IReadOnlyList<ProcessResult> Runs, TimeSpan Elapsed)
{
    public IReadOnlyList<string> Failures =>
        [
            .. Runs.Where(r => r.ExitCode != 0).Select(r => $"bicep exited {r.ExitCode}: {r.Output.Trim()}"),
            .. Diagnostics.Where(d => d.Level is "Error" or "Warning").Select(d => d.ToString()),
        ];

    public bool Passed => Failures.Count == 0;

    /// <summary>Builds (into <paramref name="outDir"/>) and lints every template under <paramref name="folder"/>.</summary>
    public static BicepGate Check(string folder, string outDir)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        const string pattern = "**/*.bicep";
        var build = BicepCli.Run(folder, "build", "--pattern", pattern, "--outdir", outDir);
        var lint = BicepCli.Run(folder, "lint", "--pattern", pattern);
        var diagnostics = BicepDiagnostic.Parse(build.Output).Concat(BicepDiagnostic.Parse(lint.Output)).Distinct().ToList();
        return new BicepGate(diagnostics, [build, lint], started.Elapsed);
    }
}
