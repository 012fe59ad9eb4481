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
		d, ok := cellDate(c.in, DayFirst)
		if got := map[bool]string{true: d.Date.Format(time.DateOnly), false: ""}[ok]; got != c.want {
			t.Errorf("cellDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDatesInSevenLanguages(t *testing.T) {
	cases := []struct{ in, want string }{
		{"14. März 2027", "2027-03-14"},
		{"14. Maerz 2027", "2027-03-14"},
		{"1. Dezember 2026", "2026-12-01"},
		{"3. Okt. 2026", "2026-10-03"},
		{"12. Jänner 2027", "2027-01-12"},
		{"1er janvier 2027", "2027-01-01"},
		{"14 février 2027", "2027-02-14"},
		{"14 fevrier 2027", "2027-02-14"},
		{"31 août 2026", "2026-08-31"},
		{"31 aout 2026", "2026-08-31"},
		{"5 déc. 2026", "2026-12-05"},
		{"14 de marzo de 2027", "2027-03-14"},
		{"1º de septiembre de 2026", "2026-09-01"},
		{"7 dic 2026", "2026-12-07"},
		{"1° gennaio 2027", "2027-01-01"},
		{"14 settembre 2026", "2026-09-14"},
		{"30 giugno 2027", "2027-06-30"},
		{"14 maart 2027", "2027-03-14"},
		{"1 mei 2026", "2026-05-01"},
		{"9 mrt. 2027", "2027-03-09"},
		{"14 de março de 2027", "2027-03-14"},
		{"14 de marco de 2027", "2027-03-14"},
		{"2 de fevereiro de 2026", "2026-02-02"},
		{"10 out 2026", "2026-10-10"},
		{"14 MÄRZ 2027", "2027-03-14"},
	}
	for _, c := range cases {
		got, ok := ParseDate(c.in)
		if !ok || got.Format(time.DateOnly) != c.want {
			t.Errorf("ParseDate(%q) = %s, %v; want %s", c.in, got.Format(time.DateOnly), ok, c.want)
		}
	}
}

func TestDocumentOrder(t *testing.T) {
	cases := []struct {
		name, text string
		want       DateOrder
	}{
		{"a day above 12 elsewhere", "Issued 14/03/2024. Expires 03/04/2027", DayFirst},
		{"a month-first date elsewhere", "Issued 03/14/2024. Expires 03/04/2027", MonthFirst},
		{"both ways", "Issued 03/14/2024 and 14/03/2024; expires 03/04/2027", OrderUnknown},
		{"German", "Zertifikat. Hiermit wird bescheinigt, dass die Firma das Managementsystem für ... Gültig bis: 03.04.2027", DayFirst},
		{"French", "Certificat. La société pour le domaine ... valable jusqu'au 03/04/2027", DayFirst},
		{"UKAS", "Certificate. Expiry: 03/04/2027. UKAS Management Systems 0012", DayFirst},
		{"an address is no sign: a UK postcode", "Acme Ltd, 12 Harbour Road, Leeds LS1 4AB. Expiry: 03/04/2027", OrderUnknown},
		{"an address is no sign: an Indian registrar without accreditation", "Deccan Registrar, Baner Road, Pune 411045, India. Date of current issue: 07/06/2023. Certification expires: 05/06/2026", OrderUnknown},
		{"an address is no sign: a US address", "Acme Inc., 100 Main Street, Austin, TX 78701. Expires 03/04/2027", OrderUnknown},
		{"a UK accreditation body settles it whatever the address", "Acme Inc., Austin, TX 78701. UKAS. Expires 03/04/2027", DayFirst},
		{"dotted dates", "Issued 01.02.2024", DayFirst},
		{"Spanish minutes", "Acta de la revisión por la dirección del SGSI\nFecha de la reunión: 09/05/2025\nSe aprueba sin cambios el acta", DayFirst},
		{"Dutch minutes", "Notulen directiebeoordeling\nDatum vergadering: 08-05-2025\nDe notulen van de vorige directiebeoordeling zijn ongewijzigd vastgesteld. Dit kwartaal zijn twee incidenten gemeld.", DayFirst},
		{"a wording is no sign: “valid through” is written outside the US too", "Valid through 03/04/2027", OrderUnknown},
		{"ANAB", "Accredited by ANAB. Expiration: 03/04/2027", MonthFirst},
		{"written month first", "Issued March 4, 2024. Expires 03/04/2027", MonthFirst},
		{"nothing tells", "Certificate. Expiry date: 03/04/2027", OrderUnknown},
	}
	for _, c := range cases {
		got, why := DocumentOrder(c.text)
		if got != c.want || why == "" {
			t.Errorf("%s: DocumentOrder = %v (%q), want %v", c.name, got, why, c.want)
		}
	}
	ms := DatesIn("Expiry date: 03/04/2027, issued 05/05/2024", OrderUnknown)
	if len(ms) != 2 || !ms[0].Ambiguous() || ms[1].Ambiguous() || ms[1].Date.Format(time.DateOnly) != "2024-05-05" {
		t.Fatalf("DatesIn = %+v", ms)
	}
	if got := AmbiguousDate(ms[0], "nothing shows the order"); got != "03/04/2027 could be 3 April 2027 or 4 March 2027: nothing shows the order." {
		t.Errorf("AmbiguousDate = %q", got)
	}
}

func TestDocumentLanguages(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Hiermit wird bescheinigt, dass die Firma ein Managementsystem für Informationssicherheit eingeführt hat und anwendet. Gültig bis 2027.", []string{"German"}},
		{"This is to certify that the company operates a management system. Valid until 2027.", nil},
		{"Se certifica que el sistema de gestión de la empresa cumple la norma. Alcance: los servicios. Fecha de emisión.", []string{"Spanish"}},
		{"Il presente certificato attesta che il sistema di gestione della società è conforme. Campo di applicazione: servizi. Data di scadenza.", []string{"Italian"}},
		{"Hierbij wordt verklaard dat het managementsysteem van de organisatie voldoet. Geldig tot 2027. Datum van uitgifte.", []string{"Dutch"}},
		{"Certificamos que o sistema de gestão da empresa está em conformidade. Âmbito: os serviços. Data de emissão. Válido até.", []string{"Portuguese"}},
		{"Nous certifions que le système de management de la société est conforme pour le domaine suivant et les sites. Valable jusqu'au.", []string{"French"}},
		{"Zertifikat / Certificate. Hiermit wird bescheinigt, dass die Firma für den Geltungsbereich ... This is to certify that the company operates.", []string{"German"}},
	}
	for _, c := range cases {
		if got := DocumentLanguages(c.text); !slices.Equal(got, c.want) {
			t.Errorf("DocumentLanguages(%.40q) = %q, want %q", c.text, got, c.want)
		}
	}
}
