package web_test

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/mail/mailpittest"
	"assay/app/model"
)

// apiVendor registers a vendor through the API with one contact per address.
func apiVendor(t *testing.T, srv *apptest.Server, token, name, tier string, emails ...string) model.Vendor {
	t.Helper()
	var contacts []map[string]string
	for i, e := range emails {
		contacts = append(contacts, map[string]string{"name": fmt.Sprintf("Contact %d", i+1), "email": e})
	}
	var created struct{ ID uint }
	if code := api(t, "POST", srv.URL+"/api/v1/vendors", token, map[string]any{"name": name, "tier": tier, "contacts": contacts}, &created); code != http.StatusCreated {
		t.Fatalf("create vendor %s: %d", name, code)
	}
	v, err := srv.App.Store.Vendor(apptest.Ctx(), created.ID)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func countAssessments(t *testing.T, srv *apptest.Server) int64 {
	t.Helper()
	var n int64
	if err := srv.App.Store.DB().Model(&model.Assessment{}).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// checkbox reports whether the page has the checkbox and whether it is ticked.
func checkbox(page, name, value string) (present, checked bool) {
	re := regexp.MustCompile(`<input type="checkbox" name="` + regexp.QuoteMeta(name) + `" value="` + regexp.QuoteMeta(html.EscapeString(value)) + `"(\s+checked)?\s*>`)
	m := re.FindStringSubmatch(page)
	return m != nil, m != nil && m[1] != ""
}

// TestBulkSendForm sends one questionnaire to three vendors through the pages, each to the
// contacts ticked for it, with mail through the real SMTP server: every ticked contact gets
// exactly one link, to their own vendor's assessment, and an unticked one gets nothing. A
// refused form keeps every choice and sends nothing.
func TestBulkSendForm(t *testing.T) {
	mailpit := apptest.Need(t, "ASSAY_TEST_MAILPIT_API")
	srv := apptest.NewServer(t, apptest.Options{SMTP: true})
	token := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
	a1, a2, b1, b2, c1 := uniqueRecipient("ada"), uniqueRecipient("abe"), uniqueRecipient("bea"), uniqueRecipient("bob"), uniqueRecipient("cy")
	vA := apiVendor(t, srv, token, "Alder Analytics", "critical", a1, a2)
	vB := apiVendor(t, srv, token, "Birch Billing", "high", b1, b2)
	vC := apiVendor(t, srv, token, "Cedar Cloud", "low", c1)
	analyst := signIn(t, srv, "ann@example.com", model.RoleAnalyst)

	// Both ways in: the vendor list and the reassessments page offer the vendors for a bulk send.
	_, page := do(t, analyst, "GET", srv.URL+"/vendors", "", "")
	for _, v := range []model.Vendor{vA, vB, vC} {
		if !strings.Contains(page, fmt.Sprintf(`name="vendor" value="%d" form="bulk-select"`, v.ID)) {
			t.Errorf("vendor list: no checkbox for %s in the bulk-send selection", v.Name)
		}
	}
	if !strings.Contains(page, `action="/assessments/bulk" id="bulk-select"`) {
		t.Error("vendor list: no bulk-send selection form")
	}
	_, page = do(t, analyst, "GET", srv.URL+"/reassessments", "", "")
	for _, v := range []model.Vendor{vA, vB, vC} {
		if !strings.Contains(page, fmt.Sprintf(`name="vendor" value="%d"`, v.ID)) || !strings.Contains(page, "Never assessed") {
			t.Errorf("reassessments page: %s, never assessed, is not offered", v.Name)
		}
	}
	buyer := signIn(t, srv, "buyer@example.com", model.RoleProcurement)
	for _, path := range []string{"/vendors", "/reassessments"} {
		res, page := do(t, buyer, "GET", srv.URL+path, "", "")
		if res.StatusCode != http.StatusOK || strings.Contains(page, `name="vendor"`) {
			t.Errorf("procurement GET %s: %d, offered a bulk send: %v", path, res.StatusCode, strings.Contains(page, `name="vendor"`))
		}
	}

	form := fmt.Sprintf("/assessments/bulk?vendor=%d&vendor=%d&vendor=%d", vA.ID, vB.ID, vC.ID)
	res, page := do(t, analyst, "GET", srv.URL+form, "", "")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", form, res.StatusCode)
	}
	for _, v := range []model.Vendor{vA, vB, vC} {
		if !strings.Contains(page, v.Name) {
			t.Errorf("bulk form does not show %s", v.Name)
		}
		for _, c := range v.Contacts {
			if present, checked := checkbox(page, fmt.Sprintf("recipients_%d", v.ID), c.Email); !present || !checked {
				t.Errorf("%s's contact %s: present %v, ticked %v; want ticked", v.Name, c.Email, present, checked)
			}
		}
	}
	csrf := srv.CSRF(t, analyst, form)
	post := func(values url.Values) (*http.Response, string) {
		values.Set("_csrf", csrf)
		return do(t, analyst, "POST", srv.URL+"/assessments/bulk", "application/x-www-form-urlencoded", values.Encode())
	}
	choices := func(due string, a, b, c []string) url.Values {
		return url.Values{"questionnaire": {"iso27001-a5.4"}, "due_date": {due},
			"vendor":                            {itoa(vA.ID), itoa(vB.ID), itoa(vC.ID)},
			fmt.Sprintf("recipients_%d", vA.ID): a, fmt.Sprintf("recipients_%d", vB.ID): b, fmt.Sprintf("recipients_%d", vC.ID): c}
	}

	res, page = post(choices("2020-01-01", []string{a1}, nil, []string{c1}))
	if res.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("invalid bulk send: %d, want 422", res.StatusCode)
	}
	for _, want := range []string{"Choose at least one contact of Birch Billing.", "Choose a due date after today.", "nothing was sent", `value="2020-01-01"`} {
		if !strings.Contains(page, html.EscapeString(want)) && !strings.Contains(page, want) {
			t.Errorf("refused form lacks %q", want)
		}
	}
	for _, c := range []struct {
		vendor  model.Vendor
		email   string
		checked bool
	}{{vA, a1, true}, {vA, a2, false}, {vB, b1, false}, {vB, b2, false}, {vC, c1, true}} {
		if present, checked := checkbox(page, fmt.Sprintf("recipients_%d", c.vendor.ID), c.email); !present || checked != c.checked {
			t.Errorf("refused form, %s: present %v, ticked %v, want ticked %v", c.email, present, checked, c.checked)
		}
	}
	if n := countAssessments(t, srv); n != 0 {
		t.Fatalf("a refused bulk send created %d assessments", n)
	}

	due := srv.App.Now().AddDate(0, 0, 21).Format("2006-01-02")
	res, _ = post(choices(due, []string{a1, a2}, []string{b2}, []string{c1}))
	loc := res.Header.Get("Location")
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/assessments/bulk/sent?") {
		t.Fatalf("bulk send: %d to %q", res.StatusCode, loc)
	}
	res, page = do(t, analyst, "GET", srv.URL+loc, "", "")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", loc, res.StatusCode)
	}
	for _, want := range []string{"Questionnaires sent.", vA.Name, vB.Name, vC.Name, a1, a2, b2, c1} {
		if !strings.Contains(page, want) {
			t.Errorf("result page lacks %q", want)
		}
	}
	if strings.Contains(page, b1) {
		t.Errorf("result page lists %s, who was not ticked", b1)
	}

	own := map[string]model.Vendor{a1: vA, a2: vA, b2: vB, c1: vC}
	links := map[string]bool{}
	for email, v := range own {
		msg := mailpittest.WaitFor(t, mailpit, 15*time.Second, func(s mailpittest.Summary) bool { return s.HasRecipient(email) })
		if len(msg.To) != 1 {
			t.Errorf("mail to %s is addressed to %d recipients", email, len(msg.To))
		}
		found := invitationLink.FindAllString(mailpittest.Body(t, mailpit, msg.ID), -1)
		if len(found) != 1 {
			t.Fatalf("mail to %s holds %d links, want 1", email, len(found))
		}
		links[found[0]] = true
		var st struct {
			AssessmentID uint   `json:"assessment_id"`
			Vendor       string `json:"vendor"`
		}
		if code := api(t, "GET", srv.URL+"/api/v1/respond", apptest.TokenOf(found[0]), nil, &st); code != http.StatusOK || st.Vendor != v.Name {
			t.Errorf("%s's link opens %q's assessment (%d), want %s's", email, st.Vendor, code, v.Name)
		}
		invs, err := srv.App.Store.Invitations(apptest.Ctx(), st.AssessmentID)
		if err != nil {
			t.Fatal(err)
		}
		var to []string
		for _, inv := range invs {
			to = append(to, inv.Email)
		}
		var want []string
		for e, ov := range own {
			if ov.ID == v.ID {
				want = append(want, e)
			}
		}
		slices.Sort(to)
		slices.Sort(want)
		if !slices.Equal(to, want) {
			t.Errorf("%s's assessment invites %v, want %v", v.Name, to, want)
		}
	}
	if len(links) != 4 {
		t.Errorf("%d distinct links for 4 contacts", len(links))
	}
	for _, s := range mailpittest.Messages(t, mailpit) {
		if s.HasRecipient(b1) {
			t.Errorf("%s was not ticked but got mail %q", b1, s.Subject)
		}
	}
	for _, v := range []model.Vendor{vA, vB, vC} {
		as, err := srv.App.Store.VendorAssessments(apptest.Ctx(), v.ID)
		if err != nil || len(as) != 1 {
			t.Errorf("%s has %d assessments (%v), want 1", v.Name, len(as), err)
		}
	}
	if _, page = do(t, analyst, "GET", srv.URL+"/reassessments", "", ""); !strings.Contains(page, "No vendor is due") {
		t.Error("vendors with a questionnaire open are still listed as due")
	}
}

