#!/usr/bin/env bash
# Measures Assay's large-upload memory and throughput on S3 (MinIO), its cold start, the
# time from a vendor's submission to a settled result, the portfolio pages, and the vendors'
# autosaves (against pgbench on the same PostgreSQL, and under a steady load), and prints a
# short table of the figures against the goals.
#
#   bench/run.sh
#   BENCH_ONLY=settle bench/run.sh      # one section alone: coldstart, upload, settle,
#                                       # portfolio, autosave, load or reading
#   BENCH_ONLY=load bench/run.sh --duration 1m   # the load section, shorter than 10 minutes
#
# Settings (environment): BENCH_ONLY (all sections), BENCH_SIZE_MIB (500), BENCH_RUNS (3
# uploads of each kind), BENCH_S3_CHECKSUM (the part checksum Assay sends in the upload section;
# Assay's default when unset), BENCH_COLD_RUNS (5), BENCH_SETTLE_RUNS (20 submissions of each case per
# database), BENCH_PORTFOLIO_RUNS (200 requests per page and portfolio size), BENCH_PORTFOLIO_SIZES
# (1000,100000: vendors in each portfolio, ten assessments each, the first the one the others are
# compared with; 1000,10000 for a shorter try), BENCH_AUTOSAVE_CLIENTS
# (16), BENCH_AUTOSAVE_DURATION (15s, pgbench runs as long), BENCH_LOAD_VENDORS (500),
# BENCH_LOAD_EVERY (5s), BENCH_LOAD_DURATION (10m; --duration D on the command line sets it too),
# BENCH_READING_FILES (200 world-corpus files uploaded over BENCH_READING_WITHIN, 1m),
# BENCH_POSTGRES_URL
# (the server settle, portfolio, autosave and load create fresh databases on:
# ASSAY_TEST_POSTGRES_URL, else PostgreSQL on 127.0.0.1:5432 as scripts/test.sh uses; "none" runs
# them on SQLite only). autosave needs pgbench (PostgreSQL's client tools) on the PATH.
# It builds cmd/assay and the programs in bench/ it needs; for the upload section it installs the
# pinned MinIO into ./.tools/bin as scripts/test.sh does (reusing it when present), starts it on
# a free loopback port with throwaway data and credentials, and removes everything on exit. All
# disk use, the MinIO data included, stays in one temporary folder under TMPDIR. The exit status
# is 0 whenever the figures were measured, met or not.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
export PATH="/usr/local/go/bin:$PATH"

ONLY=${BENCH_ONLY:-}
SIZE_MIB=${BENCH_SIZE_MIB:-500}
S3_CHECKSUM=${BENCH_S3_CHECKSUM:-}
RUNS=${BENCH_RUNS:-3}
COLD_RUNS=${BENCH_COLD_RUNS:-5}
SETTLE_RUNS=${BENCH_SETTLE_RUNS:-20}
PORTFOLIO_RUNS=${BENCH_PORTFOLIO_RUNS:-200}
PORTFOLIO_SIZES=${BENCH_PORTFOLIO_SIZES:-1000,100000}
AUTOSAVE_CLIENTS=${BENCH_AUTOSAVE_CLIENTS:-16}
AUTOSAVE_DURATION=${BENCH_AUTOSAVE_DURATION:-15s}
LOAD_VENDORS=${BENCH_LOAD_VENDORS:-500}
LOAD_EVERY=${BENCH_LOAD_EVERY:-5s}
LOAD_DURATION=${BENCH_LOAD_DURATION:-10m}
READING_FILES=${BENCH_READING_FILES:-200}
READING_WITHIN=${BENCH_READING_WITHIN:-1m}
while (($#)); do
	case $1 in
	--duration) LOAD_DURATION=${2:?--duration needs a value such as 1m}; shift 2 ;;
	--duration=*) LOAD_DURATION=${1#*=}; shift ;;
	*) printf 'FAIL: unknown argument %s (expected --duration D)\n' "$1" >&2; exit 2 ;;
	esac
done
POSTGRES_URL=${BENCH_POSTGRES_URL:-${ASSAY_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}}

# Keep in step with scripts/test.sh.
MINIO_MODULE=github.com/minio/minio
MINIO_VERSION=v0.0.0-20260212201848-7aac2a2c5b7c
TOOLS=$ROOT/.tools/bin

log() { printf '==> %s\n' "$*" >&2; }
die() {
	printf 'FAIL: %s\n' "$*" >&2
	exit 1
}
random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

