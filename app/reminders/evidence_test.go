package reminders_test

import (
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/evidence"
	"assay/app/model"
)

// dated is one evidence file of a submitted assessment whose facts carry a date.
type dated struct {
	question, fact string
	days           int // the fact's date, in days from the test's start
}

// submitWithEvidence submits an assessment of v with extracted files for the dated facts,
// as the vendor would after uploading them and the readers had run.
func submitWithEvidence(t *testing.T, d desk, v model.Vendor, files []dated, answers map[string]any) (model.Assessment, []model.Evidence) {
	t.Helper()
	a, _ := d.send(t, v, 10)
	today := d.clock.Now().Truncate(day)
	var out []model.Evidence
	for i, f := range files {
		e := model.Evidence{AssessmentID: a.ID, QuestionID: f.question, StoredFile: model.StoredFile{ObjectKey: "test/" + f.question,
			Filename: f.question + ".pdf", Size: 1000, Kind: "pdf", ContentType: "application/pdf",
			SHA256: strings.Repeat("ab", 31) + string(rune('a'+i)) + "0"},
			Status: model.EvidenceExtracted, Facts: evidence.FromValues(map[string]any{f.fact: today.AddDate(0, 0, f.days).Format("2006-01-02")}),
			UploadedBy: v.Contacts[0].Email, CreatedAt: d.clock.Now()}
		if err := d.App.Store.CreateEvidence(apptest.Ctx(), &e); err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	submitAnswers(t, d, a, answers)
	return a, out
}

// TestEvidenceGoingOutOfDateIsNoticedBeforeAndOnTheDay: the owning analyst hears 30 days
// before a certificate expires and on the day, and the same for reports leaving their window;
// a moment that had passed before the upload raises nothing.
func TestEvidenceGoingOutOfDateIsNoticedBeforeAndOnTheDay(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			d := newDesk(t, dialect, nil)
			start := d.clock.Now().Truncate(day)
			v := d.Vendor(t, "Dated Payroll")
			a, _ := submitWithEvidence(t, d, v, []dated{
				{"iso27001_certificate", "expires_on", 45},
				// Newest completion 340 days ago: out of its 365-day window in 26 days, so the
				// 30-day notice was due before the upload and only the day itself is told.
				{"training_report", "newest_completion", -340},
				// Quarterly reviews: minutes older than 120 days are stale, on day 71.
				{"review_minutes", "meeting_date", -50},
				// Newest signature 300 days ago: stale on day 66.
				{"acknowledgement_log", "newest_signature", -300},
			}, map[string]any{"iso27001_certified": true, "iso27001_scope": "Payroll processing", "management_review_cadence": "quarterly",
				"acknowledgement_process": "annual",
				"training_program":        "continuous", "training_includes_contractors": true, "training_completion_rate": 96})
			const analyst = "sender@analysts.example"
			d.sweep(t)
			if n := len(d.mails(t, analyst, "Dated Payroll:")); n != 0 {
				t.Fatalf("%d notices at upload", n)
			}
			steps := []struct {
				day     int
				subject string
			}{
				{15, "Dated Payroll: ISO 27001 certificate expires on"},
				{26, "Dated Payroll: training completion report is out of date"},
				{36, "Dated Payroll: policy acknowledgement log goes out of date on"},
				{41, "Dated Payroll: management review minutes go out of date on"},
				{45, "Dated Payroll: ISO 27001 certificate expires today"},
				{66, "Dated Payroll: policy acknowledgement log is out of date"},
				{71, "Dated Payroll: management review minutes are out of date"},
			}
			for i, s := range steps {
				d.clock.Set(start.AddDate(0, 0, s.day).Add(hour))
				d.sweep(t)
				d.sweep(t)
				got := d.mails(t, analyst, "Dated Payroll:")
				if len(got) != i+1 {
					t.Fatalf("day %d: %d notices, want %d", s.day, len(got), i+1)
				}
				if last := got[len(got)-1]; !strings.HasPrefix(last.Subject, s.subject) ||
					!strings.Contains(last.Text, "/assessments/") {
					t.Fatalf("day %d: notice %q\n%s", s.day, last.Subject, last.Text)
				}
			}
			if n := d.actions(t, a.ID, "evidence.notice"); n != len(steps) {
				t.Fatalf("%d notice events, want %d", n, len(steps))
			}
			staff := d.SignIn(t, "reader@analysts.example", model.RoleAnalyst)
			page := d.page(t, staff, "/assessments/"+itoa(a.ID))
			if strings.Count(page, "data-notice=") != len(steps) || !strings.Contains(page, "ISO 27001 certificate expires") {
				t.Fatal("the assessment page does not list every notice")
			}
		})
	}
}

// TestEvidenceNoticeUsesCorrectedDate: an analyst's correction of a certificate's expiry date
// moves the notices with it.
func TestEvidenceNoticeUsesCorrectedDate(t *testing.T) {
	d := newDesk(t, "", nil)
	start := d.clock.Now().Truncate(day)
	v := d.Vendor(t, "Corrected Payroll")
	a, files := submitWithEvidence(t, d, v, []dated{{"iso27001_certificate", "expires_on", 400}},
		map[string]any{"iso27001_certified": true, "iso27001_scope": "Payroll processing"})
	fixed := start.AddDate(0, 0, 60).Format("2006-01-02")
	if err := d.App.Store.SetEvidenceCorrections(apptest.Ctx(), a.ID, files[0].ID, map[string]model.Correction{
		"expires_on": {Value: fixed, Extracted: start.AddDate(0, 0, 400).Format("2006-01-02"), By: "ana", Reason: "misread year", At: d.clock.Now()}}); err != nil {
		t.Fatal(err)
	}
	d.clock.Set(start.AddDate(0, 0, 30).Add(time.Hour))
	d.sweep(t)
	got := d.mails(t, "sender@analysts.example", "Corrected Payroll:")
	if len(got) != 1 || !strings.Contains(got[0].Subject, "expires on") {
		t.Fatalf("notices after the correction: %+v", got)
	}
}