// TestBulkSendAPI checks the JSON contract of the bulk send: one entry per vendor like the
// single send, per-vendor field errors with nothing sent, and no bulk send for procurement.
func TestBulkSendAPI(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			token := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			buyer := srv.APIToken(t, "buyer@example.com", model.RoleProcurement)
			v1 := apiVendor(t, srv, token, "Dune Data", "high", "dina@dune.example", "dan@dune.example")
			v2 := apiVendor(t, srv, token, "Elm Energy", "medium", "eli@elm.example")
			idle := apiVendor(t, srv, token, "Fir Freight", "low", "fay@fir.example")
			due := srv.App.Now().AddDate(0, 0, 14).Format("2006-01-02")
			body := func(vendors ...map[string]any) map[string]any {
				return map[string]any{"questionnaire": "iso27001-a5.4", "due_date": due, "vendors": vendors}
			}
			vendor := func(id uint, emails ...string) map[string]any {
				return map[string]any{"vendor_id": id, "recipients": emails}
			}

			refusals := []struct {
				name  string
				body  map[string]any
				field string
			}{
				{"no vendors", body(), "vendors"},
				{"unknown vendor", body(vendor(v1.ID, "dina@dune.example"), vendor(987654, "x@y.example")), "vendors.987654.vendor_id"},
				{"vendor twice", body(vendor(v1.ID, "dina@dune.example"), vendor(v1.ID, "dan@dune.example")), fmt.Sprintf("vendors.%d.vendor_id", v1.ID)},
				{"no recipients", body(vendor(v1.ID, "dina@dune.example"), vendor(v2.ID)), fmt.Sprintf("vendors.%d.recipients", v2.ID)},
				{"bad address", body(vendor(v1.ID, "not-an-address")), fmt.Sprintf("vendors.%d.recipients", v1.ID)},
				{"bad due date", map[string]any{"due_date": "next week", "vendors": []any{vendor(v1.ID, "dina@dune.example")}}, "due_date"},
				{"unknown questionnaire", map[string]any{"questionnaire": "nope", "due_date": due, "vendors": []any{vendor(v1.ID, "dina@dune.example")}}, "questionnaire"},
			}
			for _, r := range refusals {
				var out apiErrorBody
				code := api(t, "POST", srv.URL+"/api/v1/assessments/bulk", token, r.body, &out)
				if code != http.StatusUnprocessableEntity || out.Error.Fields[r.field] == "" {
					t.Errorf("%s: %d with fields %v, want 422 naming %s", r.name, code, out.Error.Fields, r.field)
				}
			}
			if n := countAssessments(t, srv); n != 0 {
				t.Fatalf("refused bulk sends created %d assessments", n)
			}
			if code := api(t, "POST", srv.URL+"/api/v1/assessments/bulk", buyer, body(vendor(v1.ID, "dina@dune.example")), nil); code != http.StatusForbidden {
				t.Errorf("procurement bulk send: %d, want 403", code)
			}
			if n := countAssessments(t, srv); n != 0 {
				t.Fatalf("procurement's bulk send created %d assessments", n)
			}

			var sent struct {
				Assessments []struct {
					VendorID    uint   `json:"vendor_id"`
					ID          uint   `json:"id"`
					Status      string `json:"status"`
					DueOn       string `json:"due_on"`
					Invitations []struct {
						Email     string    `json:"email"`
						URL       string    `json:"url"`
						ExpiresAt time.Time `json:"expires_at"`
					} `json:"invitations"`
				} `json:"assessments"`
			}
			code := api(t, "POST", srv.URL+"/api/v1/assessments/bulk", token, body(vendor(v1.ID, "dina@dune.example", "dan@dune.example"), vendor(v2.ID, "eli@elm.example")), &sent)
			if code != http.StatusCreated || len(sent.Assessments) != 2 {
				t.Fatalf("bulk send: %d %+v", code, sent)
			}
			for i, want := range []struct {
				vendor uint
				emails []string
			}{{v1.ID, []string{"dina@dune.example", "dan@dune.example"}}, {v2.ID, []string{"eli@elm.example"}}} {
				a := sent.Assessments[i]
				if a.VendorID != want.vendor || a.ID == 0 || a.Status != model.StatusSent || a.DueOn != due || len(a.Invitations) != len(want.emails) {
					t.Errorf("entry %d: %+v", i, a)
					continue
				}
				for j, inv := range a.Invitations {
					if inv.Email != want.emails[j] || !strings.HasPrefix(inv.URL, srv.URL+"/r/") || inv.ExpiresAt.IsZero() {
						t.Errorf("entry %d invitation %d: %+v", i, j, inv)
					}
				}
			}

			var due30 struct {
				Total   int `json:"total"`
				Vendors []struct {
					VendorID uint       `json:"vendor_id"`
					DueAt    *time.Time `json:"due_at"`
				} `json:"vendors"`
			}
			if code := api(t, "GET", srv.URL+"/api/v1/reassessments", buyer, nil, &due30); code != http.StatusOK {
				t.Fatalf("GET /api/v1/reassessments: %d", code)
			}
			if due30.Total != 1 || len(due30.Vendors) != 1 || due30.Vendors[0].VendorID != idle.ID || due30.Vendors[0].DueAt != nil {
				t.Errorf("due list after sending to two of three vendors: %+v", due30)
			}
		})
	}
}

