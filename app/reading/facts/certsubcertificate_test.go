package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// TestSubCertificate reads a sub-certificate's number, a site's certificate
// under a multi-site main one, in the seven languages: its own number
// under its label beside the main certificate's ("Teilzertifikat-Nr. |
// Hauptzertifikat-Nr."), whichever of the two is printed first. Near
// miss: a certificate's number alone is still read by its label.
func TestSubCertificate(t *testing.T) {
	scope := "Operation of payment platforms; settlement reporting."
	cases := []struct {
		name, numbers, values, scopeLabel string
		want                              any
	}{
		{"en", "Sub-certificate no.\tMain certificate no.", "EX-0101-02\tEX-0101", "Scope of the main certificate", "EX-0101-02"},
		{"de", "Teilzertifikat-Nr.\tHauptzertifikat-Nr.", "EX-0101-02\tEX-0101", "Geltungsbereich des Hauptzertifikats", "EX-0101-02"},
		{"fr", "Sous-certificat n°\tCertificat principal n°", "EX-0101-02\tEX-0101", "Domaine d'application du certificat principal", "EX-0101-02"},
		{"es", "Subcertificado N.º\tCertificado principal N.º", "EX-0101-02\tEX-0101", "Alcance del certificado principal", "EX-0101-02"},
		{"it", "Sottocertificato n.\tCertificato principale n.", "EX-0101-02\tEX-0101", "Campo applicativo del certificato principale", "EX-0101-02"},
		{"nl", "Deelcertificaatnr.\tHoofdcertificaatnr.", "EX-0101-02\tEX-0101", "Toepassingsgebied van het hoofdcertificaat", "EX-0101-02"},
		{"pt", "Subcertificado n.º\tCertificado principal n.º", "EX-0101-02\tEX-0101", "Âmbito do certificado principal", "EX-0101-02"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := text("Example Certification Ltd", c.numbers, c.values, "Example Holding", "ISO/IEC 27001:2022", c.scopeLabel, scope)
			checkCertificate(t, doc, values{evidence.KeyCertificateNumber: c.want})
		})
		t.Run(c.name+": the main certificate's first", func(t *testing.T) {
			numbers, values := strings.Split(c.numbers, "\t"), strings.Split(c.values, "\t")
			doc := text("Example Certification Ltd", numbers[1]+"\t"+numbers[0], values[1]+"\t"+values[0], "Example Holding", "ISO/IEC 27001:2022", c.scopeLabel, scope)
			checkCertificate(t, doc, map[string]any{evidence.KeyCertificateNumber: c.want})
		})
	}
	t.Run("near miss: a certificate's number alone", func(t *testing.T) {
		doc := text("Example Certification Ltd", "Zertifikat-Nr.: EX-0101", "Example Holding", "ISO/IEC 27001:2022", "Geltungsbereich", scope)
		checkCertificate(t, doc, values{evidence.KeyCertificateNumber: "EX-0101"})
	})
}

