// GridFunctions on Azure: the Function app (Durable Functions, isolated worker, .NET 10) with its storage, fan-out,
// secrets, telemetry and identity. Deploy with infra/deploy.sh (az deployment group create + zip deploy).
// Compiled and linted in CI (tests/GridFunctions.Tests/Deployment): any BCP diagnostic fails the build.

targetScope = 'resourceGroup'

@description('Azure region (default: the resource group\'s).')
param location string = resourceGroup().location

@description('Prefix of every resource name (lowercase letters and digits).')
@minLength(3)
@maxLength(10)
param baseName string = 'gridbot'

@description('How fills reach the safety and flatten handlers: Storage queues or a Service Bus topic.')
@allowed([
  'queues'
  'servicebus'
])
param fanOut string = 'queues'

@description('Hosting plan: Flex Consumption or Elastic Premium.')
@allowed([
  'flex'
  'premium'
])
param plan string = 'flex'

@description('Elastic Premium SKU (plan == premium).')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param premiumSku string = 'EP1'

@description('Durable Functions task hub (letters and digits, 3-45, starting with a letter).')
@minLength(3)
@maxLength(45)
param taskHubName string = 'gridbot'

@description('Venue API key (Exchange:ApiKey); empty for paper trading only. Stored in Key Vault.')
@secure()
param exchangeApiKey string = ''

@description('Venue API secret (Exchange:ApiSecret); set with exchangeApiKey. Stored in Key Vault.')
@secure()
param exchangeApiSecret string = ''

@description('Venue REST base URL (Exchange:BaseUrl): a testnet, or empty for production.')
param exchangeBaseUrl string = ''

@description('Exchange:RecvWindowMs.')
@minValue(1)
@maxValue(60000)
param exchangeRecvWindowMs int = 5000

@description('GridBot:Environment.')
@allowed([
  'Simulation'
  'Paper'
  'Live'
])
param gridBotEnvironment string = 'Simulation'

@description('GridBot:RolloutStage (1-5: size fraction 2% → 10%).')
@minValue(1)
@maxValue(5)
param rolloutStage int = 1

@description('Tick:Schedule: how often running bots tick (NCRONTAB with seconds).')
param tickSchedule string = '*/15 * * * * *'

@description('DailyBars:Schedule (UTC).')
param dailyBarsSchedule string = '0 5 0 * * *'

@description('Reports:DailySchedule (UTC).')
param reportsDailySchedule string = '0 10 0 * * *'

@description('Reports:WeeklySchedule (UTC).')
param reportsWeeklySchedule string = '0 15 0 * * MON'

@description('Telegram bot token (Telegram:BotToken); empty: no Telegram. Stored in Key Vault.')
@secure()
param telegramBotToken string = ''

@description('Telegram webhook secret token (Telegram:WebhookSecret, checked against X-Telegram-Bot-Api-Secret-Token). Stored in Key Vault.')
@secure()
param telegramWebhookSecret string = ''

@description('Telegram:AllowedChatIds: the only chats the bot obeys (comma-separated ids).')
param telegramAllowedChatIds string = ''

@description('Telegram:ApiBaseUrl.')
param telegramApiBaseUrl string = 'https://api.telegram.org'

@description('Route of the Telegram webhook function under /api.')
param telegramWebhookRoute string = 'telegram'

@description('Object id of whoever runs infra/deploy.sh: may upload the package (Elastic Premium); empty for none.')
param deployerPrincipalId string = ''

