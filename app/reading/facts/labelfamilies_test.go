package facts

import (
	"testing"

	"assay/app/evidence"
)

// pageCertificate is a certificate's first lines and the lines under
// test, with nothing else that could be read as a number, date, scope or
// body.
func pageCertificate(lines ...string) Document {
	return text(append([]string{"CERTIFICATE", "Example Hosting Ltd operates an information security management system to ISO/IEC 27001:2022."}, lines...)...)
}

// TestNumberLabelFamilies reads the certificate number under labels built
// from the families of serial, register entry, registration code,
// document number and the title's reference, in the seven languages. The
// body's own register or accreditation number, and a company register, are
// never taken for it.
func TestNumberLabelFamilies(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  any
	}{
		{"en Certificate serial", []string{"Certificate serial: QX-LS-1001"}, "QX-LS-1001"},
		{"en Registry entry", []string{"Registry entry: QRS 1100-B"}, "QRS 1100-B"},
		{"en Entry in the register", []string{"Entry in the register: QX-2107"}, "QX-2107"},
		{"en Document no.", []string{"Document no.: QH/ISMS/0001"}, "QH/ISMS/0001"},
		{"en Registration code in a cell", []string{"Registration code | RC-2201"}, "RC-2201"},
		{"de Bescheinigungs-Nr.", []string{"Bescheinigungs-Nr.: QZ-27-0001"}, "QZ-27-0001"},
		{"de Registereintrag", []string{"Registereintrag QZ-27-0002"}, "QZ-27-0002"},
		{"de Dokumentennummer", []string{"Dokumentennummer: DK-3301"}, "DK-3301"},
		{"fr Réf. du titre", []string{"Réf. du titre : QA-SI-0001"}, "QA-SI-0001"},
		{"fr Inscription au registre", []string{"Inscription au registre : QA-SI-0002"}, "QA-SI-0002"},
		{"fr N° du document", []string{"N° du document QA-SI-0003"}, "QA-SI-0003"},
		{"es Ref. del título", []string{"Ref. del título: QP-SGSI-0001"}, "QP-SGSI-0001"},
		{"es Inscripción en el registro", []string{"Inscripción en el registro: QP-SGSI-0002"}, "QP-SGSI-0002"},
		{"es N.° de documento", []string{"N.° de documento QP-SGSI-0003"}, "QP-SGSI-0003"},
		{"it Rif. del titolo", []string{"Rif. del titolo: QI-27K-001"}, "QI-27K-001"},
		{"it Iscrizione nel registro", []string{"Iscrizione nel registro QI-27K-002"}, "QI-27K-002"},
		{"it N. documento", []string{"N. documento: QI-27K-003"}, "QI-27K-003"},
		{"nl Registratiecode certificaat", []string{"Registratiecode certificaat: QC-IB-0001"}, "QC-IB-0001"},
		{"nl Inschrijving register", []string{"Inschrijving register: QC-IB-0002"}, "QC-IB-0002"},
		{"nl Documentnr.", []string{"Documentnr.: QC-IB-0003"}, "QC-IB-0003"},
		{"pt Ref.ª do título", []string{"Ref.ª do título QM-SGSI-0001"}, "QM-SGSI-0001"},
		{"pt Inscrição no registo", []string{"Inscrição no registo: QM-SGSI-0002"}, "QM-SGSI-0002"},
		{"pt N.º do documento", []string{"N.º do documento: QM-SGSI-0003"}, "QM-SGSI-0003"},

		// Near misses.
		{"es the body's entry in the accreditation register", []string{"Registro QNA-DA N.° OC-2019-004"}, absent},
		{"en the body's accreditation number", []string{"QWEDAC accreditation no. 10482"}, absent},
		{"en the body's number with its accreditor", []string{"QAB-Malta certification body no. 014"}, absent},
		{"de the accreditation's number", []string{"QIA Akkreditierungsnummer 3166"}, absent},
		{"es a company register", []string{"Inscripción en el registro mercantil de Lima, partida 11223344"}, absent},
		{"de a company register", []string{"Registereintrag: HRB 12345"}, absent},
		{"en a date under the entry's label", []string{"Registry entry", "7 December 2021"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, numberCertificate(c.lines...), values{evidence.KeyCertificateNumber: c.want})
		})
	}
}

