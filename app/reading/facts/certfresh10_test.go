package facts

import (
	"testing"

	"assay/app/evidence"
)

// The classes the tenth fresh batch's first run misread, each in the seven
// languages with near misses. Every sentence, name and number is written
// for this table, none copied from a corpus file.

// TestFormerCertificateNumber leaves out the number a former body gave the
// certificate, named in a transfer's note before this certificate's own:
// a word of the previous before or after the number's label.
func TestFormerCertificateNumber(t *testing.T) {
	note := func(former, own string) []string {
		return []string{"Certificate issued after a transfer", former, "CERTIFICATE", own}
	}
	cases := []struct {
		name  string
		lines []string
		want  any
	}{
		{"en", note("Taken over from Alder Certification Ltd. (former certificate no. ALD-0091) after review.", "Certificate No.: NW-2210"), "NW-2210"},
		{"de", note("Übernommen von Erlen Zertifizierung GmbH (vorherige Zertifikatsnummer EZ-0091) nach Prüfung.", "Zertifikat-Nr.: NW-2210"), "NW-2210"},
		{"fr", note("Repris de Aulne Certification SARL (ancien certificat n° AC-0091) après revue.", "Certificat n° : NW-2210"), "NW-2210"},
		{"es", note("Asumido de Aliso Certificación S.A. (certificado anterior N.º AL-0091) tras la revisión.", "Certificado N.º: NW-2210"), "NW-2210"},
		{"it", note("Rilevato da Ontano Certificazioni S.r.l. (certificato precedente n. ON-0091) dopo il riesame.", "Certificato n.: NW-2210"), "NW-2210"},
		{"nl", note("Overgenomen van Els Certificatie B.V. (voormalig certificaatnummer EC-0091) na beoordeling.", "Certificaatnummer: NW-2210"), "NW-2210"},
		{"pt", note("Assumido de Amieiro Certificação, Lda. (antigo certificado n.º AM-0091) após revisão.", "Certificado n.º: NW-2210"), "NW-2210"},
		// Near misses: a number of this certificate, the word of the
		// previous far from its label or naming something else.
		{"en near miss: previous cycle before, far", []string{"Expiry of previous cycle: 03/04/2024", "Certificate No.: NW-2210"}, "NW-2210"},
		{"fr near miss: précédent in another cell", []string{"Cycle précédent | Certificat n° | NW-2210"}, "NW-2210"},
		{"nl near miss: own number only", []string{"Certificaatnummer: NW-2210", "Dit certificaat vervangt het voorgaande."}, "NW-2210"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyCertificateNumber: c.want})
		})
	}
}

// TestAccreditationMarkNumber leaves out the number printed with the
// accreditation body's mark, its name in capitals before the number's
// label, under the line saying it accredits the certification body.
func TestAccreditationMarkNumber(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  any
	}{
		{"en", []string{"Certification reference: QX-4410", "Accredited by NOVAC", "NOVAC Cert. No. 0231"}, "QX-4410"},
		{"en alone", []string{"Accredited by NOVAC", "NOVAC Cert. No. 0231"}, absent},
		{"de", []string{"Akkreditiert durch NOVAC", "NOVAC Zertifikat-Nr. 0231"}, absent},
		{"fr", []string{"Accréditation NOVAC", "NOVAC Certificat n° 0231"}, absent},
		{"es", []string{"Acreditado por NOVAC", "NOVAC Certificado N.º 0231"}, absent},
		{"it", []string{"Accreditato da NOVAC", "NOVAC Certificato n. 0231"}, absent},
		{"nl", []string{"Geaccrediteerd door NOVAC", "NOVAC Certificaatnummer 0231"}, absent},
		{"pt", []string{"Acreditado pelo NOVAC", "NOVAC Certificado n.º 0231"}, absent},
		// Near misses: the capitals before the label are the certification
		// body's, which the accreditation line does not name after its word.
		{"en near miss: the body's own mark", []string{"Accredited by NOVAC", "QCB Certificate No. QX-4410"}, "QX-4410"},
		{"de near miss: body named before the word", []string{"QCB, akkreditiert durch NOVAC", "QCB Zertifikat-Nr. QX-4410"}, "QX-4410"},
		{"fr near miss: no accreditation line", []string{"Organisme QCB", "QCB Certificat n° QX-4410"}, "QX-4410"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyCertificateNumber: c.want})
		})
	}
}

