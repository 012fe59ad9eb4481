package web_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"mime"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/reading"
	"assay/app/report"
	"assay/app/vendors"
)

const evilName = `=HYPERLINK("http://evil")`

// fillerVendors is more than one page of the export's store reads (200), so the vendor list
// export is seen crossing a page boundary without losing or repeating anyone.
const fillerVendors = 203

// exportWorld is a portfolio to export: a vendor whose name is a spreadsheet formula, with a
// scored assessment and one file; another high-tier vendor; a low-tier one; and a page and
// more of medium-tier fillers.
type exportWorld struct {
	srv                     *apptest.Server
	evil                    model.Vendor
	assessment, plain       model.Assessment
	result                  model.Result
	policy, policySHA       string
	buyer, analyst          *http.Client
	buyerTok, analystTok    string
	highNames, allVendorIDs []string
}

func newExportWorld(t *testing.T, dialect string) *exportWorld {
	t.Helper()
	srv := apptest.NewServer(t, apptest.Options{Dialect: dialect})
	w := &exportWorld{srv: srv, policy: "=policy.txt"}
	w.evil = createVendor(t, srv, evilName, "high")
	alpha := createVendor(t, srv, "Alpha Ledger Works", "high")
	low := createVendor(t, srv, "Zeta Königstraße Couriers", "low")
	w.highNames = []string{evilName, alpha.Name} // by name, as the list sorts: "=" before "A"
	ids := []uint{w.evil.ID, alpha.ID, low.ID}
	for i := 0; i < fillerVendors; i++ {
		ids = append(ids, createVendor(t, srv, fmt.Sprintf("Filler %03d", i), "medium").ID)
	}
	for _, id := range ids {
		w.allVendorIDs = append(w.allVendorIDs, itoa(id))
	}
	sort.Strings(w.allVendorIDs)

	a, tok := srv.Send(t, w.evil)
	w.assessment = a
	if st := api(t, "PATCH", srv.URL+"/api/v1/respond/answers", tok, map[string]any{"answers": map[string]any{
		"security_ownership": "it_team", "responsibilities_documented": false, "communication_methods": []string{"intranet_only"},
		"training_program": "none", "employment_contract_clauses": false, "contractor_agreements": false,
		"acknowledgement_process": "none", "management_review_cadence": "none", "security_kpis": false,
		"disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false,
	}}, nil); st != http.StatusOK {
		t.Fatalf("save answers: %d", st)
	}
	content := "Information security policy\nManagement expects every employee to comply and will enforce it.\n"
	sum := sha256.Sum256([]byte(content))
	w.policySHA = hex.EncodeToString(sum[:])
	if st, body := upload(t, srv.URL+"/api/v1/respond/evidence", tok, "security_policy", w.policy, []byte(content)); st != http.StatusCreated {
		t.Fatalf("upload: %d %v", st, body)
	}
	if st := api(t, "POST", srv.URL+"/api/v1/respond/submit", tok, nil, nil); st != http.StatusOK {
		t.Fatalf("submit: %d", st)
	}
	w.result = finalResult(t, srv, a.ID)
	if len(w.result.RedFlags) == 0 {
		t.Fatal("weak answers raised no red flag")
	}
	w.plain, _ = srv.Send(t, alpha)

	w.buyer = srv.SignIn(t, "buyer@example.com", model.RoleProcurement)
	w.analyst = srv.SignIn(t, "ana@example.com", model.RoleAnalyst)
	w.buyerTok = srv.APIToken(t, "buyer@example.com", model.RoleProcurement)
	w.analystTok = srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
	return w
}

func createVendor(t *testing.T, srv *apptest.Server, name, tier string) model.Vendor {
	t.Helper()
	v, err := srv.App.Vendors.Create(apptest.Ctx(), vendors.Input{Name: name, Tier: tier,
		Services: []vendors.ServiceInput{{Name: "Payroll processing", Keywords: []string{"payroll"}}},
		Contacts: []vendors.ContactInput{{Name: "Sam", Email: fmt.Sprintf("sam%d@vendor.example", len(name)+len(tier))}}},
		audit.Actor{Type: audit.ActorSystem, Label: "test"})
	if err != nil {
		t.Fatalf("create vendor %q: %v", name, err)
	}
	return v
}