// TestReassessmentWhatChanged follows a vendor's second assessment through the vendor API:
// last time's answers arrive carried over and marked, files do not, one edit flips its marker
// to changed, and the analyst sees that change on the assessment page.
func TestReassessmentWhatChanged(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			token := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			v := apiVendor(t, srv, token, "Gale Hosting", "critical", "gus@gale.example")
			first, vendorTok := sendQuestionnaire(t, srv, v)
			answers := map[string]any{"security_ownership": "line_management", "responsibilities_documented": true,
				"communication_methods": []string{"onboarding_briefing"}, "training_program": "none", "employment_contract_clauses": true,
				"contractor_agreements": true, "acknowledgement_process": "none", "management_review_cadence": "ad_hoc",
				"security_kpis": true, "disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false}
			if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", vendorTok, map[string]any{"answers": answers}, nil); code != http.StatusOK {
				t.Fatalf("first answers: %d", code)
			}
			uploadOK(t, srv, vendorTok, "security_policy", "policy-2025.pdf", minimalPDF)
			var submitted map[string]any
			if code := api(t, "POST", srv.URL+"/api/v1/respond/submit", vendorTok, nil, &submitted); code != http.StatusOK {
				t.Fatalf("submit: %d %v", code, submitted)
			}

			var sent struct {
				Assessments []struct {
					ID          uint
					Invitations []struct{ URL string }
				}
			}
			due := srv.App.Now().AddDate(0, 0, 14).Format("2006-01-02")
			if code := api(t, "POST", srv.URL+"/api/v1/assessments/bulk", token, map[string]any{"questionnaire": "iso27001-a5.4",
				"due_date": due, "vendors": []any{map[string]any{"vendor_id": v.ID, "recipients": []string{"gus@gale.example"}}}}, &sent); code != http.StatusCreated {
				t.Fatalf("bulk send: %d", code)
			}
			second, secondTok := sent.Assessments[0].ID, apptest.TokenOf(sent.Assessments[0].Invitations[0].URL)

			type change struct {
				Marker       string `json:"marker"`
				Label        string `json:"label"`
				Previous     any    `json:"previous"`
				PreviousText string `json:"previous_text"`
			}
			type state struct {
				AssessmentID uint `json:"assessment_id"`
				Answers      map[string]struct {
					Value     any    `json:"value"`
					Version   int    `json:"version"`
					UpdatedBy string `json:"updated_by"`
				} `json:"answers"`
				Evidence     []map[string]any `json:"evidence"`
				Reassessment *struct {
					PreviousID uint              `json:"previous_assessment_id"`
					Questions  map[string]change `json:"questions"`
					Changed    []string          `json:"changed"`
				} `json:"reassessment"`
			}
			var st state
			if code := api(t, "GET", srv.URL+"/api/v1/respond", secondTok, nil, &st); code != http.StatusOK || st.AssessmentID != second {
				t.Fatalf("GET /api/v1/respond: %d, assessment %d", code, st.AssessmentID)
			}
			if st.Reassessment == nil || st.Reassessment.PreviousID != first.ID {
				t.Fatalf("reassessment: %+v, want previous #%d", st.Reassessment, first.ID)
			}
			own := st.Reassessment.Questions["security_ownership"]
			if own.Marker != "carried" || own.Label != "Carried over — please confirm" || own.Previous != "line_management" || own.PreviousText == "" {
				t.Errorf("security_ownership before any edit: %+v", own)
			}
			if a := st.Answers["security_ownership"]; a.Value != "line_management" || a.UpdatedBy != fmt.Sprintf("carried over from assessment #%d", first.ID) {
				t.Errorf("carried answer %+v", a)
			}
			if len(st.Evidence) != 0 {
				t.Errorf("files carried over: %v", st.Evidence)
			}

			var saved state
			if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", secondTok, map[string]any{
				"answers": map[string]any{"security_ownership": "ciso_only"}, "versions": map[string]int{"security_ownership": st.Answers["security_ownership"].Version},
			}, &saved); code != http.StatusOK {
				t.Fatalf("edit: %d", code)
			}
			own = saved.Reassessment.Questions["security_ownership"]
			if own.Marker != "changed" || own.Label != "Changed since last assessment" || own.Previous != "line_management" {
				t.Errorf("security_ownership after the edit: %+v", own)
			}
			if m := saved.Reassessment.Questions["security_kpis"].Marker; m != "carried" {
				t.Errorf("untouched security_kpis: %q", m)
			}
			if !slices.Equal(saved.Reassessment.Changed, []string{"security_ownership"}) {
				t.Errorf("changed: %v", saved.Reassessment.Changed)
			}

			vendorPage := srv.VendorSession(t, secondTok)
			_, page := do(t, vendorPage, "GET", srv.URL+"/respond", "", "")
			for _, want := range []string{"Files are not carried over", `data-marker="changed"`, `data-marker="carried"`} {
				if !strings.Contains(page, want) {
					t.Errorf("vendor page lacks %q", want)
				}
			}

			analyst := signIn(t, srv, "ann@example.com", model.RoleAnalyst)
			_, page = do(t, analyst, "GET", srv.URL+"/assessments/"+itoa(second), "", "")
			if !strings.Contains(page, fmt.Sprintf(`Reassessment of <a href="/assessments/%d">#%d</a>`, first.ID, first.ID)) ||
				!strings.Contains(page, `data-changed="security_ownership"`) || strings.Contains(page, `data-changed="security_kpis"`) {
				t.Errorf("analyst's page does not list exactly the changed answer")
			}
			buyer := signIn(t, srv, "buyer@example.com", model.RoleProcurement)
			if _, page = do(t, buyer, "GET", srv.URL+"/assessments/"+itoa(second), "", ""); strings.Contains(page, "data-changed") {
				t.Errorf("procurement sees the vendor's answers on the assessment page")
			}
			var full struct {
				Reassessment *struct {
					PreviousID uint     `json:"previous_assessment_id"`
					Changed    []string `json:"changed"`
				} `json:"reassessment"`
			}
			if code := api(t, "GET", srv.URL+"/api/v1/assessments/"+itoa(second), token, nil, &full); code != http.StatusOK ||
				full.Reassessment == nil || full.Reassessment.PreviousID != first.ID || !slices.Equal(full.Reassessment.Changed, []string{"security_ownership"}) {
				t.Errorf("analyst API: %d %+v", code, full.Reassessment)
			}
			buyerTok := srv.APIToken(t, "buyer@example.com", model.RoleProcurement)
			full.Reassessment = nil
			if code := api(t, "GET", srv.URL+"/api/v1/assessments/"+itoa(second), buyerTok, nil, &full); code != http.StatusOK || full.Reassessment != nil {
				t.Errorf("procurement API: %d, reassessment %+v", code, full.Reassessment)
			}
		})
	}
}
