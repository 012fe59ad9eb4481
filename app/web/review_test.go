package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/reading"
)

// succeedElsewhere lists editor routes the access test's "editors succeed" pass cannot use on
// its world, whose assessment is still being answered: reviewing, returning and overriding
// need a submitted, scored assessment. TestReviewRoundTrip shows each of them succeeding.
var succeedElsewhere = map[string]string{
	"POST /admin/users/:id/disable":                           "TestAccountLifecycle (app/securitytest), with the account checked after",
	"POST /admin/users/:id/reset-password":                    "TestAccountLifecycle (app/securitytest), which signs in with the password",
	"POST /assessments/:id/questions/:qid/review":             "needs a submitted assessment",
	"POST /assessments/:id/return":                            "needs a question awaiting clarification",
	"POST /assessments/:id/override":                          "needs a result",
	"POST /assessments/:id/override/clear":                    "needs an override",
	"POST /api/v1/assessments/:id/questions/:qid/review":      "needs a submitted assessment",
	"POST /api/v1/assessments/:id/return":                     "needs a question awaiting clarification",
	"POST /api/v1/assessments/:id/override":                   "needs a result",
	"DELETE /api/v1/assessments/:id/override":                 "needs an override",
	"POST /assessments/:id/review/accept":                     "needs a submitted assessment",
	"POST /api/v1/assessments/:id/review/accept":              "needs a submitted assessment",
	"GET /assessments/:id/reply-files/:file":                  "needs a reply with a file; TestClarificationReplyWithFiles",
	"GET /api/v1/assessments/:id/reply-files/:file":           "needs a reply with a file; TestClarificationReplyWithFiles",
	"POST /assessments/:id/cancel":                            "would withdraw the world's assessment; TestCancelAssessment",
	"POST /api/v1/assessments/:id/cancel":                     "would withdraw the world's assessment; TestCancelAssessment",
	"POST /admin/webhooks":                                    "needs a receiver that resolves; TestAdminPagesRegisterAndSendAgain (app/webhooks)",
	"GET /admin/webhooks/:id":                                 "needs an endpoint; TestAdminPagesRegisterAndSendAgain (app/webhooks)",
	"POST /admin/webhooks/:id/delete":                         "needs an endpoint; TestAdminPagesRegisterAndSendAgain (app/webhooks)",
	"POST /admin/webhooks/:id/deliveries/:delivery/redeliver": "needs a delivery; TestAdminPagesRegisterAndSendAgain (app/webhooks)",
}

func reviewClarifyForm(*world) (string, string) {
	return formBody(url.Values{"decision": {"clarify"}, "message": {"intruder asks"}})
}

func overrideForm(*world) (string, string) {
	return formBody(url.Values{"rating": {"low"}, "justification": {"the intruder says so, firmly"}})
}

// plainAnswers answer every question without needing a file, and leave room for improvement.
var plainAnswers = map[string]any{
	"security_ownership": "line_management", "responsibilities_documented": true,
	"communication_methods": []string{"onboarding_briefing"}, "training_program": "none",
	"employment_contract_clauses": true, "contractor_agreements": true, "acknowledgement_process": "none",
	"management_review_cadence": "none", "security_kpis": false, "disciplinary_process": false,
	"reporting_channel": true, "iso27001_certified": false,
}

// submitScored sends the questionnaire to v, answers and submits it as the vendor, and waits
// for the score.
func submitScored(t *testing.T, srv *apptest.Server, v model.Vendor) (model.Assessment, string, model.Result) {
	t.Helper()
	a, tok := sendQuestionnaire(t, srv, v)
	if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": plainAnswers}, nil); code != http.StatusOK {
		t.Fatalf("answer: %d", code)
	}
	if code := api(t, "POST", srv.URL+"/api/v1/respond/submit", tok, nil, nil); code != http.StatusOK {
		t.Fatalf("submit: %d", code)
	}
	return a, tok, srv.WaitResult(t, a.ID)
}

// call sends a JSON request with a bearer token and returns the status and body.
func call(t *testing.T, method, rawURL, token string, body any) (int, string) {
	t.Helper()
	ctype, b := "", ""
	if body != nil {
		ctype, b = jsonBody(body)
	}
	res, got := do(t, nil, method, rawURL, ctype, b, withBearer(token))
	return res.StatusCode, got
}

