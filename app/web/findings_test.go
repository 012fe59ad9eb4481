package web_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/findings"
	"assay/app/model"
)

// findingFileName is the name of the file in B's seeded finding thread; nobody but B's vendor
// and analysts may see it.
const findingFileName = "bravo-remediation-plan.pdf"

// seedFinding gives assessment a a finding shared with its vendor, with a vendor response that
// carries a file, and a second recipient whose link no access test revokes, so sharing works
// whatever order the tests run the routes in. It returns the finding, the file and an analyst
// who may own the finding.
func seedFinding(t *testing.T, srv *apptest.Server, a model.Assessment) (finding, file, owner uint) {
	t.Helper()
	ctx := apptest.Ctx()
	now := srv.App.Now()
	if err := srv.App.Store.DB().Create(&model.Invitation{AssessmentID: a.ID, Email: "second@" + strings.ToLower(strings.Fields(a.Vendor.Name)[0]) + ".example",
		TokenHash: strings.Repeat("ab", 32), ExpiresAt: now.AddDate(0, 0, 30), CreatedAt: now}).Error; err != nil {
		t.Fatal(err)
	}
	f := model.Finding{AssessmentID: a.ID, VendorID: a.VendorID, FlagID: "no-management-review", Severity: "high",
		Title: "No management review", Explanation: "Management does not review security.", Status: model.FindingOpen,
		DueOn: now.AddDate(0, 0, 30), SharedAt: &now, CreatedAt: now, UpdatedAt: now}
	if err := srv.App.Store.CreateFinding(ctx, &f); err != nil {
		t.Fatal(err)
	}
	vendor := audit.Actor{Type: audit.ActorInvitation, Label: "contact@vendor.example"}
	ff, err := srv.App.Findings.ReceiveFile(ctx, a.ID, f.ID, findingFileName, strings.NewReader(minimalPDF+"% plan\n"), vendor)
	if err != nil {
		t.Fatal(err)
	}
	m, err := srv.App.Findings.Respond(ctx, a.ID, f.ID, findings.RespondInput{Text: "Our board now meets quarterly."}, []model.FindingFile{ff}, vendor)
	if err != nil || len(m.Files) != 1 {
		t.Fatalf("seed response: %v", err)
	}
	srv.CreateUser(t, "owner-"+fmt.Sprint(a.ID)+"@example.com", model.RoleAnalyst)
	u, err := srv.App.Store.UserByEmail(ctx, "owner-"+fmt.Sprint(a.ID)+"@example.com")
	if err != nil {
		t.Fatal(err)
	}
	return f.ID, m.Files[0].ID, u.ID
}

// findingResponseBody is a vendor's response with a PDF attached.
func findingResponseBody(*world) (string, string) {
	return responseMultipart("", "Intruder response", "intruder.pdf", []byte(minimalPDF+"% INTRUDER\n"))
}

func replyBody(*world) (string, string) {
	return replyMultipart("", "message", "intruder reply", "intruder.pdf", []byte(minimalPDF+"% INTRUDER\n"))
}

// responseMultipart builds a response form: _csrf first when given, the text, then the file.
func responseMultipart(csrf, text, filename string, content []byte) (string, string) {
	return replyMultipart(csrf, "text", text, filename, content)
}

// replyMultipart builds a reply form whose text is the field named field.
func replyMultipart(csrf, field, text, filename string, content []byte) (string, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if csrf != "" {
		mw.WriteField("_csrf", csrf)
	}
	mw.WriteField(field, text)
	if filename != "" {
		fw, _ := mw.CreateFormFile("file", filename)
		fw.Write(content)
	}
	mw.Close()
	return mw.FormDataContentType(), buf.String()
}

// scoredWithFindings sends the questionnaire to a new vendor, answers it so that several red
// flags fire, submits it and waits for the score; it returns the assessment, the vendor's
// token and the findings made.
func scoredWithFindings(t *testing.T, srv *apptest.Server, name string) (model.Assessment, string, []model.Finding) {
	t.Helper()
	v := srv.Vendor(t, name)
	a, tok := sendQuestionnaire(t, srv, v)
	answers := map[string]any{
		"security_ownership": "it_team", "responsibilities_documented": false, "communication_methods": []string{"intranet_only"},
		"training_program": "none", "employment_contract_clauses": false, "contractor_agreements": false,
		"acknowledgement_process": "none", "management_review_cadence": "none", "security_kpis": false,
		"disciplinary_process": false, "reporting_channel": false, "iso27001_certified": false,
	}
	var refused map[string]any
	if st := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": answers}, nil); st != http.StatusOK {
		t.Fatalf("answers: %d", st)
	}
	if st := api(t, "POST", srv.URL+"/api/v1/respond/submit", tok, nil, &refused); st != http.StatusOK {
		t.Fatalf("submit: %d %v", st, refused)
	}
	r := srv.WaitResult(t, a.ID)
	fs, err := srv.App.Store.AssessmentFindings(apptest.Ctx(), a.ID)
	if err != nil || len(fs) != len(r.RedFlags) || len(fs) == 0 {
		t.Fatalf("findings after scoring: %d for %d flags (%v)", len(fs), len(r.RedFlags), err)
	}
	return a, tok, fs
}

