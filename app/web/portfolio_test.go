package web_test

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gorm.io/gorm"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/portfolio"
)

type listItem struct {
	ID         uint   `json:"id"`
	Name       string `json:"name"`
	Tier       string `json:"tier"`
	Decision   string `json:"decision"`
	Assessment *struct {
		ID     uint   `json:"id"`
		Status string `json:"status"`
		DueOn  string `json:"due_on"`
	} `json:"latest_assessment"`
	Result *struct {
		Score        int      `json:"score"`
		Rating       string   `json:"rating"`
		OpenRedFlags []string `json:"open_red_flags"`
	} `json:"result"`
}

type listPage struct {
	Items       []listItem `json:"items"`
	NextCursor  string     `json:"next_cursor"`
	PrevCursor  string     `json:"prev_cursor"`
	Total       int64      `json:"total"`
	TotalCapped bool       `json:"total_capped"`
}

// portfolioWorld is a server with a generated portfolio and the truth to check pages against.
type portfolioWorld struct {
	srv     *apptest.Server
	token   string
	today   string
	vendors []model.Vendor
	flags   map[uint][]string
}

func newPortfolioWorld(t *testing.T, dialect string, n int) *portfolioWorld {
	t.Helper()
	srv := apptest.NewServer(t, apptest.Options{Dialect: dialect})
	w := &portfolioWorld{srv: srv, token: srv.APIToken(t, "ana@example.com", model.RoleAnalyst), flags: map[uint][]string{}}
	u, err := srv.App.Store.UserByEmail(apptest.Ctx(), "ana@example.com")
	if err != nil {
		t.Fatal(err)
	}
	now := srv.App.Now()
	w.today = now.UTC().Format("2006-01-02")
	if err := apptest.SeedPortfolio(apptest.Ctx(), srv.App.Store, apptest.PortfolioSeed{Vendors: n, PerVendor: 2, Today: now, SenderID: u.ID}); err != nil {
		t.Fatal(err)
	}
	db := srv.App.Store.DB()
	if err := db.Order("id").Find(&w.vendors).Error; err != nil {
		t.Fatal(err)
	}
	var fs []model.VendorRedFlag
	if err := db.Find(&fs).Error; err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		w.flags[f.VendorID] = append(w.flags[f.VendorID], f.FlagID)
	}
	return w
}

// matches is the vendor list's filter written out in Go, to check the SQL against.
func (w *portfolioWorld) matches(v model.Vendor, q url.Values) bool {
	s := v.Summary
	none := func(x string) string {
		if x == model.FilterNone {
			return ""
		}
		return x
	}
	if t := q.Get("tier"); t != "" && v.Tier != t {
		return false
	}
	if r := q.Get("rating"); r != "" && s.Rating != none(r) {
		return false
	}
	switch st := q.Get("status"); st {
	case "":
	case model.StatusOverdue:
		if !contains(portfolio.OpenStatuses, s.AssessmentStatus) || s.AssessmentDueOn == "" || s.AssessmentDueOn >= w.today {
			return false
		}
	case model.StatusAwaitingReview:
		if !contains(portfolio.CompletedStatuses, s.AssessmentStatus) || v.Decision != "pending" {
			return false
		}
	default:
		if s.AssessmentStatus != none(st) {
			return false
		}
	}
	if f := q.Get("flag"); f != "" && !contains(w.flags[v.ID], f) {
		return false
	}
	if c := q.Get("cert"); c != "" && s.CertificateStatus != none(c) {
		return false
	}
	if d := q.Get("cert_expires_within"); d != "" {
		var n int
		fmt.Sscan(d, &n)
		until := addDaysText(w.today, n)
		if s.CertificateExpiresOn < w.today || s.CertificateExpiresOn > until {
			return false
		}
	}
	if d := q.Get("decision"); d != "" && v.Decision != d {
		return false
	}
	if s := strings.ToLower(q.Get("q")); s != "" && !strings.Contains(strings.ToLower(v.Name), s) && !strings.Contains(strings.ToLower(v.Website), s) {
		return false
	}
	return true
}