// expectAPIError checks the status, the error code and, when given, the fields named.
func expectAPIError(t *testing.T, what string, status int, body string, wantStatus int, wantCode string, fields ...string) {
	t.Helper()
	if status != wantStatus {
		t.Fatalf("%s: status %d, want %d: %.300s", what, status, wantStatus, body)
	}
	e := decodeAPIError(t, what, body)
	if e.Error.Code != wantCode {
		t.Errorf("%s: code %q, want %q", what, e.Error.Code, wantCode)
	}
	for _, f := range fields {
		if e.Error.Fields[f] == "" {
			t.Errorf("%s: no message for field %s in %v", what, f, e.Error.Fields)
		}
	}
}

type threadOut struct {
	State    string `json:"state"`
	Open     bool   `json:"open"`
	Messages []struct {
		AuthorType string `json:"author_type"`
		Author     string `json:"author"`
		Message    string `json:"message"`
	} `json:"messages"`
}

type staffView struct {
	Status string `json:"status"`
	Result *struct {
		Rating string `json:"rating"`
	} `json:"result"`
	Override *struct {
		Rating        string `json:"rating"`
		Justification string `json:"justification"`
		By            string `json:"by"`
		At            string `json:"at"`
		Stale         bool   `json:"set_before_latest_result"`
	} `json:"override"`
	Review *struct {
		Awaiting int                  `json:"awaiting_clarification"`
		Threads  map[string]threadOut `json:"threads"`
	} `json:"review"`
}

type vendorView struct {
	Status string `json:"status"`
	Review *struct {
		Open    []string             `json:"open"`
		Threads map[string]threadOut `json:"threads"`
	} `json:"review"`
}

func staffGet(t *testing.T, srv *apptest.Server, id uint, token string) staffView {
	t.Helper()
	var v staffView
	if code := api(t, "GET", srv.URL+"/api/v1/assessments/"+itoa(id), token, nil, &v); code != http.StatusOK {
		t.Fatalf("GET assessment %d: %d", id, code)
	}
	return v
}

func vendorGet(t *testing.T, srv *apptest.Server, token string) vendorView {
	t.Helper()
	var v vendorView
	if code := api(t, "GET", srv.URL+"/api/v1/respond", token, nil, &v); code != http.StatusOK {
		t.Fatalf("GET /api/v1/respond: %d", code)
	}
	return v
}

// returnedMail finds the newest clarification mail to the recipient and the link in it.
func returnedMail(t *testing.T, srv *apptest.Server, to string) (model.Mail, string) {
	t.Helper()
	var ms []model.Mail
	if err := srv.App.Store.DB().Where("recipient = ? AND subject LIKE ?", to, "Clarification needed%").Order("id DESC").Find(&ms).Error; err != nil || len(ms) == 0 {
		t.Fatalf("no clarification mail to %s (%v)", to, err)
	}
	return ms[0], srv.MailedLink(t, to, "Clarification needed")
}

func auditActions(t *testing.T, srv *apptest.Server, id uint) map[string]int {
	t.Helper()
	trail, err := audit.AssessmentTrail(apptest.Ctx(), srv.App.Store, id)
	if err != nil {
		t.Fatal(err)
	}
	if !trail.Intact() {
		t.Errorf("audit chain: %v", trail.Problem)
	}
	evs := trail.Events
	out := map[string]int{}
	for _, e := range evs {
		out[e.Action]++
	}
	return out
}

