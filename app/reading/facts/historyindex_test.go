package facts

import "testing"

// TestHistoryIndexGivesIssueDate: a certificate's list of its issues may be
// titled as an index or register ("Verzeichnis der Ausgaben", "List of
// issues") and number its rows under a bare "No." with the date under a
// word of issuing ("Issued", "Ausgestellt"): the latest row is still this
// issue, in each of the seven languages.
func TestHistoryIndexGivesIssueDate(t *testing.T) {
	cases := []struct {
		name, expiry, title string
		table               []string
		want                string
	}{
		{"en", "Valid until: 3 June 2027", "List of issues",
			[]string{"No. | Issued | Reason for issue", "1 | 2 June 2018 | First certification", "2 | 7 July 2021 | Recertification", "3 | 4 June 2024 | Recertification"}, "2024-06-04"},
		{"de", "Gültig bis: 8. März 2027", "Verzeichnis der Ausgaben",
			[]string{"Nr. | Ausgestellt | Anlass der Ausgabe", "1 | 6. März 2019 | Erstausgabe", "2 | 11. Juni 2022 | Anschrift geändert", "3 | 2. März 2024 | Rezertifizierung"}, "2024-03-02"},
		{"de-compound", "Gültig bis: 8. März 2027", "Ausgabenverzeichnis",
			[]string{"Nr. | Datum | Grund", "1 | 6. März 2019 | Erstausgabe", "2 | 2. März 2024 | Rezertifizierung"}, "2024-03-02"},
		{"fr", "Valable jusqu'au : 9 octobre 2027", "Liste des éditions",
			[]string{"N° | Date | Motif", "1 | 12 octobre 2018 | Première certification", "2 | 10 octobre 2021 | Renouvellement", "3 | 8 octobre 2024 | Renouvellement"}, "2024-10-08"},
		{"es", "Válido hasta: 21 de abril de 2027", "Registro de emisiones",
			[]string{"Nº | Fecha | Motivo", "1 | 20 de abril de 2021 | Emisión inicial", "2 | 19 de abril de 2024 | Renovación"}, "2024-04-19"},
		{"it", "Valido fino al: 15 maggio 2027", "Elenco delle emissioni",
			[]string{"N. | Data | Motivo", "1 | 16 maggio 2018 | Prima emissione", "2 | 14 maggio 2021 | Rinnovo", "3 | 13 maggio 2024 | Rinnovo"}, "2024-05-13"},
		{"nl", "Geldig tot: 30 november 2026", "Lijst van uitgaven",
			[]string{"Nr. | Datum | Reden", "1 | 1 december 2017 | Eerste uitgave", "2 | 28 november 2023 | Hercertificering"}, "2023-11-28"},
		{"pt", "Válido até: 6 de fevereiro de 2028", "Lista de emissões",
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
		})
	}
}

// TestHistoryIndexNearMisses: a bare "No." column numbers issues only under
// a title of issues; a list of sites or audits, or an index whose rows'
// numbers run against their dates, gives no issue date.
func TestHistoryIndexNearMisses(t *testing.T) {
	cases := []struct {
		name, title string
		table       []string
	}{
		{"untitled-number-column", "",
			[]string{"No. | Date | Reason", "1 | 2 June 2018 | Visit", "2 | 4 June 2024 | Visit"}},
		{"list-of-audits", "Liste des audits",
			[]string{"N° | Date | Motif", "1 | 12 octobre 2018 | Surveillance", "2 | 8 octobre 2024 | Surveillance"}},
		{"index-of-sites", "Verzeichnis der Standorte",
			[]string{"Nr. | Datum | Standort", "1 | 6. März 2019 | Vaduz", "2 | 2. März 2024 | Schaan"}},
		{"numbers-against-dates", "Lijst van uitgaven",
			[]string{"Nr. | Datum | Reden", "1 | 28 november 2023 | Eerste uitgave", "2 | 1 december 2017 | Hercertificering"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cert, err := Certificate(Document{Text: historyCertificate("Valid until: 12 May 2027", c.title, c.table...)})
			if err != nil {
				t.Fatal(err)
			}
			if cert.IssuedOn.Known {
				t.Errorf("issued %s from %q, want unknown", cert.IssuedOn.Value, cert.IssuedOn.Quote)
			}
		})
	}
}
