package facts

import (
	"testing"

	"assay/app/evidence"
)

// The certificate classes the last batch's helper left open, each in the
// seven languages with near misses. Every organisation, address and number
// is made up for these tables.

// TestOtherStandardPart leaves unread the number and dates a combined
// certificate gives in the part of another standard, when ISO/IEC 27001
// has no part of its own: they are that standard's, not surely this
// one's. Near misses tie them to ISO/IEC 27001 or to a list of all the
// standards, and are read.
func TestOtherStandardPart(t *testing.T) {
	none := values{evidence.KeyCertificateNumber: absent, evidence.KeyExpiresOn: absent}
	cases := []struct {
		name  string
		lines []string
		want  values
	}{
		{"en: the privacy extension's part", []string{"CERTIFICATE", "Harbourline Data Ltd", "ISO/IEC 27001:2022", "ISO/IEC 27701:2019", "",
			"ISO/IEC 27701:2019 Privacy information management", "Certificate No.: PIM-2231", "Valid until: 2027-04-30"}, none},
		{"de: der Teil der ISO 9001", []string{"ZERTIFIKAT", "Birkenhain Logistik GmbH", "ISO/IEC 27001:2022", "", "Zertifikat ISO 9001:2015",
			"Zertifikat-Nr.: QM-7781", "Gültig bis: 30.04.2027"}, none},
		{"fr: la partie ISO 22301", []string{"CERTIFICAT", "Vignobles Numériques SAS", "ISO/IEC 27001:2022", "", "Certificat ISO 22301:2019",
			"Numéro de certificat : BC-310", "Valable jusqu'au 30/04/2027"}, none},
		{"es: la parte de la ISO/IEC 20000-1", []string{"CERTIFICADO", "Servicios Almendro S.L.", "ISO/IEC 27001:2022", "", "Norma ISO/IEC 20000-1:2018",
			"Certificado n.º: SG-118", "Válido hasta: 30/04/2027"}, none},
		{"it: il solo numero è della ISO 9001", []string{"CERTIFICATO", "Cantieri Tirreno S.p.A.", "ISO/IEC 27001:2022 e ISO 9001:2015",
			"Certificato ISO 9001 n.: QM-5521", "Valido fino al 30/04/2027"}, values{evidence.KeyCertificateNumber: absent, evidence.KeyExpiresOn: absent}},
		{"nl: het deel van ISO/IEC 27017", []string{"CERTIFICAAT", "Polderwolk B.V.", "ISO/IEC 27001:2022", "", "Deel ISO/IEC 27017:2015",
			"Certificaatnummer: CL-902", "Geldig tot 30-04-2027"}, none},
		{"pt: a parte da ISO/IEC 27018", []string{"CERTIFICADO", "Nuvem Atlântica, Lda.", "ISO/IEC 27001:2022", "", "Certificado ISO/IEC 27018:2019",
			"Número do certificado: PD-44", "Válido até 30/04/2027"}, none},
		// Near misses: the details belong to the whole list of standards,
		// to ISO/IEC 27001's own part, or say they are ISO/IEC 27001's.
		{"en near miss: an integrated system's list", []string{"CERTIFICATE", "Harbourline Data Ltd", "ISO 9001:2015", "ISO/IEC 27001:2022",
			"Certificate No.: IMS-100", "Valid until: 2027-04-30"}, values{evidence.KeyCertificateNumber: "IMS-100", evidence.KeyExpiresOn: "2027-04-30"}},
		{"es near miss: the standards joined by 'y'", []string{"CERTIFICADO", "ISO/IEC 27001:2022", "y", "ISO 9001:2015",
			"Certificado n.º: SG-118", "Válido hasta: 30/04/2027"}, values{evidence.KeyCertificateNumber: "SG-118", evidence.KeyExpiresOn: "2027-04-30"}},
		{"de near miss: der Teil der ISO/IEC 27001 zuletzt", []string{"ZERTIFIKAT", "Zertifikat ISO 9001:2015", "Zertifikat-Nr.: QM-1", "Gültig bis: 30.04.2026", "",
			"Zertifikat ISO/IEC 27001:2022", "Zertifikat-Nr.: IS-2", "Gültig bis: 30.04.2027"}, values{evidence.KeyCertificateNumber: "IS-2", evidence.KeyExpiresOn: "2027-04-30"}},
		{"fr near miss: la date dite de l'ISO/IEC 27001", []string{"CERTIFICAT", "ISO/IEC 27001:2022", "Certificat n° : IS-310", "", "ISO 22301:2019",
			"ISO/IEC 27001 : valable jusqu'au 30/04/2027"}, values{evidence.KeyCertificateNumber: "IS-310", evidence.KeyExpiresOn: "2027-04-30"}},
	}
	// Near misses: a date said to hold for all the standards, after the
	// last standard's part.
	whole := []struct{ lang, line string }{
		{"en", "Valid for all standards until: 2027-04-30"},
		{"de", "Für alle Normen – gültig bis: 30.04.2027"},
		{"fr", "Pour toutes les normes – valable jusqu'au 30/04/2027"},
		{"es", "Para todas las normas – válido hasta: 30/04/2027"},
		{"it", "Per tutte le norme – valido fino al 30/04/2027"},
		{"nl", "Voor alle normen – geldig tot 30-04-2027"},
		{"pt", "Para todas as normas – válido até 30/04/2027"},
	}
	for _, w := range whole {
		cases = append(cases, struct {
			name  string
			lines []string
			want  values
		}{w.lang + " near miss: a date for all the standards", []string{"CERTIFICATE", "ISO/IEC 27001:2022", "Certificate No.: IS-1", "", "ISO 9001:2015", w.line},
			values{evidence.KeyExpiresOn: "2027-04-30"}})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkCertificate(t, text(c.lines...), c.want) })
	}
}

