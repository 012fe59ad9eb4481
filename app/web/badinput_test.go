package web_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"html"
	"io"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
)

// respondState is the vendor's view from GET /api/v1/respond, as far as these tests read it.
type respondState struct {
	AssessmentID uint                       `json:"assessment_id"`
	Status       string                     `json:"status"`
	Answers      map[string]json.RawMessage `json:"answers"`
	Evidence     []struct {
		ID       uint   `json:"id"`
		Filename string `json:"filename"`
	} `json:"evidence"`
}

func vendorState(t *testing.T, srv *apptest.Server, token string) (respondState, string) {
	t.Helper()
	res, body := do(t, nil, "GET", srv.URL+"/api/v1/respond", "", "", withBearer(token))
	var st respondState
	if res.StatusCode != http.StatusOK || json.Unmarshal([]byte(body), &st) != nil {
		t.Fatalf("GET /api/v1/respond: %d %.300s", res.StatusCode, body)
	}
	answers, _ := json.Marshal(st.Answers)
	return st, st.Status + " " + string(answers)
}

// TestInvalidAnswersAreRefusedWhole sends answers the questionnaire cannot take, each beside a
// valid one, and checks the 422 names the question and that nothing at all was saved.
func TestInvalidAnswersAreRefusedWhole(t *testing.T) {
	cases := []struct {
		name     string
		question string
		value    any
	}{
		{"option that is not offered", "security_ownership", "board_only"},
		{"option id of another question", "training_program", "quarterly"},
		{"number above the maximum", "training_completion_rate", 150},
		{"number below the minimum", "training_completion_rate", -5},
		{"number sent as text", "training_completion_rate", "ninety"},
		// The 5.4 questionnaire has no date question; a yes/no answered with a string is the
		// malformed value of the wrong JSON type.
		{"string for a yes/no", "responsibilities_documented", "yes"},
		{"number for a yes/no", "iso27001_certified", 1},
		{"unknown option in a multi choice", "communication_methods", []string{"onboarding_briefing", "carrier_pigeon"}},
		{"single value for a multi choice", "communication_methods", "onboarding_briefing"},
		{"typed value for an evidence question", "training_report", "see attachment"},
		{"unknown question id", "no_such_question", true},
		{"object for a text question", "iso27001_scope", map[string]any{"scope": "everything"}},
	}
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			v := srv.Vendor(t, "Echo Analytics")
			_, tok := sendQuestionnaire(t, srv, v)

			// First with nothing saved yet (status "sent"), then over saved answers.
			for _, phase := range []string{"fresh", "over saved answers"} {
				if phase != "fresh" {
					if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": map[string]any{
						"security_ownership": "it_team", "training_program": "annual", "training_completion_rate": 80,
						"responsibilities_documented": false, "communication_methods": []string{"intranet_only"},
					}}, nil); code != http.StatusOK {
						t.Fatalf("seed answers: %d", code)
					}
				}
				for _, c := range cases {
					t.Run(phase+"/"+c.name, func(t *testing.T) {
						_, before := vendorState(t, srv, tok)
						dbBefore := snapshot(t, srv)
						sibling := "security_kpis"
						res, body := do(t, nil, "PATCH", srv.URL+"/api/v1/respond/answers", "application/json",
							mustJSON(map[string]any{"answers": map[string]any{c.question: c.value, sibling: true}}), withBearer(tok))
						if res.StatusCode != http.StatusUnprocessableEntity {
							t.Fatalf("status %d, want 422: %.300s", res.StatusCode, body)
						}
						e := decodeAPIError(t, c.name, body)
						if e.Error.Code != "invalid" {
							t.Errorf("error code %q, want invalid", e.Error.Code)
						}
						if msg := e.Error.Fields[c.question]; strings.TrimSpace(msg) == "" {
							t.Errorf("fields %v do not name %s", e.Error.Fields, c.question)
						}
						if _, ok := e.Error.Fields[sibling]; ok {
							t.Errorf("the valid answer %s is reported as invalid: %v", sibling, e.Error.Fields)
						}
						if _, after := vendorState(t, srv, tok); after != before {
							t.Errorf("answers changed after a refused save:\n before %s\n after  %s", before, after)
						}
						assertUnchanged(t, dbBefore, snapshot(t, srv))
					})
				}
			}

			t.Run("body that is not JSON", func(t *testing.T) {
				dbBefore := snapshot(t, srv)
				res, body := do(t, nil, "PATCH", srv.URL+"/api/v1/respond/answers", "application/json", `{"answers": {"security_ownership": `, withBearer(tok))
				if res.StatusCode != http.StatusBadRequest {
					t.Errorf("status %d, want 400: %.300s", res.StatusCode, body)
				}
				decodeAPIError(t, "malformed JSON", body)
				assertUnchanged(t, dbBefore, snapshot(t, srv))
			})
		})
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestOversizeUploadIsRefused sends a 2 MiB file to a server that takes 1 MiB, once with a
// Content-Length and once chunked, and checks the 413 leaves neither a row nor an object.
func TestOversizeUploadIsRefused(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d, Env: map[string]string{"ASSAY_MAX_UPLOAD_MB": "1"}})
			v := srv.Vendor(t, "Foxtrot Hosting")
			a, tok := sendQuestionnaire(t, srv, v)
			line := []byte("% padding line of a large report\n")
			big := append([]byte(minimalPDF), bytes.Repeat(line, (2<<20)/len(line)+1)...)
			ctype, body := multipartBody("review_minutes", "minutes.pdf", "application/pdf", big)
			if len(body) < 2<<20 {
				t.Fatalf("test body is only %d bytes", len(body))
			}

			for _, chunked := range []bool{false, true} {
				name := "with Content-Length"
				if chunked {
					name = "chunked"
				}
				t.Run(name, func(t *testing.T) {
					dbBefore := snapshot(t, srv)
					var r io.Reader = strings.NewReader(body)
					if chunked {
						pr, pw := io.Pipe()
						go func() {
							_, err := io.Copy(pw, strings.NewReader(body))
							pw.CloseWithError(err)
						}()
						r = pr
					}
					req, _ := http.NewRequest("POST", srv.URL+"/api/v1/respond/evidence", r)
					req.Header.Set("Content-Type", ctype)
					req.Header.Set("Authorization", "Bearer "+tok)
					if chunked != (req.ContentLength <= 0) {
						t.Fatalf("request ContentLength %d; the case needs chunked=%v", req.ContentLength, chunked)
					}
					res, err := plainClient.Do(req)
					if err != nil {
						t.Fatalf("upload: %v (the server should answer 413, not drop the connection)", err)
					}
					got, _ := io.ReadAll(res.Body)
					res.Body.Close()
					if res.StatusCode != http.StatusRequestEntityTooLarge {
						t.Fatalf("status %d, want 413: %.300s", res.StatusCode, got)
					}
					e := decodeAPIError(t, "oversize upload", string(got))
					if e.Error.Code != "too_large" {
						t.Errorf("error code %q, want too_large", e.Error.Code)
					}
					if !strings.Contains(e.Error.Message, "1.0 MiB") {
						t.Errorf("message %q does not state the 1 MiB limit", e.Error.Message)
					}
					waitNoEvidenceObjects(t, srv)
					if es, err := srv.App.Store.EvidenceList(apptest.Ctx(), a.ID); err != nil || len(es) != 0 {
						t.Errorf("evidence rows after a refused upload: %d (%v)", len(es), err)
					}
					assertUnchanged(t, dbBefore, snapshot(t, srv))
				})
			}

			// The limit is on size, not on uploads: a small file still goes in.
			if id := uploadOK(t, srv, tok, "review_minutes", "small.pdf", minimalPDF); id == 0 {
				t.Fatal("small upload after refused ones failed")
			}
		})
	}
}

