#!/usr/bin/env bash
# Runs Assay's checks and tests against real services, starting from a fresh
# machine (Debian 12, Go at /usr/local/go, PostgreSQL on 127.0.0.1:5432).
#
#   scripts/test.sh                        gofmt, vet and test ./...
#   scripts/test.sh -run Foo ./app/...     extra arguments go to `go test`
#
# It installs pinned MinIO and mailpit into ./.tools/bin (reused later), builds the
# OpenID provider of scripts/oidcprovider (zitadel/oidc, pinned there),
# Debian's chromium, and Tesseract with its language packs and poppler-utils
# for OCR, when they are missing, starts MinIO, mailpit and the provider on free
# loopback ports with throwaway data, exports the ASSAY_TEST_* variables the
# tests read, and stops everything on exit. With CI=true a service that
# cannot be started fails the run; otherwise the tests needing it skip.
# Give flag values in -flag=value form when they could look like packages.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
CI=${CI:-false}
export PATH="/usr/local/go/bin:$PATH"

MINIO_MODULE=github.com/minio/minio
MINIO_VERSION=v0.0.0-20260212201848-7aac2a2c5b7c
MAILPIT_MODULE=github.com/axllent/mailpit
MAILPIT_VERSION=v1.33.1
TOOLS=$ROOT/.tools/bin
DEFAULT_POSTGRES_URL='postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable'

log() { printf '==> %s\n' "$*"; }
warn() { printf '!!! %s\n' "$*" >&2; }
die() {
	printf 'FAIL: %s\n' "$*" >&2
	exit 1
}
# A missing service fails CI, where a skipped test would hide a gap; on a
# workstation the rest of the suite still runs.
service_failed() {
	[[ $CI == true ]] && die "$1"
	warn "$1; tests that need it will be skipped"
}
random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