// TestCoversFollowingThings reads a scope after a sentence saying the
// certificate covers "the following activities": those words introduce
// the scope and are none of it; and a sentence about the certificate
// itself, such as the Statement of Applicability it rests on, ends it.
func TestCoversFollowingThings(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  any
	}{
		{"en", []string{"This certificate covers the following activities", "Hosting of payroll software.", "Certificate No.: AB-1"}, "Hosting of payroll software."},
		{"en on the line", []string{"This certificate covers the following activities: Hosting of payroll software.", "Certificate No.: AB-1"}, "Hosting of payroll software."},
		{"de", []string{"Das Zertifikat umfasst die folgenden Tätigkeiten:", "Betrieb von Lohnsoftware.", "Zertifikat-Nr.: AB-1"}, "Betrieb von Lohnsoftware."},
		{"fr", []string{"Le certificat couvre les activités suivantes :", "Hébergement de logiciels de paie.", "Certificat n° : AB-1"}, "Hébergement de logiciels de paie."},
		{"es", []string{"El certificado abarca las siguientes actividades:", "Alojamiento de software de nóminas.", "Certificado N.º: AB-1"}, "Alojamiento de software de nóminas."},
		{"it", []string{"Il certificato comprende le seguenti attività:", "Gestione di software paghe.", "Certificato n.: AB-1"}, "Gestione di software paghe."},
		{"nl", []string{"Het certificaat omvat de volgende activiteiten:", "Hosting van salarissoftware.", "Certificaatnummer: AB-1"}, "Hosting van salarissoftware."},
		{"pt", []string{"O certificado abrange as seguintes atividades:", "Alojamento de software de salários.", "Certificado n.º: AB-1"}, "Alojamento de software de salários."},
		{"pt: the next sentence about the certificate", []string{"Âmbito", "Alojamento de software de salários.", "O presente certificado baseia-se na Declaração de Aplicabilidade, versão 3.", "Certificado n.º: AB-1"}, "Alojamento de software de salários."},
		{"fr: the next sentence about the certificate", []string{"Périmètre", "Hébergement de logiciels de paie.", "Le présent certificat repose sur la déclaration d'applicabilité, version 3.", "Certificat n° : AB-1"}, "Hébergement de logiciels de paie."},
		// Near misses: the following sites are not the scope's words
		// taken away, and a scope whose own words name things that follow.
		{"en near miss: the following sites", []string{"This certificate covers the following sites:", "12 Mill Lane, Leeds LS1 4AB", "Certificate No.: AB-1"}, absent},
		{"en near miss: following in the scope", []string{"This certificate covers: Hosting of payroll software following client onboarding.", "Certificate No.: AB-1"}, "Hosting of payroll software following client onboarding."},
		{"de near miss: the scope's line says nothing of the certificate", []string{"Geltungsbereich:", "Betrieb von Lohnsoftware;", "das Zertifikatsportal der Kunden.", "Zertifikat-Nr.: AB-1"}, "Betrieb von Lohnsoftware; das Zertifikatsportal der Kunden."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyScope: c.want})
		})
	}
}

// TestLabelWordEndsName leaves out a body's label word that ends a former
// body's name wrapped onto its line, its legal form after it ("Andes
// Quality" over "Registrar S.A. (…)"): the legal form is no body, and a
// letter's lines with no other sign of the issuer give none.
func TestLabelWordEndsName(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  any
	}{
		{"en", []string{"Northwind Assurance Ltd", "took over this certification from Southwind Quality", "Registrar Ltd. (former certificate no. SQ-11) after review."}, absent},
		{"de", []string{"Nordwind Zertifizierung GmbH", "hat diese Zertifizierung von Südwind Qualitäts", "Registrar GmbH (vorherige Zertifikatsnummer SQ-11) übernommen."}, absent},
		{"fr", []string{"Vent du Nord Certification SARL", "a repris cette certification de Vent du Sud Qualité", "Registrar SARL, après une revue de transfert."}, absent},
		{"es", []string{"Certificadora del Norte S.A.", "asumió esta certificación de Calidad del Sur", "Registrar S.A. (certificado anterior N.º SQ-11)."}, absent},
		{"it", []string{"Certificazioni del Nord S.r.l.", "ha rilevato questa certificazione da Qualità del Sud", "Registrar S.r.l. (certificato precedente n. SQ-11)."}, absent},
		{"nl", []string{"Noordwind Certificatie B.V.", "heeft deze certificatie overgenomen van Zuidwind Kwaliteits", "Registrar B.V. (voormalig certificaatnummer SQ-11)."}, absent},
		{"pt", []string{"Certificadora do Norte, Lda.", "assumiu esta certificação de Qualidade do Sul", "Registrar Lda. (antigo certificado n.º SQ-11)."}, absent},
		// Near misses: the label before a name that goes on.
		{"en near miss: a label before a name", []string{"Registrar: Eastwind Certification Ltd."}, "Eastwind Certification Ltd"},
		{"fr near miss: délivré par", []string{"Délivré par : Vent d'Est Certification SA"}, "Vent d'Est Certification SA"},
		{"es near miss: emitido por", []string{"Emitido por: Certificadora del Este S.A."}, "Certificadora del Este S.A."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyCertificationBody: c.want})
		})
	}
}