// waitNoEvidenceObjects checks the local evidence folder holds no file, giving a refused
// upload's cleanup a moment in case it finishes just after the response.
func waitNoEvidenceObjects(t *testing.T, srv *apptest.Server) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for {
		files := evidenceFiles(t, srv)
		if len(files) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("files left in the evidence folder: %v", files)
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// fakeExe is the start of a Windows executable: the MZ header whose e_lfanew points at a PE
// signature.
func fakeExe() []byte {
	b := make([]byte, 1024)
	copy(b, "MZ")
	binary.LittleEndian.PutUint32(b[0x3c:], 0x80)
	copy(b[0x80:], "PE\x00\x00")
	binary.LittleEndian.PutUint16(b[0x84:], 0x8664) // x86-64
	copy(b[0x200:], "This program cannot be run in DOS mode.")
	return b
}

// TestDisguisedExecutableIsRefused uploads an executable named and labelled as a PDF.
func TestDisguisedExecutableIsRefused(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			v := srv.Vendor(t, "Golf Consulting")
			a, tok := sendQuestionnaire(t, srv, v)
			dbBefore := snapshot(t, srv)
			ctype, body := multipartBody("training_report", "training-report.pdf", "application/pdf", fakeExe())
			res, got := do(t, nil, "POST", srv.URL+"/api/v1/respond/evidence", ctype, body, withBearer(tok))
			if res.StatusCode != http.StatusUnsupportedMediaType {
				t.Fatalf("status %d, want 415: %.300s", res.StatusCode, got)
			}
			e := decodeAPIError(t, "disguised exe", got)
			if e.Error.Code != "unsupported_type" {
				t.Errorf("error code %q, want unsupported_type", e.Error.Code)
			}
			// training_report accepts these, per the questionnaire file.
			for _, kind := range []string{"pdf", "csv", "xlsx", "png", "jpeg"} {
				if !strings.Contains(strings.ToLower(e.Error.Message), kind) {
					t.Errorf("message %q does not list the allowed type %s", e.Error.Message, kind)
				}
			}
			if es, err := srv.App.Store.EvidenceList(apptest.Ctx(), a.ID); err != nil || len(es) != 0 {
				t.Errorf("evidence rows after a refused upload: %d (%v)", len(es), err)
			}
			waitNoEvidenceObjects(t, srv)
			assertUnchanged(t, dbBefore, snapshot(t, srv))
		})
	}
}

