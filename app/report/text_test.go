package report

import "testing"

func TestReportPDFTextEncoding(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Acme Ltd", "Acme Ltd"},
		{"Königstraße café", "K\xf6nigstra\xdfe caf\xe9"},
		{"“quoted” – €5 • ok", "\x93quoted\x94 \x96 \x805 \x95 ok"},
		{"Dvořák Łódź Ærøskøbing", "Dvor\xe1k L\xf3dz \xc6r\xf8sk\xf8bing"},
		{"score ≥ 90 → fine", "score >= 90 -> fine"},
		{"株式会社 Москва", "???? ??????"},
		{"tab\there\r\nnew", "tab here \nnew"},
		{"zero\u200bwidth\u200e", "zerowidth"},
		{"bad \xff byte", "bad ? byte"},
	}
	for _, tt := range tests {
		if got := pdfText(tt.in); got != tt.want {
			t.Errorf("pdfText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
