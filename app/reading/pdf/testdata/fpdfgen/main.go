// Command fpdfgen writes certificate-fpdf.pdf, a fixture made by a Go PDF
// writer with a core font (Helvetica, WinAnsiEncoding, no ToUnicode CMap),
// so the extractor is tested on the simple-font path as well.
//
// Run from this folder: go run . (it is its own module so the main module
// does not depend on fpdf).
package main

import (
	"log"

	"github.com/go-pdf/fpdf"
)

func main() {
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	pdf.SetCompression(true)
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 22)
	pdf.CellFormat(0, 14, "Certificate of Registration", "", 1, "C", false, 0, "")
	pdf.SetFont("Helvetica", "", 12)
	pdf.MultiCell(0, 6, tr("This certifies that Fjord Analytics GmbH, Königstraße 5, Stuttgart, operates an information security management system which complies with ISO/IEC 27001:2013."), "", "L", false)
	pdf.Ln(4)
	pdf.MultiCell(0, 6, "Scope: Hosting and operation of the customer analytics platform, excluding the payroll module.", "", "L", false)
	pdf.Ln(4)
	for _, kv := range [][2]string{
		{"Certificate number:", "FA-2020-0042"},
		{"Issue date:", "01.06.2023"},
		{"Expiry date:", "31.05.2026"},
	} {
		pdf.CellFormat(60, 8, kv[0], "1", 0, "L", false, 0, "")
		pdf.CellFormat(60, 8, kv[1], "1", 1, "L", false, 0, "")
	}
	pdf.AddPage()
	pdf.SetFont("Times", "I", 11)
	pdf.MultiCell(0, 6, "Page two: sites covered are Stuttgart and Munich.", "", "L", false)
	if err := pdf.OutputFileAndClose("../certificate-fpdf.pdf"); err != nil {
		log.Fatal(err)
	}
}