// get downloads path as a session (c) or with a bearer token.
func (w *exportWorld) get(t *testing.T, c *http.Client, token, path string) (*http.Response, []byte) {
	t.Helper()
	var opts []reqOpt
	if token != "" {
		opts = append(opts, withBearer(token))
	}
	res, body := do(t, c, "GET", w.srv.URL+path, "", "", opts...)
	return res, []byte(body)
}

// wantDownload checks a 200 attachment of the media type and file extension.
func wantDownload(t *testing.T, what string, res *http.Response, body []byte, ctype, ext string) {
	t.Helper()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("%s: status %d, want 200 (%.300s)", what, res.StatusCode, body)
	}
	if got := res.Header.Get("Content-Type"); got != ctype {
		t.Errorf("%s: Content-Type %q, want %q", what, got, ctype)
	}
	disp, params, err := mime.ParseMediaType(res.Header.Get("Content-Disposition"))
	if err != nil || disp != "attachment" || !strings.HasSuffix(params["filename"], ext) {
		t.Errorf("%s: Content-Disposition %q, want an attachment named *%s", what, res.Header.Get("Content-Disposition"), ext)
	}
	if got := res.Header.Get("Cache-Control"); !strings.Contains(got, "no-store") {
		t.Errorf("%s: Cache-Control %q, want no-store", what, got)
	}
}

func parseCSV(t *testing.T, what string, body []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("%s: not CSV: %v", what, err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: empty CSV", what)
	}
	return rows
}

func openXLSX(t *testing.T, what string, body []byte) []reading.Table {
	t.Helper()
	doc, err := reading.Read(context.Background(), bytes.NewReader(body), int64(len(body)), "xlsx", reading.DefaultLimits())
	if err != nil {
		t.Fatalf("%s: not a workbook: %v", what, err)
	}
	return doc.Tables
}

func pdfTextOf(t *testing.T, what string, body []byte) string {
	t.Helper()
	doc, err := reading.Read(context.Background(), bytes.NewReader(body), int64(len(body)), "pdf", reading.DefaultLimits())
	if err != nil {
		t.Fatalf("%s: not a readable PDF: %v", what, err)
	}
	return doc.Text
}

func column(rows [][]string, i int) []string {
	var out []string
	for _, r := range rows {
		if i < len(r) {
			out = append(out, r[i])
		}
	}
	return out
}

