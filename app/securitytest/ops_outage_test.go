package securitytest

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
)

// readiness is /readyz's answer.
type readiness struct {
	Status string `json:"status"`
	Checks map[string]struct {
		Status string `json:"status"`
		Kind   string `json:"kind"`
	} `json:"checks"`
	Unavailable []string `json:"unavailable"`
}

func readyz(t *testing.T, srv *apptest.Server) (int, readiness) {
	t.Helper()
	r := do(t, nil, http.MethodGet, srv.URL+"/readyz", nil, nil)
	var out readiness
	r.JSON(t, &out)
	return r.Status, out
}

// wantOutage checks an answer is an honest outage: 503, Retry-After, and the "try again"
// message, never "link not valid" or a 401.
func wantOutage(t *testing.T, what string, r reply) {
	t.Helper()
	if r.Status != http.StatusServiceUnavailable {
		t.Errorf("%s during the outage: status %d, want 503: %.300s", what, r.Status, r.Body)
		return
	}
	if r.Header.Get("Retry-After") == "" {
		t.Errorf("%s: 503 without Retry-After", what)
	}
	if !strings.Contains(r.Body, "try again") {
		t.Errorf("%s: the answer does not say to try again: %.300s", what, r.Body)
	}
	if strings.Contains(r.Body, "not valid") || strings.Contains(r.Body, "cannot be used") {
		t.Errorf("%s: an outage reads as an invalid link: %.300s", what, r.Body)
	}
}

// TestDatabaseOutage kills the database under a running server: a valid link, a vendor session,
// a vendor token and a staff token all get 503 with Retry-After, saves in flight never turn
// into 401 or 500, /readyz names the database, and when the database comes back everything
// works again without restarting Assay.
func TestDatabaseOutage(t *testing.T) {
	pg := newPrivatePostgres(t)
	srv := apptest.NewServer(t, apptest.Options{Env: map[string]string{"ASSAY_DATABASE_URL": pg.URL()}})
	v := srv.Vendor(t, "Outage Vendor")
	_, token := srv.Send(t, v)
	_, linkToken := srv.Send(t, srv.Vendor(t, "Second Vendor"))
	staff := srv.APIToken(t, "analyst@example.com", model.RoleAnalyst)
	session := srv.VendorSession(t, token)

	save := func(c *http.Client, headers map[string]string, url string) reply {
		return do(t, c, http.MethodPatch, url, strings.NewReader(`{"answers":{"security_ownership":"it_team"}}`),
			merge(headers, map[string]string{"Content-Type": "application/json"}))
	}
	if r := save(nil, map[string]string{"Bearer": token}, srv.URL+"/api/v1/respond/answers"); r.Status != http.StatusOK {
		t.Fatalf("save before the outage: %d %s", r.Status, r.Body)
	}
	if st, ready := readyz(t, srv); st != http.StatusOK || ready.Checks["database"].Kind != "postgres" {
		t.Fatalf("readyz before the outage: %d %+v", st, ready)
	}

	// Saves keep arriving while the database dies under them.
	stop := make(chan struct{})
	var mu sync.Mutex
	seen := map[int]int{}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				r := save(nil, map[string]string{"Bearer": token}, srv.URL+"/api/v1/respond/answers")
				mu.Lock()
				seen[r.Status]++
				mu.Unlock()
			}
		}()
	}
	time.Sleep(300 * time.Millisecond)
	pg.Kill()
	time.Sleep(500 * time.Millisecond)
	close(stop)
	wg.Wait()
	for status, n := range seen {
		// 409 is two of these parallel saves racing each other, answered by a live database.
		if status != http.StatusOK && status != http.StatusConflict && status != http.StatusServiceUnavailable {
			t.Errorf("%d saves in flight while the database died got %d; want only 200, 409 or 503 (all: %v)", n, status, seen)
		}
	}
	if seen[http.StatusServiceUnavailable] == 0 {
		t.Errorf("no save got 503 after the database was killed: %v", seen)
	}

	wantOutage(t, "opening a valid link", do(t, nil, http.MethodGet, srv.URL+"/r/"+linkToken, nil, nil))
	wantOutage(t, "the vendor page", do(t, session, http.MethodGet, srv.URL+"/respond", nil, nil))
	wantOutage(t, "the vendor API with a valid token", do(t, nil, http.MethodGet, srv.URL+"/api/v1/respond", nil, map[string]string{"Bearer": token}))
	wantOutage(t, "the staff API with a valid token", do(t, nil, http.MethodGet, srv.URL+"/api/v1/vendors", nil, map[string]string{"Bearer": staff}))
	var problem struct {
		Error struct{ Code string } `json:"error"`
	}
	do(t, nil, http.MethodGet, srv.URL+"/api/v1/respond", nil, map[string]string{"Bearer": token}).JSON(t, &problem)
	if problem.Error.Code != "unavailable" {
		t.Errorf("API error code during the outage = %q, want unavailable", problem.Error.Code)
	}
	st, ready := readyz(t, srv)
	if st != http.StatusServiceUnavailable || ready.Checks["database"].Status != "unavailable" || ready.Checks["evidence"].Status != "ok" ||
		len(ready.Unavailable) != 1 || ready.Unavailable[0] != "database" {
		t.Errorf("readyz during the outage: %d %+v; want 503 naming the database only", st, ready)
	}

	pg.Start()
	deadline := time.Now().Add(30 * time.Second)
	for {
		st, _ := readyz(t, srv)
		if st == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("readyz did not recover after the database came back")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if r := save(session, map[string]string{"X-CSRF-Token": csrfOf(t, srv, session)}, srv.URL+"/respond/answers"); r.Status != http.StatusOK {
		t.Errorf("vendor session save after recovery: %d %.300s", r.Status, r.Body)
	}
	if r := do(t, nil, http.MethodGet, srv.URL+"/r/"+linkToken, nil, nil); r.Status != http.StatusSeeOther {
		t.Errorf("opening the link after recovery: %d", r.Status)
	}
	if r := do(t, nil, http.MethodGet, srv.URL+"/api/v1/vendors", nil, map[string]string{"Bearer": staff}); r.Status != http.StatusOK {
		t.Errorf("staff API after recovery: %d", r.Status)
	}
	if r := do(t, nil, http.MethodGet, srv.URL+"/r/"+strings.Repeat("A", len(linkToken)), nil, nil); r.Status != http.StatusNotFound ||
		!strings.Contains(r.Body, "cannot be used") {
		t.Errorf("a made-up link after recovery: %d, want the invalid-link page", r.Status)
	}
}

