package facts

import (
	"slices"
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
		// A list or index of issues ("Verzeichnis der Ausgaben", "List of issues") numbering its rows under a bare "No.": the latest row is still this issue.
		{"index-en", "Valid until: 3 June 2027", "List of issues",
			[]string{"No. | Issued | Reason for issue", "1 | 2 June 2018 | First certification", "2 | 7 July 2021 | Recertification", "3 | 4 June 2024 | Recertification"}, "2024-06-04"},
		{"index-de", "Gültig bis: 8. März 2027", "Verzeichnis der Ausgaben",
			[]string{"Nr. | Ausgestellt | Anlass der Ausgabe", "1 | 6. März 2019 | Erstausgabe", "2 | 11. Juni 2022 | Anschrift geändert", "3 | 2. März 2024 | Rezertifizierung"}, "2024-03-02"},
		{"index-de-compound", "Gültig bis: 8. März 2027", "Ausgabenverzeichnis",
			[]string{"Nr. | Datum | Grund", "1 | 6. März 2019 | Erstausgabe", "2 | 2. März 2024 | Rezertifizierung"}, "2024-03-02"},
		{"index-fr", "Valable jusqu'au : 9 octobre 2027", "Liste des éditions",
			[]string{"N° | Date | Motif", "1 | 12 octobre 2018 | Première certification", "2 | 10 octobre 2021 | Renouvellement", "3 | 8 octobre 2024 | Renouvellement"}, "2024-10-08"},
		{"index-es", "Válido hasta: 21 de abril de 2027", "Registro de emisiones",
			[]string{"Nº | Fecha | Motivo", "1 | 20 de abril de 2021 | Emisión inicial", "2 | 19 de abril de 2024 | Renovación"}, "2024-04-19"},
		{"index-it", "Valido fino al: 15 maggio 2027", "Elenco delle emissioni",
			[]string{"N. | Data | Motivo", "1 | 16 maggio 2018 | Prima emissione", "2 | 14 maggio 2021 | Rinnovo", "3 | 13 maggio 2024 | Rinnovo"}, "2024-05-13"},
		{"index-nl", "Geldig tot: 30 november 2026", "Lijst van uitgaven",
			[]string{"Nr. | Datum | Reden", "1 | 1 december 2017 | Eerste uitgave", "2 | 28 november 2023 | Hercertificering"}, "2023-11-28"},
		{"index-pt", "Válido até: 6 de fevereiro de 2028", "Lista de emissões",
			[]string{"N.º | Data | Motivo", "1 | 9 de fevereiro de 2019 | Emissão inicial", "2 | 7 de fevereiro de 2025 | Recertificação"}, "2025-02-07"},
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
		// A bare number column numbers issues only under a title of issues.
		{"index-untitled-number-column", "",
			[]string{"No. | Date | Reason", "1 | 2 June 2018 | Visit", "2 | 4 June 2024 | Visit"}, ""},
		{"index-list-of-audits", "Liste des audits",
			[]string{"N° | Date | Motif", "1 | 12 octobre 2018 | Surveillance", "2 | 8 octobre 2024 | Surveillance"}, ""},
		{"index-index-of-sites", "Verzeichnis der Standorte",
			[]string{"Nr. | Datum | Standort", "1 | 6. März 2019 | Vaduz", "2 | 2. März 2024 | Schaan"}, ""},
		{"index-numbers-against-dates", "Lijst van uitgaven",
			[]string{"Nr. | Datum | Reden", "1 | 28 november 2023 | Eerste uitgave", "2 | 1 december 2017 | Hercertificering"}, ""},
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

// integratedCertificate is a certificate of an integrated management
// system: the standards listed (ISO/IEC 27001 not first), and one
// number, one issue date, one expiry and one scope for them all, in a
// strip under the letterhead (before) or after the list (after).
func integratedCertificate(before, standards, after []string) string {
	return strings.Join(slices.Concat([]string{"Example Certification Body Ltd"}, before,
		[]string{"Example Holder Ltd"}, standards, after, []string{"Accreditation: EXAB 123"}), "\n")
}

// TestIntegratedCertificateGivesItsDetailsTo27001: one set of details
// for a list of standards is ISO/IEC 27001's too, however the list is
// written: a standard a line, joined by "and", with the standards' titles,
// or named in a sentence; a number that carries "27001" starts no part of
// its own.
func TestIntegratedCertificateGivesItsDetailsTo27001(t *testing.T) {
	cases := []struct {
		name                          string
		before, standards, after      []string
		number, issued, expiry, scope string
	}{
		{"en", nil, []string{"ISO 9001:2015", "ISO 14001:2015", "ISO/IEC 27001:2022"},
			[]string{"Scope:", "Design and hosting of the ordering portal.", "Certificate No.: IMS-0042", "Date of issue: 14 March 2024", "Expiry date: 13 March 2027"},
			"IMS-0042", "2024-03-14", "2027-03-13", "Design and hosting of the ordering portal."},
		{"de", []string{"Zertifikat-Nr.: WZD-0042", "Ausstellungsdatum: 03.05.2024"},
			[]string{"ISO 9001:2015", "und", "ÖNORM EN ISO/IEC 27001:2023"},
			[]string{"Geltungsbereich:", "Lohnverrechnung für Klein- und Mittelbetriebe.", "Gültig bis: 20.04.2027"},
			"WZD-0042", "2024-05-03", "2027-04-20", "Lohnverrechnung für Klein- und Mittelbetriebe."},
		{"fr", nil, []string{"satisfait aux exigences des normes ISO 9001:2015 et ISO/IEC 27001:2022"},
			[]string{"Domaine de certification :", "Exploitation d'un centre de télésurveillance.", "Certificat n° : CMS/27001/1098", "Date d'émission : 7 juin 2025", "Valable jusqu'au : 23 mai 2028"},
			"CMS/27001/1098", "2025-06-07", "2028-05-23", "Exploitation d'un centre de télésurveillance."},
		{"es", []string{"Certificado n.º: CSM-0588"},
			[]string{"• UNE-EN ISO 9001:2015 Sistemas de gestión de la calidad — Requisitos con orientación para su uso", "• ISO/IEC 27001:2022"},
			[]string{"Alcance:", "Emisión y timbrado de comprobantes fiscales digitales.", "Fecha de emisión: 15 de marzo de 2025", "Válido hasta: 12 de marzo de 2028"},
			"CSM-0588", "2025-03-15", "2028-03-12", "Emisión y timbrado de comprobantes fiscales digitales."},
		{"it", nil, []string{"ISO 22301:2019", "SN EN ISO/IEC 27001:2017"},
			[]string{"Campo di applicazione:", "Tenuta della contabilità per piccole e medie imprese.", "Certificato n.: CCSA 27-0452", "Data di emissione: 17.09.2023", "Valido fino al: 12.09.2026"},
			"CCSA 27-0452", "2023-09-17", "2026-09-12", "Tenuta della contabilità per piccole e medie imprese."},
		{"nl", nil, []string{"voldoet aan de eisen van ISO 9001:2015 en ISO/IEC 27001:2022"},
			[]string{"Toepassingsgebied:", "Digitalisering en bewaring van personeelsdossiers.", "Certificaatnummer: SCB-IMS/27001/0688", "Datum van uitgifte: 11 januari 2023", "Geldig tot: 2 januari 2026"},
			"SCB-IMS/27001/0688", "2023-01-11", "2026-01-02", "Digitalisering en bewaring van personeelsdossiers."},
		{"pt", []string{"Certificado n.º: CCS-2204", "Data de emissão: 14/04/2024"},
			[]string{"ABNT NBR ISO 9001:2015", "e", "ABNT NBR ISO/IEC 27001:2022"},
			[]string{"Âmbito:", "Gestão de armazéns gerais de grãos.", "Válido até: 29/03/2027"},
			"CCS-2204", "2024-04-14", "2027-03-29", "Gestão de armazéns gerais de grãos."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cert, err := Certificate(Document{Text: integratedCertificate(c.before, c.standards, c.after)})
			if err != nil {
				t.Fatal(err)
			}
			if !cert.Number.Known || cert.Number.Value != c.number {
				t.Errorf("number %+v, want %s", cert.Number, c.number)
			}
			if !cert.IssuedOn.Known || string(cert.IssuedOn.Value) != c.issued {
				t.Errorf("issued %+v, want %s", cert.IssuedOn, c.issued)
			}
			if !cert.ExpiresOn.Known || string(cert.ExpiresOn.Value) != c.expiry {
				t.Errorf("expiry %+v, want %s", cert.ExpiresOn, c.expiry)
			}
			if !cert.Scope.Known || cert.Scope.Value != c.scope {
				t.Errorf("scope %+v, want %s", cert.Scope, c.scope)
			}
		})
	}
}

