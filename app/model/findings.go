package model

import "time"

// Finding statuses.
const (
	FindingOpen            = "open"
	FindingVendorResponded = "vendor_responded"
	FindingClosed          = "closed"
	FindingRiskAccepted    = "risk_accepted"
)

// ClosedBySystem marks a finding closed because its red flag no longer fires, so the finding
// is opened again, rather than a new one made, if the flag returns.
const ClosedBySystem = "assay"

// Finding message kinds.
const (
	MessageNote     = "note"
	MessageRequest  = "request"
	MessageResponse = "response"
	MessageSystem   = "system"
)

// Finding is one red flag of one assessment tracked to closure. Severity, title and explanation
// are the flag's as it first fired, so what the vendor was asked about stays put.
type Finding struct {
	ID            uint `gorm:"primaryKey"`
	AssessmentID  uint
	VendorID      uint
	FlagID        string
	Severity      string
	Title         string
	Explanation   string
	Status        string
	OwnerID       *uint
	DueOn         time.Time
	SharedAt      *time.Time
	ApproverID    *uint
	AcceptReason  string
	AcceptedUntil *time.Time
	ClosedAt      *time.Time
	// ClosedBy names who closed the finding; ClosedBySystem when a rescore no longer raised it.
	ClosedBy  string
	CreatedAt time.Time
	UpdatedAt time.Time
	Owner     *User   `gorm:"foreignKey:OwnerID"`
	Approver  *User   `gorm:"foreignKey:ApproverID"`
	Vendor    *Vendor `gorm:"foreignKey:VendorID"`
}

// FindingMessage is one entry of a finding's thread.
type FindingMessage struct {
	ID         uint `gorm:"primaryKey"`
	FindingID  uint
	Kind       string
	AuthorType string
	Author     string
	Body       string
	CreatedAt  time.Time
	Files      []FindingFile `gorm:"foreignKey:MessageID"`
}

// FindingFile is a file a vendor sent with a response, stored under a server-made key.
type FindingFile struct {
	ID        uint `gorm:"primaryKey"`
	FindingID uint
	MessageID uint
	StoredFile
	UploadedBy string
	CreatedAt  time.Time
}

// FindingFilter narrows the portfolio-wide findings list; every field is optional.
type FindingFilter struct {
	AssessmentID uint
	VendorID     uint
	Status       string
	Severity     string
	OwnerID      uint
	// OverdueAt, when set, keeps unresolved findings whose due date is before it.
	OverdueAt *time.Time
	Limit     int
	Offset    int
}
