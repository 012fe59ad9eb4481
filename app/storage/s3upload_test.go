package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/pem"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
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
	// puts are the bodies' hashes and the checksum headers of every object and part sent.
	puts []sentBody
}

// sentBody is what one PUT of an object or a part carried: its body's SHA-256 and the
// headers that say how it was checked and signed.
type sentBody struct {
	sum             [32]byte
	crc             uint32
	checksum        string // x-amz-checksum-sha256
	crc32c          string // x-amz-checksum-crc32c
	contentSHA256   string // x-amz-content-sha256, what the signature covers
	contentEncoding string
	trailer         string
}

type completedPart struct {
	Number   int    `xml:"PartNumber"`
	Checksum string `xml:"ChecksumSHA256"`
	CRC32C   string `xml:"ChecksumCRC32C"`
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
	var err error
	if f.discard {
		_, err = io.Copy(io.Discard, r.Body)
	} else {
		body, err = io.ReadAll(r.Body)
	}
	if err != nil {
		// The client gave up on this request: S3 keeps nothing of a body cut short.
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if r.Method == http.MethodPut && !f.discard {
		f.puts = append(f.puts, sentBody{sum: sha256.Sum256(body), crc: crc32.Checksum(body, castagnoli),
			checksum: r.Header.Get("x-amz-checksum-sha256"), crc32c: r.Header.Get("x-amz-checksum-crc32c"),
			contentSHA256: r.Header.Get("x-amz-content-sha256"), contentEncoding: r.Header.Get("Content-Encoding"),
			trailer: r.Header.Get("x-amz-trailer")})
	}
	switch {
	case r.Method == http.MethodPost && q.Has("uploads"):
		fmt.Fprint(w, `<InitiateMultipartUploadResult><Bucket>bench</Bucket><Key>k</Key><UploadId>u1</UploadId></InitiateMultipartUploadResult>`)
	case r.Method == http.MethodPut && q.Has("partNumber"):
		n, _ := strconv.Atoi(q.Get("partNumber"))
		f.parts[n] = body
		// As S3 does, the part's response names the checksum the request carried.
		if v := r.Header.Get("x-amz-checksum-sha256"); v != "" {
			w.Header().Set("x-amz-checksum-sha256", v)
		}
		if v := r.Header.Get("x-amz-checksum-crc32c"); v != "" {
			w.Header().Set("x-amz-checksum-crc32c", v)
		}
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
	return newFakeS3StoreOver(t, false, "")
}

// newFakeS3StoreOver is newFakeS3Store over HTTPS when tls is set, with the checksum setting.
func newFakeS3StoreOver(t *testing.T, tls bool, checksum string) (*S3, *fakeBucket) {
	t.Helper()
	fake := &fakeBucket{}
	srv := fake.start(tls)
	t.Cleanup(srv.Close)
	if tls {
		// The SDK's default transport trusts the system's roots; this one trusts the test server.
		t.Setenv("AWS_CA_BUNDLE", writeServerCA(t, srv))
	}
	t.Setenv("AWS_ACCESS_KEY_ID", "test")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
	t.Setenv("AWS_CONFIG_FILE", os.DevNull)
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", os.DevNull)
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	s, err := NewS3(context.Background(), S3Config{Bucket: "test", Endpoint: srv.URL, PathStyle: true, Region: "us-east-1", Checksum: checksum})
	if err != nil {
		t.Fatal(err)
	}
	return s, fake
}

// writeServerCA writes the test server's certificate to a file for AWS_CA_BUNDLE.
func writeServerCA(tb testing.TB, srv *httptest.Server) string {
	tb.Helper()
	ca := filepath.Join(tb.TempDir(), "ca.pem")
	cert := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw})
	if err := os.WriteFile(ca, cert, 0o600); err != nil {
		tb.Fatal(err)
	}
	return ca
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
				if p.Number != i+1 || p.CRC32C == "" {
					t.Errorf("completed part %d = %+v; want number %d with its checksum", i, p, i+1)
				}
			}
		})
	}
}

// TestS3PartsCarryTheirChecksumAsAHeader sends every part and every small object with its
// checksum in a header, over HTTP and over HTTPS, never as the trailer of an aws-chunked body
// the store would have to decode, for each setting of --s3-checksum. A SHA-256 is what the
// request's signature covers over HTTP (one hash serves both) and the payload is unsigned over
// HTTPS; a CRC32C goes with an unsigned payload on both, so no part is hashed with SHA-256 but
// for the whole file's record. By default (auto) an object sent whole carries its SHA-256,
// the very digest Assay records, and each part of a larger one its CRC32C.
func TestS3PartsCarryTheirChecksumAsAHeader(t *testing.T) {
	for _, tc := range []struct {
		setting     string
		whole, part string // "sha256" or "crc32c"
	}{
		{"", "sha256", "crc32c"},
		{ChecksumAuto, "sha256", "crc32c"},
		{ChecksumSHA256, "sha256", "sha256"},
		{ChecksumCRC32C, "crc32c", "crc32c"},
	} {
		for _, tls := range []bool{false, true} {
			t.Run(fmt.Sprintf("%q/%s", tc.setting, map[bool]string{false: "http", true: "https"}[tls]), func(t *testing.T) {
				s, fake := newFakeS3StoreOver(t, tls, tc.setting)
				for _, size := range []int64{3 << 10, 12<<20 + 7} {
					content, _ := io.ReadAll(randomPDF(size, 11))
					if _, err := Receive(context.Background(), s, NewKey("evidence", time.Now()), bytes.NewReader(content), 64<<20, AllKinds); err != nil {
						t.Fatalf("Receive %d bytes: %v", size, err)
					}
				}
				if len(fake.puts) != 1+3 {
					t.Fatalf("%d PUTs; want one object and three parts", len(fake.puts))
				}
				for i, p := range fake.puts {
					alg := tc.part
					if i == 0 {
						alg = tc.whole
					}
					var wantSHA, wantCRC, wantSigned string
					switch alg {
					case "sha256":
						wantSHA, wantSigned = base64.StdEncoding.EncodeToString(p.sum[:]), fmt.Sprintf("%x", p.sum)
						if tls {
							wantSigned = unsignedPayload
						}
					case "crc32c":
						wantCRC = base64.StdEncoding.EncodeToString(binary.BigEndian.AppendUint32(nil, p.crc))
						wantSigned = unsignedPayload
					}
					if p.checksum != wantSHA || p.crc32c != wantCRC || p.contentSHA256 != wantSigned || p.contentEncoding != "" || p.trailer != "" {
						t.Errorf("PUT %d: sha256 %q, crc32c %q, signed hash %q, encoding %q, trailer %q; want %q, %q, %q and a plain body",
							i, p.checksum, p.crc32c, p.contentSHA256, p.contentEncoding, p.trailer, wantSHA, wantCRC, wantSigned)
					}
				}
			})
		}
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
