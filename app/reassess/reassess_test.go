package reassess_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/assay"
	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/responses"
	"assay/app/store"
)

// reassessWorld is a server whose store the tests seed with assessments submitted at chosen
// moments, so due dates are computed against a fixed clock.
type reassessWorld struct {
	srv    *apptest.Server
	st     *store.Store
	app    *assay.App
	def    *questionnaire.Definition
	sender uint
	actor  audit.Actor
}

func newReassessWorld(t *testing.T, dialect string) *reassessWorld {
	t.Helper()
	srv := apptest.NewServer(t, apptest.Options{Dialect: dialect})
	srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
	u, err := srv.App.Store.UserByEmail(apptest.Ctx(), "ana@example.com")
	if err != nil {
		t.Fatal(err)
	}
	return &reassessWorld{srv: srv, st: srv.App.Store, app: srv.App, def: srv.App.Questionnaires.Latest()[0],
		sender: u.ID, actor: audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: u.Email}}
}

// vendor registers a vendor of the tier with the given contacts (name@vendor.example each).
func (w *reassessWorld) vendor(t *testing.T, name, tier string, contacts ...string) model.Vendor {
	t.Helper()
	v := model.Vendor{Name: name, Tier: tier, Decision: "pending", CreatedAt: time.Now().UTC(), UpdatedAt: time.Now().UTC()}
	for _, c := range contacts {
		v.Contacts = append(v.Contacts, model.Contact{Name: c, Email: c + "@" + strings.ToLower(strings.ReplaceAll(name, " ", "-")) + ".example"})
	}
	if err := w.st.CreateVendor(apptest.Ctx(), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// assessment stores an assessment of the vendor in the status, pinned to def, submitted at
// submitted when that is not zero, with the answers.
func (w *reassessWorld) assessment(t *testing.T, v model.Vendor, def *questionnaire.Definition, status string, submitted time.Time, answers map[string]any) model.Assessment {
	t.Helper()
	ctx := apptest.Ctx()
	created := submitted
	if created.IsZero() {
		created = time.Now().UTC()
	}
	a := model.Assessment{VendorID: v.ID, QuestionnaireID: def.ID, QuestionnaireVersion: def.Version, QuestionnaireHash: def.Hash,
		Status: status, DueOn: created, SentByID: w.sender, CreatedAt: created, UpdatedAt: created}
	if !submitted.IsZero() {
		a.SubmittedAt, a.SubmittedBy = &submitted, "someone@vendor.example"
	}
	if err := w.st.CreateAssessment(ctx, &a, nil); err != nil {
		t.Fatal(err)
	}
	for id, val := range answers {
		b, _ := json.Marshal(val)
		if err := w.st.SaveAnswer(ctx, &model.Answer{AssessmentID: a.ID, QuestionID: id, Value: string(b), UpdatedBy: "someone@vendor.example",
			UpdatedAt: created}, -1); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

func dueNames(list []reassess.DueVendor) []string {
	var out []string
	for _, d := range list {
		out = append(out, d.Name)
	}
	sort.Strings(out)
	return out
}

// TestReassessmentsDue checks who is due under the default cadence against a fixed clock:
// never assessed vendors, each tier's boundary to the second, and open assessments.
func TestReassessmentsDue(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			w := newReassessWorld(t, d)
			ctx := apptest.Ctx()
			now := time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)
			months := func(n int) time.Time { return now.AddDate(0, -n, 0) }

			w.vendor(t, "Never Assessed", "low")
			w.assessment(t, w.vendor(t, "Only Cancelled", "high"), w.def, model.StatusCancelled, time.Time{}, nil)
			dueToday := w.vendor(t, "Critical Due Today", "critical")
			w.assessment(t, dueToday, w.def, model.StatusScored, months(12), nil)
			w.assessment(t, w.vendor(t, "Critical Due Tomorrow", "critical"), w.def, model.StatusScored, months(12).Add(24*time.Hour), nil)
			w.assessment(t, w.vendor(t, "Critical One Second Short", "critical"), w.def, model.StatusScored, months(12).Add(time.Second), nil)
			w.assessment(t, w.vendor(t, "High Overdue", "high"), w.def, model.StatusSubmitted, months(14), nil)
			mediumRecent := w.vendor(t, "Medium Recent", "medium")
			w.assessment(t, mediumRecent, w.def, model.StatusScored, months(23), nil)
			w.assessment(t, w.vendor(t, "Medium Due", "medium"), w.def, model.StatusScored, months(24), nil)
			w.assessment(t, w.vendor(t, "Low Recent", "low"), w.def, model.StatusScored, months(35), nil)
			w.assessment(t, w.vendor(t, "Low Due", "low"), w.def, model.StatusScored, months(36).Add(-time.Hour), nil)
			// A newer submission counts, not the oldest.
			twice := w.vendor(t, "Critical Reassessed", "critical")
			w.assessment(t, twice, w.def, model.StatusScored, months(30), nil)
			w.assessment(t, twice, w.def, model.StatusScored, months(2), nil)
			// An open assessment takes a vendor off the list, whatever its history.
			var inProgress model.Assessment
			for _, status := range []string{model.StatusSent, model.StatusInProgress, model.StatusReturned} {
				v := w.vendor(t, "Open "+status, "critical")
				w.assessment(t, v, w.def, model.StatusScored, months(40), nil)
				if a := w.assessment(t, v, w.def, status, time.Time{}, nil); status == model.StatusInProgress {
					inProgress = a
				}
			}
			w.assessment(t, w.vendor(t, "Open Never Submitted", "low"), w.def, model.StatusSent, time.Time{}, nil)

			due, err := w.app.Reassess.ReassessmentsDue(ctx, reassess.DueFilter{Now: now})
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"Critical Due Today", "High Overdue", "Low Due", "Medium Due", "Never Assessed", "Only Cancelled"}
			if got := dueNames(due); !slices.Equal(got, want) {
				t.Fatalf("due now:\n got  %v\n want %v", got, want)
			}
			// Never assessed first, then by due date: the longest overdue on top.
			if due[0].DueAt != nil || due[1].DueAt != nil || !due[0].NeverAssessed() || due[2].Name != "High Overdue" {
				t.Errorf("order: %+v", dueNames(due[:3]))
			}
			for _, dv := range due {
				switch dv.Name {
				case "Critical Due Today":
					if !dv.DueAt.Equal(now) || dv.DaysOverdue != 0 || dv.LastAssessmentID == 0 {
						t.Errorf("%s: due %v, %d days overdue, last #%d", dv.Name, dv.DueAt, dv.DaysOverdue, dv.LastAssessmentID)
					}
				case "High Overdue":
					if want := months(2); !dv.DueAt.Equal(want) || dv.DaysOverdue != int(now.Sub(want).Hours()/24) {
						t.Errorf("%s: due %v, want %v; %d days overdue", dv.Name, dv.DueAt, want, dv.DaysOverdue)
					}
				}
			}
			n, err := w.app.Reassess.ReassessmentsDueCount(ctx, reassess.DueFilter{Now: now})
			if err != nil || n != int64(len(want)) {
				t.Errorf("count %d (%v), want %d", n, err, len(want))
			}

			week, err := w.app.Reassess.ReassessmentsDue(ctx, reassess.DueFilter{Now: now, Within: 7 * 24 * time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			if got := dueNames(week); !slices.Contains(got, "Critical Due Tomorrow") || !slices.Contains(got, "Critical One Second Short") ||
				slices.Contains(got, "Medium Recent") || len(got) != len(want)+2 {
				t.Errorf("due within a week: %v", got)
			}
			crit, err := w.app.Reassess.ReassessmentsDue(ctx, reassess.DueFilter{Now: now, Tier: "critical"})
			if err != nil {
				t.Fatal(err)
			}
			if got := dueNames(crit); !slices.Equal(got, []string{"Critical Due Today"}) {
				t.Errorf("critical only: %v", got)
			}

			// A configured cadence moves the boundaries.
			custom := reassess.New(reassess.Deps{Store: w.st, Cadence: map[string]int{"critical": 12, "high": 12, "medium": 18, "low": 36}})
			got, err := custom.ReassessmentsDue(ctx, reassess.DueFilter{Now: now, Tier: "medium"})
			if err != nil {
				t.Fatal(err)
			}
			if names := dueNames(got); !slices.Equal(names, []string{"Medium Due", "Medium Recent"}) {
				t.Errorf("medium every 18 months: %v", names)
			}

			// Later changes move vendors on and off the list: a cancelled questionnaire, a new
			// submission, a tier raised.
			if err := w.st.SetAssessmentStatus(ctx, inProgress.ID, model.StatusCancelled); err != nil {
				t.Fatal(err)
			}
			again := w.assessment(t, dueToday, w.def, model.StatusSent, time.Time{}, nil)
			if err := w.st.MarkSubmitted(ctx, again.ID, "someone@vendor.example", now.Add(-time.Hour)); err != nil {
				t.Fatal(err)
			}
			mediumRecent.Tier = "critical"
			if err := w.st.UpdateVendor(ctx, &mediumRecent); err != nil {
				t.Fatal(err)
			}
			due, err = w.app.Reassess.ReassessmentsDue(ctx, reassess.DueFilter{Now: now, Tier: "critical"})
			if err != nil {
				t.Fatal(err)
			}
			if names := dueNames(due); !slices.Equal(names, []string{"Medium Recent", "Open in_progress"}) {
				t.Errorf("critical after the changes: %v", names)
			}
		})
	}
}

// TestDueDateAtMonthEnds pins the due date where months differ in length: it is the first day
// on which the last submission lies the cadence back, as the due list counts it.
func TestDueDateAtMonthEnds(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 30, 0, 0, time.UTC) }
	cases := []struct {
		last   time.Time
		months int
		want   time.Time
	}{
		{day(2025, 3, 10), 12, day(2026, 3, 10)},
		{day(2024, 2, 29), 12, day(2025, 3, 1)},
		{day(2024, 2, 29), 48, day(2028, 2, 29)},
		{day(2025, 1, 31), 1, day(2025, 3, 1)},
		{day(2025, 8, 31), 1, day(2025, 10, 1)},
		{day(2025, 12, 31), 24, day(2027, 12, 31)},
	}
	for _, c := range cases {
		if got := reassess.DueDate(c.last, c.months); !got.Equal(c.want) {
			t.Errorf("%s + %d months: %s, want %s", c.last.Format(time.DateOnly), c.months, got.Format(time.DateOnly), c.want.Format(time.DateOnly))
		}
	}
}

