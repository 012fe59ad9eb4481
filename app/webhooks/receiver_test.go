package webhooks_test

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"mime/multipart"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"assay/app/apptest"
)

// receiver is a webhook endpoint written from the Standard Webhooks specification, not from
// Assay's code: it verifies each message's signature with the secret it was given and keeps
// the messages that verify.
type receiver struct {
	srv *http.Server
	URL string

	mu       sync.Mutex
	secret   string
	got      []received
	bad      []string
	requests int
	// answer, when set, chooses the status for each request instead of 204.
	answer func(n int) int
}

// received is one verified message.
type received struct {
	ID        string
	Timestamp time.Time
	Type      string
	Data      map[string]any
}

// newReceiver listens on a loopback port (addr, or any when empty) until the test ends.
func newReceiver(t *testing.T, addr string) *receiver {
	t.Helper()
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	r := &receiver{URL: "http://" + ln.Addr().String() + "/hooks/assay"}
	r.srv = &http.Server{Handler: r}
	go r.srv.Serve(ln)
	t.Cleanup(func() { r.srv.Close() })
	return r
}

func (r *receiver) setSecret(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.secret = s
}

// ServeHTTP verifies as the specification says: the signed content is the webhook-id, the
// webhook-timestamp and the body joined by dots; the key is the base64 after "whsec_"; the
// header lists space-separated "v1,<base64 HMAC-SHA256>" signatures, one of which must match;
// the timestamp must be within five minutes.
func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.requests++
	if r.answer != nil {
		if code := r.answer(r.requests); code != 0 {
			w.WriteHeader(code)
			return
		}
	}
	problem := r.verify(req, body)
	if problem != "" {
		r.bad = append(r.bad, problem)
		http.Error(w, problem, http.StatusBadRequest)
		return
	}
	var msg struct {
		Type string         `json:"type"`
		Data map[string]any `json:"data"`
	}
	if err := json.Unmarshal(body, &msg); err != nil {
		r.bad = append(r.bad, "body is not JSON: "+err.Error())
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	sec, _ := strconv.ParseInt(req.Header.Get("webhook-timestamp"), 10, 64)
	r.got = append(r.got, received{ID: req.Header.Get("webhook-id"), Timestamp: time.Unix(sec, 0), Type: msg.Type, Data: msg.Data})
	w.WriteHeader(http.StatusNoContent)
}

func (r *receiver) verify(req *http.Request, body []byte) string {
	if req.Method != http.MethodPost || req.Header.Get("Content-Type") != "application/json" {
		return "not a JSON POST"
	}
	id, ts, sigs := req.Header.Get("webhook-id"), req.Header.Get("webhook-timestamp"), req.Header.Get("webhook-signature")
	if id == "" || ts == "" || sigs == "" {
		return "missing webhook headers"
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || math.Abs(time.Since(time.Unix(sec, 0)).Seconds()) > 300 {
		return "timestamp outside the tolerance: " + ts
	}
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(r.secret, "whsec_"))
	if err != nil || !strings.HasPrefix(r.secret, "whsec_") {
		return "the receiver has no usable secret"
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(id + "." + ts + "." + string(body)))
	want := mac.Sum(nil)
	for _, s := range strings.Fields(sigs) {
		version, b64, ok := strings.Cut(s, ",")
		got, err := base64.StdEncoding.DecodeString(b64)
		if ok && version == "v1" && err == nil && hmac.Equal(got, want) {
			return ""
		}
	}
	return "no signature matches"
}

// messages returns the verified messages and the refused ones so far.
func (r *receiver) messages() ([]received, []string, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.got...), append([]string(nil), r.bad...), r.requests
}

// waitFor polls done every 50 ms until it holds, failing the test after timeout.
func waitFor(t *testing.T, timeout time.Duration, what string, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("%s within %s", what, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// call sends a JSON API request with a bearer token, decoding the answer into out.
func call(t *testing.T, method, url, token string, body, out any) int {
	t.Helper()
	return apptest.CallJSON(t, method, url, token, body, out)
}

// upload sends one evidence file as the vendor.
func upload(t *testing.T, url, token, questionID, filename, content string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("question_id", questionID)
	fw, _ := w.CreateFormFile("file", filename)
	fw.Write([]byte(content))
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, url, &buf)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", w.FormDataContentType())
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("upload %s: %d", questionID, res.StatusCode)
	}
}

func itoa(id uint) string { return fmt.Sprint(id) }
