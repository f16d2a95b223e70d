// The user-assigned identity the Function app runs as: storage, Service Bus, Key Vault references and telemetry.

@description('Azure region.')
param location string

@description('Identity name.')
param name string

param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