// TestDateLabelFamilies reads the issue and the expiry under labels built
// from the families of the document in force dated, the issue of this
// document, the document issued again, the seal's place and date, the
// certification lapsing or ceasing after a date and its end, in the seven
// languages. The first certification (entered on the register, held
// without a break since), a previous certificate or certification, an
// audit of the certification and the body's accreditation give neither.
func TestDateLabelFamilies(t *testing.T) {
	const i, e = evidence.KeyIssuedOn, evidence.KeyExpiresOn
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en Current certificate dated", []string{"Current certificate dated: 14 March 2025"}, values{i: "2025-03-14", e: absent}},
		{"en Issue of this document", []string{"Issue of this document: 21 April 2023"}, values{i: "2023-04-21", e: absent}},
		{"en Given under seal at", []string{"Given under seal at: Easttown, 13 December 2023"}, values{i: "2023-12-13", e: absent}},
		{"en Certification lapses after", []string{"Certification lapses after: 19 March 2028"}, values{i: absent, e: "2028-03-19"}},
		{"en Expiry of certification", []string{"Expiry of certification: 20 April 2026"}, values{i: absent, e: "2026-04-20"}},
		{"de Aktuelle Bescheinigung vom", []string{"Aktuelle Bescheinigung vom: 15.12.2024"}, values{i: "2024-12-15", e: absent}},
		{"de Ausfertigung dieses Dokuments", []string{"Ausfertigung dieses Dokuments: 13. August 2023"}, values{i: "2023-08-13", e: absent}},
		{"de Neu ausgefertigt am", []string{"Neu ausgefertigt am: 19.11.2024"}, values{i: "2024-11-19", e: absent}},
		{"de Zertifizierung erlischt nach dem", []string{"Zertifizierung erlischt nach dem: 28.11.2027"}, values{i: absent, e: "2027-11-28"}},
		{"de Ablauf der Zertifizierung", []string{"Ablauf der Zertifizierung: 25. August 2026"}, values{i: absent, e: "2026-08-25"}},
		{"fr Titre en vigueur daté du", []string{"Titre en vigueur daté du : 30/07/2024"}, values{i: "2024-07-30", e: absent}},
		{"fr Émission du présent document", []string{"Émission du présent document : 25 septembre 2023"}, values{i: "2023-09-25", e: absent}},
		{"fr La certification cesse après le", []string{"La certification cesse après le : 22/07/2027"}, values{i: absent, e: "2027-07-22"}},
		{"fr Échéance de la certification", []string{"Échéance de la certification : 17 septembre 2026"}, values{i: absent, e: "2026-09-17"}},
		{"es Título vigente fechado el", []string{"Título vigente fechado el: 23-04-2025"}, values{i: "2025-04-23", e: absent}},
		{"es Emisión del presente documento", []string{"Emisión del presente documento: 15 de julio de 2022"}, values{i: "2022-07-15", e: absent}},
		{"es Reexpedido con fecha", []string{"Reexpedido con fecha: 25/09/2022"}, values{i: "2022-09-25", e: absent}},
		{"es La certificación caduca después del", []string{"La certificación caduca después del: 25-03-2028"}, values{i: absent, e: "2028-03-25"}},
		{"es Término de la certificación", []string{"Término de la certificación: 31 de julio de 2025"}, values{i: absent, e: "2025-07-31"}},
		{"it Titolo vigente datato", []string{"Titolo vigente datato: 22.11.2024"}, values{i: "2024-11-22", e: absent}},
		{"it Emissione del presente documento", []string{"Emissione del presente documento: 28 settembre 2024"}, values{i: "2024-09-28", e: absent}},
		{"it La certificazione decade dopo il", []string{"La certificazione decade dopo il: 28.10.2027"}, values{i: absent, e: "2027-10-28"}},
		{"it Termine della certificazione", []string{"Termine della certificazione: 27 settembre 2027"}, values{i: absent, e: "2027-09-27"}},
		{"nl Lopend certificaat gedateerd", []string{"Lopend certificaat gedateerd: 29-04-2023"}, values{i: "2023-04-29", e: absent}},
		{"nl Uitgifte van dit document", []string{"Uitgifte van dit document: 15 mei 2025"}, values{i: "2025-05-15", e: absent}},
		{"nl Certificering vervalt na", []string{"Certificering vervalt na: 18-04-2026"}, values{i: absent, e: "2026-04-18"}},
		{"nl Einde certificering", []string{"Einde certificering: 18 april 2028"}, values{i: absent, e: "2028-04-18"}},
		{"pt Título em vigor datado de", []string{"Título em vigor datado de: 24 de setembro de 2022"}, values{i: "2022-09-24", e: absent}},
		{"pt Emissão do presente documento", []string{"Emissão do presente documento: 28/05/2024"}, values{i: "2024-05-28", e: absent}},
		{"pt Reedição de", []string{"Reedição de: 19 de setembro de 2024"}, values{i: "2024-09-19", e: absent}},
		{"pt A certificação caduca após", []string{"A certificação caduca após: 22 de setembro de 2025"}, values{i: absent, e: "2025-09-22"}},
		{"pt Termo da certificação", []string{"Termo da certificação: 18/05/2027"}, values{i: absent, e: "2027-05-18"}},
		{"en a letter's certificate that will lapse after", []string{"The certificate now in force will lapse after 22nd July 2027 unless it is renewed."}, values{e: "2027-07-22"}},

		// Near misses.
		{"en a previous certificate dated", []string{"Previous certificate dated: 14 May 2021"}, values{i: absent}},
		{"en entered on the registry", []string{"Entered on the registry: 17 December 2021"}, values{i: absent}},
		{"de im Register eingetragen am", []string{"Im Register eingetragen am: 17.12.2021"}, values{i: absent}},
		{"fr inscrit au registre le", []string{"Inscrit au registre le : 17/12/2021"}, values{i: absent}},
		{"es inscrita en el registro el", []string{"Inscrita en el registro el: 17/12/2021"}, values{i: absent}},
		{"it iscritta nel registro il", []string{"Iscritta nel registro il: 17.12.2021"}, values{i: absent}},
		{"nl ingeschreven in het register op", []string{"Ingeschreven in het register op: 17-12-2021"}, values{i: absent}},
		{"pt inscrita no registo em", []string{"Inscrita no registo em: 17/12/2021"}, values{i: absent}},
		{"fr a certification held without a break since", []string{"Certification détenue sans interruption depuis le : 19 août 2017"}, values{i: absent}},
		{"en the expiry of a previous certification", []string{"Expiry of previous certification: 14 May 2024"}, values{e: absent}},
		{"es the end of the previous certification", []string{"Término de la certificación anterior: 14 de mayo de 2024"}, values{e: absent}},
		{"en an audit of the certification", []string{"End of certification audit: 14 March 2025"}, values{e: absent}},
		{"en the body's accreditation", []string{"Expiry of certification body accreditation: 30 June 2029"}, values{e: absent}},
		{"en the accreditation lapses", []string{"The accreditation lapses after 30 June 2029."}, values{e: absent}},
		{"en a letter's other standard", []string{"The certificate will lapse after 12 June 2028 for ISO 9001."}, values{e: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, datesCertificate(c.lines...), c.want)
		})
	}
}

