package storage

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkReceiveS3 sends a multipart upload over HTTP to a handler that receives it as
// the vendor API did before its FormReader (a buffered body, mime/multipart, Receive into the
// S3 store; BenchmarkFormFile in app/web/httpx compares the two readers),
// with the store's bucket a fake S3 server in this process that discards what it is sent.
// It measures Assay's own work on the path without MinIO's: the CPU seconds and allocations
// per upload (the process's, the sending client's and the fake store's included, which do
// not change with the receive path). BENCH_RECEIVE_MIB sets the file's size (64 MiB).
//
//	go test ./app/storage -run '^$' -bench ReceiveS3 -benchtime 3x -cpuprofile cpu.out
func BenchmarkReceiveS3(b *testing.B) {
	size := int64(64)
	if v := os.Getenv("BENCH_RECEIVE_MIB"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			b.Fatalf("BENCH_RECEIVE_MIB=%q: %v", v, err)
		}
		size = n
	}
	size <<= 20
	for _, tls := range []bool{false, true} {
		for _, checksum := range []string{ChecksumSHA256, ChecksumCRC32C} {
			name := map[bool]string{false: "http", true: "https"}[tls] + "/" + checksum
			b.Run(name, func(b *testing.B) { benchReceive(b, size, tls, checksum) })
		}
	}
}

func benchReceive(b *testing.B, size int64, tls bool, checksum string) {
	fake := &fakeBucket{discard: true}
	bucket := fake.start(tls)
	defer bucket.Close()
	if tls {
		b.Setenv("AWS_CA_BUNDLE", writeServerCA(b, bucket))
	}
	b.Setenv("AWS_ACCESS_KEY_ID", "bench")
	b.Setenv("AWS_SECRET_ACCESS_KEY", "bench-secret")
	b.Setenv("AWS_CONFIG_FILE", os.DevNull)
	b.Setenv("AWS_SHARED_CREDENTIALS_FILE", os.DevNull)
	b.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	store, err := NewS3(context.Background(), S3Config{Bucket: "bench", Endpoint: bucket.URL, PathStyle: true,
		Region: "us-east-1", Checksum: checksum})
	if err != nil {
		b.Fatal(err)
	}
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, err := receiveMultipart(r, store, size+1<<20)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		fmt.Fprint(w, got.Size)
	}))
	defer front.Close()

	b.SetBytes(size)
	b.ReportAllocs()
	cpu := cpuSeconds()
	b.ResetTimer()
	for range b.N {
		if err := postMultipart(front.URL, size); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N)*float64(500<<20)/float64(size), "cpu-s/500MiB")
}

// receiveMultipart reads the file part of a request as the vendor upload handler does.
func receiveMultipart(r *http.Request, store Storage, limit int64) (Received, error) {
	r.Body = struct {
		io.Reader
		io.Closer
	}{bufio.NewReaderSize(r.Body, 256<<10), r.Body}
	mr, err := r.MultipartReader()
	if err != nil {
		return Received{}, err
	}
	part, err := mr.NextPart()
	if err != nil {
		return Received{}, err
	}
	return Receive(r.Context(), store, NewKey("evidence", time.Now()), part, limit, AllKinds)
}

// postMultipart sends size bytes that sniff as a PDF as the file part of a form, with its
// length known up front as a browser sends it.
func postMultipart(url string, size int64) error {
	var head bytes.Buffer
	mw := multipart.NewWriter(&head)
	if _, err := mw.CreateFormFile("file", "policy.pdf"); err != nil {
		return err
	}
	tail := "\r\n--" + mw.Boundary() + "--\r\n"
	req, err := http.NewRequest(http.MethodPost, url, io.MultiReader(&head, benchPDF(size), strings.NewReader(tail)))
	if err != nil {
		return err
	}
	req.ContentLength = int64(head.Len()) + size + int64(len(tail))
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || string(body) != strconv.FormatInt(size, 10) {
		return fmt.Errorf("status %d: %s", res.StatusCode, body)
	}
	return nil
}

// benchPDF is size bytes starting "%PDF-" that repeat a random block, so making them costs
// next to nothing beside the receive path.
func benchPDF(size int64) io.Reader {
	block := make([]byte, 1<<20)
	_, _ = rand.NewChaCha8([32]byte{'b'}).Read(block)
	copy(block, "%PDF-1.7\n")
	return io.LimitReader(&repeatReader{block: block}, size)
}

type repeatReader struct {
	block []byte
	off   int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := copy(p, r.block[r.off:])
	r.off = (r.off + n) % len(r.block)
	return n, nil
}

// cpuSeconds is the user and system CPU time this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
