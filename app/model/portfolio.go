package model

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"time"
)

// Pseudo-values of the vendor list filters, beside the real statuses, ratings and verdicts.
const (
	// FilterNone matches vendors with no value: never assessed, never rated, no certificate verdict.
	FilterNone = "none"
	// StatusOverdue matches the vendors whose assessment is overdue (portfolio.Overdue).
	StatusOverdue = "overdue"
	// StatusAwaitingReview matches the vendors awaiting review (portfolio.AwaitingReview).
	StatusAwaitingReview = "awaiting_review"
)

// VendorSorts are the vendor list's sort keys.
var VendorSorts = []string{"name", "tier", "score", "rating", "status", "due", "updated"}

// Cursor is a position in the vendor list: the sort key and id of the row next to the page.
// It travels as an opaque string (Encode / DecodeCursor).
type Cursor struct {
	Sort string `json:"s"`
	Desc bool   `json:"d,omitempty"`
	Key  string `json:"k"`
	ID   uint   `json:"i"`
	// Back asks for the page before the row instead of after it.
	Back bool `json:"b,omitempty"`
}

// Encode makes the cursor a URL-safe token.
func (c Cursor) Encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// ErrBadCursor is returned for a cursor token that is not one Encode made for this sort.
var ErrBadCursor = errors.New("model: bad cursor")

// DecodeCursor reads a token made by Encode.
func DecodeCursor(token string) (Cursor, error) {
	var c Cursor
	b, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(token) > 512 {
		return c, ErrBadCursor
	}
	if err := json.Unmarshal(b, &c); err != nil || c.ID == 0 {
		return c, ErrBadCursor
	}
	if !slices.Contains(VendorSorts, c.Sort) {
		return c, ErrBadCursor
	}
	return c, nil
}

// VendorFilter narrows, sorts and pages the vendor list. Values must come from the allow-lists
// (tiers, ratings, statuses, verdicts, decisions, VendorSorts); the web layer validates them.
type VendorFilter struct {
	Search      string
	Tier        string
	Rating      string // a rating or FilterNone
	Status      string // an assessment status, FilterNone, StatusOverdue or StatusAwaitingReview
	RedFlag     string // a red flag id
	Certificate string // a certificate verdict or FilterNone
	// CertificateExpiresWithin keeps vendors whose certificate expires within that many days of Today.
	CertificateExpiresWithin int
	Decision                 string
	Sort                     string // one of VendorSorts; name when empty
	Desc                     bool
	After                    *Cursor
	Limit                    int
	// Today is the date overdue and expiry are measured against (YYYY-MM-DD).
	Today string
	// Count asks for the number of matching vendors, counted up to CountLimit.
	Count bool
	// Brief reads only what the vendor list page shows of each vendor, each as Vendor.Brief
	// leaves it; the rows, their order, red flags and cursors are the same.
	Brief bool
}

// CountLimit bounds the vendor list's count so it stays cheap at any portfolio size.
const CountLimit = 1000

// VendorRow is one line of the vendor list: the vendor, its summary and its open red flags.
type VendorRow struct {
	Vendor   Vendor
	RedFlags []VendorRedFlag
}

// VendorPage is one page of the vendor list.
type VendorPage struct {
	Rows []VendorRow
	// Next and Prev are the neighbouring pages, nil at either end.
	Next, Prev *Cursor
	// Total counts the matching vendors when the filter asked for it, up to CountLimit;
	// TotalCapped says there are more. Total is -1 when not counted.
	Total       int64
	TotalCapped bool
}

// TierRatingCount is how many vendors of one tier hold one rating ("" for not yet rated).
type TierRatingCount struct {
	Tier   string
	Rating string
	N      int64
}

// RedFlagCount is how many vendors have one red flag open.
type RedFlagCount struct {
	FlagID   string
	Title    string
	Severity string
	Vendors  int64
}

// Portfolio is the dashboard's view of every vendor.
type Portfolio struct {
	ByTierRating []TierRatingCount
	// Vendors whose current assessment is in each state; overdue and awaiting review as
	// package portfolio defines them.
	Sent, InProgress, Overdue, AwaitingReview int64
	// ExpiringCertificates are the first vendors whose certificate expires within the window,
	// soonest first; ExpiringTotal counts them all.
	ExpiringCertificates []Vendor
	ExpiringTotal        int64
	TopRedFlags          []RedFlagCount
}

