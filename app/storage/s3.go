package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"assay/app/model"
)

// S3Config says which bucket holds evidence and how uploads are sized.
// Credentials are not here: they come from the AWS default chain
// (environment, shared config, instance or task role).
type S3Config struct {
	// Bucket must already exist.
	Bucket string
	// Endpoint is the base URL of an S3-compatible store such as MinIO;
	// empty means AWS.
	Endpoint string
	// Region defaults to the AWS chain's region, then to us-east-1.
	Region string
	// PathStyle addresses the bucket in the path (MinIO and most
	// self-hosted stores) instead of in the host name.
	PathStyle bool
	// PartSize is the multipart chunk size; DefaultS3PartSize when zero.
	PartSize int64
	// Concurrency is the number of parts sent at once per upload;
	// DefaultS3Concurrency when zero.
	Concurrency int
	// SSE is the server-side encryption asked for each object: "AES256"
	// (SSE-S3), "aws:kms" (SSE-KMS) or empty for the bucket's default.
	SSE string
	// SSEKMSKeyID names the KMS key for SSE "aws:kms"; empty uses the
	// store's default key.
	SSEKMSKeyID string
	// Checksum is the checksum sent with each object and part for the
	// store to verify before it keeps them: "auto" (ChecksumAuto, also when
	// empty: SHA-256 on an object sent whole, CRC32C on each part of a
	// larger one), "SHA256" on both, "CRC32C" on both, or "off" for stores
	// that refuse checksums.
	Checksum string
}

// ChecksumSHA256 and the other values of S3Config.Checksum.
const (
	ChecksumAuto   = "auto"
	ChecksumSHA256 = "SHA256"
	ChecksumCRC32C = "CRC32C"
	ChecksumOff    = "off"
)

const (
	// DefaultS3PartSize keeps per-upload memory small: a streamed body is
	// read into at most Concurrency + 1 part buffers, which the store keeps
	// for the next upload (see partBuffers). The S3 minimum of 5 MiB with three
	// parts in flight measured, in one bench/run.sh upload run (200 MiB,
	// HTTP, with the SDK's upload manager then), 28 MiB of RSS growth and
	// 0.92 of a direct upload with the same settings, against 37 MiB and
	// 0.83 for 8 MiB with two in flight.
	DefaultS3PartSize int64 = 5 << 20
	// DefaultS3Concurrency is the number of parts in flight per upload.
	DefaultS3Concurrency = 3
)

// S3 is a Storage on an S3-compatible bucket.
type S3 struct {
	client *s3.Client
	bucket string
	// parts lends the buffers uploads read parts into; concurrency is the
	// number of parts one upload sends at once.
	parts       *partBuffers
	concurrency int
	// sse and kmsKey are set on every PutObject and CreateMultipartUpload;
	// whole is the checksum of an object sent in one PutObject, part that of
	// each part of a multipart upload (ChecksumAuto: SHA-256 and CRC32C).
	sse         types.ServerSideEncryption
	kmsKey      string
	whole, part types.ChecksumAlgorithm
}

// cleanupTimeout bounds calls made after the caller's context has ended,
// such as aborting a multipart upload the client walked away from.
const cleanupTimeout = 30 * time.Second

// NewS3 builds an S3 store. It does not contact the bucket; call Ping for that.
func NewS3(ctx context.Context, cfg S3Config) (*S3, error) {
	if cfg.Bucket == "" {
		return nil, errors.New("storage: new s3 store: bucket is required")
	}
	if cfg.PartSize == 0 {
		cfg.PartSize = DefaultS3PartSize
	}
	if cfg.PartSize < minPartSize {
		return nil, fmt.Errorf("storage: new s3 store: part size %d is below the S3 minimum of %d", cfg.PartSize, minPartSize)
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultS3Concurrency
	}
	store := &S3{bucket: cfg.Bucket, parts: newPartBuffers(cfg.PartSize, cfg.Concurrency+1), concurrency: cfg.Concurrency, sse: types.ServerSideEncryption(cfg.SSE), kmsKey: cfg.SSEKMSKeyID}
	switch store.sse {
	case "", types.ServerSideEncryptionAes256, types.ServerSideEncryptionAwsKms:
	default:
		return nil, fmt.Errorf("storage: new s3 store: server-side encryption %q is not AES256 or aws:kms", cfg.SSE)
	}
	if cfg.SSEKMSKeyID != "" && store.sse != types.ServerSideEncryptionAwsKms {
		return nil, errors.New("storage: new s3 store: a KMS key id needs server-side encryption aws:kms")
	}
	switch cfg.Checksum {
	case "", ChecksumAuto:
		store.whole, store.part = types.ChecksumAlgorithmSha256, types.ChecksumAlgorithmCrc32c
	case ChecksumSHA256:
		store.whole, store.part = types.ChecksumAlgorithmSha256, types.ChecksumAlgorithmSha256
	case ChecksumCRC32C:
		store.whole, store.part = types.ChecksumAlgorithmCrc32c, types.ChecksumAlgorithmCrc32c
	case ChecksumOff:
	default:
		return nil, fmt.Errorf("storage: new s3 store: checksum %q is not auto, SHA256, CRC32C or off", cfg.Checksum)
	}

	opts := []func(*config.LoadOptions) error{
		// The SDK's default CRC32 trailers are rejected by MinIO and several
		// other S3-compatible stores; checksums are sent only where S3 requires
		// them or Put asks for one (S3Config.Checksum).
		config.WithRequestChecksumCalculation(aws.RequestChecksumCalculationWhenRequired),
		config.WithResponseChecksumValidation(aws.ResponseChecksumValidationWhenRequired),
	}
	if cfg.Region != "" {
		opts = append(opts, config.WithRegion(cfg.Region))
	}
	awsCfg, err := config.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("storage: new s3 store: load aws config: %w", err)
	}
	if awsCfg.Region == "" {
		// S3-compatible stores rarely care about the region, but the SDK
		// refuses to sign without one.
		awsCfg.Region = "us-east-1"
	}
	client := s3.NewFromConfig(awsCfg, func(o *s3.Options) {
		if cfg.Endpoint != "" {
			o.BaseEndpoint = aws.String(cfg.Endpoint)
		}
		o.UsePathStyle = cfg.PathStyle
	})
	store.client = client
	return store, nil
}

