package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/assay"
	"assay/app/audit"
	"assay/app/config"
	"assay/app/responses"
)

func TestUserAndTokenCommands(t *testing.T) {
	dir := t.TempDir()
	env := func(k string) string {
		if k == "ASSAY_DATA_DIR" {
			return dir
		}
		return ""
	}
	var out bytes.Buffer
	if err := run([]string{"user", "create", "--email", "ana@example.com", "--role", "analyst"}, &out, env); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "password: ") {
		t.Fatalf("no password printed: %q", out.String())
	}
	out.Reset()
	if err := run([]string{"token", "create", "--email", "ana@example.com"}, &out, env); err != nil {
		t.Fatal(err)
	}
	tok := strings.TrimSpace(out.String())
	if len(tok) != 43 {
		t.Fatalf("token %q is not 32 bytes base64url", tok)
	}
	if err := run([]string{"user", "create", "--email", "ana@example.com", "--role", "analyst"}, &out, env); err == nil {
		t.Fatal("a second account with the same email was created")
	}
	if err := run([]string{"user", "create", "--email", "bob@example.com", "--role", "owner"}, &out, env); err == nil {
		t.Fatal("unknown role accepted")
	}

	// The account's life from the command line.
	cmd := func(args ...string) string {
		t.Helper()
		out.Reset()
		if err := run(args, &out, env); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out.String()
	}
	if got := cmd("token", "list", "--email", "ana@example.com"); !strings.Contains(got, "\tactive") {
		t.Fatalf("token list: %q", got)
	}
	id := strings.SplitN(cmd("token", "list", "--email", "ana@example.com"), "\t", 2)[0]
	if got := cmd("token", "revoke", "--id", id); !strings.Contains(got, "revoked") {
		t.Fatalf("token revoke: %q", got)
	}
	if got := cmd("token", "list", "--email", "ana@example.com"); !strings.Contains(got, "\trevoked ") {
		t.Fatalf("token list after revoking: %q", got)
	}
	cmd("user", "create", "--email", "root@example.com", "--role", "admin")
	if got := cmd("user", "role", "--email", "ana@example.com", "--role", "admin"); !strings.Contains(got, "role admin") {
		t.Fatalf("user role: %q", got)
	}
	if got := cmd("user", "disable", "--email", "ana@example.com"); !strings.Contains(got, "disabled") {
		t.Fatalf("user disable: %q", got)
	}
	if got := cmd("user", "reset-password", "--email", "ana@example.com"); !strings.Contains(got, "one-time password") {
		t.Fatalf("user reset-password: %q", got)
	}
	cmd("user", "enable", "--email", "ana@example.com")
	cmd("user", "disable", "--email", "root@example.com")
	// ana is now the only active admin: she can be neither demoted nor disabled.
	for _, args := range [][]string{{"user", "disable", "--email", "ana@example.com"}, {"user", "role", "--email", "ana@example.com", "--role", "analyst"}} {
		if err := run(args, &out, env); err == nil {
			t.Fatalf("%v left no active admin", args)
		}
	}
}

func TestQuestionnaireLint(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"questionnaire", "lint", "../../questionnaires/iso27001-a5.4.yaml"}, &out, os.Getenv); err != nil {
		t.Fatalf("shipped questionnaire fails lint: %v", err)
	}
	src, _ := os.ReadFile("../../questionnaires/iso27001-a5.4.yaml")
	broken := strings.Replace(string(src), `show_if: disciplinary_process == true`, `show_if: disciplinary_proces == true`, 1)
	path := filepath.Join(t.TempDir(), "broken.yaml")
	os.WriteFile(path, []byte(broken), 0o600)
	err := run([]string{"questionnaire", "lint", path}, &out, os.Getenv)
	if err == nil || !strings.Contains(err.Error(), "broken.yaml:") || !strings.Contains(err.Error(), "disciplinary_proces") {
		t.Fatalf("lint of a misspelt question id: %v", err)
	}
}

