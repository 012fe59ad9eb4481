package ocr_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"assay/app/evidence"
	"assay/app/reading"
	"assay/app/reading/facts"
	"assay/app/reading/ocr"
)

var (
	engineOnce sync.Once
	engine     *ocr.Engine
)

// needOCR returns an Engine with Tesseract and pdftoppm, skipping the test
// without them, or failing it in CI, where scripts/test.sh installs them.
func needOCR(t testing.TB) *ocr.Engine {
	t.Helper()
	engineOnce.Do(func() { engine = ocr.New(context.Background(), ocr.Options{}) })
	ocr.NeedPDF(t, engine)
	return engine
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// read reads a fixture with OCR. The deadline is generous: these tests are
// about what is read, and a page takes Tesseract seconds of CPU, many more
// on a machine busy with other test suites; TestBounds tests the deadline.
func read(t *testing.T, e *ocr.Engine, name, kind string) (reading.Document, error) {
	t.Helper()
	return readBytes(e, fixture(t, name), kind)
}

// readBytes reads a file's bytes as read reads a fixture.
func readBytes(e *ocr.Engine, b []byte, kind string) (reading.Document, error) {
	return reading.Read(context.Background(), bytes.NewReader(b), int64(len(b)), kind, reading.Limits{OCR: e, Timeout: 10 * time.Minute, OCRPageTimeout: 10 * time.Minute})
}

// TestScannedCertificates reads certificates printed by Chromium, scanned
// (rasterised, noise, a slight or a quarter turn, JPEG) and uploaded as an
// image or an image-only PDF: the certificate's facts come out right, and
// the text is marked as read by OCR, with its confidence.
func TestScannedCertificates(t *testing.T) {
	e := needOCR(t)
	for _, tc := range []struct{ file, kind string }{
		{"certificate-en-scan.png", "png"},
		{"certificate-en-sideways.jpg", "jpeg"},
		{"certificate-en-scan.pdf", "pdf"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			doc, err := read(t, e, tc.file, tc.kind)
			if err != nil {
				t.Fatal(err)
			}
			if doc.OCR == nil || doc.OCR.Confidence < 85 || len(doc.OCR.Lines) < 10 || !strings.Contains(doc.OCR.Languages, "eng") {
				t.Fatalf("OCR marks: %+v", doc.OCR)
			}
			for _, l := range doc.OCR.Lines {
				if l.Page != 1 || l.Confidence <= 0 || l.Confidence > 100 || l.Text == "" {
					t.Errorf("line %+v", l)
				}
			}
			f, err := facts.For(evidence.QuestionCertificate, doc)
			if err != nil {
				t.Fatalf("%v\n%s", err, doc.Text)
			}
			if d := f.Doubts(); len(d) != 0 {
				t.Errorf("doubts in a clean scan: %v", d)
			}
			c := f.Certificate
			check := func(name string, got, want any, fact interface{ Doubtful() bool }) {
				t.Helper()
				if got != want || fact.Doubtful() {
					t.Errorf("%s = %v (doubt %v), want %v\ntext:\n%s", name, got, fact.Doubtful(), want, doc.Text)
				}
			}
			check("expires_on", c.ExpiresOn.Value, evidence.Date("2027-06-30"), c.ExpiresOn)
			check("issued_on", c.IssuedOn.Value, evidence.Date("2024-07-01"), c.IssuedOn)
			check("certificate_number", c.Number.Value, "ISMS 40127", c.Number)
			check("certification_body", c.CertificationBody.Value, "Northgate Assurance Ltd", c.CertificationBody)
			check("edition", c.Edition.Value, "2022", c.Edition)
			// Tesseract may read a capital where the certificate has none.
			if !strings.Contains(strings.ToLower(c.Scope.Value), "cloud-hosted payroll software and the related customer support services") {
				t.Errorf("scope = %q", c.Scope.Value)
			}
		})
	}
}

// TestGermanScan reads a blurred German certificate: the language packs
// give back its umlauts and ß, which the English pack alone would not.
func TestGermanScan(t *testing.T) {
	e := needOCR(t)
	doc, err := read(t, e, "certificate-de-scan.jpg", "jpeg")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Müller Datenverarbeitung GmbH", "Königstraße 12", "Gültig bis:\t14.03.2027", "DIN EN ISO/IEC 27001:2017", "Geltungsbereich:"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, doc.Text)
		}
	}
}

