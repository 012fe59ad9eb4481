package pipeline_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/reading/ocr"
	"assay/app/store"
	"assay/app/testenv"
)

// TestScannedCertificate follows a scanned certificate through the real path: with OCR
// installed its facts are read and stored like those of any PDF; with OCR pointed at a program
// that does not exist, the server says so when it starts and the analyst sees why the scan was
// not read.
func TestScannedCertificate(t *testing.T) {
	scan, err := os.ReadFile("../reading/ocr/testdata/certificate-en-scan.png")
	if err != nil {
		t.Fatal(err)
	}
	files := func(e *realEnv) []upload {
		return withFiles(baseFiles(e.now), []upload{{"iso27001_certificate", "certificate scan.png", scan}})
	}
	answers := merge(baseAnswers(), certified("The design, development and operation of cloud-hosted payroll software"))

	t.Run("read", func(t *testing.T) {
		if r := ocr.New(context.Background(), ocr.Options{}).Reason(); r != "" {
			if testenv.InCI() {
				t.Fatalf("%s: scripts/test.sh must install tesseract-ocr", r)
			}
			t.Skip(r)
		}
		t.Parallel()
		e := startRealEnv(t, apptest.Options{Dialect: store.DialectSQLite, S3: true})
		s := e.submit(t, "RP scanned certificate", answers, files(e))
		view := e.assessment(t, s.id)
		ev := view.file("iso27001_certificate")
		if ev == nil || ev.Status != model.EvidenceExtracted || ev.Facts["expires_on"] != "2027-06-30" ||
			ev.Facts["certificate_number"] != "ISMS 40127" || ev.Facts["certification_body"] != "Northgate Assurance Ltd" {
			t.Fatalf("scanned certificate not read:\n%s", view.describe())
		}
	})

	t.Run("ocr-missing", func(t *testing.T) {
		t.Parallel()
		e := startRealEnv(t, apptest.Options{Dialect: store.DialectSQLite, Env: map[string]string{"ASSAY_OCR": "/nonexistent/tesseract"}})
		if logs := e.srv.Logs(); !strings.Contains(logs, "OCR is off: OCR is not installed (/nonexistent/tesseract was not found") {
			t.Errorf("no start-up line saying OCR is off:\n%s", logs)
		}
		s := e.submit(t, "RP scan without OCR", answers, files(e))
		view := e.assessment(t, s.id)
		ev := view.file("iso27001_certificate")
		want := "no text layer: the file is an image (PNG), and OCR is not installed (/nonexistent/tesseract was not found; install the tesseract-ocr package)"
		if ev == nil || ev.Status != model.EvidenceFailed || ev.ExtractError != want {
			t.Fatalf("want the file failed with %q:\n%s", want, view.describe())
		}
		if !hasFlag(s.result, "certificate-unreadable") {
			t.Errorf("unread scan: no certificate-unreadable in %v", flagIDs(s.result))
		}
	})
}
