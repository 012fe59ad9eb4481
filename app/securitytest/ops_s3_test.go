package securitytest

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"assay/app/apptest"
	"assay/app/model"
)

// Item 14: evidence in S3 is stored as S3 users expect. On a bucket with versioning on, in the
// test MinIO with its built-in KMS key, each upload (one part, and a multipart one) is
// encrypted with the key Assay names, carries a SHA-256 checksum the store checked and kept,
// which for a single part is the very digest Assay recorded, and its record holds the version
// id the store gave it. A body whose checksum does not match is refused by the store.
func TestS3EvidenceIsEncryptedVerifiedAndVersioned(t *testing.T) {
	endpoint := apptest.Need(t, "ASSAY_TEST_S3_ENDPOINT")
	kmsKey := apptest.Need(t, "ASSAY_TEST_S3_KMS_KEY")
	ctx := context.Background()
	client := s3Client(t, endpoint)
	bucket := "assay-versions-" + strings.ToLower(rand.Text()[:8])
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(bucket)}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String(bucket),
		VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusEnabled}}); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct{ name, sse, key string }{{"KMS", "aws:kms", kmsKey}, {"S3", "AES256", ""}} {
		t.Run(tc.name, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{S3: true, Env: map[string]string{"ASSAY_S3_BUCKET": bucket,
				"ASSAY_S3_SSE": tc.sse, "ASSAY_S3_SSE_KMS_KEY_ID": tc.key}})
			a, token := srv.Send(t, srv.Vendor(t, "Sierra Vault "+tc.name))
			small := []byte(minimalPDF)
			// Past the 8 MiB part size, so the file goes up as a multipart upload.
			large := append([]byte(minimalPDF), bytes.Repeat([]byte("% padding of a long report\n"), 9<<20/27)...)
			for _, f := range []struct {
				name, question string
				content        []byte
			}{{"policy.pdf", "security_policy", small}, {"minutes.pdf", "review_minutes", large}} {
				ct, body := uploadBody(f.question, f.name, f.content)
				if r := do(t, nil, http.MethodPost, srv.URL+"/api/v1/respond/evidence", body, map[string]string{"Bearer": token, "Content-Type": ct}); r.Status != http.StatusCreated {
					t.Fatalf("upload %s: %d %s", f.name, r.Status, r.Body)
				}
			}
			files, err := srv.App.Store.EvidenceList(apptest.Ctx(), a.ID)
			if err != nil || len(files) != 2 {
				t.Fatalf("stored files: %v %v", files, err)
			}
			for _, e := range files {
				head, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String(e.ObjectKey),
					ChecksumMode: types.ChecksumModeEnabled})
				if err != nil {
					t.Fatalf("%s: head object: %v", e.Filename, err)
				}
				if head.ServerSideEncryption != types.ServerSideEncryption(tc.sse) {
					t.Errorf("%s: encrypted with %q, want %q", e.Filename, head.ServerSideEncryption, tc.sse)
				}
				if tc.key != "" && !strings.HasSuffix(aws.ToString(head.SSEKMSKeyId), tc.key) {
					t.Errorf("%s: KMS key %q, want %q", e.Filename, aws.ToString(head.SSEKMSKeyId), tc.key)
				}
				if e.VersionID == "" || aws.ToString(head.VersionId) != e.VersionID {
					t.Errorf("%s: version id %q on the record, %q in the store", e.Filename, e.VersionID, aws.ToString(head.VersionId))
				}
				// A file sent whole carries its SHA-256, the very digest Assay records; a larger
				// one's parts each carry a CRC32C, which the store combines.
				if e.Size < 8<<20 {
					digest, _ := hex.DecodeString(e.SHA256)
					if sum, want := aws.ToString(head.ChecksumSHA256), base64.StdEncoding.EncodeToString(digest); sum != want {
						t.Errorf("%s: stored SHA-256 checksum %q, want the recorded digest %q", e.Filename, sum, want)
					}
				} else if sum := aws.ToString(head.ChecksumCRC32C); !strings.HasSuffix(sum, "-2") {
					t.Errorf("%s: stored CRC32C checksum %q, want the combined checksum of its two parts", e.Filename, sum)
				}
				// Assay reads back what it wrote, decrypted by the store.
				analyst := srv.APIToken(t, "reader@analysts.example", model.RoleAnalyst)
				r := do(t, nil, http.MethodGet, fmt.Sprintf("%s/api/v1/assessments/%d/evidence/%d", srv.URL, a.ID, e.ID), nil, map[string]string{"Bearer": analyst})
				if got := sha256.Sum256([]byte(r.Body)); r.Status != http.StatusOK || hex.EncodeToString(got[:]) != e.SHA256 {
					t.Errorf("%s: download %d, content differs from the upload", e.Filename, r.Status)
				}
				// Someone with access to the bucket writes over the object: Assay still serves the
				// version it received and recorded, and its audit event names that version.
				if _, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(e.ObjectKey),
					Body: strings.NewReader("%PDF-1.4 something else entirely")}); err != nil {
					t.Fatalf("%s: overwrite: %v", e.Filename, err)
				}
				r = do(t, nil, http.MethodGet, fmt.Sprintf("%s/api/v1/assessments/%d/evidence/%d", srv.URL, a.ID, e.ID), nil, map[string]string{"Bearer": analyst})
				if got := sha256.Sum256([]byte(r.Body)); r.Status != http.StatusOK || hex.EncodeToString(got[:]) != e.SHA256 {
					t.Errorf("%s: after the object was overwritten, download %d served other content than was received", e.Filename, r.Status)
				}
				trail := uploadTrail(t, srv, a.ID, e.ID)
				if trail["version_id"] != e.VersionID {
					t.Errorf("%s: upload audit event records version %v, want %q", e.Filename, trail["version_id"], e.VersionID)
				}
			}
		})
	}

	t.Run("corrupted", func(t *testing.T) {
		other := sha256.Sum256([]byte("not the body"))
		_, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String("evidence/corrupted"),
			Body: strings.NewReader(minimalPDF), ChecksumSHA256: aws.String(base64.StdEncoding.EncodeToString(other[:]))})
		var api interface{ ErrorCode() string }
		if !errors.As(err, &api) {
			t.Fatalf("a body with the wrong checksum: %v, want the store to refuse it", err)
		}
		t.Logf("refused: %s (%v)", api.ErrorCode(), err)
		if _, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String("evidence/corrupted")}); err == nil {
			t.Error("the store kept the object whose checksum did not match")
		}
	})
}

