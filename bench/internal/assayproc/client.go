package assayproc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"slices"
	"strings"
	"time"
)

// CleanEnv drops the ASSAY_* settings inherited from the caller, so that only the ones a
// benchmark sets apply (evidence stays in the local data folder even when bench/run.sh has
// exported S3 settings); the ASSAY_TEST_* values and the AWS_* credentials stay.
func CleanEnv(env []string) []string {
	return slices.DeleteFunc(slices.Clone(env), func(kv string) bool {
		return strings.HasPrefix(kv, "ASSAY_") && !strings.HasPrefix(kv, "ASSAY_TEST_")
	})
}

// Do sends one API request with a bearer token and decodes the JSON answer into out (unless
// out is nil); an answer other than want is an error that quotes the start of the body.
func Do(client *http.Client, method, url, token, contentType string, body io.Reader, want int, out any) error {
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Accept", "application/json")
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != want {
		return fmt.Errorf("%s %s: status %d: %.500s", method, url, res.StatusCode, b)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(b, out)
}

// JSON is v encoded as a request body.
func JSON(v any) io.Reader {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // the benchmarks' own maps always marshal
	}
	return bytes.NewReader(b)
}

// Invite registers a vendor buying payroll processing (label tells vendors of one run apart),
// sends it the default questionnaire through the staff API with token, and returns the
// invitation token, which is the vendor's bearer token, and the assessment's id.
func Invite(client *http.Client, base, token, label string) (string, uint, error) {
	var v struct {
		ID uint `json:"id"`
	}
	err := Do(client, http.MethodPost, base+"/api/v1/vendors", token, "application/json", JSON(map[string]any{
		"name": strings.TrimSpace("Bench Payroll Ltd " + label), "tier": "high", "website": "https://bench.example",
		"services": []map[string]any{{"name": "Payroll processing", "keywords": []string{"payroll"}}},
		"contacts": []map[string]any{{"name": "Bench Contact", "email": "security@bench.example"}},
	}), http.StatusCreated, &v)
	if err != nil {
		return "", 0, fmt.Errorf("create vendor: %w", err)
	}
	var a struct {
		ID          uint `json:"id"`
		Invitations []struct {
			URL string `json:"url"`
		} `json:"invitations"`
	}
	err = Do(client, http.MethodPost, fmt.Sprintf("%s/api/v1/vendors/%d/assessments", base, v.ID), token, "application/json",
		JSON(map[string]any{
			"due_date": time.Now().AddDate(0, 0, 30).Format("2006-01-02"), "recipients": []string{"security@bench.example"},
		}), http.StatusCreated, &a)
	if err != nil {
		return "", 0, fmt.Errorf("send assessment: %w", err)
	}
	if len(a.Invitations) == 0 || a.ID == 0 {
		return "", 0, errors.New("send assessment: no assessment id or invitation in the response")
	}
	u := a.Invitations[0].URL
	return u[strings.LastIndex(u, "/r/")+3:], a.ID, nil
}

// FileForm is a multipart form with one file field named "file", as the evidence upload takes
// it, and the form's content type.
func FileForm(filename, contentType string, body []byte) ([]byte, string) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename=%q`, filename))
	h.Set("Content-Type", contentType)
	p, err := w.CreatePart(h)
	if err == nil {
		_, err = p.Write(body)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		panic(err) // writing to a bytes.Buffer does not fail
	}
	return b.Bytes(), w.FormDataContentType()
}
