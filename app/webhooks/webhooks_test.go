package webhooks_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/evidence"
	"assay/app/model"
)

// hooked is a running Assay with an admin token and an endpoint registered for every event at
// a receiver on loopback.
type hooked struct {
	*apptest.Server
	admin    string
	receiver *receiver
	endpoint uint
	secret   string
}

// newHooked starts Assay with private addresses allowed (the receiver is on loopback) and
// registers the receiver through the API.
func newHooked(t *testing.T, dialect string, env map[string]string) *hooked {
	t.Helper()
	all := map[string]string{"ASSAY_WEBHOOK_ALLOW_PRIVATE": "true", "ASSAY_WEBHOOK_RETRY": "200ms"}
	for k, v := range env {
		all[k] = v
	}
	srv := apptest.NewServer(t, apptest.Options{Dialect: dialect, Env: all})
	h := &hooked{Server: srv, admin: srv.APIToken(t, "admin@ops.example", model.RoleAdmin), receiver: newReceiver(t, "")}
	h.register(t, h.receiver, model.WebhookEvents)
	return h
}

// register adds an endpoint for r and hands r the secret the answer shows once.
func (h *hooked) register(t *testing.T, r *receiver, events []string) {
	t.Helper()
	var created struct {
		ID     uint
		Secret string
		Events []string
	}
	if st := call(t, "POST", h.URL+"/api/v1/webhooks", h.admin, map[string]any{"url": r.URL, "events": events}, &created); st != http.StatusCreated {
		t.Fatalf("register: %d", st)
	}
	if !strings.HasPrefix(created.Secret, "whsec_") || len(created.Events) != len(events) {
		t.Fatalf("registered %+v", created)
	}
	r.setSecret(created.Secret)
	h.endpoint, h.secret = created.ID, created.Secret
}

// delivery is a delivery as GET /api/v1/webhooks/{id}/deliveries shows it.
type delivery struct {
	ID        uint
	MessageID string `json:"message_id"`
	Event     string
	Status    string
	Attempts  []struct {
		At         time.Time
		Outcome    string
		StatusCode *int  `json:"status_code"`
		DurationMS int64 `json:"duration_ms"`
		Error      string
		Manual     bool
	}
}

func (h *hooked) deliveries(t *testing.T, endpoint uint) []delivery {
	t.Helper()
	var log struct{ Items []delivery }
	if st := call(t, "GET", h.URL+"/api/v1/webhooks/"+itoa(endpoint)+"/deliveries", h.admin, nil, &log); st != http.StatusOK {
		t.Fatalf("delivery log: %d", st)
	}
	return log.Items
}

