package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const (
	// minPartSize and maxParts are S3's limits on a multipart upload.
	minPartSize int64 = 5 << 20
	maxParts          = 10000
	// unsignedPayload is SigV4's value for a request whose signature does not cover its body.
	unsignedPayload = "UNSIGNED-PAYLOAD"
)

// partBuffers lends the part-sized buffers uploads fill. It keeps as many as one upload uses
// between uploads, so that one upload after another reuses the same memory rather than
// growing the heap, and lets the garbage collector have the rest (those of uploads running at
// the same time). Unlike a sync.Pool it never holds more than that, whenever the collector
// runs.
type partBuffers struct {
	size int64
	free chan *[]byte
}

func newPartBuffers(size int64, keep int) *partBuffers {
	return &partBuffers{size: size, free: make(chan *[]byte, keep)}
}

func (p *partBuffers) get() *[]byte {
	select {
	case b := <-p.free:
		return b
	default:
		b := make([]byte, p.size)
		return &b
	}
}

func (p *partBuffers) put(b *[]byte) {
	select {
	case p.free <- b:
	default:
	}
}

// putStream sends r as the object in: a body shorter than a part goes up as one PutObject,
// a longer one as a multipart upload of parts read into pooled buffers, sent s.concurrency at
// a time, and aborted when anything fails so no part is left behind. It returns the version
// written, empty when the bucket keeps none.
func (s *S3) putStream(ctx context.Context, in *s3.PutObjectInput, r io.Reader) (string, error) {
	first := s.parts.get()
	n, err := io.ReadFull(r, *first)
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		defer s.parts.put(first)
		body := (*first)[:n]
		in.Body = bytes.NewReader(body)
		in.ChecksumAlgorithm = s.whole
		var opts []func(*s3.Options)
		in.ChecksumSHA256, in.ChecksumCRC32C, opts = checksummed(s.whole, body)
		out, err := s.client.PutObject(ctx, in, opts...)
		if err != nil {
			return "", s3Error("put object", err)
		}
		return aws.ToString(out.VersionId), nil
	case err != nil:
		s.parts.put(first)
		return "", fmt.Errorf("storage: put object: read: %w", err)
	}
	created, err := s.client.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{
		Bucket: in.Bucket, Key: in.Key, ContentType: in.ContentType, ServerSideEncryption: in.ServerSideEncryption,
		SSEKMSKeyId: in.SSEKMSKeyId, ChecksumAlgorithm: s.part,
	})
	if err != nil {
		s.parts.put(first)
		return "", s3Error("put object: create multipart upload", err)
	}
	up := &multipartUpload{s: s, bucket: in.Bucket, key: in.Key, id: created.UploadId, checksum: s.part}
	version, err := up.run(ctx, first, r)
	if err != nil {
		return "", errors.Join(err, up.abort(ctx))
	}
	return version, nil
}

// multipartUpload is one object's multipart upload in progress.
type multipartUpload struct {
	s           *S3
	bucket, key *string
	id          *string
	checksum    types.ChecksumAlgorithm

	mu    sync.Mutex
	done  []types.CompletedPart
	err   error // the first failure, after which nothing more is sent
	ended context.CancelFunc
}

// part is a filled buffer and its place in the object.
type part struct {
	num int32
	buf *[]byte
	n   int
}

// run sends first and the rest of r as parts, then completes the upload. Reading the next
// part overlaps with sending the previous ones; at most concurrency+1 buffers are in use.
func (u *multipartUpload) run(ctx context.Context, first *[]byte, r io.Reader) (string, error) {
	ctx, u.ended = context.WithCancel(ctx)
	defer u.ended()
	parts := make(chan part)
	var workers sync.WaitGroup
	for range u.s.concurrency {
		workers.Go(func() {
			for p := range parts {
				u.send(ctx, p)
			}
		})
	}
	u.read(first, r, parts)
	close(parts)
	workers.Wait()
	if err := u.failure(); err != nil {
		return "", err
	}
	slices.SortFunc(u.done, func(a, b types.CompletedPart) int { return int(aws.ToInt32(a.PartNumber) - aws.ToInt32(b.PartNumber)) })
	out, err := u.s.client.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{
		Bucket: u.bucket, Key: u.key, UploadId: u.id, MultipartUpload: &types.CompletedMultipartUpload{Parts: u.done},
	})
	if err != nil {
		return "", s3Error("put object: complete multipart upload", err)
	}
	return aws.ToString(out.VersionId), nil
}

