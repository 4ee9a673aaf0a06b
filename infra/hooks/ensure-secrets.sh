#!/bin/sh
# azd postprovision hook: creates the pseudonym key in Key Vault the first time, and never
# replaces it. A new key would change every pseudonym, orphaning every stored reflection.
# Needs the Azure CLI signed in as the person who ran azd (they get Key Vault Secrets Officer).
set -eu

vault="${AZURE_KEY_VAULT_NAME:?run this through azd, which sets AZURE_KEY_VAULT_NAME}"
group="${AZURE_RESOURCE_GROUP:?}"
app="${SERVICE_BOT_NAME:?}"

# Role assignments take a few minutes to reach Key Vault: wait for a clear answer, found or not found.
secret_state() {
  tries=0
  while :; do
    if err=$(az keyvault secret show --vault-name "$vault" --name "$1" --query id -o tsv 2>&1 >/dev/null); then
      echo present; return
    fi
    case "$err" in
      *SecretNotFound*) echo missing; return ;;
    esac
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
      echo "Could not read $1 from $vault: $err" >&2; exit 1
    fi
    sleep 10
  done
}

if [ "$(secret_state pseudonym-key)" = present ]; then
  echo "Pseudonym key already in $vault: left unchanged."
else
  umask 077
  file=$(mktemp)
  trap 'rm -f "$file"' EXIT
  openssl rand -base64 32 | tr -d '\n' > "$file"
  az keyvault secret set --vault-name "$vault" --name pseudonym-key --file "$file" \
    --content-type "base64 HMAC key for pseudonyms; never replace" -o none
  rm -f "$file"
  echo "Created the pseudonym key in $vault."
  # App Service re-reads Key Vault references when its settings change.
  az webapp config appsettings set -g "$group" -n "$app" -o none \
    --settings "Privacy__PseudonymKey=@Microsoft.KeyVault(VaultName=$vault;SecretName=pseudonym-key)"
fi

if [ "${AZURE_BOT_APP_TYPE:-UserAssignedMSI}" = SingleTenant ] && [ "$(secret_state bot-app-password)" = missing ]; then
  echo "MicrosoftAppPassword is read from the Key Vault secret bot-app-password, which does not exist yet." >&2
  echo "Set it: az keyvault secret set --vault-name $vault --name bot-app-password --file <file holding the client secret>" >&2
fi
