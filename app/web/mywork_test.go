package web_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
)

// workList returns the items of one list of the home page's work section, as "vendor | what |
// link", with "late" appended when marked late; nil when the list is not shown.
func workList(page, key string) []string {
	m := regexp.MustCompile(`(?s)<ul class="work-list" data-work="` + key + `">(.*?)</ul>`).FindStringSubmatch(page)
	if m == nil {
		return nil
	}
	var out []string
	for _, li := range regexp.MustCompile(`(?s)<li><a href="([^"]+)"><strong>([^<]*)</strong></a> <span>([^<]*)</span>(.*?)</li>`).FindAllStringSubmatch(m[1], -1) {
		item := li[2] + " | " + li[3] + " | " + li[1]
		if strings.Contains(li[4], "Late") {
			item += " | late"
		}
		out = append(out, item)
	}
	return out
}

// TestMyWorkListsWhatWaits is the analyst's home page: what waits for them, and only for them,
// each item linking to where it is done.
func TestMyWorkListsWhatWaits(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d, SMTP: true})
			ctx := apptest.Ctx()
			// sendQuestionnaire sends as sender@example.com: that analyst is "me" here.
			me := signIn(t, srv, "sender@example.com", model.RoleAnalyst)
			meUser, err := srv.App.Store.UserByEmail(ctx, "sender@example.com")
			if err != nil {
				t.Fatal(err)
			}
			other := srv.APIToken(t, "other-analyst@example.com", model.RoleAnalyst)
			otherUser, err := srv.App.Store.UserByEmail(ctx, "other-analyst@example.com")
			if err != nil {
				t.Fatal(err)
			}

			// Mine, submitted: awaits my review.
			review, _, _ := submitScored(t, srv, srv.Vendor(t, "Review Works"))
			// Someone else's submission is not on my list.
			theirs := srv.Vendor(t, "Elsewhere Holdings")
			theirA, theirTok := srv.Send(t, theirs)
			if code := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", theirTok, map[string]any{"answers": plainAnswers}, nil); code != http.StatusOK {
				t.Fatalf("answer: %d", code)
			}
			if code := api(t, "POST", srv.URL+"/api/v1/respond/submit", theirTok, nil, nil); code != http.StatusOK {
				t.Fatalf("submit: %d", code)
			}
			srv.WaitResult(t, theirA.ID)
			// Mine, clarification asked by a colleague and answered by the vendor.
			clar, tok, _ := submitScored(t, srv, srv.Vendor(t, "Clarity Partners"))
			base := srv.URL + "/api/v1/assessments/" + itoa(clar.ID)
			if code, body := call(t, "POST", base+"/questions/security_kpis/review", other, map[string]any{"decision": "clarify", "message": "Which KPIs?"}); code != http.StatusOK {
				t.Fatalf("clarify: %d %s", code, body)
			}
			var ret struct{ Invitations []struct{ URL string } }
			if code := api(t, "POST", base+"/return", other, map[string]any{}, &ret); code != http.StatusOK {
				t.Fatalf("return: %d", code)
			}
			if len(ret.Invitations) > 0 {
				tok = apptest.TokenOf(ret.Invitations[0].URL)
			}
			if code, body := call(t, "POST", srv.URL+"/api/v1/respond/questions/security_kpis/reply", tok, map[string]any{"message": "Phishing click rate."}); code != http.StatusOK && code != http.StatusCreated {
				t.Fatalf("vendor reply: %d %s", code, body)
			}

			// Findings: two of mine falling due (one already late), one far off, one closed, one
			// of a colleague's; an acceptance I approved ending soon and one ending next year.
			now := srv.App.Now()
			finding := func(title, status string, owner *uint, due time.Time, approver *uint, until *time.Time) {
				f := model.Finding{AssessmentID: review.ID, VendorID: review.VendorID, FlagID: "flag-" + strings.ReplaceAll(strings.ToLower(title), " ", "-"),
					Severity: "high", Title: title, Explanation: "x", Status: status, OwnerID: owner, DueOn: due,
					ApproverID: approver, AcceptedUntil: until, CreatedAt: now, UpdatedAt: now}
				if err := srv.App.Store.CreateFinding(ctx, &f); err != nil {
					t.Fatal(err)
				}
			}
			soon, later := now.AddDate(0, 0, 10), now.AddDate(1, 0, 0)
			finding("Board never meets", model.FindingOpen, &meUser.ID, now.AddDate(0, 0, 3), nil, nil)
			finding("Training lapsed", model.FindingVendorResponded, &meUser.ID, now.AddDate(0, 0, -2), nil, nil)
			finding("Far off", model.FindingOpen, &meUser.ID, now.AddDate(0, 2, 0), nil, nil)
			finding("Done already", model.FindingClosed, &meUser.ID, now.AddDate(0, 0, -5), nil, nil)
			finding("Colleague's", model.FindingOpen, &otherUser.ID, now.AddDate(0, 0, 1), nil, nil)
			finding("Accepted ending", model.FindingRiskAccepted, &otherUser.ID, now.AddDate(0, 0, 1), &meUser.ID, &soon)
			finding("Accepted for long", model.FindingRiskAccepted, &meUser.ID, now.AddDate(0, 0, 1), &meUser.ID, &later)

			// Certificates: the summary's expiry, as scoring writes it, for a vendor of mine and one not.
			expires := now.AddDate(0, 0, 20).Format("2006-01-02")
			for _, id := range []uint{review.VendorID, theirs.ID} {
				if err := srv.App.Store.DB().Model(&model.Vendor{}).Where("id = ?", id).Update("certificate_expires_on", expires).Error; err != nil {
					t.Fatal(err)
				}
			}

			res, page := do(t, me, "GET", srv.URL+"/", "", "")
			if res.StatusCode != http.StatusOK || !strings.Contains(page, `id="my-work"`) {
				t.Fatalf("home: %d, work section shown %v", res.StatusCode, strings.Contains(page, `id="my-work"`))
			}
			want := map[string][]string{
				"reviews":        {"Review Works | Submitted on " + now.UTC().Format("2 Jan 2006") + "; no decision recorded since | /assessments/" + itoa(review.ID)},
				"clarifications": {"Clarity Partners | 1 clarification answered by the vendor | /assessments/" + itoa(clar.ID) + "#review"},
				"findings": {
					"Review Works | Training lapsed: overdue since " + now.AddDate(0, 0, -2).UTC().Format("2 Jan 2006") + " | late",
					"Review Works | Board never meets: due " + now.AddDate(0, 0, 3).UTC().Format("2 Jan 2006"),
				},
				"acceptances":  {"Review Works | Accepted ending: risk accepted until " + soon.UTC().Format("2 Jan 2006")},
				"certificates": {"Review Works | ISO 27001 certificate expires on " + now.AddDate(0, 0, 20).UTC().Format("2 Jan 2006") + " | /vendors/" + itoa(review.VendorID)},
			}
			for key, items := range want {
				got := workList(page, key)
				if len(got) != len(items) {
					t.Errorf("%s: got %q, want %d items like %q", key, got, len(items), items)
					continue
				}
				for i, w := range items {
					// Findings and acceptances link to their own pages, which the test checks below.
					parts := strings.Split(w, " | ")
					if !strings.HasPrefix(got[i], parts[0]+" | "+parts[1]) || (len(parts) > 2 && !strings.Contains(got[i], parts[len(parts)-1])) {
						t.Errorf("%s item %d: got %q, want %q", key, i, got[i], w)
					}
				}
			}
			// One click from the action: every link opens a page the analyst can act on.
			for _, key := range []string{"reviews", "clarifications", "findings", "acceptances", "certificates"} {
				for _, item := range workList(page, key) {
					link := strings.Split(item, " | ")[2]
					if r, _ := do(t, me, "GET", srv.URL+strings.Split(link, "#")[0], "", ""); r.StatusCode != http.StatusOK {
						t.Errorf("%s link %s: %d", key, link, r.StatusCode)
					}
				}
			}

			// Procurement has no work list; an analyst with nothing to do is told so.
			buyer := signIn(t, srv, "buyer@example.com", model.RoleProcurement)
			if _, page := do(t, buyer, "GET", srv.URL+"/", "", ""); strings.Contains(page, `id="my-work"`) {
				t.Error("procurement's home shows a work list")
			}
			idle := signIn(t, srv, "idle@example.com", model.RoleAnalyst)
			if _, page := do(t, idle, "GET", srv.URL+"/", "", ""); !strings.Contains(page, "Nothing waits for you") {
				t.Error("an analyst with nothing to do is not told so")
			}
		})
	}
}