// read hands out first and then each further part of r until r ends or the upload fails.
func (u *multipartUpload) read(first *[]byte, r io.Reader, parts chan<- part) {
	parts <- part{num: 1, buf: first, n: len(*first)}
	for num := int32(2); u.failure() == nil; num++ {
		buf := u.s.parts.get()
		n, err := io.ReadFull(r, *buf)
		end := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		switch {
		case err != nil && !end:
			u.fail(fmt.Errorf("storage: put object: read: %w", err))
		case n > 0 && num > maxParts:
			u.fail(fmt.Errorf("storage: put object: more than %d parts of %d bytes", maxParts, u.s.parts.size))
		case n > 0:
			parts <- part{num: num, buf: buf, n: n}
			if !end {
				continue
			}
			return
		}
		u.s.parts.put(buf)
		return
	}
}

// send uploads one part, with the store's checksum, and returns its buffer to the pool.
func (u *multipartUpload) send(ctx context.Context, p part) {
	defer u.s.parts.put(p.buf)
	if u.failure() != nil {
		return
	}
	body := (*p.buf)[:p.n]
	in := &s3.UploadPartInput{
		Bucket: u.bucket, Key: u.key, UploadId: u.id, PartNumber: aws.Int32(p.num),
		Body: bytes.NewReader(body), ChecksumAlgorithm: u.checksum,
	}
	var opts []func(*s3.Options)
	in.ChecksumSHA256, in.ChecksumCRC32C, opts = checksummed(u.checksum, body)
	out, err := u.s.client.UploadPart(ctx, in, opts...)
	if err != nil {
		u.fail(s3Error(fmt.Sprintf("put object: upload part %d", p.num), err))
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.done = append(u.done, types.CompletedPart{PartNumber: aws.Int32(p.num), ETag: out.ETag,
		ChecksumCRC32: out.ChecksumCRC32, ChecksumCRC32C: out.ChecksumCRC32C, ChecksumCRC64NVME: out.ChecksumCRC64NVME,
		ChecksumSHA1: out.ChecksumSHA1, ChecksumSHA256: out.ChecksumSHA256})
}

// checksummed computes body's checksum of kind alg once, for the request to carry as a header
// (SHA-256 or CRC32C, the other nil; none for any other alg), and returns an option that sets
// what the request's signature says of its payload. Left to itself the SDK hashes every body
// with SHA-256 to sign it over plain HTTP, and sends a checksum over HTTPS as the trailer of an
// aws-chunked body the store must decode: CPU an upload through Assay shares with the store,
// on one machine, twice over.
//
// A SHA-256 is signed over plain HTTP (the signature then covers the body: one hash serves
// both) and the payload left unsigned over HTTPS, where TLS protects it on the way. A CRC32C
// goes with an unsigned payload on both: it makes the store refuse a body damaged on the way
// at next to no cost, and what Assay received is held by the SHA-256 it records of the whole
// file, which every reading of the file checks (see Verified).
func checksummed(alg types.ChecksumAlgorithm, body []byte) (sha, crc *string, opts []func(*s3.Options)) {
	payload := unsignedPayload
	switch alg {
	case types.ChecksumAlgorithmSha256:
		sum := sha256.Sum256(body)
		sha, payload = aws.String(base64.StdEncoding.EncodeToString(sum[:])), hex.EncodeToString(sum[:])
	case types.ChecksumAlgorithmCrc32c:
		c := crc32.Checksum(body, castagnoli)
		crc = aws.String(base64.StdEncoding.EncodeToString([]byte{byte(c >> 24), byte(c >> 16), byte(c >> 8), byte(c)}))
	default:
		return nil, nil, nil
	}
	signed := middleware.FinalizeMiddlewareFunc("assaySignedPayload",
		func(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
			hash := payload
			if req, ok := in.Request.(*smithyhttp.Request); ok && req.IsHTTPS() {
				hash = unsignedPayload
			}
			return next.HandleFinalize(v4.SetPayloadHash(ctx, hash), in)
		})
	sign := func(o *s3.Options) {
		o.APIOptions = append(o.APIOptions, func(stack *middleware.Stack) error {
			// After the endpoint is resolved, when the request knows its scheme, and before the
			// SDK computes a payload hash of its own.
			return stack.Finalize.Insert(signed, "ResolveEndpointV2", middleware.After)
		})
	}
	return sha, crc, []func(*s3.Options){sign}
}

// fail keeps the first failure and stops the parts still being sent.
func (u *multipartUpload) fail(err error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.err == nil {
		u.err = err
		u.ended()
	}
}

func (u *multipartUpload) failure() error {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.err
}

// abort removes the upload and the parts already stored. It runs even when the caller's
// context has ended, which is often what stopped the upload, so no part lingers (and, on
// AWS, is billed) until a lifecycle rule removes it.
func (u *multipartUpload) abort(ctx context.Context) error {
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
	defer cancel()
	_, err := u.s.client.AbortMultipartUpload(actx, &s3.AbortMultipartUploadInput{Bucket: u.bucket, Key: u.key, UploadId: u.id})
	if err != nil && !isNotFound(err) {
		return s3Error("abort multipart upload", err)
	}
	return nil
}
