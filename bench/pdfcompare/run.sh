#!/usr/bin/env bash
# Measures Assay's PDF reader against pdftotext on a folder of PDFs, for the reader as it is
# in this checkout ("after") and as it was at an older commit ("before"), in one run, and prints
# the table of figures (bench/pdfcompare/README.md says how the published corpus was obtained).
#
#   bench/pdfcompare/run.sh CORPUS_DIR [BEFORE_COMMIT]
#
# BEFORE_COMMIT defaults to ac0c659, the last commit before the reader's fixes of bounded
# strings, ToUnicode fallbacks, ligatures, forms and annotations, reading order and nesting.
# The "before" reader is built from a temporary git worktree of that commit, with this
# checkout's bench/pdfcompare sources copied in, so both readers are called the same way.
# Needs pdftotext (Debian: apt-get install poppler-utils); it installs nothing and downloads
# nothing. The per-file rows go to PDFCOMPARE_TSV (default: a file under TMPDIR, named at the
# end). Files are read one at a time, so the times are comparable on a quiet machine.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
export PATH="/usr/local/go/bin:$PATH"

die() {
	printf 'FAIL: %s\n' "$*" >&2
	exit 1
}
log() { printf '==> %s\n' "$*" >&2; }

(($# >= 1 && $# <= 2)) || die "usage: bench/pdfcompare/run.sh CORPUS_DIR [BEFORE_COMMIT]"
CORPUS=$(cd "$1" && pwd) || die "no folder $1"
BEFORE=${2:-ac0c659}
command -v go >/dev/null || die "go not found (expected at /usr/local/go/bin)"
command -v pdftotext >/dev/null || die "pdftotext not found: apt-get install poppler-utils"
git rev-parse --verify --quiet "$BEFORE^{commit}" >/dev/null || die "no commit $BEFORE in this repository"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/assay-pdfcompare.XXXXXX")
TSV=${PDFCOMPARE_TSV:-$WORK.tsv}
cleanup() {
	git -C "$ROOT" worktree remove --force "$WORK/before" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

log "building the reader of this checkout ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- app || echo ', with changes'))"
go build -o "$WORK/after" ./bench/pdfcompare
log "building the reader of $BEFORE in a temporary worktree"
git worktree add --quiet --detach "$WORK/before" "$BEFORE"
mkdir -p "$WORK/before/bench/pdfcompare"
find bench/pdfcompare -maxdepth 1 -name '*.go' ! -name '*_test.go' -exec cp {} "$WORK/before/bench/pdfcompare/" \;
(cd "$WORK/before" && go build -o "$WORK/before.bin" ./bench/pdfcompare)

log "pdftotext: $(pdftotext -v 2>&1 | head -n1)"
log "reading $(find "$CORPUS" -maxdepth 1 -name '*.pdf' | wc -l) files with pdftotext, before and after"
"$WORK/after" -corpus "$CORPUS" -reader "before=$WORK/before.bin" -reader "after=$WORK/after" -tsv "$TSV"
log "per-file rows: $TSV"