// TestStandardBeforeNumber reads a number label, the standard, then the
// number ("Zertifikat-Nr. ISO/IEC 27001: IS-2002"): the number is ISO/IEC
// 27001's. Near misses: another standard's number, or the standard alone
// after the label, give none.
func TestStandardBeforeNumber(t *testing.T) {
	cases := []struct {
		name, line string
		want       any
	}{
		{"en", "Certificate No. ISO/IEC 27001: IS-2002", "IS-2002"},
		{"de", "Zertifikat-Nr. ISO/IEC 27001: IS-2002", "IS-2002"},
		{"fr", "Numéro de certificat ISO/IEC 27001 : FR-2002", "FR-2002"},
		{"es", "Certificado n.º ISO/IEC 27001: ES-2002", "ES-2002"},
		{"it", "Certificato n. ISO/IEC 27001: IT-2002", "IT-2002"},
		{"nl", "Certificaatnummer ISO/IEC 27001: NL-2002", "NL-2002"},
		{"pt", "Certificado n.º ISO/IEC 27001: PT-2002", "PT-2002"},
		{"de with the edition", "Zertifikat-Nr. ISO/IEC 27001:2022: IS-77", "IS-77"},
		// Near misses.
		{"en near miss: another standard's number", "Certificate No. ISO 9001: QM-2002", absent},
		{"fr near miss: le numéro de l'ISO 22301", "Numéro de certificat ISO 22301 : BC-2002", absent},
		{"en near miss: the standard alone", "Certificate No. ISO/IEC 27001:2022", absent},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text("CERTIFICATE", "ISO/IEC 27001:2022", c.line, "Valid until: 2027-04-30"), values{evidence.KeyCertificateNumber: c.want})
		})
	}
}