func addDaysText(day string, n int) string {
	t, _ := time.Parse("2006-01-02", day)
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// expected lists the matching vendor ids in the order the sort asks for.
func (w *portfolioWorld) expected(q url.Values) []uint {
	var vs []model.Vendor
	for _, v := range w.vendors {
		if w.matches(v, q) {
			vs = append(vs, v)
		}
	}
	tierRank := map[string]int{"critical": 4, "high": 3, "medium": 2, "low": 1}
	cmp := func(a, b model.Vendor) int {
		switch q.Get("sort") {
		case "tier":
			return tierRank[a.Tier] - tierRank[b.Tier]
		case "score":
			return a.Summary.Score - b.Summary.Score
		case "rating":
			return a.Summary.RatingRank - b.Summary.RatingRank
		case "status":
			return strings.Compare(a.Summary.AssessmentStatus, b.Summary.AssessmentStatus)
		case "due":
			return strings.Compare(a.Summary.AssessmentDueOn, b.Summary.AssessmentDueOn)
		case "updated":
			return a.UpdatedAt.Compare(b.UpdatedAt)
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	}
	desc := q.Get("dir") == "desc"
	sort.SliceStable(vs, func(i, j int) bool {
		c := cmp(vs[i], vs[j])
		if c == 0 {
			c = int(vs[i].ID) - int(vs[j].ID)
		}
		if desc {
			return c > 0
		}
		return c < 0
	})
	ids := make([]uint, len(vs))
	for i, v := range vs {
		ids[i] = v.ID
	}
	return ids
}

func (w *portfolioWorld) page(t *testing.T, q url.Values) listPage {
	t.Helper()
	var p listPage
	if st := api(t, "GET", w.srv.URL+"/api/v1/vendors?"+q.Encode(), w.token, nil, &p); st != http.StatusOK {
		t.Fatalf("GET /api/v1/vendors?%s: %d", q.Encode(), st)
	}
	return p
}

func ids(items []listItem) []uint {
	out := make([]uint, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	return out
}

func equalIDs(a, b []uint) bool { return fmt.Sprint(a) == fmt.Sprint(b) }

// TestVendorListFiltersSortsAndPages walks every page of the vendor list API forwards and back
// for filter and sort combinations and checks each against the same rules applied in Go.
func TestVendorListFiltersSortsAndPages(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			w := newPortfolioWorld(t, dialect, 60)
			for _, raw := range []string{
				"", "sort=name&dir=desc", "tier=critical&sort=score&dir=desc", "rating=high&sort=updated", "rating=none",
				"status=overdue&sort=due", "status=awaiting_review&sort=rating&dir=desc", "status=sent", "flag=flag_3&sort=tier",
				"cert=valid&cert_expires_within=90&sort=status", "decision=approved&sort=due&dir=desc", "q=vendor 1&sort=score",
				"q=SEED4.example", "tier=low&status=scored&rating=critical&flag=low_2",
				// One filter the portfolio counts keep a row for: the total is read from it.
				"flag=flag_3", "status=in_progress&sort=updated", "status=awaiting_review",
			} {
				q, _ := url.ParseQuery(raw)
				q.Set("per_page", "7")
				want := w.expected(q)
				first := w.page(t, q)
				wantTotal := int64(len(want))
				if q.Get("q") != "" {
					wantTotal = -1 // a substring search is not counted: it could not use an index
				}
				if first.Total != wantTotal || first.TotalCapped {
					t.Errorf("%s: total %d, want %d", raw, first.Total, wantTotal)
				}
				var got [][]uint
				p := first
				for {
					got = append(got, ids(p.Items))
					if p.NextCursor == "" {
						break
					}
					if len(got) > 20 {
						t.Fatalf("%s: more pages than vendors", raw)
					}
					q.Set("cursor", p.NextCursor)
					p = w.page(t, q)
				}
				var flat []uint
				for _, g := range got {
					flat = append(flat, g...)
				}
				if !equalIDs(flat, want) {
					t.Errorf("%s: pages %v\nwant %v", raw, got, want)
					continue
				}
				// Back from the last page by the previous links gives the same pages.
				for i := len(got) - 2; i >= 0; i-- {
					if p.PrevCursor == "" {
						t.Fatalf("%s: page %d has no previous link", raw, i+2)
					}
					q.Set("cursor", p.PrevCursor)
					p = w.page(t, q)
					if !equalIDs(ids(p.Items), got[i]) {
						t.Fatalf("%s: previous page %d is %v, want %v", raw, i+1, ids(p.Items), got[i])
					}
				}
				if p.PrevCursor != "" {
					t.Errorf("%s: the first page reached going back still has a previous link", raw)
				}
			}
			// The items carry the summary.
			p := w.page(t, url.Values{"flag": {"flag_3"}, "per_page": {"1"}})
			if len(p.Items) != 1 || p.Items[0].Result == nil || !contains(p.Items[0].Result.OpenRedFlags, "flag_3") || p.Items[0].Assessment == nil {
				t.Errorf("flag_3 item: %+v", p.Items)
			}

			t.Run("bad filter values are named field by field", func(t *testing.T) {
				var body struct {
					Error struct {
						Code   string            `json:"code"`
						Fields map[string]string `json:"fields"`
					} `json:"error"`
				}
				other := w.page(t, url.Values{"per_page": {"2"}}).NextCursor
				q := "tier=bogus&rating=meh&status=lost&flag=Not%20A%20Flag&cert=shiny&decision=maybe&sort=evil&dir=up&per_page=0&cert_expires_within=-3&cursor=" + other + "&q=" + strings.Repeat("x", 201)
				st := api(t, "GET", w.srv.URL+"/api/v1/vendors?"+q, w.token, nil, &body)
				if st != http.StatusUnprocessableEntity || body.Error.Code != "invalid" {
					t.Fatalf("status %d %+v", st, body)
				}
				for _, f := range []string{"tier", "rating", "status", "flag", "cert", "decision", "sort", "dir", "per_page", "cert_expires_within", "q"} {
					if body.Error.Fields[f] == "" {
						t.Errorf("no message for %s: %v", f, body.Error.Fields)
					}
				}
				// A cursor made for one sort is refused for another, and garbage is refused.
				for _, q := range []string{"sort=score&cursor=" + other, "cursor=not-a-cursor"} {
					body.Error.Fields = nil
					if st := api(t, "GET", w.srv.URL+"/api/v1/vendors?"+q, w.token, nil, &body); st != http.StatusUnprocessableEntity || body.Error.Fields["cursor"] == "" {
						t.Errorf("%s: %d %v", q, st, body.Error.Fields)
					}
				}
				c := w.srv.SignIn(t, "buyer@example.com", model.RoleProcurement)
				res, page := do(t, c, "GET", w.srv.URL+"/vendors?tier=bogus&q=kept", "", "")
				if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "Choose a tier") || !strings.Contains(page, `value="kept"`) {
					t.Errorf("HTML list with a bad tier: %d, want 422 with the message and the search kept", res.StatusCode)
				}
			})

			t.Run("the page keeps filters and sort in its links", func(t *testing.T) {
				c := w.srv.SignIn(t, "reader@example.com", model.RoleProcurement)
				res, page := do(t, c, "GET", w.srv.URL+"/vendors?tier=critical&sort=score&dir=desc&per_page=5", "", "")
				if res.StatusCode != http.StatusOK {
					t.Fatalf("status %d", res.StatusCode)
				}
				next := regexp.MustCompile(`<a href="([^"]+)" rel="next">`).FindStringSubmatch(page)
				if next == nil {
					t.Fatal("no next link")
				}
				u, _ := url.Parse(html.UnescapeString(next[1]))
				q := u.Query()
				if q.Get("tier") != "critical" || q.Get("sort") != "score" || q.Get("dir") != "desc" || q.Get("per_page") != "5" || q.Get("cursor") == "" {
					t.Fatalf("next link %s loses the filters or sort", u)
				}
				want := w.expected(url.Values{"tier": {"critical"}, "sort": {"score"}, "dir": {"desc"}})
				_, page2 := do(t, c, "GET", w.srv.URL+u.String(), "", "")
				rows := regexp.MustCompile(`<tr data-vendor="([^"]+)">`).FindAllStringSubmatch(page2, -1)
				if len(rows) != 5 {
					t.Fatalf("second page: %d rows", len(rows))
				}
				for i, r := range rows {
					if id := want[5+i]; w.vendorName(id) != html.UnescapeString(r[1]) {
						t.Errorf("second page row %d: %s, want %s", i+1, r[1], w.vendorName(id))
					}
				}
				for _, link := range []string{`href="/vendors/export.csv?dir=desc&amp;per_page=5&amp;sort=score&amp;tier=critical"`, `rel="prev"`, "15 vendors match"} {
					if !strings.Contains(page2, link) {
						t.Errorf("second page lacks %s", link)
					}
				}
			})
		})
	}
}