// PortfolioCount is one of the dashboard's portfolio-wide counts, kept current by the same
// transactions that change a vendor's summary, so the dashboard reads a few rows instead of
// aggregating every vendor. Kind is CountTierRating (Key "tier/rating"), CountStatus (Key an
// assessment status, "" for never assessed), CountRedFlag (Key a flag id, with its title and
// severity), CountAwaitingReview (Key ""), CountOpenDue (Key a due date) or CountCertificateExpiry
// (Key an expiry date).
type PortfolioCount struct {
	Kind     string `gorm:"primaryKey"`
	Key      string `gorm:"primaryKey"`
	N        int64
	Title    string
	Severity string
}

// Kinds of PortfolioCount.
const (
	CountTierRating = "tier_rating"
	CountStatus     = "status"
	CountRedFlag    = "flag"
	// CountAwaitingReview counts the vendors whose summary says awaiting review.
	CountAwaitingReview = "awaiting_review"
	// CountOpenDue counts, by due date (YYYY-MM-DD), the vendors whose current assessment still
	// waits for the vendor (portfolio.OpenStatuses): overdue on a given day is the sum of the
	// dates before it, read from as many rows as there are due dates, whatever the vendors.
	CountOpenDue = "open_due"
	// CountCertificateExpiry counts the vendors by the expiry date of their certificate, for
	// the certificates expiring within a window of days.
	CountCertificateExpiry = "certificate_expiry"
)

// VendorRedFlag is one red flag open on a vendor's current result, kept for the red-flag
// filter and the portfolio's most frequent flags.
type VendorRedFlag struct {
	VendorID uint   `gorm:"primaryKey;autoIncrement:false"`
	FlagID   string `gorm:"primaryKey"`
	Severity string
	Title    string
	// VendorUpdatedAt is the vendor's UpdatedAt, copied by the database's triggers (never
	// written from here), so the list filtered on a flag reads its holders in update order.
	VendorUpdatedAt time.Time `gorm:"->"`
}

// Summary is a vendor's standing in the portfolio, kept on the vendor row so that the vendor
// list and the dashboard filter, sort and count on indexed columns without reading assessments
// or results.
type Summary struct {
	// LatestAssessmentID is the vendor's newest assessment, nil when none was ever sent.
	LatestAssessmentID *uint
	AssessmentStatus   string // status of the newest assessment, "" when none
	AssessmentDueOn    string // its due date as YYYY-MM-DD, "" when none
	// LastSubmittedAt is when any assessment of the vendor was last submitted.
	LastSubmittedAt *time.Time
	// ResultAssessmentID is the assessment of the newest result, which the score below comes
	// from.
	ResultAssessmentID *uint
	Score              int    // -1 when never scored
	Rating             string // the analyst's override when set, else the computed rating
	RatingOverridden   bool
	ComputedRating     string // the engine's rating, shown beside an override
	OverrideStale      bool   // the override was set before the latest rescore
	// AwaitingReview: the current assessment is in and no decision was recorded after it.
	AwaitingReview       bool
	RatingRank           int // scoring.RatingRank(Rating), for sorting
	CertificateStatus    string
	CertificateExpiresOn string // YYYY-MM-DD or ""
	OpenRedFlags         int
	ScoredAt             *time.Time
}

// Brief is v as a brief page of the vendor list reads it (VendorFilter.Brief): what the page
// does not show (website, owner, creation time, services, contacts, and of the summary the last
// submission, rating rank, awaiting review, open red flag count and scoring time) left zero.
func (v Vendor) Brief() Vendor {
	v.Website, v.OwnerID, v.CreatedAt, v.Services, v.Contacts = "", nil, time.Time{}, nil, nil
	s := &v.Summary
	s.LastSubmittedAt, s.RatingRank, s.AwaitingReview, s.OpenRedFlags, s.ScoredAt = nil, 0, false, 0, nil
	return v
}

// Scored reports whether the summary holds a result.
func (s Summary) Scored() bool { return s.ResultAssessmentID != nil }
