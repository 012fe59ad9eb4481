package web_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
)

// routeClass is the group of callers a route is meant for, as the guards in the route tables
// decide it.
type routeClass int

const (
	public     routeClass = iota // anyone
	staffPage                    // any signed-in staff user, cookie session
	editorPage                   // admin or analyst, cookie session
	adminPage                    // admin, cookie session
	vendorPage                   // vendor session cookie from an invitation link
	staffAPI                     // any staff API token
	editorAPI                    // admin or analyst API token
	vendorAPI                    // invitation token as bearer
	adminAPI                     // admin API token
)

func (c routeClass) isPage() bool { return c == staffPage || c == editorPage || c == adminPage }
func (c routeClass) isAPI() bool {
	return c == staffAPI || c == editorAPI || c == vendorAPI || c == adminAPI
}

// routeSpec is one line of the route tables (app/web/ui and app/web/api). Body builds a request
// that would really change something if the caller were allowed through, so "nothing changed"
// means the refusal did the work.
type routeSpec struct {
	Method, Pattern string
	Class           routeClass
	Body            func(w *world) (contentType, body string)
}

// routeTable lists every route the server registers; TestRouteTableIsComplete keeps it honest.
var routeTable = []routeSpec{
	{"GET", "/healthz", public, nil},
	{"GET", "/readyz", public, nil},
	{"GET", "/static/*", public, nil},
	{"GET", "/api/v1/openapi.json", public, nil},
	{"GET", "/login", public, nil},
	{"POST", "/login", public, nil},
	{"GET", "/login/sso", public, nil},
	{"GET", "/login/sso/callback", public, nil},
	{"GET", "/r/:token", public, nil},

	{"POST", "/logout", staffPage, emptyForm},
	{"GET", "/account/password", staffPage, nil},
	{"POST", "/account/password", staffPage, func(*world) (string, string) {
		return formBody(url.Values{"current": {"whatever-it-was"}, "new": {"a-brand-new-password"}, "confirm": {"a-brand-new-password"}})
	}},
	{"GET", "/", staffPage, nil},
	{"GET", "/vendors", staffPage, nil},
	{"GET", "/vendors/export.csv", staffPage, nil},
	{"GET", "/vendors/export.xlsx", staffPage, nil},
	{"GET", "/vendors/:id", staffPage, nil},
	{"GET", "/assessments/:id", staffPage, nil},
	{"GET", "/assessments/:id/report.pdf", staffPage, nil},

	{"GET", "/vendors/new", editorPage, nil},
	{"POST", "/vendors", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"name": {"Intruder Supplies"}, "tier": {"high"}, "website": {"https://intruder.example"},
			"contacts[0].name": {"Ivy"}, "contacts[0].email": {"ivy@intruder.example"}})
	}},
	{"GET", "/vendors/:id/edit", editorPage, nil},
	{"POST", "/vendors/:id", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"name": {"Renamed By Intruder"}, "tier": {"low"}})
	}},
	{"GET", "/vendors/:id/send", editorPage, nil},
	{"POST", "/vendors/:id/send", editorPage, func(w *world) (string, string) {
		return formBody(url.Values{"questionnaire": {"iso27001-a5.4"}, "due_date": {w.due}, "recipients": {"ivy@intruder.example"}})
	}},
	{"POST", "/assessments/:id/invitations/:inv/resend", editorPage, emptyForm},
	{"POST", "/assessments/:id/invitations/:inv/link", editorPage, emptyForm},
	{"POST", "/assessments/:id/invitations/:inv/revoke", editorPage, emptyForm},
	{"POST", "/assessments/:id/cancel", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"cancel_reason": {"the intruder withdraws it"}})
	}},
	{"GET", "/assessments/:id/evidence/:eid", editorPage, nil},
	{"GET", "/assessments/:id/export", editorPage, nil},
	{"GET", "/assessments/:id/export.csv", editorPage, nil},
	{"GET", "/assessments/:id/export.xlsx", editorPage, nil},
	{"GET", "/assessments/:id/oscal", editorPage, nil},
	{"POST", "/assessments/:id/evidence/:eid/facts", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"fact": {"completion_rate"}, "value": {"100"}, "reason": {"intruder"}})
	}},

	{"GET", "/assessments/:id/evidence/:eid/preview", editorPage, nil},
	{"POST", "/assessments/:id/questions/:qid/review", editorPage, reviewClarifyForm},
	{"POST", "/assessments/:id/review/accept", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"questions": {"security_ownership"}})
	}},
	{"POST", "/assessments/:id/return", editorPage, emptyForm},
	{"POST", "/assessments/:id/override", editorPage, overrideForm},
	{"POST", "/assessments/:id/override/clear", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"reason": {"the intruder wants it gone"}})
	}},

	{"GET", "/admin/users", adminPage, nil},
	{"POST", "/admin/users", adminPage, func(*world) (string, string) {
		return formBody(url.Values{"email": {"ivy@intruder.example"}, "name": {"Ivy"}, "role": {"admin"}})
	}},
	{"GET", "/admin/outbox", adminPage, nil},
	// Accounts: the world's users and tokens, as app/securitytest's account test changes them.
	{"POST", "/admin/users/:id/disable", adminPage, emptyForm},
	{"POST", "/admin/users/:id/enable", adminPage, emptyForm},
	{"POST", "/admin/users/:id/role", adminPage, func(*world) (string, string) { return formBody(url.Values{"role": {"admin"}}) }},
	{"POST", "/admin/users/:id/reset-password", adminPage, emptyForm},
	{"GET", "/admin/users/:id/tokens", adminPage, nil},
	{"GET", "/account/tokens", staffPage, nil},
	{"POST", "/tokens/:id/revoke", staffPage, emptyForm},
	{"GET", "/api/v1/tokens", staffAPI, nil},
	{"DELETE", "/api/v1/tokens/:id", staffAPI, nil},
	{"GET", "/api/v1/users", adminAPI, nil},
	{"POST", "/api/v1/users/:id/disable", adminAPI, nil},
	{"POST", "/api/v1/users/:id/enable", adminAPI, nil},
	{"PUT", "/api/v1/users/:id/role", adminAPI, func(*world) (string, string) { return jsonBody(map[string]any{"role": "admin"}) }},
	{"POST", "/api/v1/users/:id/reset-password", adminAPI, nil},
	{"GET", "/admin/webhooks", adminPage, nil},
	{"POST", "/admin/webhooks", adminPage, func(*world) (string, string) {
		return formBody(url.Values{"url": {"https://hooks.example/x"}, "events": {"assessment.sent"}})
	}},
	{"GET", "/admin/webhooks/:id", adminPage, nil},
	{"POST", "/admin/webhooks/:id/delete", adminPage, emptyForm},
	{"POST", "/admin/webhooks/:id/deliveries/:delivery/redeliver", adminPage, emptyForm},
	{"GET", "/api/v1/webhooks", adminAPI, nil},
	{"POST", "/api/v1/webhooks", adminAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"url": "https://hooks.example/x", "events": []string{"assessment.sent"}})
	}},
	{"DELETE", "/api/v1/webhooks/:id", adminAPI, nil},
	{"GET", "/api/v1/webhooks/:id/deliveries", adminAPI, nil},
	{"POST", "/api/v1/webhooks/:id/deliveries/:delivery/redeliver", adminAPI, nil},

	// Findings and decisions; see findings_test.go for the finding and file seeded in B.
	{"GET", "/findings", staffPage, nil},
	{"GET", "/findings/:finding", staffPage, nil},
	{"POST", "/findings/:finding", editorPage, func(w *world) (string, string) {
		return formBody(url.Values{"owner_id": {itoa(w.ownerB)}, "due_date": {w.due}})
	}},
	{"POST", "/findings/:finding/share", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"message": {"Intruder asks for remediation"}})
	}},
	{"POST", "/findings/:finding/accept-risk", editorPage, func(w *world) (string, string) {
		return formBody(url.Values{"approver_id": {itoa(w.ownerB)}, "reason": {"intruder"}, "expires_on": {w.due}})
	}},
	{"POST", "/findings/:finding/reopen", editorPage, emptyForm},
	{"POST", "/findings/:finding/close", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"note": {"intruder closes it"}})
	}},
	{"GET", "/findings/:finding/files/:file", editorPage, nil},
	{"GET", "/assessments/:id/reply-files/:file", editorPage, nil},
	{"POST", "/vendors/:id/decision", editorPage, func(*world) (string, string) {
		return formBody(url.Values{"decision": {"rejected"}})
	}},

	// Reassessment.
	{"GET", "/reassessments", staffPage, nil},
	{"GET", "/assessments/bulk", editorPage, nil},
	{"POST", "/assessments/bulk", editorPage, func(w *world) (string, string) {
		return formBody(url.Values{"questionnaire": {"iso27001-a5.4"}, "due_date": {w.due}, "vendor": {itoa(w.vB.ID)},
			"recipients_" + itoa(w.vB.ID): {"ivy@intruder.example"}})
	}},
	{"GET", "/assessments/bulk/sent", editorPage, nil},
	{"GET", "/api/v1/reassessments", staffAPI, nil},
	{"POST", "/api/v1/assessments/bulk", editorAPI, func(w *world) (string, string) {
		return jsonBody(map[string]any{"questionnaire": "iso27001-a5.4", "due_date": w.due,
			"vendors": []map[string]any{{"vendor_id": w.vB.ID, "recipients": []string{"ivy@intruder.example"}}}})
	}},

	{"GET", "/respond", vendorPage, nil},
	{"GET", "/respond/state", vendorPage, nil},
	{"PATCH", "/respond/answers", vendorPage, answersBody},
	{"PUT", "/respond/notes/:qid", vendorPage, noteBody},
	{"GET", "/respond/answers.pdf", vendorPage, nil},
	{"POST", "/respond/evidence", vendorPage, pdfUploadBody},
	{"DELETE", "/respond/evidence/:eid", vendorPage, nil},
	{"POST", "/respond/submit", vendorPage, nil},
	{"POST", "/respond/questions/:qid/reply", vendorPage, replyBody},
	{"GET", "/respond/findings", vendorPage, nil},
	{"POST", "/respond/findings/:finding/responses", vendorPage, findingResponseBody},

	{"GET", "/api/v1/vendors", staffAPI, nil},
	{"GET", "/api/v1/vendors/export.csv", staffAPI, nil},
	{"GET", "/api/v1/vendors/export.xlsx", staffAPI, nil},
	{"GET", "/api/v1/vendors/:id", staffAPI, nil},
	{"GET", "/api/v1/assessments/:id", staffAPI, nil},
	{"GET", "/api/v1/assessments/:id/report.pdf", staffAPI, nil},
	{"POST", "/api/v1/vendors", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"name": "Intruder Supplies", "tier": "high",
			"contacts": []map[string]string{{"name": "Ivy", "email": "ivy@intruder.example"}}})
	}},
	{"PUT", "/api/v1/vendors/:id", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"name": "Renamed By Intruder", "tier": "low"})
	}},
	{"POST", "/api/v1/vendors/:id/assessments", editorAPI, func(w *world) (string, string) {
		return jsonBody(map[string]any{"questionnaire": "iso27001-a5.4", "due_date": w.due, "recipients": []string{"ivy@intruder.example"}})
	}},
	{"POST", "/api/v1/assessments/:id/invitations/:inv/resend", editorAPI, nil},
	{"POST", "/api/v1/assessments/:id/invitations/:inv/link", editorAPI, nil},
	{"POST", "/api/v1/assessments/:id/invitations/:inv/revoke", editorAPI, nil},
	{"POST", "/api/v1/assessments/:id/cancel", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"reason": "the intruder withdraws it"})
	}},
	{"GET", "/api/v1/assessments/:id/evidence/:eid", editorAPI, nil},
	{"GET", "/api/v1/assessments/:id/export", editorAPI, nil},
	{"GET", "/api/v1/assessments/:id/export.csv", editorAPI, nil},
	{"GET", "/api/v1/assessments/:id/export.xlsx", editorAPI, nil},
	{"GET", "/api/v1/assessments/:id/oscal", editorAPI, nil},
	{"POST", "/api/v1/assessments/:id/evidence/:eid/facts", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"fact": "completion_rate", "value": "100", "reason": "intruder"})
	}},

	{"GET", "/api/v1/findings", staffAPI, nil},
	{"GET", "/api/v1/findings/:finding", staffAPI, nil},
	{"POST", "/api/v1/findings/:finding/reopen", editorAPI, nil},
	{"PATCH", "/api/v1/findings/:finding", editorAPI, func(w *world) (string, string) {
		return jsonBody(map[string]any{"owner_id": w.ownerB, "due_date": w.due})
	}},
	{"POST", "/api/v1/findings/:finding/share", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"message": "Intruder asks for remediation"})
	}},
	{"POST", "/api/v1/findings/:finding/accept-risk", editorAPI, func(w *world) (string, string) {
		return jsonBody(map[string]any{"approver_id": w.ownerB, "reason": "intruder", "expires_on": w.due})
	}},
	{"POST", "/api/v1/findings/:finding/close", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"note": "intruder closes it"})
	}},
	{"GET", "/api/v1/findings/:finding/files/:file", editorAPI, nil},
	{"GET", "/api/v1/assessments/:id/reply-files/:file", editorAPI, nil},
	{"POST", "/api/v1/vendors/:id/decision", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"decision": "approved_with_conditions", "conditions": []string{"intruder"}})
	}},

	{"GET", "/api/v1/respond", vendorAPI, nil},
	{"PATCH", "/api/v1/respond/answers", vendorAPI, answersBody},
	{"PUT", "/api/v1/respond/notes/:qid", vendorAPI, noteBody},
	{"GET", "/api/v1/respond/answers.pdf", vendorAPI, nil},
	{"POST", "/api/v1/respond/evidence", vendorAPI, pdfUploadBody},
	{"DELETE", "/api/v1/respond/evidence/:eid", vendorAPI, nil},
	{"POST", "/api/v1/respond/submit", vendorAPI, nil},
	{"POST", "/api/v1/assessments/:id/questions/:qid/review", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"decision": "clarify", "message": "intruder asks"})
	}},
	{"POST", "/api/v1/assessments/:id/review/accept", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"question_ids": []string{"security_ownership"}})
	}},
	{"POST", "/api/v1/assessments/:id/return", editorAPI, nil},
	{"POST", "/api/v1/assessments/:id/override", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"rating": "low", "justification": "the intruder says so, firmly"})
	}},
	{"DELETE", "/api/v1/assessments/:id/override", editorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"reason": "the intruder wants it gone"})
	}},
	{"POST", "/api/v1/respond/questions/:qid/reply", vendorAPI, func(*world) (string, string) {
		return jsonBody(map[string]any{"message": "intruder reply"})
	}},
	{"GET", "/api/v1/respond/findings", vendorAPI, nil},
	{"POST", "/api/v1/respond/findings/:finding/responses", vendorAPI, findingResponseBody},
	// Portfolio.
	{"GET", "/api/v1/dashboard", staffAPI, nil},
}

