#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3) from the npm registry into .cache/code-server,
# with the Debian packages it needs (see ../shared/reference/vscode-in-sandbox.md). Its own
# postinstall downloads ripgrep from GitHub, which these machines cannot reach, so the steps are
# done by hand. Idempotent: a finished install is left as it is.
set -euo pipefail
VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DEST="$ROOT/.cache/code-server"
PKG="$DEST/package"

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
# Screenshots show Chinese text: the browser needs a CJK font (only then, to keep CI lean).
if [ "${1:-}" = "--fonts" ]; then dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei); fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ -f "$DEST/.installed-$VERSION" ]; then echo "code-server $VERSION already installed in $DEST"; exit 0; fi

rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
npm pack --silent "code-server@$VERSION" >/dev/null
tar xzf "code-server-$VERSION.tgz"
cd "$PKG"
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
npm rebuild argon2 --loglevel=error
cd lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
for m in kerberos node-pty native-watchdog @vscode/spdlog @parcel/watcher; do
  (cd "node_modules/$m" && npx --yes node-gyp rebuild >/dev/null 2>&1) || { echo "building $m failed"; exit 1; }
done
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
touch "$DEST/.installed-$VERSION"
echo "code-server $VERSION installed in $DEST"
