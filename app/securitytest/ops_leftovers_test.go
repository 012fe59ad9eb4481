package securitytest

import (
	"context"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"assay/app/storage"
)

// TestSweepAbortsAbandonedMultipartUploads leaves a multipart upload unfinished on a MinIO of
// the test's own, as a killed server would, and checks the sweep's call aborts it once it is
// old enough, and not before.
func TestSweepAbortsAbandonedMultipartUploads(t *testing.T) {
	m := newPrivateMinIO(t)
	ctx := context.Background()
	st, err := storage.NewS3(ctx, storage.S3Config{Bucket: m.Bucket, Endpoint: m.Endpoint(), PathStyle: true})
	if err != nil {
		t.Fatal(err)
	}
	client := m.Client()
	up, err := client.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String(m.Bucket), Key: aws.String("evidence/abandoned.pdf")})
	if err != nil {
		t.Fatal(err)
	}
	pending := func() int {
		out, err := client.ListMultipartUploads(ctx, &s3.ListMultipartUploadsInput{Bucket: aws.String(m.Bucket)})
		if err != nil {
			t.Fatal(err)
		}
		return len(out.Uploads)
	}
	if pending() != 1 {
		t.Fatalf("%d pending uploads, want the one begun", pending())
	}
	if n, err := st.RemoveStale(ctx, time.Now().Add(-storage.StaleAge)); err != nil || n != 0 || pending() != 1 {
		t.Fatalf("a fresh upload was aborted: %d %v", n, err)
	}
	if n, err := st.RemoveStale(ctx, time.Now().Add(time.Minute)); err != nil || n != 1 || pending() != 0 {
		t.Fatalf("after the sweep: aborted %d (%v), %d still pending (upload %s)", n, err, pending(), aws.ToString(up.UploadId))
	}
}