func emptyForm(*world) (string, string) { return formBody(url.Values{}) }

func formBody(v url.Values) (string, string) {
	return "application/x-www-form-urlencoded", v.Encode()
}

func jsonBody(v any) (string, string) {
	b, _ := json.Marshal(v)
	return "application/json", string(b)
}

func answersBody(*world) (string, string) {
	return jsonBody(map[string]any{"answers": map[string]any{"security_ownership": "it_team", "training_program": "none"}})
}

func pdfUploadBody(*world) (string, string) {
	return multipartBody("review_minutes", "intruder.pdf", "", []byte(minimalPDF+"% INTRUDER UPLOAD\n"))
}

// multipartBody is an upload form with the question first, as the streaming handler wants it.
func multipartBody(questionID, filename, partType string, content []byte) (string, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("question_id", questionID)
	h := make(map[string][]string)
	h["Content-Disposition"] = []string{fmt.Sprintf(`form-data; name="file"; filename="%s"`,
		strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(filename))}
	if partType == "" {
		partType = "application/octet-stream"
	}
	h["Content-Type"] = []string{partType}
	pw, _ := mw.CreatePart(h)
	pw.Write(content)
	mw.Close()
	return mw.FormDataContentType(), buf.String()
}

// world is two vendors with an assessment each: A is the caller's own, B is what nobody but
// staff may see. B has answers and a file whose name and content are markers.
type world struct {
	srv                     *apptest.Server
	due                     string
	vA, vB                  model.Vendor
	aA, aB                  model.Assessment
	tokA, tokB              string
	invA, invB              uint
	evA, evB                uint
	adminTok, analystTok    string
	buyerTok                string
	admin, analyst, buyer   *http.Client
	vendorA                 *http.Client
	vendorASession, csrfA   string
	bSecrets                []string
	bFileContent, bFilename string
	// B's finding, a file of its thread and an analyst who may own it (findings_test.go).
	finB, fileB, ownerB uint
	// The admin's API token, which only the admin may revoke.
	adminTokID uint
}

