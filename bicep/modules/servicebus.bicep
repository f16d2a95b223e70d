// Service Bus Standard for the `servicebus` fan-out: topic `fills` (duplicate detection: the publisher's MessageId is
// {botId}:{tradeId}) with one session-enabled subscription per handler (SessionId = bot id: each bot's fills in order),
// a bounded delivery count and dead-lettering. Local (SAS) auth is off: the app uses its identity.

@description('Azure region.')
param location string

@description('Namespace name (6-50 characters).')
@minLength(6)
@maxLength(50)
param name string

@description('The fills topic (FanOut:Topic).')
param topicName string

@description('One subscription per fill handler.')
param subscriptions string[]

@description('How long the topic remembers message ids to drop duplicates (ISO 8601).')
param duplicateDetectionWindow string = 'PT1H'

@description('Deliveries before a message is dead-lettered.')
@minValue(1)
@maxValue(100)
param maxDeliveryCount int = 10

param tags object = {}

resource namespace 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2022-10-01-preview' = {
  parent: namespace
  name: topicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    defaultMessageTimeToLive: 'P14D'
    enableBatchedOperations: true
    supportOrdering: true
  }
}

resource topicSubscriptions 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2022-10-01-preview' = [for subscription in subscriptions: {
  parent: topic
  name: subscription
  properties: {
    requiresSession: true
    maxDeliveryCount: maxDeliveryCount
    lockDuration: 'PT1M'
    deadLetteringOnMessageExpiration: true
    deadLetteringOnFilterEvaluationExceptions: true
    defaultMessageTimeToLive: 'P14D'
  }
}]

output name string = namespace.name
// serviceBusEndpoint is https://{name}.servicebus.windows.net:443/ (another suffix in sovereign clouds).
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '//')[1], ':')[0]
output topicName string = topic.name
