package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/mail/mailpittest"
	"assay/app/model"
)

// fullLinkRe finds a mailed link with its destination.
var fullLinkRe = regexp.MustCompile(`https?://\S+/r/[A-Za-z0-9_-]+(\?next=\S+)?`)

// mailedLinks lists the links in every mail to to whose subject starts with prefix, oldest
// first, waiting until there are want of them.
func mailedLinks(t *testing.T, to, prefix string, want int) []string {
	t.Helper()
	api := apptest.Need(t, "ASSAY_TEST_MAILPIT_API")
	mailpittest.WaitFor(t, api, 15e9, func(mailpittest.Summary) bool {
		n := 0
		for _, m := range mailpittest.Messages(t, api) {
			if m.HasRecipient(to) && strings.HasPrefix(m.Subject, prefix) {
				n++
			}
		}
		return n >= want
	})
	var links []string
	ms := mailpittest.Messages(t, api)
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].HasRecipient(to) && strings.HasPrefix(ms[i].Subject, prefix) {
			links = append(links, fullLinkRe.FindString(mailpittest.Body(t, api, ms[i].ID)))
		}
	}
	return links
}

// TestLinksDoNotKillEachOther: one link per recipient and assessment. Sharing two findings
// mails the link the vendor already has, each opening on its finding; the first link still
// works after the second share; the analyst can copy the link without stopping it. A link
// whose token was never sealed is replaced once, and the mail says so. A link's destination is only ever one of the vendor's own pages.
func TestLinksDoNotKillEachOther(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d, SMTP: true})
			name := "Linkwise " + d
			a, tok, fs := scoredWithFindings(t, srv, name)
			if len(fs) < 3 {
				t.Fatalf("%d findings, want at least 3", len(fs))
			}
			to := "security@" + strings.ToLower(strings.ReplaceAll(name, " ", "")) + ".example"
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			for _, f := range fs[:2] {
				if st := api(t, "POST", srv.URL+"/api/v1/findings/"+itoa(f.ID)+"/share", analyst,
					map[string]any{"message": "Please address this."}, nil); st != http.StatusOK {
					t.Fatalf("share %d: %d", f.ID, st)
				}
			}
			links := mailedLinks(t, to, "Finding to address", 2)
			for i, link := range links {
				if apptest.TokenOf(strings.SplitN(link, "?", 2)[0]) != tok {
					t.Errorf("finding mail %d carries another link than the one first sent: %s", i, link)
				}
			}
			// The first link, after the second share, opens on the finding it was mailed about.
			for _, f := range fs[:2] {
				want := "/respond/findings#finding-" + itoa(f.ID)
				var found string
				for _, link := range links {
					if strings.HasSuffix(link, "%23finding-"+itoa(f.ID)) {
						found = link
					}
				}
				res, _ := do(t, srv.Browser(t), "GET", found, "", "")
				if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != want {
					t.Errorf("the link mailed for finding %d: %d to %q, want 303 to %s", f.ID, res.StatusCode, res.Header.Get("Location"), want)
				}
			}

			// Destinations outside the vendor's pages open the questionnaire instead.
			for _, next := range []string{"https://evil.example/", "//evil.example", "/respond/../admin/users", "/vendors",
				"/respond/findings#x\"><script>", "/respond?x=1", "javascript:alert(1)"} {
				res, _ := do(t, srv.Browser(t), "GET", srv.URL+"/r/"+tok+"?next="+urlQuery(next), "", "")
				if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/respond" {
					t.Errorf("next=%q: %d to %q, want 303 to /respond", next, res.StatusCode, res.Header.Get("Location"))
				}
			}

			// Copying the link shows the same one, audited, and stops nothing.
			inv := onlyInvitation(t, srv, a.ID)
			linkPath := srv.URL + "/api/v1/assessments/" + itoa(a.ID) + "/invitations/" + itoa(inv.ID)
			var shown struct {
				URL     string
				Rotated bool
			}
			if st := api(t, "POST", linkPath+"/link", analyst, nil, &shown); st != http.StatusOK || shown.Rotated ||
				apptest.TokenOf(shown.URL) != tok {
				t.Fatalf("copy link: %d %+v", st, shown)
			}
			if st := api(t, "GET", srv.URL+"/api/v1/respond", tok, nil, nil); st != http.StatusOK {
				t.Errorf("the link after the analyst copied it: %d, want 200", st)
			}
			if n := countEvents(t, srv, a.ID, "invitation.link_shown"); n != 1 {
				t.Errorf("%d invitation.link_shown events, want 1", n)
			}

			// A link from before tokens were sealed is replaced once, and the mail says so.
			if err := srv.App.Store.DB().Model(&model.Invitation{}).Where("id = ?", inv.ID).Update("token_sealed", "").Error; err != nil {
				t.Fatal(err)
			}
			if st := api(t, "POST", srv.URL+"/api/v1/findings/"+itoa(fs[2].ID)+"/share", analyst,
				map[string]any{"message": "And this one."}, nil); st != http.StatusOK {
				t.Fatalf("third share: %d", st)
			}
			links = mailedLinks(t, to, "Finding to address", 3)
			third := links[len(links)-1]
			if got := apptest.TokenOf(strings.SplitN(third, "?", 2)[0]); got == tok {
				t.Error("an unsealed link was mailed again; it cannot have been recovered")
			}
			if st := api(t, "GET", srv.URL+"/api/v1/respond", tok, nil, nil); st != http.StatusUnauthorized {
				t.Errorf("the unsealed link after it was replaced: %d, want 401", st)
			}
			var mails []model.Mail
			srv.App.Store.DB().Where("recipient = ? AND subject LIKE ?", to, "Finding to address%").Order("id").Find(&mails)
			if len(mails) != 3 || !strings.Contains(mails[2].Text, "links sent earlier no longer work") ||
				!strings.Contains(mails[0].Text, "same link as before") || strings.Contains(mails[0].Text, "/r/") {
				t.Errorf("the finding mails do not say whether the link is the same (or keep a link):\n%v", mails)
			}
		})
	}
}

func urlQuery(s string) string { return url.QueryEscape(s) }

// countEvents counts an assessment's audit events of one action.
func countEvents(t *testing.T, srv *apptest.Server, assessmentID uint, action string) int {
	t.Helper()
	var n int64
	if err := srv.App.Store.DB().Model(&model.AuditEvent{}).Where("chain = ? AND action = ?", model.AssessmentChain(assessmentID), action).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return int(n)
}