// TestReviewRoundTrip walks the clarification loop twice through the API and the pages, with a
// rating override that survives the rescore, on both databases.
func TestReviewRoundTrip(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d, SMTP: true})
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			buyer := srv.APIToken(t, "buyer@example.com", model.RoleProcurement)
			v := srv.Vendor(t, "Echo Ledger")
			other := srv.Vendor(t, "Foxtrot Freight")
			base := srv.URL + "/api/v1/assessments/"

			a, oldTok := sendQuestionnaire(t, srv, v)
			aPath := base + itoa(a.ID)
			code, body := call(t, "POST", aPath+"/questions/security_kpis/review", analyst, map[string]any{"decision": "clarify", "message": "Why?"})
			expectAPIError(t, "review before submission", code, body, http.StatusConflict, "not_reviewable")
			if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", oldTok, map[string]any{"answers": plainAnswers}, nil); code != http.StatusOK {
				t.Fatalf("answer: %d", code)
			}
			if code := api(t, "POST", srv.URL+"/api/v1/respond/submit", oldTok, nil, nil); code != http.StatusOK {
				t.Fatalf("submit: %d", code)
			}
			first := srv.WaitResult(t, a.ID)
			// The other vendor has a returned assessment of its own, to show threads stay apart.
			b, _, _ := submitScored(t, srv, other)

			t.Run("decisions are validated", func(t *testing.T) {
				code, body := call(t, "POST", aPath+"/return", analyst, nil)
				expectAPIError(t, "return with nothing to clarify", code, body, http.StatusConflict, "nothing_to_return")
				code, body = call(t, "POST", aPath+"/questions/security_kpis/review", analyst, map[string]any{"decision": "clarify", "message": "   "})
				expectAPIError(t, "clarify without a message", code, body, http.StatusUnprocessableEntity, "invalid", "message")
				code, body = call(t, "POST", aPath+"/questions/security_kpis/review", analyst, map[string]any{"decision": "maybe"})
				expectAPIError(t, "unknown decision", code, body, http.StatusUnprocessableEntity, "invalid", "decision")
				code, body = call(t, "POST", aPath+"/questions/no_such_question/review", analyst, map[string]any{"decision": "accept"})
				expectAPIError(t, "unknown question", code, body, http.StatusNotFound, "not_found")
				code, body = call(t, "POST", aPath+"/override", analyst, map[string]any{"rating": "excellent", "justification": "short"})
				expectAPIError(t, "bad override", code, body, http.StatusUnprocessableEntity, "invalid", "rating", "justification")

				// The page keeps what was typed and says what is wrong beside the field.
				c := signIn(t, srv, "page-analyst@example.com", model.RoleAnalyst)
				tok := srv.CSRF(t, c, "/assessments/"+itoa(a.ID))
				res, page := do(t, c, "POST", srv.URL+"/assessments/"+itoa(a.ID)+"/questions/security_kpis/review", "application/x-www-form-urlencoded",
					url.Values{"_csrf": {tok}, "decision": {"clarify"}, "message": {""}}.Encode())
				if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "Write what the vendor should clarify or provide.") {
					t.Errorf("clarify form without a message: %d, shows the message: %v", res.StatusCode, strings.Contains(page, "Write what the vendor"))
				}
				res, page = do(t, c, "POST", srv.URL+"/assessments/"+itoa(a.ID)+"/override", "application/x-www-form-urlencoded",
					url.Values{"_csrf": {tok}, "rating": {"medium"}, "justification": {"too short"}}.Encode())
				if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, `data-field-error="justification"`) ||
					!strings.Contains(page, ">too short</textarea>") {
					t.Errorf("override form with a short justification: %d, per-field error shown %v, text kept %v", res.StatusCode,
						strings.Contains(page, `data-field-error="justification"`), strings.Contains(page, ">too short</textarea>"))
				}
			})

			t.Run("procurement cannot review, return, override or preview", func(t *testing.T) {
				before := snapshot(t, srv)
				for _, c := range []struct{ method, path string }{
					{"POST", aPath + "/questions/security_kpis/review"}, {"POST", aPath + "/return"},
					{"POST", aPath + "/override"}, {"DELETE", aPath + "/override"},
				} {
					code, body := call(t, c.method, c.path, buyer, map[string]any{"decision": "accept", "rating": "low",
						"justification": "procurement would like it lower", "reason": "procurement would like it gone"})
					expectAPIError(t, "procurement "+c.method+" "+c.path, code, body, http.StatusForbidden, "forbidden")
				}
				assertUnchanged(t, before, snapshot(t, srv))
			})

			// The analyst accepts one answer, and asks about a yes/no answer and an evidence question.
			for _, r := range []map[string]any{
				{"q": "security_ownership", "decision": "accept"},
				{"q": "security_kpis", "decision": "clarify", "message": "Your answer says KPIs are not used. Is that still so?"},
				{"q": "onboarding_checklist", "decision": "clarify", "message": "Please add your new-joiner checklist."},
			} {
				if code, body := call(t, "POST", aPath+"/questions/"+r["q"].(string)+"/review", analyst, r); code != http.StatusOK {
					t.Fatalf("review %v: %d %s", r, code, body)
				}
			}
			// A rating override decided on the first result.
			if code, body := call(t, "POST", aPath+"/override", analyst, map[string]any{"rating": "medium",
				"justification": "Compensating controls seen during the on-site visit."}); code != http.StatusOK {
				t.Fatalf("override: %d %s", code, body)
			}
			view := staffGet(t, srv, a.ID, buyer)
			if view.Override == nil || view.Override.Rating != "medium" || view.Override.By != "ana@example.com" || view.Override.At == "" ||
				view.Result == nil || view.Result.Rating != first.Rating || view.Override.Stale {
				t.Fatalf("procurement sees override %+v beside result %+v (computed %s)", view.Override, view.Result, first.Rating)
			}
			if view.Review != nil {
				t.Error("procurement's view includes the review threads")
			}

			// Return: the vendor's own link by mail, opening on the questions; it keeps working.
			var ret struct {
				Status      string
				Invitations []struct{ URL string }
			}
			if code := api(t, "POST", aPath+"/return", analyst, map[string]any{}, &ret); code != http.StatusOK || ret.Status != model.StatusReturned || len(ret.Invitations) != 1 {
				t.Fatalf("return: %d %+v", code, ret)
			}
			mail, link := returnedMail(t, srv, v.Contacts[0].Email)
			if apptest.TokenOf(link) != oldTok || !strings.Contains(ret.Invitations[0].URL, "/r/"+oldTok+"?next=%2Frespond%23returned-intro") ||
				!strings.Contains(mail.Text, "Is that still so?") ||
				!strings.Contains(mail.Text, "Please add your new-joiner checklist.") || strings.Contains(mail.Text, "security_ownership") {
				t.Errorf("clarification mail lacks the link or the messages:\n%s", mail.Text)
			}
			newTok := apptest.TokenOf(link)
			if res, _ := do(t, nil, "GET", ret.Invitations[0].URL, "", ""); res.StatusCode != http.StatusSeeOther ||
				res.Header.Get("Location") != "/respond#returned-intro" {
				t.Errorf("GET the mailed link: %d to %q, want 303 to the questions to clarify", res.StatusCode, res.Header.Get("Location"))
			}

			var checklist uint
			t.Run("the returned vendor sees and changes only the questions asked about", func(t *testing.T) {
				vv := vendorGet(t, srv, newTok)
				if vv.Status != model.StatusReturned || vv.Review == nil || strings.Join(vv.Review.Open, ",") != "onboarding_checklist,security_kpis" {
					t.Fatalf("vendor view after return: %+v", vv)
				}
				if th := vv.Review.Threads["security_kpis"]; len(th.Messages) != 1 || th.Messages[0].AuthorType != "analyst" || !th.Open {
					t.Errorf("security_kpis thread for the vendor: %+v", th)
				}
				code, body := call(t, "PATCH", srv.URL+"/api/v1/respond/answers", newTok, map[string]any{"answers": map[string]any{"security_ownership": "it_team"}})
				expectAPIError(t, "change a frozen answer", code, body, http.StatusConflict, "frozen", "security_ownership")
				st, up := upload(t, srv.URL+"/api/v1/respond/evidence", newTok, "contract_sample", "contract.pdf", []byte(minimalPDF))
				if st != http.StatusConflict {
					t.Errorf("upload to a frozen question: %d %v", st, up)
				}
				code, body = call(t, "POST", srv.URL+"/api/v1/respond/questions/security_ownership/reply", newTok, map[string]any{"message": "hello"})
				expectAPIError(t, "reply on a frozen question", code, body, http.StatusConflict, "frozen")
				code, body = call(t, "POST", srv.URL+"/api/v1/respond/questions/security_kpis/reply", newTok, map[string]any{"message": " "})
				expectAPIError(t, "empty reply", code, body, http.StatusUnprocessableEntity, "invalid", "message")

				// The vendor page shows only the questions asked about, with the message.
				vc := srv.VendorSession(t, newTok)
				res, page := do(t, vc, "GET", srv.URL+"/respond", "", "")
				if res.StatusCode != http.StatusOK || !strings.Contains(page, `id="q-security_kpis"`) || strings.Contains(page, `id="q-security_ownership"`) ||
					!strings.Contains(page, "Is that still so?") {
					t.Errorf("returned vendor page: %d, shows security_kpis %v, hides security_ownership %v", res.StatusCode,
						strings.Contains(page, `id="q-security_kpis"`), !strings.Contains(page, `id="q-security_ownership"`))
				}

				if code, body := call(t, "PATCH", srv.URL+"/api/v1/respond/answers", newTok, map[string]any{"answers": map[string]any{"security_kpis": true}}); code != http.StatusOK {
					t.Fatalf("change an open answer: %d %s", code, body)
				}
				checklist = uploadOK(t, srv, newTok, "onboarding_checklist", "checklist.pdf", minimalPDF+"% checklist\n")
				csrf := srv.CSRF(t, vc, "/respond")
				res, _ = do(t, vc, "POST", srv.URL+"/respond/questions/security_kpis/reply", "application/x-www-form-urlencoded",
					url.Values{"_csrf": {csrf}, "message": {"We added security KPIs to every manager's review this year."}}.Encode())
				if res.StatusCode != http.StatusSeeOther {
					t.Fatalf("reply form: %d", res.StatusCode)
				}
			})

			t.Run("another vendor cannot reach the thread", func(t *testing.T) {
				if code, body := call(t, "POST", base+itoa(b.ID)+"/questions/reporting_channel/review", analyst,
					map[string]any{"decision": "clarify", "message": "Bravo-only question"}); code != http.StatusOK {
					t.Fatalf("review B: %d %s", code, body)
				}
				var bRet struct{ Invitations []struct{ URL string } }
				if code := api(t, "POST", base+itoa(b.ID)+"/return", analyst, nil, &bRet); code != http.StatusOK {
					t.Fatalf("return B: %d", code)
				}
				bNew := apptest.TokenOf(bRet.Invitations[0].URL)
				code, body := call(t, "GET", srv.URL+"/api/v1/respond", bNew, nil)
				if code != http.StatusOK || strings.Contains(body, "Is that still so?") || strings.Contains(body, "security KPIs to every") {
					t.Errorf("B's vendor view: %d, shows A's thread", code)
				}
				code, body = call(t, "POST", srv.URL+"/api/v1/respond/questions/security_kpis/reply", bNew, map[string]any{"message": "B writes into A?"})
				expectAPIError(t, "B replies on a question of A", code, body, http.StatusConflict, "frozen")
				vb := srv.VendorSession(t, bNew)
				_, page := do(t, vb, "GET", srv.URL+"/respond", "", "")
				if strings.Contains(page, "Is that still so?") || !strings.Contains(page, "Bravo-only question") {
					t.Error("B's returned page shows A's thread or lacks its own")
				}
			})

			// Resubmission goes through the ordinary submit and is scored again.
			if code, body := call(t, "POST", srv.URL+"/api/v1/respond/submit", newTok, nil); code != http.StatusOK {
				t.Fatalf("resubmit: %d %s", code, body)
			}
			second := srv.WaitSettled(t, a.ID)
			if second.ID == first.ID || second.Inputs.Answers["security_kpis"] != true {
				t.Fatalf("resubmission not rescored: result %d (first %d), security_kpis %v", second.ID, first.ID, second.Inputs.Answers["security_kpis"])
			}
			view = staffGet(t, srv, a.ID, analyst)
			if view.Status != model.StatusScored || view.Review == nil {
				t.Fatalf("after resubmission: %+v", view)
			}
			kpis := view.Review.Threads["security_kpis"]
			if kpis.State != model.ReviewVendorAnswered || kpis.Open || len(kpis.Messages) != 2 || kpis.Messages[1].AuthorType != "vendor" ||
				!strings.Contains(kpis.Messages[1].Message, "security KPIs") {
				t.Errorf("security_kpis thread after resubmission: %+v", kpis)
			}
			if th := view.Review.Threads["onboarding_checklist"]; th.State != model.ReviewVendorAnswered || th.Open {
				t.Errorf("onboarding_checklist after resubmission: %+v", th)
			}
			if view.Override == nil || view.Override.Rating != "medium" || !view.Override.Stale {
				t.Errorf("override after the rescore: %+v, want kept and marked as set before the latest result", view.Override)
			}
			c := signIn(t, srv, "reader@example.com", model.RoleProcurement)
			_, page := do(t, c, "GET", srv.URL+"/assessments/"+itoa(a.ID), "", "")
			if !strings.Contains(page, "data-override-rating>Medium") || !strings.Contains(page, "data-rating>"+strings.ToUpper(second.Rating[:1])) ||
				!strings.Contains(page, "Set before the latest rescore") || strings.Contains(page, "data-review-question") {
				t.Errorf("procurement page: override beside the computed rating and marked stale, without the review")
			}
			_, list := do(t, c, "GET", srv.URL+"/vendors", "", "")
			if !strings.Contains(list, "analyst: Medium risk (before the latest rescore)") {
				t.Error("procurement's vendor list does not show the override beside the computed rating")
			}
			res, pdf := do(t, nil, "GET", aPath+"/report.pdf", "", "", withBearer(buyer))
			doc, err := reading.Read(apptest.Ctx(), strings.NewReader(pdf), int64(len(pdf)), "pdf", reading.DefaultLimits())
			if res.StatusCode != http.StatusOK || err != nil || !strings.Contains(doc.Text, "Analyst's rating") ||
				!strings.Contains(doc.Text, "Compensating controls") || !strings.Contains(doc.Text, "Set before the latest rescore") {
				t.Errorf("PDF report lacks the override beside the rating (%d, %v):\n%.1500s", res.StatusCode, err, doc.Text)
			}

			// A second round on the same question.
			if code, body := call(t, "POST", aPath+"/questions/security_kpis/review", analyst,
				map[string]any{"decision": "clarify", "message": "Send the KPI list, please."}); code != http.StatusOK {
				t.Fatalf("second clarify: %d %s", code, body)
			}
			if code := api(t, "POST", aPath+"/return", analyst, map[string]any{"due_date": srv.App.Now().AddDate(0, 0, 10).Format("2006-01-02")}, &ret); code != http.StatusOK {
				t.Fatalf("second return: %d", code)
			}
			third := apptest.TokenOf(ret.Invitations[0].URL)
			if third != newTok {
				t.Errorf("the second return mailed another link than the vendor's own")
			}
			if code, _ := call(t, "GET", srv.URL+"/api/v1/respond", newTok, nil); code != http.StatusOK {
				t.Errorf("first-round link after the second return: %d, want 200: one link per recipient", code)
			}
			vv := vendorGet(t, srv, third)
			if vv.Review == nil || strings.Join(vv.Review.Open, ",") != "security_kpis" || len(vv.Review.Threads["security_kpis"].Messages) != 3 {
				t.Fatalf("second round vendor view: %+v", vv.Review)
			}
			code, body = call(t, "DELETE", srv.URL+"/api/v1/respond/evidence/"+itoa(checklist), third, nil)
			expectAPIError(t, "remove a file of a question closed in the second round", code, body, http.StatusConflict, "frozen", "onboarding_checklist")
			if code, body := call(t, "POST", srv.URL+"/api/v1/respond/questions/security_kpis/reply", third, map[string]any{"message": "The list is in our HR system."}); code != http.StatusOK {
				t.Fatalf("second reply: %d %s", code, body)
			}
			if code, body := call(t, "POST", srv.URL+"/api/v1/respond/submit", third, nil); code != http.StatusOK {
				t.Fatalf("second resubmit: %d %s", code, body)
			}
			waitStatus(t, srv, a.ID, model.StatusScored)
			code, body = call(t, "POST", srv.URL+"/api/v1/respond/questions/security_kpis/reply", third, map[string]any{"message": "One more thing"})
			expectAPIError(t, "reply after resubmission", code, body, http.StatusConflict, "not_returned")
			if code, body := call(t, "POST", aPath+"/questions/security_kpis/review", analyst, map[string]any{"decision": "accept"}); code != http.StatusOK {
				t.Fatalf("accept after the second round: %d %s", code, body)
			}
			view = staffGet(t, srv, a.ID, analyst)
			if th := view.Review.Threads["security_kpis"]; th.State != model.ReviewAccepted || len(th.Messages) != 4 {
				t.Errorf("security_kpis at the end: %+v", th)
			}

			// Clearing the override needs a reason; both are in the history.
			code, body = call(t, "DELETE", aPath+"/override", analyst, map[string]any{"reason": "no"})
			expectAPIError(t, "clear without a reason", code, body, http.StatusUnprocessableEntity, "invalid", "reason")
			if code, body := call(t, "DELETE", aPath+"/override", analyst, map[string]any{"reason": "The vendor now evidences its KPIs."}); code != http.StatusOK {
				t.Fatalf("clear override: %d %s", code, body)
			}
			if view = staffGet(t, srv, a.ID, buyer); view.Override != nil {
				t.Errorf("override after clearing: %+v", view.Override)
			}
			acts := auditActions(t, srv, a.ID)
			for _, want := range []string{"review.accept", "review.clarify", "assessment.return", "review.vendor_reply", "rating.override", "rating.override_clear"} {
				if acts[want] == 0 {
					t.Errorf("no %s event in the history: %v", want, acts)
				}
			}
			if acts["assessment.return"] != 2 || acts["assessment.submit"] != 3 {
				t.Errorf("history counts: %v", acts)
			}
		})
	}
}