// TestExportDownloads downloads every export through the running server, as procurement and
// as an analyst, with sessions and API tokens, on both databases.
func TestExportDownloads(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			w := newExportWorld(t, d)
			aid := itoa(w.assessment.ID)
			header := make([]string, len(report.VendorHeader()))
			for i, c := range report.VendorHeader() {
				header[i] = c.String()
			}

			t.Run("vendor list CSV honours the list filters", func(t *testing.T) {
				for _, c := range []struct {
					who, token string
					client     *http.Client
					prefix     string
				}{{"procurement session", "", w.buyer, ""}, {"procurement token", w.buyerTok, nil, "/api/v1"}, {"analyst session", "", w.analyst, ""}} {
					res, body := w.get(t, c.client, c.token, c.prefix+"/vendors/export.csv?tier=high")
					what := c.who + " GET " + c.prefix + "/vendors/export.csv?tier=high"
					wantDownload(t, what, res, body, report.CSVContentType, ".csv")
					rows := parseCSV(t, what, body)
					if !reflect.DeepEqual(rows[0], header) {
						t.Errorf("%s: header %q, want %q", what, rows[0], header)
					}
					if got, want := column(rows[1:], 1), []string{"'" + w.highNames[0], w.highNames[1]}; !reflect.DeepEqual(got, want) {
						t.Errorf("%s: vendors %q, want %q (the formula neutralised)", what, got, want)
					}
					if got := rows[1]; got[0] != itoa(w.evil.ID) || got[5] != aid || got[8] != fmt.Sprint(w.result.Score) ||
						got[9] != report.Risk(w.result.Rating) || got[10] != fmt.Sprint(len(w.result.RedFlags)) {
						t.Errorf("%s: row %q does not show the assessment %s with score %d, rating %s", what, got, aid, w.result.Score, w.result.Rating)
					}
				}

				res, body := w.get(t, w.buyer, "", "/vendors/export.csv?q=FILLER")
				wantDownload(t, "search", res, body, report.CSVContentType, ".csv")
				rows := parseCSV(t, "search", body)
				names := column(rows[1:], 1)
				if len(names) != fillerVendors {
					t.Fatalf("q=FILLER: %d rows, want %d", len(names), fillerVendors)
				}
				for i, n := range names {
					if want := fmt.Sprintf("Filler %03d", i); n != want {
						t.Fatalf("q=FILLER row %d: %q, want %q (lost or repeated across pages)", i+1, n, want)
					}
				}

				res, body = w.get(t, w.buyer, "", "/vendors/export.csv")
				wantDownload(t, "everything", res, body, report.CSVContentType, ".csv")
				ids := column(parseCSV(t, "everything", body)[1:], 0)
				sort.Strings(ids)
				if !reflect.DeepEqual(ids, w.allVendorIDs) {
					t.Errorf("unfiltered export: %d vendors, want all %d, each once", len(ids), len(w.allVendorIDs))
				}

				// An unknown tier is refused, as on the list page, rather than exporting everyone.
				res, body = w.get(t, w.buyer, "", "/vendors/export.csv?tier=bogus&q=zeta")
				if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(string(body), "Choose a tier") {
					t.Errorf("tier=bogus&q=zeta: %d, want 422 naming the tier", res.StatusCode)
				}
				res, body = w.get(t, w.buyer, "", "/vendors/export.csv?q=zeta")
				if rows := parseCSV(t, "search zeta", body); res.StatusCode != http.StatusOK || len(rows) != 2 || rows[1][1] != "Zeta Königstraße Couriers" {
					t.Errorf("q=zeta: %d %q", res.StatusCode, rows)
				}
			})

			t.Run("vendor list XLSX", func(t *testing.T) {
				for _, c := range []struct {
					who, token string
					client     *http.Client
					prefix     string
				}{{"procurement session", "", w.buyer, ""}, {"procurement token", w.buyerTok, nil, "/api/v1"}} {
					what := c.who + " GET " + c.prefix + "/vendors/export.xlsx?tier=high"
					res, body := w.get(t, c.client, c.token, c.prefix+"/vendors/export.xlsx?tier=high")
					wantDownload(t, what, res, body, report.XLSXContentType, ".xlsx")
					tables := openXLSX(t, what, body)
					if len(tables) != 1 || len(tables[0].Rows) != 3 {
						t.Fatalf("%s: %+v, want one sheet with a header and 2 vendors", what, tables)
					}
					if !reflect.DeepEqual(tables[0].Rows[0], header) {
						t.Errorf("%s: header %q", what, tables[0].Rows[0])
					}
					// The workbook neutralises the formula with quotePrefix, which this reader does
					// not show; TestExportsOpenedByLibreOffice sees it as text.
					if got := column(tables[0].Rows[1:], 1); !reflect.DeepEqual(got, w.highNames) {
						t.Errorf("%s: vendors %q, want %q", what, got, w.highNames)
					}
				}
			})

			t.Run("procurement gets the PDF report without the vendor's material", func(t *testing.T) {
				for _, c := range []struct {
					who, token string
					client     *http.Client
					prefix     string
				}{{"procurement session", "", w.buyer, ""}, {"procurement token", w.buyerTok, nil, "/api/v1"}} {
					path := c.prefix + "/assessments/" + aid + "/report.pdf"
					res, body := w.get(t, c.client, c.token, path)
					wantDownload(t, c.who+" GET "+path, res, body, report.PDFContentType, ".pdf")
					text := pdfTextOf(t, path, body)
					w.checkReport(t, c.who, text)
					for _, leak := range []string{w.policy, "question_id"} {
						if strings.Contains(text, leak) {
							t.Errorf("%s: the report shows %q", c.who, leak)
						}
					}
				}
			})

			t.Run("procurement may not download answers and facts", func(t *testing.T) {
				for _, ext := range []string{"csv", "xlsx"} {
					path := "/assessments/" + aid + "/export." + ext
					if res, body := w.get(t, w.buyer, "", path); res.StatusCode != http.StatusForbidden {
						t.Errorf("procurement GET %s: %d, want 403 (%.200s)", path, res.StatusCode, body)
					}
					if res, body := w.get(t, nil, w.buyerTok, "/api/v1"+path); res.StatusCode != http.StatusForbidden {
						t.Errorf("procurement GET /api/v1%s: %d, want 403 (%.200s)", path, res.StatusCode, body)
					} else {
						decodeAPIError(t, "procurement GET /api/v1"+path, string(body))
					}
				}
			})

			t.Run("analysts get every export", func(t *testing.T) {
				for _, c := range []struct {
					who, token string
					client     *http.Client
					prefix     string
				}{{"analyst session", "", w.analyst, ""}, {"analyst token", w.analystTok, nil, "/api/v1"}} {
					base := c.prefix + "/assessments/" + aid

					res, body := w.get(t, c.client, c.token, base+"/export.csv")
					wantDownload(t, c.who+" CSV", res, body, report.CSVContentType, ".csv")
					rows := parseCSV(t, c.who+" CSV", body)
					if !reflect.DeepEqual(rows[0], report.AssessmentCSVHeader) {
						t.Errorf("%s CSV header %q", c.who, rows[0])
					}
					seen := map[string]bool{}
					for _, r := range rows[1:] {
						seen[r[0]+"|"+r[1]+"|"+r[2]+"|"+r[3]] = true
						if r[0] == "Evidence" && !strings.Contains(r[4], w.policySHA) {
							t.Errorf("%s CSV: evidence row %q lacks the file's SHA-256", c.who, r)
						}
					}
					for _, want := range []string{
						"Summary||Vendor|'" + evilName,
						"Summary||Score|" + fmt.Sprint(w.result.Score),
						"Evidence|" + itoa(w.evidenceID(t)) + "|security_policy|'" + w.policy,
						"Red flag|" + w.result.RedFlags[0].ID + "|" + report.Words(w.result.RedFlags[0].Severity) + "|" + w.result.RedFlags[0].Title,
					} {
						if !seen[want] {
							t.Errorf("%s CSV lacks the row %q", c.who, want)
						}
					}
					// The answer shows the option's label, as the assessment page does.
					if !hasKey(seen, "Answer|security_ownership|", "|Our IT team handles security") {
						t.Errorf("%s CSV: no answer to security_ownership with its label: %q", c.who, rows)
					}

					res, body = w.get(t, c.client, c.token, base+"/export.xlsx")
					wantDownload(t, c.who+" XLSX", res, body, report.XLSXContentType, ".xlsx")
					tables := openXLSX(t, c.who+" XLSX", body)
					if len(tables) != len(report.AssessmentSheets) {
						t.Fatalf("%s XLSX: %d sheets, want %d", c.who, len(tables), len(report.AssessmentSheets))
					}
					summary := map[string]string{}
					for _, r := range tables[0].Rows {
						if len(r) > 1 {
							summary[r[0]] = r[1]
						}
					}
					if summary["Vendor"] != evilName || summary["Score"] != fmt.Sprint(w.result.Score) || summary["Rating"] != report.Risk(w.result.Rating) {
						t.Errorf("%s XLSX summary: %q", c.who, summary)
					}
					if got := column(tables[1].Rows[1:], 0); len(got) == 0 || got[0] != "security_ownership" {
						t.Errorf("%s XLSX answers: %q", c.who, tables[1].Rows)
					}
					if ev := tables[2].Rows; len(ev) < 2 || ev[1][2] != w.policy || ev[1][5] != w.policySHA {
						t.Errorf("%s XLSX evidence: %q", c.who, ev)
					}
					if got := column(tables[3].Rows[1:], 0); len(got) != len(w.result.RedFlags) {
						t.Errorf("%s XLSX red flags: %q, want %d", c.who, got, len(w.result.RedFlags))
					}

					res, body = w.get(t, c.client, c.token, base+"/report.pdf")
					wantDownload(t, c.who+" PDF", res, body, report.PDFContentType, ".pdf")
					text := pdfTextOf(t, c.who+" PDF", body)
					w.checkReport(t, c.who, text)
					for _, want := range []string{w.policy, "question_id"} {
						if !strings.Contains(text, want) {
							t.Errorf("%s PDF lacks %q", c.who, want)
						}
					}
				}
			})

			t.Run("pages link to the downloads", func(t *testing.T) {
				_, page := do(t, w.buyer, "GET", w.srv.URL+"/vendors?q=alpha&tier=high", "", "")
				if !strings.Contains(page, `href="/vendors/export.csv?q=alpha&amp;tier=high"`) ||
					!strings.Contains(page, `href="/vendors/export.xlsx?q=alpha&amp;tier=high"`) {
					t.Error("the vendor list does not link to its exports with the current filters")
				}
				_, page = do(t, w.buyer, "GET", w.srv.URL+"/assessments/"+aid, "", "")
				if !strings.Contains(page, "/assessments/"+aid+"/report.pdf") || strings.Contains(page, "/export.csv") {
					t.Error("procurement's assessment page should link to the PDF report only")
				}
				res, page := do(t, w.analyst, "GET", w.srv.URL+"/assessments/"+aid, "", "")
				for _, link := range []string{"/report.pdf", "/export.csv", "/export.xlsx"} {
					if res.StatusCode != http.StatusOK || !strings.Contains(page, "/assessments/"+aid+link) {
						t.Errorf("the analyst's assessment page (%d) lacks a link to %s", res.StatusCode, link)
					}
				}
				_, page = do(t, w.buyer, "GET", w.srv.URL+"/vendors/"+itoa(w.evil.ID), "", "")
				if !strings.Contains(page, "/assessments/"+aid+"/report.pdf") {
					t.Error("the vendor page does not link to the PDF report")
				}
			})

			t.Run("unknown assessment", func(t *testing.T) {
				for _, p := range []string{"/report.pdf", "/export.csv", "/export.xlsx"} {
					res, body := w.get(t, nil, w.analystTok, "/api/v1/assessments/999999"+p)
					if res.StatusCode != http.StatusNotFound {
						t.Errorf("GET /api/v1/assessments/999999%s: %d, want 404", p, res.StatusCode)
					}
					decodeAPIError(t, p, string(body))
				}
			})
		})
	}
}

