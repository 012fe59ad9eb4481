package reminders_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/jobs"
	"assay/app/model"
	"assay/app/responses"
	"assay/app/store"
)

// desk is one running Assay with a clock the test moves.
type desk struct {
	*apptest.Server
	clock *apptest.Clock
}

func newDesk(t *testing.T, dialect string, env map[string]string) desk {
	t.Helper()
	c := &apptest.Clock{}
	// A long interval keeps the periodic job out of the way: the test sweeps when it wants to.
	e := map[string]string{"ASSAY_SWEEP_INTERVAL": "24h"}
	for k, v := range env {
		e[k] = v
	}
	// Mail goes over SMTP so that tests can follow the links recipients get: the outbox keeps none.
	return desk{apptest.NewServer(t, apptest.Options{Dialect: dialect, Env: e, Now: c.Now, SMTP: true}), c}
}

// send sends the questionnaire to the vendor's contact, due days from the clock's today, and
// returns the assessment and the invitation token.
func (d desk) send(t *testing.T, v model.Vendor, days int) (model.Assessment, string) {
	t.Helper()
	const sender = "sender@analysts.example"
	u, err := d.App.Store.UserByEmail(apptest.Ctx(), sender)
	if err != nil {
		d.CreateUser(t, sender, model.RoleAnalyst)
		u, _ = d.App.Store.UserByEmail(apptest.Ctx(), sender)
	}
	a, sent, err := d.App.Invitations.Send(apptest.Ctx(), v.ID, invitations.SendInput{
		DueDate: d.clock.Now().AddDate(0, 0, days).Format("2006-01-02"), Recipients: []string{v.Contacts[0].Email}},
		audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: u.Email})
	if err != nil {
		t.Fatal(err)
	}
	return a, apptest.TokenOf(sent[0].URL)
}

func (d desk) sweep(t *testing.T) {
	t.Helper()
	if err := d.App.Sweep(apptest.Ctx()); err != nil {
		t.Fatal(err)
	}
}

// at moves the clock to the assessment's due date plus offset.
func (d desk) at(a model.Assessment, offset time.Duration) { d.clock.Set(a.DueOn.Add(offset)) }

// mails lists the messages to recipient whose subject starts with prefix, oldest first.
func (d desk) mails(t *testing.T, to, prefix string) []model.Mail {
	t.Helper()
	all, err := d.App.Store.Mails(apptest.Ctx(), 10000)
	if err != nil {
		t.Fatal(err)
	}
	var out []model.Mail
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].To == to && strings.HasPrefix(all[i].Subject, prefix) {
			out = append(out, all[i])
		}
	}
	return out
}

// tokenIn is the invitation token in the message as its recipient received it over SMTP; the
// stored copy has the link withheld.
func (d desk) tokenIn(t *testing.T, m model.Mail) string {
	t.Helper()
	if strings.Contains(m.Text, "/r/") {
		t.Fatalf("the stored mail keeps a link:\n%s", m.Text)
	}
	return apptest.TokenOf(d.MailedLink(t, m.To, m.Subject))
}

// open reports the status of opening an invitation link.
func (d desk) open(t *testing.T, token string) int {
	t.Helper()
	res, err := d.Browser(t).Get(d.URL + "/r/" + token)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

func (d desk) actions(t *testing.T, assessmentID uint, action string) int {
	t.Helper()
	trail, err := audit.AssessmentTrail(apptest.Ctx(), d.App.Store, assessmentID)
	if err != nil || !trail.Intact() {
		t.Fatal(err, trail.Problem)
	}
	events := trail.Events
	n := 0
	for _, e := range events {
		if e.Action == action {
			if e.ActorType != audit.ActorSystem {
				t.Errorf("%s recorded by %s, want the system", action, e.ActorType)
			}
			n++
		}
	}
	return n
}

func (d desk) page(t *testing.T, c *http.Client, path string) string {
	t.Helper()
	res, err := c.Get(d.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, res.StatusCode)
	}
	return string(b)
}

const hour = time.Hour
const day = 24 * time.Hour

