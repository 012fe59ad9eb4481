package metrics_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/store"
)

const metricsToken = "a-long-metrics-token-for-the-test"

// scrape reads /metrics as Prometheus would and returns each sample by its exposition name,
// labels included (`assay_assessments{status="sent"}`).
func scrape(t *testing.T, base string) map[string]float64 {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+metricsToken)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %d", res.StatusCode)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("bad sample %q", line)
		}
		out[line[:i]] = v
	}
	return out
}

// expect scrapes until every wanted sample has its value (the counts are cached for two
// seconds and jobs run in the background), failing with the last scrape's values.
func expect(t *testing.T, base string, want map[string]float64) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := scrape(t, base)
		var wrong []string
		for k, v := range want {
			if g, ok := got[k]; !ok || g != v {
				wrong = append(wrong, k+" = "+strconv.FormatFloat(g, 'f', -1, 64)+" (present "+strconv.FormatBool(ok)+"), want "+strconv.FormatFloat(v, 'f', -1, 64))
			}
		}
		if len(wrong) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the scrape does not show the data:\n%s", strings.Join(wrong, "\n"))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestScrapeShowsTheData: after real actions (questionnaires sent, a file that cannot be read,
// a webhook delivery retrying and one refused for good), a scrape shows assessments by status,
// the failed reading, the delivery jobs queued and given up, and the deliveries by status; on
// both databases, across a restart.
func TestScrapeShowsTheData(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			env := map[string]string{"ASSAY_DATA_DIR": t.TempDir(), "ASSAY_METRICS_TOKEN": metricsToken, "ASSAY_WEBHOOK_RETRY": "1h",
				"ASSAY_WEBHOOK_ALLOW_PRIVATE": "true", "ASSAY_OCR": "off"}
			if dialect == store.DialectPostgres {
				env["ASSAY_DATABASE_URL"] = apptest.NewPostgresDB(t)
			}
			first := apptest.NewServer(t, apptest.Options{Env: env})
			expect(t, first.URL, map[string]float64{`assay_assessments{status="sent"}`: 0, `assay_readings_failed`: 0,
				`assay_webhook_deliveries{status="failed"}`: 0, `assay_data_metrics_up`: 1})

			failing := http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.WriteHeader(http.StatusInternalServerError)
			})}
			ln := listen(t)
			go failing.Serve(ln)
			t.Cleanup(func() { failing.Close() })
			admin := first.APIToken(t, "admin@ops.example", model.RoleAdmin)
			if st := post(t, first.URL+"/api/v1/webhooks", admin, map[string]any{"url": "http://" + ln.Addr().String() + "/hook",
				"events": []string{model.EventAssessmentSent}}); st != http.StatusCreated {
				t.Fatalf("register: %d", st)
			}
			a, vendor := first.Send(t, first.Vendor(t, "Metered Payroll"))
			uploadBroken(t, first.URL, vendor)
			first.WaitRead(t, a.ID)
			// The upload started the assessment: in progress.
			expect(t, first.URL, map[string]float64{`assay_assessments{status="sent"}`: 0, `assay_assessments{status="in_progress"}`: 1,
				`assay_readings_failed`:                       1,
				`assay_webhook_deliveries{status="retrying"}`: 1, `assay_jobs_queued{kind="webhook_deliver"}`: 1})
			first.Stop()

			// Without private addresses allowed, the next delivery is refused for good.
			delete(env, "ASSAY_WEBHOOK_ALLOW_PRIVATE")
			second := apptest.NewServer(t, apptest.Options{Env: env})
			second.Send(t, second.Vendor(t, "Second Payroll"))
			second.Send(t, second.Vendor(t, "Third Payroll"))
			expect(t, second.URL, map[string]float64{`assay_assessments{status="sent"}`: 2, `assay_assessments{status="in_progress"}`: 1,
				`assay_assessments{status="scored"}`: 0,
				`assay_readings_failed`:              1, `assay_webhook_deliveries{status="retrying"}`: 1, `assay_webhook_deliveries{status="failed"}`: 2,
				`assay_webhook_deliveries{status="succeeded"}`: 0, `assay_jobs_queued{kind="webhook_deliver"}`: 1,
				`assay_jobs_failed{kind="webhook_deliver"}`: 2})
		})
	}
}

func listen(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln
}

func post(t *testing.T, url, token string, body any) int {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

// uploadBroken uploads, as the vendor, a scanned certificate while OCR is off: it is stored,
// and its reading fails.
func uploadBroken(t *testing.T, base, token string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("question_id", "iso27001_certificate")
	fw, _ := w.CreateFormFile("file", "certificate.png")
	fw.Write(apptest.PNG(t, 40, 30))
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/respond/evidence", &buf)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", w.FormDataContentType())
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("upload: %d", res.StatusCode)
	}
}
