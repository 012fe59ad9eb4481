// Package dashboard sums up the vendor portfolio for the staff home page and the API's
// GET /api/v1/dashboard: counts that link to the vendor list they explain, the tier and rating
// chart laid out for SVG, expiring certificates and the commonest red flags.
package dashboard

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"assay/app/model"
	"assay/app/reassess"
	"assay/app/report"
	"assay/app/store"
	"assay/app/vendors"
)

// Dashboard settings: the certificate expiry window, how many expiring certificates are
// listed (the count links to all of them) and how many red flags are ranked.
const (
	expiryWindowDays  = 90
	expiringListed    = 20
	topRedFlagsListed = 10
	// reassessWindow is how far ahead the dashboard counts reassessments falling due: the
	// reassessments page's default window.
	reassessWindow = reassess.DefaultDueWindow * 24 * time.Hour
)

// chartRatings are the chart's segments, most risky first; "" is a vendor not yet rated.
var chartRatings = []string{"critical", "high", "medium", "low", ""}

// tile is one linked count on the dashboard.
type tile struct {
	Key     string `json:"key"`
	Label   string `json:"label"`
	Count   int64  `json:"count"`
	URL     string `json:"url"`
	Explain string `json:"explain"`
	// Capped says there are more than Count.
	Capped bool `json:"capped,omitempty"`
}

// Figures are the data of the staff home page and of GET /api/v1/dashboard.
type Figures struct {
	Today  string      `json:"today"`
	Tiles  []tile      `json:"assessments"`
	Chart  ratingChart `json:"by_tier_rating"`
	Expiry expiryList  `json:"certificates_expiring"`
	Flags  []flagCount `json:"top_red_flags"`
	// ReassessmentsDue, when set, adds a "reassessments due" tile after the assessment counts.
	// The reassessment feature fills it; the page and the API leave it out while it is nil.
	ReassessmentsDue *tile `json:"reassessments_due,omitempty"`
}

type expiryList struct {
	WithinDays int             `json:"within_days"`
	Total      int64           `json:"total"`
	URL        string          `json:"url"`
	Vendors    []expiringEntry `json:"vendors"`
}

type expiringEntry struct {
	ID        uint   `json:"id"`
	Name      string `json:"name"`
	Tier      string `json:"tier"`
	ExpiresOn string `json:"expires_on"`
	URL       string `json:"url"`
}

type flagCount struct {
	FlagID   string `json:"flag_id"`
	Title    string `json:"title"`
	Severity string `json:"severity"`
	Vendors  int64  `json:"vendors"`
	URL      string `json:"url"`
}

// ratingChart is the vendors-by-tier-and-rating chart, laid out on the server so the SVG needs
// no script: one stacked bar per tier, one segment per rating.
type ratingChart struct {
	Total   int64       `json:"total"`
	Ratings []string    `json:"ratings"`
	Rows    []chartRow  `json:"tiers"`
	Width   int         `json:"-"`
	Height  int         `json:"-"`
	Legend  []chartCell `json:"-"`
	Label   string      `json:"-"`
}

type chartRow struct {
	Tier  string      `json:"tier"`
	Total int64       `json:"vendors"`
	URL   string      `json:"url"`
	Cells []chartCell `json:"ratings"`
	Y     int         `json:"-"`
	TextX int         `json:"-"`
}

type chartCell struct {
	Rating string `json:"rating"`
	Label  string `json:"label"`
	Title  string `json:"-"`
	N      int64  `json:"vendors"`
	URL    string `json:"url"`
	X, W   int    `json:"-"`
	Y      int    `json:"-"`
}

// Chart geometry, in SVG user units.
const (
	chartLabelW = 90
	chartBarW   = 460
	chartRowH   = 34
	chartBarH   = 24
)

// tierLabel names a tier ("Critical"); ratings read as risk (report.Risk), so that the two
// scales, which share their words, are never taken for each other.
func tierLabel(t string) string { return report.Words(t) }

func vendorCount(n int64) string {
	if n == 1 {
		return "1 vendor"
	}
	return fmt.Sprintf("%d vendors", n)
}

func vendorsLink(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return "/vendors?" + v.Encode()
}