// TestScopeLabelFamilies reads the scope under a heading of the field,
// extent or area of the certification, in the seven languages. Under such
// a heading alone, lines with no separator of which one ends short of
// the next line's first word may be a list whose bullets are drawn: that
// statement is doubtful, never read as one sentence.
func TestScopeLabelFamilies(t *testing.T) {
	const s = evidence.KeyScope
	for _, c := range []struct {
		name  string
		lines []string
		want  any
	}{
		{"en Field of certification", []string{"Field of certification", "Hosting of payroll platforms; customer support."}, "Hosting of payroll platforms; customer support."},
		{"de Zertifizierungsumfang", []string{"Zertifizierungsumfang", "Betrieb von Rechenzentren; Kundenbetreuung."}, "Betrieb von Rechenzentren; Kundenbetreuung."},
		{"fr Champ de la certification", []string{"Champ de la certification", "Hébergement de plateformes de paie ; assistance aux clients."}, "Hébergement de plateformes de paie ; assistance aux clients."},
		{"es Campo de la certificación", []string{"Campo de la certificación", "Operación de plataformas de pago; mesa de ayuda."}, "Operación de plataformas de pago; mesa de ayuda."},
		{"it Ambito della certificazione", []string{"Ambito della certificazione", "Gestione di sistemi informativi; assistenza tecnica."}, "Gestione di sistemi informativi; assistenza tecnica."},
		{"nl Certificeringsgebied", []string{"CERTIFICERINGSGEBIED", "Beheer van betaalplatformen; klantenservice."}, "Beheer van betaalplatformen; klantenservice."},
		{"pt Campo da certificação", []string{"Campo da certificação", "Operação de plataformas de pagamento; apoio ao cliente."}, "Operação de plataformas de pagamento; apoio ao cliente."},

		// Near miss: items whose bullets are drawn, one ending short.
		{"en items without their bullets", []string{
			"FIELD OF CERTIFICATION",
			"Provision of remote gaming platform services to licensed operators,",
			"including player account management, payment processing via third-",
			"party acquirers and round-the-clock technical support",
			"game content development is excluded.",
		}, "?Provision of remote gaming platform services to licensed operators, including player account management, payment processing via third-party acquirers and round-the-clock technical support game content development is excluded."},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := pageCertificate(c.lines...)
			checkCertificate(t, doc, values{s: c.want})
		})
	}
}

