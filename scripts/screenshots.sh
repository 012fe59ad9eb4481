#!/usr/bin/env bash
# Retakes the screenshots under docs/screenshots, shown in the README: the browser test that
# opens every page at 390 and 1366 px photographs the dashboard, the vendor list, a vendor's
# page, an assessment and the vendor's questionnaire at both widths when
# ASSAY_UPDATE_SCREENSHOTS names a folder. It runs through scripts/test.sh, which starts
# Chromium and the services the test needs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p docs/screenshots
ASSAY_UPDATE_SCREENSHOTS="$PWD/docs/screenshots" scripts/test.sh -run '^TestPagesInWordsAtEveryWidth$' -count=1 ./app/browsertest/
ls -l docs/screenshots