func merge(a, b map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// csrfOf reads the CSRF token off the vendor's questionnaire page.
func csrfOf(t *testing.T, srv *apptest.Server, c *http.Client) string {
	t.Helper()
	r := do(t, c, http.MethodGet, srv.URL+"/respond", nil, nil)
	_, rest, ok := strings.Cut(r.Body, `data-csrf="`)
	if !ok {
		t.Fatalf("no CSRF token on /respond (status %d)", r.Status)
	}
	tok, _, _ := strings.Cut(rest, `"`)
	return tok
}

// TestObjectStoreOutage stops the evidence store under a running server: uploads and downloads
// get 503 with Retry-After, /readyz names the object store, and once the store is back the
// same upload works without restarting Assay.
func TestObjectStoreOutage(t *testing.T) {
	minio := newPrivateMinIO(t)
	srv := apptest.NewServer(t, apptest.Options{Env: minio.Env})
	a, token := srv.Send(t, srv.Vendor(t, "Store Outage Vendor"))
	staff := srv.APIToken(t, "analyst@example.com", model.RoleAnalyst)
	uploadFile := func() reply {
		ct, body := uploadBody("review_minutes", "minutes.pdf", []byte(minimalPDF))
		return do(t, nil, http.MethodPost, srv.URL+"/api/v1/respond/evidence", body, map[string]string{"Bearer": token, "Content-Type": ct})
	}
	first := uploadFile()
	if first.Status != http.StatusCreated {
		t.Fatalf("upload before the outage: %d %s", first.Status, first.Body)
	}
	var file struct{ ID uint }
	first.JSON(t, &file)
	if st, ready := readyz(t, srv); st != http.StatusOK || ready.Checks["evidence"].Kind != "s3" {
		t.Fatalf("readyz before the outage: %d %+v", st, ready)
	}

	minio.Stop()
	wantOutage(t, "an upload", uploadFile())
	wantOutage(t, "a download", do(t, nil, http.MethodGet, srv.URL+"/api/v1/assessments/"+itoa(a.ID)+"/evidence/"+itoa(file.ID), nil,
		map[string]string{"Bearer": staff}))
	st, ready := readyz(t, srv)
	if st != http.StatusServiceUnavailable || ready.Checks["evidence"].Status != "unavailable" || ready.Checks["database"].Status != "ok" ||
		len(ready.Unavailable) != 1 || ready.Unavailable[0] != "evidence" {
		t.Errorf("readyz during the outage: %d %+v; want 503 naming the evidence store only", st, ready)
	}

	minio.Start()
	if st, ready := readyz(t, srv); st != http.StatusOK {
		t.Errorf("readyz after the store came back: %d %+v", st, ready)
	}
	if r := uploadFile(); r.Status != http.StatusCreated {
		t.Errorf("upload after recovery: %d %.300s", r.Status, r.Body)
	}
}

func itoa(n uint) string { return strconv.FormatUint(uint64(n), 10) }
