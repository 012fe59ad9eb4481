package ocr

import (
	"context"
	"testing"

	"assay/app/testenv"
)

// installOCR is what the test command must provide for the tests that run Tesseract.
const installOCR = "scripts/test.sh must install tesseract-ocr, its language packs and poppler-utils"

// needTesseract returns an Engine that reads twice, skipping the test without
// Tesseract, or failing it in CI.
func needTesseract(t testing.TB) *Engine {
	t.Helper()
	e := New(context.Background(), Options{Readings: 2})
	testenv.Unavailable(t, e.Reason(), installOCR)
	return e
}

// NeedPDF skips the test when e cannot read scanned PDFs (no Tesseract or no
// pdftoppm), or fails it in CI. It is exported for the package's external
// tests, which share it this way.
func NeedPDF(t testing.TB, e *Engine) {
	t.Helper()
	testenv.Unavailable(t, e.PDFReason(), installOCR)
}
