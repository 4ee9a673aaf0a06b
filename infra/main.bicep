// SupervisionBot on Azure, shaped for the Azure Developer CLI: `azd up` provisions this and
// deploys the Bot project to the web app tagged azd-service-name 'bot'.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the azd environment; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region for every resource except the bot registration, which is global.')
param location string

@description('Object id of the person running azd (AZURE_PRINCIPAL_ID). They may set Key Vault secrets, to create the pseudonym key once.')
param principalId string = ''

@description('Whether principalId is a person or a service principal (a pipeline running azd).')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Web app instances. Two or more keep the bot answering through a restart or an instance failure.')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

@description('App Service plan SKU. Premium v3 is the smallest tier with zone-friendly scale-out and enough memory for the anonymiser.')
param appServiceSku string = 'P0v3'

@description('How the bot signs in to the Bot Framework: its own managed identity (no secret to rotate) or a single-tenant app registration with a client secret kept in Key Vault.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('For SingleTenant only: the app registration\'s client (application) id.')
param botAppId string = ''

@description('Public https address of the privacy statement, shown on the privacy card and in the Teams app.')
param privacyUrl string = 'https://supervisionbot.example/privacy'

@description('Public https address of the terms of use, for the Teams app.')
param termsUrl string = 'https://supervisionbot.example/terms'

@description('Days a saved reflection is kept before the daily retention sweep deletes it.')
@minValue(1)
param retentionDays int = 730

@description('Leave false: the storage account then carries a delete lock, so `azd down` cannot delete everyone\'s reflections. Set true only when the data may really go.')
param allowDataDeletion bool = false

var tags = {
  'azd-env-name': environmentName
}

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'resources'
  scope: resourceGroup
  params: {
    environmentName: environmentName
    location: location
    tags: tags
    principalId: principalId
    principalType: principalType
    instanceCount: instanceCount
    appServiceSku: appServiceSku
    botAppType: botAppType
    botAppId: botAppId
    privacyUrl: privacyUrl
    termsUrl: termsUrl
    retentionDays: retentionDays
    allowDataDeletion: allowDataDeletion
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_KEY_VAULT_NAME string = resources.outputs.keyVaultName
output AZURE_KEY_VAULT_ENDPOINT string = resources.outputs.keyVaultEndpoint
output AZURE_STORAGE_ACCOUNT_NAME string = resources.outputs.storageAccountName
output AZURE_STORAGE_BLOB_ENDPOINT string = resources.outputs.storageBlobEndpoint
output AZURE_APP_SERVICE_NAME string = resources.outputs.webAppName
output SERVICE_BOT_NAME string = resources.outputs.webAppName
output SERVICE_BOT_URI string = resources.outputs.webAppUri
output APPLICATIONINSIGHTS_NAME string = resources.outputs.applicationInsightsName

// Names the Microsoft 365 Agents Toolkit uses, so its app-package step and ours read the same values.
output BOT_ID string = resources.outputs.botAppId
output BOT_DOMAIN string = resources.outputs.webAppHostName
output BOT_ENDPOINT string = resources.outputs.webAppUri
output MicrosoftAppId string = resources.outputs.botAppId
output SupervisionBot__PrivacyUrl string = privacyUrl
output SupervisionBot__TermsUrl string = termsUrl
