package facts

import (
	"slices"
	"strings"
	"testing"

	"assay/app/evidence"
)

// TestScopeLabelWrappedOverItsValue reads a table's scope whose label cell
// wraps over two lines, with the value's lines between them: the label's
// first line is not part of the statement.
func TestScopeLabelWrappedOverItsValue(t *testing.T) {
	doc := text(
		"Normdocument | NEN-EN-ISO/IEC 27001:2023",
		"Het onderhouden van",
		"Gecertificeerd",
		"sluizen en bruggen in",
		"toepassingsgebied",
		"het havengebied.",
		"Certificaatcode | ZK-1",
	)
	f, _ := flat(Certificate(doc))
	if got, want := f[evidence.KeyScope], "Het onderhouden van sluizen en bruggen in het havengebied."; got != want {
		t.Errorf("scope = %q, want %q", got, want)
	}
}

// TestSiteTableHeaders reads tables of sites headed by other words for a
// site ("Premises", "Betriebsstätte", "Estabelecimento") and an address
// ("Site address", "Postanschrift"); a header is never read as a site.
func TestSiteTableHeaders(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"premises", []string{"Premises | Site address | Activities performed", "Hull | 2 Dock Street, Hull HU1 1AA | Storage", "Goole | 5 Quay Road, Goole DN14 5AA | Loading"},
			[]string{"Hull, 2 Dock Street, Hull HU1 1AA", "Goole, 5 Quay Road, Goole DN14 5AA"}},
		{"Betriebsstätte", []string{"Betriebsstätte | Postanschrift | Tätigkeiten vor Ort", "Kiel | Hafenweg 3, 24103 Kiel | Lager"},
			[]string{"Kiel, Hafenweg 3, 24103 Kiel"}},
		{"Estabelecimento", []string{"Estabelecimento | Endereço | Atividades desenvolvidas", "Braga | Rua Nova 8, 4700-001 Braga | Armazém"},
			[]string{"Braga, Rua Nova 8, 4700-001 Braga"}},
		{"Postadres", []string{"Vestiging | Postadres | Werkzaamheden", "Breda | Markt 4, 4811 WB Breda | Beheer"},
			[]string{"Breda, Markt 4, 4811 WB Breda"}},
		// A bare "location", the last line of a wrapped header cell, over
		// rows wrapped over lines of one cell heads no list; the same
		// table written whole further on is read.
		{"wrapped table then whole", []string{"Tasks at this", "Location Postal address", "location", "12 Mill Lane, Leeds", "Leeds | All activities", "LS1 1AA", "",
			"Location | Postal address | Tasks at this location", "Leeds | 12 Mill Lane, Leeds LS1 1AA | All activities"},
			[]string{"Leeds"}},
		// Near miss: the header's words run together in one cell, so
		// which column is which cannot be told, and no header is a site.
		{"header cells run together", []string{"Premises Site address | Activities performed", "Hull | Storage"}, nil},
	}
	for _, c := range cases {
		f, _ := flat(Certificate(text(slices.Concat([]string{"Scope: Storage.", ""}, c.lines)...)))
		got, _ := f[evidence.KeySites].([]string)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: sites = %q, want %q", c.name, strings.Join(got, "; "), strings.Join(c.want, "; "))
		}
	}
}