func (w *portfolioWorld) vendorName(id uint) string {
	for _, v := range w.vendors {
		if v.ID == id {
			return v.Name
		}
	}
	return ""
}

type tileOut struct {
	Key     string `json:"key"`
	Count   int64  `json:"count"`
	URL     string `json:"url"`
	Explain string `json:"explain"`
}

type dashboardOut struct {
	Assessments []tileOut `json:"assessments"`
	Chart       struct {
		Total int64 `json:"total"`
		Tiers []struct {
			Tier    string `json:"tier"`
			Vendors int64  `json:"vendors"`
			Ratings []struct {
				Rating  string `json:"rating"`
				Vendors int64  `json:"vendors"`
				URL     string `json:"url"`
			} `json:"ratings"`
		} `json:"tiers"`
	} `json:"by_tier_rating"`
	Expiry struct {
		Total   int64  `json:"total"`
		URL     string `json:"url"`
		Vendors []struct {
			ID        uint   `json:"id"`
			ExpiresOn string `json:"expires_on"`
		} `json:"vendors"`
	} `json:"certificates_expiring"`
	Flags []struct {
		FlagID  string `json:"flag_id"`
		Vendors int64  `json:"vendors"`
		URL     string `json:"url"`
	} `json:"top_red_flags"`
	ReassessmentsDue *tileOut `json:"reassessments_due"`
}

