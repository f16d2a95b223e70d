// The Function app: Linux, .NET 10 isolated worker, on Flex Consumption (default) or Elastic Premium, running as the
// user-assigned identity. Every connection is identity-based; every secret is a Key Vault reference resolved with the
// same identity (keyVaultReferenceIdentity). App settings are two literal-keyed objects (the consistency test reads
// their keys from the compiled template): appSettings for every plan, premiumSettings added on Elastic Premium only
// (Flex Consumption refuses FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION and WEBSITE_RUN_FROM_PACKAGE:
// there the runtime and the package live in functionAppConfig).

@description('Azure region.')
param location string

@description('Function app name (its host name is {name}.azurewebsites.net).')
param name string

@description('Hosting plan name.')
param planName string

@description('flex: Flex Consumption (FC1); premium: Elastic Premium.')
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

@description('Flex Consumption: most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Flex Consumption: memory per instance (MB).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Storage account name (AzureWebJobsStorage, Durable task hub).')
param storageAccountName string

@description('Blob endpoint, e.g. https://acct.blob.core.windows.net/.')
param blobEndpoint string

@description('Table endpoint.')
param tableEndpoint string

@description('Queue endpoint.')
param queueEndpoint string

@description('Container holding the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string (holds no secret: local auth is off).')
param appInsightsConnectionString string

@description('Durable Functions task hub name (DurableTask:HubName, host.json).')
param taskHubName string

@description('FanOut:Kind: Queues or ServiceBus.')
@allowed([
  'Queues'
  'ServiceBus'
])
param fanOutKind string

@description('FanOut:SafetyQueue.')
param safetyQueue string

@description('FanOut:FlattenQueue.')
param flattenQueue string

@description('FanOut:Topic.')
param fanOutTopic string

@description('Fully qualified Service Bus namespace; empty with the Queues fan-out.')
param serviceBusNamespace string = ''

@description('Key Vault URI, e.g. https://kv.vault.azure.net/.')
param keyVaultUri string

@description('Key Vault secret names, one per secret app setting; an empty name means "not given" (the setting is set empty).')
param secretNames object

@description('Exchange:BaseUrl (empty: the venue\'s production URL).')
param exchangeBaseUrl string

@description('Exchange:RecvWindowMs.')
param exchangeRecvWindowMs int

@description('GridBot:Environment.')
param gridBotEnvironment string

@description('GridBot:RolloutStage (1-5).')
param rolloutStage int

@description('Tick:Schedule (NCRONTAB with seconds).')
param tickSchedule string

@description('DailyBars:Schedule.')
param dailyBarsSchedule string

@description('Reports:DailySchedule.')
param reportsDailySchedule string

@description('Reports:WeeklySchedule.')
param reportsWeeklySchedule string

@description('Telegram:AllowedChatIds (comma-separated chat ids).')
param telegramAllowedChatIds string

@description('Telegram:ApiBaseUrl.')
param telegramApiBaseUrl string

param tags object = {}

var isFlex = plan == 'flex'
var packageBlobName = 'gridfunctions.zip'
var deploymentContainerUrl = '${blobEndpoint}${deploymentContainerName}'

// A Key Vault reference, resolved by the platform with keyVaultReferenceIdentity; '' when the secret was not given.
var secretRefs = {
  exchangeApiKey: empty(secretNames.exchangeApiKey) ? '' : '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.exchangeApiKey})'
  exchangeApiSecret: empty(secretNames.exchangeApiSecret) ? '' : '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.exchangeApiSecret})'
  telegramBotToken: empty(secretNames.telegramBotToken) ? '' : '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.telegramBotToken})'
  telegramWebhookSecret: empty(secretNames.telegramWebhookSecret) ? '' : '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.telegramWebhookSecret})'
}

var appSettings = {
  // The Functions host and the Durable task hub (host.json: connectionStringName AzureWebJobsStorage).
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // DefaultAzureCredential in the app's own clients (stores, queue and Service Bus publishers) picks this identity.
  AZURE_CLIENT_ID: identityClientId
  DurableTask__HubName: taskHubName

  // GridBot.Runtime.Hosting.StorageOptions: Azure stores reached with the identity (no connection string).
  Storage__Kind: 'Azure'
  Storage__BlobServiceUri: blobEndpoint
  Storage__TableServiceUri: tableEndpoint
  // The template creates every table and container the code uses: a missing one is reported, not created.
  Storage__CreateIfMissing: 'false'

  // GridFunctions.FanOut.FanOutOptions. The queue triggers' connection (FanOut:QueueConnection) is identity-based;
  // the publisher reads FanOut:QueueServiceUri. Both exist with either kind: the queue-triggered functions are always
  // in the app.
  FanOut__Kind: fanOutKind
  FanOut__SafetyQueue: safetyQueue
  FanOut__FlattenQueue: flattenQueue
  FanOut__QueueConnection__queueServiceUri: queueEndpoint
  FanOut__QueueConnection__credential: 'managedidentity'
  FanOut__QueueConnection__clientId: identityClientId
  FanOut__QueueServiceUri: queueEndpoint
  FanOut__Topic: fanOutTopic
  FanOut__ServiceBusNamespace: serviceBusNamespace
  FanOut__ServiceBusConnection__fullyQualifiedNamespace: serviceBusNamespace
  FanOut__ServiceBusConnection__credential: 'managedidentity'
  FanOut__ServiceBusConnection__clientId: identityClientId

  // GridBot.Runtime.Hosting.ExchangeOptions: the venue keys are Key Vault references.
  Exchange__ApiKey: secretRefs.exchangeApiKey
  Exchange__ApiSecret: secretRefs.exchangeApiSecret
  Exchange__BaseUrl: exchangeBaseUrl
  Exchange__RecvWindowMs: string(exchangeRecvWindowMs)

  // GridBot.Core.Configuration.GridBotOptions (the rest keep their defaults).
  GridBot__Environment: gridBotEnvironment
  GridBot__RolloutStage: string(rolloutStage)

  // Timer triggers' %…% schedules: the host resolves these itself, so they must be set (no code default applies).
  Tick__Schedule: tickSchedule
  DailyBars__Schedule: dailyBarsSchedule
  Reports__DailySchedule: reportsDailySchedule
  Reports__WeeklySchedule: reportsWeeklySchedule

  // Telegram (the bot's commands and notifications): token and webhook secret are Key Vault references.
  Telegram__BotToken: secretRefs.telegramBotToken
  Telegram__WebhookSecret: secretRefs.telegramWebhookSecret
  Telegram__AllowedChatIds: telegramAllowedChatIds
  Telegram__ApiBaseUrl: telegramApiBaseUrl
}

// Elastic Premium only. No Azure Files content share (it needs an account key): the app runs from the package blob
// infra/deploy.sh uploads, read with the identity.
var premiumSettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
  WEBSITE_RUN_FROM_PACKAGE: '${deploymentContainerUrl}/${packageBlobName}'
  WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: identityId
}

resource hostingPlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex ? {
    name: 'FC1'
    tier: 'FlexConsumption'
  } : {
    name: premiumSku
    tier: 'ElasticPremium'
  }
  properties: {
    reserved: true
    maximumElasticWorkerCount: isFlex ? null : 20
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: hostingPlan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      linuxFxVersion: isFlex ? null : 'DOTNET-ISOLATED|10.0'
    }
    functionAppConfig: isFlex ? {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    } : null
  }
}

resource siteAppSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: isFlex ? appSettings : union(appSettings, premiumSettings)
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output packageUrl string = isFlex ? '' : '${deploymentContainerUrl}/${packageBlobName}'
