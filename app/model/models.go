// Package model holds Assay's records, as GORM maps them to tables, and the names the
// layers share: statuses, roles, kinds. It holds data and the few rules that belong to one
// record (hooks, a hash); queries live in package store, decisions in the services.
package model

import (
	"time"

	"gorm.io/gorm"

	"assay/app/evidence"
	"assay/app/scoring"
)

// User is a staff account: admin, analyst or procurement.
type User struct {
	ID           uint `gorm:"primaryKey"`
	Email        string
	Name         string
	Role         string
	PasswordHash string
	Disabled     bool
	// MustChangePassword is set for generated passwords, which are shown once and must be
	// replaced at the first sign-in.
	MustChangePassword bool
	// SSOIssuer and SSOSubject name the account at the OpenID provider that signs it in ("" for
	// an account that has never signed in that way).
	SSOIssuer  string `gorm:"column:sso_issuer"`
	SSOSubject string `gorm:"column:sso_subject"`
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Session is a server-side browser session, for a staff user or for a vendor invitation.
// Only the SHA-256 of the cookie value is stored, so a database leak yields no live sessions.
type Session struct {
	ID           string `gorm:"primaryKey"`
	UserID       *uint
	InvitationID *uint
	AssessmentID *uint
	CSRFToken    string
	IP           string
	CreatedAt    time.Time
	LastSeenAt   time.Time
	ExpiresAt    time.Time
}

// APIToken lets a staff user call the JSON API; only its SHA-256 is stored.
type APIToken struct {
	ID         uint `gorm:"primaryKey"`
	UserID     uint
	Name       string
	Hash       string
	CreatedAt  time.Time
	LastUsedAt *time.Time
	RevokedAt  *time.Time
}

// Throttle counts attempts under one key (an account, an address, a device) in a fixed window
// that starts at WindowStart, for rate limits shared by every replica.
type Throttle struct {
	Key         string `gorm:"primaryKey"`
	WindowStart time.Time
	Count       int
}

// SSOLogin is a sign-in sent to the OpenID provider and not yet back: the SHA-256 of its state,
// of the cookie that ties it to one browser, and the nonce and PKCE verifier it was sent with.
// It is taken (read and deleted) once.
type SSOLogin struct {
	ID        string `gorm:"primaryKey"`
	Browser   string
	Nonce     string
	Verifier  string
	Next      string
	CreatedAt time.Time
	ExpiresAt time.Time
}

// TableName is sso_logins.
func (SSOLogin) TableName() string { return "sso_logins" }

// Vendor is a third party the organisation buys services from.
type Vendor struct {
	ID        uint `gorm:"primaryKey"`
	Name      string
	Website   string
	Tier      string
	OwnerID   *uint
	Decision  string
	CreatedAt time.Time
	UpdatedAt time.Time
	Services  []Service `gorm:"foreignKey:VendorID"`
	Contacts  []Contact `gorm:"foreignKey:VendorID"`

	// Summary is the vendor's portfolio standing, which only RefreshVendorSummary writes
	// (summaryColumns).
	Summary Summary `gorm:"embedded"`
}

// Service is something the organisation buys from a vendor; keywords help match certificate scopes.
type Service struct {
	ID       uint `gorm:"primaryKey"`
	VendorID uint
	Name     string
	Keywords []string `gorm:"serializer:json"`
}

// Contact is a person at the vendor who can receive questionnaires.
type Contact struct {
	ID       uint `gorm:"primaryKey"`
	VendorID uint
	Name     string
	Email    string
}

// Assessment is one questionnaire sent to one vendor, pinned to the exact questionnaire version.
type Assessment struct {
	ID                   uint `gorm:"primaryKey"`
	VendorID             uint
	QuestionnaireID      string
	QuestionnaireVersion string
	QuestionnaireHash    string
	Status               string
	DueOn                time.Time
	SentByID             uint
	SubmittedAt          *time.Time
	SubmittedBy          string
	ScoredAt             *time.Time
	// OverdueAt is when the assessment passed its due date unsubmitted (see app/reminders).
	OverdueAt *time.Time
	CreatedAt time.Time
	UpdatedAt time.Time
	Vendor    *Vendor `gorm:"foreignKey:VendorID"`
	RatingOverride
}

// Invitation grants one recipient access to one assessment through a link: the token is kept as
// its SHA-256, for lookups, and sealed under a key the database does not hold, for notices.
type Invitation struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	Email        string
	Name         string
	TokenHash    string
	// TokenSealed is the token encrypted under a key kept outside the database (invitations'
	// LinkKey), so notices can carry the link the recipient already has; empty for old rows.
	TokenSealed string
	ExpiresAt   time.Time
	RevokedAt   *time.Time
	LastUsedAt  *time.Time
	CreatedAt   time.Time
}

// Answer is the current value of one question in one assessment. Version rises with every save
// so that two people editing the same answer cannot overwrite each other unknowingly.
type Answer struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	QuestionID   string
	Value        string
	Version      int
	UpdatedBy    string
	UpdatedAt    time.Time
}

// Evidence statuses.
const (
	EvidenceStored    = "stored"
	EvidenceExtracted = "extracted"
	EvidenceFailed    = "failed"
)

