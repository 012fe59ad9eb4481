package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"
)

// fakeBucket is an S3 bucket in this process that answers single and multipart uploads and
// records what it was sent, or discards the content for benchmarks.
type fakeBucket struct {
	discard bool

	mu      sync.Mutex
	parts   map[int][]byte
	objects map[string][]byte
	aborted int
	// completed are the part numbers and whether each carried a checksum, as the last
	// CompleteMultipartUpload listed them.
	completed []completedPart
}

type completedPart struct {
	Number   int    `xml:"PartNumber"`
	Checksum string `xml:"ChecksumSHA256"`
}

func (f *fakeBucket) start(tls bool) *httptest.Server {
	f.parts, f.objects = map[int][]byte{}, map[string][]byte{}
	h := http.HandlerFunc(f.serve)
	if tls {
		return httptest.NewTLSServer(h)
	}
	return httptest.NewServer(h)
}

func (f *fakeBucket) serve(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var body []byte
	if f.discard {
		_, _ = io.Copy(io.Discard, r.Body)
	} else {
		body, _ = io.ReadAll(r.Body)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case r.Method == http.MethodPost && q.Has("uploads"):
		fmt.Fprint(w, `<InitiateMultipartUploadResult><Bucket>bench</Bucket><Key>k</Key><UploadId>u1</UploadId></InitiateMultipartUploadResult>`)
	case r.Method == http.MethodPut && q.Has("partNumber"):
		n, _ := strconv.Atoi(q.Get("partNumber"))
		f.parts[n] = body
		sum := sha256.Sum256(body)
		w.Header().Set("x-amz-checksum-sha256", base64.StdEncoding.EncodeToString(sum[:]))
		w.Header().Set("ETag", `"e`+q.Get("partNumber")+`"`)
	case r.Method == http.MethodPost && q.Has("uploadId"):
		var done struct {
			Parts []completedPart `xml:"Part"`
		}
		if err := xml.Unmarshal(body, &done); err != nil && !f.discard {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.completed = done.Parts
		var object []byte
		for _, p := range done.Parts {
			object = append(object, f.parts[p.Number]...)
		}
		f.objects[r.URL.Path], f.parts = object, map[int][]byte{}
		fmt.Fprint(w, `<CompleteMultipartUploadResult><Bucket>bench</Bucket><Key>k</Key><ETag>"e"</ETag></CompleteMultipartUploadResult>`)
	case r.Method == http.MethodDelete && q.Has("uploadId"):
		f.aborted++
		f.parts = map[int][]byte{}
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPut:
		f.objects[r.URL.Path] = body
		w.Header().Set("ETag", `"e"`)
	case r.Method == http.MethodDelete:
		delete(f.objects, r.URL.Path)
		w.WriteHeader(http.StatusNoContent)
	default:
		http.Error(w, "unexpected "+r.Method+" "+r.URL.String(), http.StatusBadRequest)
	}
}

// newFakeS3Store is an S3 store on a fakeBucket that keeps what it is sent.
func newFakeS3Store(t *testing.T) (*S3, *fakeBucket) {
	t.Helper()
	fake := &fakeBucket{}
	srv := fake.start(false)
	t.Cleanup(srv.Close)
	t.Setenv("AWS_ACCESS_KEY_ID", "test")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
	t.Setenv("AWS_CONFIG_FILE", os.DevNull)
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", os.DevNull)
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	s, err := NewS3(context.Background(), S3Config{Bucket: "test", Endpoint: srv.URL, PathStyle: true, Region: "us-east-1"})
	if err != nil {
		t.Fatal(err)
	}
	return s, fake
}

// TestS3PutStreamParts stores a body of several parts whole and in order, each part with
// its checksum, whether the last part is short or full, and a small body as one object.
func TestS3PutStreamParts(t *testing.T) {
	s, fake := newFakeS3Store(t)
	for _, size := range []int64{1 << 10, 5 << 20, 12<<20 + 1, 15 << 20} {
		t.Run(strconv.FormatInt(size, 10), func(t *testing.T) {
			content, _ := io.ReadAll(randomPDF(size, 9))
			key := NewKey("evidence", time.Now())
			got, err := Receive(context.Background(), s, key, bytes.NewReader(content), 64<<20, AllKinds)
			if err != nil {
				t.Fatalf("Receive: %v", err)
			}
			if got.Size != size || got.SHA256 != sha(content) {
				t.Fatalf("Receive = %+v; want size %d, sha %s", got, size, sha(content))
			}
			stored := fake.objects["/test/"+key]
			if !bytes.Equal(stored, content) {
				t.Fatalf("stored %d bytes (sha %s); want the %d bytes sent", len(stored), sha(stored), size)
			}
			if size <= s.parts.size {
				return
			}
			wantParts := int((size + s.parts.size - 1) / s.parts.size)
			if len(fake.completed) != wantParts {
				t.Fatalf("completed %d parts; want %d", len(fake.completed), wantParts)
			}
			for i, p := range fake.completed {
				if p.Number != i+1 || p.Checksum == "" {
					t.Errorf("completed part %d = %+v; want number %d with its checksum", i, p, i+1)
				}
			}
		})
	}
}

// failAfter fails once n bytes have been read, like a client that disconnects.
type failAfter struct {
	r io.Reader
	n int64
}

var errClientGone = errors.New("client gone")

func (f *failAfter) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errClientGone
	}
	if int64(len(p)) > f.n {
		p = p[:f.n]
	}
	n, err := f.r.Read(p)
	f.n -= int64(n)
	return n, err
}

// TestS3PutStreamAbortsOnReadFailure leaves no parts and no object when the body fails
// after some parts were sent, and reports the body's failure.
func TestS3PutStreamAbortsOnReadFailure(t *testing.T) {
	s, fake := newFakeS3Store(t)
	key := NewKey("evidence", time.Now())
	_, err := Receive(context.Background(), s, key, &failAfter{r: randomPDF(30<<20, 10), n: 17 << 20}, 64<<20, AllKinds)
	if !errors.Is(err, errClientGone) {
		t.Fatalf("Receive = %v; want the body's failure", err)
	}
	if fake.aborted != 1 || len(fake.parts) != 0 || len(fake.objects) != 0 {
		t.Fatalf("after the failure: %d aborts, %d parts, %d objects; want 1 abort and nothing stored",
			fake.aborted, len(fake.parts), len(fake.objects))
	}
}
