package store

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// VendorSummary is a vendor's portfolio standing, kept on the vendor row so the vendor list and
// the dashboard filter, sort and count on indexed columns without reading assessments or
// results. RefreshVendorSummary recomputes it in the transaction that changes an assessment.
// GORM never writes these columns from a Vendor value ("<-:false"), so saving a vendor loaded
// earlier cannot put back a stale summary.
type VendorSummary struct {
	// LatestAssessmentID is the vendor's newest assessment, nil when none was ever sent.
	LatestAssessmentID *uint  `gorm:"<-:false"`
	AssessmentStatus   string `gorm:"<-:false"` // status of the newest assessment, "" when none
	AssessmentDueOn    string `gorm:"<-:false"` // its due date as YYYY-MM-DD, "" when none
	// LastSubmittedAt is when any assessment of the vendor was last submitted.
	LastSubmittedAt *time.Time `gorm:"<-:false"`
	// ResultAssessmentID is the assessment of the newest result, which the score below comes
	// from: a reassessment in progress leaves the previous result in force.
	ResultAssessmentID *uint  `gorm:"<-:false"`
	Score              int    `gorm:"<-:false"` // -1 when never scored
	Rating             string `gorm:"<-:false"` // the analyst's override when set, else the computed rating
	RatingOverridden   bool   `gorm:"<-:false"`
	ComputedRating     string `gorm:"<-:false"` // the engine's rating, shown beside an override
	OverrideStale      bool   `gorm:"<-:false"` // the override was set before the latest rescore
	// AwaitingReview: the current assessment is in and no decision was recorded after it.
	AwaitingReview       bool       `gorm:"<-:false"`
	RatingRank           int        `gorm:"<-:false"` // RatingRank(Rating), for sorting
	CertificateStatus    string     `gorm:"<-:false"`
	CertificateExpiresOn string     `gorm:"<-:false"` // YYYY-MM-DD or ""
	OpenRedFlags         int        `gorm:"<-:false"`
	ScoredAt             *time.Time `gorm:"<-:false"`
}

// Scored reports whether the summary holds a result.
func (s VendorSummary) Scored() bool { return s.ResultAssessmentID != nil }

// VendorRedFlag is one red flag open on a vendor's current result, kept for the red-flag
// filter and the portfolio's most frequent flags.
type VendorRedFlag struct {
	VendorID uint   `gorm:"primaryKey;autoIncrement:false"`
	FlagID   string `gorm:"primaryKey"`
	Severity string
	Title    string
}

// Pseudo-values of the vendor list filters, beside the real statuses, ratings and verdicts.
const (
	// FilterNone matches vendors with no value: never assessed, never rated, no certificate verdict.
	FilterNone = "none"
	// StatusOverdue matches open assessments (sent, in progress, returned) past their due date.
	StatusOverdue = "overdue"
	// StatusAwaitingReview matches submitted or scored assessments of vendors with no decision
	// recorded since the submission (see awaitingReviewSQL).
	StatusAwaitingReview = "awaiting_review"
)

// awaitingReviewSQL selects the vendors awaitingReview marks in their summary.
const awaitingReviewSQL = "vendors.awaiting_review"

// awaitingReview is the one definition of "awaiting review": the current assessment is
// submitted or scored, and no decision was recorded after its submission (a vendor approved
// last year whose reassessment just came in is awaiting review again).
func awaitingReview(status, decision string, decidedAt, submittedAt *time.Time) bool {
	if !slices.Contains(CompletedStatuses, status) {
		return false
	}
	return decision == "pending" || decidedAt != nil && submittedAt != nil && decidedAt.Before(*submittedAt)
}

// overdueSQL is the one definition of "overdue"; its parameter is today's date.
const overdueSQL = "vendors.assessment_status IN ('sent', 'in_progress', 'returned') AND vendors.assessment_due_on <> '' AND vendors.assessment_due_on < ?"

// RatingRank orders ratings from least (1, low) to most risky (4, critical); 0 is unrated.
func RatingRank(rating string) int {
	switch rating {
	case "low":
		return 1
	case "medium":
		return 2
	case "high":
		return 3
	case "critical":
		return 4
	}
	return 0
}