// listCount is how many vendors the list at link (a /vendors URL) holds.
func (w *portfolioWorld) listCount(t *testing.T, link string) int64 {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || u.Path != "/vendors" {
		t.Fatalf("dashboard link %q is not a vendor list", link)
	}
	return w.page(t, u.Query()).Total
}

// TestDashboardFiguresMatchTheirLists checks every dashboard number against the portfolio and
// against the vendor list it links to.
func TestDashboardFiguresMatchTheirLists(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			w := newPortfolioWorld(t, dialect, 80)
			var d dashboardOut
			if st := api(t, "GET", w.srv.URL+"/api/v1/dashboard", w.token, nil, &d); st != http.StatusOK {
				t.Fatalf("dashboard: %d", st)
			}
			count := func(q url.Values) int64 { return int64(len(w.expected(q))) }
			if d.Chart.Total != int64(len(w.vendors)) || len(d.Chart.Tiers) != 4 {
				t.Fatalf("chart: %+v", d.Chart)
			}
			for _, tr := range d.Chart.Tiers {
				for _, r := range tr.Ratings {
					rating := r.Rating
					if rating == "" {
						rating = model.FilterNone
					}
					want := count(url.Values{"tier": {tr.Tier}, "rating": {rating}})
					if r.Vendors != want || w.listCount(t, r.URL) != want {
						t.Errorf("%s/%s: %d, want %d", tr.Tier, r.Rating, r.Vendors, want)
					}
				}
			}
			wantTiles := map[string]int64{"sent": count(url.Values{"status": {"sent"}}), "in_progress": count(url.Values{"status": {"in_progress"}}),
				"overdue": count(url.Values{"status": {"overdue"}}), "awaiting_review": count(url.Values{"status": {"awaiting_review"}})}
			for _, tile := range d.Assessments {
				if tile.Count != wantTiles[tile.Key] || w.listCount(t, tile.URL) != tile.Count || tile.Explain == "" {
					t.Errorf("tile %s: %d, want %d", tile.Key, tile.Count, wantTiles[tile.Key])
				}
			}
			if len(d.Assessments) != 4 || wantTiles["overdue"] == 0 || wantTiles["awaiting_review"] == 0 {
				t.Errorf("tiles %+v; the seed should give overdue and awaiting review vendors", d.Assessments)
			}
			if want := count(url.Values{"cert_expires_within": {"90"}}); d.Expiry.Total != want || want == 0 || w.listCount(t, d.Expiry.URL) != want {
				t.Errorf("expiring certificates: %d, want %d", d.Expiry.Total, want)
			}
			for i := 1; i < len(d.Expiry.Vendors); i++ {
				if d.Expiry.Vendors[i].ExpiresOn < d.Expiry.Vendors[i-1].ExpiresOn {
					t.Errorf("expiring certificates not soonest first: %+v", d.Expiry.Vendors)
				}
			}
			if len(d.Flags) != 10 {
				t.Errorf("%d top red flags, want 10", len(d.Flags))
			}
			for i, f := range d.Flags {
				if want := count(url.Values{"flag": {f.FlagID}}); f.Vendors != want || w.listCount(t, f.URL) != want {
					t.Errorf("flag %s: %d, want %d", f.FlagID, f.Vendors, want)
				}
				if i > 0 && f.Vendors > d.Flags[i-1].Vendors {
					t.Errorf("red flags not most frequent first: %+v", d.Flags)
				}
			}
			var due struct {
				Total int64 `json:"total"`
			}
			if d.ReassessmentsDue == nil {
				t.Error("the dashboard has no reassessments-due tile")
			} else if st := api(t, "GET", w.srv.URL+"/api/v1"+d.ReassessmentsDue.URL, w.token, nil, &due); st != http.StatusOK ||
				due.Total != d.ReassessmentsDue.Count {
				t.Errorf("reassessments due: tile %d, its list %d (status %d); want equal",
					d.ReassessmentsDue.Count, due.Total, st)
			}
		})
	}
}