// TestCombinedCertificateKeeps27001Details: a certificate of several
// standards each with its own number and dates is no integrated one: the
// details are those in ISO/IEC 27001's part, never another standard's,
// also when a line of "and" or a long title stands between the parts.
func TestCombinedCertificateKeeps27001Details(t *testing.T) {
	cases := []struct {
		name                   string
		text                   []string
		number, issued, expiry string
	}{
		{"en", []string{"ISO 9001:2015", "Certificate No.: Q-111", "Date of issue: 1 February 2023", "Expiry date: 31 January 2026",
			"and", "ISO/IEC 27001:2022", "Certificate No.: IS-222", "Date of issue: 5 June 2024", "Expiry date: 4 June 2027"}, "IS-222", "2024-06-05", "2027-06-04"},
		{"de", []string{"ISO/IEC 27001:2022", "Zertifikat-Nr.: IS-222", "Ausstellungsdatum: 05.06.2024", "Gültig bis: 04.06.2027",
			"ISO 14001:2015 Umweltmanagementsysteme — Anforderungen mit Anleitung zur Anwendung", "Zertifikat-Nr.: U-333", "Ausstellungsdatum: 01.02.2023", "Gültig bis: 31.01.2026"}, "IS-222", "2024-06-05", "2027-06-04"},
		{"es", []string{"ISO 9001:2015", "Certificado n.º: Q-111", "Fecha de emisión: 1 de febrero de 2023", "Válido hasta: 31 de enero de 2026",
			"ISO/IEC 27001:2022", "Certificado n.º: IS-222", "Fecha de emisión: 5 de junio de 2024", "Válido hasta: 4 de junio de 2027"}, "IS-222", "2024-06-05", "2027-06-04"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cert, err := Certificate(Document{Text: integratedCertificate(nil, c.text, nil)})
			if err != nil {
				t.Fatal(err)
			}
			if cert.Number.Known && cert.Number.Value != c.number {
				t.Errorf("number %+v, want %s or unknown", cert.Number, c.number)
			}
			if cert.IssuedOn.Known && string(cert.IssuedOn.Value) != c.issued {
				t.Errorf("issued %+v, want %s or unknown", cert.IssuedOn, c.issued)
			}
			if !cert.ExpiresOn.Known || string(cert.ExpiresOn.Value) != c.expiry {
				t.Errorf("expiry %+v, want %s", cert.ExpiresOn, c.expiry)
			}
		})
	}
}
