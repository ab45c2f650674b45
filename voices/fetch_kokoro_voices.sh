#!/usr/bin/env bash
# Installs Kokoro's 28 English voices from the npm package kokoro-js@1.2.1 and checks their sha256.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/kokoro"
if (cd "$dest" && sha256sum --quiet -c SHA256SUMS >/dev/null 2>&1); then
  exit 0
fi
command -v npm >/dev/null || { echo "error: npm is needed once to fetch the Kokoro voices (apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent kokoro-js@1.2.1 >/dev/null && tar xzf kokoro-js-1.2.1.tgz package/voices)
while read -r _sum file; do
  cp "$work/package/voices/$file" "$dest/$file"
done < "$dest/SHA256SUMS"
(cd "$dest" && sha256sum --quiet -c SHA256SUMS)
echo "installed $(wc -l < "$dest/SHA256SUMS") Kokoro voices into $dest"