// queryCounter counts the statements the store sends while serving HTTP requests, through
// GORM's callbacks; background work (the periodic sweep, jobs) is not a page's cost.
func queryCounter(t *testing.T, db *gorm.DB) *atomic.Int64 {
	t.Helper()
	n := &atomic.Int64{}
	inc := func(tx *gorm.DB) {
		if ctx := tx.Statement.Context; ctx != nil && ctx.Value(http.ServerContextKey) != nil {
			n.Add(1)
		}
	}
	cb := db.Callback()
	for _, err := range []error{
		cb.Query().After("gorm:query").Register("portfolio_test:count", inc),
		cb.Row().After("gorm:row").Register("portfolio_test:count", inc),
		cb.Raw().After("gorm:raw").Register("portfolio_test:count", inc),
		cb.Create().After("gorm:create").Register("portfolio_test:count", inc),
		cb.Update().After("gorm:update").Register("portfolio_test:count", inc),
		cb.Delete().After("gorm:delete").Register("portfolio_test:count", inc),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// TestPortfolioQueriesPerPage proves the list and the dashboard cost the same number of queries
// whatever the page size and the portfolio size: no query per row.
func TestPortfolioQueriesPerPage(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			small, big := newPortfolioWorld(t, dialect, 12), newPortfolioWorld(t, dialect, 150)
			measure := func(w *portfolioWorld, path string) int64 {
				t.Helper()
				n := queryCounter(t, w.srv.App.Store.DB())
				var out map[string]any
				api(t, "GET", w.srv.URL+path, w.token, nil, &out) // warm: the token's last use is stamped once
				n.Store(0)
				if st := api(t, "GET", w.srv.URL+path, w.token, nil, &out); st != http.StatusOK {
					t.Fatalf("GET %s: %d", path, st)
				}
				return n.Load()
			}
			queries := map[string]int64{}
			for _, c := range []struct {
				name string
				w    *portfolioWorld
				path string
			}{
				{"list of 10", big, "/api/v1/vendors?per_page=10"},
				{"list of 100", big, "/api/v1/vendors?per_page=100"},
				{"filtered list of 100", big, "/api/v1/vendors?per_page=100&status=scored&tier=high&sort=score&dir=desc"},
				// A filter on a status alone is counted from the portfolio counts' row for it.
				{"list of 100 by status", big, "/api/v1/vendors?per_page=100&status=scored&sort=score&dir=desc"},
				{"dashboard of 12 vendors", small, "/api/v1/dashboard"},
				{"dashboard of 150 vendors", big, "/api/v1/dashboard"},
			} {
				queries[c.name] = measure(c.w, c.path)
				c.w.srv.App.Store.DB().Callback().Query().Remove("portfolio_test:count")
			}
			t.Logf("queries per request (authentication included): %v", queries)
			if queries["list of 10"] != queries["list of 100"] || queries["list of 100"] != queries["filtered list of 100"] {
				t.Errorf("list pages: %v, want the same count whatever the page size", queries)
			}
			if queries["list of 100 by status"] > queries["list of 100"] {
				t.Errorf("list pages: %v, want no more queries when the count is kept", queries)
			}
			if queries["dashboard of 12 vendors"] != queries["dashboard of 150 vendors"] {
				t.Errorf("dashboard: %v, want the same count whatever the portfolio size", queries)
			}
		})
	}
}
