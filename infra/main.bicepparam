// Parameters for main.bicep; edit before the first deployment (docs/azure-and-teams.md, "Deploy with Bicep").
using 'main.bicep'

param baseName = 'guidancebot'

param appServicePlanSku = 'B1'

param botSku = 'F0'

// The partner pages that embed Web Chat, e.g. ['https://partner.example']; the bot's own page is always trusted.
param partnerOrigins = []

param directLineEndpoint = 'https://directline.botframework.com'
