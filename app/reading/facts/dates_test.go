package facts

import (
	"slices"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want string // "" when the text is not a date
	}{
		{"14 March 2027", "2027-03-14"},
		{"14 Mar 2027", "2027-03-14"},
		{"14 Mar. 2027", "2027-03-14"},
		{"14th March 2027", "2027-03-14"},
		{"1st of April, 2026", "2026-04-01"},
		{"22nd Feb 2028", "2028-02-22"},
		{"3rd Sept 2026", "2026-09-03"},
		{"14-Mar-2027", "2027-03-14"},
		{"March 14, 2027", "2027-03-14"},
		{"March 14 2027", "2027-03-14"},
		{"Mar 14th, 2027", "2027-03-14"},
		{"march 14, 2027", "2027-03-14"},
		{"MARCH 14, 2027", "2027-03-14"},
		{"2027-03-14", "2027-03-14"},
		{"2027/03/14", "2027-03-14"},
		{"2027-3-4", "2027-03-04"},
		{"14.03.2027", "2027-03-14"},
		{"14/03/2027", "2027-03-14"},
		{"14-03-2027", "2027-03-14"},
		{"03/14/2027", "2027-03-14"}, // only month-first is possible
		{"03/04/2027", "2027-04-03"}, // ambiguous: day first
		{"3/4/2027", "2027-04-03"},   // ambiguous, short
		{"12/11/2026", "2026-11-12"}, // ambiguous: day first
		{"Friday, 14 March 2025", "2025-03-14"},
		{"Fri 14 Mar 2025", "2025-03-14"},
		{"Tuesday 12th March 2024", "2024-03-12"},
		{"Wednesday, March 13, 2024", "2024-03-13"},
		{"  14 March 2027  ", "2027-03-14"},
		{"2026-01-15T10:22:00Z", "2026-01-15"},
		{"2026-01-15 10:22:31", "2026-01-15"},
		{"2026-01-15T10:22:00.123+01:00", "2026-01-15"},
		{"15/01/2026 09:05", "2026-01-15"},
		{"15/01/2026 9:05 am", "2026-01-15"},
		{"14 March 2027.", "2027-03-14"},
		{"29 February 2028", "2028-02-29"}, // leap year
		{"29 February 2027", ""},           // not a leap year
		{"31 April 2027", ""},
		{"31/04/2027", ""},
		{"13/13/2027", ""},
		{"00/01/2027", ""},
		{"2027-02-30", ""},
		{"2027-13-01", ""},
		{"14/03/27", ""}, // two-digit years are not guessed
		{"14 March", ""},
		{"March 2027", ""},
		{"2027", ""},
		{"soon", ""},
		{"", ""},
		{"14 March 2027 and 15 March 2027", ""}, // two dates are not one
		{"valid until 14 March 2027", ""},       // a label is not a weekday
		{"ISO/IEC 27001:2022", ""},
		{"14 Marchant 2027", ""},
		{"114/03/2027", ""},
		{"14/03/20271", ""},
		{"1 January 1899", ""},
		{"1 January 2200", ""},
		{"14/03-2027", ""}, // mixed separators
		{"45678", ""},
	}
	for _, c := range cases {
		got, ok := ParseDate(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("ParseDate(%q) = %s, want no date", c.in, got.Format(time.DateOnly))
			}
			continue
		}
		if !ok || got.Format(time.DateOnly) != c.want {
			t.Errorf("ParseDate(%q) = %s, %v; want %s", c.in, got.Format(time.DateOnly), ok, c.want)
		}
		if ok && (got.Location() != time.UTC || got.Hour() != 0) {
			t.Errorf("ParseDate(%q) = %v, want midnight UTC", c.in, got)
		}
	}
}

func TestFindDates(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Issued 14 March 2024, valid until 13 March 2027.", []string{"14 March 2024", "13 March 2027"}},
		{"Original certification: 2019-04-01 | Expiry: 2027-03-13", []string{"2019-04-01", "2027-03-13"}},
		{"Meeting held on Tuesday 12th March 2026 at 10:00; next meeting June 11, 2026",
			[]string{"12th March 2026", "June 11, 2026"}},
		{"Ref 2024/118 dated 1.2.2024", []string{"1.2.2024"}},
		{"ISO/IEC 27001:2022 certificate 12345-2024", nil},
		{"signed 2026-01-15T10:22:00Z by J. Doe", []string{"2026-01-15"}},
		{"31/02/2027 then 28/02/2027", []string{"28/02/2027"}},
	}
	for _, c := range cases {
		var got []string
		for _, m := range FindDates(c.text) {
			got = append(got, m.Text)
			if c.text[m.Start:m.End] != m.Text {
				t.Errorf("FindDates(%q): position %d-%d does not hold %q", c.text, m.Start, m.End, m.Text)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("FindDates(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestMonthFirstDocuments(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Issue Date: 03/14/2024 Expiration Date: 03/13/2027", true},
		{"Issued 04/01/2024; expires 03/31/2027", true},
		{"Issued 14/03/2024; expires 03/04/2027", false},
		{"Issued 03/04/2024; expires 03/04/2027", false}, // nothing shows the order: day first
		{"Mixed 03/14/2024 and 14/03/2024", false},
	}
	for _, c := range cases {
		if got := monthFirstText(c.text); got != c.want {
			t.Errorf("monthFirstText(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if d, _ := parseDate("04/01/2024", true); d.Format(time.DateOnly) != "2024-04-01" {
		t.Errorf("month-first 04/01/2024 = %s", d.Format(time.DateOnly))
	}
}

func TestCellDate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"45678", "2025-01-21"}, // a spreadsheet serial day
		{"45678.5", "2025-01-21"},
		{"2026-01-15 10:22", "2026-01-15"},
		{"12", ""},
		{"", ""},
	}
	for _, c := range cases {
		d, ok := cellDate(c.in, false)
		if got := map[bool]string{true: d.Format(time.DateOnly), false: ""}[ok]; got != c.want {
			t.Errorf("cellDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