// newRatingChart lays out the chart from the per-tier, per-rating counts.
func newRatingChart(counts []model.TierRatingCount) ratingChart {
	n := map[[2]string]int64{}
	for _, c := range counts {
		n[[2]string{c.Tier, c.Rating}] += c.N
	}
	ch := ratingChart{Ratings: chartRatings, Width: chartLabelW + chartBarW + 60}
	var widest int64
	for _, t := range vendors.Tiers {
		row := chartRow{Tier: t, URL: vendorsLink("tier", t)}
		for _, r := range chartRatings {
			row.Total += n[[2]string{t, r}]
		}
		widest = max(widest, row.Total)
		ch.Total += row.Total
		ch.Rows = append(ch.Rows, row)
	}
	var aria []string
	for i := range ch.Rows {
		row := &ch.Rows[i]
		row.Y = 10 + i*chartRowH
		x := chartLabelW
		var parts []string
		for _, r := range chartRatings {
			c := chartCell{Rating: r, Label: report.Risk(r), N: n[[2]string{row.Tier, r}], X: x, Y: row.Y}
			rating := r
			if rating == "" {
				rating = model.FilterNone
			}
			c.URL = vendorsLink("tier", row.Tier, "rating", rating)
			c.Title = fmt.Sprintf("%s tier, %s: %s", tierLabel(row.Tier), strings.ToLower(c.Label), vendorCount(c.N))
			if widest > 0 {
				c.W = int(c.N * chartBarW / widest)
			}
			x += c.W
			row.Cells = append(row.Cells, c)
			if c.N > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", c.N, strings.ToLower(c.Label)))
			}
		}
		row.TextX = x + 6
		if len(parts) == 0 {
			parts = []string{"none"}
		}
		aria = append(aria, fmt.Sprintf("%s tier, %s: %s", tierLabel(row.Tier), vendorCount(row.Total), strings.Join(parts, ", ")))
	}
	ch.Height = 10 + len(ch.Rows)*chartRowH + 30
	lx := chartLabelW
	for _, r := range chartRatings {
		ch.Legend = append(ch.Legend, chartCell{Rating: r, Label: report.Risk(r), X: lx, Y: ch.Height - 18})
		lx += 110
	}
	ch.Label = fmt.Sprintf("Vendors by tier and rating, %d in all. %s.", ch.Total, strings.Join(aria, ". "))
	return ch
}

// Service sums up the portfolio.
type Service struct {
	Deps
}

// Deps are what a Service needs; New takes them all at once.
type Deps struct {
	Store *store.Store
	// Reassess counts the vendors falling due for another assessment.
	Reassess *reassess.Service
	Now      func() time.Time
}

// New returns a Service that sums up the portfolio from the given store.
func New(d Deps) *Service { return &Service{Deps: d} }

// Figures gathers the figures of the portfolio as it stands now.
func (s *Service) Figures(ctx context.Context) (Figures, error) {
	now := s.Now()
	today := now.UTC().Format("2006-01-02")
	p, err := s.Store.PortfolioFigures(ctx, today, expiryWindowDays, expiringListed, topRedFlagsListed)
	if err != nil {
		return Figures{}, err
	}
	d := Figures{Today: today, Chart: newRatingChart(p.ByTierRating), Flags: []flagCount{},
		Tiles: []tile{
			{Key: "sent", Label: "Sent, not opened", Count: p.Sent, URL: vendorsLink("status", model.StatusSent),
				Explain: "The current questionnaire was sent and the vendor has not saved an answer yet."},
			{Key: "in_progress", Label: "In progress", Count: p.InProgress, URL: vendorsLink("status", model.StatusInProgress),
				Explain: "The vendor has started answering and has not submitted."},
			{Key: "overdue", Label: "Overdue", Count: p.Overdue, URL: vendorsLink("status", model.StatusOverdue),
				Explain: "Sent, in progress or returned, and the due date has passed without a submission."},
			{Key: "awaiting_review", Label: "Awaiting review", Count: p.AwaitingReview, URL: vendorsLink("status", model.StatusAwaitingReview),
				Explain: "Submitted or scored, and no decision on the vendor has been recorded since the submission."},
		},
		Expiry: expiryList{WithinDays: expiryWindowDays, Total: p.ExpiringTotal, Vendors: []expiringEntry{},
			URL: vendorsLink("cert_expires_within", fmt.Sprint(expiryWindowDays))},
	}
	// Counted up to the vendor list's limit, so the dashboard costs the same at any size.
	due, err := s.Reassess.ReassessmentsDueCount(ctx,
		reassess.DueFilter{Now: now, Within: reassessWindow, CountLimit: model.CountLimit + 1})
	if err != nil {
		return Figures{}, err
	}
	d.ReassessmentsDue = &tile{Key: "reassessments_due", Label: "Reassessments due", Count: min(due, model.CountLimit),
		Capped:  due > model.CountLimit,
		URL:     fmt.Sprintf("/reassessments?within=%d", reassess.DefaultDueWindow),
		Explain: fmt.Sprintf("Vendors never assessed, or whose last submitted assessment is older than their tier's cadence, within the next %d days; none has an assessment open.", reassess.DefaultDueWindow)}
	for _, v := range p.ExpiringCertificates {
		d.Expiry.Vendors = append(d.Expiry.Vendors, expiringEntry{ID: v.ID, Name: v.Name, Tier: v.Tier,
			ExpiresOn: v.Summary.CertificateExpiresOn, URL: fmt.Sprintf("/vendors/%d", v.ID)})
	}
	for _, f := range p.TopRedFlags {
		d.Flags = append(d.Flags, flagCount{FlagID: f.FlagID, Title: f.Title, Severity: f.Severity, Vendors: f.Vendors,
			URL: vendorsLink("flag", f.FlagID)})
	}
	return d, nil
}
