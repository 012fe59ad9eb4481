package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/oscal"
	webapi "assay/app/web/api"
)

// TestMain reports, after the package's tests, how much the contract checks saw: the API
// responses checked against openapi.json and the OSCAL exports checked against NIST's schema.
// A whole run that checked none means the recorder is no longer in the path, which fails.
func TestMain(m *testing.M) {
	code := m.Run()
	responses, exports, unrouted := apptest.ContractFigures()
	fmt.Printf("contract: %d API responses valid against openapi.json, %d OSCAL exports valid against NIST's schema, %d requests to undocumented API paths\n",
		responses, exports, unrouted)
	if code == 0 && wholeRun() && (responses == 0 || exports == 0) {
		fmt.Println("contract: the API tests ran but no response or OSCAL export was checked")
		code = 1
	}
	os.Exit(code)
}

// wholeRun reports whether every test of the package ran, rather than a -run selection.
func wholeRun() bool {
	for _, a := range os.Args[1:] {
		if strings.HasPrefix(a, "-test.run") {
			return false
		}
	}
	return true
}

var echoParam = regexp.MustCompile(`:([a-z_]+)`)

// TestOpenAPIDocumentsEveryRoute holds openapi.json to the route table both ways: every API
// route the server registers is documented with its method, and every documented operation is
// one the server registers.
func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	doc, _, _ := apptest.Contract(t)
	served := map[string]bool{}
	for _, r := range srv.App.Web.Handler().Routes() {
		if strings.HasPrefix(r.Path, "/api/v1/") {
			served[r.Method+" "+echoParam.ReplaceAllString(r.Path, "{$1}")] = true
		}
	}
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented[method+" "+path] = true
		}
	}
	for k := range served {
		if !documented[k] {
			t.Errorf("the server serves %s, which openapi.json does not document", k)
		}
	}
	for k := range documented {
		if !served[k] {
			t.Errorf("openapi.json documents %s, which the server does not serve", k)
		}
	}
	t.Logf("%d API routes served, %d operations documented", len(served), len(documented))
	if len(served) == 0 {
		t.Fatal("no API routes found")
	}

	res, err := http.Get(srv.URL + "/api/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var got map[string]any
	if err := json.NewDecoder(res.Body).Decode(&got); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/v1/openapi.json: %d %v", res.StatusCode, err)
	}
	var want map[string]any
	if err := json.Unmarshal(webapi.OpenAPI, &want); err != nil {
		t.Fatal(err)
	}
	if got["openapi"] != "3.1.0" || len(got["paths"].(map[string]any)) != len(want["paths"].(map[string]any)) {
		t.Errorf("served document is not the embedded one: openapi %v", got["openapi"])
	}
}

// checkOSCAL downloads the assessment's OSCAL export as the analyst and checks that it says
// what the assessment holds: one observation per answered question, every file cited with its
// hash, a finding and a risk per red flag. The server's recorder checks it against NIST's
// schema too.
func checkOSCAL(t *testing.T, srv *apptest.Server, token string, id uint, files, redFlags int) {
	t.Helper()
	var d oscal.Document
	if st := api(t, "GET", fmt.Sprintf("%s/api/v1/assessments/%d/oscal", srv.URL, id), token, nil, &d); st != http.StatusOK {
		t.Fatalf("OSCAL export: %d", st)
	}
	if len(d.AssessmentResults.Results) != 1 {
		t.Fatalf("OSCAL export has %d results", len(d.AssessmentResults.Results))
	}
	r := d.AssessmentResults.Results[0]
	cited := 0
	for _, o := range r.Observations {
		for _, e := range o.RelevantEvidence {
			if !regexp.MustCompile(`SHA-256 [0-9a-f]{64}`).MatchString(e.Description) {
				t.Errorf("evidence %q does not give its SHA-256", e.Description)
			}
			cited++
		}
	}
	if cited != files {
		t.Errorf("OSCAL export cites %d files, the assessment has %d", cited, files)
	}
	if len(r.Findings) != redFlags || len(r.Risks) != redFlags {
		t.Errorf("OSCAL export has %d findings and %d risks for %d red flags", len(r.Findings), len(r.Risks), redFlags)
	}
	if len(r.ReviewedControls.ControlSelections) < 2 {
		t.Errorf("OSCAL export reviews %d control selections, want the questionnaire's and its mappings", len(r.ReviewedControls.ControlSelections))
	}
}

var (
	readmeCall = regexp.MustCompile("`((?:GET|POST|PUT|PATCH|DELETE)(?:\\|(?:GET|POST|PUT|PATCH|DELETE))*) (/api/v1/[^` ?]*)")
	pathParam  = regexp.MustCompile(`\{[a-z_]+\}`)
)

// TestReadmeAgreesWithOpenAPI checks that every call the README's JSON API section names, with
// its method, is an operation of openapi.json, so the prose and the document describe one API.
func TestReadmeAgreesWithOpenAPI(t *testing.T) {
	readme, err := os.ReadFile(apptest.Root() + "/README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, _, _ := apptest.Contract(t)
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented[method+" "+pathParam.ReplaceAllString(path, "{}")] = true
		}
	}
	calls := readmeCall.FindAllStringSubmatch(string(readme), -1)
	if len(calls) < 20 {
		t.Fatalf("found only %d calls in the README", len(calls))
	}
	for _, m := range calls {
		for _, method := range strings.Split(m[1], "|") {
			k := method + " " + pathParam.ReplaceAllString(m[2], "{}")
			if !documented[k] {
				t.Errorf("the README names %s %s, which openapi.json does not document", method, m[2])
			}
		}
	}
	if !strings.Contains(string(readme), "app/web/api/openapi.json") {
		t.Error("the README does not link the OpenAPI document")
	}
}
