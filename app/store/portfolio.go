package store

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/scoring"
)

// awaitingReviewSQL selects the vendors whose summary says awaiting review; it stays a literal
// so that the partial index on the column serves it.
const awaitingReviewSQL = "vendors.awaiting_review"

// overdueSQL selects the vendors portfolio.Overdue calls overdue, on the status column given;
// its parameters are portfolio.OpenStatuses and today's date.
func overdueSQL(status string) string {
	return status + " IN ? AND vendors.assessment_due_on <> '' AND vendors.assessment_due_on < ?"
}

// rankSQL is scoring.RatingRank over a column that always holds a level of the rating scale
// (a tier or a severity), the least risky level taken as the ELSE. The tier sort's index was
// created on rankSQL("tier"), which the query must repeat exactly for the index to serve it.
func rankSQL(column string) string {
	levels := scoring.Ratings()
	least := levels[len(levels)-1]
	var b strings.Builder
	b.WriteString("(CASE " + column)
	for _, l := range levels[:len(levels)-1] {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", l, scoring.RatingRank(l))
	}
	fmt.Fprintf(&b, " ELSE %d END)", scoring.RatingRank(least))
	return b.String()
}

type sortSpec struct {
	expr string // an indexed expression; migrations/*/00006_portfolio.sql has a (expr, id) index
	kind string // how a cursor's key is bound: "text", "int" or "time"
	// flagExpr is expr as the red flag rows (f) keep it, with a (flag_id, flagExpr, vendor_id)
	// index, when they keep it: a page filtered on a flag then reads the flag's rows in order.
	flagExpr string
}

var vendorSorts = map[string]sortSpec{
	"name":    {expr: "lower(vendors.name)", kind: "text"},
	"tier":    {expr: rankSQL("tier"), kind: "int"},
	"score":   {expr: "vendors.score", kind: "int"},
	"rating":  {expr: "vendors.rating_rank", kind: "int"},
	"status":  {expr: "vendors.assessment_status", kind: "text"},
	"due":     {expr: "vendors.assessment_due_on", kind: "text"},
	"updated": {expr: "vendors.updated_at", kind: "time", flagExpr: "f.vendor_updated_at"},
}