// TestScoreReproducesExport exports a scored assessment and recomputes it offline.
func TestScoreReproducesExport(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	v := srv.Vendor(t, "Acme Payroll")
	a, _ := srv.Send(t, v)
	ctx := apptest.Ctx()
	inv, _ := srv.App.Store.Invitations(ctx, a.ID)
	actor := audit.Actor{Type: audit.ActorInvitation, ID: inv[0].ID, Label: inv[0].Email}
	answers := map[string]json.RawMessage{}
	for k, v := range map[string]any{"security_ownership": "it_team", "responsibilities_documented": true,
		"communication_methods": []string{"intranet_only"}, "training_program": "none", "employment_contract_clauses": true,
		"contractor_agreements": false, "acknowledgement_process": "none", "management_review_cadence": "ad_hoc",
		"security_kpis": false, "disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false} {
		b, _ := json.Marshal(v)
		answers[k] = b
	}
	if _, err := srv.App.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: answers}, actor); err != nil {
		t.Fatal(err)
	}
	if _, err := srv.App.Responses.Submit(ctx, a.ID, actor); err != nil {
		t.Fatal(err)
	}
	stored := srv.WaitResult(t, a.ID)
	b, err := srv.App.Pipeline.Export(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(b)
	path := filepath.Join(t.TempDir(), "export.json")
	os.WriteFile(path, data, 0o600)
	var out bytes.Buffer
	if err := run([]string{"score", path}, &out, os.Getenv); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Score         int
		Rating        string
		MatchesExport bool `json:"matches_export"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if !got.MatchesExport || got.Score != stored.Score || got.Rating != stored.Rating || got.Rating != "high" {
		t.Fatalf("offline %+v, stored %d %s", got, stored.Score, stored.Rating)
	}
	// A bundle whose questionnaire source was edited no longer matches its pinned hash.
	b.Questionnaire.Source = strings.Replace(b.Questionnaire.Source, "severity: high", "severity: low", 1)
	data, _ = json.Marshal(b)
	os.WriteFile(path, data, 0o600)
	if err := run([]string{"score", path}, &out, os.Getenv); err == nil {
		t.Fatal("tampered questionnaire source accepted")
	}
}

// TestScoreRereadsEvidenceFiles recomputes an export from the evidence files themselves.
func TestScoreRereadsEvidenceFiles(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	v := srv.Vendor(t, "Low Completion Ltd")
	a, _ := srv.Send(t, v)
	ctx := apptest.Ctx()
	inv, _ := srv.App.Store.Invitations(ctx, a.ID)
	actor := audit.Actor{Type: audit.ActorInvitation, ID: inv[0].ID, Label: inv[0].Email}
	answers := map[string]json.RawMessage{}
	for k, v := range map[string]any{"security_ownership": "line_management", "responsibilities_documented": true,
		"communication_methods": []string{"periodic_updates"}, "training_program": "continuous",
		"training_includes_contractors": true, "training_completion_rate": 60, "employment_contract_clauses": true,
		"contractor_agreements": true, "acknowledgement_process": "none", "management_review_cadence": "ad_hoc",
		"security_kpis": true, "disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false} {
		b, _ := json.Marshal(v)
		answers[k] = b
	}
	if _, err := srv.App.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: answers}, actor); err != nil {
		t.Fatal(err)
	}
	day := srv.App.Now().AddDate(0, 0, -20).Format("2006-01-02")
	report := "Name,Completed on,Status\nAnn," + day + ",Passed\nBo," + day + ",Passed\nCy," + day + ",Passed\nDi,,Not started\nEd,,Not started\n"
	if _, err := srv.App.Responses.Upload(ctx, a.ID, "training_report", "report.csv", strings.NewReader(report), actor); err != nil {
		t.Fatal(err)
	}
	if _, err := srv.App.Responses.Submit(ctx, a.ID, actor); err != nil {
		t.Fatal(err)
	}
	stored := srv.WaitSettled(t, a.ID)
	b, _ := srv.App.Pipeline.Export(ctx, a.ID)
	dir := t.TempDir()
	data, _ := json.Marshal(b)
	bundle := filepath.Join(dir, "export.json")
	os.WriteFile(bundle, data, 0o600)
	files := filepath.Join(dir, "files")
	os.Mkdir(files, 0o700)
	os.WriteFile(filepath.Join(files, "any-name.csv"), []byte(report), 0o600)

	var out bytes.Buffer
	if err := run([]string{"score", "--files", files, bundle}, &out, os.Getenv); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Score         int
		MatchesExport bool                               `json:"matches_export"`
		Missing       []uint                             `json:"files_not_found"`
		RedFlags      []struct{ ID, Explanation string } `json:"red_flags"`
	}
	json.Unmarshal(out.Bytes(), &got)
	low := false
	for _, f := range got.RedFlags {
		low = low || (f.ID == "training-completion-low" && strings.Contains(f.Explanation, "60"))
	}
	if !got.MatchesExport || got.Score != stored.Score || len(got.Missing) != 0 || !low {
		t.Fatalf("re-read from files: %s", out.String())
	}
	// A file that is not the one exported (different bytes) is not used.
	os.WriteFile(filepath.Join(files, "any-name.csv"), []byte(strings.ReplaceAll(report, "Not started", "Passed")), 0o600)
	out.Reset()
	if err := run([]string{"score", "--files", files, bundle}, &out, os.Getenv); err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(out.Bytes(), &got)
	if len(got.Missing) != 1 {
		t.Fatalf("changed file should be reported missing: %s", out.String())
	}
}

// TestLintAgreesWithServe lints folders of questionnaire files and starts Assay on each: both
// go through one registry, so lint refuses exactly what serve refuses, with the same message.
// Two versions of one questionnaire used to split them: lint accepted the pair while serve
// refused to start ("defined twice"); now serve starts too and sends the newest version.
func TestLintAgreesWithServe(t *testing.T) {
	src, err := os.ReadFile("../../questionnaires/iso27001-a5.4.yaml")
	if err != nil {
		t.Fatal(err)
	}
	shipped := string(src)
	bumped := strings.Replace(shipped, `version: "1.3.0"`, `version: "1.4.0"`, 1)
	misspelt := strings.Replace(shipped, `show_if: disciplinary_process == true`, `show_if: disciplinary_proces == true`, 1)
	cases := []struct {
		name   string
		files  map[string]string
		refuse string // what both must say; "" when both accept
	}{
		{"one version", map[string]string{"a.yaml": shipped}, ""},
		{"two versions of one questionnaire", map[string]string{"a.yaml": shipped, "b.yaml": bumped}, ""},
		{"the same version twice", map[string]string{"a.yaml": shipped, "b.yaml": shipped},
			"questionnaire iso27001-a5.4 version 1.3.0 is also defined in"},
		{"a misspelt question id", map[string]string{"a.yaml": misspelt}, "disciplinary_proces"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for name, body := range c.files {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
					t.Fatal(err)
				}
				paths = append(paths, p)
			}
			var out bytes.Buffer
			lintErr := run(append([]string{"questionnaire", "lint"}, paths...), &out, os.Getenv)

			data := t.TempDir()
			cfg, err := config.Load(nil, func(k string) string { return map[string]string{"ASSAY_DATA_DIR": data}[k] })
			if err != nil {
				t.Fatal(err)
			}
			a, serveErr := assay.Open(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), true,
				assay.WithQuestionnaires(os.DirFS(dir)))
			if serveErr == nil {
				defer a.Close()
			}

			if c.refuse == "" {
				if lintErr != nil || serveErr != nil {
					t.Fatalf("lint: %v; serve: %v; want both to accept", lintErr, serveErr)
				}
				want := "1.3.0"
				if len(c.files) == 2 {
					want = "1.4.0"
				}
				if d, ok := a.Questionnaires.Get("iso27001-a5.4"); !ok || d.Version != want {
					t.Errorf("serve sends version %v, want %s", d, want)
				}
				return
			}
			if lintErr == nil || serveErr == nil || !strings.Contains(lintErr.Error(), c.refuse) || !strings.Contains(serveErr.Error(), c.refuse) {
				t.Fatalf("lint: %v\nserve: %v\nwant both to refuse with %q", lintErr, serveErr, c.refuse)
			}
		})
	}
}
