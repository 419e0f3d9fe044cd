#!/usr/bin/env bash
# The printable pages in a real browser: each bundled example's page (every record of examples/, the
# coverage table, the allocation run of every scenario of examples/allocation/, and the audit pages
# of the Girouette scenarios, in French and in English), written by the built command line, printed
# to PDF by headless Chromium. Fails when Chromium reports an error, when a PDF is empty (no page, or no
# text), or when a block of a page is split across two sheets: every block of a page starts with a
# mark "[ID" and ends with "ID]" (small grey text), and both must be on the same page of the PDF.
# Chromium and poppler-utils are installed as Debian packages when missing; when they cannot be,
# one line says the check was skipped, and the script exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=rules-cli/target/childcare-rules.jar
packages=(chromium poppler-utils fonts-dejavu-core)

have_tools() {
  command -v chromium >/dev/null && command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null
}

if ! have_tools; then
  if ! command -v apt-get >/dev/null; then
    echo "print-reports: skipped: chromium and poppler-utils are missing and apt-get is not available"
    exit 0
  fi
  install_log="$(mktemp)"
  if ! { apt-get update && apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 \
           "${packages[@]}"; } >"$install_log" 2>&1 || ! have_tools; then
    echo "print-reports: skipped: cannot install ${packages[*]} ($(grep -E '^(E|W):' "$install_log" | head -n 1 || true))"
    rm -f "$install_log"
    exit 0
  fi
  rm -f "$install_log"
fi

if [[ ! -f "$jar" ]]; then
  ./mvnw -B -q -pl rules-cli -am package -DskipTests -Dinvoker.skip=true
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Lines Chromium prints on a machine without a D-Bus session (no desktop): not about the page.
harmless='ERROR:(dbus/|[^ ]*bus\.cc|[^ ]*object_proxy\.cc)'

# Each page: the example, the name of its PDF, and the report command's options ("" or --audit).
pages=()
for example in examples/*.json examples/coverage/*.csv examples/allocation/*.json; do
  pages+=("$example|$(basename "${example%.*}")|")
done
for example in examples/allocation/girouette.json examples/allocation/girouette-audit.json; do
  if [[ -f "$example" ]]; then
    pages+=("$example|$(basename "${example%.*}")-audit-page|--audit")
  fi
done
printed=0
blocks=0
failures=0
for entry in "${pages[@]}"; do
  IFS='|' read -r example name options <<<"$entry"
  for lang in fr en; do
    html="$work/$name.$lang.html"
    pdf="$work/$name.$lang.pdf"
    log="$work/$name.$lang.log"
    # shellcheck disable=SC2086 # options is empty or one word
    java -jar "$jar" report "$example" $options --lang "$lang" --out "$html"
    status=0
    timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$(mktemp -d -p "$work")" --print-to-pdf="$pdf" --no-pdf-header-footer \
      "file://$html" >"$log" 2>&1 || status=$?
    errors="$(grep -E 'ERROR:|FATAL:' "$log" | grep -Ev "$harmless" || true)"
    if [[ $status -ne 0 || -n "$errors" || ! -s "$pdf" ]]; then
      echo "FAIL $name ($lang): Chromium exited $status${errors:+, reported: $errors}"
      failures=$((failures + 1))
      continue
    fi
    pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
    if [[ -z "$pages" || "$pages" -lt 1 ]] || [[ -z "$(pdftotext "$pdf" - | tr -d '[:space:]')" ]]; then
      echo "FAIL $name ($lang): empty PDF (${pages:-no} pages, or no text)"
      failures=$((failures + 1))
      continue
    fi
    # the page of each mark: one text file per page of the PDF
    for ((p = 1; p <= pages; p++)); do
      pdftotext -f "$p" -l "$p" "$pdf" "$work/page-$p.txt"
    done
    split=0
    marks=($(grep -oE 'class="mark">\[[A-Z0-9-]+<' "$html" | sed -E 's/.*\[([A-Z0-9-]+)<$/\1/'))
    for mark in "${marks[@]}"; do
      start=()
      end=()
      for ((p = 1; p <= pages; p++)); do
        if grep -qE "\\[$mark([^0-9A-Z-]|\$)" "$work/page-$p.txt"; then start+=("$p"); fi
        if grep -qE "(^|[^0-9A-Z-])$mark\\]" "$work/page-$p.txt"; then end+=("$p"); fi
      done
      if [[ ${#start[@]} -ne 1 || ${#end[@]} -ne 1 || "${start[0]}" != "${end[0]}" ]]; then
        echo "FAIL $name ($lang): block $mark starts on page(s) ${start[*]:-none} and ends on page(s) ${end[*]:-none}"
        split=$((split + 1))
      fi
    done
    rm -f "$work"/page-*.txt
    if [[ $split -ne 0 ]]; then
      failures=$((failures + 1))
      continue
    fi
    echo "ok $name ($lang): $pages page(s), ${#marks[@]} blocks, none split"
    printed=$((printed + 1))
    blocks=$((blocks + ${#marks[@]}))
  done
done
echo "print-reports: $printed pages printed to PDF by $(chromium --version 2>/dev/null | grep -o 'Chromium [0-9.]*' || echo Chromium), $blocks blocks checked, $failures failed"
[[ $failures -eq 0 ]]
