// Package config reads Assay's settings from flags and environment variables.
//
// Every setting has a flag and an ASSAY_* variable; a flag given on the command line wins over
// the variable, and the variable wins over the zero-setup default.
package config

import (
	"flag"
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Config holds every setting of a running Assay.
type Config struct {
	Addr        string
	BaseURL     string
	DataDir     string
	DatabaseURL string

	S3Bucket    string
	S3Endpoint  string
	S3Region    string
	S3PathStyle bool
	// S3SSE is the server-side encryption asked for each object: "" (the bucket's default),
	// "AES256" (SSE-S3) or "aws:kms" (SSE-KMS, with S3SSEKMSKeyID or the store's default key).
	S3SSE, S3SSEKMSKeyID string
	// S3Checksum is the checksum sent with every object and part for the store to verify:
	// "auto" (SHA-256 on an object sent whole, CRC32C on each part), "SHA256", "CRC32C" or "off".
	S3Checksum string

	SMTPURL  string
	MailFrom string
	// OrgName is the organisation asking, named in the mails vendors receive; empty leaves it out.
	OrgName string

	MaxUploadBytes   int64
	SessionIdle      time.Duration
	SessionAbsolute  time.Duration
	InvitationGrace  time.Duration
	InvitationMaxAge time.Duration
	TrustedProxies   []*net.IPNet
	AdminEmail       string
	LogLevel         string
	LogFormat        string

	// SweepInterval is how often the periodic sweep (reminders, expiries, notices) runs.
	SweepInterval time.Duration
	// ReminderDaysBefore lists the days before a due date on which vendors are reminded.
	ReminderDaysBefore []int
	// ReminderOverdueEvery is the gap between reminders after the due date; 0 sends none.
	ReminderOverdueEvery time.Duration
	// FindingDueDays is how many days a new finding has to be resolved, by flag severity.
	FindingDueDays map[string]int
	// MetricsAddr, when set, serves /metrics on a listener of its own; MetricsToken, when set,
	// is the bearer token /metrics asks for. With neither, /metrics is not served.
	MetricsAddr, MetricsToken string
	// AuditKeyFile holds the secret that keys the audit trail's chain; AuditKeyPath resolves
	// the default in the data folder.
	AuditKeyFile string
	// ReassessCadence is how many months after its last submitted assessment a vendor of each
	// tier is due for the next one.
	ReassessCadence map[string]int

	// OCR is the Tesseract program that reads scanned evidence (a name on PATH or a path), or
	// "off".
	OCR string
	// OCRPdftoppm is poppler's pdftoppm, which turns scanned PDF pages into images for OCR.
	OCRPdftoppm string
	// OCRConcurrency is the most OCR runs at once; 0 means one per reading slot, up to one per
	// core.
	OCRConcurrency int
	// OCRMaxPages is the most scanned pages of one file read by OCR.
	OCRMaxPages int
	// ReadingConcurrency is the most evidence files read at once in this process.
	ReadingConcurrency int
	// ReadingMemoryBytes is what one reading may decompress: the memory it may hold beyond the
	// file itself.
	ReadingMemoryBytes int64
	// HashConcurrency is how many password hashes run at once; 0 sizes it from the machine.
	HashConcurrency int
	// DeviceKey signs device cookies (base64); empty keeps a key file in the data folder.
	DeviceKey string
	// TokenGuessLimit is how many failed token lookups an address may make a minute.
	TokenGuessLimit int
	// MaxFilesPerQuestion and MaxFilesPerAssessment cap the number of evidence files.
	MaxFilesPerQuestion, MaxFilesPerAssessment int
	// WebhookAllowPrivate lets webhook endpoints be on private, loopback and link-local addresses.
	WebhookAllowPrivate bool
	// WebhookTimeout bounds one delivery attempt.
	WebhookTimeout time.Duration
	// WebhookRetry is the wait before a failed delivery's first retry; each next one doubles.
	WebhookRetry time.Duration

	// SSO is single sign-on with an OpenID provider; its Issuer is empty when it is off.
	SSO SSO
	// LocalPasswords is false when only BreakGlassAdmins may sign in with a password.
	LocalPasswords bool
	// BreakGlassAdmins are the emails of the admins who may still sign in with a password when
	// LocalPasswords is off, for when the provider is down.
	BreakGlassAdmins []string
}

// SSO are the settings of single sign-on with an OpenID provider.
type SSO struct {
	// Issuer is the provider's issuer URL, where discovery starts; empty turns SSO off.
	Issuer string
	// ClientID and ClientSecret are Assay's registration at the provider.
	ClientID, ClientSecret string
	// Name is the provider's name on the sign-in button.
	Name string
	// Scopes are asked for at sign-in, openid always among them.
	Scopes []string
	// GroupsClaim is the claim that lists a person's groups.
	GroupsClaim string
	// Roles maps a group to the role it gives (admin, analyst or procurement).
	Roles map[string]string
	// EmailDomains, when not empty, are the only email domains that may sign in.
	EmailDomains []string
	// RedirectURL is where the provider sends the browser back: the base URL's
	// /login/sso/callback.
	RedirectURL string
}

// Enabled reports whether single sign-on is configured.
func (s SSO) Enabled() bool { return s.Issuer != "" }

// The values of s3-sse: S3's names for SSE-S3 and SSE-KMS.
const (
	SSES3  = "AES256"
	SSEKMS = "aws:kms"
)

// Setting describes one configuration knob, for flags and for the README table.
type Setting struct {
	Flag, Env, Default, Usage string
}

// Settings lists every setting in the order the README documents them.
var Settings = []Setting{
	{"addr", "ASSAY_ADDR", ":8080", "address to listen on"},
	{"base-url", "ASSAY_BASE_URL", "http://localhost:8080", "public URL used in invitation links; https here turns on Secure cookies"},
	{"data-dir", "ASSAY_DATA_DIR", "./assay-data", "folder for the SQLite database and local evidence"},
	{"database-url", "ASSAY_DATABASE_URL", "", "postgres://… to use PostgreSQL; empty uses SQLite in the data folder"},
	{"s3-bucket", "ASSAY_S3_BUCKET", "", "store evidence in this S3 bucket; empty uses the data folder"},
	{"s3-endpoint", "ASSAY_S3_ENDPOINT", "", "S3-compatible endpoint URL (MinIO etc.); empty means AWS"},
	{"s3-region", "ASSAY_S3_REGION", "us-east-1", "S3 region"},
	{"s3-path-style", "ASSAY_S3_PATH_STYLE", "false", "use path-style bucket addressing (needed by MinIO)"},
	{"s3-sse", "ASSAY_S3_SSE", "", "server-side encryption of each evidence object: AES256 (SSE-S3) or aws:kms (SSE-KMS); empty leaves it to the bucket's default"},
	{"s3-sse-kms-key-id", "ASSAY_S3_SSE_KMS_KEY_ID", "", "KMS key id (or ARN) for s3-sse=aws:kms; empty uses the store's default key"},
	{"s3-checksum", "ASSAY_S3_CHECKSUM", "auto", "checksum sent with every object and part, which the store verifies before keeping it: auto (SHA-256 on a file sent whole, CRC32C on each part of a larger one), SHA256, CRC32C, or off for stores that refuse checksums"},
	{"smtp-url", "ASSAY_SMTP_URL", "", "smtp://user:pass@host:587 or smtps://…; empty keeps mail in the admin outbox"},
	{"mail-from", "ASSAY_MAIL_FROM", "Assay <assay@localhost>", "sender address of outgoing mail"},
	{"org-name", "ASSAY_ORG_NAME", "", "name of your organisation, which mails to vendors give as the one asking; empty leaves it out"},
	{"max-upload-mb", "ASSAY_MAX_UPLOAD_MB", "50", "largest evidence file accepted, in MiB"},
	{"max-files-per-question", "ASSAY_MAX_FILES_PER_QUESTION", "10", "most evidence files one question takes"},
	{"max-files-per-assessment", "ASSAY_MAX_FILES_PER_ASSESSMENT", "100", "most evidence files one assessment takes"},
	{"session-idle", "ASSAY_SESSION_IDLE", "30m", "a session unused this long ends"},
	{"session-absolute", "ASSAY_SESSION_ABSOLUTE", "12h", "a session ends this long after sign-in, used or not"},
	{"invitation-grace", "ASSAY_INVITATION_GRACE", "336h", "an invitation link stays valid this long after the due date"},
	{"invitation-max-age", "ASSAY_INVITATION_MAX_AGE", "1440h", "an invitation link never lives longer than this (60 days)"},
	{"finding-due-days", "ASSAY_FINDING_DUE_DAYS", "critical=14,high=30,medium=60,low=90", "days a new finding has to be resolved, by red-flag severity"},
	{"trusted-proxies", "ASSAY_TRUSTED_PROXIES", "", "comma-separated CIDRs whose X-Forwarded-For is believed; empty trusts none"},
	{"admin-email", "ASSAY_ADMIN_EMAIL", "admin@assay.local", "email of the admin account created on first start"},
	{"log-level", "ASSAY_LOG_LEVEL", "info", "debug, info, warn or error"},
	{"log-format", "ASSAY_LOG_FORMAT", "text", "text or json"},
	{"sweep-interval", "ASSAY_SWEEP_INTERVAL", "10m", "how often reminders, overdue marks, expiries and evidence notices are checked"},
	{"reminder-days-before", "ASSAY_REMINDER_DAYS_BEFORE", "7,3,1", "days before the due date on which the vendor is reminded, comma-separated"},
	{"reminder-overdue-every", "ASSAY_REMINDER_OVERDUE_EVERY", "72h", "after the due date, remind the vendor this often while the link works; 0 for never"},
	{"metrics-addr", "ASSAY_METRICS_ADDR", "", "serve /metrics on this separate address (e.g. 127.0.0.1:9090); empty serves no metrics listener"},
	{"metrics-token", "ASSAY_METRICS_TOKEN", "", "bearer token /metrics requires; with it set /metrics is also served on the main address"},
	{"audit-key-file", "ASSAY_AUDIT_KEY_FILE", "", "file holding the secret key of the audit trail's HMAC chain; empty uses audit.key in the data folder, created at first start (replicas must share one)"},
	{"reassess-cadence", "ASSAY_REASSESS_CADENCE", "critical=12,high=12,medium=24,low=36", "months from a vendor's last submitted assessment to its next, by tier; tiers left out keep these defaults"},
	{"ocr", "ASSAY_OCR", "tesseract", "Tesseract program that reads scanned evidence (a name on PATH or a path); off turns OCR off"},
	{"ocr-pdftoppm", "ASSAY_OCR_PDFTOPPM", "pdftoppm", "poppler's pdftoppm, which turns scanned PDF pages into images for OCR"},
	{"ocr-concurrency", "ASSAY_OCR_CONCURRENCY", "0", "most OCR runs at once; 0 means one per reading slot (--reading-concurrency), up to one per core"},
	{"ocr-max-pages", "ASSAY_OCR_MAX_PAGES", "10", "most scanned pages of one file read by OCR; a file with more is marked unreadable"},
	{"reading-concurrency", "ASSAY_READING_CONCURRENCY", "2", "evidence files read at once; the others wait their turn"},
	{"reading-memory-mb", "ASSAY_READING_MEMORY_MB", "32", "what one reading may decompress, in MiB (the memory it holds beside the file); a file that expands further is marked unreadable"},
	{"hash-concurrency", "ASSAY_HASH_CONCURRENCY", "0", "password checks run at once (each takes 19 MiB); 8 more per slot wait up to 10s, the rest get 503; 0 means one per core up to 4, within an eighth of the memory"},
	{"token-guess-limit", "ASSAY_TOKEN_GUESS_LIMIT", "5", "invitation links and API tokens that match nothing an address may try a minute before it gets 429"},
	{"webhook-allow-private", "ASSAY_WEBHOOK_ALLOW_PRIVATE", "false", "let webhook endpoints be on private, loopback and link-local addresses (checked at registration and at every connection)"},
	{"webhook-timeout", "ASSAY_WEBHOOK_TIMEOUT", "10s", "time one webhook delivery attempt may take, from connecting to the answer"},
	{"webhook-retry", "ASSAY_WEBHOOK_RETRY", "30s", "wait before a failed webhook delivery is retried; each next wait doubles, for a day after the event"},
	{"device-key", "ASSAY_DEVICE_KEY", "", "base64 key (32+ bytes) signing device cookies; empty keeps one in device.key in the data folder; replicas must share it"},
	{"sso-issuer", "ASSAY_SSO_ISSUER", "", "OpenID provider's issuer URL (https, or http on loopback); empty turns single sign-on off"},
	{"sso-client-id", "ASSAY_SSO_CLIENT_ID", "", "client id of Assay at the OpenID provider"},
	{"sso-client-secret", "ASSAY_SSO_CLIENT_SECRET", "", "client secret of Assay at the OpenID provider (empty for a public client)"},
	{"sso-name", "ASSAY_SSO_NAME", "SSO", "provider's name on the sign-in button (Sign in with NAME)"},
	{"sso-scopes", "ASSAY_SSO_SCOPES", "openid,email,profile", "scopes asked for at sign-in, comma-separated; openid is always added"},
	{"sso-groups-claim", "ASSAY_SSO_GROUPS_CLAIM", "groups", "claim of the ID token or userinfo that lists a person's groups"},
	{"sso-roles", "ASSAY_SSO_ROLES", "", "group=role pairs, comma-separated (roles admin, analyst, procurement); the strongest role of a person's groups wins; no mapped group, no entry"},
	{"sso-email-domains", "ASSAY_SSO_EMAIL_DOMAINS", "", "email domains that may sign in with SSO, comma-separated; empty allows any"},
	{"local-passwords", "ASSAY_LOCAL_PASSWORDS", "on", "on, or off: only the break-glass admins sign in with a password, everyone else with SSO"},
	{"break-glass-admins", "ASSAY_BREAK_GLASS_ADMINS", "", "emails of the admins who still sign in with a password when local-passwords is off, comma-separated"},
}

// Load parses args (without the program name) over the environment read through getenv.
func Load(args []string, getenv func(string) string) (Config, error) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	values := make(map[string]*string, len(Settings))
	for _, s := range Settings {
		def := s.Default
		if v := getenv(s.Env); v != "" {
			def = v
		}
		values[s.Flag] = fs.String(s.Flag, def, s.Usage+" ("+s.Env+")")
	}
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	get := func(name string) string { return strings.TrimSpace(*values[name]) }

	var c Config
	var errs []string
	c.Addr = get("addr")
	c.BaseURL = strings.TrimRight(get("base-url"), "/")
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, "base-url must be an absolute http(s) URL")
	}
	c.DataDir = filepath.Clean(get("data-dir"))
	c.DatabaseURL = get("database-url")
	c.AuditKeyFile = get("audit-key-file")
	c.MetricsAddr = get("metrics-addr")
	c.MetricsToken = get("metrics-token")
	c.S3Bucket = get("s3-bucket")
	c.S3Endpoint = get("s3-endpoint")
	c.S3Region = get("s3-region")
	c.S3PathStyle = parseBool(get("s3-path-style"), "s3-path-style", &errs)
	c.S3SSE = get("s3-sse")
	c.S3SSEKMSKeyID = get("s3-sse-kms-key-id")
	switch {
	case c.S3SSE != "" && c.S3SSE != SSES3 && c.S3SSE != SSEKMS:
		errs = append(errs, "s3-sse must be AES256, aws:kms or empty")
	case c.S3SSEKMSKeyID != "" && c.S3SSE != SSEKMS:
		errs = append(errs, "s3-sse-kms-key-id needs s3-sse=aws:kms")
	}
	c.S3Checksum = get("s3-checksum")
	if c.S3Checksum != "auto" && c.S3Checksum != "SHA256" && c.S3Checksum != "CRC32C" && c.S3Checksum != "off" {
		errs = append(errs, "s3-checksum must be auto, SHA256, CRC32C or off")
	}
	c.SMTPURL = get("smtp-url")
	c.MailFrom = get("mail-from")
	c.OrgName = strings.TrimSpace(get("org-name"))
	mb, err := strconv.ParseInt(get("max-upload-mb"), 10, 64)
	if err != nil || mb <= 0 {
		errs = append(errs, "max-upload-mb must be a positive whole number")
	}
	c.MaxUploadBytes = mb << 20
	c.MaxFilesPerQuestion = parseCount(get("max-files-per-question"), "max-files-per-question", 1, 10000, &errs)
	c.MaxFilesPerAssessment = parseCount(get("max-files-per-assessment"), "max-files-per-assessment", 1, 10000, &errs)
	c.SessionIdle = parseDuration(get("session-idle"), "session-idle", &errs)
	c.SessionAbsolute = parseDuration(get("session-absolute"), "session-absolute", &errs)
	c.InvitationGrace = parseDuration(get("invitation-grace"), "invitation-grace", &errs)
	c.InvitationMaxAge = parseDuration(get("invitation-max-age"), "invitation-max-age", &errs)
	if c.InvitationMaxAge > 60*24*time.Hour {
		errs = append(errs, "invitation-max-age may be at most 1440h (60 days)")
	}
	c.FindingDueDays = parseDueDays(get("finding-due-days"), &errs)
	for _, cidr := range list(get("trusted-proxies")) {
		_, n, err := net.ParseCIDR(cidr)
		if err != nil {
			errs = append(errs, fmt.Sprintf("trusted-proxies: %q is not a CIDR", cidr))
			continue
		}
		c.TrustedProxies = append(c.TrustedProxies, n)
	}
	c.AdminEmail = get("admin-email")
	c.LogLevel = get("log-level")
	c.LogFormat = get("log-format")
	c.SweepInterval = parseDuration(get("sweep-interval"), "sweep-interval", &errs)
	for _, d := range list(get("reminder-days-before")) {
		n, err := strconv.Atoi(d)
		if err != nil || n <= 0 || n > 365 {
			errs = append(errs, fmt.Sprintf("reminder-days-before: %q is not a whole number of days from 1 to 365", d))
			continue
		}
		c.ReminderDaysBefore = append(c.ReminderDaysBefore, n)
	}
	if v := get("reminder-overdue-every"); v != "0" {
		c.ReminderOverdueEvery = parseDuration(v, "reminder-overdue-every", &errs)
	}
	if c.ReassessCadence, err = ParseCadence(get("reassess-cadence")); err != nil {
		errs = append(errs, "reassess-cadence: "+err.Error())
	}
	c.OCR = get("ocr")
	c.OCRPdftoppm = get("ocr-pdftoppm")
	if c.OCR == "" || c.OCRPdftoppm == "" {
		errs = append(errs, "ocr and ocr-pdftoppm must name a program (ocr=off turns OCR off)")
	}
	c.OCRConcurrency = parseCount(get("ocr-concurrency"), "ocr-concurrency", 0, 64, &errs)
	c.OCRMaxPages = parseCount(get("ocr-max-pages"), "ocr-max-pages", 1, 500, &errs)
	c.ReadingConcurrency = parseCount(get("reading-concurrency"), "reading-concurrency", 1, 64, &errs)
	c.ReadingMemoryBytes = int64(parseCount(get("reading-memory-mb"), "reading-memory-mb", 1, 4096, &errs)) << 20
	c.HashConcurrency = parseCount(get("hash-concurrency"), "hash-concurrency", 0, 1024, &errs)
	c.DeviceKey = get("device-key")
	c.TokenGuessLimit = parseCount(get("token-guess-limit"), "token-guess-limit", 1, 10000, &errs)
	c.WebhookAllowPrivate = parseBool(get("webhook-allow-private"), "webhook-allow-private", &errs)
	c.WebhookTimeout = parseDuration(get("webhook-timeout"), "webhook-timeout", &errs)
	c.WebhookRetry = parseDuration(get("webhook-retry"), "webhook-retry", &errs)
	c.SSO = parseSSO(get, c.BaseURL, &errs)
	switch get("local-passwords") {
	case "on":
		c.LocalPasswords = true
	case "off":
	default:
		errs = append(errs, "local-passwords must be on or off")
	}
	c.BreakGlassAdmins = list(strings.ToLower(get("break-glass-admins")))
	if !c.LocalPasswords && (!c.SSO.Enabled() || len(c.BreakGlassAdmins) == 0) {
		errs = append(errs, "local-passwords=off needs sso-issuer and at least one break-glass-admins email, or nobody could sign in when the provider is down")
	}
	if len(errs) > 0 {
		return Config{}, fmt.Errorf("config: %s", strings.Join(errs, "; "))
	}
	return c, nil
}

