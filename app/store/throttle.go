package store

import (
	"context"
	"time"

	"assay/app/model"
)

// TakeAttempt counts one attempt under key unless limit attempts were already counted in the
// window that began after since; a window that began at or before since starts again at now.
// It is one conditional upsert, so two requests racing for the last attempt cannot both get
// it, on SQLite or PostgreSQL. It reports whether the attempt was counted.
func (s *Store) TakeAttempt(ctx context.Context, key string, limit int, since, now time.Time) (bool, error) {
	since, now = since.UTC(), now.UTC()
	res := s.q(ctx).Exec(`INSERT INTO throttles (key, window_start, count) VALUES (?, ?, 1)
ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN throttles.window_start <= ? THEN 1 ELSE throttles.count + 1 END,
    window_start = CASE WHEN throttles.window_start <= ? THEN excluded.window_start ELSE throttles.window_start END
WHERE throttles.window_start <= ? OR throttles.count < ?`, key, now, since, since, since, limit)
	if res.Error != nil {
		return false, wrap(res.Error, "take attempt")
	}
	return res.RowsAffected == 1, nil
}

// Attempts returns the counter under key; a key never counted is ErrNotFound.
func (s *Store) Attempts(ctx context.Context, key string) (model.Throttle, error) {
	var t model.Throttle
	err := s.q(ctx).Where("key = ?", key).First(&t).Error
	return t, wrap(err, "attempts")
}

// ReturnAttempt gives back one attempt counted under key, for an attempt that succeeded or
// never reached the check.
func (s *Store) ReturnAttempt(ctx context.Context, key string) error {
	err := s.q(ctx).Exec(`UPDATE throttles SET count = count - 1 WHERE key = ? AND count > 0`, key).Error
	return wrap(err, "return attempt")
}

// ClearAttempts forgets every attempt counted under keys.
func (s *Store) ClearAttempts(ctx context.Context, keys ...string) error {
	return wrap(s.q(ctx).Where("key IN ?", keys).Delete(&model.Throttle{}).Error, "clear attempts")
}

// DeleteStaleAttempts removes counters whose window began at or before since.
func (s *Store) DeleteStaleAttempts(ctx context.Context, since time.Time) error {
	return wrap(s.q(ctx).Where("window_start <= ?", since.UTC()).Delete(&model.Throttle{}).Error, "delete stale attempts")
}