// TestAccreditedByFamilies reads the accreditation body named after the
// certification body said to be accredited by it, in the seven
// languages: on the label's line, alone in one cell of the next line
// beside the signature block, or after the preposition wrapped there. A
// name that is no short name or acronym, two names, or a subject that is
// not the body give nothing.
func TestAccreditedByFamilies(t *testing.T) {
	const a = evidence.KeyAccreditationBody
	for _, c := range []struct {
		name  string
		lines []string
		want  any
	}{
		{"en the next line's name, mixed case", []string{"Certification body accredited by", "QAB-Malta"}, "QAB-Malta"},
		{"en in the cell beside the signer", []string{"Certification body accredited by", "Chief Assessor | QAB-Malta"}, "QAB-Malta"},
		{"de the preposition wrapped", []string{"Zertifizierungsstelle akkreditiert", "Leiter Zertifizierung | durch QIA"}, "QIA"},
		{"fr on the label's line", []string{"Organisme accrédité par QEMAC"}, "QEMAC"},
		{"es the next line", []string{"Organismo acreditado por", "QNACAL-DA"}, "QNACAL-DA"},
		{"it on the label's line", []string{"Organismo accreditato da QSA"}, "QSA"},
		{"nl the next line", []string{"Certificatie-instelling geaccrediteerd door", "QVA"}, "QVA"},
		{"pt the cell beside the signer", []string{"Organismo acreditado por", "Diretora de Certificação | QADCAS"}, "QADCAS"},

		// Near misses.
		{"es no short name", []string{"Organismo acreditado por", "Gerente de Certificación | Director Técnico"}, absent},
		{"pt two names", []string{"Organismo acreditado por", "QADCAS | QNN"}, absent},
		{"de a phrase, not a name", []string{"Zertifizierungsstelle akkreditiert", "durch die nationale Stelle"}, absent},
		{"es another subject", []string{"Laboratorio acreditado por", "QNN"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := pageCertificate(c.lines...)
			checkCertificate(t, doc, values{a: c.want})
		})
	}
}