// TestEachThresholdRemindsOnceWithAFreshLink walks one assessment through 7, 3 and 1 days
// before its due date, the due date itself and the first overdue reminder, sweeping twice at
// every step.
func TestEachThresholdRemindsOnceWithAFreshLink(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			d := newDesk(t, dialect, nil)
			v := d.Vendor(t, "Nudge Payroll")
			a, token := d.send(t, v, 10)
			to := v.Contacts[0].Email
			d.sweep(t)
			if n := len(d.mails(t, to, "Reminder:")); n != 0 {
				t.Fatalf("%d reminders right after sending", n)
			}
			steps := []struct {
				offset  time.Duration
				total   int
				subject string
				text    string
			}{
				{-7*day + hour, 1, "Reminder:", "is due in 7 days"},
				{-3*day + hour, 2, "Reminder:", "is due in 3 days"},
				{-1*day + hour, 3, "Reminder:", "is due tomorrow"},
				{day + hour, 3, "", ""}, // overdue now, but the first overdue reminder waits three days
				{4*day + hour, 4, "Overdue:", "was due on"},
			}
			for _, s := range steps {
				d.at(a, s.offset)
				d.sweep(t)
				d.sweep(t)
				got := append(d.mails(t, to, "Reminder:"), d.mails(t, to, "Overdue:")...)
				if len(got) != s.total {
					t.Fatalf("at due %+v: %d reminders, want %d", s.offset, len(got), s.total)
				}
				if s.subject == "" {
					continue
				}
				last := d.mails(t, to, s.subject)
				m := last[len(last)-1]
				if !strings.Contains(m.Text, s.text) || !strings.Contains(m.Text, "required questions still need an answer") ||
					!strings.Contains(m.Text, a.DueOn.Format("2 January 2006")) {
					t.Fatalf("reminder text:\n%s", m.Text)
				}
				// A reminder carries the link the vendor already has: reminding never stops it.
				if got := d.tokenIn(t, m); got != token {
					t.Fatal("the reminder carries another link than the one sent")
				}
				if d.open(t, token) != http.StatusSeeOther {
					t.Fatal("the link does not open after a reminder")
				}
			}
			if n := d.actions(t, a.ID, "assessment.remind"); n != 4 {
				t.Fatalf("%d reminder events, want 4", n)
			}
			if n := d.actions(t, a.ID, "assessment.overdue"); n != 1 {
				t.Fatalf("%d overdue events, want 1", n)
			}
			got, _ := d.App.Store.Assessment(apptest.Ctx(), a.ID)
			if got.OverdueAt == nil {
				t.Fatal("assessment not marked overdue")
			}
			req, _ := http.NewRequest(http.MethodGet, d.URL+"/api/v1/assessments/"+itoa(a.ID), nil)
			req.Header.Set("Authorization", "Bearer "+d.APIToken(t, "api@analysts.example", model.RoleAnalyst))
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			var body struct {
				OverdueAt *time.Time `json:"overdue_at"`
			}
			json.NewDecoder(res.Body).Decode(&body)
			res.Body.Close()
			if body.OverdueAt == nil || !body.OverdueAt.Equal(*got.OverdueAt) {
				t.Fatalf("API overdue_at %v, want %v", body.OverdueAt, got.OverdueAt)
			}
			staff := d.SignIn(t, "ana@analysts.example", model.RoleAnalyst)
			if !strings.Contains(d.page(t, staff, "/vendors/"+itoa(v.ID)), "data-overdue") ||
				!strings.Contains(d.page(t, staff, "/assessments/"+itoa(a.ID)), ">Overdue</span>") {
				t.Fatal("no Overdue badge on the vendor and assessment pages")
			}
		})
	}
}

