package securitytest

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"assay/app/apptest"
)

const onePagePDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

// Item 13: a question and a whole assessment take a bounded number of files; one more is
// refused with a message on the file field, and nothing is lost.
func TestEvidenceFileCountsAreCapped(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{Env: map[string]string{
		"ASSAY_MAX_FILES_PER_QUESTION": "2", "ASSAY_MAX_FILES_PER_ASSESSMENT": "3"}})
	a, token := srv.Send(t, srv.Vendor(t, "Kilo Freight"))
	upload := func(questionID string) (int, map[string]any) {
		t.Helper()
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		w.WriteField("question_id", questionID)
		fw, _ := w.CreateFormFile("file", questionID+".pdf")
		fw.Write([]byte(onePagePDF))
		w.Close()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/v1/respond/evidence", &buf)
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", w.FormDataContentType())
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out map[string]any
		json.NewDecoder(res.Body).Decode(&out)
		return res.StatusCode, out
	}
	refusedOnFile := func(st int, body map[string]any, want string) {
		t.Helper()
		e, _ := body["error"].(map[string]any)
		fields, _ := e["fields"].(map[string]any)
		msg, _ := fields["file"].(string)
		if st != http.StatusUnprocessableEntity || !strings.Contains(msg, want) {
			t.Fatalf("one file too many: %d %v, want 422 with fields.file saying %q", st, body, want)
		}
	}
	for i := 0; i < 2; i++ {
		if st, body := upload("review_minutes"); st != http.StatusCreated {
			t.Fatalf("file %d: %d %v", i, st, body)
		}
	}
	st, body := upload("review_minutes")
	refusedOnFile(st, body, "This question already has 2 files")
	if st, body := upload("security_policy"); st != http.StatusCreated {
		t.Fatalf("a file for another question: %d %v", st, body)
	}
	st, body = upload("training_report")
	refusedOnFile(st, body, "This questionnaire already has 3 files")
	files, err := srv.App.Store.EvidenceList(apptest.Ctx(), a.ID)
	if err != nil || len(files) != 3 {
		t.Fatalf("stored files: %d (%v), want the 3 accepted", len(files), err)
	}
}