// subCertificateLanguages are a sub-certificate's words in the seven
// languages: its title, the sentence naming the one site it applies to,
// that site's name, address and activities, the heading over the main
// certificate's scope and the scope, the dates' labels and values, and
// the note that it is valid only with the main certificate.
var subCertificateLanguages = []struct {
	lang, title, siteIntro, site, address, activities, mainScope, scope, issued, expires, note, ownScope string
}{
	{"en", "Sub-certificate", "This sub-certificate applies to the following site:", "Port Harcourt", "4 Trans Amadi Road, Port Harcourt", "Backup data centre",
		"Scope of the main certificate", "Hosting and operation of payroll software for employers; payroll helpdesk.",
		"Date of issue: 3 March 2025", "Expiry date: 2 March 2028", "This sub-certificate is only valid together with main certificate no. EX-0101.", "Scope of this sub-certificate:"},
	{"de", "Teilzertifikat", "Dieses Teilzertifikat gilt für den folgenden Standort:", "Graz", "Annenstraße 4, 8020 Graz", "Rechenzentrum",
		"Geltungsbereich des Hauptzertifikats", "Betrieb von Lohnabrechnungssoftware für Arbeitgeber; Anwenderbetreuung.",
		"Ausstellungsdatum: 03.03.2025", "Gültig bis: 02.03.2028", "Dieses Teilzertifikat ist nur in Verbindung mit dem Hauptzertifikat Nr. EX-0101 gültig.", "Geltungsbereich des Teilzertifikats:"},
	{"fr", "Sous-certificat", "Ce sous-certificat s'applique au site suivant :", "Lyon", "4 rue du Port, 69002 Lyon", "Centre de données",
		"Domaine d'application du certificat principal", "Hébergement et exploitation de logiciels de paie pour les employeurs ; assistance aux utilisateurs.",
		"Date d'émission : 03/03/2025", "Date d'expiration : 02/03/2028", "Ce sous-certificat n'est valable qu'avec le certificat principal n° EX-0101.", "Domaine d'application du sous-certificat :"},
	{"es", "Subcertificado", "Este subcertificado se aplica a la siguiente sede:", "Valencia", "Calle Mayor 5, 46001 Valencia", "Centro de datos",
		"Alcance del certificado principal", "Alojamiento y operación de software de nómina para empleadores; soporte a usuarios.",
		"Fecha de emisión: 03/03/2025", "Fecha de vencimiento: 02/03/2028", "Este subcertificado solo es válido junto con el certificado principal N.º EX-0101.", "Alcance del subcertificado:"},
	{"it", "Sottocertificato", "Il presente sottocertificato si applica alla seguente sede:", "Torino", "Via Roma 3, 10121 Torino", "Centro dati",
		"Campo applicativo del certificato principale", "Gestione di software per l'elaborazione delle paghe per datori di lavoro; assistenza agli utenti.",
		"Data di emissione: 03/03/2025", "Data di scadenza: 02/03/2028", "Il presente sottocertificato è valido solo unitamente al certificato principale n. EX-0101.", "Campo applicativo del sottocertificato:"},
	{"nl", "Deelcertificaat", "Dit deelcertificaat geldt voor de volgende vestiging:", "Utrecht", "Kerkstraat 12, 3511 AB Utrecht", "Datacentrum",
		"Toepassingsgebied van het hoofdcertificaat", "Hosting en beheer van salarissoftware voor werkgevers; gebruikersondersteuning.",
		"Datum van uitgifte: 03-03-2025", "Vervaldatum: 02-03-2028", "Dit deelcertificaat is alleen geldig samen met hoofdcertificaat nr. EX-0101.", "Toepassingsgebied van dit deelcertificaat:"},
	{"pt", "Subcertificado", "Este subcertificado aplica-se ao seguinte local:", "Braga", "Rua do Sol 9, 4700-123 Braga", "Centro de dados",
		"Âmbito do certificado principal", "Alojamento e operação de software de processamento salarial para empregadores; apoio aos utilizadores.",
		"Data de emissão: 03/03/2025", "Data de validade: 02/03/2028", "Este subcertificado só é válido em conjunto com o certificado principal n.º EX-0101.", "Âmbito do subcertificado:"},
}

// TestSubCertificateScopeSiteDates reads the rest of a site's
// sub-certificate, laid out as bodies print it (the two numbers side by
// side, the site it applies to with its address and activities, the main
// certificate's scope under its heading, the dates, the note): the scope
// is the main certificate's, which the sub-certificate shares and an
// analyst measures the services against; the sites are the one site, by
// its name and address (its activities are what it does, not where); the
// dates are its own.
func TestSubCertificateScopeSiteDates(t *testing.T) {
	for _, c := range subCertificateLanguages {
		t.Run(c.lang, func(t *testing.T) {
			doc := text("Example Certification Ltd", "Sub-certificate no.\tMain certificate no.", "EX-0101-02\tEX-0101", c.title,
				"Example Holding", "ISO/IEC 27001:2022", c.siteIntro, c.site, c.address, c.activities, c.mainScope, c.scope,
				c.issued, c.expires, c.note, "Example Certification Ltd")
			checkCertificate(t, doc, values{
				evidence.KeyCertificateNumber: "EX-0101-02",
				evidence.KeyScope:             c.scope,
				evidence.KeySites:             []string{c.site + ", " + c.address},
				evidence.KeyIssuedOn:          "2025-03-03",
				evidence.KeyExpiresOn:         "2028-03-02",
			})
		})
		t.Run(c.lang+": the site by its name alone", func(t *testing.T) {
			doc := text("Example Certification Ltd", "Example Holding", "ISO/IEC 27001:2022", c.siteIntro, c.site, c.activities, c.mainScope, c.scope, c.expires)
			checkCertificate(t, doc, values{evidence.KeySites: []string{c.site}, evidence.KeyScope: c.scope})
		})
		t.Run(c.lang+": the site on the sentence's line", func(t *testing.T) {
			doc := text("Example Certification Ltd", "Example Holding", "ISO/IEC 27001:2022", c.siteIntro+" "+c.address, c.mainScope, c.scope, c.expires)
			checkCertificate(t, doc, values{evidence.KeySites: []string{c.address}, evidence.KeyScope: c.scope})
		})
		t.Run(c.lang+": its own scope before the main certificate's", func(t *testing.T) {
			// A sub-certificate stating its own scope is certified to that
			// scope: the main certificate's stands as background.
			doc := text("Example Certification Ltd", "Example Holding", "ISO/IEC 27001:2022", c.ownScope, c.activities+".",
				c.mainScope, c.scope, c.expires)
			checkCertificate(t, doc, values{evidence.KeyScope: c.activities + "."})
		})
	}
}