// checkReport looks for what every reader of the PDF report must find in it.
func (w *exportWorld) checkReport(t *testing.T, who, text string) {
	t.Helper()
	rating := strings.ToUpper(w.result.Rating[:1]) + w.result.Rating[1:]
	wants := []string{evilName, fmt.Sprintf("%d / 100", w.result.Score), "Rating\t" + rating, "Decision (as recorded)\tPending",
		"Payroll processing", "SHA-256 " + w.policySHA, "Hash chain verified", "Not certified"}
	for _, f := range w.result.RedFlags {
		wants = append(wants, f.Title)
	}
	for _, want := range wants {
		if !strings.Contains(text, want) {
			t.Errorf("%s: the PDF report lacks %q", who, want)
		}
	}
}

// finalResult waits for the result computed from every file's final reading. WaitSettled
// compares timestamps, which can pick a result computed while a file was still being read
// when jobs run side by side (PostgreSQL); the result's own inputs say what it read.
func finalResult(t *testing.T, srv *apptest.Server, id uint) model.Result {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		files, err := srv.App.Store.EvidenceList(apptest.Ctx(), id)
		if err != nil {
			t.Fatal(err)
		}
		r, err := srv.App.Store.LatestResult(apptest.Ctx(), id)
		if err != nil && err != model.ErrNotFound {
			t.Fatal(err)
		}
		if err == nil {
			read := map[uint]string{}
			for _, e := range r.Inputs.Evidence {
				read[e.ID] = e.Status
			}
			final := true
			for _, f := range files {
				final = final && f.Status != model.EvidenceStored && read[f.ID] == f.Status
			}
			if final {
				return r
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("assessment %d: no result computed from the files' final state within 30 s", id)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (w *exportWorld) evidenceID(t *testing.T) uint {
	t.Helper()
	files, err := w.srv.App.Store.EvidenceList(apptest.Ctx(), w.assessment.ID)
	if err != nil || len(files) != 1 {
		t.Fatalf("evidence of assessment %d: %v, %d files", w.assessment.ID, err, len(files))
	}
	return files[0].ID
}

func hasKey(m map[string]bool, prefix, suffix string) bool {
	for k := range m {
		if strings.HasPrefix(k, prefix) && strings.HasSuffix(k, suffix) {
			return true
		}
	}
	return false
}
