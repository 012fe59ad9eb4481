package apptest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"assay/app/assay"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/invitations"
	"assay/app/mail/mailpittest"
	"assay/app/model"
	"assay/app/store"
	"assay/app/vendors"
)

// Options choose the parts a test server runs on.
type Options struct {
	Dialect string // store.DialectSQLite (default) or store.DialectPostgres
	S3      bool   // evidence in the test MinIO instead of a local folder
	SMTP    bool   // mail through the test mailpit instead of the outbox only
	// Env overrides settings, as ASSAY_* variables.
	Env map[string]string
	// Now, when set, is the clock of every service (see Clock), so a test can run days ahead.
	Now func() time.Time
}

// Server is a running Assay on a loopback port, with its log captured.
type Server struct {
	URL string
	App *assay.App
	log *syncBuffer
	// stop shuts the server down and closes its database, once.
	stop func()
}

// NewServer starts Assay on a fresh database and evidence store; it stops with the test.
func NewServer(t testing.TB, o Options) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	a, logs := open(ctx, t, o, base)
	rec := &recorder{}
	a.Web.Handler().Pre(rec.record)
	// Cleanups run last first: this one runs after the server has stopped.
	t.Cleanup(func() { rec.check(t) })
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := a.ServeListener(ctx, ln, nil); err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("serve: %v", err)
		}
	}()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			<-done
			a.Close()
		})
	}
	t.Cleanup(stop)
	return &Server{URL: base, App: a, log: logs, stop: stop}
}

// NewApp builds Assay's services on a fresh database and evidence store without serving them
// or working jobs: queued work waits until the test runs it through the service. It closes
// with the test.
func NewApp(t testing.TB, o Options) *assay.App {
	t.Helper()
	a, _ := open(context.Background(), t, o, "http://127.0.0.1")
	t.Cleanup(func() { a.Close() })
	return a
}

