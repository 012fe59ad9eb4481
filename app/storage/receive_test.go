package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"
)

// spyStore records calls and can misbehave, to test Receive's cleanup.
type spyStore struct {
	Storage
	puts, deletes int
	putLimit      int64 // when > 0, Put reads only this much and reports success
}

func (s *spyStore) Put(ctx context.Context, key string, r io.Reader, ct string) error {
	s.puts++
	if s.putLimit > 0 {
		r = io.LimitReader(r, s.putLimit)
	}
	return s.Storage.Put(ctx, key, r, ct)
}

func (s *spyStore) Delete(ctx context.Context, key string) error {
	s.deletes++
	return s.Storage.Delete(ctx, key)
}

func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// pdfOfSize is a PDF header followed by random bytes: enough for the
// sniffer, and incompressible like real scans.
func pdfOfSize(n int, seed uint64) []byte {
	b := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed)})
	_, _ = r.Read(b)
	copy(b, "%PDF-1.7\n")
	return b
}

func TestReceiveKinds(t *testing.T) {
	l, _ := newLocal(t)
	ctx := context.Background()
	files := map[Kind][]byte{
		KindPDF:  []byte(pdfFile),
		KindPNG:  pngFile(t),
		KindJPEG: jpegFile(t),
		KindDOCX: docxFile(t),
		KindXLSX: xlsxFile(t),
		KindCSV:  []byte("name,completed\nAda,2026-01-02\n"),
		KindTXT:  []byte("Minutes of the management review.\n"),
	}
	for kind, content := range files {
		t.Run(string(kind), func(t *testing.T) {
			key := NewKey("evidence", time.Now())
			got, err := Receive(ctx, l, key, bytes.NewReader(content), 1<<20, AllKinds)
			if err != nil {
				t.Fatalf("Receive: %v", err)
			}
			want := Received{Size: int64(len(content)), SHA256: sha(content), Kind: kind, ContentType: kind.ContentType()}
			if got != want {
				t.Fatalf("Receive = %+v; want %+v", got, want)
			}
			assertObject(t, l, key, content)
		})
	}
}

func TestReceiveRejects(t *testing.T) {
	big := pdfOfSize(3*SniffLen, 1)
	cases := []struct {
		name      string
		body      io.Reader
		max       int64
		allowed   []Kind
		want      error
		wantPuts  int
		wantClean bool // the store was called, so Receive must delete
	}{
		{"exe renamed to .pdf", bytes.NewReader(exeFile), 1 << 20, AllKinds, ErrTypeNotAllowed, 0, false},
		{"html", strings.NewReader("<!doctype html><p>hi"), 1 << 20, AllKinds, ErrTypeNotAllowed, 0, false},
		{"csv where only pdf is allowed", strings.NewReader("a,b\n1,2\n"), 1 << 20, []Kind{KindPDF}, ErrTypeNotAllowed, 0, false},
		{"empty", strings.NewReader(""), 1 << 20, AllKinds, ErrEmpty, 0, false},
		{"too large within the sniffed prefix", bytes.NewReader(big[:1001]), 1000, AllKinds, ErrTooLarge, 0, false},
		{"too large while streaming", bytes.NewReader(big), int64(len(big)) - 1, AllKinds, ErrTooLarge, 1, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, _ := newLocal(t)
			spy := &spyStore{Storage: l}
			key := NewKey("evidence", time.Now())
			_, err := Receive(context.Background(), spy, key, tc.body, tc.max, tc.allowed)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Receive = %v; want %v", err, tc.want)
			}
			if spy.puts != tc.wantPuts {
				t.Errorf("Put called %d times; want %d", spy.puts, tc.wantPuts)
			}
			if tc.wantClean && spy.deletes == 0 {
				t.Errorf("Receive did not delete after a failed Put")
			}
			assertAbsent(t, l, key)
		})
	}
}

