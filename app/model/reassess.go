package model

import "time"

// Reassessment ties an assessment to the earlier submitted assessment of the same vendor and
// questionnaire whose answers it started with.
type Reassessment struct {
	AssessmentID         uint `gorm:"primaryKey;autoIncrement:false"`
	PreviousAssessmentID uint
	// CarriedAnswers counts the answers copied over; DroppedAnswers those left behind because
	// the new questionnaire version no longer accepts them.
	CarriedAnswers int
	DroppedAnswers int
	CreatedAt      time.Time
}

// VendorCycle is what a vendor's next due date follows from: its tier, its open assessments
// and its last submitted one. Database triggers keep it current on every change to vendors
// and assessments; Go code only reads it.
type VendorCycle struct {
	VendorID         uint `gorm:"primaryKey;autoIncrement:false"`
	Tier             string
	OpenAssessments  int
	LastAssessmentID *uint
	LastSubmittedAt  *time.Time
}

// DueQuery selects the vendors due for reassessment: those never assessed, and those whose
// last submitted assessment is at or before their tier's cutoff. Vendors with an open
// assessment are never due.
type DueQuery struct {
	Cutoffs map[string]time.Time // by tier
	Tier    string               // only this tier when set
	// CountLimit, when above zero, stops CountReassessmentsDue there: the dashboard's count
	// then costs the same at any portfolio size.
	CountLimit int
}

// DueRow is a vendor due for reassessment with its last submitted assessment, if any.
type DueRow struct {
	VendorID         uint
	VendorName       string
	Tier             string
	LastAssessmentID *uint
	LastSubmittedAt  *time.Time
}