// StoredFile is a file as it was received and kept in the evidence storage: the server-made
// key, the name the sender gave it, and what its content turned out to be.
type StoredFile struct {
	ObjectKey   string
	Filename    string
	Size        int64
	Kind        string
	ContentType string
	SHA256      string `gorm:"column:sha256"`
	// VersionID is the version of the object the store wrote, when it keeps versions (S3 with
	// versioning on); empty otherwise.
	VersionID string
}

// File is the stored file itself, so that code opening the files of different records
// (evidence, finding files, reply files) can take any of them.
func (f StoredFile) File() StoredFile { return f }

// Evidence is a file uploaded for an evidence question, stored under a server-made key.
type Evidence struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	QuestionID   string
	StoredFile
	Status string
	Facts  evidence.Facts `gorm:"serializer:json"`
	// ExtractError says why the file could not be read, when Status is failed.
	ExtractError string
	// Corrections are analysts' fixes to extracted facts, by fact name; scoring uses them
	// instead of the extracted values, which stay in Facts.
	Corrections map[string]Correction `gorm:"serializer:json"`
	ExtractedAt *time.Time
	UploadedBy  string
	CreatedAt   time.Time
}

// Result is the score of a submitted assessment together with the versions that produced it.
type Result struct {
	ID                   uint `gorm:"primaryKey"`
	AssessmentID         uint
	Score                int
	Rating               string
	RedFlags             []scoring.RedFlag   `gorm:"serializer:json"`
	Certificate          scoring.Certificate `gorm:"serializer:json"`
	EngineVersion        string
	QuestionnaireVersion string
	QuestionnaireHash    string
	// Inputs are exactly what the engine was given, so the result can be reproduced later.
	Inputs     ScoreInputs `gorm:"serializer:json"`
	ComputedAt time.Time
}

// ScoreInputs is what a score was computed from, apart from the questionnaire (pinned by hash).
type ScoreInputs struct {
	Now      time.Time          `json:"now"`
	Answers  map[string]any     `json:"answers"`
	Evidence []scoring.Evidence `json:"evidence"`
	Services []scoring.Service  `json:"services"`
}

// AuditEvent is one append-only record of a change. Each event carries the hash of the one
// before it in the same chain, so a deleted or edited event breaks the chain visibly.
type AuditEvent struct {
	ID         uint `gorm:"primaryKey"`
	Chain      string
	Seq        int64
	ActorType  string
	ActorID    uint
	ActorLabel string
	Action     string
	ObjectType string
	ObjectID   uint
	Detail     string
	IP         string
	At         time.Time
	PrevHash   string
	Hash       string
}

// Mail is an outgoing message. Without SMTP it stays here for admins to read in the outbox.
type Mail struct {
	ID        uint   `gorm:"primaryKey"`
	To        string `gorm:"column:recipient"`
	Subject   string
	Text      string
	Status    string
	Error     string
	CreatedAt time.Time
	SentAt    *time.Time
}

// Mail statuses.
const (
	MailOutbox = "outbox"
	MailSent   = "sent"
	MailFailed = "failed"
)

// Models lists every model, for the schema check.
func Models() []any {
	return []any{&User{}, &Session{}, &APIToken{}, &Throttle{}, &SSOLogin{}, &Vendor{}, &Service{}, &Contact{},
		&Assessment{}, &Invitation{}, &Answer{}, &Evidence{}, &Result{}, &AuditEvent{}, &Mail{}, &QuestionnaireVersion{},
		&QuestionReview{}, &ReviewMessage{}, &ReviewFile{}, &AnswerNote{}, &ReminderStamp{}, &EvidenceNotice{},
		&Finding{}, &FindingMessage{}, &FindingFile{}, &VendorDecision{}, &Reassessment{}, &VendorCycle{},
		&VendorRedFlag{}, &PortfolioCount{}, &WebhookEndpoint{}, &WebhookDelivery{}, &WebhookAttempt{}}
}

// Correction is an analyst's replacement for one extracted fact, kept with who and why.
type Correction struct {
	Value     any       `json:"value"`
	Extracted any       `json:"extracted"`
	By        string    `json:"by"`
	Reason    string    `json:"reason"`
	At        time.Time `json:"at"`
}

// BeforeSave stores empty objects rather than NULL for corrections not yet made; facts not
// yet read marshal as an empty object by themselves.
func (e *Evidence) BeforeSave(*gorm.DB) error {
	if e.Corrections == nil {
		e.Corrections = map[string]Correction{}
	}
	return nil
}

// EffectiveFacts are the extracted facts with analysts' corrections applied.
// A correction that no longer fits its fact's type is kept untyped (see evidence.Facts.Override).
func (e *Evidence) EffectiveFacts() evidence.Facts {
	out := e.Facts.For(e.QuestionID)
	for k, c := range e.Corrections {
		out.Override(k, c.Value)
	}
	return out
}

// BeforeSave stores an empty list rather than NULL for a service without keywords.
func (s *Service) BeforeSave(*gorm.DB) error {
	if s.Keywords == nil {
		s.Keywords = []string{}
	}
	return nil
}

// QuestionnaireVersion keeps the exact source of every questionnaire version an assessment was
// sent with, so the assessment can be shown and rescored the same way after the file changes.
type QuestionnaireVersion struct {
	Hash            string `gorm:"primaryKey"`
	QuestionnaireID string
	Version         string
	Source          string
	CreatedAt       time.Time
}
