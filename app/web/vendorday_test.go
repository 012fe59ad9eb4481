package web_test

import (
	"net/http"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/reading"
)

// TestClarificationReplyWithFiles: a vendor asked for a document on a yes/no question answers
// the clarification with text and a file; the file is sniffed like evidence (an executable is
// refused and nothing is kept), the analyst sees it in the thread and downloads it, audited.
func TestClarificationReplyWithFiles(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			v := srv.Vendor(t, "Redacted Contracts "+d)
			a, tok, _ := submitScored(t, srv, v)
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			aPath := srv.URL + "/api/v1/assessments/" + itoa(a.ID)
			if code, body := call(t, "POST", aPath+"/questions/contractor_agreements/review", analyst,
				map[string]any{"decision": "clarify", "message": "Please send a redacted contractor agreement."}); code != http.StatusOK {
				t.Fatalf("clarify: %d %s", code, body)
			}
			if code, body := call(t, "POST", aPath+"/return", analyst, map[string]any{}); code != http.StatusOK {
				t.Fatalf("return: %d %s", code, body)
			}
			reply := srv.URL + "/api/v1/respond/questions/contractor_agreements/reply"
			exe := "MZ\x90\x00" + strings.Repeat("\x00", 200)
			ctype, body := replyMultipart("", "message", "Here it is.", "agreement.pdf", []byte(exe))
			if res, got := do(t, nil, "POST", reply, ctype, body, withBearer(tok)); res.StatusCode != http.StatusUnsupportedMediaType {
				t.Errorf("a reply with an executable: %d %.200s, want 415", res.StatusCode, got)
			}
			var n int64
			srv.App.Store.DB().Model(&model.ReviewFile{}).Count(&n)
			if n != 0 {
				t.Errorf("%d reply files kept after a refused reply", n)
			}
			ctype, body = replyMultipart("", "message", "Here is the redacted agreement.", "agreement.pdf", []byte(minimalPDF+"% agreement\n"))
			if res, got := do(t, nil, "POST", reply, ctype, body, withBearer(tok)); res.StatusCode != http.StatusOK {
				t.Fatalf("reply with a file: %d %.300s", res.StatusCode, got)
			}
			var view struct {
				Review struct {
					Threads map[string]struct {
						Messages []struct {
							AuthorType string `json:"author_type"`
							Files      []struct {
								ID       uint   `json:"id"`
								Filename string `json:"filename"`
								SHA256   string `json:"sha256"`
							} `json:"files"`
						} `json:"messages"`
					} `json:"threads"`
				} `json:"review"`
			}
			if code := api(t, "GET", aPath, analyst, nil, &view); code != http.StatusOK {
				t.Fatalf("GET assessment: %d", code)
			}
			ms := view.Review.Threads["contractor_agreements"].Messages
			if len(ms) != 2 || ms[1].AuthorType != "vendor" || len(ms[1].Files) != 1 || ms[1].Files[0].Filename != "agreement.pdf" {
				t.Fatalf("the analyst's thread: %+v", ms)
			}
			res, got := do(t, nil, "GET", aPath+"/reply-files/"+itoa(ms[1].Files[0].ID), "", "", withBearer(analyst))
			if res.StatusCode != http.StatusOK || got != minimalPDF+"% agreement\n" || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
				t.Errorf("download the reply's file: %d %q %q", res.StatusCode, res.Header.Get("Content-Disposition"), got)
			}
			if n := countEvents(t, srv, a.ID, "review_file.download"); n != 1 {
				t.Errorf("%d review_file.download events, want 1", n)
			}
			// The vendor cannot download it through the staff route.
			if res, _ := do(t, nil, "GET", aPath+"/reply-files/"+itoa(ms[1].Files[0].ID), "", "", withBearer(tok)); res.StatusCode < 400 {
				t.Errorf("the vendor's token downloads a reply file: %d", res.StatusCode)
			}
		})
	}
}

