package mail

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"assay/app/mail/mailpittest"
	"assay/app/testenv"
)

func TestNewSMTP(t *testing.T) {
	cases := []struct {
		url  string
		want SMTP // from is checked separately
	}{
		{"smtp://user:pa%40ss@mail.example.com:587", SMTP{host: "mail.example.com", port: 587, tlsMode: TLSOpportunistic, username: "user", password: "pa@ss"}},
		{"smtp://mail.example.com", SMTP{host: "mail.example.com", port: 587, tlsMode: TLSOpportunistic}},
		{"smtp://mail.example.com:2525?tls=starttls", SMTP{host: "mail.example.com", port: 2525, tlsMode: TLSStartTLS}},
		{"smtps://user:secret@mail.example.com", SMTP{host: "mail.example.com", port: 465, tlsMode: TLSImplicit, username: "user", password: "secret"}},
		{"smtps://mail.example.com:4650", SMTP{host: "mail.example.com", port: 4650, tlsMode: TLSImplicit}},
		{"smtp://127.0.0.1:1025?tls=none", SMTP{host: "127.0.0.1", port: 1025, tlsMode: TLSNone}},
		{"smtp://[::1]:1025?tls=none", SMTP{host: "::1", port: 1025, tlsMode: TLSNone}},
	}
	for _, tc := range cases {
		got, err := NewSMTP(tc.url, "Assay <assay@example.com>")
		if err != nil {
			t.Errorf("NewSMTP(%q): %v", tc.url, err)
			continue
		}
		tc.want.from = `"Assay" <assay@example.com>`
		if *got != tc.want {
			t.Errorf("NewSMTP(%q) = %+v; want %+v", tc.url, *got, tc.want)
		}
	}

	for _, bad := range []string{
		"", "mail.example.com", "http://mail.example.com", "smtp://", "smtp://:25",
		"smtp://host:0", "smtp://host:99999", "smtp://host:x", "smtp://host?tls=maybe", "smtps://host?tls=none",
	} {
		if _, err := NewSMTP(bad, "assay@example.com"); err == nil {
			t.Errorf("NewSMTP(%q) succeeded; want an error", bad)
		}
	}
	if _, err := NewSMTP("smtp://host", "not an address"); err == nil {
		t.Error("NewSMTP with an invalid from address succeeded")
	}
	// Passwords end up in logs when a parse error echoes the URL.
	if _, err := NewSMTP("smtp://user:hunter2@host:bad", "assay@example.com"); err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("NewSMTP error %v; want an error that does not show the password", err)
	}
}

func TestSendRejectsIncompleteMessage(t *testing.T) {
	s, err := NewSMTP("smtp://127.0.0.1:1?tls=none", "assay@example.com")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, m := range []Message{
		{Subject: "no recipient", Text: "x"},
		{To: "vendor@example.com", Subject: "no body"},
		{To: "not an address", Subject: "x", Text: "x"},
	} {
		if err := s.Send(ctx, m); err == nil {
			t.Errorf("Send(%+v) succeeded; want an error before connecting", m)
		}
	}
}

func uniqueRecipient() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return "vendor-" + hex.EncodeToString(b) + "@example.test"
}

func TestSMTPSendToMailpit(t *testing.T) {
	testenv.Need(t, "ASSAY_TEST_SMTP_URL", "ASSAY_TEST_MAILPIT_API")
	api := os.Getenv("ASSAY_TEST_MAILPIT_API")
	s, err := NewSMTP(os.Getenv("ASSAY_TEST_SMTP_URL"), "Assay <assay@example.com>")
	if err != nil {
		t.Fatalf("NewSMTP: %v", err)
	}
	to := uniqueRecipient()
	m := Message{
		To:      to,
		Subject: "Assessment request: ISO 27001 A.5.4 – Müller GmbH",
		Text:    "Please answer the questionnaire:\nhttps://assay.example.com/r/TOKEN\n",
		HTML:    `<p>Please answer the <a href="https://assay.example.com/r/TOKEN">questionnaire</a>.</p>`,
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.Send(ctx, m); err != nil {
		t.Fatalf("Send: %v", err)
	}

	got := mailpittest.WaitFor(t, api, 10*time.Second, func(s mailpittest.Summary) bool { return s.HasRecipient(to) })
	if got.Subject != m.Subject {
		t.Errorf("subject = %q; want %q", got.Subject, m.Subject)
	}
	if got.From.Address != "assay@example.com" || got.From.Name != "Assay" {
		t.Errorf("from = %+v; want Assay <assay@example.com>", got.From)
	}
	if len(got.To) != 1 {
		t.Errorf("to = %+v; want only %s", got.To, to)
	}
	if body := mailpittest.Body(t, api, got.ID); !strings.Contains(body, "https://assay.example.com/r/TOKEN") {
		t.Errorf("text body = %q; want the invitation link", body)
	}
	if full := mailpittest.Get(t, api, got.ID); !strings.Contains(full.HTML, `<a href="https://assay.example.com/r/TOKEN">`) {
		t.Errorf("html body = %q; want the link", full.HTML)
	}
}

// TestSMTPSendWithAuth proves credentials in the URL reach the server.
// scripts/test.sh starts mailpit accepting any login so this can run.
func TestSMTPSendWithAuth(t *testing.T) {
	testenv.Need(t, "ASSAY_TEST_SMTP_URL", "ASSAY_TEST_MAILPIT_API")
	api := os.Getenv("ASSAY_TEST_MAILPIT_API")
	u, err := url.Parse(os.Getenv("ASSAY_TEST_SMTP_URL"))
	if err != nil {
		t.Fatal(err)
	}
	if u.User != nil {
		t.Skip("ASSAY_TEST_SMTP_URL already carries credentials")
	}
	u.User = url.UserPassword("assay-test", "s3cret p@ss")
	s, err := NewSMTP(u.String(), "assay@example.com")
	if err != nil {
		t.Fatalf("NewSMTP: %v", err)
	}
	to := uniqueRecipient()
	if err := s.Send(context.Background(), Message{To: to, Subject: "Reminder", Text: "Due in 3 days."}); err != nil {
		t.Fatalf("Send with credentials: %v (mailpit needs --smtp-auth-accept-any --smtp-auth-allow-insecure)", err)
	}
	got := mailpittest.WaitFor(t, api, 10*time.Second, func(s mailpittest.Summary) bool { return s.HasRecipient(to) })
	if got.Username != "assay-test" {
		t.Errorf("SMTP user seen by the server = %q; want assay-test", got.Username)
	}
	if body := mailpittest.Body(t, api, got.ID); !strings.Contains(body, "Due in 3 days.") {
		t.Errorf("body = %q", body)
	}
}
