package reminders_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/mail/mailpittest"
)

// TestReminderGoesOutOverSMTP: with a mail server configured, the reminder reaches it with a
// working link, and the stored copy no longer holds that link.
func TestReminderGoesOutOverSMTP(t *testing.T) {
	mailpit := apptest.Need(t, "ASSAY_TEST_MAILPIT_API")
	c := &apptest.Clock{}
	d := desk{apptest.NewServer(t, apptest.Options{SMTP: true, Now: c.Now, Env: map[string]string{"ASSAY_SWEEP_INTERVAL": "24h"}}), c}
	v := d.Vendor(t, "Wire Payroll")
	contact := v.Contacts[0].Email
	a, _ := d.send(t, v, 10)
	d.at(a, -7*day+hour)
	d.sweep(t)
	msg := mailpittest.WaitFor(t, mailpit, 15*time.Second, func(s mailpittest.Summary) bool {
		return s.HasRecipient(contact) && strings.HasPrefix(s.Subject, "Reminder:")
	})
	link := regexp.MustCompile(`https?://\S+/r/([A-Za-z0-9_-]+)`).FindStringSubmatch(mailpittest.Body(t, mailpit, msg.ID))
	if link == nil {
		t.Fatal("no link in the reminder received over SMTP")
	}
	if d.open(t, link[1]) != http.StatusSeeOther {
		t.Fatal("the mailed link does not open")
	}
	stored := d.mails(t, contact, "Reminder:")
	if len(stored) != 1 || stored[0].Status != "sent" || strings.Contains(stored[0].Text, link[1]) {
		t.Fatalf("stored reminder: %+v", stored)
	}
}
