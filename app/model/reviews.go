package model

import (
	"time"
)

// Review states of one question.
const (
	ReviewAccepted       = "accepted"
	ReviewClarification  = "clarification_requested"
	ReviewVendorAnswered = "vendor_answered"
)

// Authors of review messages.
const (
	AuthorAnalyst = "analyst"
	AuthorVendor  = "vendor"
)

// QuestionReview is the analyst's verdict on one question of one assessment. OpenToVendor is
// set while the vendor may change that question's answer and files: from the moment the
// assessment is returned until the vendor resubmits.
type QuestionReview struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	QuestionID   string
	State        string
	OpenToVendor bool
	UpdatedBy    string
	UpdatedAt    time.Time
}

// ReviewMessage is one message of a question's thread, from the analyst or the vendor.
type ReviewMessage struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	QuestionID   string
	AuthorType   string
	Author       string
	Body         string
	CreatedAt    time.Time
	Files        []ReviewFile `gorm:"foreignKey:MessageID"`
}

// RatingOverride is an analyst's rating set beside the computed one, with the reason; it lives
// on the assessment, so rescoring never removes it. An empty OverrideRating means none.
type RatingOverride struct {
	OverrideRating        string
	OverrideJustification string
	OverrideBy            string
	OverrideAt            *time.Time
}

// ReviewFile is a file a vendor attached to a reply on a question under clarification, stored
// under a server-made key like evidence.
type ReviewFile struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	MessageID    uint
	StoredFile
	UploadedBy string
	CreatedAt  time.Time
}

// AnswerNote is the vendor's comment on one question and, where the questionnaire allows it,
// "not applicable" with the comment as its reason.
type AnswerNote struct {
	ID            uint `gorm:"primaryKey"`
	AssessmentID  uint
	QuestionID    string
	Comment       string
	NotApplicable bool
	UpdatedBy     string
	UpdatedAt     time.Time
}
