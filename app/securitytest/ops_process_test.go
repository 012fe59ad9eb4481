package securitytest

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// child is `assay serve` running as a process of its own, for tests that kill it or measure
// its memory.
type child struct {
	t    *testing.T
	cmd  *exec.Cmd
	env  []string
	URL  string
	logs bytes.Buffer
}

// childEnv is the environment of a child Assay on dataDir and a free port.
func childEnv(t *testing.T, dataDir string, extra ...string) ([]string, string) {
	base := fmt.Sprintf("http://127.0.0.1:%d", freePort(t))
	env := append(os.Environ(), "ASSAY_DATA_DIR="+dataDir, "ASSAY_ADDR="+strings.TrimPrefix(base, "http://"), "ASSAY_BASE_URL="+base,
		"ASSAY_LOG_LEVEL=warn", "ASSAY_DATABASE_URL=", "ASSAY_S3_BUCKET=", "ASSAY_SMTP_URL=")
	return append(env, extra...), base
}

// assayCommand runs a one-off assay command in env and returns its output.
func assayCommand(t *testing.T, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(assayBin, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("assay %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// startChild runs `assay serve` and waits until it is ready.
func startChild(t *testing.T, env []string, base string) *child {
	t.Helper()
	c := &child{t: t, env: env, URL: base}
	c.cmd = exec.Command(assayBin, "serve")
	c.cmd.Env = env
	c.cmd.Stdout, c.cmd.Stderr = &c.logs, &c.logs
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Kill)
	deadline := time.Now().Add(60 * time.Second)
	for {
		if res, err := http.Get(base + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return c
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("assay did not become ready:\n%s", c.logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Kill ends the process with SIGKILL, as a crash or the OOM killer would.
func (c *child) Kill() {
	if c.cmd != nil && c.cmd.Process != nil && c.cmd.ProcessState == nil {
		c.cmd.Process.Kill()
		c.cmd.Wait()
	}
}

// invite registers a vendor and sends it the questionnaire through the API with the staff
// token, and returns the invitation token.
func invite(t *testing.T, base, staff, name string) string {
	t.Helper()
	var v struct{ ID uint }
	body := fmt.Sprintf(`{"name":%q,"website":"https://example.com","tier":"high","services":[{"name":"Payroll","keywords":["payroll"]}],"contacts":[{"name":"C","email":"c@%s.example"}]}`,
		name, strings.ToLower(strings.ReplaceAll(name, " ", "")))
	r := do(t, nil, http.MethodPost, base+"/api/v1/vendors", strings.NewReader(body), map[string]string{"Bearer": staff, "Content-Type": "application/json"})
	if r.Status != http.StatusCreated {
		t.Fatalf("create vendor: %d %s", r.Status, r.Body)
	}
	r.JSON(t, &v)
	var sent struct{ Invitations []struct{ URL string } }
	due := time.Now().AddDate(0, 0, 30).Format("2006-01-02")
	r = do(t, nil, http.MethodPost, fmt.Sprintf("%s/api/v1/vendors/%d/assessments", base, v.ID),
		strings.NewReader(fmt.Sprintf(`{"due_date":%q,"recipients":["c@%s.example"]}`, due, strings.ToLower(strings.ReplaceAll(name, " ", "")))),
		map[string]string{"Bearer": staff, "Content-Type": "application/json"})
	if r.Status != http.StatusCreated {
		t.Fatalf("send: %d %s", r.Status, r.Body)
	}
	r.JSON(t, &sent)
	u := sent.Invitations[0].URL
	return u[strings.LastIndex(u, "/r/")+3:]
}

// staffToken creates an analyst and an API token for it through the CLI.
func staffToken(t *testing.T, env []string) string {
	t.Helper()
	assayCommand(t, env, "user", "create", "--email", "analyst@example.com", "--role", "analyst")
	return strings.TrimSpace(assayCommand(t, env, "token", "create", "--email", "analyst@example.com"))
}

func tmpFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), ".tmp-") {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// TestKilledUploadLeavesNothing kills the server with SIGKILL in the middle of an upload: the
// temporary file it leaves is gone once the server has started again.
func TestKilledUploadLeavesNothing(t *testing.T) {
	data := t.TempDir()
	env, base := childEnv(t, data)
	staff := staffToken(t, env)
	srv := startChild(t, env, base)
	token := invite(t, base, staff, "Crash Vendor")

	pr, pw := io.Pipe()
	boundary := "assayboundary"
	go func() {
		fmt.Fprintf(pw, "--%s\r\nContent-Disposition: form-data; name=\"question_id\"\r\n\r\nreview_minutes\r\n--%s\r\n"+
			"Content-Disposition: form-data; name=\"file\"; filename=\"minutes.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%%PDF-1.4\n", boundary, boundary)
		chunk := bytes.Repeat([]byte("% padding of a large upload\n"), 4096)
		for range 20 {
			if _, err := pw.Write(chunk); err != nil {
				return
			}
		}
		// The rest never comes: the server dies first.
	}()
	req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/respond/evidence", pr)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
	go func() {
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
		}
	}()
	deadline := time.Now().Add(20 * time.Second)
	for len(tmpFiles(t, data)) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no temporary file appeared during the upload:\n%s", srv.logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	srv.Kill()
	pw.Close()
	left := tmpFiles(t, data)
	if len(left) == 0 {
		t.Fatal("the killed upload left no temporary file; the test proves nothing")
	}
	startChild(t, env, base)
	if left := tmpFiles(t, data); len(left) != 0 {
		t.Errorf("temporary files after the restart: %v", left)
	}
}
