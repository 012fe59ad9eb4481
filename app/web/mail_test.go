package web_test

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/mail/mailpittest"
	"assay/app/model"
)

var invitationLink = regexp.MustCompile(`https?://[^\s<>"]+/r/[A-Za-z0-9_-]+`)

// sentAssessment is the API's answer to sending a questionnaire.
type sentAssessment struct {
	ID          uint `json:"id"`
	Invitations []struct {
		ID     uint   `json:"id"`
		Email  string `json:"email"`
		URL    string `json:"url"`
		Mailed bool   `json:"mailed"`
	} `json:"invitations"`
}

// uniqueRecipient is an address no other test, in this package or another sharing mailpit,
// writes to.
func uniqueRecipient(prefix string) string {
	b := make([]byte, 6)
	rand.Read(b)
	return prefix + "-" + hex.EncodeToString(b) + "@mailtest.example"
}

// sendByAPI registers a vendor with the recipient as its contact and sends it the 5.4
// questionnaire through the API.
func sendByAPI(t *testing.T, srv *apptest.Server, analystToken, recipient string) sentAssessment {
	t.Helper()
	var v struct{ ID uint }
	if code := api(t, "POST", srv.URL+"/api/v1/vendors", analystToken, map[string]any{
		"name": "November Couriers", "tier": "medium",
		"contacts": []map[string]string{{"name": "Nora", "email": recipient}},
	}, &v); code != http.StatusCreated {
		t.Fatalf("create vendor: %d", code)
	}
	var sent sentAssessment
	due := srv.App.Now().AddDate(0, 0, 14).Format("2006-01-02")
	if code := api(t, "POST", srv.URL+"/api/v1/vendors/"+itoa(v.ID)+"/assessments", analystToken, map[string]any{
		"questionnaire": "iso27001-a5.4", "due_date": due, "recipients": []string{recipient},
	}, &sent); code != http.StatusCreated || len(sent.Invitations) != 1 {
		t.Fatalf("send: %d %+v", code, sent)
	}
	return sent
}

// openLink follows an invitation link in a fresh browser and checks it leads to the
// questionnaire; it returns the browser, now holding a vendor session.
func openLink(t *testing.T, srv *apptest.Server, link string) *http.Client {
	t.Helper()
	c := srv.Browser(t)
	res, body := do(t, c, "GET", link, "", "")
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/respond" {
		t.Fatalf("GET %s: %d to %q, want 303 to /respond (%.200q)", redact(link), res.StatusCode, res.Header.Get("Location"), body)
	}
	res, body = do(t, c, "GET", srv.URL+"/respond", "", "")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "Management responsibilities for information security") ||
		!strings.Contains(body, `data-question="security_ownership"`) {
		t.Fatalf("GET /respond after the link: %d, questionnaire shown: %v", res.StatusCode, strings.Contains(body, "security_ownership"))
	}
	return c
}

func assertLinkDead(t *testing.T, srv *apptest.Server, link string) {
	t.Helper()
	res, body := do(t, nil, "GET", link, "", "")
	if res.StatusCode != http.StatusNotFound || !strings.Contains(body, "This link cannot be used") {
		t.Errorf("old link: %d, want 404 with the invalid-link page", res.StatusCode)
	}
	if res.Header.Get("Location") != "" {
		t.Errorf("old link still redirects to %q", res.Header.Get("Location"))
	}
}

// redact keeps tokens out of failure messages, which end up in CI logs.
func redact(link string) string {
	if i := strings.Index(link, "/r/"); i >= 0 {
		return link[:i] + "/r/…"
	}
	return link
}