// s3Client is an S3 client on the MinIO at endpoint, with the test's credentials.
func s3Client(t testing.TB, endpoint string) *s3.Client {
	t.Helper()
	apptest.Need(t, "AWS_ACCESS_KEY_ID")
	cfg, err := awsconfig.LoadDefaultConfig(context.Background(), awsconfig.WithRegion("us-east-1"),
		awsconfig.WithRequestChecksumCalculation(aws.RequestChecksumCalculationWhenRequired),
		awsconfig.WithResponseChecksumValidation(aws.ResponseChecksumValidationWhenRequired))
	if err != nil {
		t.Fatal(err)
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.BaseEndpoint = aws.String(endpoint); o.UsePathStyle = true })
}

// uploadTrail is the detail of the upload audit event of one evidence file.
func uploadTrail(t *testing.T, srv *apptest.Server, assessmentID, evidenceID uint) map[string]any {
	t.Helper()
	events, err := srv.App.Store.AuditEventsByAction(apptest.Ctx(), model.AssessmentChain(assessmentID), "evidence.upload")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if e.ObjectID == evidenceID {
			var detail map[string]any
			if err := json.Unmarshal([]byte(e.Detail), &detail); err != nil {
				t.Fatalf("upload event detail: %v", err)
			}
			return detail
		}
	}
	t.Fatalf("no upload event for evidence %d", evidenceID)
	return nil
}