const bMarker = "BRAVO-CONFIDENTIAL-7731"

func newWorld(t *testing.T, dialect string) *world {
	t.Helper()
	// These checks try many tokens that do not work from one address on purpose; the throttle
	// on guessing (app/securitytest) would answer them 429 before the check they are about.
	srv := apptest.NewServer(t, apptest.Options{Dialect: dialect, Env: map[string]string{"ASSAY_TOKEN_GUESS_LIMIT": "10000"}})
	w := &world{srv: srv, due: srv.App.Now().AddDate(0, 0, 21).Format("2006-01-02")}
	w.vA = srv.Vendor(t, "Alpha Ledger Works")
	w.vB = srv.Vendor(t, "Bravo Quarry Holdings")
	w.aA, w.tokA = sendQuestionnaire(t, srv, w.vA)
	w.aB, w.tokB = sendQuestionnaire(t, srv, w.vB)
	w.invA = onlyInvitation(t, srv, w.aA.ID).ID
	w.invB = onlyInvitation(t, srv, w.aB.ID).ID

	w.bFilename = "bravo-board-minutes-q3.pdf"
	w.bFileContent = minimalPDF + "% " + bMarker + "\n"
	w.evB = uploadOK(t, srv, w.tokB, "review_minutes", w.bFilename, w.bFileContent)
	w.evA = uploadOK(t, srv, w.tokA, "review_minutes", "alpha-minutes.pdf", minimalPDF+"% alpha\n")
	// The files are read in the background; wait, so the before/after snapshots of each caller
	// see only what that caller changed.
	srv.WaitRead(t, w.aA.ID)
	srv.WaitRead(t, w.aB.ID)
	if st := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", w.tokB, map[string]any{"answers": map[string]any{
		"security_ownership": "ciso_only", "training_program": "annual", "training_completion_rate": 42.5}}, nil); st != http.StatusOK {
		t.Fatalf("B saves answers: %d", st)
	}
	w.finB, w.fileB, w.ownerB = seedFinding(t, srv, w.aB)
	w.bSecrets = []string{findingFileName, w.vB.Name, w.vB.Contacts[0].Email, w.bFilename, bMarker, w.tokB}

	w.admin = signIn(t, srv, "root@example.com", model.RoleAdmin)
	w.analyst = signIn(t, srv, "ana@example.com", model.RoleAnalyst)
	w.buyer = signIn(t, srv, "buyer@example.com", model.RoleProcurement)
	w.adminTok = srv.APIToken(t, "root@example.com", model.RoleAdmin)
	w.analystTok = srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
	w.buyerTok = srv.APIToken(t, "buyer@example.com", model.RoleProcurement)
	root, err := srv.App.Store.UserByEmail(apptest.Ctx(), "root@example.com")
	if err != nil {
		t.Fatal(err)
	}
	toks, err := srv.App.Store.APITokens(apptest.Ctx(), root.ID)
	if err != nil || len(toks) != 1 {
		t.Fatalf("the admin's token: %v", err)
	}
	w.adminTokID = toks[0].ID

	w.vendorA = srv.VendorSession(t, w.tokA)
	w.vendorASession = cookieValue(t, w.vendorA, srv.URL+"/respond", "assay_vendor")
	w.csrfA = srv.CSRF(t, w.vendorA, "/respond")
	return w
}

