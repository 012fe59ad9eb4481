package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// StaleAge is how old an unfinished upload must be before a sweep removes it: longer than any
// upload can last, since the server ends a request after 30 minutes.
const StaleAge = time.Hour

// Tidier is a store that can remove what interrupted uploads left behind.
type Tidier interface {
	// RemoveStale removes the leftovers of uploads begun before cutoff and reports how many.
	RemoveStale(ctx context.Context, cutoff time.Time) (int, error)
}

// RemoveStale deletes the temporary files of uploads begun before cutoff, which a crash or a
// kill left behind (a finished or failed Put removes its own).
func (l *Local) RemoveStale(ctx context.Context, cutoff time.Time) (int, error) {
	n := 0
	err := fs.WalkDir(l.root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if d.IsDir() || !strings.HasPrefix(d.Name(), ".tmp-") {
			return nil
		}
		info, err := d.Info()
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil || !info.ModTime().Before(cutoff) {
			return err
		}
		if err := l.root.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		n++
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("storage: remove stale temporary files: %w", err)
	}
	return n, nil
}

// RemoveStale aborts the multipart uploads begun before cutoff, whose parts a crashed or
// killed server would otherwise leave stored (and billed) in the bucket.
func (s *S3) RemoveStale(ctx context.Context, cutoff time.Time) (int, error) {
	n := 0
	p := s3.NewListMultipartUploadsPaginator(s.client, &s3.ListMultipartUploadsInput{Bucket: aws.String(s.bucket)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return n, s3Error("list multipart uploads", err)
		}
		for _, u := range page.Uploads {
			if u.Initiated == nil || !u.Initiated.Before(cutoff) {
				continue
			}
			_, err := s.client.AbortMultipartUpload(ctx, &s3.AbortMultipartUploadInput{Bucket: aws.String(s.bucket), Key: u.Key, UploadId: u.UploadId})
			if err != nil && !isNotFound(err) {
				return n, s3Error("abort multipart upload", err)
			}
			n++
		}
	}
	return n, nil
}

// Sweeper removes, on every periodic sweep, the leftovers of uploads older than StaleAge.
type Sweeper struct {
	Store Tidier
	Log   *slog.Logger
}

// Sweep removes what interrupted uploads left behind before now minus StaleAge.
func (s Sweeper) Sweep(ctx context.Context, now time.Time) error {
	n, err := s.Store.RemoveStale(ctx, now.Add(-StaleAge))
	if n > 0 {
		s.Log.Info("removed leftovers of interrupted uploads", "count", n)
	}
	return err
}