command -v go >/dev/null || die "go not found (expected at /usr/local/go/bin)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/assay-test.XXXXXX")
PIDS=()
cleanup() {
	local status=$? pid _
	trap - EXIT INT TERM
	for pid in "${PIDS[@]}"; do
		kill -TERM "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		for _ in $(seq 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.2
		done
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$WORK"
	((${#PIDS[@]} == 0)) || log "stopped test services"
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- what to check -----------------------------------------------------------

# Package patterns among the arguments decide what is formatted and vetted;
# everything else is a go test flag.
PKGS=()
for arg in "$@"; do
	case $arg in
	./* | . | assay | assay/*) PKGS+=("$arg") ;;
	esac
done
TEST_ARGS=("$@")
if ((${#PKGS[@]} == 0)); then
	PKGS=(./...)
	TEST_ARGS+=(./...)
fi

log "gofmt -l ${PKGS[*]}"
mapfile -t dirs < <(go list -e -f '{{.Dir}}' "${PKGS[@]}")
((${#dirs[@]} > 0)) || die "no packages match ${PKGS[*]}"
mapfile -t files < <(find "${dirs[@]}" -maxdepth 1 -type f -name '*.go')
if ((${#files[@]} > 0)); then
	unformatted=$(gofmt -l "${files[@]}") || die "gofmt could not parse the files above"
	[[ -z $unformatted ]] || die "not gofmt-formatted (run gofmt -w):"$'\n'"$unformatted"
fi

log "go vet ${PKGS[*]}"
go vet "${PKGS[@]}" || die "go vet reported problems"

log "building scripts/testenv"
TESTENV=$WORK/testenv
go build -o "$TESTENV" ./scripts/testenv || die "cannot build scripts/testenv"

# --- tools -------------------------------------------------------------------

tool_ok() { # binary module version
	[[ -x $1 ]] && go version -m "$1" 2>/dev/null | awk '$1 == "mod" { print $2, $3; exit }' | grep -qxF "$2 $3"
}

# install_tool name module version installs a pinned Go tool into .tools/bin
# unless the binary there was built from exactly that version.
install_tool() {
	local name=$1 module=$2 version=$3 bin=$TOOLS/$1 lock waited=0
	if tool_ok "$bin" "$module" "$version"; then
		log "$name $version: using .tools/bin/$name"
		return 0
	fi
	mkdir -p "$TOOLS"
	# One install per tool at a time, across concurrent runs of this script.
	exec {lock}>"$ROOT/.tools/.$name.lock"
	if ! flock -n "$lock"; then
		log "$name: another scripts/test.sh is installing it; waiting"
		flock "$lock"
	fi
	# Someone may have started the same install by hand; building it twice
	# at once only doubles the wait.
	while ! tool_ok "$bin" "$module" "$version" && pgrep -f "go install $module@$version" >/dev/null; do
		((waited % 30 == 0)) && log "$name: waiting for a running 'go install $module@$version' (${waited}s)"
		sleep 5
		waited=$((waited + 5))
		((waited < 1800)) || break
	done
	if ! tool_ok "$bin" "$module" "$version"; then
		log "$name $version: go install into .tools/bin (a first build can take minutes)"
		if ! GOBIN=$TOOLS go install "$module@$version" >"$WORK/$name-install.log" 2>&1; then
			tail -n 20 "$WORK/$name-install.log" >&2
			exec {lock}>&-
			return 1
		fi
	fi
	exec {lock}>&-
	log "$name $version: installed"
}

# wait_ready pid name seconds command... retries command until it succeeds,
# giving up early when the service process has exited.
wait_ready() {
	local pid=$1 name=$2 deadline=$((SECONDS + $3))
	shift 3
	while ((SECONDS < deadline)); do
		kill -0 "$pid" 2>/dev/null || {
			warn "$name exited during start-up"
			return 1
		}
		"$@" 2>/dev/null && return 0
	done
	"$@" # once more, showing why it fails
}

# --- services ----------------------------------------------------------------

start_minio() {
	install_tool minio "$MINIO_MODULE" "$MINIO_VERSION" || return 1
	local port console user password bucket=assay-test kms_key=assay-test-key
	{ read -r port && read -r console; } < <("$TESTENV" ports 2)
	user=assay-$(random_hex 4)
	password=$(random_hex 16)
	mkdir "$WORK/minio-data"
	log "starting MinIO on 127.0.0.1:$port"
	# MinIO's built-in KMS key, so objects can be stored with SSE-KMS (and SSE-S3).
	MINIO_KMS_SECRET_KEY=$kms_key:$(head -c 32 /dev/urandom | base64) \
		MINIO_ROOT_USER=$user MINIO_ROOT_PASSWORD=$password MINIO_BROWSER=off MINIO_UPDATE=off \
		"$TOOLS/minio" server --quiet --address "127.0.0.1:$port" --console-address "127.0.0.1:$console" \
		"$WORK/minio-data" >"$WORK/minio.log" 2>&1 &
	PIDS+=($!)
	if ! wait_ready $! MinIO 90 "$TESTENV" wait-http "http://127.0.0.1:$port/minio/health/ready" 1s ||
		! AWS_ACCESS_KEY_ID=$user AWS_SECRET_ACCESS_KEY=$password \
			"$TESTENV" mkbucket "http://127.0.0.1:$port" "$bucket" 30s; then
		tail -n 20 "$WORK/minio.log" >&2
		return 1
	fi
	export ASSAY_TEST_S3_ENDPOINT=http://127.0.0.1:$port
	export ASSAY_TEST_S3_BUCKET=$bucket
	export ASSAY_TEST_S3_KMS_KEY=$kms_key
	# Tests that stop and start a store of their own (outages, KMS) run this binary.
	export ASSAY_TEST_MINIO=$TOOLS/minio
	export AWS_ACCESS_KEY_ID=$user
	export AWS_SECRET_ACCESS_KEY=$password
	export AWS_REGION=us-east-1
	log "MinIO ready: $ASSAY_TEST_S3_ENDPOINT bucket $bucket"
}

start_mailpit() {
	install_tool mailpit "$MAILPIT_MODULE" "$MAILPIT_VERSION" || return 1
	local http smtp
	{ read -r http && read -r smtp; } < <("$TESTENV" ports 2)
	mkdir "$WORK/mailpit"
	log "starting mailpit: SMTP 127.0.0.1:$smtp, API 127.0.0.1:$http"
	# Any login is accepted, in clear text, so tests can cover SMTP AUTH;
	# its database is a temporary file under $WORK (TMPDIR), removed on exit.
	TMPDIR=$WORK/mailpit "$TOOLS/mailpit" --listen "127.0.0.1:$http" --smtp "127.0.0.1:$smtp" \
		--disable-version-check --smtp-disable-rdns --smtp-auth-accept-any --smtp-auth-allow-insecure \
		--quiet >"$WORK/mailpit.log" 2>&1 &
	PIDS+=($!)
	if ! wait_ready $! mailpit 30 "$TESTENV" wait-http "http://127.0.0.1:$http/readyz" 1s ||
		! "$TESTENV" wait-tcp "127.0.0.1:$smtp" 10s; then
		tail -n 20 "$WORK/mailpit.log" >&2
		return 1
	fi
	export ASSAY_TEST_SMTP_URL="smtp://127.0.0.1:$smtp?tls=none"
	export ASSAY_TEST_MAILPIT_API=http://127.0.0.1:$http
	log "mailpit ready"
}

# The OpenID provider single sign-on is tested against: zitadel/oidc's example provider at the
# version pinned in scripts/oidcprovider/go.mod, built from there (cached by go build), started
# on a free loopback port with the clients and users written here, with fresh random secrets.
# The tests read that file (ASSAY_TEST_OIDC_CONFIG) for the client and the users' passwords.
start_oidc_provider() {
	local port bin=$WORK/oidcprovider config=$WORK/oidc-provider.json
	log "building the OpenID provider (zitadel/oidc $(awk '$1 == "github.com/zitadel/oidc/v3" { print $2 }' scripts/oidcprovider/go.mod))"
	(cd scripts/oidcprovider && go build -o "$bin" .) >"$WORK/oidc-build.log" 2>&1 || {
		tail -n 20 "$WORK/oidc-build.log" >&2
		return 1
	}
	port=$("$TESTENV" ports 1)
	local secret pw
	secret=$(random_hex 16)
	pw=$(random_hex 8)
	# Groups: assay-admins and assay-analysts and buyers are mapped to roles by the tests;
	# marketing is not; elsewhere.test is not an allowed email domain.
	cat >"$config" <<-JSON
		{"clients": [{"id": "assay-test", "secret": "$secret",
		  "redirect_uris": ["http://127.0.0.1:*/login/sso/callback", "http://localhost:*/login/sso/callback"]}],
		 "users": [
		  {"id": "u-ana", "username": "ana", "password": "$pw", "email": "ana@example.com", "email_verified": true, "first_name": "Ana", "last_name": "Lyst", "groups": ["assay-analysts"]},
		  {"id": "u-adam", "username": "adam", "password": "$pw", "email": "adam@example.com", "email_verified": true, "first_name": "Adam", "last_name": "Min", "groups": ["staff", "assay-admins"]},
		  {"id": "u-paula", "username": "paula", "password": "$pw", "email": "paula@example.com", "email_verified": true, "first_name": "Paula", "last_name": "Buyer", "groups": ["buyers"]},
		  {"id": "u-nora", "username": "nora", "password": "$pw", "email": "nora@example.com", "email_verified": true, "first_name": "Nora", "last_name": "Group", "groups": ["marketing"]},
		  {"id": "u-olga", "username": "olga", "password": "$pw", "email": "olga@elsewhere.test", "email_verified": true, "first_name": "Olga", "last_name": "Outside", "groups": ["assay-analysts"]},
		  {"id": "u-dora", "username": "dora", "password": "$pw", "email": "dora@example.com", "email_verified": true, "first_name": "Dora", "last_name": "Disabled", "groups": ["assay-analysts"]}
		 ]}
	JSON
	log "starting the OpenID provider on 127.0.0.1:$port"
	"$bin" -addr "127.0.0.1:$port" -config "$config" >"$WORK/oidc.log" 2>&1 &
	PIDS+=($!)
	if ! wait_ready $! "OpenID provider" 30 "$TESTENV" wait-http "http://127.0.0.1:$port/.well-known/openid-configuration" 1s; then
		tail -n 20 "$WORK/oidc.log" >&2
		return 1
	fi
	export ASSAY_TEST_OIDC_ISSUER=http://127.0.0.1:$port/
	export ASSAY_TEST_OIDC_CONFIG=$config
	log "OpenID provider ready: $ASSAY_TEST_OIDC_ISSUER"
}

# apt_install installs Debian packages (once; later runs find them installed).
apt_install() {
	local sudo=()
	if ((EUID != 0)); then
		command -v sudo >/dev/null || return 1
		sudo=(sudo)
	fi
	log "installing Debian's $* (apt-get; once)"
	if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
		"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -o DPkg::Lock::Timeout=600 -y -qq "$@"; } >"$WORK/apt.log" 2>&1; then
		tail -n 20 "$WORK/apt.log" >&2
		return 1
	fi
}

ensure_chromium() {
	if [[ ! -x /usr/bin/chromium ]]; then
		apt_install chromium || return 1
	fi
	export ASSAY_TEST_CHROME=/usr/bin/chromium
	log "chromium: $ASSAY_TEST_CHROME"
}

# OCR of scanned evidence: Tesseract with orientation detection and the language packs Assay
# reads scans in, and poppler's pdftoppm for scanned PDF pages. The tests find them on PATH.
OCR_PACKAGES=(tesseract-ocr tesseract-ocr-osd tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra
	tesseract-ocr-spa tesseract-ocr-ita tesseract-ocr-nld tesseract-ocr-por poppler-utils)
ensure_ocr() {
	local missing=() p
	for p in "${OCR_PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
	done
	if ((${#missing[@]} > 0)); then
		apt_install "${missing[@]}" || return 1
	fi
	command -v tesseract >/dev/null && command -v pdftoppm >/dev/null || return 1
	log "OCR: $(tesseract --version 2>&1 | head -n 1), languages $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' ')"
}

# LibreOffice opens the CSV and XLSX exports in the tests, as the people who download them do;
# the headless Calc package is the smallest that gives `soffice --convert-to csv`. soffice alone
# is not enough: Writer (which the evidence corpus generator uses) installs it without Calc.
ensure_libreoffice() {
	if ! command -v soffice >/dev/null || ! dpkg-query -W -f='${Status}' libreoffice-calc-nogui libreoffice-calc 2>/dev/null | grep -q 'install ok installed'; then
		apt_install --no-install-recommends libreoffice-calc-nogui || return 1
	fi
	ASSAY_TEST_SOFFICE=$(command -v soffice) || return 1
	export ASSAY_TEST_SOFFICE
	log "LibreOffice: $("$ASSAY_TEST_SOFFICE" --version 2>/dev/null | head -n 1)"
}

check_postgres() {
	if ! "$TESTENV" wait-tcp 127.0.0.1:5432 5s; then
		# This kind of machine runs a local cluster; start it if it has stopped.
		local version
		version=$(ls /etc/postgresql 2>/dev/null | head -n 1)
		[[ -n $version ]] && command -v pg_ctlcluster >/dev/null || return 1
		log "PostgreSQL is not answering; starting cluster $version/main"
		pg_ctlcluster --skip-systemctl-redirect "$version" main start >"$WORK/pg.log" 2>&1 || true
		"$TESTENV" wait-tcp 127.0.0.1:5432 30s || return 1
	fi
	export ASSAY_TEST_POSTGRES_URL=$DEFAULT_POSTGRES_URL
	log "PostgreSQL: $ASSAY_TEST_POSTGRES_URL"
}

# Tests talk only to the services started here, never to an AWS account
# configured on this machine.
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3 \
	ASSAY_TEST_S3_ENDPOINT ASSAY_TEST_S3_BUCKET ASSAY_TEST_S3_KMS_KEY ASSAY_TEST_MINIO ASSAY_TEST_SMTP_URL ASSAY_TEST_MAILPIT_API \
	ASSAY_TEST_OIDC_ISSUER ASSAY_TEST_OIDC_CONFIG ASSAY_TEST_SOFFICE
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true

start_minio || service_failed "MinIO did not start"
start_mailpit || service_failed "mailpit did not start"
start_oidc_provider || service_failed "the OpenID provider did not start"
if [[ -n ${ASSAY_TEST_CHROME:-} ]]; then
	log "chromium: $ASSAY_TEST_CHROME (from the environment)"
else
	ensure_chromium || service_failed "chromium is not installed and could not be installed"
fi
ensure_ocr || service_failed "OCR (${OCR_PACKAGES[*]}) is not installed and could not be installed"
ensure_libreoffice || service_failed "LibreOffice (libreoffice-calc-nogui) is not installed and could not be installed"
if [[ -n ${ASSAY_TEST_POSTGRES_URL:-} ]]; then
	log "PostgreSQL: using ASSAY_TEST_POSTGRES_URL from the environment"
else
	check_postgres || service_failed "PostgreSQL is not reachable on 127.0.0.1:5432"
fi

# --- tests -------------------------------------------------------------------

# A package's tests may take long on a busy 2-core machine: the world corpus
# reads its scans through OCR (about two minutes on a quiet machine, half an
# hour on one shared by several suites). 45 minutes instead of go test's 10
# still fails a hang inside CI's limit. A -timeout among the arguments wins.
log "go test -count=1 -timeout=45m ${TEST_ARGS[*]}"
if go test -count=1 -timeout=45m "${TEST_ARGS[@]}"; then
	log "PASS"
else
	status=$?
	warn "go test failed (exit $status)"
	exit "$status"
fi

# Short fuzz runs of every extractor and parser that reads vendor-supplied content, after the
# full suite (only when it ran whole): ASSAY_FUZZTIME per target, 0 to skip. The default is a
# count of inputs, not a duration: Go 1.26's fuzz coordinator can fail a duration-bounded run
# with a bare "context deadline exceeded" at the deadline (golang/go#75804, fixed in 1.27).
FUZZTIME=${ASSAY_FUZZTIME:-500x}
if [[ $# -eq 0 && $FUZZTIME != 0 ]]; then
	while read -r pkg target; do
		log "fuzz $target ($pkg, $FUZZTIME)"
		go test -run='^$' -fuzz="^${target}\$" -fuzztime="$FUZZTIME" -fuzzminimizetime=1s "$pkg" >"$WORK/fuzz.log" 2>&1 || {
			cat "$WORK/fuzz.log"
			die "fuzz target $target found a failing input (see above; it is saved under testdata/fuzz)"
		}
	done < <(grep -rE --include='*_test.go' '^func Fuzz[A-Za-z0-9_]+\(' app | sed -E 's#^(.*)/[^/]+_test.go:func (Fuzz[A-Za-z0-9_]+)\(.*#./\1 \2#' | sort -u)
	log "fuzz: PASS"
fi