// path fills a route pattern with vendor B's ids.
func (w *world) path(pattern string) string {
	p := pattern
	switch {
	case strings.Contains(p, "/users/:id"):
		// The finding owner, an analyst nothing else in the world depends on.
		p = strings.Replace(p, ":id", itoa(w.ownerB), 1)
	case strings.Contains(p, "/tokens/:id"):
		p = strings.Replace(p, ":id", itoa(w.adminTokID), 1)
	}
	if strings.Contains(p, "/vendors/:id") {
		p = strings.Replace(p, ":id", itoa(w.vB.ID), 1)
	} else {
		p = strings.Replace(p, ":id", itoa(w.aB.ID), 1)
	}
	return strings.NewReplacer(":finding", itoa(w.finB), ":file", itoa(w.fileB), ":inv", itoa(w.invB), ":eid", itoa(w.evB), ":token", w.tokB,
		":qid", "security_ownership", ":delivery", "1", "*", "app.css").Replace(p)
}

// sendQuestionnaire sends the 5.4 questionnaire to the vendor's first contact through the API,
// as an analyst would, and returns the assessment and the invitation token.
func sendQuestionnaire(t *testing.T, srv *apptest.Server, v model.Vendor) (model.Assessment, string) {
	t.Helper()
	tok := srv.APIToken(t, "sender@example.com", model.RoleAnalyst)
	var sent struct {
		ID          uint
		Invitations []struct{ URL string }
	}
	due := srv.App.Now().AddDate(0, 0, 30).Format("2006-01-02")
	if code := api(t, "POST", srv.URL+"/api/v1/vendors/"+itoa(v.ID)+"/assessments", tok, map[string]any{
		"questionnaire": "iso27001-a5.4", "due_date": due, "recipients": []string{v.Contacts[0].Email},
	}, &sent); code != http.StatusCreated || len(sent.Invitations) != 1 {
		t.Fatalf("send to %s: %d %+v", v.Name, code, sent)
	}
	a, err := srv.App.Store.Assessment(apptest.Ctx(), sent.ID)
	if err != nil {
		t.Fatal(err)
	}
	return a, apptest.TokenOf(sent.Invitations[0].URL)
}

func noteBody(*world) (string, string) {
	return jsonBody(map[string]any{"comment": "intruder comment"})
}

func onlyInvitation(t *testing.T, srv *apptest.Server, assessmentID uint) model.Invitation {
	t.Helper()
	invs, err := srv.App.Store.Invitations(apptest.Ctx(), assessmentID)
	if err != nil || len(invs) != 1 {
		t.Fatalf("invitations of assessment %d: %v %d", assessmentID, err, len(invs))
	}
	return invs[0]
}

func uploadOK(t *testing.T, srv *apptest.Server, token, questionID, filename, content string) uint {
	t.Helper()
	st, body := upload(t, srv.URL+"/api/v1/respond/evidence", token, questionID, filename, []byte(content))
	if st != http.StatusCreated {
		t.Fatalf("upload %s: %d %v", filename, st, body)
	}
	id, ok := body["id"].(float64)
	if !ok || id <= 0 {
		t.Fatalf("upload %s: no id in %v", filename, body)
	}
	return uint(id)
}

// signIn creates a staff account with a password of our choosing (so no first-sign-in password
// change stands in the way) and returns a browser signed in as it.
func signIn(t *testing.T, srv *apptest.Server, email, role string) *http.Client {
	t.Helper()
	const pw = "correct-horse-battery-staple"
	if _, _, err := srv.App.Accounts.CreateUser(apptest.Ctx(), auth.NewUser{Email: email, Name: role, Role: role, Password: pw}, audit.System); err != nil {
		t.Fatal(err)
	}
	c := srv.Browser(t)
	tok := srv.CSRF(t, c, "/login")
	res, err := c.PostForm(srv.URL+"/login", url.Values{"_csrf": {tok}, "email": {email}, "password": {pw}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in as %s: status %d", email, res.StatusCode)
	}
	return c
}

func cookieValue(t *testing.T, c *http.Client, rawURL, name string) string {
	t.Helper()
	u, _ := url.Parse(rawURL)
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == name {
			return ck.Value
		}
	}
	t.Fatalf("no cookie %s for %s", name, rawURL)
	return ""
}

// reqOpt adjusts a request before it is sent.
type reqOpt func(*http.Request)

func withHeader(k, v string) reqOpt { return func(r *http.Request) { r.Header.Set(k, v) } }
func withBearer(tok string) reqOpt  { return withHeader("Authorization", "Bearer "+tok) }
func withCookie(name, value string) reqOpt {
	return func(r *http.Request) { r.AddCookie(&http.Cookie{Name: name, Value: value}) }
}

var plainClient = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	Timeout: 60 * time.Second}

