using Xunit.Abstractions;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The templates' type gate (issue 17): every <c>.bicep</c> under <c>bicep/</c> compiles and lints with no Error and no
/// Warning, BCP type warnings included, which the Bicep CLI itself lets through with exit code 0.
/// </summary>
public sealed class BicepGateTests(ITestOutputHelper output)
{
    [Fact]
    public void Templates_BuildAndLint_WithNoErrorOrWarning()
    {
        var gate = BicepTemplates.Gate;
        output.WriteLine($"bicep build + lint of bicep/**/*.bicep: {gate.Elapsed.TotalSeconds:F1} s");
        foreach (var diagnostic in gate.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        gate.Failures.Should().BeEmpty();
        File.Exists(Path.Combine(BicepTemplates.OutDir, "main.json")).Should().BeTrue();
        Directory.GetFiles(BicepTemplates.Folder, "*.bicep", SearchOption.AllDirectories)
            .Should().HaveCountGreaterThan(5, "main.bicep and its modules are all gated");
    }

    [Fact]
    public void Gate_WrongPropertyNameAndType_FailsWithTheBcpCodesThoughTheCliExitsZero()
    {
        using var dir = new TempFolder();
        File.Copy(Path.Combine(BicepTemplates.Folder, "bicepconfig.json"), Path.Combine(dir.Path, "bicepconfig.json"));
        File.WriteAllText(Path.Combine(dir.Path, "bad.bicep"), """
            param location string = resourceGroup().location

            resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
              name: 'stgateexample'
              location: location
              kind: 'StorageV2'
              sku: {
                name: 'Standard_LRS'
              }
              properties: {
                minimumTlsVersions: 'TLS1_2'
                allowBlobPublicAccess: 'no'
              }
            }
            """);

        var gate = BicepGate.Check(dir.Path, Path.Combine(dir.Path, "out"));
        foreach (var failure in gate.Failures)
        {
            output.WriteLine(failure);
        }

        gate.Runs.Should().OnlyContain(r => r.ExitCode == 0, "Bicep reports wrong property names and types as warnings only");
        gate.Passed.Should().BeFalse();
        gate.Diagnostics.Where(d => d.IsCompiler).Select(d => d.Code).Should().Contain("BCP036", "allowBlobPublicAccess expects a bool")
            .And.Contain(code => code == "BCP037" || code == "BCP089", "minimumTlsVersions is not a property");
        gate.Failures.Should().Contain(f => f.Contains("BCP036", StringComparison.Ordinal) && f.Contains("bad.bicep(12,", StringComparison.Ordinal));
    }

    [Fact]
    public void Gate_LinterRuleRaisedToError_Fails()
    {
        using var dir = new TempFolder();
        File.Copy(Path.Combine(BicepTemplates.Folder, "bicepconfig.json"), Path.Combine(dir.Path, "bicepconfig.json"));
        File.WriteAllText(Path.Combine(dir.Path, "secret.bicep"), """
            @secure()
            param apiKey string = 'literal-key'

            output keyLength int = length(apiKey)
            """);

        var gate = BicepGate.Check(dir.Path, Path.Combine(dir.Path, "out"));

        gate.Passed.Should().BeFalse();
        gate.Diagnostics.Should().Contain(d => d.Code == "secure-parameter-default" && d.Level == "Error");
    }

    [Fact]
    public void Diagnostics_ParseTheCliLineFormat()
    {
        var parsed = BicepDiagnostic.Parse(
            "/w/bicep/main.bicep(9,5) : Warning BCP089: The property \"x\" is not allowed. [https://aka.ms/bicep/core-diagnostics#BCP089]\n"
            + "/w/bicep/main.bicep(3,13) : Error no-loc-expr-outside-params: Use a parameter here. [https://aka.ms]\n");

        parsed.Should().HaveCount(2);
        parsed[0].Should().Match<BicepDiagnostic>(d => d.Line == 9 && d.Column == 5 && d.Level == "Warning" && d.Code == "BCP089" && d.IsCompiler);
        parsed[1].Should().Match<BicepDiagnostic>(d => d.Level == "Error" && d.Code == "no-loc-expr-outside-params" && !d.IsCompiler);
    }
}