// TestFindingSharedAndAnswered follows a finding from scoring to the vendor's response with a
// file, and checks who may see and do what on the way, on both databases.
func TestFindingSharedAndAnswered(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d, SMTP: true})
			aA, tokA, fsA := scoredWithFindings(t, srv, "Alpha Ledger Works")
			aB, tokB, fsB := scoredWithFindings(t, srv, "Bravo Quarry Holdings")
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			buyerTok := srv.APIToken(t, "buyer@example.com", model.RoleProcurement)
			fA, fB := fsA[0], fsB[0]

			// Nothing is visible to the vendor before the analyst shares it.
			var list struct{ Findings []struct{ ID uint } }
			if st := api(t, "GET", srv.URL+"/api/v1/respond/findings", tokA, nil, &list); st != http.StatusOK || len(list.Findings) != 0 {
				t.Fatalf("vendor A's findings before sharing: %d %+v", st, list)
			}

			// Procurement reads but cannot act.
			for _, path := range []string{"/share", "/close", "/accept-risk", "/reopen"} {
				res, body := do(t, nil, "POST", srv.URL+"/api/v1/findings/"+itoa(fA.ID)+path, "application/json", `{"message":"x","note":"x"}`, withBearer(buyerTok))
				if res.StatusCode != http.StatusForbidden {
					t.Errorf("procurement POST %s: %d %s", path, res.StatusCode, body)
				}
			}
			if st := api(t, "GET", srv.URL+"/api/v1/findings/"+itoa(fA.ID), buyerTok, nil, nil); st != http.StatusOK {
				t.Errorf("procurement reads a finding: %d", st)
			}

			// The analyst shares A's finding and B's; each vendor is mailed the link it already has.
			for _, f := range []model.Finding{fA, fB} {
				var sh findingBody
				if st := api(t, "POST", srv.URL+"/api/v1/findings/"+itoa(f.ID)+"/share", analyst,
					map[string]any{"message": "Please send your plan for a management review."}, &sh); st != http.StatusOK || sh.SharedAt == nil {
					t.Fatalf("share %d: %d %+v", f.ID, st, sh)
				}
			}
			if st := api(t, "GET", srv.URL+"/api/v1/respond", tokA, nil, nil); st != http.StatusOK {
				t.Errorf("A's link after sharing: %d, want 200: sharing must not stop it", st)
			}
			vA, _ := srv.App.Store.Vendor(apptest.Ctx(), aA.VendorID)
			vB, _ := srv.App.Store.Vendor(apptest.Ctx(), aB.VendorID)
			if got := apptest.TokenOf(srv.MailedLink(t, vA.Contacts[0].Email, "Finding to address")); got != tokA {
				t.Errorf("the finding mail carries another link than A's own")
			}
			if got := apptest.TokenOf(srv.MailedLink(t, vB.Contacts[0].Email, "Finding to address")); got != tokB {
				t.Errorf("the finding mail carries another link than B's own")
			}
			invA := onlyInvitation(t, srv, aA.ID)
			if want := fA.DueOn.Add(24*time.Hour + srv.App.Config.InvitationGrace); !invA.ExpiresAt.Equal(want) {
				t.Errorf("A's link expires %v, want the finding's due date plus grace %v", invA.ExpiresAt, want)
			}

			// A's vendor sees only A's shared finding, through the cookie session and the token.
			vendorA := srv.VendorSession(t, tokA)
			res, page := do(t, vendorA, "GET", srv.URL+"/respond/findings", "", "")
			if res.StatusCode != http.StatusOK || !strings.Contains(page, fA.Title) || !strings.Contains(page, "Please send your plan") {
				t.Fatalf("vendor A's findings page: %d %.300s", res.StatusCode, page)
			}
			res, page = do(t, vendorA, "GET", srv.URL+"/respond", "", "")
			if !strings.Contains(page, `href="/respond/findings"`) {
				t.Errorf("receipt page has no link to the findings: %d", res.StatusCode)
			}
			csrfA := srv.CSRF(t, vendorA, "/respond/findings")

			// A cannot reach B's finding, by cookie or by token; nothing changes.
			ctype, body := responseMultipart(csrfA, "Hijack", "x.pdf", []byte(minimalPDF))
			res, _ = do(t, vendorA, "POST", srv.URL+"/respond/findings/"+itoa(fB.ID)+"/responses", ctype, body)
			if res.StatusCode != http.StatusNotFound {
				t.Errorf("A's session responds to B's finding: %d, want 404", res.StatusCode)
			}
			ctype, body = responseMultipart("", "Hijack", "x.pdf", []byte(minimalPDF))
			res, _ = do(t, nil, "POST", srv.URL+"/api/v1/respond/findings/"+itoa(fB.ID)+"/responses", ctype, body, withBearer(tokA))
			if res.StatusCode != http.StatusNotFound {
				t.Errorf("A's token responds to B's finding: %d, want 404", res.StatusCode)
			}
			if st := api(t, "GET", srv.URL+"/api/v1/respond/findings", tokA, nil, &list); st != http.StatusOK || len(list.Findings) != 1 || list.Findings[0].ID != fA.ID {
				t.Errorf("A's token lists %+v, want only A's shared finding %d", list.Findings, fA.ID)
			}
			if th, _ := srv.App.Store.FindingThread(apptest.Ctx(), fB.ID); len(th) != 1 {
				t.Errorf("B's thread has %d messages after A's attempts, want only the request", len(th))
			}

			// An executable renamed to .pdf is refused and nothing is kept.
			ctype, body = responseMultipart(csrfA, "Our plan", "plan.pdf", append([]byte("MZ\x90\x00\x03\x00\x00\x00"), bytes.Repeat([]byte{0}, 600)...))
			res, page = do(t, vendorA, "POST", srv.URL+"/respond/findings/"+itoa(fA.ID)+"/responses", ctype, body)
			if res.StatusCode != http.StatusUnsupportedMediaType || !strings.Contains(page, "Our plan") || !strings.Contains(page, "not accepted") {
				t.Errorf("renamed executable: %d, page keeps the text and says why: %.300s", res.StatusCode, page)
			}
			// Without the form's token nothing is accepted.
			ctype, body = responseMultipart("", "Our plan", "", nil)
			if res, _ = do(t, vendorA, "POST", srv.URL+"/respond/findings/"+itoa(fA.ID)+"/responses", ctype, body); res.StatusCode != http.StatusForbidden {
				t.Errorf("response without CSRF token: %d, want 403", res.StatusCode)
			}
			// The text is required.
			ctype, body = responseMultipart(csrfA, "  ", "", nil)
			if res, _ = do(t, vendorA, "POST", srv.URL+"/respond/findings/"+itoa(fA.ID)+"/responses", ctype, body); res.StatusCode != http.StatusUnprocessableEntity {
				t.Errorf("empty response: %d, want 422", res.StatusCode)
			}

			// A real response with a PDF: stored outside the evidence table, hashed, status moves.
			evBefore, _ := srv.App.Store.EvidenceList(apptest.Ctx(), aA.ID)
			plan := minimalPDF + "% remediation plan\n"
			ctype, body = responseMultipart(csrfA, "Our board will review security every quarter from January.", "plan.pdf", []byte(plan))
			res, _ = do(t, vendorA, "POST", srv.URL+"/respond/findings/"+itoa(fA.ID)+"/responses", ctype, body)
			if res.StatusCode != http.StatusSeeOther {
				t.Fatalf("vendor response: %d", res.StatusCode)
			}
			var got findingBody
			if st := api(t, "GET", srv.URL+"/api/v1/findings/"+itoa(fA.ID), analyst, nil, &got); st != http.StatusOK || got.Status != model.FindingVendorResponded {
				t.Fatalf("finding after the response: %d %+v", st, got)
			}
			last := got.Thread[len(got.Thread)-1]
			if last.Kind != "response" || len(last.Files) != 1 || last.Files[0].Filename != "plan.pdf" || last.Files[0].SHA256 == "" {
				t.Fatalf("response in the thread: %+v", last)
			}
			if evAfter, _ := srv.App.Store.EvidenceList(apptest.Ctx(), aA.ID); len(evAfter) != len(evBefore) {
				t.Errorf("the response's file was added to the evidence: %d -> %d", len(evBefore), len(evAfter))
			}
			fileURL := srv.URL + "/api/v1/findings/" + itoa(fA.ID) + "/files/" + itoa(last.Files[0].ID)
			if res, content := do(t, nil, "GET", fileURL, "", "", withBearer(analyst)); res.StatusCode != http.StatusOK || content != plan {
				t.Errorf("analyst downloads the response file: %d", res.StatusCode)
			}
			if res, content := do(t, nil, "GET", fileURL, "", "", withBearer(buyerTok)); res.StatusCode != http.StatusForbidden || strings.Contains(content, "remediation plan") {
				t.Errorf("procurement downloads the response file: %d, want 403", res.StatusCode)
			}
			buyer := signIn(t, srv, "buyer2@example.com", model.RoleProcurement)
			res, page = do(t, buyer, "GET", srv.URL+"/findings/"+itoa(fA.ID), "", "")
			if res.StatusCode != http.StatusOK || strings.Contains(page, "plan.pdf") || !strings.Contains(page, "Our board will review") {
				t.Errorf("procurement's finding page: %d, shows the response but not the file name", res.StatusCode)
			}
			if res, _ = do(t, buyer, "GET", srv.URL+"/findings/"+itoa(fA.ID)+"/files/"+itoa(last.Files[0].ID), "", ""); res.StatusCode != http.StatusForbidden {
				t.Errorf("procurement's browser downloads the response file: %d, want 403", res.StatusCode)
			}
			// The vendor never sees analysts' internal notes.
			if st := api(t, "POST", srv.URL+"/api/v1/findings/"+itoa(fA.ID)+"/close", analyst, map[string]any{"note": "INTERNAL-NOTE-55"}, nil); st != http.StatusOK {
				t.Fatalf("close: %d", st)
			}
			if res, page = do(t, nil, "GET", srv.URL+"/api/v1/respond/findings", "", "", withBearer(tokA)); strings.Contains(page, "INTERNAL-NOTE-55") {
				t.Errorf("the vendor sees the analyst's closing note")
			}
			_ = tokB
		})
	}
}