// open builds the app of o, with base as its public URL unless o.Env sets one, and returns it
// with its captured log.
func open(ctx context.Context, t testing.TB, o Options, base string) (*assay.App, *syncBuffer) {
	t.Helper()
	dir := t.TempDir()
	env := map[string]string{"ASSAY_DATA_DIR": dir, "ASSAY_LOG_LEVEL": "debug", "ASSAY_BASE_URL": base}
	if o.Dialect == store.DialectPostgres {
		env["ASSAY_DATABASE_URL"] = NewPostgresDB(t)
	}
	if o.S3 {
		env["ASSAY_S3_ENDPOINT"] = Need(t, "ASSAY_TEST_S3_ENDPOINT")
		env["ASSAY_S3_BUCKET"] = Need(t, "ASSAY_TEST_S3_BUCKET")
		env["ASSAY_S3_PATH_STYLE"] = "true"
	}
	if o.SMTP {
		env["ASSAY_SMTP_URL"] = Need(t, "ASSAY_TEST_SMTP_URL")
	}
	for k, v := range o.Env {
		env[k] = v
	}
	cfg, err := config.Load(nil, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(io.MultiWriter(logs, testLogWriter()), &slog.HandlerOptions{Level: slog.LevelDebug}))
	var opts []assay.Option
	if o.Now != nil {
		opts = append(opts, assay.WithClock(o.Now))
	}
	a, err := assay.Open(ctx, cfg, log, true, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return a, logs
}

// Stop shuts the server down before the test ends, as a restart would; a new server on the
// same ASSAY_DATA_DIR or ASSAY_DATABASE_URL picks up where it left off.
func (s *Server) Stop() { s.stop() }

// testLogWriter shows the server log when ASSAY_TEST_VERBOSE is set.
func testLogWriter() io.Writer {
	if os.Getenv("ASSAY_TEST_VERBOSE") != "" {
		return os.Stderr
	}
	return io.Discard
}

// Logs returns everything the server logged so far.
func (s *Server) Logs() string { return s.log.String() }

// Ctx is a background context for direct service calls.
func Ctx() context.Context { return context.Background() }

// CreateUser makes a staff account with a chosen password (so no change is demanded at the
// first sign-in) and returns the password.
func (s *Server) CreateUser(t testing.TB, email, role string) string {
	t.Helper()
	_, pw, err := s.App.Accounts.CreateUser(Ctx(), auth.NewUser{Email: email, Role: role, Name: role, Password: auth.NewPassword()}, audit.System)
	if err != nil {
		t.Fatal(err)
	}
	return pw
}

// APIToken makes a staff account of the role (if needed) and returns an API token for it.
func (s *Server) APIToken(t testing.TB, email, role string) string {
	t.Helper()
	if _, err := s.App.Store.UserByEmail(Ctx(), email); err != nil {
		s.CreateUser(t, email, role)
	}
	tok, err := s.App.Accounts.CreateAPIToken(Ctx(), email, "test", audit.System)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// Browser is an HTTP client with a cookie jar that does not follow redirects.
func (s *Server) Browser(t testing.TB) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfField = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)

// CSRF fetches path with the client and returns the form token on the page.
func (s *Server) CSRF(t testing.TB, c *http.Client, path string) string {
	t.Helper()
	res, err := c.Get(s.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	m := csrfField.FindSubmatch(b)
	if m == nil {
		t.Fatalf("no CSRF token on %s (status %d)", path, res.StatusCode)
	}
	return string(m[1])
}

// SignIn creates a staff user of the role and returns a client signed in as that user.
func (s *Server) SignIn(t testing.TB, email, role string) *http.Client {
	t.Helper()
	pw := s.CreateUser(t, email, role)
	c := s.Browser(t)
	tok := s.CSRF(t, c, "/login")
	res, err := c.PostForm(s.URL+"/login", url.Values{"_csrf": {tok}, "email": {email}, "password": {pw}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in as %s: status %d", email, res.StatusCode)
	}
	return c
}

// Vendor registers a vendor with one service and one contact through the service layer.
func (s *Server) Vendor(t testing.TB, name string) model.Vendor {
	t.Helper()
	return NewVendor(t, s.App, name)
}

// NewVendor registers a vendor of app with one service and one contact through the service layer.
func NewVendor(t testing.TB, app *assay.App, name string) model.Vendor {
	t.Helper()
	v, err := app.Vendors.Create(Ctx(), vendors.Input{Name: name, Tier: "high", Website: "https://" + strings.ToLower(strings.ReplaceAll(name, " ", "")) + ".example",
		Services: []vendors.ServiceInput{{Name: "Payroll processing", Keywords: []string{"payroll"}}},
		Contacts: []vendors.ContactInput{{Name: "Contact of " + name, Email: "security@" + strings.ToLower(strings.ReplaceAll(name, " ", "")) + ".example"}}},
		audit.Actor{Type: audit.ActorSystem, Label: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Send sends the 5.4 questionnaire to the vendor's first contact and returns the assessment
// and the invitation token.
func (s *Server) Send(t testing.TB, v model.Vendor) (model.Assessment, string) {
	t.Helper()
	due := s.App.Now().AddDate(0, 0, 30).Format("2006-01-02")
	const sender = "sender@analysts.example"
	u, err := s.App.Store.UserByEmail(Ctx(), sender)
	if err != nil {
		s.CreateUser(t, sender, model.RoleAnalyst)
		u, _ = s.App.Store.UserByEmail(Ctx(), sender)
	}
	a, sent, err := s.App.Invitations.Send(Ctx(), v.ID, invitations.SendInput{DueDate: due, Recipients: []string{v.Contacts[0].Email}},
		audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: u.Email})
	if err != nil {
		t.Fatal(err)
	}
	return a, TokenOf(sent[0].URL)
}

// TokenOf returns the token part of an invitation URL.
func TokenOf(u string) string {
	tok, _, _ := strings.Cut(u[strings.LastIndex(u, "/r/")+3:], "?")
	return tok
}

// VendorSession opens an invitation link with a fresh client and returns it, signed in as the vendor.
func (s *Server) VendorSession(t testing.TB, token string) *http.Client {
	t.Helper()
	c := s.Browser(t)
	res, err := c.Get(s.URL + "/r/" + token)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/respond" {
		t.Fatalf("open invitation: status %d location %q", res.StatusCode, res.Header.Get("Location"))
	}
	return c
}

// Root is the repository's root folder, for fixtures.
func Root() string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// waitFor polls done every 50 ms until it reports true, failing the test with what once the
// timeout passes or when done returns an error.
func waitFor(t testing.TB, timeout time.Duration, what string, done func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := done()
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s within %s", what, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// WaitResult waits for the background scoring of an assessment and returns its result.
func (s *Server) WaitResult(t testing.TB, assessmentID uint) model.Result {
	t.Helper()
	var r model.Result
	waitFor(t, 20*time.Second, fmt.Sprintf("assessment %d was not scored", assessmentID), func() (bool, error) {
		var err error
		r, err = s.App.Store.LatestResult(Ctx(), assessmentID)
		if errors.Is(err, model.ErrNotFound) {
			return false, nil
		}
		return err == nil, err
	})
	return r
}

// WaitSettled waits until every file of the assessment has been read and the newest result was
// computed from those readings, then returns that result: the state a user sees once the
// background work is done.
func (s *Server) WaitSettled(t testing.TB, assessmentID uint) model.Result {
	t.Helper()
	var r model.Result
	waitFor(t, 30*time.Second, fmt.Sprintf("assessment %d did not settle", assessmentID), func() (bool, error) {
		files, err := s.App.Store.EvidenceList(Ctx(), assessmentID)
		if err != nil {
			return false, err
		}
		var rerr error
		r, rerr = s.App.Store.LatestResult(Ctx(), assessmentID)
		if errors.Is(rerr, model.ErrNotFound) {
			return false, nil
		}
		return rerr == nil && readAndScored(files, r), rerr
	})
	return r
}

// readAndScored reports whether no file is waiting to be read and the result was computed from
// every file in its current state.
func readAndScored(files []model.Evidence, r model.Result) bool {
	scored := map[uint]string{}
	for _, e := range r.Inputs.Evidence {
		scored[e.ID] = e.Status
	}
	if len(scored) != len(files) {
		return false
	}
	for _, f := range files {
		if f.Status == model.EvidenceStored || scored[f.ID] != f.Status {
			return false
		}
	}
	return true
}

// WaitRead waits until no file of the assessment is still waiting to be read.
func (s *Server) WaitRead(t testing.TB, assessmentID uint) {
	t.Helper()
	waitFor(t, 30*time.Second, fmt.Sprintf("files of assessment %d were not read", assessmentID), func() (bool, error) {
		files, err := s.App.Store.EvidenceList(Ctx(), assessmentID)
		if err != nil {
			return false, err
		}
		for _, f := range files {
			if f.Status == model.EvidenceStored {
				return false, nil
			}
		}
		return true, nil
	})
}

var mailedLinkRe = regexp.MustCompile(`https?://\S+/r/[A-Za-z0-9_-]+`)

// MailedLink returns the invitation link in the newest mail to `to` whose subject starts with
// prefix, as the recipient got it from the test mailpit: the outbox never keeps a working link,
// so a test that follows a mailed link runs its server with SMTP.
func (s *Server) MailedLink(t testing.TB, to, prefix string) string {
	t.Helper()
	api := Need(t, "ASSAY_TEST_MAILPIT_API")
	msg := mailpittest.WaitFor(t, api, 15*time.Second, func(m mailpittest.Summary) bool {
		return m.HasRecipient(to) && strings.HasPrefix(m.Subject, prefix)
	})
	link := mailedLinkRe.FindString(mailpittest.Body(t, api, msg.ID))
	if link == "" {
		t.Fatalf("no link in the mail %q to %s", msg.Subject, to)
	}
	return link
}