// TestPoorScan reads a scan too poor to trust: whatever facts come out of
// its low-confidence lines are doubtful, for an analyst to confirm, never
// taken as read.
func TestPoorScan(t *testing.T) {
	e := needOCR(t)
	doc, err := read(t, e, "certificate-en-poor.jpg", "jpeg")
	if err != nil {
		t.Fatal(err)
	}
	low := 0
	for _, l := range doc.OCR.Lines {
		if l.Confidence < facts.OCRConfidence {
			low++
		}
	}
	if low == 0 {
		t.Fatalf("no line under %v %% confidence in a poor scan:\n%+v", facts.OCRConfidence, doc.OCR.Lines)
	}
	f, err := facts.For(evidence.QuestionCertificate, doc)
	if err != nil {
		t.Fatal(err)
	}
	doubts := f.Doubts()
	// The issue date and the number were read right, but from lines with
	// misread words beside them; the scope has a misread word of its own.
	for key, reading := range map[string]any{
		evidence.KeyIssuedOn:          "2024-07-01",
		evidence.KeyCertificateNumber: "ISMS 40127",
		evidence.KeyScope:             "The design, development and Operation of cloud-hosted payroll softwarn and the related customer support services",
	} {
		d, ok := doubts[key]
		if !ok || !strings.HasPrefix(d.Reason, "read by OCR at ") || !strings.HasSuffix(d.Reason, " % confidence: check it against the scan") ||
			len(d.Readings) != 1 || d.Readings[0] != reading {
			t.Errorf("%s: doubt %+v, want one reading %q", key, d, reading)
		}
		if _, known := f.Values()[key]; known {
			t.Errorf("%s is doubtful and known", key)
		}
	}
	if got := f.Values()[evidence.KeyEdition]; got != "2022" {
		t.Errorf("edition from a line read at high confidence = %v, want 2022", got)
	}
}

// TestOCRMissing points the settings at programs that do not exist: Assay
// reads on, and the reason says plainly that OCR is not installed.
func TestOCRMissing(t *testing.T) {
	ctx := context.Background()
	missing := ocr.New(ctx, ocr.Options{Tesseract: "/nonexistent/tesseract"})
	if !strings.Contains(missing.Describe(), "OCR is off: OCR is not installed (/nonexistent/tesseract was not found") {
		t.Errorf("describe: %s", missing.Describe())
	}
	off := ocr.New(ctx, ocr.Options{Tesseract: ocr.Off})
	for _, tc := range []struct {
		name   string
		e      *ocr.Engine
		file   string
		kind   string
		reason string
	}{
		{"no tesseract, image", missing, "certificate-en-scan.png", "png", "no text layer: the file is an image (PNG), and OCR is not installed (/nonexistent/tesseract was not found; install the tesseract-ocr package)"},
		{"no tesseract, PDF", missing, "certificate-en-scan.pdf", "pdf", "no text layer: the PDF holds only scanned images, and OCR is not installed (/nonexistent/tesseract was not found; install the tesseract-ocr package)"},
		{"turned off", off, "certificate-en-sideways.jpg", "jpeg", "no text layer: the file is an image (JPEG), and OCR is turned off in the settings"},
		{"not set up", nil, "certificate-en-sideways.jpg", "jpeg", "no text layer: the file is an image (JPEG), and OCR is not set up"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := read(t, tc.e, tc.file, tc.kind)
			var ue *reading.UnreadableError
			if !errors.As(err, &ue) || !errors.Is(err, reading.ErrNoTextLayer) || ue.Reason != tc.reason {
				t.Fatalf("err = %v, want the reason %q", err, tc.reason)
			}
		})
	}
	t.Run("no pdftoppm", func(t *testing.T) {
		needOCR(t)
		e := ocr.New(ctx, ocr.Options{Pdftoppm: "/nonexistent/pdftoppm"})
		if doc, err := read(t, e, "line.png", "png"); err != nil || doc.Text != "Valid until:\t30 June 2027\n" {
			t.Fatalf("image without pdftoppm: %q, %v", doc.Text, err)
		}
		_, err := read(t, e, "certificate-en-scan.pdf", "pdf")
		want := "no text layer: the PDF holds only scanned images, and OCR of PDF pages is not installed (/nonexistent/pdftoppm was not found; install the poppler-utils package)"
		var ue *reading.UnreadableError
		if !errors.As(err, &ue) || ue.Reason != want {
			t.Fatalf("err = %v, want the reason %q", err, want)
		}
	})
}