// TestEveryEventIsDeliveredSigned walks an assessment from sending to a decision through the
// API and checks that the receiver got each of the eight events, each signed so that a
// verifier written from the specification accepts it, carrying the ids of what happened; the
// delivery log shows each delivered at the first attempt.
func TestEveryEventIsDeliveredSigned(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			h := newHooked(t, dialect, nil)
			analyst := h.APIToken(t, "ana@analysts.example", model.RoleAnalyst)
			var v struct{ ID uint }
			if st := call(t, "POST", h.URL+"/api/v1/vendors", analyst, map[string]any{
				"name": "Hooked Payroll", "website": "https://hooked.example", "tier": "high",
				"services": []map[string]any{{"name": "Payroll processing", "keywords": []string{"payroll"}}},
				"contacts": []map[string]any{{"name": "Pat", "email": "pat@hooked.example"}},
			}, &v); st != http.StatusCreated {
				t.Fatalf("create vendor: %d", st)
			}
			var sent struct {
				ID          uint
				Invitations []struct{ URL string }
			}
			due := h.App.Now().AddDate(0, 0, 20).Format("2006-01-02")
			if st := call(t, "POST", h.URL+"/api/v1/vendors/"+itoa(v.ID)+"/assessments", analyst, map[string]any{
				"questionnaire": "iso27001-a5.4", "due_date": due, "recipients": []string{"pat@hooked.example"},
			}, &sent); st != http.StatusCreated {
				t.Fatalf("send: %d", st)
			}
			vendor := apptest.TokenOf(sent.Invitations[0].URL)
			answers := map[string]any{
				"security_ownership": "line_management", "responsibilities_documented": true,
				"communication_methods": []string{"onboarding_briefing"},
				"training_program":      "continuous", "training_includes_contractors": false, "training_completion_rate": 70,
				"employment_contract_clauses": true, "contractor_agreements": true, "acknowledgement_process": "annual",
				"management_review_cadence": "quarterly", "security_kpis": false, "disciplinary_process": false,
				"reporting_channel": true, "iso27001_certified": false,
			}
			if st := call(t, "PATCH", h.URL+"/api/v1/respond/answers", vendor, map[string]any{"answers": answers}, nil); st != http.StatusOK {
				t.Fatalf("answers: %d", st)
			}
			now := h.App.Now()
			day := func(ago int) string { return now.AddDate(0, 0, -ago).Format("2006-01-02") }
			upload(t, h.URL+"/api/v1/respond/evidence", vendor, "training_report", "training.csv",
				"Employee,Type,Course,Completed on,Result\nAnn Lee,Employee,Security awareness,"+day(30)+",Pass\n")
			upload(t, h.URL+"/api/v1/respond/evidence", vendor, "acknowledgement_log", "acks.csv",
				"Name,Policy,Signed at\nAnn Lee,Information security policy v4,"+day(20)+"\n")
			upload(t, h.URL+"/api/v1/respond/evidence", vendor, "review_minutes", "minutes.txt",
				"Information security management review\nDate of meeting: "+day(45)+"\nAttendees: CEO, CISO\n")
			h.WaitRead(t, sent.ID)
			if st := call(t, "POST", h.URL+"/api/v1/respond/submit", vendor, nil, nil); st != http.StatusOK {
				t.Fatalf("submit: %d", st)
			}
			result := h.WaitSettled(t, sent.ID)
			if len(result.RedFlags) == 0 {
				t.Fatal("the weak answers raised no red flag, so no finding opens")
			}
			var findings struct {
				Items []struct{ ID uint } `json:"findings"`
			}
			call(t, "GET", h.URL+"/api/v1/findings?assessment_id="+itoa(sent.ID), analyst, nil, &findings)
			if len(findings.Items) != len(result.RedFlags) {
				t.Fatalf("%d findings for %d red flags", len(findings.Items), len(result.RedFlags))
			}
			closed := findings.Items[0].ID
			if st := call(t, "POST", h.URL+"/api/v1/findings/"+itoa(closed)+"/close", analyst, map[string]any{"note": "Fixed by the vendor."}, nil); st != http.StatusOK {
				t.Fatalf("close finding: %d", st)
			}
			if st := call(t, "POST", h.URL+"/api/v1/vendors/"+itoa(v.ID)+"/decision", analyst, map[string]any{
				"decision": model.DecisionApprovedWithConditions, "conditions": []string{"Train contractors"}, "notes": "ok"}, nil); st != http.StatusCreated && st != http.StatusOK {
				t.Fatalf("decision: %d", st)
			}
			// A certificate read 20 days ago that expires in 20: the sweep tells of it 30 days
			// ahead, a moment that came after the file did.
			cert := model.Evidence{AssessmentID: sent.ID, QuestionID: evidence.QuestionCertificate, StoredFile: model.StoredFile{
				ObjectKey: "test/cert", Filename: "certificate.pdf", Size: 1000, Kind: "pdf", ContentType: "application/pdf",
				SHA256: strings.Repeat("c1", 32)}, Status: model.EvidenceExtracted,
				Facts:      evidence.FromValues(map[string]any{"expires_on": now.AddDate(0, 0, 20).Format("2006-01-02")}),
				UploadedBy: "pat@hooked.example", CreatedAt: now.AddDate(0, 0, -20)}
			if err := h.App.Store.CreateEvidence(apptest.Ctx(), &cert); err != nil {
				t.Fatal(err)
			}
			if err := h.App.Sweep(apptest.Ctx()); err != nil {
				t.Fatal(err)
			}

			byType := map[string][]received{}
			want := map[string]int{model.EventAssessmentSent: 1, model.EventEvidenceRead: 3, model.EventAssessmentSubmitted: 1,
				model.EventFindingOpened: len(result.RedFlags), model.EventFindingClosed: 1, model.EventDecisionRecorded: 1,
				model.EventCertificateExpiring: 1}
			waitFor(t, 30*time.Second, "every event at the receiver", func() bool {
				got, _, _ := h.receiver.messages()
				byType = map[string][]received{}
				for _, m := range got {
					byType[m.Type] = append(byType[m.Type], m)
				}
				for ev, n := range want {
					if len(byType[ev]) != n {
						return false
					}
				}
				return len(byType[model.EventAssessmentScored]) >= 1
			})
			got, bad, _ := h.receiver.messages()
			if len(bad) > 0 {
				t.Fatalf("the receiver refused messages: %v", bad)
			}
			ids := map[string]bool{}
			for _, m := range got {
				if ids[m.ID] {
					t.Errorf("webhook-id %s came twice", m.ID)
				}
				ids[m.ID] = true
			}
			num := func(m received, k string) uint { f, _ := m.Data[k].(float64); return uint(f) }
			for _, ev := range model.WebhookEvents {
				for _, m := range byType[ev] {
					if ev != model.EventDecisionRecorded && num(m, "assessment_id") != sent.ID {
						t.Errorf("%s names assessment %v, want %d", ev, m.Data["assessment_id"], sent.ID)
					}
				}
			}
			if m := byType[model.EventAssessmentSent][0]; num(m, "vendor_id") != v.ID || m.Data["status"] != model.StatusSent {
				t.Errorf("assessment.sent: %v", m.Data)
			}
			last := byType[model.EventAssessmentScored][len(byType[model.EventAssessmentScored])-1]
			if num(last, "score") != uint(result.Score) || last.Data["rating"] != result.Rating || len(last.Data["red_flags"].([]any)) != len(result.RedFlags) {
				t.Errorf("assessment.scored %v, the result is %d %s with %d flags", last.Data, result.Score, result.Rating, len(result.RedFlags))
			}
			if m := byType[model.EventFindingClosed][0]; num(m, "finding_id") != closed || m.Data["status"] != model.FindingClosed ||
				m.Data["by"] != "ana@analysts.example" {
				t.Errorf("finding.closed: %v", m.Data)
			}
			if m := byType[model.EventDecisionRecorded][0]; num(m, "vendor_id") != v.ID || m.Data["decision"] != model.DecisionApprovedWithConditions {
				t.Errorf("decision.recorded: %v", m.Data)
			}
			if m := byType[model.EventCertificateExpiring][0]; num(m, "evidence_id") != cert.ID || num(m, "days_left") != 20 {
				t.Errorf("certificate.expiring: %v", m.Data)
			}
			for _, m := range byType[model.EventEvidenceRead] {
				if m.Data["status"] != model.EvidenceExtracted {
					t.Errorf("evidence.read: %v", m.Data)
				}
			}

			log := h.deliveries(t, h.endpoint)
			if len(log) != len(got) {
				t.Fatalf("the delivery log has %d deliveries, the receiver got %d", len(log), len(got))
			}
			for _, d := range log {
				if d.Status != model.DeliverySucceeded || len(d.Attempts) != 1 || d.Attempts[0].StatusCode == nil ||
					*d.Attempts[0].StatusCode != http.StatusNoContent || !ids[d.MessageID] {
					t.Errorf("delivery %d (%s): %s, attempts %+v", d.ID, d.Event, d.Status, d.Attempts)
				}
			}
			if strings.Contains(h.Logs(), strings.TrimPrefix(h.secret, "whsec_")) {
				t.Error("the secret appears in the server log")
			}
			var list struct{ Items []map[string]any }
			call(t, "GET", h.URL+"/api/v1/webhooks", h.admin, nil, &list)
			if len(list.Items) != 1 || list.Items[0]["secret"] != nil {
				t.Errorf("the list shows %v", list.Items)
			}
			if st := call(t, "GET", h.URL+"/api/v1/webhooks", analyst, nil, nil); st != http.StatusForbidden {
				t.Errorf("an analyst lists webhooks: %d, want 403", st)
			}
			if slices.Contains(auditActions(t, h), "webhook.create") == false {
				t.Error("registering is not audited")
			}
		})
	}
}

// auditActions lists the actions of the global audit chain.
func auditActions(t *testing.T, h *hooked) []string {
	t.Helper()
	es, err := h.App.Store.AuditChain(apptest.Ctx(), model.GlobalChain)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Action)
	}
	return out
}
