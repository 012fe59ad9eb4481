package reminders_test

import (
	"path/filepath"
	"sync"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
)

// TestTwoReplicasSendEachReminderOnce runs two Assay instances on one PostgreSQL database and
// has both sweep at the same moment, three times at every step: every reminder, overdue mark,
// expiry and evidence notice still happens exactly once.
func TestTwoReplicasSendEachReminderOnce(t *testing.T) {
	clock := &apptest.Clock{}
	env := map[string]string{"ASSAY_DATABASE_URL": apptest.NewPostgresDB(t), "ASSAY_SWEEP_INTERVAL": "24h",
		"ASSAY_INVITATION_GRACE": "168h", "ASSAY_AUDIT_KEY_FILE": filepath.Join(t.TempDir(), "audit.key")}
	a := desk{apptest.NewServer(t, apptest.Options{Env: env, Now: clock.Now}), clock}
	b := desk{apptest.NewServer(t, apptest.Options{Env: env, Now: clock.Now}), clock}

	var open []model.Assessment
	var contacts []string
	for _, name := range []string{"Twin One", "Twin Two", "Twin Three"} {
		v := a.Vendor(t, name)
		as, _ := a.send(t, v, 10)
		open = append(open, as)
		contacts = append(contacts, v.Contacts[0].Email)
	}
	w := a.Vendor(t, "Twin Certified")
	done, _ := submitWithEvidence(t, a, w, []dated{{"iso27001_certificate", "expires_on", 40}},
		map[string]any{"iso27001_certified": true, "iso27001_scope": "Payroll processing"})
	a.WaitResult(t, done.ID)

	due := open[0].DueOn
	// Reminders at -7, -3 and -1 days, overdue reminders at +4 and +7 days, the link lapses
	// after the due day plus 7 days of grace; the certificate
	// notices come 30 days before its expiry on day 40 and on the day.
	steps := []struct {
		at        int // days from the due date
		reminders int // per open assessment so far
	}{{-7, 1}, {-3, 2}, {-1, 3}, {2, 3}, {4, 4}, {7, 5}, {9, 5}, {16, 5}, {31, 5}}
	for _, s := range steps {
		clock.Set(due.AddDate(0, 0, s.at).Add(hour))
		for round := 0; round < 3; round++ {
			var wg sync.WaitGroup
			errs := make(chan error, 2)
			gate := make(chan struct{})
			for _, r := range []desk{a, b} {
				wg.Add(1)
				go func(r desk) {
					defer wg.Done()
					<-gate
					errs <- r.App.Sweep(apptest.Ctx())
				}(r)
			}
			close(gate)
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, to := range contacts {
			if n := len(a.mails(t, to, "Reminder:")) + len(a.mails(t, to, "Overdue:")); n != s.reminders {
				t.Fatalf("day %+d: %s got %d reminders, want %d", s.at, to, n, s.reminders)
			}
		}
	}
	for _, as := range open {
		for action, want := range map[string]int{"assessment.remind": 5, "assessment.overdue": 1, "assessment.expire": 1} {
			if n := a.actions(t, as.ID, action); n != want {
				t.Errorf("assessment %d: %d %s events, want %d", as.ID, n, action, want)
			}
		}
	}
	notices := a.mails(t, "sender@analysts.example", "Twin Certified:")
	if len(notices) != 2 {
		t.Fatalf("%d certificate notices, want 2 (30 days before and on the day)", len(notices))
	}
	if n := a.actions(t, done.ID, "evidence.notice"); n != 2 {
		t.Fatalf("%d notice events, want 2", n)
	}
}