// Put streams r to the bucket: bodies under one part go up as a single
// PutObject, larger ones as a multipart upload that is aborted on failure.
func (s *S3) Put(ctx context.Context, key string, r io.Reader, contentType string) error {
	_, err := s.PutVersion(ctx, key, r, contentType)
	return err
}

// PutVersion is Put returning the id of the version written, empty when
// the bucket keeps no versions. Each request asks for the configured
// encryption and carries the checksum of its body, which the store checks
// before it keeps anything.
func (s *S3) PutVersion(ctx context.Context, key string, r io.Reader, contentType string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	in := &s3.PutObjectInput{
		Bucket:               aws.String(s.bucket),
		Key:                  aws.String(key),
		ServerSideEncryption: s.sse,
	}
	if contentType != "" {
		in.ContentType = aws.String(contentType)
	}
	if s.kmsKey != "" {
		in.SSEKMSKeyId = aws.String(s.kmsKey)
	}
	return s.putStream(ctx, in, r)
}

// Open streams the object; the caller closes the body.
func (s *S3) Open(ctx context.Context, key string) (io.ReadCloser, error) {
	return s.OpenVersion(ctx, key, "")
}

// OpenVersion streams one version of the object, the current one when versionID is empty.
func (s *S3) OpenVersion(ctx context.Context, key, versionID string) (io.ReadCloser, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	in := &s3.GetObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)}
	if versionID != "" {
		in.VersionId = aws.String(versionID)
	}
	out, err := s.client.GetObject(ctx, in)
	if isNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, s3Error("open object", err)
	}
	return out.Body, nil
}

// Delete removes the object; S3 already treats an absent key as success.
func (s *S3) Delete(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	_, err := s.client.DeleteObject(ctx, &s3.DeleteObjectInput{
		Bucket: aws.String(s.bucket),
		Key:    aws.String(key),
	})
	if err != nil && !isNotFound(err) {
		return s3Error("delete object", err)
	}
	return nil
}

// Size returns the object's length from a HEAD request.
func (s *S3) Size(ctx context.Context, key string) (int64, error) {
	if err := checkKey(key); err != nil {
		return 0, err
	}
	out, err := s.client.HeadObject(ctx, &s3.HeadObjectInput{
		Bucket: aws.String(s.bucket),
		Key:    aws.String(key),
	})
	if isNotFound(err) {
		return 0, ErrNotFound
	}
	if err != nil {
		return 0, s3Error("stat object", err)
	}
	return aws.ToInt64(out.ContentLength), nil
}

// Ping checks that the bucket exists and the credentials may use it.
func (s *S3) Ping(ctx context.Context) error {
	_, err := s.client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(s.bucket)})
	if err != nil {
		return s3Error(fmt.Sprintf("ping s3 bucket %q", s.bucket), err)
	}
	return nil
}

// isNotFound recognises a missing object however the store reports it:
// NoSuchKey on GET, a bare 404 on HEAD (which has no error body), or the
// generic status from stores that do not send S3 error codes. A missing
// bucket is a configuration fault, not a missing object.
func isNotFound(err error) bool {
	if err == nil {
		return false
	}
	var nsb *types.NoSuchBucket
	if errors.As(err, &nsb) {
		return false
	}
	var nsk *types.NoSuchKey
	var nf *types.NotFound
	if errors.As(err, &nsk) || errors.As(err, &nf) {
		return true
	}
	var status interface{ HTTPStatusCode() int }
	return errors.As(err, &status) && status.HTTPStatusCode() == http.StatusNotFound
}

// s3Error names the operation that failed and marks err as an outage when the store could not
// be reached or answered with a server error, so callers say "try again" rather than fail.
func s3Error(op string, err error) error {
	if s3Unavailable(err) {
		return fmt.Errorf("storage: %s: %w: %w", op, model.ErrUnavailable, err)
	}
	return fmt.Errorf("storage: %s: %w", op, err)
}

func s3Unavailable(err error) bool {
	if errors.Is(err, context.Canceled) {
		return false
	}
	var status interface{ HTTPStatusCode() int }
	if errors.As(err, &status) && status.HTTPStatusCode() != 0 {
		return status.HTTPStatusCode() >= 500 || status.HTTPStatusCode() == http.StatusTooManyRequests
	}
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET)
}
