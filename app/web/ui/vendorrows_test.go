package ui

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"assay/app/evidence"
	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/report"
)

// hostile are values a vendor, a questionnaire's red flags or a bad row could carry, each
// trying to leave its text or its attribute.
var hostile = []string{
	`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `x' onmouseover='alert(1)`, `x" onmouseover="alert(1)`,
	`a & b + c 'd' "e"`, "nul\x00byte", "bad \xff\xfe utf8", `javascript:alert(1)`, "&amp; already &lt;", "tab\tnew\nline",
	"Ünïcödé 名前 \u202ertl", `</td></tr><tr><td>`, `<!-- comment`, `]]><![CDATA[`, "\uFDD0\uFFFE noncharacters", "",
}

// TestVendorRowsEscapeAsTemplates checks the rows' escaping against html/template's own, in text
// and in a quoted attribute, on hostile strings and on every byte.
func TestVendorRowsEscapeAsTemplates(t *testing.T) {
	ref := template.Must(template.New("").Parse(`{{.}}|<p title="{{.}}" class="c-{{.}}" data-x="{{.}}">`))
	inputs := append([]string{}, hostile...)
	var all strings.Builder
	for b := 0; b < 256; b++ {
		all.WriteByte(byte(b))
	}
	inputs = append(inputs, all.String())
	for _, s := range inputs {
		var want bytes.Buffer
		if err := ref.Execute(&want, s); err != nil {
			t.Fatal(err)
		}
		e := string(escapeHTML(nil, s))
		got := fmt.Sprintf(`%s|<p title="%s" class="c-%s" data-x="%s">`, e, e, e, e)
		if got != want.String() {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want.String())
		}
	}
}

// refRow is a row as the list's template saw it before the rows were written in Go.
type refRow struct {
	ID                           uint
	Name, Tier, TierTitle        string
	AssessmentID                 uint
	Status, StatusTitle, Due     string
	Overdue, Scored              bool
	Score                        int
	ComputedRating, ComputedRisk string
	Overridden, OverrideStale    bool
	OverrideRisk                 string
	Certificate                  string
	CertificateExpires           string
	FlagCount, MoreFlags         int
	Flags                        []model.VendorRedFlag
	Decision, DecisionTitle      string
	Updated                      string
}

// refRows is the list's row markup as templates/vendors.html and its partials had it, which
// the rows written in Go must match byte for byte.
var refRows = template.Must(template.New("").Parse(`{{range .Rows}}
<tr data-vendor="{{.Name}}">
  <td>{{if $.CanEdit}}<input type="checkbox" name="vendor" value="{{.ID}}" form="bulk-select" aria-label="Choose {{.Name}} for a bulk send" class="pick"> {{end}}<a href="/vendors/{{.ID}}">{{.Name}}</a></td>
  <td><span class="tier tier-{{.Tier}}">{{.TierTitle}}</span></td>
  <td data-status="{{.Status}}">{{if .AssessmentID}}<a href="/assessments/{{.AssessmentID}}">{{.StatusTitle}}</a>{{else}}<span class="muted">Not assessed</span>{{end}}</td>
  <td>{{if .Due}}{{.Due}}{{if .Overdue}} <span class="overdue">overdue</span>{{end}}{{else}}–{{end}}</td>
  <td class="num" data-score>{{if .Scored}}{{.Score}}{{else}}–{{end}}</td>
  <td>{{if .Scored}}<span class="rating rating-{{.ComputedRating}}" data-rating>{{.ComputedRisk}}</span>{{if .Overridden}}<br><small class="override-mark" data-override-rating title="Set by an analyst, with a justification; filters and the dashboard use it">analyst: {{.OverrideRisk}}{{if .OverrideStale}} (before the latest rescore){{end}}</small>{{end}}{{else}}–{{end}}</td>
  <td>{{if .Certificate}}{{.Certificate}}{{if .CertificateExpires}}<br><small>expires {{.CertificateExpires}}</small>{{end}}{{else}}–{{end}}</td>
  <td data-flags>{{if .Scored}}<span data-flag-count>{{.FlagCount}}</span>{{if .Flags}}<ul class="flag-titles">{{range .Flags}}<li class="sev-{{.Severity}}" data-flag="{{.FlagID}}">{{.Title}}</li>{{end}}{{if .MoreFlags}}<li class="muted">and {{.MoreFlags}} more</li>{{end}}</ul>{{end}}{{else}}–{{end}}</td>
  <td><span class="decision-badge decision-{{.Decision}}">{{.DecisionTitle}}</span></td>
  <td>{{.Updated}}</td>
</tr>
{{end}}`))

// reference renders rows through refRows, each value worked out by the functions the template
// used.
func reference(t *testing.T, rows []model.VendorRow, today string, canEdit bool) string {
	t.Helper()
	out := make([]refRow, len(rows))
	for i, r := range rows {
		v, s := r.Vendor, r.Vendor.Summary
		out[i] = refRow{ID: v.ID, Name: v.Name, Tier: v.Tier, TierTitle: title(v.Tier), Status: s.AssessmentStatus, StatusTitle: title(s.AssessmentStatus),
			Due: evidence.FormatFact("", s.AssessmentDueOn), Overdue: portfolio.Overdue(s.AssessmentStatus, s.AssessmentDueOn, today),
			Scored: s.Scored(), Score: s.Score, ComputedRating: s.ComputedRating, ComputedRisk: report.Risk(s.ComputedRating),
			Overridden: s.RatingOverridden, OverrideStale: s.OverrideStale, Certificate: title(s.CertificateStatus),
			CertificateExpires: evidence.FormatFact("", s.CertificateExpiresOn), FlagCount: len(r.RedFlags),
			Flags: r.RedFlags[:min(len(r.RedFlags), shownFlags)], MoreFlags: max(len(r.RedFlags)-shownFlags, 0),
			Decision: v.Decision, DecisionTitle: title(v.Decision), Updated: date(v.UpdatedAt)}
		if s.LatestAssessmentID != nil {
			out[i].AssessmentID = *s.LatestAssessmentID
		}
		if s.RatingOverridden {
			out[i].OverrideRisk = report.Risk(s.Rating)
		}
	}
	var b bytes.Buffer
	if err := refRows.Execute(&b, map[string]any{"Rows": out, "CanEdit": canEdit}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func ptr(n uint) *uint { return &n }

// edgeRows are rows of every shape the list shows: never assessed, sent and overdue, scored
// with and without an override, a certificate with and without expiry, none to five red
// flags, malformed dates, and hostile text in every field that holds text.
func edgeRows() []model.VendorRow {
	updated := time.Date(2026, 3, 9, 23, 30, 0, 0, time.FixedZone("east", 5*3600))
	rows := []model.VendorRow{
		{Vendor: model.Vendor{ID: 1, Name: "Never Assessed Ltd", Tier: "low", Decision: "pending", UpdatedAt: updated}},
		{Vendor: model.Vendor{ID: 2, Name: "Late Couriers", Tier: "high", Decision: "pending", Summary: model.Summary{LatestAssessmentID: ptr(7),
			AssessmentStatus: "in_progress", AssessmentDueOn: "2026-02-01", Score: -1}}},
		{Vendor: model.Vendor{ID: 3, Name: "On Time", Tier: "medium", Decision: "approved_with_conditions", UpdatedAt: updated,
			Summary: model.Summary{LatestAssessmentID: ptr(8), AssessmentStatus: "sent", AssessmentDueOn: "2026-12-31", Score: -1}}},
		{Vendor: model.Vendor{ID: 4, Name: "Scored Plain", Tier: "critical", Decision: "approved", UpdatedAt: updated,
			Summary: model.Summary{LatestAssessmentID: ptr(9), AssessmentStatus: "scored", ResultAssessmentID: ptr(9), Score: 0,
				Rating: "low", ComputedRating: "low", CertificateStatus: "not_certified"}}},
	}
	for i, h := range hostile {
		s := model.Summary{LatestAssessmentID: ptr(uint(100 + i)), AssessmentStatus: h, AssessmentDueOn: []string{"2026-01-02", "2026-13-45", h, ""}[i%4],
			ResultAssessmentID: ptr(uint(100 + i)), Score: i*7 - 1, Rating: h, RatingOverridden: i%2 == 0, OverrideStale: i%4 == 0,
			ComputedRating: []string{"high", h, "", "none"}[i%4], CertificateStatus: h, CertificateExpiresOn: []string{"2027-03-04", "", h}[i%3]}
		if i%5 == 4 {
			s.ResultAssessmentID = nil
		}
		var flags []model.VendorRedFlag
		for j := 0; j < i%6; j++ {
			flags = append(flags, model.VendorRedFlag{VendorID: uint(10 + i), FlagID: fmt.Sprintf("f%d%s", j, h), Severity: h, Title: h + " flag " + strconv.Itoa(j)})
		}
		rows = append(rows, model.VendorRow{Vendor: model.Vendor{ID: uint(10 + i), Name: h, Tier: h, Decision: h, UpdatedAt: updated.AddDate(0, 0, -i), Summary: s},
			RedFlags: flags})
	}
	return rows
}

// TestVendorRowsAsTheTemplateMadeThem compares the rows written in Go with the template's, for an
// editor (with the bulk send's boxes) and for a reader.
func TestVendorRowsAsTheTemplateMadeThem(t *testing.T) {
	rows := edgeRows()
	for _, canEdit := range []bool{true, false} {
		got, want := string(listRowsHTML(rows, "2026-06-01", canEdit)), reference(t, rows, "2026-06-01", canEdit)
		if got == want {
			continue
		}
		g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("editor %v: line %d differs:\n got %q\nwant %q", canEdit, i+1, g[i], w[i])
			}
		}
		t.Fatalf("editor %v: %d lines, want %d", canEdit, len(g), len(w))
	}
	if listRowsHTML(nil, "2026-06-01", true) != "" {
		t.Error("no rows make no markup")
	}
}

// TestVendorRowsNeedOnlyTheBriefList draws rows whose every field is set, then the same rows as
// the page reads them (model.VendorFilter.Brief): the markup must be the same, so the page
// shows nothing the brief list leaves out.
func TestVendorRowsNeedOnlyTheBriefList(t *testing.T) {
	at := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC)
	owner := uint(3)
	rows := edgeRows()
	for i := range rows {
		v := &rows[i].Vendor
		v.Website, v.OwnerID, v.CreatedAt = "https://full.example", &owner, at
		v.Services, v.Contacts = []model.Service{{Name: "Hosting"}}, []model.Contact{{Name: "Desk", Email: "desk@full.example"}}
		s := &v.Summary
		s.LastSubmittedAt, s.RatingRank, s.AwaitingReview, s.OpenRedFlags, s.ScoredAt = &at, 3, true, len(rows[i].RedFlags), &at
	}
	brief := slices.Clone(rows)
	for i := range brief {
		brief[i].Vendor = brief[i].Vendor.Brief()
		if reflect.DeepEqual(brief[i].Vendor, rows[i].Vendor) {
			t.Fatalf("row %d: Brief left every field as it was", i)
		}
	}
	for _, canEdit := range []bool{true, false} {
		if got, want := listRowsHTML(brief, "2026-06-01", canEdit), listRowsHTML(rows, "2026-06-01", canEdit); got != want {
			t.Errorf("editor %v: the brief rows are drawn otherwise:\n%s\nwant\n%s", canEdit, got, want)
		}
	}
}

// TestVendorRowsKeepHostileTextText parses the rows as a browser does and checks that hostile
// names, statuses, ratings, decisions and red flags stay the text and attribute values they
// were: every element and attribute is one the list uses, and each shows the value as typed.
func TestVendorRowsKeepHostileTextText(t *testing.T) {
	rows := edgeRows()
	page := "<table><tbody>" + string(listRowsHTML(rows, "2026-06-01", true)) + "</tbody></table>"
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string][]string{
		"html": nil, "head": nil, "body": nil, "table": nil, "tbody": nil, "br": nil, "ul": {"class"},
		"tr": {"data-vendor"}, "td": {"class", "data-status", "data-score", "data-flags"}, "a": {"href"}, "small": {"class", "data-override-rating", "title"},
		"span": {"class", "data-rating", "data-flag-count"}, "li": {"class", "data-flag"},
		"input": {"type", "name", "value", "form", "aria-label", "class"},
	}
	var trs []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			names, ok := allowed[n.Data]
			if !ok {
				t.Errorf("element <%s> in the rows", n.Data)
			}
			for _, a := range n.Attr {
				if !strings.Contains(" "+strings.Join(names, " ")+" ", " "+a.Key+" ") {
					t.Errorf("attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
			}
			if n.Data == "tr" {
				trs = append(trs, n)
			}
		case html.CommentNode:
			t.Errorf("comment %q in the rows", n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(trs) != len(rows) {
		t.Fatalf("%d rows parsed, want %d", len(trs), len(rows))
	}
	// A browser reads NUL as U+FFFD, the escaped form of it, and so does the parser.
	shown := func(s string) string { return strings.ReplaceAll(s, "\x00", "\uFFFD") }
	for i, tr := range trs {
		r := rows[i]
		cells := children(tr, "td")
		if len(cells) != 10 {
			t.Fatalf("row %d: %d cells", i, len(cells))
		}
		box, link := find(cells[0], "input"), find(cells[0], "a")
		if attr(tr, "data-vendor") != shown(r.Vendor.Name) || link == nil || textOf(link) != shown(r.Vendor.Name) ||
			attr(link, "href") != fmt.Sprintf("/vendors/%d", r.Vendor.ID) || box == nil || attr(box, "value") != fmt.Sprint(r.Vendor.ID) ||
			attr(box, "aria-label") != "Choose "+shown(r.Vendor.Name)+" for a bulk send" {
			t.Errorf("row %d: the name %q is not shown as typed: %q", i, r.Vendor.Name, render(tr))
		}
		if attr(cells[2], "data-status") != shown(r.Vendor.Summary.AssessmentStatus) {
			t.Errorf("row %d: status %q shown as %q", i, r.Vendor.Summary.AssessmentStatus, attr(cells[2], "data-status"))
		}
		if badge := find(cells[8], "span"); badge == nil || attr(badge, "class") != "decision-badge decision-"+shown(r.Vendor.Decision) ||
			textOf(badge) != shown(title(r.Vendor.Decision)) {
			t.Errorf("row %d: decision %q shown as %q", i, r.Vendor.Decision, render(cells[8]))
		}
		if !r.Vendor.Summary.Scored() {
			continue
		}
		items := children(find(cells[7], "ul"), "li")
		for j, f := range r.RedFlags[:min(len(r.RedFlags), shownFlags)] {
			if j >= len(items) || textOf(items[j]) != shown(f.Title) || attr(items[j], "data-flag") != shown(f.FlagID) ||
				attr(items[j], "class") != "sev-"+shown(f.Severity) {
				t.Errorf("row %d: red flag %q not shown as typed: %q", i, f.Title, render(cells[7]))
			}
		}
		if rating := find(cells[5], "span"); rating == nil || attr(rating, "class") != "rating rating-"+shown(r.Vendor.Summary.ComputedRating) {
			t.Errorf("row %d: rating %q shown as %q", i, r.Vendor.Summary.ComputedRating, render(cells[5]))
		}
	}
}

// children are n's child elements named tag.
func children(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
	}
	return out
}

// find is the first element named tag within n.
func find(n *html.Node, tag string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			return c
		}
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return "(none)"
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func render(n *html.Node) string {
	var b bytes.Buffer
	_ = html.Render(&b, n)
	return b.String()
}

// TestVendorRowsAllocations bounds the allocations of a page's rows: they grow with the rows, but
// a row costs a few allocations, not the hundreds a template's row did.
func TestVendorRowsAllocations(t *testing.T) {
	rows := edgeRows()[:4]
	for len(rows) < 50 {
		rows = append(rows, rows[:4]...)
	}
	rows = rows[:50]
	one := testing.AllocsPerRun(20, func() { listRowsHTML(rows[:1], "2026-06-01", true) })
	fifty := testing.AllocsPerRun(20, func() { listRowsHTML(rows, "2026-06-01", true) })
	if perRow := (fifty - one) / 49; perRow > 2 {
		t.Errorf("%.1f allocations per row (%v for one row, %v for fifty)", perRow, one, fifty)
	}
}
