package web_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
)

// api sends a JSON request with a bearer token and decodes the JSON answer into out.
func api(t *testing.T, method, url, token string, body any, out any) int {
	t.Helper()
	return apptest.CallJSON(t, method, url, token, body, out)
}

func upload(t *testing.T, url, token, questionID, filename string, content []byte) (int, map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("question_id", questionID)
	fw, _ := w.CreateFormFile("file", filename)
	fw.Write(content)
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, url, &buf)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", w.FormDataContentType())
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

const minimalPDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

// TestAPIWholePath walks the JSON API from vendor registration to a stored result on both databases.
func TestAPIWholePath(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)

			var v struct{ ID uint }
			if st := api(t, "POST", srv.URL+"/api/v1/vendors", analyst, map[string]any{
				"name": "Payroll Partners", "website": "https://payroll.example", "tier": "critical",
				"services": []map[string]any{{"name": "Payroll processing", "keywords": []string{"payroll"}}},
				"contacts": []map[string]any{{"name": "Pat", "email": "pat@payroll.example"}},
			}, &v); st != http.StatusCreated {
				t.Fatalf("create vendor: %d", st)
			}
			var sent struct {
				ID          uint
				Status      string
				Invitations []struct{ Email, URL string }
			}
			due := srv.App.Now().AddDate(0, 0, 20).Format("2006-01-02")
			if st := api(t, "POST", srv.URL+"/api/v1/vendors/"+itoa(v.ID)+"/assessments", analyst, map[string]any{
				"questionnaire": "iso27001-a5.4", "due_date": due, "recipients": []string{"pat@payroll.example"},
			}, &sent); st != http.StatusCreated || len(sent.Invitations) != 1 {
				t.Fatalf("send: %d %+v", st, sent)
			}
			vendorTok := apptest.TokenOf(sent.Invitations[0].URL)

			var state struct {
				Visible []string
				Missing []string
			}
			if st := api(t, "GET", srv.URL+"/api/v1/respond", vendorTok, nil, &state); st != http.StatusOK {
				t.Fatalf("respond state: %d", st)
			}
			if contains(state.Visible, "disciplinary_procedure") {
				t.Fatal("disciplinary_procedure visible before disciplinary_process is answered yes")
			}
			answers := map[string]any{
				"security_ownership": "line_management", "responsibilities_documented": true,
				"communication_methods": []string{"onboarding_briefing", "periodic_updates"},
				"training_program":      "continuous", "training_includes_contractors": true, "training_completion_rate": 96,
				"employment_contract_clauses": true, "contractor_agreements": true, "acknowledgement_process": "annual",
				"management_review_cadence": "quarterly", "security_kpis": true, "disciplinary_process": true,
				"reporting_channel": true, "iso27001_certified": false,
			}
			if st := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", vendorTok, map[string]any{"answers": answers}, &state); st != http.StatusOK {
				t.Fatalf("save answers: %d", st)
			}
			if !contains(state.Visible, "disciplinary_procedure") {
				t.Fatal("disciplinary_procedure hidden after disciplinary_process = yes")
			}
			var refused struct {
				Error struct {
					Code    string
					Missing []string
				}
			}
			if st := api(t, "POST", srv.URL+"/api/v1/respond/submit", vendorTok, nil, &refused); st != http.StatusUnprocessableEntity ||
				!contains(refused.Error.Missing, "training_report") {
				t.Fatalf("submit without evidence: %d %+v", st, refused)
			}
			now := srv.App.Now()
			day := func(ago int) string { return now.AddDate(0, 0, -ago).Format("2006-01-02") }
			files := map[string][2]string{
				"training_report": {"training.csv", "Employee,Type,Course,Completed on,Result\n" +
					"Ann Lee,Employee,Security awareness," + day(30) + ",Pass\n" +
					"Bo Chen,Contractor,Security awareness," + day(40) + ",Pass\n" +
					"Cy Diaz,Employee,Security awareness," + day(50) + ",Pass\n"},
				"acknowledgement_log": {"acks.csv", "Name,Policy,Signed at\n" +
					"Ann Lee,Information security policy v4," + day(20) + "\n" +
					"Bo Chen,Information security policy v4," + day(25) + "\n"},
				"review_minutes": {"minutes.txt", "Information security management review\nDate of meeting: " + day(45) +
					"\nAttendees: CEO, CISO, Head of HR\nTraining completion was 96 % against a 95 % target.\n" +
					"No policy violations or incidents were reported.\nActions: renew the phishing exercise (owner: CISO).\n"},
			}
			for q, f := range files {
				if st, body := upload(t, srv.URL+"/api/v1/respond/evidence", vendorTok, q, f[0], []byte(f[1])); st != http.StatusCreated {
					t.Fatalf("upload %s: %d %v", q, st, body)
				}
			}
			if st := api(t, "POST", srv.URL+"/api/v1/respond/submit", vendorTok, nil, nil); st != http.StatusOK {
				t.Fatalf("submit: %d", st)
			}
			var got struct {
				Status string
				Result *struct {
					Score    int
					Rating   string
					RedFlags []struct{ ID string } `json:"red_flags"`
				}
			}
			srv.WaitSettled(t, sent.ID)
			procurement := srv.APIToken(t, "buyer@example.com", model.RoleProcurement)
			if st := api(t, "GET", srv.URL+"/api/v1/assessments/"+itoa(sent.ID), procurement, nil, &got); st != http.StatusOK {
				t.Fatalf("get assessment: %d", st)
			}
			if got.Status != model.StatusScored || got.Result == nil {
				t.Fatalf("after submit: %+v", got)
			}
			if got.Result.Score < 50 || got.Result.Rating == "" {
				t.Fatalf("strong answers scored %d %s", got.Result.Score, got.Result.Rating)
			}
			var full struct {
				Evidence []struct {
					QuestionID string         `json:"question_id"`
					Status     string         `json:"status"`
					Facts      map[string]any `json:"facts"`
				}
			}
			api(t, "GET", srv.URL+"/api/v1/assessments/"+itoa(sent.ID), analyst, nil, &full)
			for _, e := range full.Evidence {
				if e.Status != model.EvidenceExtracted {
					t.Errorf("%s: status %s", e.QuestionID, e.Status)
				}
				if e.QuestionID == "training_report" && (e.Facts["completion_rate"] != 100.0 || e.Facts["people"] != 3.0) {
					t.Errorf("training report facts %v", e.Facts)
				}
			}
			// Readable, current evidence that backs the claims raises none of the evidence flags.
			for _, f := range got.Result.RedFlags {
				switch f.ID {
				case "training-unverified", "no-signed-acknowledgements", "training-completion-low", "stale-training-report",
					"stale-acknowledgements", "stale-management-review", "it-only-security":
					t.Errorf("flag %s fired although current, readable evidence was uploaded", f.ID)
				}
			}
			checkOSCAL(t, srv, analyst, sent.ID, len(files), len(got.Result.RedFlags))
			if st := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", vendorTok, map[string]any{"answers": map[string]any{"security_kpis": false}}, nil); st != http.StatusConflict {
				t.Fatalf("edit after submit: %d, want 409", st)
			}
			if strings.Contains(srv.Logs(), vendorTok) {
				t.Fatal("the invitation token appears in the server log")
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func itoa(n uint) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestGeneratedPasswordMustBeChanged follows an account made with a generated password: it
// signs in, is sent to the change-password page for everything else, and is let through after.
func TestGeneratedPasswordMustBeChanged(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	_, pw, err := srv.App.Accounts.CreateUser(apptest.Ctx(), auth.NewUser{Email: "new@example.com", Role: "analyst"}, audit.System)
	if err != nil {
		t.Fatal(err)
	}
	c := srv.Browser(t)
	tok := srv.CSRF(t, c, "/login")
	res, _ := c.PostForm(srv.URL+"/login", url.Values{"_csrf": {tok}, "email": {"new@example.com"}, "password": {pw}})
	res.Body.Close()
	res, _ = c.Get(srv.URL + "/vendors")
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/account/password" {
		t.Fatalf("before the change: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	tok = srv.CSRF(t, c, "/account/password")
	res, _ = c.PostForm(srv.URL+"/account/password", url.Values{"_csrf": {tok}, "current": {pw}, "new": {"short"}, "confirm": {"short"}})
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(string(body), "at least 12") {
		t.Fatalf("short password: %d", res.StatusCode)
	}
	res, _ = c.PostForm(srv.URL+"/account/password", url.Values{"_csrf": {tok}, "current": {pw}, "new": {"a much better passphrase"}, "confirm": {"a much better passphrase"}})
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("change: %d", res.StatusCode)
	}
	res, _ = c.Get(srv.URL + "/vendors")
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("after the change: %d", res.StatusCode)
	}
}
