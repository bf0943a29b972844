#!/usr/bin/env bash
# Checks that LibreOffice opens the XLSX Gongkai exports: converts it to PDF headless and looks for table 1's total.
# Installs Debian's libreoffice-calc-nogui when missing (a few hundred MB, so this is not part of the test suite).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./gongkai export samples/qhd-etdz-affairs-2023/model.json --format xlsx -o "$out" >/dev/null
soffice --headless --convert-to pdf --outdir "$out" "$out/430-2023.xlsx" >/dev/null 2>&1
test -s "$out/430-2023.pdf" || { echo "LibreOffice did not convert the workbook"; exit 1; }
if command -v pdftotext >/dev/null 2>&1; then
  text="$(pdftotext "$out/430-2023.pdf" -)"
  grep -q "8,900.03" <<<"$text" || { echo "converted PDF lacks table 1's total"; exit 1; }
fi
echo "LibreOffice opened 430-2023.xlsx and converted it to PDF ($(stat -c %s "$out/430-2023.pdf") bytes)"