// do sends one request with c (nil: no cookies at all) and returns the response and its body.
func do(t *testing.T, c *http.Client, method, rawURL, contentType, body string, opts ...reqOpt) (*http.Response, string) {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, rawURL, r)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for _, o := range opts {
		o(req)
	}
	if c == nil {
		c = plainClient
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, rawURL, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// withCSRF puts the token where the route's body type takes it: the _csrf field of a form, or
// the X-CSRF-Token header otherwise.
func withCSRF(contentType, body, token string) (string, []reqOpt) {
	if token == "" {
		return body, nil
	}
	if contentType == "application/x-www-form-urlencoded" {
		if body != "" {
			body += "&"
		}
		return body + "_csrf=" + url.QueryEscape(token), nil
	}
	return body, []reqOpt{withHeader("X-CSRF-Token", token)}
}

// snapshot renders everything a refused request must leave alone: every row that describes
// vendors, assessments, answers, files, invitations, users, mail and the audit trail (but for
// the records of refusals and reads), plus
// the files in the local evidence folder. Sessions and token last-use times are left out.
func snapshot(t *testing.T, srv *apptest.Server) string {
	t.Helper()
	db := srv.App.Store.DB()
	var out strings.Builder
	dump := func(name string, dest any) {
		if err := db.Order("id").Find(dest).Error; err != nil {
			t.Fatalf("snapshot %s: %v", name, err)
		}
		b, _ := json.Marshal(dest)
		fmt.Fprintf(&out, "%s: %s\n", name, b)
	}
	dump("vendors", &[]model.Vendor{})
	dump("services", &[]model.Service{})
	dump("contacts", &[]model.Contact{})
	dump("assessments", &[]model.Assessment{})
	dump("invitations", &[]model.Invitation{})
	dump("answers", &[]model.Answer{})
	dump("evidence", &[]model.Evidence{})
	dump("results", &[]model.Result{})
	dump("mails", &[]model.Mail{})
	// A refusal, and a permitted read, add their own record to the trail and nothing else.
	var events []model.AuditEvent
	if err := db.Where("action NOT IN ?", []string{"request.denied", "evidence.download", "assessment.export", "vendors.export",
		"finding_file.download"}).Order("id").Find(&events).Error; err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(events)
	fmt.Fprintf(&out, "audit: %s\n", b)
	dump("findings", &[]model.Finding{})
	dump("finding messages", &[]model.FindingMessage{})
	dump("finding files", &[]model.FindingFile{})
	dump("vendor decisions", &[]model.VendorDecision{})
	var users []model.User
	if err := db.Order("id").Find(&users).Error; err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		fmt.Fprintf(&out, "user: %d %s %s %s %v\n", u.ID, u.Email, u.Role, u.PasswordHash, u.Disabled)
	}
	for _, f := range evidenceFiles(t, srv) {
		fmt.Fprintf(&out, "object: %s\n", f)
	}
	return out.String()
}

// evidenceFiles lists the regular files under the server's local evidence folder with sizes.
func evidenceFiles(t *testing.T, srv *apptest.Server) []string {
	t.Helper()
	root := srv.App.Config.EvidenceDir()
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return nil
			}
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			files = append(files, fmt.Sprintf("%s (%d bytes)", filepath.ToSlash(rel), info.Size()))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

func assertUnchanged(t *testing.T, before, after string) {
	t.Helper()
	if before == after {
		return
	}
	b, a := strings.Split(before, "\n"), strings.Split(after, "\n")
	for i := 0; i < len(b) || i < len(a); i++ {
		var x, y string
		if i < len(b) {
			x = b[i]
		}
		if i < len(a) {
			y = a[i]
		}
		if x != y {
			t.Errorf("stored data changed:\n  before: %.600s\n  after:  %.600s", x, y)
		}
	}
}

func assertNoLeak(t *testing.T, what, body string, secrets []string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(body, s) {
			t.Errorf("%s: response body shows %q", what, s)
		}
	}
}

// apiErrorBody is the JSON error shape of the API contract.
type apiErrorBody struct {
	Error struct {
		Code    string            `json:"code"`
		Message string            `json:"message"`
		Fields  map[string]string `json:"fields"`
	} `json:"error"`
}

func decodeAPIError(t *testing.T, what, body string) apiErrorBody {
	t.Helper()
	var e apiErrorBody
	if err := json.Unmarshal([]byte(body), &e); err != nil {
		t.Errorf("%s: error body is not JSON: %.300s", what, body)
		return e
	}
	if e.Error.Code == "" || e.Error.Message == "" {
		t.Errorf("%s: error body lacks code or message: %.300s", what, body)
	}
	return e
}

// caller is one kind of visitor: how it authenticates and what it must get on each route it
// is not allowed to use.
type caller struct {
	name    string
	client  func(w *world) *http.Client
	opts    func(t *testing.T, w *world) []reqOpt
	csrf    func(t *testing.T, w *world) string
	applies func(r routeSpec) bool
	want    func(r routeSpec) int
}

// strangerStatus is what someone without a staff session gets: pages redirect to sign in with
// a GET and refuse anything else; the API says 401.
func strangerStatus(r routeSpec) int {
	switch {
	case r.Class.isPage() && r.Method == http.MethodGet:
		return http.StatusSeeOther
	default:
		return http.StatusUnauthorized
	}
}

func callers() []caller {
	none := func(*testing.T, *world) []reqOpt { return nil }
	noCSRF := func(*testing.T, *world) string { return "" }
	noClient := func(*world) *http.Client { return nil }
	return []caller{
		{
			name: "nobody", client: noClient, opts: none, csrf: noCSRF,
			applies: func(r routeSpec) bool { return r.Class != public },
			want:    strangerStatus,
		},
		{
			name: "procurement session", client: func(w *world) *http.Client { return w.buyer }, opts: none,
			csrf:    func(t *testing.T, w *world) string { return w.srv.CSRF(t, w.buyer, "/vendors") },
			applies: func(r routeSpec) bool { return r.Class == editorPage || r.Class == adminPage },
			want:    func(routeSpec) int { return http.StatusForbidden },
		},
		{
			name: "procurement API token", client: noClient, opts: func(_ *testing.T, w *world) []reqOpt { return []reqOpt{withBearer(w.buyerTok)} },
			csrf: noCSRF, applies: func(r routeSpec) bool { return r.Class == editorAPI || r.Class == adminAPI },
			want: func(routeSpec) int { return http.StatusForbidden },
		},
		{
			name: "analyst API token", client: noClient, opts: func(_ *testing.T, w *world) []reqOpt { return []reqOpt{withBearer(w.analystTok)} },
			csrf: noCSRF, applies: func(r routeSpec) bool { return r.Class == adminAPI },
			want: func(routeSpec) int { return http.StatusForbidden },
		},
		{
			name: "analyst session", client: func(w *world) *http.Client { return w.analyst }, opts: none,
			csrf:    func(t *testing.T, w *world) string { return w.srv.CSRF(t, w.analyst, "/vendors") },
			applies: func(r routeSpec) bool { return r.Class == adminPage },
			want:    func(routeSpec) int { return http.StatusForbidden },
		},
		{
			// The vendor's session token, offered under both cookie names, with its valid CSRF token.
			name: "vendor A session on staff routes", client: noClient,
			opts: func(_ *testing.T, w *world) []reqOpt {
				return []reqOpt{withCookie("assay_vendor", w.vendorASession), withCookie("assay_session", w.vendorASession)}
			},
			csrf:    func(_ *testing.T, w *world) string { return w.csrfA },
			applies: func(r routeSpec) bool { return r.Class != public && r.Class != vendorPage && r.Class != vendorAPI },
			want:    strangerStatus,
		},
		{
			name: "vendor A invitation token as staff bearer", client: noClient,
			opts:    func(_ *testing.T, w *world) []reqOpt { return []reqOpt{withBearer(w.tokA)} },
			csrf:    noCSRF,
			applies: func(r routeSpec) bool { return r.Class == staffAPI || r.Class == editorAPI || r.Class == adminAPI },
			want:    func(routeSpec) int { return http.StatusUnauthorized },
		},
		{
			name: "admin API token as vendor bearer", client: noClient,
			opts:    func(_ *testing.T, w *world) []reqOpt { return []reqOpt{withBearer(w.adminTok)} },
			csrf:    noCSRF,
			applies: func(r routeSpec) bool { return r.Class == vendorAPI },
			want:    func(routeSpec) int { return http.StatusUnauthorized },
		},
		{
			// An analyst's browser, whose staff session cookie is also offered as the vendor cookie.
			name: "analyst session on vendor pages", client: func(w *world) *http.Client { return w.analyst },
			opts: func(t *testing.T, w *world) []reqOpt {
				return []reqOpt{withCookie("assay_vendor", cookieValue(t, w.analyst, w.srv.URL+"/", "assay_session"))}
			},
			csrf:    func(t *testing.T, w *world) string { return w.srv.CSRF(t, w.analyst, "/vendors") },
			applies: func(r routeSpec) bool { return r.Class == vendorPage },
			want:    func(routeSpec) int { return http.StatusUnauthorized },
		},
	}
}