func waitStatus(t *testing.T, srv *apptest.Server, id uint, status string) {
	t.Helper()
	for i := 0; i < 400; i++ {
		a, err := srv.App.Store.Assessment(apptest.Ctx(), id)
		if err != nil {
			t.Fatal(err)
		}
		if a.Status == status {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("assessment %d never reached %s", id, status)
}

// TestEvidencePreview checks that images and PDFs are shown inline, framable only by Assay's
// own pages, and that any other type stays a download.
func TestEvidencePreview(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	v := srv.Vendor(t, "Golf Payroll")
	a, tok := sendQuestionnaire(t, srv, v)
	pngID := uploadOK(t, srv, tok, "onboarding_checklist", "checklist.png", string(apptest.PNG(t, 40, 30)))
	pdfID := uploadOK(t, srv, tok, "security_policy", "policy.pdf", minimalPDF)
	txtID := uploadOK(t, srv, tok, "review_minutes", "minutes.txt", "Management review minutes\n")
	analyst := signIn(t, srv, "ana@example.com", model.RoleAnalyst)
	prefix := srv.URL + "/assessments/" + itoa(a.ID) + "/evidence/"

	for _, c := range []struct {
		id    uint
		ctype string
	}{{pngID, "image/png"}, {pdfID, "application/pdf"}} {
		res, body := do(t, analyst, "GET", prefix+itoa(c.id)+"/preview", "", "")
		h := res.Header
		if res.StatusCode != http.StatusOK || h.Get("Content-Type") != c.ctype || !strings.HasPrefix(h.Get("Content-Disposition"), "inline") ||
			h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "SAMEORIGIN" ||
			!strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'self'") || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("preview of %s: %d %v", c.ctype, res.StatusCode, h)
		}
		if len(body) == 0 {
			t.Errorf("preview of %s: empty body", c.ctype)
		}
	}
	res, _ := do(t, analyst, "GET", prefix+itoa(txtID)+"/preview", "", "")
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/assessments/"+itoa(a.ID)+"/evidence/"+itoa(txtID) {
		t.Errorf("preview of a text file: %d to %q, want the download", res.StatusCode, res.Header.Get("Location"))
	}
	res, _ = do(t, analyst, "GET", prefix+itoa(txtID), "", "")
	if !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf("download of a text file: Content-Disposition %q", res.Header.Get("Content-Disposition"))
	}
	// The review page may frame its own previews; nothing may frame the page.
	res, page := do(t, analyst, "GET", srv.URL+"/assessments/"+itoa(a.ID), "", "")
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "frame-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") || res.Header.Get("X-Frame-Options") != "DENY" {
		t.Errorf("review page headers: CSP %q, X-Frame-Options %q", csp, res.Header.Get("X-Frame-Options"))
	}
	if !strings.Contains(page, `<img src="/assessments/`+itoa(a.ID)+`/evidence/`+itoa(pngID)+`/preview"`) ||
		!strings.Contains(page, `<iframe src="/assessments/`+itoa(a.ID)+`/evidence/`+itoa(pdfID)+`/preview"`) {
		t.Error("review page lacks the inline previews")
	}
	// Another assessment's id in the path finds nothing.
	b, _ := sendQuestionnaire(t, srv, srv.Vendor(t, "Hotel Couriers"))
	if res, _ := do(t, analyst, "GET", srv.URL+"/assessments/"+itoa(b.ID)+"/evidence/"+itoa(pngID)+"/preview", "", ""); res.StatusCode != http.StatusNotFound {
		t.Errorf("preview through another assessment: %d, want 404", res.StatusCode)
	}
	buyer := signIn(t, srv, "buyer@example.com", model.RoleProcurement)
	for _, id := range []uint{pngID, pdfID} {
		if res, body := do(t, buyer, "GET", prefix+itoa(id)+"/preview", "", ""); res.StatusCode != http.StatusForbidden || strings.Contains(body, "PDF-1.4") {
			t.Errorf("procurement preview of evidence %d: %d, want 403", id, res.StatusCode)
		}
	}
}

