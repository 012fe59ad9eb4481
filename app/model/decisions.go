package model

import (
	"time"

	"gorm.io/gorm"
)

// VendorDecision is one decision about a vendor with what the analyst saw when making it: the
// assessment it was based on, its score and rating, and how many findings were still open.
type VendorDecision struct {
	ID           uint `gorm:"primaryKey"`
	VendorID     uint
	Decision     string
	Conditions   []string `gorm:"serializer:json"`
	Notes        string
	DecidedByID  uint
	DecidedBy    string
	AssessmentID *uint
	Score        *int
	Rating       string
	OpenFindings int
	CreatedAt    time.Time
}

// BeforeSave stores an empty list rather than NULL for a decision without conditions.
func (d *VendorDecision) BeforeSave(*gorm.DB) error {
	if d.Conditions == nil {
		d.Conditions = []string{}
	}
	return nil
}