// TestNotesAndNotApplicable: a comment on any question and "not applicable" with a reason where
// the questionnaire allows it; such a question no longer blocks the submit, and the analyst
// reads both.
func TestNotesAndNotApplicable(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			v := srv.Vendor(t, "No Contractors "+d)
			a, tok := sendQuestionnaire(t, srv, v)
			notes := srv.URL + "/api/v1/respond/notes/"
			code, body := call(t, "PUT", notes+"security_ownership", tok, map[string]any{"comment": "x", "not_applicable": true})
			expectAPIError(t, "N/A where the questionnaire does not allow it", code, body, http.StatusUnprocessableEntity, "invalid", "not_applicable")
			code, body = call(t, "PUT", notes+"contractor_agreements", tok, map[string]any{"not_applicable": true})
			expectAPIError(t, "N/A without a reason", code, body, http.StatusUnprocessableEntity, "invalid", "comment")
			code, body = call(t, "PUT", notes+"no_such_question", tok, map[string]any{"comment": "hello"})
			expectAPIError(t, "a note on an unknown question", code, body, http.StatusNotFound, "not_found")

			answers := map[string]any{}
			for k, v := range plainAnswers {
				answers[k] = v
			}
			delete(answers, "contractor_agreements")
			if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": answers}, nil); code != http.StatusOK {
				t.Fatalf("answers: %d", code)
			}
			var state struct {
				Missing []string
				Notes   map[string]struct {
					Comment       string
					NotApplicable bool `json:"not_applicable"`
				}
			}
			if code := api(t, "GET", srv.URL+"/api/v1/respond", tok, nil, &state); code != http.StatusOK || !contains(state.Missing, "contractor_agreements") {
				t.Fatalf("before the mark, contractor_agreements should be missing: %d %v", code, state.Missing)
			}
			if code, body := call(t, "PUT", notes+"contractor_agreements", tok,
				map[string]any{"comment": "We have no contractors: all staff are employees.", "not_applicable": true}); code != http.StatusOK {
				t.Fatalf("mark N/A: %d %s", code, body)
			}
			if code, body := call(t, "PUT", notes+"security_kpis", tok, map[string]any{"comment": "KPIs start next quarter."}); code != http.StatusOK {
				t.Fatalf("comment: %d %s", code, body)
			}
			if code := api(t, "GET", srv.URL+"/api/v1/respond", tok, nil, &state); code != http.StatusOK || contains(state.Missing, "contractor_agreements") ||
				!state.Notes["contractor_agreements"].NotApplicable || state.Notes["security_kpis"].Comment != "KPIs start next quarter." {
				t.Fatalf("after the notes: %d %+v", code, state)
			}
			if code, body := call(t, "POST", srv.URL+"/api/v1/respond/submit", tok, nil); code != http.StatusOK {
				t.Fatalf("submit with a question marked not applicable: %d %s", code, body)
			}
			// The vendor keeps a PDF copy of the answers as submitted, the notes with them.
			res, pdf := do(t, nil, "GET", srv.URL+"/api/v1/respond/answers.pdf", "", "", withBearer(tok))
			doc, err := reading.Read(apptest.Ctx(), strings.NewReader(pdf), int64(len(pdf)), "pdf", reading.DefaultLimits())
			if res.StatusCode != http.StatusOK || err != nil || !strings.Contains(doc.Text, "Not applicable") ||
				!strings.Contains(doc.Text, "We have no contractors") || !strings.Contains(doc.Text, "KPIs start next quarter.") {
				t.Errorf("the copy of the answers (%d, %v):\n%.1500s", res.StatusCode, err, doc.Text)
			}
			code, body = call(t, "PUT", notes+"security_kpis", tok, map[string]any{"comment": "changed after submit"})
			if code != http.StatusConflict {
				t.Errorf("a note after submitting: %d %s, want 409", code, body)
			}
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			var staff struct {
				Notes map[string]struct {
					Comment       string
					NotApplicable bool `json:"not_applicable"`
				}
			}
			if code := api(t, "GET", srv.URL+"/api/v1/assessments/"+itoa(a.ID), analyst, nil, &staff); code != http.StatusOK ||
				!staff.Notes["contractor_agreements"].NotApplicable || staff.Notes["security_kpis"].Comment != "KPIs start next quarter." {
				t.Errorf("the analyst's view of the notes: %d %+v", code, staff.Notes)
			}
			page := signIn(t, srv, "ana2@example.com", model.RoleAnalyst)
			if res, html := do(t, page, "GET", srv.URL+"/assessments/"+itoa(a.ID), "", ""); res.StatusCode != http.StatusOK ||
				!strings.Contains(html, "We have no contractors") || !strings.Contains(html, "data-not-applicable") {
				t.Errorf("the assessment page does not show the vendor's notes: %d", res.StatusCode)
			}
			if n := countEvents(t, srv, a.ID, "answer.note"); n != 2 {
				t.Errorf("%d answer.note events, want 2", n)
			}
		})
	}
}

