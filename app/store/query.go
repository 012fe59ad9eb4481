package store

import (
	"assay/app/model"
	"slices"

	"gorm.io/gorm"
)

// The shapes most store methods share. Column names and orders passed to them are constants of
// the calling method, never request input.

// one reads the row of T whose column holds value, the first in q's order; ErrNotFound when
// there is none or value is zero.
func one[T any](q *gorm.DB, op, column string, value uint) (T, error) {
	var row T
	if value == 0 {
		return row, model.ErrNotFound
	}
	err := q.Where(column+" = ?", value).First(&row).Error
	return row, wrap(err, op)
}

// owned reads the row of T with id only if it belongs to the owner whose id ownerColumn holds,
// so that an id taken from one assessment or finding never reaches another's row.
func owned[T any](q *gorm.DB, op, ownerColumn string, ownerID, id uint) (T, error) {
	var row T
	if ownerID == 0 || id == 0 {
		return row, model.ErrNotFound
	}
	err := q.Where("id = ? AND "+ownerColumn+" = ?", id, ownerID).First(&row).Error
	return row, wrap(err, op)
}

// all reads the rows of T whose column holds value, in order; ErrNotFound for a zero value.
func all[T any](q *gorm.DB, op, column string, value uint, order string) ([]T, error) {
	if value == 0 {
		return nil, model.ErrNotFound
	}
	var rows []T
	err := q.Where(column+" = ?", value).Order(order).Find(&rows).Error
	return rows, wrap(err, op)
}

// allIn reads the rows of T whose column holds one of ids, in chunks short enough for any
// database's parameter limit, each chunk in order.
func allIn[T any](q *gorm.DB, op, column string, ids []uint, order string) ([]T, error) {
	// A session, so that each chunk's query starts from q's conditions and not the last chunk's.
	q = q.Session(&gorm.Session{})
	var out []T
	for chunk := range slices.Chunk(ids, 1000) {
		var rows []T
		if err := q.Where(column+" IN ?", chunk).Order(order).Find(&rows).Error; err != nil {
			return nil, wrap(err, op)
		}
		out = append(out, rows...)
	}
	return out, nil
}

// affected wraps res's error, or returns none when res changed no row.
func affected(res *gorm.DB, op string, none error) error {
	if res.Error != nil {
		return wrap(res.Error, op)
	}
	if res.RowsAffected == 0 {
		return none
	}
	return nil
}

// claimed reports whether res, a write guarded to change at most one row, changed it.
func claimed(res *gorm.DB, op string) (bool, error) {
	return res.Error == nil && res.RowsAffected == 1, wrap(res.Error, op)
}

// byQuestion reads an assessment's rows of T, one per question, keyed by question id.
func byQuestion[T any](q *gorm.DB, op string, assessmentID uint, question func(T) string) (map[string]T, error) {
	rows, err := all[T](q, op, "assessment_id", assessmentID, "id")
	if err != nil {
		return nil, err
	}
	return keyBy(rows, question), nil
}

// keyBy indexes rows by the key each gives; a later row replaces an earlier one with its key.
func keyBy[K comparable, T any](rows []T, key func(T) K) map[K]T {
	out := make(map[K]T, len(rows))
	for _, r := range rows {
		out[key(r)] = r
	}
	return out
}

// groupBy gathers rows, in their order, under the key each gives.
func groupBy[K comparable, T any](rows []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, r := range rows {
		out[key(r)] = append(out[key(r)], r)
	}
	return out
}

// byID orders preloaded rows by id.
func byID(db *gorm.DB) *gorm.DB { return db.Order("id") }
