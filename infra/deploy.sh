#!/usr/bin/env bash
# Deploys GridFunctions to Azure in one command:
#   1. az deployment group create with bicep/main.bicep (Function app, storage, Service Bus when asked, Key Vault,
#      Application Insights, the app's identity and its roles);
#   2. dotnet publish of src/GridFunctions (-p:ServiceBusTriggers=true with --fanout servicebus);
#   3. zip deploy: Flex Consumption through `az functionapp deployment source config-zip` (the platform writes the
#      package to the deployment container with the app's identity); Elastic Premium by uploading the package blob the
#      app runs from (WEBSITE_RUN_FROM_PACKAGE, read with the identity; no Azure Files, no account key);
#   4. Telegram setWebhook with the webhook secret, when a bot token is given.
#
# Usage: infra/deploy.sh --resource-group RG [--location L] [--fanout queues|servicebus] [--plan flex|premium]
#                        [--parameters FILE]
# Secrets come from the environment, never from arguments (they would show in `ps`) and are never printed:
#   GRIDBOT_EXCHANGE_API_KEY, GRIDBOT_EXCHANGE_API_SECRET   venue keys (omit both for paper trading only)
#   GRIDBOT_TELEGRAM_BOT_TOKEN                             Telegram bot token (omit: no Telegram)
#   GRIDBOT_TELEGRAM_WEBHOOK_SECRET                        webhook secret token (generated when a token is given)
# They go to Key Vault through a temporary parameters file readable only by you, deleted on exit. Each deploy sets
# the app's secret settings from what it is given: a deploy without them leaves those settings empty.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
template="$root/bicep/main.bicep"
deployment_name="gridfunctions"

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
}

fail() {
  echo "deploy.sh: $*" >&2
  exit 1
}

resource_group=""
location=""
fanout="queues"
plan="flex"
parameters_file=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --resource-group | -g) resource_group="${2:-}"; shift 2 ;;
    --location | -l) location="${2:-}"; shift 2 ;;
    --fanout) fanout="${2:-}"; shift 2 ;;
    --plan) plan="${2:-}"; shift 2 ;;
    --parameters) parameters_file="${2:-}"; shift 2 ;;
    --help | -h) usage; exit 0 ;;
    *) echo "deploy.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

[[ -n "$resource_group" ]] || { echo "deploy.sh: --resource-group is required" >&2; usage >&2; exit 2; }
[[ "$fanout" == "queues" || "$fanout" == "servicebus" ]] || { echo "deploy.sh: --fanout must be queues or servicebus, not '$fanout'" >&2; exit 2; }
[[ "$plan" == "flex" || "$plan" == "premium" ]] || { echo "deploy.sh: --plan must be flex or premium, not '$plan'" >&2; exit 2; }
[[ -z "$parameters_file" || -f "$parameters_file" ]] || { echo "deploy.sh: parameters file '$parameters_file' does not exist" >&2; exit 2; }

telegram_token="${GRIDBOT_TELEGRAM_BOT_TOKEN:-}"
telegram_secret="${GRIDBOT_TELEGRAM_WEBHOOK_SECRET:-}"
if [[ -n "${GRIDBOT_EXCHANGE_API_KEY:-}" && -z "${GRIDBOT_EXCHANGE_API_SECRET:-}" ]] || [[ -z "${GRIDBOT_EXCHANGE_API_KEY:-}" && -n "${GRIDBOT_EXCHANGE_API_SECRET:-}" ]]; then
  fail "set both GRIDBOT_EXCHANGE_API_KEY and GRIDBOT_EXCHANGE_API_SECRET, or neither"
fi

# 0. Tools first: say everything that is missing at once.
required=(az dotnet zip)
[[ -n "$telegram_token" ]] && required+=(curl)
missing=()
for tool in "${required[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  for tool in "${missing[@]}"; do
    case "$tool" in
      az) echo "deploy.sh: missing 'az' (a recent Azure CLI, https://aka.ms/azure-cli), then 'az login'" >&2 ;;
      dotnet) echo "deploy.sh: missing 'dotnet' (the .NET 10 SDK, to publish src/GridFunctions)" >&2 ;;
      zip) echo "deploy.sh: missing 'zip' (to package the published app; apt-get install zip)" >&2 ;;
      curl) echo "deploy.sh: missing 'curl' (to call Telegram setWebhook; apt-get install curl)" >&2 ;;
    esac
  done
  exit 1
fi

az account show --output none 2>/dev/null || fail "not signed in to Azure: run 'az login' (and 'az account set --subscription …')"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. Resource group and infrastructure.
if [[ "$(az group exists --name "$resource_group")" != "true" ]]; then
  [[ -n "$location" ]] || fail "resource group '$resource_group' does not exist: give --location to create it"
  echo "Creating resource group $resource_group in $location"
  az group create --name "$resource_group" --location "$location" --output none
fi

# Elastic Premium deploys upload the package blob as you: the template grants you write access to that container.
deployer_id=""
deployer_type="User"
if [[ "$plan" == "premium" ]]; then
  if [[ "$(az account show --query user.type --output tsv)" == "servicePrincipal" ]]; then
    deployer_type="ServicePrincipal"
    deployer_id="$(az ad sp show --id "$(az account show --query user.name --output tsv)" --query id --output tsv)"
  else
    deployer_id="$(az ad signed-in-user show --query id --output tsv)"
  fi