// olderVersion is the installed questionnaire as it stood before: version 0.9.0, without the
// reporting-channel question, and with a "posters" way of communicating that was dropped since.
func olderVersion(t *testing.T) (*questionnaire.Definition, string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(apptest.Root(), "questionnaires", "iso27001-a5.4.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s := regexp.MustCompile(`(?m)^version: "[0-9.]+"`).ReplaceAllString(string(src), `version: "0.9.0"`)
	s = strings.Replace(s, "          - {id: intranet_only,", "          - {id: posters, label: Posters in the office, points: 0}\n          - {id: intranet_only,", 1)
	start := strings.Index(s, "      - id: reporting_channel")
	end := start + strings.Index(s[start+1:], "\n      - id: ") + 1
	if start < 0 || end <= start {
		t.Fatal("reporting_channel not found in the questionnaire")
	}
	s = s[:start] + s[end+1:]
	def, err := questionnaire.Parse("iso27001-a5.4.yaml", []byte(s))
	if err != nil {
		t.Fatalf("older version does not parse: %v", err)
	}
	if _, ok := def.Question("reporting_channel"); ok {
		t.Fatal("older version still has reporting_channel")
	}
	return def, s
}

// TestBulkSendCarriesOverAnswers sends a reassessment to a vendor whose last submission was
// made with an older questionnaire version: valid answers come over marked as such, answers
// the new version refuses stay behind, files never come over, and another vendor without
// history starts empty. Then the vendor's edits move the markers.
func TestBulkSendCarriesOverAnswers(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			w := newReassessWorld(t, d)
			ctx := apptest.Ctx()
			old, src := olderVersion(t)
			if err := w.st.SaveQuestionnaireVersion(ctx, &model.QuestionnaireVersion{Hash: old.Hash, QuestionnaireID: old.ID,
				Version: old.Version, Source: src, CreatedAt: time.Now().UTC()}); err != nil {
				t.Fatal(err)
			}
			v := w.vendor(t, "Harbour Freight", "high", "hana", "omar")
			fresh := w.vendor(t, "Fresh Start", "low", "lee")
			submitted := time.Now().UTC().AddDate(-1, -1, 0)
			// An even older submission must not be the one carried over.
			w.assessment(t, v, old, model.StatusScored, submitted.AddDate(-1, 0, 0), map[string]any{"security_ownership": "it_team"})
			prev := w.assessment(t, v, old, model.StatusScored, submitted, map[string]any{
				"security_ownership":    "line_management",
				"communication_methods": []string{"onboarding_briefing", "posters"},
				"training_program":      "annual",
				"security_kpis":         true,
				"disciplinary_process":  false,
			})
			if err := w.st.CreateEvidence(ctx, &model.Evidence{AssessmentID: prev.ID, QuestionID: "review_minutes",
				StoredFile: model.StoredFile{ObjectKey: "old/minutes-key", Filename: "minutes-2025.pdf", Size: 10, Kind: "pdf",
					SHA256: strings.Repeat("a", 64)}, Status: model.EvidenceExtracted,
				CreatedAt: submitted}); err != nil {
				t.Fatal(err)
			}
			// A later assessment that was cancelled is not a submission.
			w.assessment(t, v, w.def, model.StatusCancelled, time.Time{}, map[string]any{"security_ownership": "ciso_only"})

			due := time.Now().UTC().AddDate(0, 0, 20).Format("2006-01-02")
			sent, err := w.app.Invitations.SendBulk(ctx, invitations.BulkSendInput{Questionnaire: "iso27001-a5.4", DueDate: due, Vendors: []invitations.BulkVendor{
				{VendorID: v.ID, Recipients: []string{v.Contacts[1].Email}},
				{VendorID: fresh.ID, Recipients: []string{fresh.Contacts[0].Email}},
			}}, w.actor)
			if err != nil {
				t.Fatal(err)
			}
			if len(sent) != 2 || sent[0].Vendor.ID != v.ID || sent[1].Vendor.ID != fresh.ID {
				t.Fatalf("sent %+v", sent)
			}
			if len(sent[0].Invitations) != 1 || sent[0].Invitations[0].Email != v.Contacts[1].Email {
				t.Errorf("Harbour Freight invitations: %+v", sent[0].Invitations)
			}
			a := sent[0].Assessment
			if a.QuestionnaireVersion != w.def.Version || a.Status != model.StatusSent {
				t.Errorf("new assessment %+v", a)
			}

			rows, err := w.st.Answers(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			by := "carried over from assessment #" + itoa(prev.ID)
			for id, want := range map[string]string{"security_ownership": `"line_management"`, "training_program": `"annual"`,
				"security_kpis": "true", "disciplinary_process": "false"} {
				r, ok := rows[id]
				if !ok || r.Value != want || r.UpdatedBy != by || r.Version != 1 {
					t.Errorf("carried %s: %+v, want value %s by %q", id, r, want, by)
				}
			}
			if _, ok := rows["communication_methods"]; ok {
				t.Errorf("communication_methods with an option the new version dropped was carried: %+v", rows["communication_methods"])
			}
			if len(rows) != 4 {
				t.Errorf("%d answers carried, want 4: %v", len(rows), rows)
			}
			files, err := w.st.EvidenceList(ctx, a.ID)
			if err != nil || len(files) != 0 {
				t.Errorf("files carried over: %d (%v)", len(files), err)
			}
			if r, err := w.st.Reassessment(ctx, a.ID); err != nil || r.PreviousAssessmentID != prev.ID || r.CarriedAnswers != 4 || r.DroppedAnswers != 1 {
				t.Errorf("reassessment link %+v (%v)", r, err)
			}
			if rows, _ := w.st.Answers(ctx, sent[1].Assessment.ID); len(rows) != 0 {
				t.Errorf("a vendor without history starts with %d answers", len(rows))
			}
			if _, err := w.st.Reassessment(ctx, sent[1].Assessment.ID); err != model.ErrNotFound {
				t.Errorf("a first assessment has a reassessment link: %v", err)
			}

			st, err := w.app.Assessments.State(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			re := st.Reassessment
			if re == nil || re.PreviousID != prev.ID || re.PreviousVersion != "0.9.0" {
				t.Fatalf("state's reassessment: %+v", re)
			}
			markers := map[string]string{"security_ownership": reassess.MarkerCarried, "security_kpis": reassess.MarkerCarried,
				"communication_methods": reassess.MarkerNotCarried, "reporting_channel": reassess.MarkerNew}
			for id, want := range markers {
				if got := re.Questions[id].Marker; got != want {
					t.Errorf("marker of %s: %q, want %q", id, got, want)
				}
			}
			if c := re.Questions["communication_methods"]; c.PreviousText != "A security briefing for every new joiner; Posters in the office" {
				t.Errorf("previous communication_methods shown as %q", c.PreviousText)
			}
			if c := re.Questions["review_minutes"]; c.Marker != "" {
				t.Errorf("evidence question marked %q", c.Marker)
			}
			if len(re.Changed) != 0 {
				t.Errorf("changed before any edit: %v", re.Changed)
			}

			vendorActor := audit.Actor{Type: audit.ActorInvitation, ID: sent[0].Invitations[0].ID, Label: v.Contacts[1].Email}
			st, err = w.app.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: map[string]json.RawMessage{
				"security_ownership": json.RawMessage(`"ciso_only"`), "security_kpis": json.RawMessage(`true`),
			}}, vendorActor)
			if err != nil {
				t.Fatal(err)
			}
			re = st.Reassessment
			if c := re.Questions["security_ownership"]; c.Marker != reassess.MarkerChanged || c.PreviousText == "" || c.CurrentText == c.PreviousText {
				t.Errorf("after a change: %+v", c)
			}
			if got := re.Questions["security_kpis"].Marker; got != reassess.MarkerConfirmed {
				t.Errorf("after saving the same answer: %q, want confirmed", got)
			}
			if got := re.Questions["training_program"].Marker; got != reassess.MarkerCarried {
				t.Errorf("untouched answer: %q", got)
			}
			if !slices.Equal(re.Changed, []string{"security_ownership"}) {
				t.Errorf("changed list %v", re.Changed)
			}

			events, err := w.st.AuditChain(ctx, model.GlobalChain)
			if err != nil {
				t.Fatal(err)
			}
			var bulk int
			for _, e := range events {
				if e.Action == "assessment.bulk_send" && strings.Contains(e.Detail, itoa(a.ID)) {
					bulk++
				}
			}
			if bulk != 1 {
				t.Errorf("%d bulk-send events, want 1", bulk)
			}
			chain, err := w.st.AuditChain(ctx, model.AssessmentChain(a.ID))
			if err != nil {
				t.Fatal(err)
			}
			var actions []string
			for _, e := range chain {
				actions = append(actions, e.Action)
			}
			if !slices.Contains(actions, "assessment.send") || !slices.Contains(actions, "assessment.carry_over") {
				t.Errorf("assessment history %v", actions)
			}
		})
	}
}

func itoa(n uint) string { return strconv.FormatUint(uint64(n), 10) }
