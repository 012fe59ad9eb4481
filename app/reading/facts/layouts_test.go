package facts

import (
	"strings"
	"testing"
)

// historyCertificate is a certificate of one standard that gives its
// expiry under a label and its issues in a table with a title, the
// current issue's date under no label of its own.
func historyCertificate(expiry, title string, table ...string) string {
	return strings.Join(append([]string{
		"Example Certification Body Ltd",
		"Example Holder Ltd",
		"ISO/IEC 27001:2022",
		"Certificate No.: EX-ISMS-0042",
		expiry,
		title,
	}, append(table, "Authorised signatory", "Accreditation: EXAB 123")...), "\n")
}

// TestAmendmentHistoryGivesIssueDate: the latest row of a certificate's
// table of issues is this issue, the first row the first certification,
// in the seven languages and the usual titles of such a table.
func TestAmendmentHistoryGivesIssueDate(t *testing.T) {
	cases := []struct {
		name, expiry, title string
		table               []string
		want                string
	}{
		{"en", "Valid until: 12 May 2027", "Amendment history",
			[]string{"Issue | Date | Description of change", "1 | 3 March 2018 | Initial certification", "2 | 9 June 2020 | Scope extended", "3 | 13 May 2024 | Recertification"}, "2024-05-13"},
		{"en-revision", "Expiry date: 30/09/2026", "Revision history:",
			[]string{"Rev. | Date | Change", "A | 01/10/2017 | First issue", "B | 25/09/2020 | Renewal", "C | 28/09/2023 | Renewal"}, "2023-09-28"},
		{"de", "Gültig bis: 21.11.2026", "Änderungsverlauf",
			[]string{"Ausgabe | Datum | Art der Änderung", "1 | 14.02.2017 | Erstzertifizierung", "2 | 19.11.2020 | Rezertifizierung", "3 | 22.11.2023 | Rezertifizierung"}, "2023-11-22"},
		{"de-revisionsstand", "Gültig bis: 21.11.2026", "Revisionsstand",
			[]string{"Revision | Datum | Änderung", "0 | 14.02.2017 | Erstausgabe", "1 | 22.11.2023 | Adresse geändert"}, "2023-11-22"},
		{"fr", "Valable jusqu'au : 4 juillet 2028", "Historique des modifications",
			[]string{"Édition | Date | Nature de la modification", "1 | 6 juillet 2019 | Certification initiale", "2 | 5 juillet 2022 | Renouvellement", "3 | 18 janvier 2024 | Périmètre étendu"}, "2024-01-18"},
		{"es", "Válido hasta: 2 de octubre de 2027", "Historial de modificaciones",
			[]string{"Edición | Fecha | Descripción del cambio", "1 | 3 de octubre de 2021 | Certificación inicial", "2 | 14 de marzo de 2023 | Alcance modificado", "3 | 30 de septiembre de 2024 | Renovación"}, "2024-09-30"},
		{"it", "Valido fino al: 7 gennaio 2027", "Cronologia delle modifiche",
			[]string{"Emissione | Data | Descrizione della modifica", "1 | 9 gennaio 2018 | Prima certificazione", "2 | 8 gennaio 2021 | Rinnovo", "3 | 8 gennaio 2024 | Rinnovo – emissione in vigore"}, "2024-01-08"},
		{"nl", "Geldig tot: 15 augustus 2026", "Wijzigingshistorie",
			[]string{"Uitgave | Datum | Omschrijving van de wijziging", "1 | 17 augustus 2020 | Eerste certificering", "2 | 16 augustus 2023 | Hercertificering"}, "2023-08-16"},
		{"pt", "Válido até: 11/12/2027", "Histórico de alterações",
			[]string{"Emissão | Data | Descrição da alteração", "1 | 13/12/2018 | Certificação inicial", "2 | 10/12/2021 | Recertificação", "3 | 12/12/2024 | Recertificação – emissão vigente"}, "2024-12-12"},
		// Newest first: the first row is this issue.
		{"en-newest-first", "Valid until: 12 May 2027", "Issue history",
			[]string{"Issue | Date | Change", "3 | 13 May 2024 | Recertification", "2 | 9 June 2020 | Scope extended", "1 | 3 March 2018 | Initial certification"}, "2024-05-13"},
		// No title, but a column of what each issue changed.
		{"en-untitled", "Valid until: 12 May 2027", "",
			[]string{"Issue no. | Date | Details of amendment", "1 | 3 March 2018 | Initial certification", "2 | 13 May 2024 | Recertification"}, "2024-05-13"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cert, err := Certificate(Document{Text: historyCertificate(c.expiry, c.title, c.table...)})
			if err != nil {
				t.Fatal(err)
			}
			if !cert.IssuedOn.Known || string(cert.IssuedOn.Value) != c.want {
				t.Errorf("issued %+v, want %s", cert.IssuedOn, c.want)
			}
			if !cert.ExpiresOn.Known {
				t.Errorf("expiry %+v unknown beside the history", cert.ExpiresOn)
			}
		})
	}
}

// TestAmendmentHistoryNearMisses: tables that look like a history of
// issues but do not tell this issue's date give none, and a date labelled
// as the issue's is taken before the table's.
func TestAmendmentHistoryNearMisses(t *testing.T) {
	cases := []struct {
		name, title string
		table       []string
		want        string // "" when the issue date must stay unknown
	}{
		{"dates-out-of-order", "Amendment history",
			[]string{"Issue | Date | Description of change", "1 | 3 March 2018 | Initial certification", "2 | 13 May 2024 | Recertification", "3 | 9 June 2020 | Scope extended"}, ""},
		{"numbers-against-dates", "Änderungsverlauf",
			[]string{"Ausgabe | Datum | Art der Änderung", "1 | 22.11.2023 | Erstzertifizierung", "2 | 19.11.2020 | Rezertifizierung"}, ""},
		{"audit-table", "Audit programme",
			[]string{"Audit | Date | Auditor", "1 | 3 March 2024 | J. Smith", "2 | 4 March 2025 | J. Smith"}, ""},
		{"visits", "Calendrier des audits",
			[]string{"Visite | Date | Type", "1 | 6 juillet 2024 | Surveillance", "2 | 5 juillet 2025 | Surveillance"}, ""},
		{"form-revisions", "",
			[]string{"Rev. | Date | Description", "1 | 3 March 2018 | Template created", "2 | 13 May 2024 | Logo updated"}, ""},
		{"two-ways", "Amendment history",
			[]string{"Issue | Date | Description of change", "1 | 05/03/2018 | Initial certification", "2 | 04/06/2024 | Recertification"}, ""},
		{"labelled-issue-wins", "Cronologia delle modifiche",
			[]string{"Data di emissione: 2 febbraio 2024", "Emissione | Data | Descrizione della modifica", "1 | 9 gennaio 2018 | Prima certificazione", "2 | 8 gennaio 2021 | Rinnovo"}, "2024-02-02"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := historyCertificate("Valid until: 12 May 2027", c.title, c.table...)
			if c.name == "two-ways" {
				// No date of the page tells whether the day comes first.
				text = strings.Replace(text, "Valid until: 12 May 2027", "Valid until: 05/06/2027", 1)
			}
			cert, err := Certificate(Document{Text: text})
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case c.want == "" && cert.IssuedOn.Known:
				t.Errorf("issued %s from %q, want unknown", cert.IssuedOn.Value, cert.IssuedOn.Quote)
			case c.want != "" && (!cert.IssuedOn.Known || string(cert.IssuedOn.Value) != c.want):
				t.Errorf("issued %+v, want %s", cert.IssuedOn, c.want)
			}
		})
	}
}