// RefreshVendorSummary recomputes the vendor's summary and open red flags from its assessments
// and results. Store methods that change an assessment call it in their own transaction.
func (s *Store) RefreshVendorSummary(ctx context.Context, vendorID uint) error {
	if vendorID == 0 {
		return ErrNotFound
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error { return refreshVendorSummary(tx, vendorID) })
}

// refreshSummaryOf refreshes the summary of the vendor that owns the assessment.
func refreshSummaryOf(tx *gorm.DB, assessmentID uint) error {
	var vendorIDs []uint
	if err := tx.Model(&Assessment{}).Where("id = ?", assessmentID).Pluck("vendor_id", &vendorIDs).Error; err != nil {
		return notFound(err, "assessment vendor")
	}
	if len(vendorIDs) == 0 {
		return ErrNotFound
	}
	return refreshVendorSummary(tx, vendorIDs[0])
}

func refreshVendorSummary(tx *gorm.DB, vendorID uint) error {
	before, err := lockCountState(tx, vendorID)
	if err != nil {
		return err
	}
	var latest, submitted []Assessment
	if err := tx.Where("vendor_id = ?", vendorID).Order("id DESC").Limit(1).Find(&latest).Error; err != nil {
		return notFound(err, "summary: latest assessment")
	}
	err = tx.Where("vendor_id = ? AND submitted_at IS NOT NULL", vendorID).Order("submitted_at DESC").Limit(1).Find(&submitted).Error
	if err != nil {
		return notFound(err, "summary: last submission")
	}
	// The vendor's assessment ids first: a join ordered by results.id can lead the planner to
	// walk every result newest first looking for this vendor's.
	var ids []uint
	if err := tx.Model(&Assessment{}).Where("vendor_id = ?", vendorID).Pluck("id", &ids).Error; err != nil {
		return notFound(err, "summary: assessments")
	}
	var results []Result
	if len(ids) > 0 {
		if err := tx.Where("assessment_id IN ?", ids).Order("id DESC").Limit(1).Find(&results).Error; err != nil {
			return notFound(err, "summary: latest result")
		}
	}
	set := map[string]any{
		"latest_assessment_id": nil, "assessment_status": "", "assessment_due_on": "", "last_submitted_at": nil,
		"result_assessment_id": nil, "score": -1, "rating": "", "rating_overridden": false, "computed_rating": "", "override_stale": false, "rating_rank": 0, "certificate_status": "",
		"certificate_expires_on": "", "open_red_flags": 0, "scored_at": nil,
	}
	if len(latest) == 1 {
		a := latest[0]
		set["latest_assessment_id"], set["assessment_status"], set["assessment_due_on"] = a.ID, a.Status, a.DueOn.UTC().Format("2006-01-02")
	}
	if len(submitted) == 1 {
		set["last_submitted_at"] = submitted[0].SubmittedAt
	}
	var flags []VendorRedFlag
	if len(results) == 1 {
		r := results[0]
		seen := map[string]bool{}
		for _, f := range r.RedFlags {
			if !seen[f.ID] {
				seen[f.ID] = true
				flags = append(flags, VendorRedFlag{VendorID: vendorID, FlagID: f.ID, Severity: f.Severity, Title: f.Title})
			}
		}
		var scored []Assessment
		if err := tx.Where("id = ?", r.AssessmentID).Limit(1).Find(&scored).Error; err != nil {
			return notFound(err, "summary: rating override")
		}
		rating, overridden := r.Rating, len(scored) == 1 && scored[0].OverrideRating != ""
		if overridden {
			rating = scored[0].OverrideRating
			set["override_stale"] = scored[0].OverrideStale(r.ComputedAt)
		}
		set["result_assessment_id"], set["score"], set["rating"], set["rating_rank"] = r.AssessmentID, r.Score, rating, RatingRank(rating)
		set["rating_overridden"], set["computed_rating"] = overridden, r.Rating
		set["certificate_status"], set["certificate_expires_on"] = r.Certificate.Status, r.Certificate.ExpiresOn
		set["open_red_flags"], set["scored_at"] = len(flags), r.ComputedAt
	}
	var decision []string
	var decided []VendorDecision
	if err := tx.Table("vendors").Where("id = ?", vendorID).Pluck("decision", &decision).Error; err != nil {
		return notFound(err, "summary: decision")
	}
	if err := tx.Where("vendor_id = ?", vendorID).Order("id DESC").Limit(1).Find(&decided).Error; err != nil {
		return notFound(err, "summary: latest decision")
	}
	var decidedAt, submittedAt *time.Time
	if len(decided) == 1 {
		decidedAt = &decided[0].CreatedAt
	}
	if len(submitted) == 1 {
		submittedAt = submitted[0].SubmittedAt
	}
	set["awaiting_review"] = len(decision) == 1 && awaitingReview(set["assessment_status"].(string), decision[0], decidedAt, submittedAt)
	if err := tx.Table("vendors").Where("id = ?", vendorID).Updates(set).Error; err != nil {
		return notFound(err, "summary: update vendor")
	}
	if err := tx.Where("vendor_id = ?", vendorID).Delete(&VendorRedFlag{}).Error; err != nil {
		return notFound(err, "summary: clear red flags")
	}
	if len(flags) > 0 {
		if err := tx.Create(&flags).Error; err != nil {
			return notFound(err, "summary: red flags")
		}
	}
	d := countDeltas{}
	d.count(before, -1)
	d.count(countState{Tier: before.Tier, Rating: set["rating"].(string), AssessmentStatus: set["assessment_status"].(string),
		AwaitingReview: set["awaiting_review"].(bool), Flags: flags}, 1)
	return d.apply(tx)
}