// TestBounds checks the limits on what a scan may cost: the deadline ends
// Tesseract, an image too large is refused before it runs, a PDF with more
// scanned pages than allowed is not read in part, a broken or blank image
// says so, and the temporary files are gone afterwards.
func TestBounds(t *testing.T) {
	e := needOCR(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	ctx := context.Background()

	b := fixture(t, "certificate-en-scan.png")
	start := time.Now()
	_, err := reading.Read(ctx, bytes.NewReader(b), int64(len(b)), "png", reading.Limits{OCR: e, OCRPageTimeout: 300 * time.Millisecond})
	var ue *reading.UnreadableError
	if !errors.As(err, &ue) || ue.Reason != "OCR took longer than 300ms for 1 scanned page(s)" || time.Since(start) > 5*time.Second {
		t.Errorf("deadline: err = %v after %s", err, time.Since(start))
	}

	// OCR's deadline is per scanned page and comes on top of the file's
	// own: a two-page scan is read although the file's deadline is shorter
	// than one page of OCR takes.
	b = fixture(t, "two-scanned-pages.pdf")
	doc, err := reading.Read(ctx, bytes.NewReader(b), int64(len(b)), "pdf", reading.Limits{OCR: e, Timeout: 2 * time.Second, OCRPageTimeout: 5 * time.Minute})
	if err != nil || doc.OCR == nil || len(doc.OCR.Pages) != 2 {
		t.Errorf("two pages under a short file deadline: err = %v", err)
	}

	var big bytes.Buffer
	if err := png.Encode(&big, image.NewGray(image.Rect(0, 0, 9000, 9000))); err != nil {
		t.Fatal(err)
	}
	_, err = reading.Read(ctx, bytes.NewReader(big.Bytes()), int64(big.Len()), "png", reading.Limits{OCR: e})
	if !errors.As(err, &ue) || ue.Reason != "the image is 9000×9000 pixels, more than OCR reads (70 megapixels)" {
		t.Errorf("large image: err = %v", err)
	}

	b = fixture(t, "two-scanned-pages.pdf")
	_, err = reading.Read(ctx, bytes.NewReader(b), int64(len(b)), "pdf", reading.Limits{OCR: e, MaxOCRPages: 1})
	if !errors.As(err, &ue) || ue.Reason != "has 2 scanned pages, more than the 1 read by OCR" {
		t.Errorf("pages: err = %v", err)
	}

	b = []byte("\x89PNG\r\n\x1a\nnot really")
	_, err = reading.Read(ctx, bytes.NewReader(b), int64(len(b)), "png", reading.Limits{OCR: e})
	if !errors.As(err, &ue) || ue.Reason != "not a valid PNG image" {
		t.Errorf("broken image: err = %v", err)
	}

	b, err = os.ReadFile("../pdf/testdata/scan.png") // a grey gradient
	if err != nil {
		t.Fatal(err)
	}
	_, err = reading.Read(ctx, bytes.NewReader(b), int64(len(b)), "png", reading.Limits{OCR: e, Timeout: 10 * time.Minute, OCRPageTimeout: 10 * time.Minute})
	if !errors.As(err, &ue) || !errors.Is(err, reading.ErrNoTextLayer) || ue.Reason != "no text found: OCR read no words in the scan" {
		t.Errorf("blank image: err = %v", err)
	}

	left, err := os.ReadDir(tmp)
	if err != nil || len(left) != 0 {
		t.Errorf("temporary files left behind: %v %v", left, err)
	}
}

// TestMixedPDF reads a PDF whose first page has a text layer and whose
// second is a scan: the scan's text follows the first page's, and only the
// second page is marked as read by OCR.
func TestMixedPDF(t *testing.T) {
	e := needOCR(t)
	doc, err := read(t, e, "mixed.pdf", "pdf")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Pages != 2 || doc.OCR == nil || len(doc.OCR.Pages) != 1 || doc.OCR.Pages[0] != 2 {
		t.Fatalf("pages %d, OCR %+v", doc.Pages, doc.OCR)
	}
	cover := strings.Index(doc.Text, "Annex to the certificate")
	scan := strings.Index(doc.Text, "Certificate of Registration")
	if cover < 0 || scan < cover {
		t.Fatalf("text out of order:\n%s", doc.Text)
	}
}
