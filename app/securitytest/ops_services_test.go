package securitytest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"assay/app/apptest"
	"assay/app/testenv"
)

// freePort asks the kernel for a loopback port nobody uses.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// waitTCP waits until something listens on addr.
func waitTCP(t testing.TB, addr string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("nothing listens on %s after %s: %v", addr, timeout, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// privatePostgres is a PostgreSQL cluster of the test's own, on its own port, that the test
// can stop and start to play an outage without touching the shared server.
type privatePostgres struct {
	t       testing.TB
	bin     string
	dir     string
	port    int
	asOwner func(name string, args ...string) *exec.Cmd
}

// newPrivatePostgres initialises a cluster in a fresh folder and starts it.
func newPrivatePostgres(t testing.TB) *privatePostgres {
	t.Helper()
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(matches) == 0 {
		if testenv.InCI() {
			t.Fatal("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin")
		}
		t.Skip("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin")
	}
	p := &privatePostgres{t: t, bin: filepath.Dir(matches[len(matches)-1]), port: freePort(t)}
	dir, err := os.MkdirTemp("", "assay-pg-")
	if err != nil {
		t.Fatal(err)
	}
	p.dir = dir
	t.Cleanup(func() { os.RemoveAll(dir) })
	p.asOwner = func(name string, args ...string) *exec.Cmd { return exec.Command(name, args...) }
	if os.Geteuid() == 0 {
		// PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("running as root and no postgres user to own the cluster: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
		p.asOwner = func(name string, args ...string) *exec.Cmd {
			cmd := exec.Command(name, args...)
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
			return cmd
		}
	}
	p.run("initdb", "-D", p.data(), "-A", "trust", "-U", "postgres", "--no-sync")
	p.Start()
	t.Cleanup(func() { p.ctl("stop", "-m", "immediate") })
	return p
}

func (p *privatePostgres) data() string { return filepath.Join(p.dir, "data") }

func (p *privatePostgres) run(name string, args ...string) {
	p.t.Helper()
	cmd := p.asOwner(filepath.Join(p.bin, name), args...)
	cmd.Dir = p.dir
	if out, err := cmd.CombinedOutput(); err != nil {
		p.t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func (p *privatePostgres) ctl(args ...string) error {
	cmd := p.asOwner(filepath.Join(p.bin, "pg_ctl"), append([]string{"-D", p.data()}, args...)...)
	cmd.Dir = p.dir
	return cmd.Run()
}

// URL is the connection string of the cluster's postgres database.
func (p *privatePostgres) URL() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", p.port)
}

// Start starts the cluster and waits until it takes connections.
func (p *privatePostgres) Start() {
	p.t.Helper()
	p.run("pg_ctl", "-D", p.data(), "-w", "-l", filepath.Join(p.dir, "log"), "-o",
		fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", p.port, p.dir), "start")
	waitTCP(p.t, fmt.Sprintf("127.0.0.1:%d", p.port), 30*time.Second)
}

// Kill stops the cluster the hard way, dropping every connection at once, as a crash would.
func (p *privatePostgres) Kill() {
	p.t.Helper()
	p.run("pg_ctl", "-D", p.data(), "-w", "stop", "-m", "immediate")
}

// privateMinIO is a MinIO of the test's own with one bucket, which the test can stop and start.
type privateMinIO struct {
	t      testing.TB
	bin    string
	dir    string
	addr   string
	extra  []string
	cmd    *exec.Cmd
	Bucket string
	Env    map[string]string
}

// newPrivateMinIO starts MinIO from the binary scripts/test.sh installed, with the credentials
// of the environment and extra variables such as a KMS key, and makes a bucket.
func newPrivateMinIO(t testing.TB, extraEnv ...string) *privateMinIO {
	t.Helper()
	bin := apptest.Need(t, "ASSAY_TEST_MINIO")
	apptest.Need(t, "AWS_ACCESS_KEY_ID")
	m := &privateMinIO{t: t, bin: bin, dir: t.TempDir(), addr: fmt.Sprintf("127.0.0.1:%d", freePort(t)), extra: extraEnv, Bucket: "assay-private"}
	m.Start()
	t.Cleanup(m.Stop)
	if _, err := m.Client().CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String(m.Bucket)}); err != nil {
		t.Fatal(err)
	}
	m.Env = map[string]string{"ASSAY_S3_ENDPOINT": m.Endpoint(), "ASSAY_S3_BUCKET": m.Bucket, "ASSAY_S3_PATH_STYLE": "true"}
	return m
}

// Endpoint is MinIO's URL.
func (m *privateMinIO) Endpoint() string { return "http://" + m.addr }

// Start runs MinIO on its address and data folder and waits until it is ready.
func (m *privateMinIO) Start() {
	m.t.Helper()
	port := freePort(m.t)
	m.cmd = exec.Command(m.bin, "server", "--quiet", "--address", m.addr, "--console-address", fmt.Sprintf("127.0.0.1:%d", port), m.dir)
	m.cmd.Env = append(os.Environ(), "MINIO_ROOT_USER="+os.Getenv("AWS_ACCESS_KEY_ID"),
		"MINIO_ROOT_PASSWORD="+os.Getenv("AWS_SECRET_ACCESS_KEY"), "MINIO_BROWSER=off", "MINIO_UPDATE=off")
	m.cmd.Env = append(m.cmd.Env, m.extra...)
	if err := m.cmd.Start(); err != nil {
		m.t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := http.Get(m.Endpoint() + "/minio/health/ready")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		if time.Now().After(deadline) {
			m.t.Fatalf("MinIO did not become ready on %s", m.addr)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Stop kills MinIO and waits for it to exit.
func (m *privateMinIO) Stop() {
	if m.cmd == nil || m.cmd.Process == nil {
		return
	}
	m.cmd.Process.Kill()
	m.cmd.Wait()
	m.cmd = nil
}

// Client is an S3 client on this MinIO.
func (m *privateMinIO) Client() *s3.Client { return s3Client(m.t, m.Endpoint()) }

// reply is one HTTP answer as a test reads it.
type reply struct {
	Status int
	Header http.Header
	Body   string
}

// JSON decodes the body into out.
func (r reply) JSON(t testing.TB, out any) {
	t.Helper()
	if err := json.Unmarshal([]byte(r.Body), out); err != nil {
		t.Fatalf("not JSON (status %d): %s", r.Status, r.Body)
	}
}

// do sends a request and reads the whole answer; a header "Bearer" sets Authorization.
func do(t testing.TB, c *http.Client, method, url string, body io.Reader, headers map[string]string) reply {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		if k == "Bearer" {
			req.Header.Set("Authorization", "Bearer "+v)
			continue
		}
		req.Header.Set(k, v)
	}
	if c == nil {
		c = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return reply{Status: res.StatusCode, Header: res.Header, Body: string(b)}
}

// uploadBody is a multipart upload form with the question before the file, as the streaming
// handler wants it.
func uploadBody(questionID, filename string, content []byte) (string, *bytes.Buffer) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("question_id", questionID)
	fw, _ := mw.CreateFormFile("file", filename)
	fw.Write(content)
	mw.Close()
	return mw.FormDataContentType(), &buf
}

// minimalPDF is a one-page PDF with a line of text.
const minimalPDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
	"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" +
	"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 720 Td (Minutes of review) Tj ET\nendstream endobj\n" +
	"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