func TestReceiveTypeErrorListsAllowed(t *testing.T) {
	l, _ := newLocal(t)
	_, err := Receive(context.Background(), l, NewKey("evidence", time.Now()), bytes.NewReader(exeFile), 1<<20, []Kind{KindPDF, KindPNG})
	var te *TypeNotAllowedError
	if !errors.As(err, &te) || !strings.Contains(err.Error(), "PDF, PNG") {
		t.Fatalf("error = %v; want a TypeNotAllowedError naming PDF, PNG", err)
	}
	if !strings.Contains(ErrTypeNotAllowed.Error(), "PDF, PNG, JPEG, DOCX, XLSX, CSV, TXT") {
		t.Fatalf("ErrTypeNotAllowed = %q; want it to list every kind", ErrTypeNotAllowed)
	}
}

func TestReceiveExactlyAtLimit(t *testing.T) {
	for _, n := range []int{100, SniffLen, 2*SniffLen + 17} {
		l, _ := newLocal(t)
		body := pdfOfSize(n, uint64(n))
		key := NewKey("evidence", time.Now())
		got, err := Receive(context.Background(), l, key, bytes.NewReader(body), int64(n), AllKinds)
		if err != nil {
			t.Fatalf("size %d: Receive: %v", n, err)
		}
		if got.Size != int64(n) || got.SHA256 != sha(body) {
			t.Fatalf("size %d: Receive = %+v; want size %d sha %s", n, got, n, sha(body))
		}
		assertObject(t, l, key, body)
	}
}

func TestReceiveCleansUp(t *testing.T) {
	body := pdfOfSize(2*SniffLen, 7)
	t.Run("client disconnects mid-upload", func(t *testing.T) {
		l, _ := newLocal(t)
		spy := &spyStore{Storage: l}
		boom := errors.New("connection reset")
		key := NewKey("evidence", time.Now())
		_, err := Receive(context.Background(), spy, key, &errReader{data: body, err: boom}, 1<<30, AllKinds)
		if !errors.Is(err, boom) {
			t.Fatalf("Receive = %v; want it to wrap %v", err, boom)
		}
		if spy.deletes == 0 {
			t.Error("no Delete after the failure")
		}
		assertAbsent(t, l, key)
	})
	t.Run("store stops reading early", func(t *testing.T) {
		l, _ := newLocal(t)
		spy := &spyStore{Storage: l, putLimit: SniffLen + 10}
		key := NewKey("evidence", time.Now())
		if _, err := Receive(context.Background(), spy, key, bytes.NewReader(body), 1<<30, AllKinds); err == nil {
			t.Fatal("Receive succeeded although the store kept only part of the body")
		}
		assertAbsent(t, l, key)
	})
}

func TestNewKey(t *testing.T) {
	re := regexp.MustCompile(`^evidence/2026/11/[0-9a-f]{32}$`)
	at := time.Date(2026, 11, 30, 23, 0, 0, 0, time.UTC)
	a, b := NewKey("evidence", at), NewKey("evidence", at)
	if !re.MatchString(a) || a == b {
		t.Fatalf("NewKey = %q, %q; want distinct keys matching %s", a, b, re)
	}
	if err := checkKey(a); err != nil {
		t.Fatalf("NewKey made an invalid key: %v", err)
	}
}

func TestSafeFilename(t *testing.T) {
	cases := []struct{ in, want string }{
		{"training-report.pdf", "training-report.pdf"},
		{"../../etc/passwd", "passwd"},
		{`..\..\win.ini`, "win.ini"},
		{`C:\Users\ada\Desktop\minutes Q3.docx`, "minutes Q3.docx"},
		{"/abs/path/log.csv", "log.csv"},
		{"..", "file"},
		{"", "file"},
		{"dir/", "file"},
		{".htaccess", "htaccess"},
		{"report.pdf. . ", "report.pdf"},
		{"bad\r\nX-Injected: yes.txt", "badX-Injected: yes.txt"},
		{"evil\u202Efdp.exe", "evilfdp.exe"},
		{"nul\x00byte.txt", "nulbyte.txt"},
		{"caf\xe9.txt", "caf.txt"},
		{"Überprüfung.pdf", "Überprüfung.pdf"},
		{strings.Repeat("a", 300) + ".xlsx", strings.Repeat("a", 195) + ".xlsx"},
		{strings.Repeat("ü", 150) + ".pdf", strings.Repeat("ü", 98) + ".pdf"},
	}
	for _, tc := range cases {
		if got := SafeFilename(tc.in); got != tc.want {
			t.Errorf("SafeFilename(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