// TestSealCentreLayout reads the labels over their values on both sides of
// a round seal in the middle of the page, whose words (the body's short
// name, a word or two of certification in capitals) stand between the
// columns in the row of labels, of values, or both, in the seven
// languages. A middle cell that is not a seal's words leaves the values
// unpaired.
func TestSealCentreLayout(t *testing.T) {
	const n, i, e = evidence.KeyCertificateNumber, evidence.KeyIssuedOn, evidence.KeyExpiresOn
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"Certificate serial | Current certificate dated", "QSR 2207-B | QSR | 17/05/2024",
			"Initial certification granted | CERTIFIED ISMS | Certification lapses after", "16/04/2018 | 16/05/2027"},
			values{n: "QSR 2207-B", i: "2024-05-17", e: "2027-05-16"}},
		{"de", []string{"Dokumentennummer | Neu ausgefertigt am", "QZS-27-0351 | QZS | 19. 11. 2024",
			"Im Register eingetragen seit | ZERTIFIZIERTES ISMS | In Kraft bis zum", "9. 10. 2018 | 31. 10. 2027"},
			values{n: "QZS-27-0351", i: "2024-11-19", e: "2027-10-31"}},
		{"fr", []string{"Réf. du titre | Titre en vigueur daté du", "QCA-SI-1187 | QCA | 30/07/2024",
			"Certification initiale accordée le | SMSI CERTIFIÉ | La certification cesse après le", "07/07/2018 | 22/07/2027"},
			values{n: "QCA-SI-1187", i: "2024-07-30", e: "2027-07-22"}},
		{"es", []string{"Inscripción en el registro | Emisión del presente documento", "QAM-SI-2117 | QAM | 29/08/2024",
			"Certificada sin interrupción desde el | SGSI CERTIFICADO | Término de la certificación", "22/08/2018 | 19/08/2027"},
			values{n: "QAM-SI-2117", i: "2024-08-29", e: "2027-08-19"}},
		{"it", []string{"N. documento | Riemissione del", "QIST-27K-087 | QIST | 28.10.2023",
			"Iscritta nel registro dal | SGSI CERTIFICATO | Resta in vigore fino al", "08.10.2017 | 09.10.2026"},
			values{n: "QIST-27K-087", i: "2023-10-28", e: "2026-10-09"}},
		{"nl", []string{"Registratiecode certificaat | Lopend certificaat gedateerd", "QCS-IB-0093 | QCS | 29-04-2023",
			"Eerste certificering verleend op | GECERTIFICEERD ISMS | Certificering vervalt na", "21-04-2020 | 18-04-2026"},
			values{n: "QCS-IB-0093", i: "2023-04-29", e: "2026-04-18"}},
		{"pt", []string{"N.º do documento | Reedição de", "QMZ-SGSI-0165 | QMZ | 19/09/2024",
			"Inscrita no registo desde | SGSI CERTIFICADO | Mantém-se em vigor até", "19/09/2021 | 13/09/2027"},
			values{n: "QMZ-SGSI-0165", i: "2024-09-19", e: "2027-09-13"}},

		// The line under the labels keeps no cells: each value known by
		// its type, the row's only label of that type its label.
		{"en both sides on one line", []string{"Certificate serial | Current certificate dated", "QSR 2207-B Somerset 17 May 2024"},
			values{n: "QSR 2207-B", i: "2024-05-17"}},
		{"de both sides on one line", []string{"Dokumentennummer | Neu ausgefertigt am", "QZS-27-0351 Jeschken 19. November 2024"},
			values{n: "QZS-27-0351", i: "2024-11-19"}},
		{"fr one side's value alone", []string{"Réf. du titre | Titre en vigueur daté du", "QCA-SI-1187", "Certification initiale accordée le", "07/07/2018"},
			values{n: "QCA-SI-1187", i: absent}},
		{"es one side's value alone", []string{"Inscripción en el registro | Emisión del presente documento", "QAM-SI-2117", "Certificada sin interrupción desde el", "22 de agosto de 2018"},
			values{n: "QAM-SI-2117", i: absent}},
		{"it both sides on one line", []string{"N. documento | Riemissione del", "QIST-27K-087 Istriane 28 ottobre 2023"},
			values{n: "QIST-27K-087", i: "2023-10-28"}},
		{"nl both sides on one line", []string{"Registratiecode certificaat | Lopend certificaat gedateerd", "QCS-IB-0093 Curaçaose 29 april 2023"},
			values{n: "QCS-IB-0093", i: "2023-04-29"}},
		{"pt both sides on one line", []string{"N.º do documento | Reedição de", "QMZ-SGSI-0165 Certimoz 19 de setembro de 2024"},
			values{n: "QMZ-SGSI-0165", i: "2024-09-19"}},

		// Near misses.
		{"en two dates under the one date label", []string{"Certificate serial | Current certificate dated", "QSR 2207-B Somerset 17 May 2024 18 May 2024"},
			values{i: absent}},
		{"en two date labels over one date", []string{"Issue of this document | Expiry of certification", "17 May 2024 Somerset"},
			values{i: absent, e: absent}},
		{"en lines of values under the labels", []string{"Certificate serial | Current certificate dated", "QSR 2207-B Somerset 17 May 2024", "QSR 2208-B Somerset 18 May 2025"},
			values{n: absent, i: absent}},
		{"en the code not starting the line", []string{"Certificate serial | Current certificate dated", "Held by QSR 2207-B"},
			values{n: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := pageCertificate(c.lines...)
			checkCertificate(t, doc, c.want)
		})
	}
}

