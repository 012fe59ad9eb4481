package facts

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"assay/app/evidence"
)

// TestFactsJSON holds the typed facts to the JSON that facts were stored
// and exported as before they were typed (testdata/golden.json, written by
// the map-based extractors): every file of the corpus, the held-out samples
// and the real files must marshal to exactly those bytes, and decoding those
// bytes must give them back unchanged, so stored rows and exported bundles
// read the same.
func TestFactsJSON(t *testing.T) {
	raw, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var golden map[string]json.RawMessage
	if err := json.Unmarshal(raw, &golden); err != nil {
		t.Fatal(err)
	}
	read := map[string]evidence.Facts{}
	for _, s := range slices.Concat(corpus, heldOut) {
		if f, err := For(s.question, s.doc); err == nil {
			read[s.name] = f
		}
	}
	for _, c := range []struct{ file, kind, question string }{
		{"certificate-chromium.pdf", "pdf", evidence.QuestionCertificate},
		{"certificate-objstm.pdf", "pdf", evidence.QuestionCertificate},
		{"certificate-fpdf.pdf", "pdf", evidence.QuestionCertificate},
		{"enc-aes-256.pdf", "pdf", evidence.QuestionCertificate},
		{"minutes-libreoffice.docx", "docx", evidence.QuestionReviewMinutes},
		{"minutes-libreoffice.pdf", "pdf", evidence.QuestionReviewMinutes},
		{"training.csv", "csv", evidence.QuestionTrainingReport},
		{"training-libreoffice.xlsx", "xlsx", evidence.QuestionTrainingReport},
	} {
		f, err := For(c.question, readFixture(t, c.file, c.kind))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		read["file/"+c.file] = f
	}
	if len(read) != len(golden) {
		t.Errorf("%d files read, %d in the golden file", len(read), len(golden))
	}
	for name, f := range read {
		var want bytes.Buffer
		if err := json.Compact(&want, golden[name]); err != nil {
			t.Fatalf("%s: golden: %v", name, err)
		}
		got, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: marshals to\n%s\nwant\n%s", name, got, want.Bytes())
		}
		var back evidence.Facts
		if err := json.Unmarshal(want.Bytes(), &back); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if again, _ := json.Marshal(back); !bytes.Equal(again, want.Bytes()) {
			t.Errorf("%s: decoded and marshalled again gives\n%s\nwant\n%s", name, again, want.Bytes())
		}
		if (back.Certificate == nil) != (f.Certificate == nil) || (back.Training == nil) != (f.Training == nil) ||
			(back.Minutes == nil) != (f.Minutes == nil) || (back.Acknowledgements == nil) != (f.Acknowledgements == nil) {
			t.Errorf("%s: decoded as another kind of evidence", name)
		}
	}
}
