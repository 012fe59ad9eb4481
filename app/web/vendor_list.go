package web

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/scoring"
	"assay/app/store"
	"assay/app/validate"
	"assay/app/vendors"
)

const vendorsPerPage = 25

// Allow-lists of the vendor list's filter values, in the order the filter form offers them.
var (
	listRatings   = []string{scoring.RatingCritical, scoring.RatingHigh, scoring.RatingMedium, scoring.RatingLow, store.FilterNone}
	listStatuses  = []string{store.StatusOverdue, store.StatusAwaitingReview, store.StatusSent, store.StatusInProgress, store.StatusReturned, store.StatusSubmitted, store.StatusScored, store.StatusCancelled, store.StatusExpired, store.FilterNone}
	listCerts     = []string{scoring.CertificateValid, scoring.CertificateExpiring, scoring.CertificateExpired, scoring.CertificateOutdatedEdition, scoring.CertificateUnreadable, scoring.CertificateMissing, scoring.CertificateNotCertified, store.FilterNone}
	listDecisions = []string{"pending", "approved", "approved_with_conditions", "rejected"}
	listDirs      = []string{"asc", "desc"}
	flagIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]{0,63}$`)
)

// listParams are the vendor list's query parameters as typed, kept for the filter form and for
// every link the page makes (next, previous, sort, exports).
type listParams struct {
	Query, Tier, Rating, Status, Flag, Cert, CertWithin, Decision, Sort, Dir, Cursor, PerPage string
}

func listParamsOf(c echo.Context) listParams {
	q := c.QueryParam
	return listParams{Query: strings.TrimSpace(q("q")), Tier: q("tier"), Rating: q("rating"), Status: q("status"), Flag: q("flag"),
		Cert: q("cert"), CertWithin: q("cert_expires_within"), Decision: q("decision"), Sort: q("sort"), Dir: q("dir"),
		Cursor: q("cursor"), PerPage: q("per_page")}
}

// values gives the parameters that narrow or order the list, leaving out empty ones and the
// default sort, so links stay short and read like what they show.
func (p listParams) values() url.Values {
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

// link is the list (or an export of it, by path) with these filters and sort at cursor.
func (p listParams) link(path, cursor string) string {
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
func (p listParams) Filtered() bool {
	return p.Query != "" || p.Tier != "" || p.Rating != "" || p.Status != "" || p.Flag != "" || p.Cert != "" ||
		p.CertWithin != "" || p.Decision != ""
}

// filter checks every parameter against its allow-list and returns the store filter, or a
// validate.Error naming each bad parameter (422).
func (p listParams) filter(now time.Time) (store.VendorFilter, error) {
	f := store.VendorFilter{Search: p.Query, Tier: p.Tier, Rating: p.Rating, Status: p.Status, RedFlag: p.Flag, Certificate: p.Cert,
		Decision: p.Decision, Sort: p.Sort, Desc: p.Dir == "desc", Limit: vendorsPerPage, Today: now.UTC().Format("2006-01-02")}
	ve := &validate.Error{}
	if len([]rune(p.Query)) > 200 {
		ve.Add("q", "Search for at most 200 characters.")
	}
	oneOf := func(field, value, what string, allowed []string) {
		if value != "" && !contains(allowed, value) {
			ve.Add(field, "Choose "+what+": "+strings.Join(allowed, ", ")+".")
		}
	}
	oneOf("tier", p.Tier, "a tier", vendors.Tiers)
	oneOf("rating", p.Rating, "a rating", listRatings)
	oneOf("status", p.Status, "a status", listStatuses)
	oneOf("cert", p.Cert, "a certificate status", listCerts)
	oneOf("decision", p.Decision, "a decision", listDecisions)
	oneOf("sort", p.Sort, "a sort column", store.VendorSorts)
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
		cur, err := store.DecodeCursor(p.Cursor)
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

// vendorList is the data of the vendor list page.
type vendorList struct {
	Rows                                            []store.VendorRow
	P                                               listParams
	Tiers, Ratings, Statuses, Certs, Decisions      []string
	Total                                           int64
	TotalCapped                                     bool
	PrevURL, NextURL, CSVURL, XLSXURL, FirstPageURL string
	SortURLs                                        map[string]string
	CanEdit                                         bool
	Today                                           string
}

// vendorListJSON is the API's page of the vendor list.
type vendorListJSON struct {
	Items       []vendorJSON `json:"items"`
	NextCursor  string       `json:"next_cursor,omitempty"`
	PrevCursor  string       `json:"prev_cursor,omitempty"`
	Total       int64        `json:"total"`
	TotalCapped bool         `json:"total_capped"`
}

func (s *Server) listVendors(c echo.Context) error {
	p := listParamsOf(c)
	f, err := p.filter(s.Now())
	d := vendorList{P: p, Tiers: vendors.Tiers, Ratings: listRatings, Statuses: listStatuses, Certs: listCerts, Decisions: listDecisions,
		CanEdit: hasRole(principal(c).User, store.RoleAdmin, store.RoleAnalyst), Today: f.Today}
	if ve, ok := validateAs(err); ok {
		if wantsJSON(c) {
			return err
		}
		d.FirstPageURL = "/vendors"
		return s.renderPage(c, http.StatusUnprocessableEntity, "vendors.html", page{Title: "Vendors", Nav: "vendors", Data: d,
			Errors: ve.Fields, Flash: "Some filters are not valid; nothing is listed until they are corrected."})
	}
	// A substring search cannot use an index, so counting its matches would read every vendor;
	// the page of a search is found by walking the sort index only until the page is full.
	f.Count = f.Search == ""
	pg, err := s.Store.Vendors(c.Request().Context(), f)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		out := vendorListJSON{Items: make([]vendorJSON, len(pg.Rows)), Total: pg.Total, TotalCapped: pg.TotalCapped}
		for i, r := range pg.Rows {
			out.Items[i] = vendorRowOut(r)
		}
		if pg.Next != nil {
			out.NextCursor = pg.Next.Encode()
		}
		if pg.Prev != nil {
			out.PrevCursor = pg.Prev.Encode()
		}
		return c.JSON(http.StatusOK, out)
	}
	d.Rows, d.Total, d.TotalCapped = pg.Rows, pg.Total, pg.TotalCapped
	if pg.Next != nil {
		d.NextURL = p.link("/vendors", pg.Next.Encode())
	}
	if pg.Prev != nil {
		d.PrevURL = p.link("/vendors", pg.Prev.Encode())
	}
	d.CSVURL, d.XLSXURL, d.FirstPageURL = p.link("/vendors/export.csv", ""), p.link("/vendors/export.xlsx", ""), p.link("/vendors", "")
	d.SortURLs = map[string]string{}
	for _, col := range store.VendorSorts {
		q := p
		q.Sort, q.Dir = col, "asc"
		if (p.Sort == col || p.Sort == "" && col == "name") && p.Dir != "desc" {
			q.Dir = "desc"
		}
		d.SortURLs[col] = q.link("/vendors", "")
	}
	return s.renderPage(c, http.StatusOK, "vendors.html", page{Title: "Vendors", Nav: "vendors", Data: d})
}

// vendorRowOut is a vendor list row in API responses: the vendor with its summary.
func vendorRowOut(r store.VendorRow) vendorJSON {
	v, sm := r.Vendor, r.Vendor.Summary
	out := vendorOut(v, nil, nil)
	if sm.LatestAssessmentID != nil {
		out.Assessment = &assessmentBrief{ID: *sm.LatestAssessmentID, Status: sm.AssessmentStatus, DueOn: sm.AssessmentDueOn}
	}
	if sm.Scored() {
		out.Result = &resultBriefJSON{Score: sm.Score, Rating: sm.ComputedRating, OpenRedFlags: []string{}, AssessmentID: *sm.ResultAssessmentID,
			CertificateStatus: sm.CertificateStatus, CertificateExpiresOn: sm.CertificateExpiresOn}
		if sm.RatingOverridden {
			out.Result.OverrideRating = sm.Rating
		}
		for _, fl := range r.RedFlags {
			out.Result.OpenRedFlags = append(out.Result.OpenRedFlags, fl.FlagID)
		}
	}
	out.LastSubmittedAt = sm.LastSubmittedAt
	return out
}

// exportVendorsFilter is the list's filter for an export: the same checks, every vendor from
// the first, without the count.
func (s *Server) exportVendorsFilter(c echo.Context) (store.VendorFilter, error) {
	p := listParamsOf(c)
	p.Cursor, p.PerPage = "", ""
	f, err := p.filter(s.Now())
	f.Limit = exportPageSize
	return f, err
}