// TestRemainsInForceFamily reads the expiry under a verb of remaining
// before the validity and its end, in the seven languages, and the issue
// from a sentence saying the document takes effect from a date. The
// accreditation's effect is not the certificate's.
func TestRemainsInForceFamily(t *testing.T) {
	const i, e = evidence.KeyIssuedOn, evidence.KeyExpiresOn
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en Remains in force until", []string{"Remains in force until: 11 December 2027"}, values{e: "2027-12-11"}},
		{"de Bleibt gültig bis", []string{"Bleibt gültig bis: 31.10.2027"}, values{e: "2027-10-31"}},
		{"fr Reste en vigueur jusqu'au", []string{"Reste en vigueur jusqu'au : 31/03/2026"}, values{e: "2026-03-31"}},
		{"es Permanece en vigor hasta el", []string{"Permanece en vigor hasta el: 14/09/2025"}, values{e: "2025-09-14"}},
		{"it Resta in vigore fino al", []string{"Resta in vigore fino al: 09.10.2026"}, values{e: "2026-10-09"}},
		{"nl Blijft van kracht tot", []string{"Blijft van kracht tot: 14-11-2026"}, values{e: "2026-11-14"}},
		{"pt Mantém-se em vigor até", []string{"Mantém-se em vigor até: 3 de setembro de 2027"}, values{e: "2027-09-03"}},
		{"en has effect from", []string{"This certificate has effect from 13 November 2023."}, values{i: "2023-11-13"}},
		{"de ist wirksam ab", []string{"Diese Bescheinigung ist wirksam ab dem 13. November 2023."}, values{i: "2023-11-13"}},
		{"fr prend effet à compter du", []string{"Le présent titre prend effet à compter du 13 novembre 2023."}, values{i: "2023-11-13"}},
		{"es surte efecto desde el", []string{"El presente título surte efecto desde el 13 de noviembre de", "2023 y mantiene su vigencia hasta el 26 de octubre de 2026."}, values{i: "2023-11-13"}},
		{"it ha effetto dal", []string{"Il presente titolo ha effetto dal 13 novembre 2023."}, values{i: "2023-11-13"}},
		{"nl heeft werking vanaf", []string{"Dit certificaat heeft werking vanaf 13 november 2023."}, values{i: "2023-11-13"}},
		{"pt produz efeitos desde", []string{"O presente título produz efeitos desde 13 de novembro de 2023."}, values{i: "2023-11-13"}},

		// Near misses.
		{"es the accreditation's effect", []string{"La acreditación del organismo surte efecto desde el 13 de noviembre de 2023."}, values{i: absent}},
		{"en the first certificate's effect", []string{"The first certificate had effect from 13 November 2019."}, values{i: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, datesCertificate(c.lines...), c.want)
		})
	}
}

// TestWrappedBesideValue reads a key/value list in narrow columns whose
// label wraps onto the next line while its value stands beside the
// label's first line, in the seven languages: the label's rest is the
// next line's first cell when the label starts its line, its last cell
// when the value ends it. Words that do not make a label with it, or a
// rest in capitals (a label of its own), give nothing.
func TestWrappedBesideValue(t *testing.T) {
	const n, e = evidence.KeyCertificateNumber, evidence.KeyExpiresOn
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en the expiry ending its line", []string{"Issuing body | Example Registrar", "Remains in | 17/01/2027", "force until"}, values{e: "2027-01-17"}},
		{"de the expiry beside another column", []string{"Akkreditierung | QIA (QIA | Zertifizierung | 28.11.2027", "Nr. 3166) | erlischt nach dem"}, values{e: "2027-11-28"}},
		{"fr the expiry ending its line", []string{"Organisme | Example SARL", "Échéance de la | 17/09/2026", "certification"}, values{e: "2026-09-17"}},
		{"es the expiry beside another column", []string{"Acreditación | QNN (Acreditación QNN | Permanece en | 22-04-2027", "OC-SG 031) | vigor hasta el"}, values{e: "2027-04-22"}},
		{"it the expiry ending its line", []string{"Organismo | Example d.o.o.", "Termine della | 27/09/2027", "certificazione"}, values{e: "2027-09-27"}},
		{"nl the number starting its line", []string{"Inschrijving | QCS-IB-0101 | Uitgevende instelling", "register | Example Stichting"}, values{n: "QCS-IB-0101"}},
		{"pt the expiry ending its line", []string{"Organismo | Example Lda.", "Termo da | 18/05/2027", "certificação"}, values{e: "2027-05-18"}},

		// Near misses.
		{"en words that make no label", []string{"Issuing body | Example Registrar", "Remains in | 17/01/2027", "good standing"}, values{e: absent}},
		{"en a label of its own under it", []string{"Issuing body | Example Registrar", "Remains in | 17/01/2027", "Scope"}, values{e: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := pageCertificate(c.lines...)
			checkCertificate(t, doc, c.want)
		})
	}
}