// TestFailedSubmitListsMissingQuestions: a submit with required questions unanswered redirects
// (Post/Redirect/Get) to the questionnaire listing each missing question with a link to it; the
// address left behind reloads.
func TestFailedSubmitListsMissingQuestions(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	v := srv.Vendor(t, "Half Done")
	_, tok := sendQuestionnaire(t, srv, v)
	if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": map[string]any{"security_ownership": "it_team"}}, nil); code != http.StatusOK {
		t.Fatalf("answer: %d", code)
	}
	c := srv.VendorSession(t, tok)
	csrf := srv.CSRF(t, c, "/respond")
	res, _ := do(t, c, "POST", srv.URL+"/respond/submit", "application/x-www-form-urlencoded", "_csrf="+csrf)
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/respond?incomplete=1#missing" {
		t.Fatalf("refused submit: %d to %q, want 303 to the list", res.StatusCode, res.Header.Get("Location"))
	}
	var state struct{ Missing []string }
	if code := api(t, "GET", srv.URL+"/api/v1/respond", tok, nil, &state); code != http.StatusOK || len(state.Missing) == 0 {
		t.Fatalf("state: %d %v", code, state.Missing)
	}
	for i := 0; i < 2; i++ { // the page, then a reload of the same address
		res, html := do(t, c, "GET", srv.URL+"/respond?incomplete=1", "", "")
		if res.StatusCode != http.StatusOK || !strings.Contains(html, `id="missing"`) {
			t.Fatalf("GET the address left by the refused submit: %d", res.StatusCode)
		}
		for _, id := range state.Missing {
			if !strings.Contains(html, `href="#q-`+id+`"`) || !strings.Contains(html, `id="q-`+id+`"`) {
				t.Errorf("the list lacks a link to %s, or the page lacks its anchor", id)
			}
		}
	}
}

// TestBulkAccept: several answers accepted at once, each audited; a list naming an unknown
// question accepts nothing.
func TestBulkAccept(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			a, _, _ := submitScored(t, srv, srv.Vendor(t, "Many Answers "+d))
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			accept := srv.URL + "/api/v1/assessments/" + itoa(a.ID) + "/review/accept"
			code, body := call(t, "POST", accept, analyst, map[string]any{"question_ids": []string{"security_ownership", "no_such_question"}})
			expectAPIError(t, "bulk accept with an unknown question", code, body, http.StatusUnprocessableEntity, "invalid", "question_ids")
			if v := staffGet(t, srv, a.ID, analyst); v.Review.Threads["security_ownership"].State != "" {
				t.Fatalf("a refused bulk acceptance accepted security_ownership: %+v", v.Review.Threads["security_ownership"])
			}
			if code, body := call(t, "POST", accept, analyst, map[string]any{"question_ids": []string{"security_ownership", "training_program"}}); code != http.StatusOK {
				t.Fatalf("bulk accept: %d %s", code, body)
			}
			v := staffGet(t, srv, a.ID, analyst)
			for _, q := range []string{"security_ownership", "training_program"} {
				if v.Review.Threads[q].State != model.ReviewAccepted {
					t.Errorf("%s after the bulk acceptance: %q", q, v.Review.Threads[q].State)
				}
			}
			if n := countEvents(t, srv, a.ID, "review.accept"); n != 2 {
				t.Errorf("%d review.accept events, want 2", n)
			}
		})
	}
}

// TestHistoryInSentences: the history tells who changed which question, by its title, from
// which answer to which; it filters by kind and keeps the chain's verdict.
func TestHistoryInSentences(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	v := srv.Vendor(t, "Second Thoughts")
	a, tok := sendQuestionnaire(t, srv, v)
	for _, val := range []string{"it_team", "line_management"} {
		if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": map[string]any{"security_ownership": val}}, nil); code != http.StatusOK {
			t.Fatalf("answer: %d", code)
		}
	}
	st, err := srv.App.Assessments.State(apptest.Ctx(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := st.Definition.Question("security_ownership")
	label := func(id string) string {
		for _, o := range q.Options {
			if o.ID == id {
				return o.Label
			}
		}
		t.Fatalf("no option %s", id)
		return ""
	}
	analyst := signIn(t, srv, "ana@example.com", model.RoleAnalyst)
	res, page := do(t, analyst, "GET", srv.URL+"/assessments/"+itoa(a.ID)+"?history=answers", "", "")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET the page: %d", res.StatusCode)
	}
	history := page[strings.Index(page, `id="history"`):]
	want := "changed the answer to “" + q.Text + "” from “" + label("it_team") + "” to “" + label("line_management") + "”"
	if !strings.Contains(history, want) || !strings.Contains(history, "Vendor contact "+v.Contacts[0].Email) {
		t.Errorf("the history lacks %q by the vendor contact:\n%.2000s", want, history)
	}
	if strings.Contains(history, "sent the questionnaire") || !strings.Contains(history, "keyed chain is intact") {
		t.Errorf("the answers filter shows another kind, or the verdict is gone:\n%.2000s", history)
	}
	_, page = do(t, analyst, "GET", srv.URL+"/assessments/"+itoa(a.ID)+"?history=links", "", "")
	if history = page[strings.Index(page, `id="history"`):]; !strings.Contains(history, "sent the questionnaire") || strings.Contains(history, "changed the answer") {
		t.Errorf("the links filter:\n%.2000s", history)
	}
}
