package web_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/vendors"
)

// TestVendorListKeepsHostileNamesText registers vendors whose names, services and service
// keywords try to break out of the page, then reads the vendor list (as an analyst, whose rows
// carry the bulk send's boxes, and as procurement), a search for them, and each vendor's page,
// parsed as a browser parses them: no element or event handler is added, and every name reads
// as it was typed, in the row's text and attributes alike.
func TestVendorListKeepsHostileNamesText(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	names := []string{`Zeta <script>alert(1)</script>`, `Zeta "><img src=x onerror=alert(1)>`, `Zeta x' onmouseover='alert(1)`,
		`Zeta </td></tr><b>bold</b>`, `Zeta a & b + c "quoted"`, `Zeta <!-- open comment`, `Zeta javascript:alert(1)`}
	ids := map[string]uint{}
	for _, n := range names {
		v, err := srv.App.Vendors.Create(apptest.Ctx(), vendors.Input{Name: n, Tier: "high",
			Services: []vendors.ServiceInput{{Name: n + " service", Keywords: []string{n, "<b>kw</b>"}}}}, audit.System)
		if err != nil {
			t.Fatalf("%q: %v", n, err)
		}
		ids[n] = v.ID
	}
	sorted := slices.SortedFunc(slices.Values(names), func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	for _, who := range []struct{ email, role string }{{"ana@example.com", model.RoleAnalyst}, {"buyer@example.com", model.RoleProcurement}} {
		c := srv.SignIn(t, who.email, who.role)
		for _, path := range []string{"/vendors?per_page=100", "/vendors?q=" + url.QueryEscape("zeta")} {
			doc := parsePage(t, c, srv.URL+path)
			var rows []string
			for _, tr := range elements(doc, "tr") {
				if name, ok := attrOf(tr, "data-vendor"); ok {
					rows = append(rows, name)
					link := elements(tr, "a")[0]
					if href, _ := attrOf(link, "href"); textIn(link) != name || href != "/vendors/"+itoa(ids[name]) {
						t.Errorf("%s %s: row %q links %q to %s", who.role, path, name, textIn(link), href)
					}
					boxes, want := elements(tr, "input"), 0
					if who.role == model.RoleAnalyst {
						want = 1
					}
					if len(boxes) != want {
						t.Errorf("%s %s: row %q has %d boxes, want %d", who.role, path, name, len(boxes), want)
					} else if want == 1 {
						if label, _ := attrOf(boxes[0], "aria-label"); label != "Choose "+name+" for a bulk send" {
							t.Errorf("%s %s: row %q has its box labelled %q", who.role, path, name, label)
						}
					}
				}
			}
			if !slices.Equal(rows, sorted) {
				t.Errorf("%s %s: rows %q, want %q", who.role, path, rows, sorted)
			}
		}
		for _, n := range names {
			doc := parsePage(t, c, srv.URL+"/vendors/"+itoa(ids[n]))
			if text := textIn(doc); !strings.Contains(text, n+" service") || !strings.Contains(text, "("+n+", <b>kw</b>)") {
				t.Errorf("%s: the page of %q does not show its service and keywords as typed", who.role, n)
			}
		}
	}
}

// parsePage gets a page and parses it, failing on an element or attribute no page of Assay
// makes: one a hostile name would have added.
func parsePage(t *testing.T, c *http.Client, u string) *html.Node {
	t.Helper()
	res, page := do(t, c, "GET", u, "", "")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", u, res.StatusCode)
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range elements(doc, "") {
		if e.Data == "img" || e.Data == "b" || e.Data == "script" && e.FirstChild != nil && strings.Contains(e.FirstChild.Data, "alert") {
			t.Errorf("GET %s: a name made a <%s> element", u, e.Data)
		}
		for _, a := range e.Attr {
			if strings.HasPrefix(a.Key, "on") || strings.HasPrefix(a.Val, "javascript:") {
				t.Errorf("GET %s: a name made the attribute %s=%q on <%s>", u, a.Key, a.Val, e.Data)
			}
		}
	}
	return doc
}

// elements are the elements under n named tag, every element when tag is empty.
func elements(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (tag == "" || c.Data == tag) {
			out = append(out, c)
		}
		out = append(out, elements(c, tag)...)
	}
	return out
}

// attrOf is n's attribute key, and whether n has it.
func attrOf(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textIn is the text of n and everything under it.
func textIn(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textIn(c))
	}
	return b.String()
}