// TestRouteTableIsComplete fails when a route table gains a route the access table does not cover.
func TestRouteTableIsComplete(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	// The table is read from the running server, once it answers.
	if res, _ := do(t, nil, "GET", srv.URL+"/healthz", "", ""); res.StatusCode != http.StatusOK {
		t.Fatalf("GET /healthz: %d", res.StatusCode)
	}
	registered := map[string]bool{}
	for _, r := range srv.App.Web.Handler().Routes() {
		registered[r.Method+" "+r.Path] = true
	}
	listed := map[string]bool{}
	for _, r := range routeTable {
		k := r.Method + " " + r.Pattern
		listed[k] = true
		if !registered[k] {
			t.Errorf("access table lists %s, which the server does not register", k)
		}
	}
	for k := range registered {
		if !listed[k] {
			t.Errorf("the server registers %s, which the access table does not cover", k)
		}
	}
}

// TestAccessControl sends every route of the app, aimed at vendor B's data, as each caller who
// must not reach it, and checks the status, that no B data is in the body, and that nothing
// stored changed.
func TestAccessControl(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			w := newWorld(t, d)
			srv := w.srv

			for _, cl := range callers() {
				t.Run(cl.name, func(t *testing.T) {
					before := snapshot(t, srv)
					n := 0
					for _, r := range routeTable {
						if !cl.applies(r) {
							continue
						}
						n++
						ctype, body := "", ""
						if r.Body != nil {
							ctype, body = r.Body(w)
						}
						body, csrfOpts := withCSRF(ctype, body, cl.csrf(t, w))
						opts := append(cl.opts(t, w), csrfOpts...)
						what := r.Method + " " + w.path(r.Pattern)
						res, got := do(t, cl.client(w), r.Method, srv.URL+w.path(r.Pattern), ctype, body, opts...)
						want := cl.want(r)
						if res.StatusCode != want {
							t.Errorf("%s: status %d, want %d (body %.200q)", what, res.StatusCode, want, got)
						}
						if want == http.StatusSeeOther && !strings.HasPrefix(res.Header.Get("Location"), "/login") {
							t.Errorf("%s: redirects to %q, want the sign-in page", what, res.Header.Get("Location"))
						}
						if r.Class.isAPI() && res.StatusCode >= 400 {
							decodeAPIError(t, what, got)
						}
						assertNoLeak(t, what, got, w.bSecrets)
						assertNoLeak(t, what+" (headers)", fmt.Sprint(res.Header), w.bSecrets)
					}
					if n == 0 {
						t.Fatal("no route applies to this caller")
					}
					assertUnchanged(t, before, snapshot(t, srv))
				})
			}

			t.Run("vendor A's session is scoped to A", func(t *testing.T) {
				before := snapshot(t, srv)
				res, body := do(t, w.vendorA, "GET", srv.URL+"/respond", "", "")
				if res.StatusCode != http.StatusOK || !strings.Contains(body, w.vA.Name) {
					t.Fatalf("GET /respond as A: %d, page shows A's name: %v", res.StatusCode, strings.Contains(body, w.vA.Name))
				}
				assertNoLeak(t, "GET /respond as A", body, w.bSecrets)
				res, body = do(t, w.vendorA, "GET", srv.URL+"/respond/state", "", "")
				var st struct {
					AssessmentID uint `json:"assessment_id"`
				}
				if res.StatusCode != http.StatusOK || json.Unmarshal([]byte(body), &st) != nil || st.AssessmentID != w.aA.ID {
					t.Errorf("GET /respond/state as A: %d, assessment %d, want %d", res.StatusCode, st.AssessmentID, w.aA.ID)
				}
				assertNoLeak(t, "GET /respond/state as A", body, w.bSecrets)

				res, body = do(t, w.vendorA, "DELETE", srv.URL+"/respond/evidence/"+itoa(w.evB), "", "",
					withHeader("X-CSRF-Token", w.csrfA), withHeader("Accept", "application/json"))
				if res.StatusCode != http.StatusNotFound {
					t.Errorf("DELETE B's evidence with A's session: %d, want 404", res.StatusCode)
				}
				assertNoLeak(t, "DELETE B's evidence with A's session", body, w.bSecrets)
				assertUnchanged(t, before, snapshot(t, srv))
				assertBFileIntact(t, w)
			})

			t.Run("vendor A's token is scoped to A", func(t *testing.T) {
				before := snapshot(t, srv)
				var st struct {
					AssessmentID uint `json:"assessment_id"`
				}
				if code := api(t, "GET", srv.URL+"/api/v1/respond", w.tokA, nil, &st); code != http.StatusOK || st.AssessmentID != w.aA.ID {
					t.Errorf("GET /api/v1/respond with A's token: %d, assessment %d, want %d", code, st.AssessmentID, w.aA.ID)
				}
				res, body := do(t, nil, "GET", srv.URL+"/api/v1/respond", "", "", withBearer(w.tokA))
				if res.StatusCode != http.StatusOK {
					t.Errorf("GET /api/v1/respond with A's token: %d", res.StatusCode)
				}
				assertNoLeak(t, "GET /api/v1/respond as A", body, w.bSecrets)
				res, body = do(t, nil, "DELETE", srv.URL+"/api/v1/respond/evidence/"+itoa(w.evB), "", "", withBearer(w.tokA))
				if res.StatusCode != http.StatusNotFound {
					t.Errorf("DELETE /api/v1/respond/evidence/<B's> with A's token: %d, want 404", res.StatusCode)
				}
				decodeAPIError(t, "DELETE B's evidence with A's token", body)
				assertNoLeak(t, "DELETE B's evidence with A's token", body, w.bSecrets)
				assertUnchanged(t, before, snapshot(t, srv))
				assertBFileIntact(t, w)
			})

			t.Run("procurement sees the outcome but not the vendor's files", func(t *testing.T) {
				secrets := []string{w.bFilename, bMarker, w.tokB}
				res, body := do(t, w.buyer, "GET", srv.URL+"/assessments/"+itoa(w.aB.ID), "", "")
				if res.StatusCode != http.StatusOK {
					t.Errorf("procurement GET /assessments/%d: %d, want 200", w.aB.ID, res.StatusCode)
				}
				assertNoLeak(t, "procurement assessment page", body, secrets)
				res, body = do(t, nil, "GET", srv.URL+"/api/v1/assessments/"+itoa(w.aB.ID), "", "", withBearer(w.buyerTok))
				if res.StatusCode != http.StatusOK {
					t.Errorf("procurement GET /api/v1/assessments/%d: %d, want 200", w.aB.ID, res.StatusCode)
				}
				assertNoLeak(t, "procurement assessment JSON", body, secrets)
			})

			t.Run("missing or foreign CSRF token", func(t *testing.T) {
				csrfTests(t, w)
			})

			// Last, because it changes data: the requests refused above are well formed and do
			// their work for the roles that may make them.
			t.Run("editors succeed where procurement was refused", func(t *testing.T) {
				for _, r := range routeTable {
					var c *http.Client
					var opts []reqOpt
					csrf := ""
					switch r.Class {
					case editorPage:
						c, csrf = w.analyst, srv.CSRF(t, w.analyst, "/vendors")
					case adminPage:
						c, csrf = w.admin, srv.CSRF(t, w.admin, "/vendors")
					case editorAPI:
						opts = []reqOpt{withBearer(w.analystTok)}
					default:
						continue
					}
					if _, ok := succeedElsewhere[r.Method+" "+r.Pattern]; ok {
						continue
					}
					ctype, body := "", ""
					if r.Body != nil {
						ctype, body = r.Body(w)
					}
					body, csrfOpts := withCSRF(ctype, body, csrf)
					res, got := do(t, c, r.Method, srv.URL+w.path(r.Pattern), ctype, body, append(opts, csrfOpts...)...)
					if res.StatusCode >= 400 {
						t.Errorf("%s %s as editor: %d %.200s", r.Method, w.path(r.Pattern), res.StatusCode, got)
					}
				}
			})
		})
	}
}