// TestLateSweepSendsOneReminder: after a week without sweeps, three thresholds have passed;
// the vendor gets one reminder, for the latest, and the others are stamped skipped.
func TestLateSweepSendsOneReminder(t *testing.T) {
	d := newDesk(t, "", nil)
	v := d.Vendor(t, "Catchup Payroll")
	a, _ := d.send(t, v, 10)
	d.at(a, -1*day+2*hour)
	d.sweep(t)
	d.sweep(t)
	got := d.mails(t, v.Contacts[0].Email, "Reminder:")
	if len(got) != 1 || !strings.Contains(got[0].Text, "due tomorrow") {
		t.Fatalf("%d reminders after a late sweep, want the one for tomorrow", len(got))
	}
	stamps, err := d.App.Store.ReminderStamps(apptest.Ctx(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	due := a.DueOn.Format("2006-01-02")
	want := map[string]string{"before-7d@" + due: model.StampSkipped, "before-3d@" + due: model.StampSkipped, "before-1d@" + due: model.StampSent}
	if len(stamps) != len(want) {
		t.Fatalf("stamps %+v", stamps)
	}
	for k, outcome := range want {
		if stamps[k].Outcome != outcome {
			t.Errorf("stamp %s: %q, want %q", k, stamps[k].Outcome, outcome)
		}
	}
}

// submitAnswers fills every required question (no evidence needed) and submits as the vendor.
func submitAnswers(t *testing.T, d desk, a model.Assessment, extra map[string]any) {
	t.Helper()
	ctx := apptest.Ctx()
	inv, _ := d.App.Store.Invitations(ctx, a.ID)
	actor := audit.Actor{Type: audit.ActorInvitation, ID: inv[0].ID, Label: inv[0].Email}
	vals := map[string]any{"security_ownership": "line_management", "responsibilities_documented": true,
		"communication_methods": []string{"periodic_updates"}, "training_program": "none", "employment_contract_clauses": true,
		"contractor_agreements": true, "acknowledgement_process": "none", "management_review_cadence": "none",
		"security_kpis": true, "disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false}
	for k, v := range extra {
		vals[k] = v
	}
	answers := map[string]json.RawMessage{}
	for k, v := range vals {
		raw, _ := json.Marshal(v)
		answers[k] = raw
	}
	if _, err := d.App.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: answers}, actor); err != nil {
		t.Fatal(err)
	}
	if _, err := d.App.Responses.Submit(ctx, a.ID, actor); err != nil {
		t.Fatal(err)
	}
}

// TestSubmittedOrRevokedGetsNoReminder: a submitted assessment and one whose only link an
// analyst revoked are left alone, before and after the due date.
func TestSubmittedOrRevokedGetsNoReminder(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			d := newDesk(t, dialect, nil)
			v := d.Vendor(t, "Prompt Payroll")
			a, _ := d.send(t, v, 10)
			submitAnswers(t, d, a, nil)
			w := d.Vendor(t, "Revoked Payroll")
			b, _ := d.send(t, w, 10)
			invs, _ := d.App.Store.Invitations(apptest.Ctx(), b.ID)
			if err := d.App.Invitations.Revoke(apptest.Ctx(), b.ID, invs[0].ID, audit.System); err != nil {
				t.Fatal(err)
			}
			for _, off := range []time.Duration{-7*day + hour, -1*day + hour, 4*day + hour, 30 * day} {
				d.at(a, off)
				d.sweep(t)
			}
			for _, to := range []string{v.Contacts[0].Email, w.Contacts[0].Email} {
				if n := len(d.mails(t, to, "Reminder:")) + len(d.mails(t, to, "Overdue:")); n != 0 {
					t.Fatalf("%s got %d reminders", to, n)
				}
			}
			got, _ := d.App.Store.Assessment(apptest.Ctx(), a.ID)
			if got.OverdueAt != nil || got.Status == model.StatusExpired {
				t.Fatalf("submitted assessment marked: %+v", got)
			}
			got, _ = d.App.Store.Assessment(apptest.Ctx(), b.ID)
			if got.Status == model.StatusExpired {
				t.Fatal("an assessment whose links an analyst revoked was expired")
			}
		})
	}
}