// TestSiteTableScope reads a scope given only as a table of sites and what
// each does: the activities column's cells, never a site's name or
// address. Near misses: no activities column, or rows that do not line
// up with the header, give no scope.
func TestSiteTableScope(t *testing.T) {
	checkAmid(t, evidence.KeyScope, []amidCase{
		{"en", []string{"Site | Address | Activities", "Head office | 4 Elm Road, Leeds LS1 4AB | Development of payroll software",
			"Data centre | 9 Dock Street, Hull HU1 2AA | Hosting of payroll platforms"}, "Development of payroll software; Hosting of payroll platforms"},
		{"de", []string{"Standort | Anschrift | Tätigkeiten", "Zentrale | Lindenallee 4, 04109 Leipzig | Entwicklung von Abrechnungssoftware",
			"Rechenzentrum | Hafenweg 9, 24103 Kiel | Betrieb der Abrechnungsplattform"}, "Entwicklung von Abrechnungssoftware; Betrieb der Abrechnungsplattform"},
		{"fr", []string{"Site | Adresse | Activités", "Siège | 4 rue des Tilleuls, 69002 Lyon | Développement de logiciels de paie"}, "Développement de logiciels de paie"},
		{"es", []string{"Sede | Dirección | Actividades", "Oficina central | Calle Olmo 4, 46001 Valencia | Desarrollo de software de nóminas",
			"Centro de datos | Paseo del Puerto 9, 15001 A Coruña | Alojamiento de plataformas de nóminas"}, "Desarrollo de software de nóminas; Alojamiento de plataformas de nóminas"},
		{"it", []string{"Sede | Indirizzo | Attività", "Sede legale | Via dei Tigli 4, 40121 Bologna | Sviluppo di software per paghe"}, "Sviluppo di software per paghe"},
		{"nl", []string{"Locatie | Adres | Activiteiten", "Hoofdkantoor | Lindelaan 4, 3511 AB Utrecht | Ontwikkeling van salarissoftware"}, "Ontwikkeling van salarissoftware"},
		{"pt", []string{"Local | Morada | Atividades", "Sede | Rua das Tílias 4, 4000-123 Porto | Desenvolvimento de software de salários"}, "Desenvolvimento de software de salários"},
		// Near misses.
		{"en near miss: no activities column", []string{"Site | Address", "Head office | 4 Elm Road, Leeds LS1 4AB", "Data centre | 9 Dock Street, Hull HU1 2AA"}, absent},
		{"de near miss: a row not lined up", []string{"Standort | Anschrift | Tätigkeiten", "Zentrale | Lindenallee 4, 04109 Leipzig | Entwicklung von Abrechnungssoftware",
			"Rechenzentrum Hafenweg 9, 24103 Kiel | Betrieb der Abrechnungsplattform"}, absent},
		{"fr near miss: a row wrapped onto a line of its own", []string{"Site | Adresse | Activités", "Siège | 4 rue des Tilleuls, 69002 Lyon | Développement de logiciels",
			"de paie et assistance aux utilisateurs"}, absent},
	})
}

// TestCoinedBodyName finds a certification body whose coined name ends in
// "cert" or "zert" in a footer or under a signature, in the seven
// languages. Near misses: "concert" and "Konzert" are no word of
// certifying.
func TestCoinedBodyName(t *testing.T) {
	checkAmid(t, evidence.KeyCertificationBody, []amidCase{
		{"en", []string{"", "Falkenzert Ltd, 12 Mill Lane, Bristol BS1 4QA"}, "Falkenzert Ltd"},
		{"de", []string{"", "Falkenzert GmbH, Lindenweg 3, 80331 München"}, "Falkenzert GmbH"},
		{"fr", []string{"", "Pour le compte de", "Andicert SARL"}, "Andicert SARL"},
		{"es", []string{"", "Andicert S.A., Calle Mayor 7, 28013 Madrid"}, "Andicert S.A."},
		{"it", []string{"", "Lagocert S.r.l., Via Garibaldi 21, 22100 Como"}, "Lagocert S.r.l."},
		{"nl", []string{"", "Namens", "Duinzert B.V."}, "Duinzert B.V."},
		{"pt", []string{"", "Tejocert, Lda., Rua Augusta 40, 1100-053 Lisboa"}, "Tejocert, Lda."},
		// Near misses.
		{"de near miss: Konzert", []string{"", "Stadtkonzert GmbH, Opernplatz 2, 60313 Frankfurt"}, absent},
		{"en near miss: concert", []string{"", "Harbour Concert Ltd, 3 Quay Road, Cork T12 X2Y3"}, absent},
		{"fr near miss: a word of the certified organisation", []string{"", "Pour le compte de", "Boulangerie Moreau SARL"}, absent},
	})
}
