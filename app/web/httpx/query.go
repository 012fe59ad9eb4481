package httpx

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/findings"
	"assay/app/model"
	"assay/app/reassess"
	"assay/app/scoring"
	"assay/app/validate"
	"assay/app/vendors"
)

// VendorsPerPage is the vendor list's page size unless per_page says otherwise.
const VendorsPerPage = 25

// Allow-lists of the vendor list's filter values, in the order the filter form offers them.
var (
	VendorRatings   = []string{scoring.RatingCritical, scoring.RatingHigh, scoring.RatingMedium, scoring.RatingLow, model.FilterNone}
	VendorStatuses  = []string{model.StatusOverdue, model.StatusAwaitingReview, model.StatusSent, model.StatusInProgress, model.StatusReturned, model.StatusSubmitted, model.StatusScored, model.StatusCancelled, model.StatusExpired, model.FilterNone}
	VendorCerts     = []string{scoring.CertificateValid, scoring.CertificateExpiring, scoring.CertificateExpired, scoring.CertificateOutdatedEdition, scoring.CertificateUnreadable, scoring.CertificateUncertain, scoring.CertificateMissing, scoring.CertificateNotCertified, model.FilterNone}
	VendorDecisions = []string{"pending", "approved", "approved_with_conditions", "rejected"}
	listDirs        = []string{"asc", "desc"}
	flagIDPattern   = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]{0,63}$`)
)

// VendorQuery is the vendor list's query parameters as typed, kept for the filter form and for
// every link the page makes (next, previous, sort, exports).
type VendorQuery struct {
	Query, Tier, Rating, Status, Flag, Cert, CertWithin, Decision, Sort, Dir, Cursor, PerPage string
}

// VendorQueryOf reads the vendor list's parameters from the query string.
func VendorQueryOf(c echo.Context) VendorQuery {
	q := c.QueryParam
	return VendorQuery{Query: strings.TrimSpace(q("q")), Tier: q("tier"), Rating: q("rating"), Status: q("status"), Flag: q("flag"),
		Cert: q("cert"), CertWithin: q("cert_expires_within"), Decision: q("decision"), Sort: q("sort"), Dir: q("dir"),
		Cursor: q("cursor"), PerPage: q("per_page")}
}

// values gives the parameters that narrow or order the list, leaving out empty ones and the
// default sort, so links stay short and read like what they show.
func (p VendorQuery) values() url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{{"q", p.Query}, {"tier", p.Tier}, {"rating", p.Rating}, {"status", p.Status}, {"flag", p.Flag},
		{"cert", p.Cert}, {"cert_expires_within", p.CertWithin}, {"decision", p.Decision}, {"per_page", p.PerPage}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	if p.Sort != "" && p.Sort != "name" {
		v.Set("sort", p.Sort)
	}
	if p.Dir == "desc" {
		v.Set("dir", "desc")
	}
	return v
}

// Link is the list (or an export of it, by path) with these filters and sort at cursor.
func (p VendorQuery) Link(path, cursor string) string {
	v := p.values()
	if cursor != "" {
		v.Set("cursor", cursor)
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

// Filtered reports whether any filter narrows the list.
func (p VendorQuery) Filtered() bool {
	return p.Query != "" || p.Tier != "" || p.Rating != "" || p.Status != "" || p.Flag != "" || p.Cert != "" ||
		p.CertWithin != "" || p.Decision != ""
}

// Filter checks every parameter against its allow-list and returns the store filter, or a
// validate.Error naming each bad parameter (422).
func (p VendorQuery) Filter(now time.Time) (model.VendorFilter, error) {
	f := model.VendorFilter{Search: p.Query, Tier: p.Tier, Rating: p.Rating, Status: p.Status, RedFlag: p.Flag, Certificate: p.Cert,
		Decision: p.Decision, Sort: p.Sort, Desc: p.Dir == "desc", Limit: VendorsPerPage, Today: now.UTC().Format("2006-01-02")}
	ve := &validate.Error{}
	if len([]rune(p.Query)) > 200 {
		ve.Add("q", "Search for at most 200 characters.")
	}
	oneOf := func(field, value, what string, allowed []string) {
		if value != "" && !slices.Contains(allowed, value) {
			ve.Add(field, "Choose "+what+": "+strings.Join(allowed, ", ")+".")
		}
	}
	oneOf("tier", p.Tier, "a tier", vendors.Tiers)
	oneOf("rating", p.Rating, "a rating", VendorRatings)
	oneOf("status", p.Status, "a status", VendorStatuses)
	oneOf("cert", p.Cert, "a certificate status", VendorCerts)
	oneOf("decision", p.Decision, "a decision", VendorDecisions)
	oneOf("sort", p.Sort, "a sort column", model.VendorSorts)
	oneOf("dir", p.Dir, "a direction", listDirs)
	if p.Flag != "" && !flagIDPattern.MatchString(p.Flag) {
		ve.Add("flag", "A red flag id is lower-case letters, digits, dots, dashes and underscores.")
	}
	if p.CertWithin != "" {
		n, err := strconv.Atoi(p.CertWithin)
		if err != nil || n < 1 || n > 3650 {
			ve.Add("cert_expires_within", "Give a number of days from 1 to 3650.")
		}
		f.CertificateExpiresWithin = n
	}
	if p.PerPage != "" {
		n, err := strconv.Atoi(p.PerPage)
		if err != nil || n < 1 || n > 200 {
			ve.Add("per_page", "Give a page size from 1 to 200.")
		}
		f.Limit = n
	}
	if p.Cursor != "" {
		cur, err := model.DecodeCursor(p.Cursor)
		sort := p.Sort
		if sort == "" {
			sort = "name"
		}
		if err != nil || cur.Sort != sort || cur.Desc != f.Desc {
			ve.Add("cursor", "This page link is not valid for the current sort; start again from the first page.")
		}
		f.After = &cur
	}
	if len(ve.Fields) > 0 {
		return f, ve
	}
	return f, nil
}

// FindingsPerPage is the findings list's page size.
const FindingsPerPage = 50

// FindingQuery is the findings list's query parameters. Filters come from allow-lists;
// anything else is ignored rather than passed on.
type FindingQuery struct {
	Status   string
	Severity string
	OwnerID  uint
	Overdue  bool
	// AssessmentID and VendorID narrow the list to one assessment or vendor, from their pages.
	AssessmentID uint
	VendorID     uint
	Page         int
}

// FindingQueryOf reads the findings list's parameters from the query string.
func FindingQueryOf(c echo.Context) FindingQuery {
	var q FindingQuery
	if st := c.QueryParam("status"); slices.Contains(findings.Statuses, st) {
		q.Status = st
	}
	if sv := c.QueryParam("severity"); slices.Contains(findings.Severities, sv) {
		q.Severity = sv
	}
	if n, err := strconv.ParseUint(c.QueryParam("owner"), 10, 32); err == nil {
		q.OwnerID = uint(n)
	}
	q.Overdue = c.QueryParam("overdue") == "1" || c.QueryParam("overdue") == "true"
	q.Page, _ = strconv.Atoi(c.QueryParam("page"))
	if q.Page < 1 {
		q.Page = 1
	}
	if n, err := strconv.ParseUint(c.QueryParam("assessment_id"), 10, 32); err == nil {
		q.AssessmentID = uint(n)
	}
	if n, err := strconv.ParseUint(c.QueryParam("vendor_id"), 10, 32); err == nil {
		q.VendorID = uint(n)
	}
	return q
}

// FindingsOf lists the page of findings the request's query asks for, overdue as of now.
func FindingsOf(c echo.Context, l FindingLister, now time.Time) (FindingQuery, []model.Finding, int64, error) {
	q := FindingQueryOf(c)
	rows, total, err := l.List(c.Request().Context(), q.Filter(now))
	return q, rows, total, err
}

// Filter is the store filter of the query's page; overdue counts from the start of now's day.
func (q FindingQuery) Filter(now time.Time) model.FindingFilter {
	f := model.FindingFilter{Status: q.Status, Severity: q.Severity, OwnerID: q.OwnerID, Limit: FindingsPerPage,
		Offset: (q.Page - 1) * FindingsPerPage, AssessmentID: q.AssessmentID, VendorID: q.VendorID}
	if q.Overdue {
		today := Day(now)
		f.OverdueAt = &today
	}
	return f
}

// Day is the start of t's day in UTC.
func Day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// DueWindows are the look-ahead choices of the reassessments list, in days.
var DueWindows = []int{0, 30, 60, 90, 180}

// DueFilterOf reads ?within= (days, from DueWindows) and ?tier= (a known tier); anything else
// falls back to the defaults rather than reaching the query. It returns the window in days too.
func DueFilterOf(c echo.Context, now time.Time) (reassess.DueFilter, int) {
	within := reassess.DefaultDueWindow
	if n, err := strconv.Atoi(c.QueryParam("within")); err == nil && slices.Contains(DueWindows, n) {
		within = n
	}
	tier := c.QueryParam("tier")
	if !slices.Contains(vendors.Tiers, tier) {
		tier = ""
	}
	return reassess.DueFilter{Now: now, Within: time.Duration(within) * 24 * time.Hour, Tier: tier}, within
}