// TestLapsedLinksExpireTheAssessment: once the link's grace period after the due date is over,
// the link stops working and the assessment becomes expired, audited once.
func TestLapsedLinksExpireTheAssessment(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			d := newDesk(t, dialect, map[string]string{"ASSAY_INVITATION_GRACE": "168h"})
			v := d.Vendor(t, "Silent Payroll")
			a, _ := d.send(t, v, 10)
			// The link works until the end of the due day plus 7 days of grace.
			d.at(a, 8*day-hour)
			d.sweep(t)
			mailed := d.mails(t, v.Contacts[0].Email, "")
			token := d.tokenIn(t, mailed[len(mailed)-1]) // reminders mail the same link
			if d.open(t, token) != http.StatusSeeOther {
				t.Fatal("link stopped before its expiry")
			}
			d.at(a, 8*day+hour)
			d.sweep(t)
			d.sweep(t)
			if d.open(t, token) != http.StatusNotFound {
				t.Fatal("link still works after its expiry")
			}
			got, _ := d.App.Store.Assessment(apptest.Ctx(), a.ID)
			if got.Status != model.StatusExpired {
				t.Fatalf("status %s, want expired", got.Status)
			}
			if n := d.actions(t, a.ID, "assessment.expire"); n != 1 {
				t.Fatalf("%d expire events", n)
			}
			before := len(d.mails(t, v.Contacts[0].Email, "Overdue:"))
			d.at(a, 20*day)
			d.sweep(t)
			if n := len(d.mails(t, v.Contacts[0].Email, "Overdue:")); n != before {
				t.Fatal("an expired assessment was reminded")
			}
		})
	}
}

// TestRestartLosesNothing stops Assay between two thresholds and starts it again on the same
// database: what was sent is not sent again, and the next threshold still fires.
func TestRestartLosesNothing(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			env := map[string]string{"ASSAY_DATA_DIR": t.TempDir()}
			if dialect == store.DialectPostgres {
				env["ASSAY_DATABASE_URL"] = apptest.NewPostgresDB(t)
			}
			d := newDesk(t, "", env)
			v := d.Vendor(t, "Restart Payroll")
			a, _ := d.send(t, v, 10)
			to := v.Contacts[0].Email
			d.at(a, -7*day+hour)
			d.sweep(t)
			d.Stop()

			e := newDesk(t, "", env)
			e.clock.Set(d.clock.Now())
			e.sweep(t)
			if n := len(e.mails(t, to, "Reminder:")); n != 1 {
				t.Fatalf("%d reminders after the restart, want the 1 sent before it", n)
			}
			// The periodic job itself runs the sweep once the restarted instance leads the queue.
			e.at(a, -3*day+hour)
			deadline := time.Now().Add(20 * time.Second)
			for len(e.mails(t, to, "Reminder:")) < 2 {
				// A sweep queued while one from the start-up is still running is merged into
				// it, so queue again until one runs with the moved clock.
				if err := e.App.Jobs.Enqueue(apptest.Ctx(), jobs.SweepArgs{}); err != nil {
					t.Fatal(err)
				}
				if time.Now().After(deadline) {
					t.Fatal("the queued sweep did not send the next reminder")
				}
				time.Sleep(500 * time.Millisecond)
			}
			e.sweep(t)
			if n := len(e.mails(t, to, "Reminder:")); n != 2 {
				t.Fatalf("%d reminders, want 2", n)
			}
		})
	}
}

func itoa(n uint) string { return strconv.FormatUint(uint64(n), 10) }

// TestLinkCappedBeforeTheDueDateExpires: a link that runs out (at its longest life) before a
// far due date still ends the assessment when it was the last one.
func TestLinkCappedBeforeTheDueDateExpires(t *testing.T) {
	d := newDesk(t, "", map[string]string{"ASSAY_INVITATION_MAX_AGE": "120h"})
	v := d.Vendor(t, "Far Payroll")
	a, _ := d.send(t, v, 60)
	d.clock.Advance(5*day + hour)
	d.sweep(t)
	got, _ := d.App.Store.Assessment(apptest.Ctx(), a.ID)
	if got.Status != model.StatusExpired {
		t.Fatalf("status %s, want expired once the only link ran out", got.Status)
	}
}

// TestPeriodicSweepRunsOnItsOwn: with no test calling Sweep, the leader's periodic job
// sends the reminder that has come due.
func TestPeriodicSweepRunsOnItsOwn(t *testing.T) {
	d := newDesk(t, "", map[string]string{"ASSAY_SWEEP_INTERVAL": "1s"})
	v := d.Vendor(t, "Periodic Payroll")
	a, _ := d.send(t, v, 10)
	d.at(a, -7*day+hour)
	deadline := time.Now().Add(30 * time.Second)
	for len(d.mails(t, v.Contacts[0].Email, "Reminder:")) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no periodic sweep sent the reminder within 30 s")
		}
		time.Sleep(200 * time.Millisecond)
	}
}