// TestCycleAndPrepositionFamilies reads the issue as the current cycle's
// start ("Laufender Zyklus ab") in the seven languages, the German verb
// of expiry put before its subject, and a label in capitals whose
// preposition wrapped onto a line of its own over the date (read by the
// pair reader, which passes over a line of other words). A previous
// cycle's dates are neither.
func TestCycleAndPrepositionFamilies(t *testing.T) {
	const i, e = evidence.KeyIssuedOn, evidence.KeyExpiresOn
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en Current cycle from", []string{"Current cycle from: 25 May 2022"}, values{i: "2022-05-25"}},
		{"de Laufender Zyklus ab", []string{"Laufender Zyklus ab: 25. Mai 2022"}, values{i: "2022-05-25"}},
		{"fr Cycle en cours depuis le", []string{"Cycle en cours depuis le : 25 mai 2022"}, values{i: "2022-05-25"}},
		{"es Ciclo vigente desde el", []string{"Ciclo vigente desde el: 25 de mayo de 2022"}, values{i: "2022-05-25"}},
		{"it Ciclo corrente dal", []string{"Ciclo corrente dal: 25 maggio 2022"}, values{i: "2022-05-25"}},
		{"nl Lopende cyclus vanaf", []string{"Lopende cyclus vanaf: 25 mei 2022"}, values{i: "2022-05-25"}},
		{"pt Ciclo atual desde", []string{"Ciclo atual desde: 25 de maio de 2022"}, values{i: "2022-05-25"}},
		{"de the verb before its subject", []string{"Vorbehaltlich erfolgreicher Überwachungsaudits erlischt diese Bescheinigung am:", "16. Mai 2025"}, values{e: "2025-05-16"}},
		{"fr the preposition wrapped", []string{"LA CERTIFICATION CESSE APRÈS", "LE", "19 décembre 2025"}, values{e: "2025-12-19"}},
		{"es the preposition wrapped", []string{"LA CERTIFICACIÓN CADUCA DESPUÉS", "DEL", "19 de diciembre de 2025"}, values{e: "2025-12-19"}},

		// Near misses.
		{"de the previous cycle's end", []string{"Vorheriger Zyklus endete am: 24. Mai 2022"}, values{i: absent, e: absent}},
		{"en the previous cycle's start", []string{"Previous cycle from: 25 May 2019"}, values{i: absent}},
		{"fr words that make no label", []string{"LA CERTIFICATION", "LE", "19 décembre 2025"}, values{e: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, datesCertificate(c.lines...), c.want)
		})
	}
}

// TestScopeEndsAtClosing ends a scope statement whose last sentence is
// over a letter's closing or a signature line in the seven languages'
// words ("Respectfully,", "Ondertekend voor …").
func TestScopeEndsAtClosing(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"en Respectfully", []string{"The certified activities are:", "Hosting of payroll platforms; customer support.", "Respectfully,", "Under the authority of QH"}},
		{"nl Ondertekend voor", []string{"Gecertificeerde werkzaamheden", "Hosting of payroll platforms; customer support.", "Ondertekend voor QCS"}},
		{"es Respetuosamente", []string{"Actividades certificadas:", "Hosting of payroll platforms; customer support.", "Respetuosamente,"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := pageCertificate(c.lines...)
			checkCertificate(t, doc, values{evidence.KeyScope: "Hosting of payroll platforms; customer support."})
		})
	}
}
