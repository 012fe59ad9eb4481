package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/evidence"
	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/report"
	"assay/app/review"
	"assay/app/web/httpx"
	"assay/templates"
)

// page is what every template receives.
type page struct {
	Title  string
	User   *model.User
	CSRF   string
	Flash  string
	Nav    string
	Errors map[string]string
	Data   any
}

// pages renders the templates, one set per page, each a clone of the layout, and sends the
// browser on with a flash message.
type pages struct {
	templates map[string]*template.Template
	cookies   httpx.Cookies
	// titles names questions and red flags, for what pages choose from.
	titles questionnaire.Titles
}

// threadView is a review thread as the "review_thread" template shows it.
type threadView struct {
	AssessmentID uint
	Messages     []review.Message
}

// funcs are the templates' functions; titles names questions and red flags.
func funcs(titles questionnaire.Titles) template.FuncMap {
	return template.FuncMap{
		// questionTitle, flagTitle and factTitle name an id for people; factValue formats a fact.
		"questionTitle":      titles.Question,
		"flagTitle":          titles.Flag,
		"questionnaireTitle": titles.Questionnaire,
		"factTitle":          evidence.FactTitle,
		"factValue":          evidence.FormatFact,
		// correctable lists the facts an analyst may correct on a file of an evidence question.
		"correctable": evidence.CorrectableFacts,
		// words reads an id with no title of its own as words.
		"words": evidence.Words,
		// risk reads a rating as risk ("High risk"), apart from tiers on the same scale.
		"risk": report.Risk,
		// flagsWith pairs a result's red flags with their findings (words.go).
		"flagsWith": flagsOf,
		// findingState says where a finding stands in words.
		"findingState": report.FindingState,
		// points shows points without trailing zeros; share one decimal.
		"points": report.Points,
		"share":  func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) },
		"pct100": func(a, b float64) float64 {
			if b == 0 {
				return 0
			}
			return 100 * a / b
		},
		// overrideStale says whether an assessment was scored again after its rating override.
		"overrideStale": portfolio.OverrideStale,
		"date":          date,
		"datetime":      timeFormat("2 Jan 2006 15:04 UTC"),
		"isoDate":       func(t time.Time) string { return t.UTC().Format("2006-01-02") },
		"join":          strings.Join,
		"title":         title,
		// decisionBadge is a vendor's decision as its badge (vendorrows.go).
		"decisionBadge": decisionBadge,
		"size":          report.FormatSize,
		"add":           func(a, b int) int { return a + b },
		"pct": func(a, b int) int {
			if b == 0 {
				return 0
			}
			return a * 100 / b
		},
		"role": func(u *model.User, roles ...string) bool { return u != nil && httpx.HasRole(u, roles...) },
		"list": func(s ...string) []string { return s },
		// threadFor gives a review thread the assessment its files download from; 0 for the
		// vendor, who sees the names only.
		"threadFor": func(assessmentID uint, ms []review.Message) threadView {
			return threadView{AssessmentID: assessmentID, Messages: ms}
		},
		// is reports whether an answer equals an option id, or for yes/no, "true"/"false".
		"is": func(v any, opt string) bool {
			switch x := v.(type) {
			case string:
				return x == opt
			case bool:
				return (x && opt == "true") || (!x && opt == "false")
			case []any:
				for _, e := range x {
					if e == opt {
						return true
					}
				}
			case []string:
				for _, e := range x {
					if e == opt {
						return true
					}
				}
			}
			return false
		},
		"text": func(v any) string {
			switch x := v.(type) {
			case nil:
				return ""
			case string:
				return x
			case float64:
				return strconv.FormatFloat(x, 'f', -1, 64)
			}
			return fmt.Sprint(v)
		},
		// answer shows a stored answer the way the question put it: option labels, Yes/No.
		"answer": reassess.AnswerText,

		"isSet": func(v any) bool { return v != nil },
		"json": func(v any) (string, error) {
			b, err := json.Marshal(v)
			return string(b), err
		},
		"contains": slices.Contains[[]string],
	}
}

