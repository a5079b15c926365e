#!/usr/bin/env bash
# Publishes the bot and deploys it to the web app that main.bicep created (deployment name "guidancebot").
# Usage: ./infra/deploy-code.sh <resource group>. Needs the .NET 10 SDK and the Azure CLI, signed in.
set -euo pipefail

group="${1:?usage: infra/deploy-code.sh <resource group>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/artifacts/azure"

app="$(az deployment group show --resource-group "$group" --name guidancebot --query properties.outputs.webAppName.value --output tsv)"
url="$(az deployment group show --resource-group "$group" --name guidancebot --query properties.outputs.botUrl.value --output tsv)"

rm -rf "$out" && mkdir -p "$out"
# One runtime: the code is precompiled (ReadyToRun), so a restarted instance answers its first turn sooner.
dotnet publish "$root/Bot" -c Release -r linux-x64 --self-contained false -o "$out/bot"
if command -v zip >/dev/null; then
  (cd "$out/bot" && zip -qr ../bot.zip .)
else
  (cd "$out/bot" && python3 -m zipfile -c ../bot.zip .)
fi

az webapp deploy --resource-group "$group" --name "$app" --src-path "$out/bot.zip" --type zip
echo "Deployed to $url (check $url/readyz)"
