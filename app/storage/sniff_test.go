package storage

import (
	"archive/zip"
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

// zipFile builds a zip with the named entries in order. stored entries get
// their sizes in the local header; deflated ones use a data descriptor, as
// streaming writers (including Word and Excel) do.
func zipFile(t *testing.T, stored bool, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		var w interface{ Write([]byte) (int, error) }
		var err error
		if stored {
			w, err = zw.CreateRaw(&zip.FileHeader{
				Name:               name,
				Method:             zip.Store,
				CompressedSize64:   uint64(len(name)),
				UncompressedSize64: uint64(len(name)),
			})
		} else {
			w, err = zw.Create(name)
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func docxFile(t *testing.T) []byte {
	return zipFile(t, false, "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "docProps/core.xml")
}

func xlsxFile(t *testing.T) []byte {
	return zipFile(t, false, "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")
}

func pngFile(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	img.Set(0, 0, color.RGBA{R: 255, A: 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func jpegFile(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// cutAfter returns b up to the end of the first occurrence of s, as if
// only that much of the upload had arrived.
func cutAfter(b []byte, s string) []byte {
	i := bytes.Index(b, []byte(s))
	if i < 0 {
		panic("cutAfter: " + s + " not found")
	}
	return b[:i+len(s)]
}

const pdfFile = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"

// exeFile is the start of a real PE file: DOS header, stub and PE signature.
var exeFile = append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"),
	[]byte("\xb8\x00\x00\x00\x00\x00\x00\x00@\x00\x00\x00\x00\x00\x00\x00This program cannot be run in DOS mode.\r\r\n$\x00\x00PE\x00\x00")...)

var elfFile = []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00\x01\x00\x00\x00")

func TestSniff(t *testing.T) {
	longCSV := strings.Repeat("name;completed;score\nJosé Müller;2026-01-15;95\n", SniffLen/40)
	cases := []struct {
		name     string
		content  []byte
		complete bool
		want     Kind // "" means rejected
	}{
		{"pdf", []byte(pdfFile), true, KindPDF},
		{"png", pngFile(t), true, KindPNG},
		{"jpeg", jpegFile(t), true, KindJPEG},
		{"docx", docxFile(t), true, KindDOCX},
		{"xlsx", xlsxFile(t), true, KindXLSX},
		{"docx with sizes in local headers", zipFile(t, true, "[Content_Types].xml", "word/document.xml"), true, KindDOCX},
		{"xlsx with sizes in local headers", zipFile(t, true, "[Content_Types].xml", "xl/workbook.xml"), true, KindXLSX},
		{"xlsx cut after its first entries", cutAfter(xlsxFile(t), "xl/workbook.xml"), false, KindXLSX},
		{"csv comma", []byte("name,date,result\nAda,2026-01-02,pass\nBob,2026-01-03,fail\n"), true, KindCSV},
		{"csv semicolon without final newline", []byte("name;date\nAda;2026-01-02\nBob;2026-01-03"), true, KindCSV},
		{"csv tab", []byte("name\tdate\nAda\t2026-01-02\n"), true, KindCSV},
		{"csv quoted delimiters", []byte("name,comment\n\"Lovelace, Ada\",\"ok, signed\"\nBob,fine\n"), true, KindCSV},
		{"csv with BOM and CRLF", []byte("\xef\xbb\xbfa,b\r\n1,2\r\n"), true, KindCSV},
		{"csv longer than the sniffed prefix", []byte(longCSV)[:SniffLen-1], false, KindCSV},
		{"txt prose", []byte("Management review minutes\n\nAttendees: CEO, CISO, COO.\nDecisions follow.\n"), true, KindTXT},
		{"txt one line with commas", []byte("Reviewed by Ada, Bob, and Carol."), true, KindTXT},
		{"txt utf-8", []byte("Überprüfung der Schulung – abgeschlossen ✓\n"), true, KindTXT},

		{"empty", nil, true, ""},
		{"windows executable", exeFile, true, ""},
		{"elf executable", elfFile, true, ""},
		{"html", []byte("<!DOCTYPE html>\n<html><body>hi</body></html>"), true, ""},
		{"html without doctype", []byte("  <html><script>alert(1)</script></html>"), true, ""},
		{"script inside text", []byte("notes\n<script>alert(1)</script>\n"), true, ""},
		{"svg", []byte("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"), true, ""},
		{"shell script", []byte("#!/bin/sh\necho hi\n"), true, ""},
		{"latin-1 text", []byte("Pr\xfcfung\n"), true, ""},
		{"nul bytes", []byte("a,b\n1,\x002\n"), true, ""},
		{"plain zip", zipFile(t, false, "report.txt", "data.csv"), true, ""},
		{"zip with both word and xl", zipFile(t, false, "[Content_Types].xml", "word/document.xml", "xl/workbook.xml"), true, ""},
		{"office zip without content types", zipFile(t, false, "word/document.xml"), true, ""},
		{"macro-enabled docm", zipFile(t, false, "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), true, ""},
		{"gif", []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00"), true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Sniff(tc.content, tc.complete)
			if tc.want == "" {
				if ok {
					t.Fatalf("Sniff accepted it as %q; want rejected", got)
				}
				return
			}
			if !ok || got != tc.want {
				t.Fatalf("Sniff = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

func TestKindContentType(t *testing.T) {
	for _, k := range AllKinds {
		if ct := k.ContentType(); ct == "application/octet-stream" {
			t.Errorf("kind %q has no content type", k)
		}
	}
}
