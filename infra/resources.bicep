// Everything SupervisionBot runs on, in one resource group. Least privilege throughout: the
// app signs in with its own user-assigned managed identity, storage refuses shared keys and
// anonymous reads, and the pseudonym key lives only in Key Vault.

param environmentName string
param location string
param tags object
param principalId string
param principalType string
param instanceCount int
param appServiceSku string
param botAppType string
param botAppId string
param privacyUrl string
param termsUrl string
param retentionDays int
param allowDataDeletion bool

var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var usesManagedIdentity = botAppType == 'UserAssignedMSI'
var microsoftAppId = usesManagedIdentity ? identity.properties.clientId : botAppId

// Container names match the bot's defaults (Storage:Containers:*).
var containerNames = [
  'bot-state'
  'reflections'
  'coordination'
]

// Built-in role definition ids.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${environmentName}'
  location: location
  tags: tags
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${environmentName}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${environmentName}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    // Telemetry is accepted only from Entra-authenticated senders (the app's managed identity).
    DisableLocalAuth: true
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${token}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowCrossTenantReplication: false
    isHnsEnabled: false
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    // A deleted reflection is really deleted (no blob soft delete or versions); a container
    // deleted by mistake can be brought back for a week.
    deleteRetentionPolicy: {
      enabled: false
    }
    isVersioningEnabled: false
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for name in containerNames: {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

// `azd down` deletes the resource group; this lock makes it stop instead, because deleting
// the account deletes every therapist's reflections. Opt in with AZURE_ALLOW_DATA_DELETION=true.
resource keepData 'Microsoft.Authorization/locks@2020-05-01' = if (!allowDataDeletion) {
  name: 'keep-reflections'
  scope: storage
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds every therapist\'s saved reflections. Remove this lock only when the data may really be deleted.'
  }
}

// The archive reads, writes and searches blob index tags, which needs Data Owner.
resource storageRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageBlobDataOwner)
  scope: storage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${token}'
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Losing the pseudonym key orphans every stored reflection: it can never be purged early.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

// The person running azd creates the pseudonym key once (infra/hooks/ensure-secrets.sh) and
// sets the app secret when there is one.
resource vaultOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(principalId)) {
  name: guid(vault.id, principalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
  }
}

resource telemetryRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${environmentName}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var baseSettings = [
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'MicrosoftAppType'
    value: botAppType
  }
  {
    name: 'MicrosoftAppId'
    value: microsoftAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenant().tenantId
  }
  {
    name: 'Storage__AccountUrl'
    value: storage.properties.primaryEndpoints.blob
  }
  {
    name: 'Privacy__PseudonymKey'
    value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=pseudonym-key)'
  }
  {
    name: 'SupervisionBot__PrivacyUrl'
    value: privacyUrl
  }
  {
    name: 'SupervisionBot__TermsUrl'
    value: termsUrl
  }
  {
    name: 'SupervisionBot__PublicBaseUrl'
    value: 'https://app-${token}.azurewebsites.net'
  }
  {
    name: 'Retention__ReflectionDays'
    value: string(retentionDays)
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  {
    name: 'Telemetry__UseManagedIdentity'
    value: 'true'
  }
]

var secretSettings = usesManagedIdentity
  ? []
  : [
      {
        name: 'MicrosoftAppPassword'
        value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=bot-app-password)'
      }
    ]

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-${token}'
  location: location
  tags: union(tags, {
    'azd-service-name': 'bot'
  })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: concat(baseSettings, secretSettings)
    }
  }
  dependsOn: [
    storageRole
    vaultReader
  ]
}

// Deployment credentials other than Entra ID are switched off.
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: app
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${token}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: 'SupervisionBot'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: botAppType
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: usesManagedIdentity ? identity.id : null
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output keyVaultName string = vault.name
output keyVaultEndpoint string = vault.properties.vaultUri
output storageAccountName string = storage.name
output storageBlobEndpoint string = storage.properties.primaryEndpoints.blob
output webAppName string = app.name
output webAppHostName string = app.properties.defaultHostName
output webAppUri string = 'https://${app.properties.defaultHostName}'
output applicationInsightsName string = appInsights.name
output botAppId string = microsoftAppId
