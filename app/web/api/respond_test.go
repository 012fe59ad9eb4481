package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/model"
)

// saved is what an autosave answered: the status, the answer's stored version and value, and
// on a conflict the version and value someone else saved.
type saved struct {
	status  int
	version int
	value   string
	current struct {
		version int
		value   string
	}
}

// caller is a contact saving: with the link's token through the API, or, with client (holding
// the vendor session the link opened) and csrf, as the questionnaire page's script does.
type caller struct {
	token  string
	client *http.Client
	csrf   string
	// ip, when set, is the address the request comes from, through a trusted proxy.
	ip string
}

// autosave sends value for question q over version as c, and returns what was answered.
func (c caller) autosave(t *testing.T, base, q, value string, version int) saved {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"answers": map[string]string{q: value}, "versions": map[string]int{q: version}})
	url, client := base+"/api/v1/respond/answers", http.DefaultClient
	if c.client != nil {
		url, client = base+"/respond/answers", c.client
	}
	req, _ := http.NewRequest(http.MethodPatch, url, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if c.client != nil {
		req.Header.Set("X-CSRF-Token", c.csrf)
	} else {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	if c.ip != "" {
		req.Header.Set("X-Forwarded-For", c.ip)
	}
	res, err := client.Do(req)
	if err != nil {
		t.Error(err)
		return saved{}
	}
	defer res.Body.Close()
	type answer struct {
		Version int    `json:"version"`
		Value   string `json:"value"`
	}
	var body struct {
		Answers map[string]answer `json:"answers"`
		Error   struct {
			Current map[string]answer `json:"current"`
		} `json:"error"`
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		t.Errorf("status %d: %v", res.StatusCode, err)
	}
	out := saved{status: res.StatusCode, version: body.Answers[q].Version, value: body.Answers[q].Value}
	out.current.version, out.current.value = body.Error.Current[q].Version, body.Error.Current[q].Value
	return out
}

// TestAutosavesOfTwoContactsKeepOne has two contacts of a vendor, each with their own link,
// one through the API and one on the questionnaire page, save the same answer at the same
// moment from the version both loaded, round after round, after a save each (from which the
// next saves may go the quick way, one statement on PostgreSQL): each round one is stored and
// answered 200, the other is told of the conflict with the winner's answer, nothing else is
// stored, every stored save is audited in order, and the chain verifies. A page's save with
// another CSRF token than its session's, and a save with a revoked link, store nothing.
func TestAutosavesOfTwoContactsKeepOne(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			app, ctx := srv.App, apptest.Ctx()
			v := srv.Vendor(t, "November Payroll")
			const sender = "sender@analysts.example"
			srv.CreateUser(t, sender, model.RoleAnalyst)
			u, err := app.Store.UserByEmail(ctx, sender)
			if err != nil {
				t.Fatal(err)
			}
			analyst := audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: sender}
			a, sent, err := app.Invitations.Send(ctx, v.ID, invitations.SendInput{DueDate: app.Now().AddDate(0, 0, 30).Format("2006-01-02"),
				Recipients: []string{"ann@novemberpayroll.example", "bob@novemberpayroll.example"}},
				analyst)
			if err != nil {
				t.Fatal(err)
			}
			page := srv.VendorSession(t, apptest.TokenOf(sent[1].URL))
			contacts := [2]caller{{token: apptest.TokenOf(sent[0].URL)}, {client: page, csrf: srv.CSRF(t, page, "/respond")}}
			const q, rounds = "iso27001_scope", 12
			version := 0
			for i, c := range contacts {
				if got := c.autosave(t, srv.URL, q, fmt.Sprintf("first save by %d", i), version); got.status != http.StatusOK || got.version != version+1 {
					t.Fatalf("first save by contact %d: %+v, want 200 at version %d", i, got, version+1)
				}
				version++
			}
			for round := range rounds {
				var got [2]saved
				var wg sync.WaitGroup
				for i, c := range contacts {
					wg.Add(1)
					go func() {
						defer wg.Done()
						got[i] = c.autosave(t, srv.URL, q, fmt.Sprintf("contact %d, round %d", i, round), version)
					}()
				}
				wg.Wait()
				winner := -1
				for i, g := range got {
					switch g.status {
					case http.StatusOK:
						if winner >= 0 {
							t.Fatalf("round %d: both saves from version %d answered 200", round, version)
						}
						winner = i
					case http.StatusConflict:
					default:
						t.Fatalf("round %d, contact %d: %+v", round, i, g)
					}
				}
				if winner < 0 {
					t.Fatalf("round %d: neither save from version %d was stored: %+v", round, version, got)
				}
				want := fmt.Sprintf("contact %d, round %d", winner, round)
				if w, l := got[winner], got[1-winner]; w.version != version+1 || w.value != want ||
					l.current.version != version+1 || l.current.value != want {
					t.Fatalf("round %d: winner answered %+v, loser told %+v; want %q at version %d for both", round, w, l, want, version+1)
				}
				version++
			}
			// Both typing on in turn, the page last: each save is stored over the one before.
			for n := range 5 {
				if got := contacts[(n+1)%2].autosave(t, srv.URL, q, fmt.Sprintf("typing %d", n), version); got.status != http.StatusOK || got.version != version+1 {
					t.Fatalf("save %d in a row: %+v, want 200 at version %d", n, got, version+1)
				}
				version++
			}
			st, err := app.Assessments.State(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got := st.Answers[q]; got.Version != version || got.Value != "typing 4" || got.UpdatedBy != "bob@novemberpayroll.example" {
				t.Errorf("stored %+v, want the last save at version %d", got, version)
			}
			apptest.AssertSavesAudited(t, app, a.ID, version)
			// Neither another CSRF token nor a revoked link saves, however recently they saved.
			forged := caller{client: page, csrf: "forged" + contacts[1].csrf}
			if got := forged.autosave(t, srv.URL, q, "forged", version); got.status != http.StatusForbidden {
				t.Errorf("save with another CSRF token: %+v, want 403", got)
			}
			if err := app.Invitations.Revoke(ctx, a.ID, sent[0].ID, analyst); err != nil {
				t.Fatal(err)
			}
			if got := contacts[0].autosave(t, srv.URL, q, "after revocation", version); got.status != http.StatusUnauthorized {
				t.Errorf("save with a revoked link: %+v, want 401", got)
			}
			if st, err := app.Assessments.State(ctx, a.ID); err != nil || st.Answers[q].Version != version {
				t.Errorf("after the refused saves the answer is at version %d (%v), want %d", st.Answers[q].Version, err, version)
			}
		})
	}
}