// TestTraversalFilenameIsStoredSafely uploads real PDFs whose names try to climb out of a
// folder and checks the stored name and the download's Content-Disposition.
func TestTraversalFilenameIsStoredSafely(t *testing.T) {
	cases := []struct{ sent, want string }{
		{"../../etc/passwd.pdf", "passwd.pdf"},
		{`..\..\windows\system32\evil.pdf`, "evil.pdf"},
		{"/etc/../../minutes.pdf", "minutes.pdf"},
	}
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			v := srv.Vendor(t, "Hotel Systems")
			a, tok := sendQuestionnaire(t, srv, v)
			for _, c := range cases {
				t.Run(c.sent, func(t *testing.T) {
					content := minimalPDF + "% " + c.want + "\n"
					ctype, body := multipartBody("review_minutes", c.sent, "application/pdf", []byte(content))
					res, got := do(t, nil, "POST", srv.URL+"/api/v1/respond/evidence", ctype, body, withBearer(tok))
					if res.StatusCode != http.StatusCreated {
						t.Fatalf("upload: %d %.300s", res.StatusCode, got)
					}
					var ev struct {
						ID       uint   `json:"id"`
						Filename string `json:"filename"`
					}
					if err := json.Unmarshal([]byte(got), &ev); err != nil || ev.ID == 0 {
						t.Fatalf("upload answer: %.300s", got)
					}
					if strings.ContainsAny(ev.Filename, `/\`) || strings.Contains(ev.Filename, "..") {
						t.Errorf("stored filename %q keeps a path", ev.Filename)
					}
					if ev.Filename != c.want {
						t.Errorf("stored filename %q, want %q", ev.Filename, c.want)
					}
					row, err := srv.App.Store.Evidence(apptest.Ctx(), a.ID, ev.ID)
					if err != nil {
						t.Fatal(err)
					}
					if row.Filename != ev.Filename || !strings.HasPrefix(row.ObjectKey, "evidence/") ||
						strings.Contains(row.ObjectKey, "..") || strings.Contains(row.ObjectKey, c.want) {
						t.Errorf("row filename %q key %q: the key must be server-made", row.Filename, row.ObjectKey)
					}

					res, file := do(t, nil, "GET", srv.URL+"/api/v1/assessments/"+itoa(a.ID)+"/evidence/"+itoa(ev.ID), "", "", withBearer(analyst))
					if res.StatusCode != http.StatusOK || file != content {
						t.Fatalf("download: %d, same content %v", res.StatusCode, file == content)
					}
					disp, params, err := mime.ParseMediaType(res.Header.Get("Content-Disposition"))
					if err != nil || disp != "attachment" || params["filename"] != ev.Filename {
						t.Errorf("Content-Disposition %q, want attachment with filename %q", res.Header.Get("Content-Disposition"), ev.Filename)
					}
					if ct := res.Header.Get("Content-Type"); ct != "application/pdf" {
						t.Errorf("download Content-Type %q, want application/pdf", ct)
					}
				})
			}
			for _, f := range evidenceFiles(t, srv) {
				if !regexp.MustCompile(`^evidence/\d{4}/\d{2}/[0-9a-f]{32} \(`).MatchString(f) {
					t.Errorf("unexpected file in the evidence folder: %s", f)
				}
			}
		})
	}
}

// TestBadInvitationTokensLookAlike checks that a visitor cannot tell an unknown token from a
// malformed, expired or revoked one: the link page and the API answer the same way to all.
func TestBadInvitationTokensLookAlike(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) { badTokensLookAlike(t, d) })
	}
}

func badTokensLookAlike(t *testing.T, dialect string) {
	// These checks try many tokens that do not work from one address on purpose; the throttle
	// on guessing (app/securitytest) would answer them 429 before the check they are about.
	srv := apptest.NewServer(t, apptest.Options{Dialect: dialect, Env: map[string]string{"ASSAY_TOKEN_GUESS_LIMIT": "10000"}})
	analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
	_, valid := sendQuestionnaire(t, srv, srv.Vendor(t, "India Logistics"))
	expA, expired := sendQuestionnaire(t, srv, srv.Vendor(t, "Juliet Media"))
	revA, revoked := sendQuestionnaire(t, srv, srv.Vendor(t, "Kilo Print"))
	if err := srv.App.Store.DB().Model(&model.Invitation{}).Where("assessment_id = ?", expA.ID).
		Update("expires_at", time.Now().UTC().Add(-time.Hour)).Error; err != nil {
		t.Fatal(err)
	}
	inv := onlyInvitation(t, srv, revA.ID)
	if code := api(t, "POST", srv.URL+"/api/v1/assessments/"+itoa(revA.ID)+"/invitations/"+itoa(inv.ID)+"/revoke", analyst, nil, nil); code != http.StatusNoContent {
		t.Fatalf("revoke: %d", code)
	}

	tokens := []struct{ name, token string }{
		{"unknown", newTokenString()},
		{"too short", valid[:len(valid)-5]},
		{"too long", valid + "AAAA"},
		{"one character", "x"},
		{"not base64url", strings.Repeat("!", len(valid))},
		{"expired", expired},
		{"revoked", revoked},
	}

	var refPage, refAPI string
	var refPageStatus, refAPIStatus int
	for i, tk := range tokens {
		res, page := do(t, nil, "GET", srv.URL+"/r/"+url.PathEscape(tk.token), "", "")
		if i == 0 {
			refPage, refPageStatus = page, res.StatusCode
			if res.StatusCode != http.StatusNotFound || !strings.Contains(page, "This link cannot be used") {
				t.Fatalf("GET /r/<unknown>: %d, want 404 with the invalid-link page: %.300s", res.StatusCode, page)
			}
		} else if res.StatusCode != refPageStatus || page != refPage {
			t.Errorf("GET /r/<%s>: %d and a page that differs from the unknown token's (%d):\n%.400s", tk.name, res.StatusCode, refPageStatus, page)
		}
		for _, ck := range res.Cookies() {
			if ck.Name == "assay_vendor" && ck.Value != "" {
				t.Errorf("GET /r/<%s> set a vendor session cookie", tk.name)
			}
		}
		if tk.token != "x" && strings.Contains(page, tk.token) {
			t.Errorf("GET /r/<%s>: the page repeats the token", tk.name)
		}

		res, body := do(t, nil, "GET", srv.URL+"/api/v1/respond", "", "", withBearer(tk.token))
		if i == 0 {
			refAPI, refAPIStatus = body, res.StatusCode
			if res.StatusCode != http.StatusUnauthorized {
				t.Errorf("GET /api/v1/respond with an unknown bearer: %d, want 401", res.StatusCode)
			}
			decodeAPIError(t, "unknown bearer", body)
		} else if res.StatusCode != refAPIStatus || body != refAPI {
			t.Errorf("bearer <%s>: %d %s, want the unknown token's %d %s", tk.name, res.StatusCode, body, refAPIStatus, refAPI)
		}
	}
	if res, _ := do(t, nil, "GET", srv.URL+"/r/"+valid, "", ""); res.StatusCode != http.StatusSeeOther {
		t.Errorf("the valid link stopped working: %d", res.StatusCode)
	}
	for _, tk := range tokens {
		if len(tk.token) > 8 && strings.Contains(srv.Logs(), tk.token) {
			t.Errorf("the %s token appears in the server log", tk.name)
		}
	}
}

var inputValue = regexp.MustCompile(`<input[^>]*\bname="([^"]+)"[^>]*\bvalue="([^"]*)"`)

// formValues reads the value of every text input on an HTML page.
func formValues(page string) map[string]string {
	out := map[string]string{}
	for _, m := range inputValue.FindAllStringSubmatch(page, -1) {
		out[html.UnescapeString(m[1])] = html.UnescapeString(m[2])
	}
	return out
}

// TestVendorFormKeepsWhatWasTyped posts the vendor form with mistakes and checks the 422 page
// shows a message by each wrong field and every value as typed, and that nothing was saved.
func TestVendorFormKeepsWhatWasTyped(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			analyst := signIn(t, srv, "ana@example.com", model.RoleAnalyst)
			existing := srv.Vendor(t, "Lima Records")

			typed := url.Values{
				"name":                 {""},
				"website":              {"https://acme-typed.example/path?q=1&x=<2>"},
				"tier":                 {"critical"},
				"services[0].name":     {"Payroll processing & pensions"},
				"services[0].keywords": {"payroll, salaries"},
				"contacts[0].name":     {`Dana "DQ" O'Neil`},
				"contacts[0].email":    {"dana-at-example"},
				"contacts[1].name":     {"Sam Second"},
				"contacts[1].email":    {"sam@acme-typed.example"},
			}
			for _, target := range []struct{ name, path, editPage string }{
				{"new vendor", "/vendors", "/vendors/new"},
				{"edit vendor", "/vendors/" + itoa(existing.ID), "/vendors/" + itoa(existing.ID) + "/edit"},
			} {
				t.Run(target.name, func(t *testing.T) {
					before := snapshot(t, srv)
					form := url.Values{"_csrf": {srv.CSRF(t, analyst, target.editPage)}}
					for k, v := range typed {
						form[k] = v
					}
					res, page := do(t, analyst, "POST", srv.URL+target.path, "application/x-www-form-urlencoded", form.Encode())
					if res.StatusCode != http.StatusUnprocessableEntity {
						t.Fatalf("status %d, want 422: %.300s", res.StatusCode, page)
					}
					if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
						t.Errorf("Content-Type %q, want the HTML form again", ct)
					}
					for _, field := range []string{"name", "contacts[0].email"} {
						if !fieldHasError(page, field) {
							t.Errorf("no message shown by the %s field", field)
						}
					}
					got := formValues(page)
					for k, v := range typed {
						if k == "tier" || k == "name" {
							continue
						}
						if got[k] != v[0] {
							t.Errorf("field %s shows %q, typed %q", k, got[k], v[0])
						}
					}
					if _, ok := got["name"]; !ok || got["name"] != "" {
						t.Errorf("name field missing or not blank: %q", got["name"])
					}
					if !regexp.MustCompile(`<option value="critical"\s+selected>`).MatchString(page) {
						t.Error("the tier typed (critical) is not selected any more")
					}
					assertUnchanged(t, before, snapshot(t, srv))
				})
			}
		})
	}
}