// title reads an id as a heading: underscores become spaces and the first letter a capital.
func title(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// dayLayout is how pages show a day ("2 Jan 2006").
const dayLayout = "2 Jan 2006"

// date shows a day as the pages do.
var date = timeFormat(dayLayout)

// timeFormat formats a time or a *time.Time in UTC with layout; the zero time and nil are "".
func timeFormat(layout string) func(any) string {
	return func(t any) string {
		switch v := t.(type) {
		case time.Time:
			if !v.IsZero() {
				return v.UTC().Format(layout)
			}
		case *time.Time:
			if v != nil {
				return v.UTC().Format(layout)
			}
		}
		return ""
	}
}

func newPages(cookies httpx.Cookies, titles questionnaire.Titles) (*pages, error) {
	layout, err := template.New("layout.html").Funcs(funcs(titles)).ParseFS(templates.FS, "layout.html", "partials*.html")
	if err != nil {
		return nil, fmt.Errorf("web: layout: %w", err)
	}
	names, err := fs.Glob(templates.FS, "*.html")
	if err != nil {
		return nil, err
	}
	p := &pages{templates: map[string]*template.Template{}, cookies: cookies, titles: titles}
	for _, n := range names {
		// partials*.html hold {{define}} blocks shared by every page, one file per feature.
		if n == "layout.html" || strings.HasPrefix(n, "partials") {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(templates.FS, n)
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", n, err)
		}
		p.templates[n] = t
	}
	return p, nil
}

// render fills the common fields and writes the page. It renders into a buffer first so a
// template error becomes a clean 500 rather than half a page.
func (ps *pages) render(c echo.Context, status int, name string, p page) error {
	pr := httpx.Principal(c)
	p.User = pr.User
	if pr.Session != nil {
		p.CSRF = pr.Session.CSRFToken
	}
	if p.CSRF == "" {
		if tok, ok := c.Get(httpx.LoginCSRFKey).(string); ok {
			p.CSRF = tok
		}
	}
	if ck, err := c.Cookie(ps.cookies.Flash); err == nil && p.Flash == "" {
		p.Flash = flashes[ck.Value]
		ps.cookies.Set(c, ps.cookies.Flash, "", "/", 0)
	}
	t, ok := ps.templates[name]
	if !ok {
		return fmt.Errorf("web: no template %s", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", p); err != nil {
		return err
	}
	return c.HTMLBlob(status, buf.Bytes())
}

// Flash messages are named by a short code in a cookie, never by free text, so the cookie
// cannot be used to put words on the page.
var flashes = map[string]string{
	"user-disabled":       "Account disabled: its sessions ended and its API tokens stopped working.",
	"user-enabled":        "Account enabled.",
	"role-changed":        "Role changed.",
	"token-revoked":       "Token revoked; it no longer works.",
	"webhook-deleted":     "Endpoint deleted; deliveries still queued for it stop.",
	"webhook-redelivered": "Queued to be sent again, with the same id.",
	"vendor-created":      "Vendor registered.",
	"vendor-updated":      "Vendor saved.",
	"sent":                "Questionnaire sent. Each recipient has a link of their own.",
	"resent":              "A new link was sent; the previous one no longer works.",
	"revoked":             "The link was revoked and its sessions ended.",
	"signed-out":          "You are signed out.",
	"user-created":        "Account created.",
	"submitted":           "Thank you. Your answers were submitted and can no longer be changed.",
	"corrected":           "Correction saved; the result is being recomputed.",
	"correction-invalid":  "The correction was not saved: check the value and give a reason.",
	"password-changed":    "Your password was changed; your other sessions were signed out.",
	// Findings and decisions.
	"finding-updated":       "Finding saved.",
	"finding-closed":        "Finding closed.",
	"finding-reopened":      "Finding reopened.",
	"finding-risk-accepted": "Risk accepted; the finding reopens when the acceptance expires.",
	"finding-shared":        "Finding shared: the vendor's recipients were mailed a new link; earlier links no longer work.",
	"finding-responded":     "Thank you. Your response was sent to the analyst.",
	"decision-recorded":     "Decision recorded.",
	"bulk-sent":             "Questionnaires sent. Each recipient has a link of their own.",
	"cancelled":             "The questionnaire was withdrawn: its links no longer work and no reminder will go out.",
	// The review of a submitted assessment.
	"review-accepted":      "Answer accepted.",
	"review-clarify":       "Clarification requested. Return the assessment to the vendor once every question is reviewed.",
	"returned":             "The assessment was returned to the vendor with a fresh link; the previous links no longer work.",
	"override-set":         "Rating override saved beside the computed rating.",
	"override-cleared":     "Rating override removed; the computed rating stands alone.",
	"reply-sent":           "Your reply was added to the conversation.",
	"review-accepted-many": "The ticked answers are accepted.",
	"submit-incomplete":    "Not submitted yet: the questions listed below still need an answer.",
}

// redirect sends the browser to a page that shows the flash message named by code once.
func (ps *pages) redirect(c echo.Context, to, code string) error {
	ps.cookies.Set(c, ps.cookies.Flash, code, "/", time.Minute)
	return c.Redirect(http.StatusSeeOther, to)
}

// errorPage shows an error: the invalid-link page for a bad invitation link, else the error
// page with its message and the fields it names.
func (ps *pages) errorPage(c echo.Context, status int, body httpx.Problem) error {
	switch body.Code {
	case "invalid_link":
		return ps.render(c, status, "link_invalid.html", page{Title: "Link not valid"})
	case "link_expired":
		return ps.render(c, status, "link_invalid.html", page{Title: "Link expired", Data: body})
	}
	title := http.StatusText(status)
	if body.Code == "unavailable" {
		title = "Please try again in a minute"
	}
	return ps.render(c, status, "error.html", page{Title: title, Data: body})
}