// TestQuickSaveRacingWithdrawalEndsOneWay has a contact who saved once save again, the way a
// steady autosave goes (one statement on PostgreSQL), at the moment an analyst withdraws the
// questionnaire, round after round: either the save is stored and the withdrawal follows it
// on the audit trail, or the save is refused and nothing of it is stored; the trail verifies.
func TestQuickSaveRacingWithdrawalEndsOneWay(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			// Each round from an address of its own: a link refused after the withdrawal counts
			// as a failed lookup, after which its address's saves would all go the whole way.
			srv := apptest.NewServer(t, apptest.Options{Dialect: d, Env: map[string]string{"ASSAY_TRUSTED_PROXIES": "127.0.0.1/32"}})
			app, ctx := srv.App, apptest.Ctx()
			const q = "iso27001_scope"
			for round := range 10 {
				a, token := srv.Send(t, srv.Vendor(t, fmt.Sprintf("Oscar Payroll %d", round)))
				contact := caller{token: token, ip: fmt.Sprintf("192.0.2.%d", round+1)}
				if got := contact.autosave(t, srv.URL, q, "first", 0); got.status != http.StatusOK {
					t.Fatalf("round %d: first save: %+v", round, got)
				}
				var got saved
				var cancelErr error
				var wg sync.WaitGroup
				wg.Add(2)
				go func() {
					defer wg.Done()
					got = contact.autosave(t, srv.URL, q, "second", 1)
				}()
				go func() {
					defer wg.Done()
					cancelErr = app.Invitations.Cancel(ctx, a.ID, invitations.CancelInput{Reason: "Vendor contract ended."}, audit.System)
				}()
				wg.Wait()
				if cancelErr != nil {
					t.Fatalf("round %d: withdraw: %v (save: %+v)", round, cancelErr, got)
				}
				// Refused: the questionnaire is closed, or the link with it.
				if got.status != http.StatusOK && got.status != http.StatusConflict && got.status != http.StatusUnauthorized {
					t.Fatalf("round %d: save: %+v", round, got)
				}
				st, err := app.Assessments.State(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				if stored := st.Answers[q].Version == 2; stored != (got.status == http.StatusOK) {
					t.Fatalf("round %d: save answered %d, answer stored at version %d", round, got.status, st.Answers[q].Version)
				}
				events, err := app.Store.AuditChain(ctx, model.AssessmentChain(a.ID))
				if err != nil {
					t.Fatal(err)
				}
				cancelled := false
				for _, e := range events {
					cancelled = cancelled || e.Action == "assessment.cancel"
					if cancelled && e.Action == "answer.save" {
						t.Fatalf("round %d: answer saved after the withdrawal: %s", round, e.Detail)
					}
				}
				if !cancelled {
					t.Fatalf("round %d: no assessment.cancel event", round)
				}
			}
			if _, err := audit.VerifyAll(ctx, app.Store); err != nil {
				t.Errorf("audit trail: %v", err)
			}
		})
	}
}