// parseSSO reads the single sign-on settings; with no issuer they are off and the rest is not
// checked.
func parseSSO(get func(string) string, baseURL string, errs *[]string) SSO {
	s := SSO{Issuer: get("sso-issuer"), ClientID: get("sso-client-id"), ClientSecret: get("sso-client-secret"),
		Name: get("sso-name"), GroupsClaim: get("sso-groups-claim"), RedirectURL: baseURL + "/login/sso/callback",
		EmailDomains: list(strings.ToLower(get("sso-email-domains"))), Scopes: []string{"openid"}}
	if s.Issuer == "" {
		return SSO{}
	}
	u, err := url.Parse(s.Issuer)
	loopback := err == nil && (u.Hostname() == "localhost" || net.ParseIP(u.Hostname()).IsLoopback())
	if err != nil || u.Host == "" || !(u.Scheme == "https" || u.Scheme == "http" && loopback) {
		*errs = append(*errs, "sso-issuer must be an https URL (http only on loopback)")
	}
	if s.ClientID == "" {
		*errs = append(*errs, "sso-client-id is needed with sso-issuer")
	}
	if s.Name == "" || s.GroupsClaim == "" {
		*errs = append(*errs, "sso-name and sso-groups-claim must not be empty")
	}
	for _, sc := range list(get("sso-scopes")) {
		if sc != "openid" {
			s.Scopes = append(s.Scopes, sc)
		}
	}
	s.Roles = map[string]string{}
	for _, pair := range list(get("sso-roles")) {
		// Cut at the last "=": group names (LDAP names among them) may hold one, roles never do.
		i := strings.LastIndex(pair, "=")
		group, role := "", ""
		if i > 0 {
			group, role = strings.TrimSpace(pair[:i]), strings.TrimSpace(pair[i+1:])
		}
		if group == "" || (role != "admin" && role != "analyst" && role != "procurement") {
			*errs = append(*errs, fmt.Sprintf("sso-roles: %q is not group=role with role admin, analyst or procurement", pair))
			continue
		}
		s.Roles[group] = role
	}
	if len(s.Roles) == 0 {
		*errs = append(*errs, "sso-roles must map at least one group to a role, or nobody could sign in with SSO")
	}
	return s
}