// TestInvitationMailOverSMTP sends, opens and resends an invitation through a real SMTP server.
func TestInvitationMailOverSMTP(t *testing.T) {
	mailpit := apptest.Need(t, "ASSAY_TEST_MAILPIT_API")
	srv := apptest.NewServer(t, apptest.Options{SMTP: true})
	analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
	recipient := uniqueRecipient("nora")

	sent := sendByAPI(t, srv, analyst, recipient)
	if !sent.Invitations[0].Mailed {
		t.Error("the API reports the invitation as not mailed")
	}
	first := mailpittest.WaitFor(t, mailpit, 10*time.Second, func(s mailpittest.Summary) bool { return s.HasRecipient(recipient) })
	if len(first.To) != 1 || !strings.EqualFold(first.To[0].Address, recipient) {
		t.Errorf("mail addressed to %+v, want only %s", first.To, recipient)
	}
	if !strings.Contains(first.Subject, "November Couriers") {
		t.Errorf("subject %q does not name the vendor", first.Subject)
	}
	body := mailpittest.Body(t, mailpit, first.ID)
	links := invitationLink.FindAllString(body, -1)
	if len(links) != 1 {
		t.Fatalf("mail body holds %d invitation links, want 1:\n%s", len(links), body)
	}
	oldLink := links[0]
	if oldLink != sent.Invitations[0].URL {
		t.Errorf("mailed link differs from the one the API returned")
	}
	if !strings.HasPrefix(oldLink, srv.URL+"/r/") {
		t.Errorf("mailed link %s does not point at the server's base URL %s", redact(oldLink), srv.URL)
	}
	oldSession := openLink(t, srv, oldLink)

	var resent struct {
		URL    string `json:"url"`
		Mailed bool   `json:"mailed"`
	}
	if code := api(t, "POST", srv.URL+"/api/v1/assessments/"+itoa(sent.ID)+"/invitations/"+itoa(sent.Invitations[0].ID)+"/resend",
		analyst, nil, &resent); code != http.StatusOK {
		t.Fatalf("resend: %d", code)
	}
	second := mailpittest.WaitFor(t, mailpit, 10*time.Second, func(s mailpittest.Summary) bool {
		return s.HasRecipient(recipient) && s.ID != first.ID
	})
	body = mailpittest.Body(t, mailpit, second.ID)
	links = invitationLink.FindAllString(body, -1)
	if len(links) != 1 {
		t.Fatalf("second mail holds %d invitation links, want 1:\n%s", len(links), body)
	}
	newLink := links[0]
	if newLink == oldLink {
		t.Fatal("resend mailed the same link; the token was not rotated")
	}
	if newLink != resent.URL {
		t.Error("resent mail's link differs from the one the API returned")
	}
	assertLinkDead(t, srv, oldLink)
	// A session opened with the replaced link ends with it.
	if res, _ := do(t, oldSession, "GET", srv.URL+"/respond", "", ""); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("session of the replaced link: GET /respond %d, want 401", res.StatusCode)
	}
	openLink(t, srv, newLink)

	tokens := []string{apptest.TokenOf(oldLink), apptest.TokenOf(newLink)}
	logs := srv.Logs()
	for i, tok := range tokens {
		if strings.Contains(logs, tok) {
			t.Errorf("invitation token %d appears in the server log", i+1)
		}
	}
	mails, err := srv.App.Store.Mails(apptest.Ctx(), 100)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range mails {
		if !strings.EqualFold(m.To, recipient) {
			continue
		}
		n++
		if m.Status != model.MailSent || m.SentAt == nil {
			t.Errorf("outbox row %d: status %q sent_at %v, want sent", m.ID, m.Status, m.SentAt)
		}
		for i, tok := range tokens {
			if strings.Contains(m.Text, tok) {
				t.Errorf("outbox row %d keeps invitation token %d after the mail went out over SMTP", m.ID, i+1)
			}
		}
		if strings.Contains(m.Text, "/r/") {
			t.Errorf("outbox row %d keeps an invitation link", m.ID)
		}
	}
	if n != 2 {
		t.Errorf("%d outbox rows for %s, want 2 (invitation and resend)", n, recipient)
	}
}