fi

if [[ -n "$telegram_token" && -z "$telegram_secret" ]]; then
  # Telegram allows A-Z, a-z, 0-9, _ and - in the secret token.
  telegram_secret="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
fi

# Secrets in a file only this user can read (never on a command line; printf is a shell builtin).
json_string() {
  local s="$1"
  s="${s//\\/\\\\}"
  s="${s//\"/\\\"}"
  s="${s//$'\n'/\\n}"
  s="${s//$'\r'/\\r}"
  s="${s//$'\t'/\\t}"
  printf '"%s"' "$s"
}
secrets_file="$work/secrets.parameters.json"
(
  separator=""
  # shellcheck disable=SC2016 # "$schema" is a JSON key, not a shell expansion
  printf '{"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#","contentVersion":"1.0.0.0","parameters":{'
  for pair in "exchangeApiKey:${GRIDBOT_EXCHANGE_API_KEY:-}" "exchangeApiSecret:${GRIDBOT_EXCHANGE_API_SECRET:-}" \
    "telegramBotToken:$telegram_token" "telegramWebhookSecret:$telegram_secret"; do
    name="${pair%%:*}"
    value="${pair#*:}"
    [[ -n "$value" ]] || continue
    printf '%s"%s":{"value":%s}' "$separator" "$name" "$(json_string "$value")"
    separator=","
  done
  printf '}}\n'
) | { umask 077; cat >"$secrets_file"; }

deploy_args=(--resource-group "$resource_group" --name "$deployment_name" --template-file "$template")
[[ -n "$parameters_file" ]] && deploy_args+=(--parameters "@$parameters_file")
deploy_args+=(--parameters "fanOut=$fanout" "plan=$plan" "deployerPrincipalId=$deployer_id" "deployerPrincipalType=$deployer_type")
[[ -n "$location" ]] && deploy_args+=(--parameters "location=$location")
deploy_args+=(--parameters "@$secrets_file")

echo "Deploying bicep/main.bicep to $resource_group (plan $plan, fan-out $fanout)"
az deployment group create "${deploy_args[@]}" --output none

output() {
  az deployment group show --resource-group "$resource_group" --name "$deployment_name" --query "properties.outputs.$1.value" --output tsv
}
app="$(output functionAppName)"
api_base="$(output apiBaseUrl)"
webhook_url="$(output telegramWebhookUrl)"

# 2. Publish the app.
publish_args=(publish "$root/src/GridFunctions/GridFunctions.csproj" -c Release -r linux-x64 --self-contained false -o "$work/publish" --nologo)
[[ "$fanout" == "servicebus" ]] && publish_args+=(-p:ServiceBusTriggers=true)
echo "Publishing src/GridFunctions"
dotnet "${publish_args[@]}"
(cd "$work/publish" && zip -q -r "$work/gridfunctions.zip" .)

# 3. Zip deploy.
if [[ "$plan" == "flex" ]]; then
  echo "Deploying the package to $app (Flex Consumption)"
  # For a Flex app the CLI posts to One Deploy (/api/publish), which stores the package in the deployment container.
  az functionapp deployment source config-zip --resource-group "$resource_group" --name "$app" --src "$work/gridfunctions.zip" --output none
else
  storage="$(output storageAccountName)"
  container="$(output deploymentContainerName)"
  echo "Uploading the package to $storage/$container (Elastic Premium runs from it)"
  # A role just assigned takes a few minutes to apply: retry while the upload is refused.
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if az storage blob upload --auth-mode login --account-name "$storage" --container-name "$container" \
      --name gridfunctions.zip --file "$work/gridfunctions.zip" --overwrite --output none; then
      break
    fi
    [[ $attempt -lt 10 ]] || fail "could not upload the package (is your Storage Blob Data Contributor role applied yet?)"
    echo "Upload refused; retrying in 30 s ($attempt/10)"
    sleep 30
  done
  site_id="$(az functionapp show --resource-group "$resource_group" --name "$app" --query id --output tsv)"
  az functionapp restart --resource-group "$resource_group" --name "$app" --output none
  az rest --method post --url "https://management.azure.com${site_id}/syncfunctiontriggers?api-version=2024-04-01" --output none
fi

# 4. Telegram webhook, with the secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token.
if [[ -n "$telegram_token" ]]; then
  telegram_api="${GRIDBOT_TELEGRAM_API_BASE_URL:-https://api.telegram.org}"
  echo "Setting the Telegram webhook to $webhook_url"
  # curl reads its URL (which holds the token) and the form from stdin: nothing secret in argv or in the output.
  response="$(curl --silent --show-error --config - <<CURL
url = "${telegram_api%/}/bot${telegram_token}/setWebhook"
data-urlencode = "url=${webhook_url}"
data-urlencode = "secret_token=${telegram_secret}"
data-urlencode = "drop_pending_updates=true"
CURL
  )" || fail "Telegram setWebhook request failed"
  [[ "$response" == *'"ok":true'* ]] || fail "Telegram refused setWebhook: ${response//$telegram_token/<token>}"
fi

echo
echo "Deployed: function app $app"
echo "  API:      $api_base (function key: az functionapp keys list -g $resource_group -n $app --query functionKeys.default -o tsv)"
echo "  Health:   $api_base/health"
[[ -n "$telegram_token" ]] && echo "  Telegram: webhook $webhook_url"
exit 0