// TestReturnedOpensWhatAChangeRequires shows that a changed answer which calls for another
// required question opens that question too, so the vendor can always resubmit.
func TestReturnedOpensWhatAChangeRequires(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			a, _, _ := submitScored(t, srv, srv.Vendor(t, "India Payroll"))
			aPath := srv.URL + "/api/v1/assessments/" + itoa(a.ID)
			if code, body := call(t, "POST", aPath+"/questions/training_program/review", analyst,
				map[string]any{"decision": "clarify", "message": "Is there really no training at all?"}); code != http.StatusOK {
				t.Fatalf("clarify: %d %s", code, body)
			}
			var ret struct{ Invitations []struct{ URL string } }
			if code := api(t, "POST", aPath+"/return", analyst, nil, &ret); code != http.StatusOK {
				t.Fatalf("return: %d", code)
			}
			tok := apptest.TokenOf(ret.Invitations[0].URL)
			if code, body := call(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": map[string]any{"training_program": "annual"}}); code != http.StatusOK {
				t.Fatalf("change training_program: %d %s", code, body)
			}
			vv := vendorGet(t, srv, tok)
			if vv.Review == nil || !contains(vv.Review.Open, "training_report") || !contains(vv.Review.Open, "training_program") ||
				contains(vv.Review.Open, "security_ownership") {
				t.Fatalf("open questions after the change: %+v", vv.Review)
			}
			code, body := call(t, "POST", srv.URL+"/api/v1/respond/submit", tok, nil)
			if code != http.StatusUnprocessableEntity || !strings.Contains(body, "training_report") {
				t.Fatalf("resubmit without the newly required file: %d %s", code, body)
			}
			uploadOK(t, srv, tok, "training_report", "training.csv", "Employee,Course,Completed on,Result\nAnn Lee,Security awareness,"+
				srv.App.Now().AddDate(0, 0, -10).Format("2006-01-02")+",Pass\n")
			vv = vendorGet(t, srv, tok)
			if !contains(vv.Review.Open, "training_report") || vv.Review.Threads["training_report"].State != model.ReviewVendorAnswered {
				t.Errorf("the report just uploaded is no longer open to the vendor: %+v", vv.Review)
			}
			answers := map[string]any{}
			for _, q := range vendorGet(t, srv, tok).Review.Open {
				switch q {
				case "training_includes_contractors":
					answers[q] = true
				case "training_completion_rate":
					answers[q] = 100
				}
			}
			if len(answers) > 0 {
				if code, body := call(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": answers}); code != http.StatusOK {
					t.Fatalf("answer the newly required questions: %d %s", code, body)
				}
			}
			if code, body := call(t, "POST", srv.URL+"/api/v1/respond/submit", tok, nil); code != http.StatusOK {
				t.Fatalf("resubmit: %d %s", code, body)
			}
			waitStatus(t, srv, a.ID, model.StatusScored)
		})
	}
}