// TestScopeIntroducedByActivitiesOrRespect reads a scope introduced by the
// activities a certification takes in, by what the certified system applies
// to, or by what the certificate is in respect of, in several languages;
// the scope stops before a note on the sites and the approval line.
// Side by side with English, the statement in the own language is read.
func TestScopeIntroducedByActivitiesOrRespect(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"activities within the isms", []string{"ISO/IEC 27001:2022", "Activities within the certified management system:", "Hosting of booking software for ferry operators.", "Certificate code: | AB-1"},
			"Hosting of booking software for ferry operators."},
		{"activities by participle", []string{"ISO/IEC 27001:2022", "Activités couvertes par le SMSI certifié :", "Infogérance de serveurs pour des cliniques.", "Validé par ABC"},
			"Infogérance de serveurs pour des cliniques."},
		{"system applies", []string{"ISO/IEC 27001:2022", "Il sistema certificato si applica a:", "Sviluppo di software per comuni.", "Rif. certificato: | X-2"},
			"Sviluppo di software per comuni."},
		{"in respect of", []string{"ISO/IEC 27001:2022", "With respect to:", "Operation of a logistics portal for hauliers.", "The sites covered by this certificate are listed on page 2.", "Approved for XYZ"},
			"Operation of a logistics portal for hauliers."},
		{"met betrekking tot", []string{"ISO/IEC 27001:2022", "Met betrekking tot:", "Beheer van", "ICT-diensten voor scholen.", "Goedgekeurd door ABC"},
			"Beheer van ICT-diensten voor scholen."},
		{"sites sentence", []string{"ISO/IEC 27001:2022", "Der Geltungsbereich umfasst:", "Betrieb von Leitstellen für Wasserwerke.", "Die Standorte sind in der Anlage genannt.", "Zertifikat-Nr.: | L-1"},
			"Betrieb von Leitstellen für Wasserwerke."},
		// The introducing sentence and the English label side by side,
		// their statements' lines interleaved: the own language's is read.
		{"bilingual", []string{"ISO/IEC 27001:2022", "Der Geltungsbereich umfasst:", "Activities within the certified ISMS:", "Betrieb und Wartung von", "Operation and maintenance of",
			"Wasserzählern für Gemeinden;", "water meters for municipalities;", "ausgenommen ist die", "meter reading is excluded.", "Ablesung der Zähler.", "Zertifikatskennung: | W-1"},
			"Betrieb und Wartung von Wasserzählern für Gemeinden; ausgenommen ist die Ablesung der Zähler."},
		// OCR parted a word's capital from the rest of it.
		{"split capital", []string{"ISO/IEC 27001:2022", "Zertifizierte Leistungen:", "Wartung von Pumpen; ausgenommen ist die Lieferung von K ühlmitteln.", "Zertifikat-Nr.: | P-1"},
			"Wartung von Pumpen; ausgenommen ist die Lieferung von Kühlmitteln."},
		{"header piece after the scope", []string{"ISO/IEC 27001:2022", "Activities within the certified ISMS:", "Payroll services for retailers.", "Tasks at this", "Site Address", "site"},
			"Payroll services for retailers."},
	}
	for _, c := range cases {
		f, _ := flat(Certificate(text(c.lines...)))
		if got := f[evidence.KeyScope]; got != c.want {
			t.Errorf("%s: scope = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestScopeMendsOCRBreaks reads a scanned scope whose OCR parted a capital
// letter or read a hyphen twice as it was printed; a hyphen that truly
// ends a word ("Lohn- und Gehaltsabrechnung") stays.
func TestScopeMendsOCRBreaks(t *testing.T) {
	cases := []struct{ line, want string }{
		{"Geltungsbereich: Betrieb und Wartung von Cloud- -Infrastruktur für Unternehmenskunden.",
			"Betrieb und Wartung von Cloud-Infrastruktur für Unternehmenskunden."},
		{"Scope: Operation of multi- -tenant hosting platforms.", "Operation of multi-tenant hosting platforms."},
		{"Geltungsbereich: Lohn- und Gehaltsabrechnung für Handwerksbetriebe.", "Lohn- und Gehaltsabrechnung für Handwerksbetriebe."},
		{"Geltungsbereich: Abrechnung von N etzentgelten.", "Abrechnung von Netzentgelten."},
	}
	for _, c := range cases {
		f, _ := flat(Certificate(text("ISO/IEC 27001:2022", c.line)))
		if got := f[evidence.KeyScope]; got != c.want {
			t.Errorf("%q: scope = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestScopeApprovedForAndRegistered reads a scope introduced by what the
// organisation is approved, certified or registered for, by the activities
// registered, by what the approval takes in and by the field of the
// certification, in the seven languages; numbered or bulleted activities
// are read without their marks, and the statement ends before a signature
// "on behalf of" and before a date's label over its value.
func TestScopeApprovedForAndRegistered(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"approved for", []string{"ISO/IEC 27001:2022", "Approved for:", "Hosting of booking software for ferry operators.", "Signed for and on behalf of ABC"},
			"Hosting of booking software for ferry operators."},
		{"approved for in a cell", []string{"Requirement | ISO/IEC 27001:2022", "Approved for | Hosting of booking software for ferry operators.", "Approval number | AB-1"},
			"Hosting of booking software for ferry operators."},
		{"zertifiziert für", []string{"ISO/IEC 27001:2022", "Zertifiziert für:", "Betrieb von Buchungssoftware für Reedereien.", "Unterzeichnet im Auftrag der ABC"},
			"Betrieb von Buchungssoftware für Reedereien."},
		{"approuvé pour", []string{"ISO/IEC 27001:2022", "Approuvé pour :", "Hébergement de logiciels de réservation.", "Signé pour le compte de ABC"},
			"Hébergement de logiciels de réservation."},
		{"aprobado para", []string{"ISO/IEC 27001:2022", "Aprobado para:", "Alojamiento de software de reservas.", "Firmado en nombre de ABC"},
			"Alojamiento de software de reservas."},
		{"approvato per", []string{"ISO/IEC 27001:2022", "Approvato per:", "Erogazione di servizi di prenotazione.", "Firmato per conto di ABC"},
			"Erogazione di servizi di prenotazione."},
		{"goedgekeurd voor", []string{"ISO/IEC 27001:2022", "Goedgekeurd voor:", "Het hosten van boekingssoftware.", "Ondertekend namens ABC"},
			"Het hosten van boekingssoftware."},
		{"aprovado para", []string{"ISO/IEC 27001:2022", "Aprovado para:", "Alojamento de software de reservas.", "Assinado em nome de Certimondego", "IPAC"},
			"Alojamento de software de reservas."},
		{"registered activities numbered", []string{"Schedule to Certificate No. AB-1", "Registered activities:", "1. Hosting of booking software for", "ferry operators;", "2. payment card processing.", "Registered premises | Address"},
			"Hosting of booking software for ferry operators; payment card processing."},
		{"registrierte Tätigkeiten", []string{"Anhang zur Urkunde Nr. AB-1", "Registrierte Tätigkeiten:", "1. Betrieb von Buchungssoftware;", "2. Kartenzahlungen.", "Seite 2 von 2"},
			"Betrieb von Buchungssoftware; Kartenzahlungen."},
		{"activités enregistrées bulleted", []string{"Annexe au certificat n° AB-1", "Activités enregistrées :", "• hébergement de logiciels de réservation ;", "• traitement des paiements."},
			"hébergement de logiciels de réservation ; traitement des paiements."},
		{"actividades registradas", []string{"Anexo al certificado nº AB-1", "Actividades registradas:", "1. Gestión de cobros;", "2. custodia de mandatos SEPA."},
			"Gestión de cobros; custodia de mandatos SEPA."},
		{"attività registrate", []string{"Allegato al certificato n. AB-1", "Attività registrate:", "a) gestione dei pagamenti;", "b) conservazione dei dati."},
			"gestione dei pagamenti; conservazione dei dati."},
		{"geregistreerde activiteiten", []string{"Bijlage bij certificaat nr. AB-1", "Geregistreerde activiteiten:", "1. Het beheer van het klantportaal;", "2. het leveren van rapportages."},
			"Het beheer van het klantportaal; het leveren van rapportages."},
		{"atividades registadas", []string{"Anexo ao certificado n.º AB-1", "Atividades registadas:", "1. Digitalização de processos;", "2. arquivo eletrónico."},
			"Digitalização de processos; arquivo eletrónico."},
		{"the approval extends to", []string{"ISO/IEC 27001:2022.", "The approval extends to:", "Payroll processing for councils.", "Yours faithfully,"},
			"Payroll processing for councils."},
		{"die Zertifizierung umfasst", []string{"ISO/IEC 27001:2022", "Die Zertifizierung umfasst:", "Lohnabrechnung für Kommunen.", "Zertifikat-Nr.: AB-1"},
			"Lohnabrechnung für Kommunen."},
		{"la aprobación comprende", []string{"ISO/IEC 27001:2022", "La aprobación comprende:", "Gestión de nóminas.", "Ref. del certificado: AB-1"},
			"Gestión de nóminas."},
		{"l'approvazione comprende", []string{"ISO/IEC 27001:2022", "L'approvazione comprende:", "Elaborazione delle paghe.", "Rif. certificato n.: AB-1"},
			"Elaborazione delle paghe."},
		{"de goedkeuring strekt zich uit tot", []string{"ISO/IEC 27001:2022.", "De goedkeuring strekt zich uit tot:", "Salarisverwerking voor gemeenten.", "Hoogachtend,"},
			"Salarisverwerking voor gemeenten."},
		{"a aprovação abrange", []string{"ISO/IEC 27001:2022", "A aprovação abrange:", "Processamento salarial.", "Assinado em nome de ABC"},
			"Processamento salarial."},
		{"l'approbation couvre", []string{"ISO/IEC 27001:2022", "L'approbation couvre :", "Gestion de la paie.", "Signé pour le compte de ABC"},
			"Gestion de la paie."},
		{"field of certification", []string{"ISO/IEC 27001:2022", "Field of certification:", "Claims processing for employers.", "Cert. serial no.: | AB-1"},
			"Claims processing for employers."},
		{"campo della certificazione", []string{"ISO/IEC 27001:2022", "Campo della certificazione:", "Telemonitoraggio di pazienti.", "N. di serie: | AB-1"},
			"Telemonitoraggio di pazienti."},
		{"campo da certificação", []string{"ISO/IEC 27001:2022", "Campo da certificação:", "Arquivo eletrónico.", "N.º de série | AB-1"},
			"Arquivo eletrónico."},
		{"étendue de la certification, date label over its value", []string{"ISO/IEC 27001:2022", "Étendue de la certification :", "Externalisation de la paie.", "Certifiée initialement le", "22 novembre 2019"},
			"Externalisation de la paie."},
		{"certificatiegebied", []string{"NEN-EN-ISO/IEC 27001:2023", "Certificatiegebied:", "Het verzamelen van meetgegevens.", "Serienr.: | AB-1"},
			"Het verzamelen van meetgegevens."},
		{"small caps label", []string{"ISO/IEC 27001:2022", "A pproved for:", "Hosting of booking software.", "Signed for and on behalf of ABC"},
			"Hosting of booking software."},
		{"small caps in capitals", []string{"ISO/IEC 27001:2022", "R EGISTERED ACTIVITIES:", "Hosting of booking software.", "Signed for and on behalf of ABC"},
			"Hosting of booking software."},
		// Near misses: a wrapped line starting with a number is no list
		// item, and "Approved for:" over the name of a certification body
		// signs the certificate.
		{"one numbered line is a wrap", []string{"ISO/IEC 27001:2022", "Approved for:", "Operation of the data centre in building", "2. Hosting of mail.", "Signed for and on behalf of ABC"},
			"Operation of the data centre in building 2. Hosting of mail."},
		{"approved for a body", []string{"ISO/IEC 27001:2022", "Approved for:", "Northern Certification Ltd", "Jane Smith, Director"},
			""},
	}
	for _, c := range cases {
		f, _ := flat(Certificate(text(c.lines...)))
		got, _ := f[evidence.KeyScope].(string)
		if got != c.want {
			t.Errorf("%s: scope = %q, want %q", c.name, got, c.want)
		}
	}
}