// list splits a comma-separated setting, dropping blanks.
func list(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// SecureCookies reports whether cookies must carry the Secure attribute.
func (c Config) SecureCookies() bool {
	return strings.HasPrefix(c.BaseURL, "https://")
}

// SQLitePath is where the zero-setup database lives.
func (c Config) SQLitePath() string {
	return filepath.Join(c.DataDir, "assay.db")
}

// DeviceKeyPath is where the key signing device cookies is kept when no setting gives it.
func (c Config) DeviceKeyPath() string {
	return filepath.Join(c.DataDir, "device.key")
}

// AuditKeyPath is the file holding the audit trail's key: the setting, else audit.key in the
// data folder.
func (c Config) AuditKeyPath() string {
	if c.AuditKeyFile != "" {
		return c.AuditKeyFile
	}
	return filepath.Join(c.DataDir, "audit.key")
}

// EvidenceDir is where the zero-setup evidence store keeps files.
func (c Config) EvidenceDir() string {
	return filepath.Join(c.DataDir, "evidence")
}

func parseBool(s, name string, errs *[]string) bool {
	b, err := strconv.ParseBool(s)
	if err != nil {
		*errs = append(*errs, name+" must be true or false")
	}
	return b
}

// parseCount reads a whole number from lo to hi.
func parseCount(s, name string, lo, hi int, errs *[]string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		*errs = append(*errs, fmt.Sprintf("%s must be a whole number from %d to %d", name, lo, hi))
	}
	return n
}

