package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/store"
	"assay/templates"
)

// page is what every template receives.
type page struct {
	Title  string
	User   *store.User
	CSRF   string
	Flash  string
	Nav    string
	Errors map[string]string
	Data   any
}

// renderer keeps one template set per page, each a clone of the layout.
type renderer struct {
	pages map[string]*template.Template
}

var funcs = template.FuncMap{
	"date": func(t any) string {
		switch v := t.(type) {
		case time.Time:
			if v.IsZero() {
				return ""
			}
			return v.UTC().Format("2 Jan 2006")
		case *time.Time:
			if v == nil {
				return ""
			}
			return v.UTC().Format("2 Jan 2006")
		}
		return ""
	},
	"datetime": func(t any) string {
		switch v := t.(type) {
		case time.Time:
			if v.IsZero() {
				return ""
			}
			return v.UTC().Format("2 Jan 2006 15:04 UTC")
		case *time.Time:
			if v == nil {
				return ""
			}
			return v.UTC().Format("2 Jan 2006 15:04 UTC")
		}
		return ""
	},
	"isoDate": func(t time.Time) string { return t.UTC().Format("2006-01-02") },
	"join":    strings.Join,
	"title": func(s string) string {
		s = strings.ReplaceAll(s, "_", " ")
		if s == "" {
			return s
		}
		return strings.ToUpper(s[:1]) + s[1:]
	},
	"size": func(n int64) string {
		switch {
		case n >= 1<<20:
			return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
		case n >= 1<<10:
			return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
		}
		return fmt.Sprintf("%d bytes", n)
	},
	"add": func(a, b int) int { return a + b },
	"pct": func(a, b int) int {
		if b == 0 {
			return 0
		}
		return a * 100 / b
	},
	"role": func(u *store.User, roles ...string) bool { return u != nil && hasRole(u, roles...) },
	"list": func(s ...string) []string { return s },
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
	"answer": assessments.AnswerText,

	"isSet": func(v any) bool { return v != nil },
	"json": func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	},
	"contains": func(list []string, s string) bool {
		for _, x := range list {
			if x == s {
				return true
			}
		}
		return false
	},
}

func newRenderer() (*renderer, error) {
	layout, err := template.New("layout.html").Funcs(funcs).ParseFS(templates.FS, "layout.html", "partials*.html")
	if err != nil {
		return nil, fmt.Errorf("web: layout: %w", err)
	}
	names, err := fs.Glob(templates.FS, "*.html")
	if err != nil {
		return nil, err
	}
	r := &renderer{pages: map[string]*template.Template{}}
	for _, n := range names {
		// partials*.html hold {{define}} blocks shared by every page, one file per feature.
		if n == "layout.html" || strings.HasPrefix(n, "partials") {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(templates.FS, n)
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", n, err)
		}
		r.pages[n] = t
	}
	return r, nil
}

// Render implements echo.Renderer.
func (r *renderer) Render(w io.Writer, name string, data any, _ echo.Context) error {
	t, ok := r.pages[name]
	if !ok {
		return fmt.Errorf("web: no template %s", name)
	}
	return t.ExecuteTemplate(w, "layout.html", data)
}

// renderPage fills the common fields and writes the page. It renders into a buffer first so a
// template error becomes a clean 500 rather than half a page.
func (s *Server) renderPage(c echo.Context, status int, name string, p page) error {
	pr := principal(c)
	p.User = pr.User
	if pr.Session != nil {
		p.CSRF = pr.Session.CSRFToken
	}
	if p.CSRF == "" {
		if tok, ok := c.Get("csrf").(string); ok {
			p.CSRF = tok
		}
	}
	if ck, err := c.Cookie("assay_flash"); err == nil && p.Flash == "" {
		p.Flash = flashText(ck.Value)
		c.SetCookie(&http.Cookie{Name: "assay_flash", Path: "/", MaxAge: -1})
	}
	var buf bytes.Buffer
	if err := s.render.Render(&buf, name, p, c); err != nil {
		return err
	}
	return c.HTMLBlob(status, buf.Bytes())
}

// Flash messages are named by a short code in a cookie, never by free text, so the cookie
// cannot be used to put words on the page.
var flashes = map[string]string{
	"vendor-created":     "Vendor registered.",
	"vendor-updated":     "Vendor saved.",
	"sent":               "Questionnaire sent. Each recipient has a link of their own.",
	"resent":             "A new link was sent; the previous one no longer works.",
	"revoked":            "The link was revoked and its sessions ended.",
	"signed-out":         "You are signed out.",
	"user-created":       "Account created.",
	"submitted":          "Thank you. Your answers were submitted and can no longer be changed.",
	"corrected":          "Correction saved; the result is being recomputed.",
	"correction-invalid": "The correction was not saved: check the value and give a reason.",
	"password-changed":   "Your password was changed; your other sessions were signed out.",
	// Findings and decisions.
	"finding-updated":       "Finding saved.",
	"finding-closed":        "Finding closed.",
	"finding-reopened":      "Finding reopened.",
	"finding-risk-accepted": "Risk accepted; the finding reopens when the acceptance expires.",
	"finding-shared":        "Finding shared: the vendor's recipients were mailed a new link; earlier links no longer work.",
	"finding-responded":     "Thank you. Your response was sent to the analyst.",
	"decision-recorded":     "Decision recorded.",
	"bulk-sent":             "Questionnaires sent. Each recipient has a link of their own.",
}

func flashText(code string) string { return flashes[code] }

func (s *Server) redirectFlash(c echo.Context, to, code string) error {
	c.SetCookie(&http.Cookie{Name: "assay_flash", Value: code, Path: "/", HttpOnly: true, Secure: s.Config.SecureCookies(),
		SameSite: http.SameSiteLaxMode, MaxAge: 60})
	return c.Redirect(http.StatusSeeOther, to)
}