// VendorSorts are the vendor list's sort keys.
var VendorSorts = []string{"name", "tier", "score", "rating", "status", "due", "updated"}

type sortSpec struct {
	expr string // an indexed expression; migrations/*/00006_portfolio.sql has a (expr, id) index
	kind string // how a cursor's key is bound: "text", "int" or "time"
}

var vendorSorts = map[string]sortSpec{
	"name":    {"lower(vendors.name)", "text"},
	"tier":    {"(CASE tier WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END)", "int"},
	"score":   {"vendors.score", "int"},
	"rating":  {"vendors.rating_rank", "int"},
	"status":  {"vendors.assessment_status", "text"},
	"due":     {"vendors.assessment_due_on", "text"},
	"updated": {"vendors.updated_at", "time"},
}

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
var ErrBadCursor = errors.New("store: bad cursor")

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
	if _, ok := vendorSorts[c.Sort]; !ok {
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

func (f VendorFilter) apply(q *gorm.DB) *gorm.DB {
	if f.Search != "" {
		p := likePattern(f.Search)
		q = q.Where("(lower(vendors.name) LIKE ? ESCAPE '\\' OR lower(vendors.website) LIKE ? ESCAPE '\\')", p, p)
	}
	if f.Tier != "" {
		q = q.Where("vendors.tier = ?", f.Tier)
	}
	if f.Rating != "" {
		// By rank, which the rating sort's index leads with; FilterNone is rank 0.
		q = q.Where("vendors.rating_rank = ?", RatingRank(f.Rating))
	}
	switch f.Status {
	case "":
	case FilterNone:
		q = q.Where("vendors.assessment_status = ''")
	case StatusOverdue:
		q = q.Where(overdueSQL, f.Today)
	case StatusAwaitingReview:
		q = q.Where(awaitingReviewSQL)
	default:
		q = q.Where("vendors.assessment_status = ?", f.Status)
	}
	if f.RedFlag != "" {
		// IN rather than EXISTS: SQLite then drives the count from the flag's index entries
		// instead of probing every vendor.
		q = q.Where("vendors.id IN (SELECT f.vendor_id FROM vendor_red_flags f WHERE f.flag_id = ?)", f.RedFlag)
	}
	q = equalOrNone(q, "vendors.certificate_status", f.Certificate)
	if f.CertificateExpiresWithin > 0 {
		q = q.Where("vendors.certificate_expires_on >= ? AND vendors.certificate_expires_on <= ?", f.Today, addDays(f.Today, f.CertificateExpiresWithin))
	}
	if f.Decision != "" {
		q = q.Where("vendors.decision = ?", f.Decision)
	}
	return q
}

// equalOrNone keeps the rows whose column holds value, or no value for FilterNone; column is
// one of this file's constants, never request input.
func equalOrNone(q *gorm.DB, column, value string) *gorm.DB {
	switch value {
	case "":
		return q
	case FilterNone:
		return q.Where(column + " = ''")
	}
	return q.Where(column+" = ?", value)
}

// addDays moves a YYYY-MM-DD date by n days; a malformed date stays as it is.
func addDays(day string, n int) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// keyedVendor is a vendor read with the value of its sort key, for the cursor.
type keyedVendor struct {
	Vendor  `gorm:"embedded"`
	SortKey string `gorm:"column:sort_key"`
}

// Vendors returns one page of the vendor list in at most three queries whatever the page size
// (count, page, red flags). Pages are keyset pages on an indexed (sort key, id) pair, so a deep
// page costs what the first one does.
func (s *Store) Vendors(ctx context.Context, f VendorFilter) (VendorPage, error) {
	out := VendorPage{Total: -1}
	if f.Sort == "" {
		f.Sort = "name"
	}
	spec, ok := vendorSorts[f.Sort]
	if !ok {
		return out, fmt.Errorf("store: unknown vendor sort %q", f.Sort)
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	if f.Count {
		var n int64
		sub := f.apply(s.q(ctx).Table("vendors").Select("1")).Limit(CountLimit + 1)
		if err := s.q(ctx).Table("(?) AS matching", sub).Count(&n).Error; err != nil {
			return out, notFound(err, "count vendors")
		}
		out.Total, out.TotalCapped = min(n, CountLimit), n > CountLimit
	}
	back := f.After != nil && f.After.Back
	// Walking backwards reverses the order, then the page is turned round again below.
	desc := f.Desc != back
	dir, cmp := "ASC", ">"
	if desc {
		dir, cmp = "DESC", "<"
	}
	key := spec.expr
	if s.dialect == DialectSQLite && spec.kind == "time" {
		// SQLite keeps times as text and orders them so; the cursor carries that text as stored,
		// since the driver would bind a time in a format of its own.
		key, spec.kind = "CAST("+spec.expr+" AS TEXT)", "text"
	}
	q := f.apply(s.q(ctx).Table("vendors").Select("vendors.*, " + key + " AS sort_key"))
	if f.After != nil {
		key, err := spec.bind(f.After.Key)
		if err != nil {
			return out, err
		}
		q = q.Where("("+spec.expr+", vendors.id) "+cmp+" (?, ?)", key, f.After.ID)
	}
	var vs []keyedVendor
	if err := q.Order(spec.expr + " " + dir + ", vendors.id " + dir).Limit(f.Limit + 1).Find(&vs).Error; err != nil {
		return out, notFound(err, "vendors")
	}
	more := len(vs) > f.Limit
	if more {
		vs = vs[:f.Limit]
	}
	if back {
		for i, j := 0, len(vs)-1; i < j; i, j = i+1, j-1 {
			vs[i], vs[j] = vs[j], vs[i]
		}
	}
	if len(vs) == 0 {
		return out, nil
	}
	cursor := func(v keyedVendor, back bool) *Cursor {
		return &Cursor{Sort: f.Sort, Desc: f.Desc, Key: v.SortKey, ID: v.ID, Back: back}
	}
	first, last := vs[0], vs[len(vs)-1]
	switch {
	case back:
		out.Next = cursor(last, false)
		if more {
			out.Prev = cursor(first, true)
		}
	default:
		if more {
			out.Next = cursor(last, false)
		}
		if f.After != nil {
			out.Prev = cursor(first, true)
		}
	}
	ids := make([]uint, len(vs))
	out.Rows = make([]VendorRow, len(vs))
	for i, v := range vs {
		ids[i] = v.ID
		out.Rows[i].Vendor = v.Vendor
	}
	var flags []VendorRedFlag
	if err := s.q(ctx).Where("vendor_id IN ?", ids).Order("vendor_id, flag_id").Find(&flags).Error; err != nil {
		return out, notFound(err, "vendor red flags")
	}
	byVendor := map[uint][]VendorRedFlag{}
	for _, fl := range flags {
		byVendor[fl.VendorID] = append(byVendor[fl.VendorID], fl)
	}
	for i := range out.Rows {
		fs := byVendor[out.Rows[i].Vendor.ID]
		sort.SliceStable(fs, func(a, b int) bool { return severityRank(fs[a].Severity) > severityRank(fs[b].Severity) })
		out.Rows[i].RedFlags = fs
	}
	return out, nil
}

// severityRank orders red flag severities, most severe highest.
func severityRank(s string) int { return RatingRank(s) }

// bind turns a cursor's key back into a value of the sort column's type.
func (sp sortSpec) bind(key string) (any, error) {
	switch sp.kind {
	case "int":
		n, err := strconv.ParseInt(key, 10, 64)
		if err != nil {
			return nil, ErrBadCursor
		}
		return n, nil
	case "time":
		t, err := time.Parse(time.RFC3339Nano, key)
		if err != nil {
			return nil, ErrBadCursor
		}
		return t, nil
	}
	return key, nil
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
	// Vendors whose current assessment is in each state; overdue and awaiting review are
	// defined by overdueSQL and awaitingReviewSQL.
	Sent, InProgress, Overdue, AwaitingReview int64
	// ExpiringCertificates are the first vendors whose certificate expires within the window,
	// soonest first; ExpiringTotal counts them all.
	ExpiringCertificates []Vendor
	ExpiringTotal        int64
	TopRedFlags          []RedFlagCount
}

// PortfolioFigures computes the dashboard in five queries that read no more than the counts
// and the vendors each figure is about: today is YYYY-MM-DD, certificates expiring up to
// within days after it are listed (at most listed of them), and the topFlags most frequent red
// flags are ranked. Vendors by tier and rating, sent, in progress and the red flags come from
// PortfolioCount; overdue, awaiting review and expiring certificates depend on today or on the
// decision and are counted on their indexes.
func (s *Store) PortfolioFigures(ctx context.Context, today string, within, listed, topFlags int) (Portfolio, error) {
	var p Portfolio
	var counts []PortfolioCount
	err := s.q(ctx).Where("kind IN ? AND n > 0", []string{CountTierRating, CountStatus, CountAwaitingReview}).Order("kind, key").Find(&counts).Error
	if err != nil {
		return p, notFound(err, "portfolio counts")
	}
	for _, c := range counts {
		switch c.Kind {
		case CountTierRating:
			tier, rating, _ := strings.Cut(c.Key, "/")
			p.ByTierRating = append(p.ByTierRating, TierRatingCount{Tier: tier, Rating: rating, N: c.N})
		case CountAwaitingReview:
			p.AwaitingReview = c.N
		case CountStatus:
			switch c.Key {
			case StatusSent:
				p.Sent = c.N
			case StatusInProgress:
				p.InProgress = c.N
			}
		}
	}
	until := addDays(today, within)
	// Overdue and expiring depend on today's date, so they are counted here, over the index.
	var st struct{ Overdue, Expiring int64 }
	err = s.q(ctx).Raw("SELECT (SELECT count(*) FROM vendors WHERE "+overdueSQL+") AS overdue, "+
		"(SELECT count(*) FROM vendors WHERE certificate_expires_on >= ? AND certificate_expires_on <= ?) AS expiring",
		today, today, until).Scan(&st).Error
	if err != nil {
		return p, notFound(err, "assessment counts")
	}
	p.Overdue, p.ExpiringTotal = st.Overdue, st.Expiring
	err = s.q(ctx).Where("certificate_expires_on >= ? AND certificate_expires_on <= ?", today, until).
		Order("certificate_expires_on, id").Limit(listed).Find(&p.ExpiringCertificates).Error
	if err != nil {
		return p, notFound(err, "expiring certificates")
	}
	var flags []PortfolioCount
	err = s.q(ctx).Where("kind = ? AND n > 0", CountRedFlag).Order("n DESC, key").Limit(topFlags).Find(&flags).Error
	if err != nil {
		return p, notFound(err, "most frequent red flags")
	}
	for _, f := range flags {
		p.TopRedFlags = append(p.TopRedFlags, RedFlagCount{FlagID: f.Key, Title: f.Title, Severity: f.Severity, Vendors: f.N})
	}
	return p, nil
}

// MigrateDownTo undoes the migrations after version. Tests and the portfolio benchmark use it
// to load rows as an older schema held them and then migrate up, which runs each newer
// migration's backfill on them.
func (s *Store) MigrateDownTo(ctx context.Context, version int64) error {
	p, err := s.provider()
	if err != nil {
		return fmt.Errorf("store: migrations: %w", err)
	}
	if _, err := p.DownTo(ctx, version); err != nil {
		return fmt.Errorf("store: migrate down: %w", err)
	}
	return nil
}