// findingBody is the API's finding, as much as the tests read.
type findingBody struct {
	ID       uint       `json:"id"`
	Status   string     `json:"status"`
	SharedAt *time.Time `json:"shared_at"`
	Thread   []struct {
		Kind  string `json:"kind"`
		Files []struct {
			ID       uint   `json:"id"`
			Filename string `json:"filename"`
			SHA256   string `json:"sha256"`
		} `json:"files"`
	} `json:"thread"`
}

// TestFindingFormsAndDecision checks the analyst's forms: a refused risk acceptance comes back
// as 422 with the typed values and a message per field; a decision needs its conditions and
// records what it was based on, which procurement then sees.
func TestFindingFormsAndDecision(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	a, _, fs := scoredWithFindings(t, srv, "Charlie Freight")
	analyst := signIn(t, srv, "ana@example.com", model.RoleAnalyst)
	csrf := srv.CSRF(t, analyst, "/findings/"+itoa(fs[0].ID))

	body := url.Values{"_csrf": {csrf}, "approver_id": {"0"}, "reason": {"Compensating control: quarterly audit"}, "expires_on": {"2001-01-01"}}
	res, page := do(t, analyst, "POST", srv.URL+"/findings/"+itoa(fs[0].ID)+"/accept-risk", "application/x-www-form-urlencoded", body.Encode())
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "Compensating control: quarterly audit") ||
		!strings.Contains(page, "Choose the approver.") || !strings.Contains(page, "Choose a date in the future.") {
		t.Fatalf("refused acceptance: %d %.500s", res.StatusCode, page)
	}
	if res, page = do(t, analyst, "GET", srv.URL+"/assessments/"+itoa(a.ID), "", ""); !strings.Contains(page, fs[0].Title) || !strings.Contains(page, `id="findings"`) {
		t.Errorf("assessment page lists no findings: %d", res.StatusCode)
	}

	vendorPath := "/vendors/" + itoa(a.VendorID)
	body = url.Values{"_csrf": {csrf}, "decision": {"approved_with_conditions"}, "conditions": {"  \r\n"}}
	res, page = do(t, analyst, "POST", srv.URL+vendorPath+"/decision", "application/x-www-form-urlencoded", body.Encode())
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "List the conditions") {
		t.Fatalf("decision without conditions: %d %.300s", res.StatusCode, page)
	}
	body.Set("conditions", "Quarterly management review minutes by 31 March\nTraining for contractors")
	if res, _ = do(t, analyst, "POST", srv.URL+vendorPath+"/decision", "application/x-www-form-urlencoded", body.Encode()); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("decision: %d", res.StatusCode)
	}
	r, _ := srv.App.Store.LatestResult(apptest.Ctx(), a.ID)
	d, err := srv.App.Store.LatestDecision(apptest.Ctx(), a.VendorID)
	if err != nil || d.Score == nil || *d.Score != r.Score || d.Rating != r.Rating || d.OpenFindings != len(fs) ||
		d.AssessmentID == nil || *d.AssessmentID != a.ID || len(d.Conditions) != 2 || d.DecidedBy != "analyst <ana@example.com>" {
		t.Fatalf("recorded decision: %+v (%v)", d, err)
	}
	buyer := signIn(t, srv, "buyer@example.com", model.RoleProcurement)
	res, page = do(t, buyer, "GET", srv.URL+vendorPath, "", "")
	if res.StatusCode != http.StatusOK || !strings.Contains(page, "Approved with conditions") || !strings.Contains(page, "Training for contractors") ||
		!strings.Contains(page, "ana@example.com") || strings.Contains(page, `action="`+vendorPath+`/decision"`) {
		t.Errorf("procurement's vendor page: %d, shows the decision read-only", res.StatusCode)
	}
	if want := fmt.Sprintf(`<a href="/findings?vendor_id=%d">%d open findings</a>`, a.VendorID, len(fs)); !strings.Contains(page, want) {
		t.Errorf("vendor page lacks %s", want)
	}
	other, _, _ := scoredWithFindings(t, srv, "Golf Hosting")
	res, page = do(t, buyer, "GET", srv.URL+"/findings?vendor_id="+itoa(a.VendorID), "", "")
	if res.StatusCode != http.StatusOK || strings.Count(page, "<tr data-finding=") != len(fs) || strings.Contains(page, "Golf Hosting") {
		t.Errorf("findings of one vendor: %d, %d rows, want %d (other vendor %d excluded)", res.StatusCode,
			strings.Count(page, "<tr data-finding="), len(fs), other.VendorID)
	}
	res, page = do(t, buyer, "GET", srv.URL+"/vendors", "", "")
	if !strings.Contains(page, "Approved with conditions") {
		t.Errorf("vendor list shows no decision: %d", res.StatusCode)
	}
	res, page = do(t, buyer, "GET", srv.URL+"/assessments/"+itoa(a.ID)+"/report.pdf", "", "")
	if text := pdfTextOf(t, "report", []byte(page)); res.StatusCode != http.StatusOK || !strings.Contains(text, "Approved with conditions") ||
		!strings.Contains(text, "ana@example.com") || !strings.Contains(text, "Training for contractors") {
		t.Errorf("the PDF report does not give the decision with who and conditions: %d\n%s", res.StatusCode, text)
	}
	var vj struct {
		DecisionRecord *struct {
			Conditions []string `json:"conditions"`
			DecidedBy  string   `json:"decided_by"`
		} `json:"decision_record"`
	}
	buyerTok := srv.APIToken(t, "buyer-api@example.com", model.RoleProcurement)
	if st := api(t, "GET", srv.URL+"/api/v1"+vendorPath, buyerTok, nil, &vj); st != http.StatusOK || vj.DecisionRecord == nil || len(vj.DecisionRecord.Conditions) != 2 {
		t.Errorf("vendor JSON decision record: %d %+v", st, vj.DecisionRecord)
	}
	// The portfolio list filters by status, severity, owner and overdue, from allow-lists only.
	past := dayStart(time.Now()).AddDate(0, 0, -3)
	if err := srv.App.Store.UpdateFinding(apptest.Ctx(), fs[len(fs)-1], map[string]any{"due_on": past}); err != nil {
		t.Fatal(err)
	}
	var lst struct {
		Findings []struct {
			ID       uint   `json:"id"`
			Severity string `json:"severity"`
			Overdue  bool   `json:"overdue"`
		} `json:"findings"`
		Total int `json:"total"`
	}
	if st := api(t, "GET", srv.URL+"/api/v1/findings?overdue=1", buyerTok, nil, &lst); st != http.StatusOK || lst.Total != 1 ||
		lst.Findings[0].ID != fs[len(fs)-1].ID || !lst.Findings[0].Overdue {
		t.Errorf("overdue findings: %d %+v", st, lst)
	}
	if st := api(t, "GET", srv.URL+"/api/v1/findings?severity=high&status=open&assessment_id="+itoa(a.ID), buyerTok, nil, &lst); st != http.StatusOK || lst.Total == 0 {
		t.Errorf("high open findings: %d %+v", st, lst)
	}
	for _, f := range lst.Findings {
		if f.Severity != "high" {
			t.Errorf("severity filter let through %+v", f)
		}
	}
	if st := api(t, "GET", srv.URL+"/api/v1/findings?status=open%27--&assessment_id="+itoa(a.ID), buyerTok, nil, &lst); st != http.StatusOK || lst.Total != len(fs) {
		t.Errorf("an unknown status is ignored: %d total %d, want %d", st, lst.Total, len(fs))
	}
	res, page = do(t, buyer, "GET", srv.URL+"/findings?overdue=1", "", "")
	if res.StatusCode != http.StatusOK || !strings.Contains(page, fs[len(fs)-1].Title) || !strings.Contains(page, `class="overdue"`) || strings.Contains(page, `action="/findings/`) {
		t.Errorf("procurement's overdue findings page: %d", res.StatusCode)
	}

	var out map[string]any
	tok := srv.APIToken(t, "ana2@example.com", model.RoleAnalyst)
	if st := api(t, "POST", srv.URL+"/api/v1"+vendorPath+"/decision", tok, map[string]any{"decision": "maybe"}, &out); st != http.StatusUnprocessableEntity {
		t.Errorf("API decision with an unknown value: %d %v", st, out)
	}
}

