package securitytest

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/notify"
	"assay/app/store"
	"assay/migrations"
)

var shownLink = regexp.MustCompile(`https?://[^"\s<]+/r/([A-Za-z0-9_-]{43})`)

// TestOutboxKeepsNoWorkingLink sends without SMTP: neither the outbox rows nor the outbox page
// hold the link, and an analyst who needs one makes a fresh link that is shown once, audited,
// while the old one stops working.
func TestOutboxKeepsNoWorkingLink(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	a, token := srv.Send(t, srv.Vendor(t, "Outbox Vendor"))
	admin := srv.SignIn(t, "admin@example.com", model.RoleAdmin)
	analyst := srv.SignIn(t, "analyst@example.com", model.RoleAnalyst)

	noTokenStored := func(tokens ...string) {
		t.Helper()
		var ms []model.Mail
		if err := srv.App.Store.DB().Find(&ms).Error; err != nil || len(ms) == 0 {
			t.Fatalf("outbox rows: %v (%d)", err, len(ms))
		}
		for _, m := range ms {
			for _, tok := range tokens {
				if strings.Contains(m.Text, tok) || strings.Contains(m.Error, tok) {
					t.Errorf("outbox row %d keeps a working token", m.ID)
				}
			}
			if strings.Contains(m.Text, "/r/") && !strings.Contains(m.Text, notify.WithheldLink) {
				t.Errorf("outbox row %d has a link that is not withheld:\n%s", m.ID, m.Text)
			}
		}
	}
	noTokenStored(token)
	page := do(t, admin, http.MethodGet, srv.URL+"/admin/outbox", nil, nil)
	if page.Status != http.StatusOK || strings.Contains(page.Body, token) || !strings.Contains(page.Body, "link withheld") ||
		!strings.Contains(page.Body, "Outbox Vendor") {
		t.Errorf("outbox page: %d; want the message without its link", page.Status)
	}

	invs, err := srv.App.Store.Invitations(apptest.Ctx(), a.ID)
	if err != nil || len(invs) != 1 {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/assessments/%d", a.ID)
	csrf := srv.CSRF(t, analyst, path)
	fresh := do(t, analyst, http.MethodPost, fmt.Sprintf("%s%s/invitations/%d/resend", srv.URL, path, invs[0].ID),
		strings.NewReader(url.Values{"_csrf": {csrf}}.Encode()), map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
	m := shownLink.FindStringSubmatch(fresh.Body)
	if fresh.Status != http.StatusOK || m == nil {
		t.Fatalf("making a fresh link: %d, link shown: %v", fresh.Status, m != nil)
	}
	newToken := m[1]
	if auth.CheckTokenShape(newToken) != nil || newToken == token {
		t.Fatalf("fresh token %q is not a new token", newToken)
	}
	if r := do(t, nil, http.MethodGet, srv.URL+"/r/"+token, nil, nil); r.Status != http.StatusNotFound {
		t.Errorf("the old link after rotation: %d, want 404", r.Status)
	}
	if r := do(t, nil, http.MethodGet, srv.URL+"/r/"+newToken, nil, nil); r.Status != http.StatusSeeOther {
		t.Errorf("the fresh link: %d, want 303 into the questionnaire", r.Status)
	}
	again := do(t, analyst, http.MethodGet, srv.URL+path, nil, nil)
	if strings.Contains(again.Body, newToken) {
		t.Error("the assessment page shows the fresh link again")
	}
	noTokenStored(token, newToken)
	events, err := srv.App.Store.AuditChain(apptest.Ctx(), model.AssessmentChain(a.ID))
	if err != nil {
		t.Fatal(err)
	}
	rotated := false
	for _, e := range events {
		rotated = rotated || e.Action == "invitation.resend" && e.ActorLabel == "analyst@example.com"
		if strings.Contains(e.Detail, newToken) {
			t.Error("the audit trail keeps the fresh token")
		}
	}
	if !rotated {
		t.Error("no invitation.resend event by the analyst in the audit trail")
	}
	if strings.Contains(srv.Logs(), newToken) || strings.Contains(srv.Logs(), token) {
		t.Error("a token appears in the server log")
	}
}

// TestOutboxMigrationScrubsLinks runs the migration that scrubs links an older Assay kept in
// the outbox, on both databases.
func TestOutboxMigrationScrubsLinks(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		tok, _ := auth.NewToken()
		other, _ := auth.NewToken()
		text := "Hello,\n\n  https://assay.example/r/" + tok + "\n\nAgain: https://assay.example/r/" + tok + "\n"
		kept := "Sent already: [link sent by mail; not kept]\n"
		rows := []model.Mail{{To: "a@example.com", Subject: "Q", Text: text, Status: model.MailOutbox},
			{To: "b@example.com", Subject: "Q", Text: "  https://assay.example/r/" + other + "\n", Status: model.MailFailed},
			{To: "c@example.com", Subject: "Q", Text: kept, Status: model.MailSent}}
		for i := range rows {
			rows[i].CreatedAt = st.DB().NowFunc()
			if err := st.DB().Create(&rows[i]).Error; err != nil {
				t.Fatal(err)
			}
		}
		b, err := fs.ReadFile(migrations.FS, st.Dialect()+"/00008_outbox_links.sql")
		if err != nil {
			t.Fatal(err)
		}
		up, _, _ := strings.Cut(string(b), "-- +goose Down")
		if err := st.DB().Exec(up).Error; err != nil {
			t.Fatal(err)
		}
		var ms []model.Mail
		st.DB().Order("id").Find(&ms)
		for _, m := range ms {
			if strings.Contains(m.Text, tok) || strings.Contains(m.Text, other) {
				t.Errorf("mail %d keeps its token after the migration:\n%s", m.ID, m.Text)
			}
		}
		if strings.Count(ms[0].Text, notify.WithheldLink) != 2 || !strings.Contains(ms[1].Text, notify.WithheldLink) || ms[2].Text != kept {
			t.Errorf("scrubbed texts:\n%s\n%s\n%s", ms[0].Text, ms[1].Text, ms[2].Text)
		}
	})
}
