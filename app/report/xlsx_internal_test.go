package report

import (
	"bytes"
	"encoding/xml"
	"testing"
)

// TestReportXLSXEscaping holds the writer's own XML escaping to encoding/xml's EscapeText,
// which it replaces for speed.
func TestReportXLSXEscaping(t *testing.T) {
	for _, s := range append(awkward, "", "plain", "a<b>&c", "\r\n\t", "bad \x00\x01\x1f bytes \xff\xfe",
		"\ufffd\ufffe\uffff", "\ud7ff\ue000", "𝄞 astral", "'single' \"double\"", "\xed\xa0\x80 surrogate", long) {
		var want bytes.Buffer
		if err := xml.EscapeText(&want, []byte(s)); err != nil {
			t.Fatal(err)
		}
		if got := appendEscaped(nil, s); string(got) != want.String() {
			t.Errorf("appendEscaped(%.60q) = %.80q, want %.80q", s, got, want.String())
		}
	}
}

func TestReportXLSXColumnNames(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA", 16383: "XFD"} {
		if got := string(appendColumnName(nil, i)); got != want {
			t.Errorf("column %d: %q, want %q", i, got, want)
		}
	}
}
