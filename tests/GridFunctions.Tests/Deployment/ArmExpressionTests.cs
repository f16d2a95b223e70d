using System.Text.Json;

namespace GridFunctions.Tests.Deployment;

/// <summary>The ARM expression evaluator the consistency tests read the compiled templates with.</summary>
public sealed class ArmExpressionTests
{
    private static readonly ArmScope Scope = new(
        JsonDocument.Parse("""
            {
              "parameters": { "plan": { "type": "string", "defaultValue": "flex" }, "name": { "type": "string" } },
              "variables": { "isFlex": "[equals(parameters('plan'), 'flex')]", "roles": [ "a", "b" ], "literal": "[[not an expression]" }
            }
            """).RootElement.Clone(),
        new Dictionary<string, object?> { ["name"] = "st1" });

    [Theory]
    [InlineData("[parameters('plan')]", "flex")]
    [InlineData("[if(variables('isFlex'), 'FC1', 'EP1')]", "FC1")]
    [InlineData("[format('{0}-{1}', parameters('name'), 'x')]", "st1-x")]
    [InlineData("[format('@Microsoft.KeyVault(SecretUri={0}secrets/k)', reference('kv').outputs.uri.value)]", "@Microsoft.KeyVault(SecretUri={?}secrets/k)")]
    [InlineData("[string(not(empty(parameters('name'))))]", "True")]
    [InlineData("[toLower(take('ABCDEF', 3))]", "abc")]
    [InlineData("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", "Microsoft.Storage/storageAccounts/st1")]
    [InlineData("[createObject('value', 'it').value]", "it")]
    [InlineData("[variables('literal')]", "[not an expression]")]
    [InlineData("[if(equals(parameters('plan'), 'premium'), reference('never').x, 'skipped')]", "skipped")]
    public void Evaluate_KnownValues(string expression, string expected) =>
        Scope.String(expression).Should().Be(expected);

    [Fact]
    public void Evaluate_WhatOnlyADeploymentKnows_IsUnknownWithItsSource()
    {
        Scope.String("[reference(resourceId('Microsoft.Resources/deployments', 'identity')).outputs.principalId.value]")
            .Should().BeOfType<ArmUnknown>().Which.Expression.Should().Contain("'identity'").And.Contain("principalId");
        Scope.String("[if(equals(reference('x').y, 'z'), 'a', 'b')]").Should().BeOfType<ArmUnknown>();
    }

    [Fact]
    public void Evaluate_CopyIndex_PicksTheLoopItem() =>
        Scope.WithCopyIndex(1).String("[variables('roles')[copyIndex()]]").Should().Be("b");
}