@description('Principal type of deployerPrincipalId.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param deployerPrincipalType string = 'User'

param tags object = {
  application: 'gridfunctions'
}

var suffix = uniqueString(resourceGroup().id, baseName)

// Names are known before deployment (what-if can predict every resource).
var names = {
  identity: 'id-${baseName}-${suffix}'
  workspace: 'log-${baseName}-${suffix}'
  appInsights: 'appi-${baseName}-${suffix}'
  storage: take(toLower('st${baseName}${suffix}'), 24)
  serviceBus: 'sb-${baseName}-${suffix}'
  keyVault: take('kv-${baseName}-${suffix}', 24)
  functionApp: 'func-${baseName}-${suffix}'
  plan: 'plan-${baseName}-${suffix}'
}
var useServiceBus = fanOut == 'servicebus'
var deploymentContainerName = 'app-package'

// What the code uses (GridBot.Storage.Azure.AzureStorageSettings, GridFunctions.FanOut.FanOutOptions defaults).
var storageContainers = [
  'bot-state'
  'reports'
  'market-data'
  'settings'
  deploymentContainerName
]
var storageTables = [
  'fills'
  'bots'
]
var safetyQueue = 'fills-safety'
var flattenQueue = 'fills-flatten'
var fillsTopic = 'fills'
var fillsSubscriptions = [
  'safety'
  'flatten'
]

// Key Vault secret names; the app setting of a secret not given is set empty (ExchangeOptions: paper only).
var secretName = {
  exchangeApiKey: 'exchange-api-key'
  exchangeApiSecret: 'exchange-api-secret'
  telegramBotToken: 'telegram-bot-token'
  telegramWebhookSecret: 'telegram-webhook-secret'
}
var secretNames = {
  exchangeApiKey: empty(exchangeApiKey) ? '' : secretName.exchangeApiKey
  exchangeApiSecret: empty(exchangeApiSecret) ? '' : secretName.exchangeApiSecret
  telegramBotToken: empty(telegramBotToken) ? '' : secretName.telegramBotToken
  telegramWebhookSecret: empty(telegramWebhookSecret) ? '' : secretName.telegramWebhookSecret
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: names.identity
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: names.storage
    containers: storageContainers
    tables: storageTables
    queues: [
      safetyQueue
      flattenQueue
    ]
    tags: tags
  }
}

module serviceBus 'modules/servicebus.bicep' = if (useServiceBus) {
  name: 'servicebus'
  params: {
    location: location
    name: names.serviceBus
    topicName: fillsTopic
    subscriptions: fillsSubscriptions
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: names.keyVault
    secrets: {
      '${secretName.exchangeApiKey}': exchangeApiKey
      '${secretName.exchangeApiSecret}': exchangeApiSecret
      '${secretName.telegramBotToken}': telegramBotToken
      '${secretName.telegramWebhookSecret}': telegramWebhookSecret
    }
    tags: tags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    identityName: names.identity
    principalId: identity.outputs.principalId
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    keyVaultReferences: !empty(secretNames.exchangeApiKey) || !empty(secretNames.exchangeApiSecret) || !empty(secretNames.telegramBotToken) || !empty(secretNames.telegramWebhookSecret)
    appInsightsName: names.appInsights
    serviceBusNamespaceName: useServiceBus ? names.serviceBus : ''
    serviceBusTopicName: useServiceBus ? fillsTopic : ''
    deploymentContainerName: deploymentContainerName
    deployerPrincipalId: deployerPrincipalId
    deployerPrincipalType: deployerPrincipalType
  }
  // The assignments are scoped to these resources, which the module names rather than takes outputs from.
  dependsOn: [
    storage
    keyVault
    monitoring
    serviceBus
  ]
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    name: names.functionApp
    planName: names.plan
    plan: plan
    premiumSku: premiumSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    taskHubName: taskHubName
    fanOutKind: useServiceBus ? 'ServiceBus' : 'Queues'
    safetyQueue: safetyQueue
    flattenQueue: flattenQueue
    fanOutTopic: fillsTopic
    serviceBusNamespace: useServiceBus ? serviceBus!.outputs.fullyQualifiedNamespace : ''
    keyVaultUri: keyVault.outputs.vaultUri
    secretNames: secretNames
    exchangeBaseUrl: exchangeBaseUrl
    exchangeRecvWindowMs: exchangeRecvWindowMs
    gridBotEnvironment: gridBotEnvironment
    rolloutStage: rolloutStage
    tickSchedule: tickSchedule
    dailyBarsSchedule: dailyBarsSchedule
    reportsDailySchedule: reportsDailySchedule
    reportsWeeklySchedule: reportsWeeklySchedule
    telegramAllowedChatIds: telegramAllowedChatIds
    telegramApiBaseUrl: telegramApiBaseUrl
    tags: tags
  }
  // The app starts resolving Key Vault references and opening its stores at once: grant the roles first (and the
  // roles need the resources they are scoped to).
  dependsOn: [
    roles
  ]
}

output functionAppName string = functionApp.outputs.name
output defaultHostName string = functionApp.outputs.defaultHostName
output apiBaseUrl string = 'https://${functionApp.outputs.defaultHostName}/api'
output telegramWebhookUrl string = 'https://${functionApp.outputs.defaultHostName}/api/${telegramWebhookRoute}'
output storageAccountName string = storage.outputs.name
output deploymentContainerName string = deploymentContainerName
output packageUrl string = functionApp.outputs.packageUrl
output keyVaultName string = keyVault.outputs.name
output plan string = plan
output fanOut string = fanOut
