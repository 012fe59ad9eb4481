package storage

import (
	"assay/app/testenv"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// newTestS3 connects to the MinIO that scripts/test.sh starts. Credentials
// come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY through the default
// chain, as in production.
func newTestS3(t *testing.T) *S3 {
	t.Helper()
	testenv.Need(t, "ASSAY_TEST_S3_ENDPOINT", "ASSAY_TEST_S3_BUCKET", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
	s, err := NewS3(context.Background(), S3Config{
		Bucket:    os.Getenv("ASSAY_TEST_S3_BUCKET"),
		Endpoint:  os.Getenv("ASSAY_TEST_S3_ENDPOINT"),
		Region:    "us-east-1",
		PathStyle: true,
	})
	if err != nil {
		t.Fatalf("NewS3: %v", err)
	}
	return s
}

// testPrefix keeps each run's objects apart in a shared bucket.
func testPrefix() string { return "test-" + randomHex(6) }

// assertNoPendingUploads fails when a multipart upload for key was left
// open: its parts use space (and on AWS cost money) although no object exists.
func assertNoPendingUploads(t *testing.T, s *S3, key string) {
	t.Helper()
	out, err := s.client.ListMultipartUploads(context.Background(), &s3.ListMultipartUploadsInput{
		Bucket: aws.String(s.bucket),
		Prefix: aws.String(key),
	})
	if err != nil {
		t.Fatalf("ListMultipartUploads: %v", err)
	}
	if len(out.Uploads) > 0 {
		t.Fatalf("%d multipart upload(s) left open for %s", len(out.Uploads), key)
	}
}

// randomPDF streams n bytes that sniff as a PDF, without holding them.
func randomPDF(n int64, seed byte) io.Reader {
	return io.MultiReader(
		&byteReader{b: []byte("%PDF-1.7\n")},
		io.LimitReader(rand.NewChaCha8([32]byte{seed}), n-9),
	)
}

func TestS3(t *testing.T) {
	s := newTestS3(t)
	testStorage(t, s, testPrefix())
}

func TestS3ReceiveMultipart(t *testing.T) {
	s := newTestS3(t)
	ctx := context.Background()
	const size = 20 << 20 // several parts at the default part size
	key := testPrefix() + "/" + NewKey("evidence", time.Now())
	t.Cleanup(func() { _ = s.Delete(context.Background(), key) })

	want := sha256.New()
	got, err := Receive(ctx, s, key, io.TeeReader(randomPDF(size, 1), want), 64<<20, AllKinds)
	if err != nil {
		t.Fatalf("Receive: %v", err)
	}
	wantSum := hex.EncodeToString(want.Sum(nil))
	if got.Size != size || got.SHA256 != wantSum || got.Kind != KindPDF {
		t.Fatalf("Receive = %+v; want size %d, sha %s, pdf", got, size, wantSum)
	}

	n, err := s.Size(ctx, key)
	if err != nil || n != size {
		t.Fatalf("Size = %d, %v; want %d", n, err, size)
	}
	rc, err := s.Open(ctx, key)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer rc.Close()
	back := sha256.New()
	read, err := io.Copy(back, rc)
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if read != size || hex.EncodeToString(back.Sum(nil)) != wantSum {
		t.Fatalf("read back %d bytes with sha %x; want %d bytes with sha %s", read, back.Sum(nil), size, wantSum)
	}
}

func TestS3ReceiveTooLarge(t *testing.T) {
	s := newTestS3(t)
	key := testPrefix() + "/" + NewKey("evidence", time.Now())
	// Past the first part, so a multipart upload is open when the limit hits.
	_, err := Receive(context.Background(), s, key, randomPDF(20<<20, 2), 12<<20, AllKinds)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Receive = %v; want ErrTooLarge", err)
	}
	assertAbsent(t, s, key)
	assertNoPendingUploads(t, s, key)
}

func TestS3ReceiveTypeNotAllowed(t *testing.T) {
	s := newTestS3(t)
	key := testPrefix() + "/" + NewKey("evidence", time.Now())
	_, err := Receive(context.Background(), s, key, io.MultiReader(&byteReader{b: exeFile}, io.LimitReader(rand.NewChaCha8([32]byte{3}), 1<<20)), 64<<20, AllKinds)
	if !errors.Is(err, ErrTypeNotAllowed) {
		t.Fatalf("Receive = %v; want ErrTypeNotAllowed", err)
	}
	assertAbsent(t, s, key)
}

// cancelAfter cancels the upload's context once n bytes have been read,
// like a request whose client disconnects halfway.
type cancelAfter struct {
	r      io.Reader
	n      int64
	cancel context.CancelFunc
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n -= int64(n)
	if c.n <= 0 {
		c.cancel()
	}
	return n, err
}

func TestS3ReceiveCancelled(t *testing.T) {
	s := newTestS3(t)
	key := testPrefix() + "/" + NewKey("evidence", time.Now())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	body := &cancelAfter{r: randomPDF(40<<20, 4), n: 20 << 20, cancel: cancel}
	if _, err := Receive(ctx, s, key, body, 64<<20, AllKinds); err == nil {
		t.Fatal("Receive succeeded after its context was cancelled")
	}
	assertAbsent(t, s, key)
	assertNoPendingUploads(t, s, key)
}

func TestNewS3RejectsBadConfig(t *testing.T) {
	ctx := context.Background()
	if _, err := NewS3(ctx, S3Config{}); err == nil {
		t.Error("NewS3 without a bucket succeeded")
	}
	if _, err := NewS3(ctx, S3Config{Bucket: "b", PartSize: 1 << 20}); err == nil {
		t.Error("NewS3 with a part size below the S3 minimum succeeded")
	}
}

// TestNewS3RefusesUnknownProtection names the setting a store cannot honour, before any
// object is written without the protection asked for.
func TestNewS3RefusesUnknownProtection(t *testing.T) {
	for _, cfg := range []S3Config{
		{Bucket: "b", SSE: "rot13"},
		{Bucket: "b", SSEKMSKeyID: "assay-key"},
		{Bucket: "b", SSE: "AES256", SSEKMSKeyID: "assay-key"},
		{Bucket: "b", Checksum: "MD5"},
	} {
		if _, err := NewS3(context.Background(), cfg); err == nil {
			t.Errorf("%+v accepted", cfg)
		}
	}
	if _, err := NewS3(context.Background(), S3Config{Bucket: "b", SSE: "aws:kms", SSEKMSKeyID: "assay-key", Checksum: "CRC32C"}); err != nil {
		t.Errorf("SSE-KMS with a key and CRC32C: %v", err)
	}
}

// TestPutVersionWithoutVersioning gives no version id where the bucket keeps none, and the
// object still carries the checksum the store verified.
func TestPutVersionWithoutVersioning(t *testing.T) {
	s := newTestS3(t)
	ctx := context.Background()
	key := testPrefix() + "/unversioned"
	t.Cleanup(func() { s.Delete(ctx, key) })
	v, err := s.PutVersion(ctx, key, randomPDF(1<<10, 7), "application/pdf")
	if err != nil || v != "" {
		t.Fatalf("PutVersion = %q, %v; want no version and no error", v, err)
	}
	head, err := s.client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key), ChecksumMode: "ENABLED"})
	if err != nil || aws.ToString(head.ChecksumSHA256) == "" {
		t.Fatalf("head: %v, checksum %q; want a stored SHA-256", err, aws.ToString(head.ChecksumSHA256))
	}
}