func dayStart(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// TestFindingResponseFileLimits checks that a response's file goes through the evidence limits:
// a file over the size limit is refused with 413, and neither a record nor an object is kept.
func TestFindingResponseFileLimits(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{SMTP: true, Env: map[string]string{"ASSAY_MAX_UPLOAD_MB": "1"}})
	a, _, fs := scoredWithFindings(t, srv, "Foxtrot Couriers")
	analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
	if st := api(t, "POST", srv.URL+"/api/v1/findings/"+itoa(fs[0].ID)+"/share", analyst, map[string]any{"message": "Send the plan."}, nil); st != http.StatusOK {
		t.Fatalf("share: %d", st)
	}
	v, err := srv.App.Store.Vendor(apptest.Ctx(), a.VendorID)
	if err != nil {
		t.Fatal(err)
	}
	tok := apptest.TokenOf(srv.MailedLink(t, v.Contacts[0].Email, ""))
	objects := evidenceFiles(t, srv)
	big := minimalPDF + strings.Repeat("%", 3<<19)
	ctype, body := responseMultipart("", "The plan is attached.", "plan.pdf", []byte(big))
	res, got := do(t, nil, "POST", srv.URL+"/api/v1/respond/findings/"+itoa(fs[0].ID)+"/responses", ctype, body, withBearer(tok))
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("1.5 MiB file with a 1 MiB limit: %d %.200s", res.StatusCode, got)
	}
	decodeAPIError(t, "oversize response file", got)
	var n int64
	srv.App.Store.DB().Model(&model.FindingFile{}).Count(&n)
	if th, _ := srv.App.Store.FindingThread(apptest.Ctx(), fs[0].ID); n != 0 || len(th) != 1 {
		t.Errorf("after the refusal: %d files, %d messages; want none kept", n, len(th))
	}
	if after := evidenceFiles(t, srv); strings.Join(after, ",") != strings.Join(objects, ",") {
		t.Errorf("objects left behind: %v -> %v", objects, after)
	}
	// Within the limit, the same response goes through, with a hash of what was sent.
	ctype, body = responseMultipart("", "The plan is attached.", "plan.pdf", []byte(minimalPDF))
	var m struct {
		Files []struct {
			SHA256 string `json:"sha256"`
			Size   int64  `json:"size"`
		} `json:"files"`
	}
	res, got = do(t, nil, "POST", srv.URL+"/api/v1/respond/findings/"+itoa(fs[0].ID)+"/responses", ctype, body, withBearer(tok))
	if res.StatusCode != http.StatusCreated || json.Unmarshal([]byte(got), &m) != nil || len(m.Files) != 1 ||
		m.Files[0].Size != int64(len(minimalPDF)) || m.Files[0].SHA256 != fmt.Sprintf("%x", sha256.Sum256([]byte(minimalPDF))) {
		t.Errorf("response within the limit: %d %s", res.StatusCode, got)
	}
}