// fieldHasError reports whether the form shows an error message right after the input named
// field, in the same label or row.
func fieldHasError(page, field string) bool {
	re := regexp.MustCompile(`name="` + regexp.QuoteMeta(field) + `"[^>]*>(?:\s|<input[^>]*>|</label>|<label>[^<]*)*?<span class="error">[^<]+</span>`)
	return re.MatchString(page)
}

// TestConflictingEditsKeepTheFirst has two vendor sessions of the same assessment save the same
// answer from the same version: the second gets 409 and the first value stays.
func TestConflictingEditsKeepTheFirst(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			v := srv.Vendor(t, "Mike Facilities")
			_, tok := sendQuestionnaire(t, srv, v)
			first, second := srv.VendorSession(t, tok), srv.VendorSession(t, tok)
			csrf1, csrf2 := srv.CSRF(t, first, "/respond"), srv.CSRF(t, second, "/respond")
			if csrf1 == csrf2 {
				t.Fatal("the two sessions share a CSRF token; they are not two sessions")
			}

			save := func(c *http.Client, csrf, value string, version int) (*http.Response, string) {
				return do(t, c, "PATCH", srv.URL+"/respond/answers", "application/json",
					mustJSON(map[string]any{"answers": map[string]any{"security_ownership": value},
						"versions": map[string]int{"security_ownership": version}}),
					withHeader("X-CSRF-Token", csrf), withHeader("Accept", "application/json"))
			}
			version := func() (json.RawMessage, int) {
				res, body := do(t, first, "GET", srv.URL+"/respond/state", "", "")
				var st struct {
					Answers map[string]struct {
						Value   json.RawMessage `json:"value"`
						Version int             `json:"version"`
					} `json:"answers"`
				}
				if res.StatusCode != http.StatusOK || json.Unmarshal([]byte(body), &st) != nil {
					t.Fatalf("GET /respond/state: %d %.300s", res.StatusCode, body)
				}
				a := st.Answers["security_ownership"]
				return a.Value, a.Version
			}

			// From nothing (version 0), and again from an answer both sessions loaded.
			for round, values := range [][2]string{{"line_management", "it_team"}, {"ciso_only", "it_team"}} {
				_, loaded := version()
				res, body := save(first, csrf1, values[0], loaded)
				if res.StatusCode != http.StatusOK {
					t.Fatalf("round %d, first save: %d %.300s", round, res.StatusCode, body)
				}
				dbBefore := snapshot(t, srv)
				res, body = save(second, csrf2, values[1], loaded)
				if res.StatusCode != http.StatusConflict {
					t.Fatalf("round %d, second save from the same version: %d, want 409: %.300s", round, res.StatusCode, body)
				}
				var e struct {
					Error struct {
						Code    string `json:"code"`
						Message string `json:"message"`
						Current map[string]struct {
							Value   string `json:"value"`
							Version int    `json:"version"`
						} `json:"current"`
					} `json:"error"`
				}
				if err := json.Unmarshal([]byte(body), &e); err != nil {
					t.Fatalf("409 body is not the JSON error shape: %.300s", body)
				}
				if e.Error.Code != "conflict" || e.Error.Message == "" {
					t.Errorf("409 error %+v, want code conflict with a message", e.Error)
				}
				if cur := e.Error.Current["security_ownership"]; cur.Value != values[0] || cur.Version != loaded+1 {
					t.Errorf("409 reports current %+v, want %q at version %d", cur, values[0], loaded+1)
				}
				value, ver := version()
				if string(value) != `"`+values[0]+`"` || ver != loaded+1 {
					t.Errorf("stored %s version %d, want the first save's %q version %d", value, ver, values[0], loaded+1)
				}
				assertUnchanged(t, dbBefore, snapshot(t, srv))
			}
		})
	}
}
