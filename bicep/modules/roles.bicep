// The app identity's role assignments: exactly what the code and the Functions host need, each on the narrowest
// scope that works. Built-in role definition ids (the same in every tenant).
//
// Storage account scope (the host, the Durable task hub and the app's stores all use this one account):
//   Storage Blob Data Owner       host leases/timers (the host asks for Owner), Durable blobs, bot-state, reports,
//                                 market-data, settings, the Flex deployment container
//   Storage Queue Data Contributor Durable control/work-item queues, fills-safety/fills-flatten (+ their -poison)
//   Storage Table Data Contributor Durable history/instances tables, fills and bots tables
// Service Bus topic scope (servicebus fan-out only): Data Sender (publisher) and Data Receiver (triggers).
// Key Vault scope: Key Vault Secrets User, when some app setting is a Key Vault reference (a secret was given).
// Application Insights scope: Monitoring Metrics Publisher (telemetry with Entra auth; local auth is off).

@description('Name of the app\'s user-assigned identity (seeds the assignment names, known before deployment).')
param identityName string

@description('Principal (object) id of that identity.')
param principalId string

@description('Storage account name.')
param storageAccountName string

@description('Key Vault name.')
param keyVaultName string

@description('Whether any app setting is a Key Vault reference (a secret was given): only then the identity reads secrets.')
param keyVaultReferences bool

@description('Application Insights component name.')
param appInsightsName string

@description('Service Bus namespace name; empty when the fan-out uses storage queues.')
param serviceBusNamespaceName string = ''

@description('The fills topic, with a Service Bus namespace.')
param serviceBusTopicName string = ''

@description('Deployment package container: the deployer may write to it (Elastic Premium deploys upload the zip there).')
param deploymentContainerName string

@description('Object id of the person or pipeline running infra/deploy.sh; empty for none.')
param deployerPrincipalId string = ''

@description('Principal type of the deployer.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param deployerPrincipalType string = 'User'

var roleIds = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  serviceBusDataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  serviceBusDataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

var storageRoles = [
  roleIds.storageBlobDataOwner
  roleIds.storageQueueDataContributor
  roleIds.storageTableDataContributor
]

var serviceBusRoles = [
  roleIds.serviceBusDataSender
  roleIds.serviceBusDataReceiver
]

var useServiceBus = !empty(serviceBusNamespaceName)

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deploymentContainer 'containers' existing = {
      name: deploymentContainerName
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource namespace 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' existing = if (useServiceBus) {
  name: useServiceBus ? serviceBusNamespaceName : 'unused-namespace'

  resource topic 'topics' existing = {
    name: useServiceBus ? serviceBusTopicName : 'unused-topic'
  }
}

resource storageAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in storageRoles: {
  name: guid(storage.id, identityName, role)
  scope: storage
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource serviceBusAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in serviceBusRoles: if (useServiceBus) {
  name: guid(namespace::topic.id, identityName, role)
  scope: namespace::topic
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource keyVaultAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (keyVaultReferences) {
  name: guid(vault.id, identityName, roleIds.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsUser)
  }
}

resource telemetryAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identityName, roleIds.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.monitoringMetricsPublisher)
  }
}

resource deployerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(storage::blobService::deploymentContainer.id, deployerPrincipalId, roleIds.storageBlobDataContributor)
  scope: storage::blobService::deploymentContainer
  properties: {
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataContributor)
  }
}
