package model

import "errors"

// ErrNotFound is returned when the asked-for row does not exist (or is not the caller's).
var ErrNotFound = errors.New("not found")

// ErrConflict is returned when a write loses a race, such as an answer saved on a stale version.
var ErrConflict = errors.New("conflict: changed by someone else")

// ErrUnavailable is returned when a backing service (the database or the evidence store) could
// not be asked at all, as opposed to answering "not found": the caller should try again later.
var ErrUnavailable = errors.New("backing service unavailable")