// TestSubCertificateNearMisses holds certificates that look like a
// sub-certificate in one way and must read as they always did: an
// ordinary certificate naming a main office or listing several sites
// after the same sentence, one citing another certificate's number, and a
// scope heading qualified by something other than a certificate.
func TestSubCertificateNearMisses(t *testing.T) {
	scope := "Hosting and operation of payroll software for employers."
	t.Run("a main office among several sites", func(t *testing.T) {
		doc := text("Example Certification Ltd", "Certificate no.: EX-0200", "Example Holding", "ISO/IEC 27001:2022",
			"Scope: "+scope, "Sites:", "Main office, 1 Bank Street, London E14 5AB", "Operations, 20 Quay Road, Leeds LS1 4AB", "Expiry date: 2 March 2028")
		checkCertificate(t, doc, values{
			evidence.KeyCertificateNumber: "EX-0200", evidence.KeyScope: scope,
			evidence.KeySites: []string{"Main office, 1 Bank Street, London E14 5AB", "Operations, 20 Quay Road, Leeds LS1 4AB"},
		})
	})
	// The same sentence over several sites: which line is which site, and
	// which its address or activities, the lines do not say.
	for _, c := range []struct{ lang, intro string }{
		{"en", "This certificate applies to the following sites:"},
		{"de", "Dieses Zertifikat gilt für die folgenden Standorte:"},
		{"fr", "Ce certificat s'applique aux sites suivants :"},
		{"es", "Este certificado se aplica a las siguientes sedes:"},
		{"it", "Il presente certificato si applica alle seguenti sedi:"},
		{"nl", "Dit certificaat geldt voor de volgende vestigingen:"},
		{"pt", "Este certificado aplica-se aos seguintes locais:"},
	} {
		t.Run("several sites after the sentence ("+c.lang+")", func(t *testing.T) {
			doc := text("Example Certification Ltd", "Certificate no.: EX-0200", "Example Holding", "ISO/IEC 27001:2022", c.intro,
				"Leeds", "20 Quay Road, Leeds LS1 4AB", "Galway", "4 Dock Road, Galway", "Scope: "+scope, "Expiry date: 2 March 2028")
			checkCertificate(t, doc, values{evidence.KeyCertificateNumber: "EX-0200", evidence.KeySites: absent, evidence.KeyScope: scope})
		})
	}
	t.Run("a certificate citing another's number", func(t *testing.T) {
		doc := text("Example Certification Ltd", "Certificate no.: EX-0300", "Example Holding", "ISO/IEC 27001:2022", "Scope: "+scope,
			"This certificate is valid only in conjunction with certificate no. EX-0101.", "Expiry date: 2 March 2028")
		checkCertificate(t, doc, values{evidence.KeyCertificateNumber: "EX-0300"})
	})
	for _, note := range []string{
		"This certificate is valid only in conjunction with main certificate no. EX-0101.",
		"Dieses Zertifikat gilt nur in Verbindung mit dem Hauptzertifikat Nr. EX-0101.",
		"Ce certificat n'est valable qu'avec le certificat principal n° EX-0101.",
		"Este certificado solo es válido junto con el certificado principal N.º EX-0101.",
		"Il presente certificato è valido solo unitamente al certificato principale n. EX-0101.",
		"Dit certificaat is alleen geldig samen met hoofdcertificaat nr. EX-0101.",
		"Este certificado só é válido em conjunto com o certificado principal n.º EX-0101.",
	} {
		t.Run("no number of its own, another's cited: "+note[:12], func(t *testing.T) {
			doc := text("Example Certification Ltd", "Example Holding", "ISO/IEC 27001:2022", "Scope: "+scope, note, "Expiry date: 2 March 2028")
			checkCertificate(t, doc, values{evidence.KeyCertificateNumber: absent, evidence.KeyScope: scope})
		})
	}
	t.Run("a scope heading of something else", func(t *testing.T) {
		doc := text("Example Certification Ltd", "Certificate no.: EX-0200", "Example Holding", "ISO/IEC 27001:2022",
			"Scope of the main office", "Payroll helpdesk for employees.", "Expiry date: 2 March 2028")
		checkCertificate(t, doc, values{evidence.KeyScope: absent})
	})
}
