// Key Vault (RBAC authorization) holding the app's secrets: venue keys, Telegram bot token and webhook secret.
// Each secret is created only when its value is given (an empty one is left out, and so is its app setting).
// Values come from @secure() parameters and never appear in outputs: only the secret URIs do.

@description('Azure region.')
param location string

@description('Vault name (3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Secret name → value; entries with an empty value are skipped.')
@secure()
param secrets object

param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

var given = filter(items(secrets), entry => !empty(entry.value))

resource vaultSecrets 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for entry in given: {
  parent: vault
  name: entry.key
  properties: {
    value: entry.value
    contentType: 'text/plain'
  }
}]

output name string = vault.name
output id string = vault.id
output vaultUri string = vault.properties.vaultUri