command -v go >/dev/null || die "go not found (expected at /usr/local/go/bin)"
case $ONLY in
'' | coldstart | upload | settle | portfolio | autosave | load | reading) ;;
*) die "BENCH_ONLY=$ONLY: expected coldstart, upload, settle, portfolio, autosave, load or reading (or unset for all)" ;;
esac
# section NAME: whether NAME runs this time.
section() { [[ -z $ONLY || $ONLY == "$1" ]]; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/assay-bench.XXXXXX")
MINIO_PID=
cleanup() {
	local status=$? _
	trap - EXIT INT TERM
	if [[ -n $MINIO_PID ]]; then
		kill -TERM "$MINIO_PID" 2>/dev/null || true
		for _ in $(seq 50); do
			kill -0 "$MINIO_PID" 2>/dev/null || break
			sleep 0.2
		done
		kill -KILL "$MINIO_PID" 2>/dev/null || true
		wait "$MINIO_PID" 2>/dev/null || true
		log "stopped MinIO"
	fi
	rm -rf "$WORK"
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "building cmd/assay and the benchmark programs into $WORK"
go build -o "$WORK/assay" ./cmd/assay
section coldstart && go build -o "$WORK/bench-coldstart" ./bench/coldstart
section settle && go build -o "$WORK/bench-settle" ./bench/settle
section portfolio && go build -o "$WORK/bench-portfolio" ./bench/portfolio
section reading && go build -o "$WORK/bench-readpace" ./bench/readpace
if section autosave || section load; then
	go build -o "$WORK/bench-autosave" ./bench/autosave
fi
section autosave && go build -o "$WORK/bench-savequeries" ./bench/savequeries
if section autosave && [[ $POSTGRES_URL != none ]]; then
	command -v pgbench >/dev/null || die "pgbench not found (PostgreSQL's client tools; apt-get install postgresql-client)"
fi
if section upload; then
	go build -o "$WORK/bench-upload" ./bench/upload
	go build -o "$WORK/testenv" ./scripts/testenv
fi
TESTENV=$WORK/testenv

# --- MinIO, as scripts/test.sh starts it (upload only) ----------------------------

tool_ok() { # binary module version
	[[ -x $1 ]] && go version -m "$1" 2>/dev/null | awk '$1 == "mod" { print $2, $3; exit }' | grep -qxF "$2 $3"
}

install_minio() {
	local lock
	tool_ok "$TOOLS/minio" "$MINIO_MODULE" "$MINIO_VERSION" && return 0
	mkdir -p "$TOOLS"
	# The same lock scripts/test.sh takes, so concurrent installs do not collide.
	exec {lock}>"$ROOT/.tools/.minio.lock"
	flock "$lock"
	if ! tool_ok "$TOOLS/minio" "$MINIO_MODULE" "$MINIO_VERSION"; then
		log "minio $MINIO_VERSION: go install into .tools/bin (a first build can take minutes)"
		GOBIN=$TOOLS go install "$MINIO_MODULE@$MINIO_VERSION" >"$WORK/minio-install.log" 2>&1 ||
			{
				tail -n 20 "$WORK/minio-install.log" >&2
				return 1
			}
	fi
	exec {lock}>&-
}

start_minio() {
	install_minio || die "cannot install MinIO"
	# Only the MinIO started here, never an AWS account configured on this machine.
	unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3
	export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
	{ read -r port && read -r console; } < <("$TESTENV" ports 2)
	user=assay-$(random_hex 4)
	password=$(random_hex 16)
	bucket=assay-bench
	mkdir "$WORK/minio-data"
	local scheme=http certs=()
	if [[ ${BENCH_TLS:-0} == 1 ]]; then
		# HTTPS as S3 is used in production: there the SDK sends unsigned payloads (TLS protects
		# them) instead of hashing every part for the signature, on both sides of the ratio.
		scheme=https
		mkdir -p "$WORK/certs"
		openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 \
			-addext subjectAltName=IP:127.0.0.1 -keyout "$WORK/certs/private.key" -out "$WORK/certs/public.crt" >/dev/null 2>&1 ||
			die "cannot make a TLS certificate"
		certs=(--certs-dir "$WORK/certs")
		# Every Go process here (Assay, the bench client, testenv) trusts only this certificate.
		export SSL_CERT_FILE=$WORK/certs/public.crt AWS_CA_BUNDLE=$WORK/certs/public.crt
	fi
	log "starting MinIO on $scheme://127.0.0.1:$port"
	MINIO_ROOT_USER=$user MINIO_ROOT_PASSWORD=$password MINIO_BROWSER=off MINIO_UPDATE=off \
		"$TOOLS/minio" server --quiet --address "127.0.0.1:$port" --console-address "127.0.0.1:$console" \
		"${certs[@]}" "$WORK/minio-data" >"$WORK/minio.log" 2>&1 &
	MINIO_PID=$!
	if ! "$TESTENV" wait-http "$scheme://127.0.0.1:$port/minio/health/ready" 90s ||
		! AWS_ACCESS_KEY_ID=$user AWS_SECRET_ACCESS_KEY=$password "$TESTENV" mkbucket "$scheme://127.0.0.1:$port" "$bucket" 30s; then
		tail -n 20 "$WORK/minio.log" >&2
		die "MinIO did not start"
	fi
	export ASSAY_TEST_S3_ENDPOINT=$scheme://127.0.0.1:$port ASSAY_TEST_S3_BUCKET=$bucket
	export AWS_ACCESS_KEY_ID=$user AWS_SECRET_ACCESS_KEY=$password AWS_REGION=us-east-1
}

section upload && start_minio

# --- measurements ---------------------------------------------------------------

# The programs make their temporary folders here, so cleanup removes them too.
export TMPDIR=$WORK
ROWS=$WORK/rows
: >"$ROWS"
# Other work on the machine moves the wall-clock figures; the load average shows how much.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

if section coldstart; then
	cmd=("$WORK/bench-coldstart" -assay "$WORK/assay" -runs "$COLD_RUNS")
	log "cold start: ${cmd[*]}"
	"${cmd[@]}" >>"$ROWS"
fi

if section upload; then
	cmd=("$WORK/bench-upload" -assay "$WORK/assay" -size-mib "$SIZE_MIB" -runs "$RUNS" -minio-pid "$MINIO_PID" -s3-checksum "$S3_CHECKSUM")
	log "upload: ${cmd[*]} (MinIO $ASSAY_TEST_S3_ENDPOINT, bucket $bucket)"
	"${cmd[@]}" >>"$ROWS"
fi

if section settle; then
	settle_pg=$POSTGRES_URL
	[[ $settle_pg == none ]] && settle_pg=
	cmd=("$WORK/bench-settle" -assay "$WORK/assay" -runs "$SETTLE_RUNS" -postgres-url "$settle_pg")
	log "settle: ${cmd[*]}"
	"${cmd[@]}" >>"$ROWS"
fi

if section portfolio; then
	portfolio_pg=$POSTGRES_URL
	[[ $portfolio_pg == none ]] && portfolio_pg=
	cmd=("$WORK/bench-portfolio" -runs "$PORTFOLIO_RUNS" -sizes "$PORTFOLIO_SIZES" -postgres-url "$portfolio_pg")
	log "portfolio: ${cmd[*]}"
	"${cmd[@]}" >>"$ROWS"
fi

autosave_pg=$POSTGRES_URL
[[ $autosave_pg == none ]] && autosave_pg=
if section autosave; then
	cmd=("$WORK/bench-autosave" -assay "$WORK/assay" -mode rate -clients "$AUTOSAVE_CLIENTS" -duration "$AUTOSAVE_DURATION"
		-postgres-url "$autosave_pg")
	log "autosave: ${cmd[*]}"
	"${cmd[@]}" >>"$ROWS"
	cmd=("$WORK/bench-savequeries" -postgres-url "$autosave_pg")
	log "autosave statements: ${cmd[*]}"
	"${cmd[@]}" >>"$ROWS"
fi

if section load; then
	cmd=("$WORK/bench-autosave" -assay "$WORK/assay" -mode load -vendors "$LOAD_VENDORS" -every "$LOAD_EVERY"
		-duration "$LOAD_DURATION" -postgres-url "$autosave_pg")
	log "load: ${cmd[*]}"
	"${cmd[@]}" >>"$ROWS"
fi

if section reading; then
	reading_pg=$POSTGRES_URL
	[[ $reading_pg == none ]] && reading_pg=
	cmd=("$WORK/bench-readpace" -assay "$WORK/assay" -files "$READING_FILES" -within "$READING_WITHIN" -postgres-url "$reading_pg"
		-corpus "$ROOT/app/reading/facts/testdata/world")
	log "reading: ${cmd[*]}"
	"${cmd[@]}" >>"$ROWS"
fi

printf '\nAssay benchmarks: %s, %s, %s CPUs, load %s before / %s after\n' \
	"$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')" "$(go version | cut -d' ' -f3)" "$(nproc)" \
	"$LOAD_BEFORE" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-52s %14s %10s  %s\n' figure value goal status
printf '%s\n' "$(printf '%.0s-' {1..88})"
cat "$ROWS"
printf '\n'
if section upload; then
	printf 'MB/s is 10^6 bytes per second of file content; RSS is the server process'"'"'s VmRSS/VmHWM\n'
	printf 'from /proc; direct = aws-sdk-go-v2 s3 manager with Assay'"'"'s part size and concurrency.\n'
fi
if section settle; then
	printf 'settle: p50/p95/max over %s submissions per case (5 evidence files, local evidence store).\n' "$SETTLE_RUNS"
	printf '"files read": submitted ~1 s after every file was read; "files pending": submitted right\n'
	printf 'after the last upload. first/settled: from sending POST /api/v1/respond/submit to the poll\n'
	printf '(every 20 ms) showing a result computed after submission (first), or showing the result that\n'
	printf 'then stays 300 ms with every file read (settled; the 300 ms are not counted). complete:\n'
	printf 'submitted_at to computed_at of the first result scored with every file read, from the\n'
	printf 'database. rescores after complete: results stored after it (median, max). River fetch wait:\n'
	printf 'scheduled_at to attempted_at. stale: settled result scored without some file'"'"'s facts; late:\n'
	printf 'result replaced after it was taken as settled; unreadable: files extraction failed on.\n'
fi
if section portfolio; then
	printf 'portfolio: %s vendors (ten assessments each) in the same run, on PostgreSQL then SQLite.\n' "$PORTFOLIO_SIZES"
	printf 'p50/p95 in ms of the handler (middleware, queries, template; an export to its first bytes)\n'
	printf 'over %s requests per page and size, sizes alternating; ratio = p95 at a size / p95 at the\n' "$PORTFOLIO_RUNS"
	printf 'first; CPU = the bench process'"'"'s CPU time per timed request (SQLite'"'"'s included, not\n'
	printf 'PostgreSQL'"'"'s), which a busy machine does not inflate as it does the wall times;\n'
	printf 'queries = GORM statements per request, sign-in lookup included; allocs = heap\n'
	printf 'allocations per request in the whole process (mean of 20 untimed requests); plan = the scans\n'
	printf 'EXPLAIN shows for the largest size'"'"'s queries (SEQ = whole table, scan = whole index in\n'
	printf 'order, is = index search, ios = index-only, bitmap = bitmap index scan, SORT = sort in a\n'
	printf 'temporary tree).\n'
fi
if section autosave; then
	printf 'autosave: PATCH /api/v1/respond/answers (one answer, with its version) driven by vegeta, one\n'
	printf 'attacker per client on its own invitation, each sending its next save when the last one is\n'
	printf 'answered; pgbench: UPDATE pgbench_accounts of one random row (scale 1), as many clients, as\n'
	printf 'long, same server, just before. ratio = Assay saves/s / pgbench tx/s. lost saves: answers\n'
	printf 'whose stored version or value is not the last one answered 200. statements: of one save\n'
	printf 'with its version, sign-in lookup included, with the link'"'"'s token or (page) the vendor session\n'
	printf 'and CSRF token of the questionnaire page'"'"'s script; on PostgreSQL counted on the wire (BEGIN, COMMIT\n'
	printf 'and statements sent together in a pipeline count), with the round trips; on SQLite those\n'
	printf 'GORM sends (BEGIN and COMMIT not counted). CPU per pgbench tx and per save: CPU time of\n'
	printf 'each process over the run divided by what it did (PostgreSQL: the backends of that run'"'"'s\n'
	printf 'database, sampled from /proc every 100 ms; load gen: pgbench, or the attackers of\n'
	printf 'bench-autosave). Both runs using the same cores to the full, the ratio is at most pgbench'"'"'s\n'
	printf 'CPU per tx over a save'"'"'s, and 0.5 needs a save to cost at most twice a pgbench tx.\n'
fi
if section load; then
	printf 'load: %s vendors, each saving one answer every %s (vegeta, open loop), for %s.\n' \
		"$LOAD_VENDORS" "$LOAD_EVERY" "$LOAD_DURATION"
fi
if section reading; then
	printf 'reading: %s files of the world corpus (certificates, scans, training reports, acknowledgement\n' "$READING_FILES"
	printf 'logs, minutes, in its proportions) uploaded over %s by vegeta to assessments of four files,\n' "$READING_WITHIN"
	printf 'each submitted once its uploads were answered; time from the first upload to the last\n'
	printf 'assessment'"'"'s first result scored with every file read (from the database). RSS: the server'"'"'s.\n'
fi
printf 'command: BENCH_TLS=%s BENCH_S3_CHECKSUM=%s BENCH_ONLY=%s BENCH_SIZE_MIB=%s BENCH_RUNS=%s BENCH_COLD_RUNS=%s BENCH_SETTLE_RUNS=%s BENCH_PORTFOLIO_RUNS=%s BENCH_PORTFOLIO_SIZES=%s BENCH_AUTOSAVE_DURATION=%s bench/run.sh --duration %s\n' \
	"${BENCH_TLS:-0}" "$S3_CHECKSUM" "$ONLY" "$SIZE_MIB" "$RUNS" "$COLD_RUNS" "$SETTLE_RUNS" "$PORTFOLIO_RUNS" "$PORTFOLIO_SIZES" "$AUTOSAVE_DURATION" "$LOAD_DURATION"