// assertBFileIntact checks that vendor B's file still has its row, its object and its content.
func assertBFileIntact(t *testing.T, w *world) {
	t.Helper()
	e, err := w.srv.App.Store.Evidence(apptest.Ctx(), w.aB.ID, w.evB)
	if err != nil {
		t.Fatalf("B's evidence row: %v", err)
	}
	if _, err := w.srv.App.Evidence.Size(apptest.Ctx(), e.ObjectKey); err != nil {
		t.Fatalf("B's evidence object: %v", err)
	}
	res, body := do(t, nil, "GET", w.srv.URL+"/api/v1/assessments/"+itoa(w.aB.ID)+"/evidence/"+itoa(w.evB), "", "", withBearer(w.analystTok))
	if res.StatusCode != http.StatusOK || body != w.bFileContent {
		t.Fatalf("analyst downloads B's file: %d, content intact %v", res.StatusCode, body == w.bFileContent)
	}
}

// csrfTests sends each state-changing cookie route with a valid session and a valid body but
// without the session's CSRF token, or with another session's.
func csrfTests(t *testing.T, w *world) {
	srv := w.srv
	adminCSRF := srv.CSRF(t, w.admin, "/vendors")
	analystCSRF := srv.CSRF(t, w.analyst, "/vendors")
	vendorB := srv.VendorSession(t, w.tokB)
	csrfB := srv.CSRF(t, vendorB, "/respond")

	type session struct {
		name    string
		client  *http.Client
		foreign string // a real CSRF token, of someone else's session
	}
	analyst := session{"analyst", w.analyst, adminCSRF}
	admin := session{"admin", w.admin, analystCSRF}
	vendor := session{"vendor A", w.vendorA, csrfB}

	for _, r := range routeTable {
		if r.Method == http.MethodGet {
			continue
		}
		var s session
		switch r.Class {
		case staffPage, editorPage:
			s = analyst
		case adminPage:
			s = admin
		case vendorPage:
			s = vendor
		default:
			continue
		}
		path := w.path(r.Pattern)
		if r.Class == vendorPage {
			// A's own evidence: the refusal must come from the missing token, not from scoping.
			path = strings.Replace(r.Pattern, ":eid", itoa(w.evA), 1)
		}
		for _, token := range []string{"", "not-the-token", s.foreign} {
			before := snapshot(t, srv)
			ctype, body := "", ""
			if r.Body != nil {
				ctype, body = r.Body(w)
			}
			body, opts := withCSRF(ctype, body, token)
			res, got := do(t, s.client, r.Method, srv.URL+path, ctype, body, opts...)
			what := fmt.Sprintf("%s %s as %s with CSRF token %q", r.Method, path, s.name, token)
			if res.StatusCode != http.StatusForbidden {
				t.Errorf("%s: status %d, want 403 (%.200q)", what, res.StatusCode, got)
			}
			assertUnchanged(t, before, snapshot(t, srv))
		}
	}
	// Still signed in: the refused /logout did not end the session.
	if res, _ := do(t, w.analyst, "GET", srv.URL+"/vendors", "", ""); res.StatusCode != http.StatusOK {
		t.Errorf("analyst after refused sign-out: GET /vendors %d, want 200", res.StatusCode)
	}
}

