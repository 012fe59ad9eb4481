package model

import (
	"strconv"
	"time"
)

// Stamp outcomes: a threshold was acted on, or passed while nothing ran and was left out so a
// late sweep sends one message instead of a burst.
const (
	StampSent    = "sent"
	StampSkipped = "skipped"
)

// ReminderStamp records that one reminder threshold of an assessment was handled. The unique
// (assessment_id, threshold) key lets exactly one replica claim it.
type ReminderStamp struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	Threshold    string
	Outcome      string
	Recipients   int
	At           time.Time
}

// EvidenceNotice records one notice to an analyst that a file is about to fall, or has fallen,
// out of date; unique per (evidence, kind, threshold).
type EvidenceNotice struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	EvidenceID   uint
	Kind         string
	Threshold    string
	LapsesOn     time.Time
	Outcome      string
	Recipient    string
	At           time.Time
}

// NoticeKey names one evidence notice for lookups.
func NoticeKey(evidenceID uint, kind, threshold string) string {
	return kind + "|" + threshold + "|" + strconv.FormatUint(uint64(evidenceID), 10)
}