func parseDuration(s, name string, errs *[]string) time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		*errs = append(*errs, name+" must be a positive duration such as 30m or 12h")
	}
	return d
}

// parseDueDays reads "severity=days" pairs; every severity must be named once, with 1 to 365 days.
func parseDueDays(s string, errs *[]string) map[string]int {
	m := map[string]int{}
	for _, pair := range strings.Split(s, ",") {
		sev, days, ok := strings.Cut(strings.TrimSpace(pair), "=")
		n, err := strconv.Atoi(strings.TrimSpace(days))
		sev = strings.TrimSpace(sev)
		known := sev == "critical" || sev == "high" || sev == "medium" || sev == "low"
		if !ok || err != nil || n < 1 || n > 365 || !known || m[sev] != 0 {
			*errs = append(*errs, "finding-due-days must list critical, high, medium and low each once as severity=days (1 to 365), such as critical=14,high=30,medium=60,low=90")
			return nil
		}
		m[sev] = n
	}
	if len(m) != 4 {
		*errs = append(*errs, "finding-due-days must give days for each of critical, high, medium and low")
		return nil
	}
	return m
}

// DefaultCadence is the reassessment cadence in months by tier when none is configured.
func DefaultCadence() map[string]int {
	return map[string]int{"critical": 12, "high": 12, "medium": 24, "low": 36}
}

// ParseCadence reads "tier=months" pairs separated by commas over DefaultCadence. Each tier may
// appear once, with a whole number of months from 1 to 120.
func ParseCadence(s string) (map[string]int, error) {
	c := DefaultCadence()
	seen := map[string]bool{}
	for _, pair := range list(s) {
		tier, months, ok := strings.Cut(pair, "=")
		tier = strings.ToLower(strings.TrimSpace(tier))
		if !ok {
			return nil, fmt.Errorf("%q is not tier=months", pair)
		}
		if _, known := c[tier]; !known {
			return nil, fmt.Errorf("%q is not a tier (critical, high, medium or low)", tier)
		}
		if seen[tier] {
			return nil, fmt.Errorf("tier %s is given twice", tier)
		}
		seen[tier] = true
		n, err := strconv.Atoi(strings.TrimSpace(months))
		if err != nil || n < 1 || n > 120 {
			return nil, fmt.Errorf("%s: months must be a whole number from 1 to 120", tier)
		}
		c[tier] = n
	}
	return c, nil
}