// TestRevokedInvitationEndsSession checks that revoking a link ends the session it opened, the
// bearer use of its token and the link itself, on both databases.
func TestRevokedInvitationEndsSession(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			v := srv.Vendor(t, "Charlie Freight")
			a, tok := sendQuestionnaire(t, srv, v)
			inv := onlyInvitation(t, srv, a.ID)
			vc := srv.VendorSession(t, tok)
			csrf := srv.CSRF(t, vc, "/respond")
			if res, _ := do(t, vc, "GET", srv.URL+"/respond", "", ""); res.StatusCode != http.StatusOK {
				t.Fatalf("GET /respond before revoking: %d", res.StatusCode)
			}

			if code := api(t, "POST", srv.URL+"/api/v1/assessments/"+itoa(a.ID)+"/invitations/"+itoa(inv.ID)+"/revoke", analyst, nil, nil); code != http.StatusNoContent {
				t.Fatalf("revoke: %d", code)
			}

			before := snapshot(t, srv)
			for _, c := range []struct{ method, path, ctype, body string }{
				{"GET", "/respond", "", ""},
				{"GET", "/respond/state", "", ""},
				{"PATCH", "/respond/answers", "application/json", `{"answers":{"security_ownership":"it_team"}}`},
				{"POST", "/respond/submit", "", ""},
			} {
				res, body := do(t, vc, c.method, srv.URL+c.path, c.ctype, c.body, withHeader("X-CSRF-Token", csrf))
				if res.StatusCode != http.StatusUnauthorized {
					t.Errorf("%s %s after revoke: %d, want 401 (%.200q)", c.method, c.path, res.StatusCode, body)
				}
			}
			res, body := do(t, nil, "GET", srv.URL+"/api/v1/respond", "", "", withBearer(tok))
			if res.StatusCode != http.StatusUnauthorized {
				t.Errorf("GET /api/v1/respond with the revoked token: %d, want 401", res.StatusCode)
			}
			decodeAPIError(t, "revoked bearer", body)
			res, body = do(t, nil, "GET", srv.URL+"/r/"+tok, "", "")
			if res.StatusCode != http.StatusNotFound || !strings.Contains(body, "This link cannot be used") {
				t.Errorf("GET /r/<revoked>: %d, want 404 with the invalid-link page", res.StatusCode)
			}
			if strings.Contains(fmt.Sprint(res.Header["Set-Cookie"]), "assay_vendor=") && !strings.Contains(fmt.Sprint(res.Header["Set-Cookie"]), "assay_vendor=;") {
				t.Errorf("GET /r/<revoked> set a vendor session cookie: %v", res.Header["Set-Cookie"])
			}
			assertUnchanged(t, before, snapshot(t, srv))
		})
	}
}

// TestSecurityHeaders checks the headers that keep pages out of frames, caches and referrers,
// and the cookie an invitation link sets.
func TestSecurityHeaders(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	analyst := signIn(t, srv, "ana@example.com", model.RoleAnalyst)
	v := srv.Vendor(t, "Delta Payroll")
	_, tok := sendQuestionnaire(t, srv, v)

	common := func(t *testing.T, what string, h http.Header) {
		t.Helper()
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "frame-ancestors 'none'", "script-src 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: Content-Security-Policy %q lacks %q", what, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: Content-Security-Policy allows unsafe scripts: %q", what, csp)
		}
		if got := h.Get("X-Frame-Options"); got != "DENY" {
			t.Errorf("%s: X-Frame-Options %q, want DENY", what, got)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q, want nosniff", what, got)
		}
	}
	vendorOnly := func(t *testing.T, what string, h http.Header) {
		t.Helper()
		if got := h.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q, want no-referrer", what, got)
		}
		if got := h.Get("Cache-Control"); !strings.Contains(got, "no-store") {
			t.Errorf("%s: Cache-Control %q, want no-store", what, got)
		}
	}

	t.Run("sign-in and staff pages", func(t *testing.T) {
		res, _ := do(t, nil, "GET", srv.URL+"/login", "", "")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET /login: %d", res.StatusCode)
		}
		common(t, "GET /login", res.Header)
		res, _ = do(t, analyst, "GET", srv.URL+"/vendors", "", "")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET /vendors: %d", res.StatusCode)
		}
		common(t, "GET /vendors", res.Header)
		if got := res.Header.Get("Cache-Control"); !strings.Contains(got, "no-store") {
			t.Errorf("GET /vendors: Cache-Control %q, want no-store", got)
		}
	})

	t.Run("invitation link", func(t *testing.T) {
		c := srv.Browser(t)
		res, body := do(t, c, "GET", srv.URL+"/r/"+tok, "", "")
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/respond" {
			t.Fatalf("GET /r/<token>: %d to %q, want 303 to /respond", res.StatusCode, res.Header.Get("Location"))
		}
		common(t, "GET /r/<token>", res.Header)
		vendorOnly(t, "GET /r/<token>", res.Header)
		if strings.Contains(body, tok) {
			t.Error("GET /r/<token>: the body repeats the token")
		}
		var ck *http.Cookie
		for _, x := range res.Cookies() {
			if x.Name == "assay_vendor" {
				ck = x
			}
		}
		if ck == nil {
			t.Fatalf("GET /r/<token> set no assay_vendor cookie: %v", res.Header["Set-Cookie"])
		}
		raw := strings.Join(res.Header["Set-Cookie"], "\n")
		if !ck.HttpOnly {
			t.Errorf("vendor cookie is not HttpOnly: %s", raw)
		}
		if ck.SameSite != http.SameSiteLaxMode {
			t.Errorf("vendor cookie SameSite %v, want Lax: %s", ck.SameSite, raw)
		}
		if ck.Value == "" || ck.Value == tok {
			t.Errorf("vendor cookie holds %q; want a fresh session token, not the link's", ck.Value)
		}

		res, _ = do(t, c, "GET", srv.URL+"/respond", "", "")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET /respond: %d", res.StatusCode)
		}
		common(t, "GET /respond", res.Header)
		vendorOnly(t, "GET /respond", res.Header)

		res, _ = do(t, c, "GET", srv.URL+"/respond/state", "", "")
		vendorOnly(t, "GET /respond/state", res.Header)

		res, _ = do(t, nil, "GET", srv.URL+"/r/"+newTokenString(), "", "")
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET /r/<unknown>: %d, want 404", res.StatusCode)
		}
		common(t, "GET /r/<unknown>", res.Header)
		vendorOnly(t, "GET /r/<unknown>", res.Header)
	})
}

// newTokenString is a well-formed token that was never issued.
func newTokenString() string {
	tok, _ := auth.NewToken()
	return tok
}
