// GuidanceBot on Azure: a Linux web app (.NET 10) signed in as a user-assigned managed identity, which is also the
// Azure Bot's identity (no secret to rotate) and the state store's only key (Storage Blob Data Contributor on the
// container; shared keys are off). Teams and Direct Line reach the bot through the Azure Bot; telemetry goes to
// Application Insights. Deploy: docs/azure-and-teams.md, "Deploy with Bicep".

@description('Short lowercase name the resource names start with.')
@minLength(3)
@maxLength(12)
param baseName string = 'guidancebot'

@description('Region of the web app, storage and monitoring (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. B1 is the smallest with Always On, so the first turn after a quiet hour is not a cold start.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. Teams and Direct Line are standard channels, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Partner web page origins (scheme and host, no path) that embed Web Chat: allowed to fetch Direct Line tokens and trusted by Azure\'s Direct Line.')
param partnerOrigins string[] = []

@description('Azure Direct Line host the token endpoint asks; use the regional one (e.g. https://europe.directline.botframework.com) when the bot\'s data stays in a region.')
param directLineEndpoint string = 'https://directline.botframework.com'

// Names unique per resource group, so a second deployment to the same group updates instead of duplicating.
var suffix = uniqueString(resourceGroup().id)
var webAppName = '${baseName}-${suffix}'
var botName = '${baseName}-bot-${suffix}'
var storageAccountName = take('st${replace(baseName, '-', '')}${suffix}', 24)
var stateContainerName = 'guidancebot'

// Built-in role "Storage Blob Data Contributor".
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${baseName}-id-${suffix}'
  location: location
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: '${baseName}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

// On the container only: the bot reads and writes its state there and nowhere else.
resource stateWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(stateContainer.id, identity.id, storageBlobDataContributor)
  scope: stateContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
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
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet GuidanceBot.dll'
      alwaysOn: true
      http20Enabled: true
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/readyz'
    }
  }
}

var botEndpoint = 'https://${webApp.properties.defaultHostName}'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'GuidanceBot'
    endpoint: '${botEndpoint}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
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

// Enhanced authentication: tokens are bound to the page origins the bot's token endpoint names; only v3.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'GuidanceBot'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          trustedOrigins: concat([botEndpoint], partnerOrigins)
        }
      ]
    }
  }
}

// Settings follow the README's configuration keys. They live in their own resource because the Direct Line
// secret exists only once the bot, which needs the web app's host name, exists.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(
    {
      ASPNETCORE_ENVIRONMENT: 'Production'
      ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
      APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
      BotFrameworkAuth__MicrosoftAppType: 'UserAssignedMsi'
      BotFrameworkAuth__MicrosoftAppId: identity.properties.clientId
      BotFrameworkAuth__MicrosoftAppTenantId: identity.properties.tenantId
      Storage__Provider: 'AzureBlob'
      Storage__AzureBlob__AccountUrl: storage.properties.primaryEndpoints.blob
      Storage__AzureBlob__ManagedIdentityClientId: identity.properties.clientId
      Storage__AzureBlob__Container: stateContainer.name
      DirectLine__Mode: 'Azure'
      DirectLine__AzureEndpoint: directLineEndpoint
      DirectLine__AzureSecret: directLine.listChannelWithKeys().properties.properties.sites[0].key
    },
    toObject(range(0, length(partnerOrigins)), i => 'DirectLine__AllowedOrigins__${i}', i => partnerOrigins[i])
  )
  dependsOn: [
    stateWriter
    teams
  ]
}

@description('The web app to deploy the published bot to.')
output webAppName string = webApp.name

@description('The bot\'s public base URL (Web Chat page at /, health at /healthz and /readyz).')
output botUrl string = botEndpoint

@description('The Azure Bot resource (Channels, Test in Web Chat).')
output botName string = bot.name

@description('The bot\'s Microsoft App ID for the Teams app package (tools/TeamsPackage --app-id).')
output microsoftAppId string = identity.properties.clientId