// equalOrNone keeps the rows whose column holds value, or no value for FilterNone; column is
// one of this file's constants, never request input.
func equalOrNone(q *gorm.DB, column, value string) *gorm.DB {
	switch value {
	case "":
		return q
	case model.FilterNone:
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
	model.Vendor
	SortKey string
}

// vendorColumn is a column of model.Vendor the vendor list reads, with where it is scanned into
// a vendor.
type vendorColumn struct {
	name string // the column of vendors
	time bool   // selected through timeText
	// shown: the list page shows it, so a brief page (model.VendorFilter.Brief) reads it.
	shown bool
	into  func(v *model.Vendor) any
}

// vendorColumns are the columns of model.Vendor the vendor list reads;
// TestVendorListReadsEveryColumn keeps them in step with the model.
var vendorColumns = []vendorColumn{
	{name: "id", shown: true, into: func(v *model.Vendor) any { return uintCol{&v.ID} }},
	{name: "name", shown: true, into: func(v *model.Vendor) any { return &v.Name }},
	{name: "website", into: func(v *model.Vendor) any { return &v.Website }},
	{name: "tier", shown: true, into: func(v *model.Vendor) any { return &v.Tier }},
	{name: "owner_id", into: func(v *model.Vendor) any { return nullUintCol{&v.OwnerID} }},
	{name: "decision", shown: true, into: func(v *model.Vendor) any { return &v.Decision }},
	{name: "created_at", time: true, into: func(v *model.Vendor) any { return timeCol{&v.CreatedAt} }},
	{name: "updated_at", time: true, shown: true, into: func(v *model.Vendor) any { return timeCol{&v.UpdatedAt} }},
	{name: "latest_assessment_id", shown: true, into: func(v *model.Vendor) any { return nullUintCol{&v.Summary.LatestAssessmentID} }},
	{name: "assessment_status", shown: true, into: func(v *model.Vendor) any { return &v.Summary.AssessmentStatus }},
	{name: "assessment_due_on", shown: true, into: func(v *model.Vendor) any { return &v.Summary.AssessmentDueOn }},
	{name: "last_submitted_at", time: true, into: func(v *model.Vendor) any { return nullTimeCol{&v.Summary.LastSubmittedAt} }},
	// Summary.Scored reads the result's assessment.
	{name: "result_assessment_id", shown: true, into: func(v *model.Vendor) any { return nullUintCol{&v.Summary.ResultAssessmentID} }},
	{name: "score", shown: true, into: func(v *model.Vendor) any { return intCol{&v.Summary.Score} }},
	{name: "rating", shown: true, into: func(v *model.Vendor) any { return &v.Summary.Rating }},
	{name: "rating_overridden", shown: true, into: func(v *model.Vendor) any { return &v.Summary.RatingOverridden }},
	{name: "computed_rating", shown: true, into: func(v *model.Vendor) any { return &v.Summary.ComputedRating }},
	{name: "override_stale", shown: true, into: func(v *model.Vendor) any { return &v.Summary.OverrideStale }},
	{name: "awaiting_review", into: func(v *model.Vendor) any { return &v.Summary.AwaitingReview }},
	{name: "rating_rank", into: func(v *model.Vendor) any { return intCol{&v.Summary.RatingRank} }},
	{name: "certificate_status", shown: true, into: func(v *model.Vendor) any { return &v.Summary.CertificateStatus }},
	{name: "certificate_expires_on", shown: true, into: func(v *model.Vendor) any { return &v.Summary.CertificateExpiresOn }},
	{name: "open_red_flags", into: func(v *model.Vendor) any { return intCol{&v.Summary.OpenRedFlags} }},
	{name: "scored_at", time: true, into: func(v *model.Vendor) any { return nullTimeCol{&v.Summary.ScoredAt} }},
}

// listColumns are the columns of vendorColumns a page reads (only those shown when brief), in
// the order listTargets scans them into. Every column the driver reads costs allocations on
// each row, text most: a page of many rows reads no more than it needs.
func (s *Store) listColumns(brief bool) string {
	var b strings.Builder
	for _, c := range pageColumns[brief] {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		if c.time {
			b.WriteString(s.timeText("vendors." + c.name))
		} else {
			b.WriteString("vendors." + c.name)
		}
	}
	return b.String()
}

// listTargets are where the columns of listColumns(brief), then the sort key, are scanned into.
func listTargets(brief bool) func(v *keyedVendor) []any {
	cols := pageColumns[brief]
	return func(v *keyedVendor) []any {
		out := make([]any, 0, len(cols)+1)
		for _, c := range cols {
			out = append(out, c.into(&v.Vendor))
		}
		return append(out, &v.SortKey)
	}
}

// pageColumns are the columns of vendorColumns a page reads, by whether it is brief: chosen
// once, not again for each page and row.
var pageColumns = map[bool][]vendorColumn{
	false: vendorColumns,
	true:  slices.DeleteFunc(slices.Clone(vendorColumns), func(c vendorColumn) bool { return !c.shown }),
}

// Vendors returns one page of the vendor list in at most four queries whatever the page size
// (a search's pieces, count, page, red flags). Pages are keyset pages on an indexed (sort key, id) pair, so a deep
// page costs what the first one does.
func (s *Store) Vendors(ctx context.Context, f model.VendorFilter) (model.VendorPage, error) {
	out := model.VendorPage{Total: -1}
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
	srch, err := s.prepareSearch(ctx, f.Search)
	if err != nil {
		return out, err
	}
	if srch.none {
		// A piece of the term is in no vendor's name or address.
		if f.Count {
			out.Total = 0
		}
		return out, nil
	}
	if f.Count {
		n, err := s.countVendors(ctx, f, srch)
		if err != nil {
			return out, err
		}
		out.Total, out.TotalCapped = min(n, model.CountLimit), n > model.CountLimit
	}
	back := f.After != nil && f.After.Back
	// Walking backwards reverses the order, then the page is turned round again below.
	desc := f.Desc != back
	dir, cmp := "ASC", ">"
	if desc {
		dir, cmp = "DESC", "<"
	}
	q, expr, id, plan := s.q(ctx).Table("vendors"), spec.expr, "vendors.id", flagFollowsSort
	if f.RedFlag != "" && spec.flagExpr != "" {
		// The flag's rows hold the sort key and the vendor's id: the page reads them in order.
		q = s.q(ctx).Table("vendor_red_flags AS f").Joins("JOIN vendors ON vendors.id = f.vendor_id")
		expr, id, plan = spec.flagExpr, "f.vendor_id", flagDrivesPage
	} else if f.Sort == "name" && len(srch.grams) > 0 {
		// The rarest piece's rows hold the name sort key and the vendor's id: the page reads
		// them in order and stops when full. SQLite is told to (CROSS JOIN keeps the order of
		// the tables), since it cannot weigh the piece's count.
		join := "JOIN"
		if s.dialect == DialectSQLite {
			join = "CROSS JOIN"
		}
		q = s.q(ctx).Table("vendor_grams AS g").Joins(join+" vendors ON vendors.id = g.vendor_id").Where("g.gram = ?", srch.grams[0])
		expr, id, plan = "g.name_key", "g.vendor_id", gramsDrivePage
	}
	key := expr
	if s.dialect == DialectSQLite && spec.kind == "time" {
		// SQLite keeps times as text and orders them so; the cursor carries that text as stored,
		// since the driver would bind a time in a format of its own.
		key, spec.kind = "CAST("+expr+" AS TEXT)", "text"
	}
	q = s.applyVendorFilter(q.Select(s.listColumns(f.Brief)+", "+key+" AS sort_key"), f, plan, srch)
	if f.After != nil {
		key, err := spec.bind(f.After.Key)
		if err != nil {
			return out, err
		}
		cond, args := s.after(expr, id, cmp, key, f.After.ID)
		q = q.Where(cond, args...)
	}
	vs, err := scanAll(q.Order(expr+" "+dir+", "+id+" "+dir).Limit(f.Limit+1), listTargets(f.Brief))
	if err != nil {
		return out, wrap(err, "vendors")
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
	cursor := func(v keyedVendor, back bool) *model.Cursor {
		return &model.Cursor{Sort: f.Sort, Desc: f.Desc, Key: v.SortKey, ID: v.ID, Back: back}
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
	out.Rows = make([]model.VendorRow, len(vs))
	for i, v := range vs {
		ids[i] = v.ID
		out.Rows[i].Vendor = v.Vendor
	}
	// The vendor's update time the flag rows keep is for the flag filter's index: the driver
	// parses every time it reads, so the page leaves that column out.
	flags, err := scanAll(s.q(ctx).Table("vendor_red_flags").Select("vendor_id, flag_id, severity, title").Where("vendor_id IN ?", ids).
		Order("vendor_id, flag_id"), func(f *model.VendorRedFlag) []any {
		return []any{uintCol{&f.VendorID}, &f.FlagID, &f.Severity, &f.Title}
	})
	if err != nil {
		return out, wrap(err, "vendor red flags")
	}
	byVendor := groupBy(flags, func(f model.VendorRedFlag) uint { return f.VendorID })
	for i := range out.Rows {
		fs := byVendor[out.Rows[i].Vendor.ID]
		// The most severe first; ranks are small, so their difference orders them.
		slices.SortStableFunc(fs, func(a, b model.VendorRedFlag) int {
			return scoring.RatingRank(b.Severity) - scoring.RatingRank(a.Severity)
		})
		out.Rows[i].RedFlags = fs
	}
	return out, nil
}

// after is the keyset condition (expr, idColumn) cmp (key, id) with its arguments. PostgreSQL
// seeks the (expr, id) index to the row value itself. SQLite seeks an index on a row value of
// plain columns only: on the name and tier expressions it would walk the index from its start to
// the cursor, a deep page costing more the deeper it is, so there the row value is spelt out as a
// range on the expression, which it seeks, and a test of the ties on it.
func (s *Store) after(expr, idColumn, cmp string, key any, id uint) (string, []any) {
	if s.dialect == DialectPostgres {
		return "(" + expr + ", " + idColumn + ") " + cmp + " (?, ?)", []any{key, id}
	}
	return expr + " " + cmp + "= ? AND (" + expr + " " + cmp + " ? OR " + idColumn + " " + cmp + " ?)", []any{key, key, id}
}

// bind turns a cursor's key back into a value of the sort column's type.
func (sp sortSpec) bind(key string) (any, error) {
	switch sp.kind {
	case "int":
		n, err := strconv.ParseInt(key, 10, 64)
		if err != nil {
			return nil, model.ErrBadCursor
		}
		return n, nil
	case "time":
		t, err := time.Parse(time.RFC3339Nano, key)
		if err != nil {
			return nil, model.ErrBadCursor
		}
		return t, nil
	}
	return key, nil
}

// PortfolioFigures computes the dashboard in four queries that read no more than the counts
// and the vendors listed: today is YYYY-MM-DD, certificates expiring up to within days after it
// are listed (at most listed of them), and the topFlags most frequent red flags are ranked.
// Every figure comes from PortfolioCount; overdue and expiring certificates, which depend on
// today, add up its rows by date.
func (s *Store) PortfolioFigures(ctx context.Context, today string, within, listed, topFlags int) (model.Portfolio, error) {
	var p model.Portfolio
	var counts []model.PortfolioCount
	err := s.q(ctx).Where("kind IN ? AND n > 0", []string{model.CountTierRating, model.CountStatus, model.CountAwaitingReview}).Order("kind, key").Find(&counts).Error
	if err != nil {
		return p, wrap(err, "portfolio counts")
	}
	for _, c := range counts {
		switch c.Kind {
		case model.CountTierRating:
			tier, rating, _ := strings.Cut(c.Key, "/")
			p.ByTierRating = append(p.ByTierRating, model.TierRatingCount{Tier: tier, Rating: rating, N: c.N})
		case model.CountAwaitingReview:
			p.AwaitingReview = c.N
		case model.CountStatus:
			switch c.Key {
			case model.StatusSent:
				p.Sent = c.N
			case model.StatusInProgress:
				p.InProgress = c.N
			}
		}
	}
	until := addDays(today, within)
	// Overdue and expiring depend on today's date: they add up the counts kept by due date and
	// by expiry date, one row per date rather than one per vendor.
	var st struct{ Overdue, Expiring int64 }
	const sumSQL = "SELECT coalesce(sum(n), 0) FROM portfolio_counts WHERE kind = ? AND "
	err = s.q(ctx).Raw("SELECT ("+sumSQL+"key < ?) AS overdue, ("+sumSQL+"key >= ? AND key <= ?) AS expiring",
		model.CountOpenDue, today, model.CountCertificateExpiry, today, until).Scan(&st).Error
	if err != nil {
		return p, wrap(err, "assessment counts")
	}
	p.Overdue, p.ExpiringTotal = st.Overdue, st.Expiring
	err = s.q(ctx).Where("certificate_expires_on >= ? AND certificate_expires_on <= ?", today, until).
		Order("certificate_expires_on, id").Limit(listed).Find(&p.ExpiringCertificates).Error
	if err != nil {
		return p, wrap(err, "expiring certificates")
	}
	var flags []model.PortfolioCount
	err = s.q(ctx).Where("kind = ? AND n > 0", model.CountRedFlag).Order("n DESC, key").Limit(topFlags).Find(&flags).Error
	if err != nil {
		return p, wrap(err, "most frequent red flags")
	}
	for _, f := range flags {
		p.TopRedFlags = append(p.TopRedFlags, model.RedFlagCount{FlagID: f.Key, Title: f.Title, Severity: f.Severity, Vendors: f.N})
	}
	return p, nil
}

// MigrateDownTo undoes the migrations after version. Tests and the portfolio benchmark use it
// to load rows as an older schema held them and then migrate up, which runs each newer
// migration's backfill on them.
func (s *Store) MigrateDownTo(ctx context.Context, version int64) error {
	p, err := s.provider()
	if err != nil {
		return err
	}
	_, err = p.DownTo(ctx, version)
	return wrap(err, "migrate down")
}

// countVendors counts the vendors f keeps, up to one more than model.CountLimit. A filter on a
// red flag, a status or awaiting review alone is answered from the portfolio counts, which
// hold that number in one row; any other filter is counted from the vendors.
func (s *Store) countVendors(ctx context.Context, f model.VendorFilter, srch vendorSearch) (int64, error) {
	if kind, key, ok := keptCount(f); ok {
		var c model.PortfolioCount
		err := s.q(ctx).Where("kind = ? AND key = ?", kind, key).Limit(1).Find(&c).Error
		return c.N, wrap(err, "count vendors")
	}
	var n int64
	sub := s.applyVendorFilter(s.q(ctx).Table("vendors").Select("1"), f, flagDrivesCount, srch).Limit(model.CountLimit + 1)
	return n, wrap(s.q(ctx).Table("(?) AS matching", sub).Count(&n).Error, "count vendors")
}

// keptCount names the portfolio count that holds the number of vendors f keeps, if one does.
func keptCount(f model.VendorFilter) (kind, key string, ok bool) {
	only := model.VendorFilter{RedFlag: f.RedFlag, Status: f.Status}
	f.Sort, f.Desc, f.After, f.Limit, f.Today, f.Count, f.Brief = "", false, nil, 0, "", false, false
	if f != only || (f.RedFlag == "") == (f.Status == "") {
		return "", "", false
	}
	switch f.Status {
	case "":
		return model.CountRedFlag, f.RedFlag, true
	case model.StatusOverdue:
		return "", "", false // a sum over due dates, counted from the vendors instead
	case model.StatusAwaitingReview:
		return model.CountAwaitingReview, "", true
	case model.FilterNone:
		return model.CountStatus, "", true
	}
	return model.CountStatus, f.Status, true
}

// How applyVendorFilter asks for a red flag (and reads a search): the count reads the flag's index entries, up to
// the count's limit; a page walks its sort index and looks each vendor's flag up, stopping when
// the page is full, instead of sorting every vendor with the flag; or, where the flag's rows
// keep the sort key (sortSpec.flagExpr), the page reads them, joined as f, in order.
const (
	flagDrivesCount = iota
	flagFollowsSort
	flagDrivesPage
	// gramsDrivePage: a search's page sorted by name reads its rarest piece's rows of
	// vendor_grams, joined as g, in name order; a red flag then follows the sort.
	gramsDrivePage
)

func (s *Store) applyVendorFilter(q *gorm.DB, f model.VendorFilter, flagPlan int, srch vendorSearch) *gorm.DB {
	q = s.searchVendors(q, srch, flagPlan == gramsDrivePage)
	if f.Tier != "" {
		q = q.Where("vendors.tier = ?", f.Tier)
	}
	if f.Rating != "" {
		// By rank, which the rating sort's index leads with; model.FilterNone is rank 0.
		q = q.Where("vendors.rating_rank = ?", scoring.RatingRank(f.Rating))
	}
	status := "vendors.assessment_status"
	if s.dialect == DialectSQLite && flagPlan != flagDrivesCount && f.Sort != "due" && f.Sort != "status" {
		// A status holds thousands of vendors in a large portfolio. Left to itself SQLite
		// reads them all through the status index and sorts them for one page; the unary
		// plus keeps that index out, so the page walks its sort index and stops when full.
		status = "+" + status
	}
	switch f.Status {
	case "":
	case model.FilterNone:
		q = q.Where(status + " = ''")
	case model.StatusOverdue:
		q = q.Where(overdueSQL(status), portfolio.OpenStatuses, f.Today)
	case model.StatusAwaitingReview:
		q = q.Where(awaitingReviewSQL)
	default:
		q = q.Where(status+" = ?", f.Status)
	}
	switch {
	case f.RedFlag == "":
	case flagPlan == flagDrivesPage:
		q = q.Where("f.flag_id = ?", f.RedFlag)
	case flagPlan == flagDrivesCount:
		// IN rather than EXISTS: SQLite then drives the count from the flag's index entries
		// instead of probing every vendor.
		q = q.Where("vendors.id IN (SELECT f.vendor_id FROM vendor_red_flags f WHERE f.flag_id = ?)", f.RedFlag)
	default:
		q = q.Where("EXISTS (SELECT 1 FROM vendor_red_flags f WHERE f.vendor_id = vendors.id AND f.flag_id = ?)", f.RedFlag)
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
