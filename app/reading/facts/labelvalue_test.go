package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// sidebarCertificate is a page whose certifying text runs in a wide
// column while a narrow one beside it holds each label above its value:
// the PDF reader joins the two columns' runs at the same height with a
// tab, so a label ends one line of text and its value the next.
func sidebarCertificate(body []string, side ...string) Document {
	lines := []string{"Northwind Assurance Board", "Statement of Management System Conformity"}
	for i := 0; i < max(len(body), len(side)); i++ {
		var l []string
		if i < len(body) {
			l = append(l, body[i])
		}
		if i < len(side) {
			l = append(l, side[i])
		}
		lines = append(lines, strings.Join(l, "\t"))
	}
	return text(lines...)
}

// ribbonCertificate is a page with a band down one edge holding each
// label on a line of its own above its value, the letterhead and the
// certifying text's lines between them.
func ribbonCertificate(lines ...string) Document {
	return text(append([]string{"Harbourline Registrar", "Management system record"}, lines...)...)
}

// sidebarText is the certifying text beside a sidebar of eight lines.
var sidebarText = []string{
	"The registrar confirms that the organisation",
	"Tidewater Logistics Platform Ltd",
	"14 Quay Road, Portown",
	"runs an information security management system",
	"found to meet the requirements of",
	"ISO/IEC 27001:2022",
	"as assessed by the registrar's auditors",
	"and recorded in its register",
}

// TestPairsSidebar reads the number, issue and expiry of a sidebar whose
// labels stand above their values in the last cell of the text's lines,
// in the seven languages, under labels naming the document by its own
// word (licence, Bescheinigung, agrément, homologación, registrazione,
// erkenning, atestado). The first certification's date is read as such,
// never as the issue.
func TestPairsSidebar(t *testing.T) {
	for _, c := range []struct {
		name, number string
		side         []string
	}{
		{"en", "LX-ISMS-4471", []string{"LICENCE NUMBER", "LX-ISMS-4471", "FIRST CERTIFIED ON", "02/03/2017", "STATEMENT ISSUED ON", "18/04/2024", "STATEMENT VALID UNTIL", "17/04/2027"}},
		{"de", "BZ 27-7731", []string{"BESCHEINIGUNG NR.", "BZ 27-7731", "ERSTMALS ZERTIFIZIERT AM", "02.03.2017", "BESCHEINIGUNG AUSGESTELLT AM", "18.04.2024", "BESCHEINIGUNG GÜLTIG BIS", "17.04.2027"}},
		{"fr", "AG-5520-SI", []string{"N° D'AGRÉMENT", "AG-5520-SI", "CERTIFIÉ DEPUIS LE", "02/03/2017", "AGRÉMENT DÉLIVRÉ LE", "18/04/2024", "AGRÉMENT VALABLE JUSQU'AU", "17/04/2027"}},
		{"es", "HM/SGSI/0934", []string{"NÚMERO DE HOMOLOGACIÓN", "HM/SGSI/0934", "CERTIFICADO DESDE EL", "02/03/2017", "HOMOLOGACIÓN EMITIDA EL", "18 de abril de 2024", "HOMOLOGACIÓN VÁLIDA HASTA", "17 de abril de 2027"}},
		{"it", "RG-27-6610", []string{"NUMERO DI REGISTRAZIONE", "RG-27-6610", "CERTIFICATO DAL", "02/03/2017", "REGISTRAZIONE RILASCIATA IL", "18/04/2024", "REGISTRAZIONE VALIDA FINO AL", "17/04/2027"}},
		{"nl", "EK-2209-IB", []string{"ERKENNINGSNUMMER", "EK-2209-IB", "GECERTIFICEERD SINDS", "02-03-2017", "ERKENNING AFGEGEVEN OP", "18-04-2024", "ERKENNING GELDIG TOT", "17-04-2027"}},
		{"pt", "AT-SGSI-3318", []string{"N.º DO ATESTADO", "AT-SGSI-3318", "CERTIFICADO DESDE", "02/03/2017", "ATESTADO EMITIDO EM", "18/04/2024", "ATESTADO VÁLIDO ATÉ", "17/04/2027"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := values{evidence.KeyCertificateNumber: c.number, evidence.KeyIssuedOn: "2024-04-18", evidence.KeyExpiresOn: "2027-04-17"}
			checkCertificate(t, sidebarCertificate(sidebarText, c.side...), want)
		})
	}
}

// TestPairsRibbon reads labels each on a line of its own above their
// values, with a line of the page's other text between a label and its
// value, in the seven languages: a renewal due by a date is the expiry.
// A label wrapped over two lines of its column is read whole.
func TestPairsRibbon(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"Record number", "Tidewater Logistics Platform Ltd", "TL/27K/0082", "Renewal due by", "12 June 2028", "Record issued on", "13 June 2025"}, ribbonWant("TL/27K/0082")},
		{"de", []string{"Eintragung Nr.", "Tidewater Logistik GmbH", "ET-27-0082", "Erneuerung fällig bis", "12.06.2028", "Eintragung erstellt am", "13.06.2025"}, ribbonWant("ET-27-0082")},
		{"fr", []string{"Numéro d'enregistrement", "Tidewater Logistique SAS", "ER-27-0082", "Renouvellement à effectuer avant le", "12 juin 2028", "Enregistrement établi le", "13 juin 2025"}, ribbonWant("ER-27-0082")},
		{"es", []string{"Número de registro", "Tidewater Logística S.A.", "RE-27-0082", "Renovación a más tardar el", "12 de junio de 2028", "Registro extendido el", "13 de junio de 2025"}, ribbonWant("RE-27-0082")},
		{"it", []string{"Registrazione n.", "Tidewater Logistica S.r.l.", "RZ-27-0082", "Rinnovo entro il", "12/06/2028", "Registrazione emessa il", "13/06/2025"}, ribbonWant("RZ-27-0082")},
		{"nl", []string{"Registratienummer", "Tidewater Logistiek B.V.", "RT-27-0082", "Vernieuwing uiterlijk op", "12-06-2028", "Registratie opgemaakt op", "13-06-2025"}, ribbonWant("RT-27-0082")},
		{"pt", []string{"Registo n.º", "Tidewater Logística Lda.", "RG-27-0082", "Renovação até", "12/06/2028", "Registo lavrado em", "13/06/2025"}, ribbonWant("RG-27-0082")},
		{"a label wrapped in its column", []string{"Tidewater Logistics Platform Ltd\tDate of this", "14 Quay Road, Portown\trecord", "runs an information security management system\t13/06/2025"},
			values{evidence.KeyIssuedOn: "2025-06-13"}},

		// Near misses.
		{"another label between a label and its value", []string{"Renewal due by", "Next surveillance audit", "12 June 2026"}, values{evidence.KeyExpiresOn: absent}},
		{"a date under a number's label", []string{"Record number", "12 June 2026"}, values{evidence.KeyCertificateNumber: absent, evidence.KeyExpiresOn: absent}},
		{"the accreditation's number", []string{"Accreditation no.", "ACC-0082"}, values{evidence.KeyCertificateNumber: absent}},
		{"values in both columns under one label", []string{"Record issued on", "13/06/2025\t14/06/2025"}, values{evidence.KeyIssuedOn: absent}},
		{"a column of values under one label", []string{"Record valid until", "12 June 2028", "30 May 2029"}, values{evidence.KeyExpiresOn: absent}},
		{"two labels of a kind that disagree", []string{"Renewal due by", "12 June 2028", "Tidewater Logistics Platform Ltd", "Renewal required before", "30 May 2029"}, values{evidence.KeyExpiresOn: absent}},
		{"a recertification audit due by a date", []string{"Recertification audit due by", "12 June 2028"}, values{evidence.KeyExpiresOn: absent}},
		{"the value too far under its label", []string{"Record valid until", "Tidewater Logistics Platform Ltd", "14 Quay Road, Portown", "runs an information security management system", "12 June 2028"}, values{evidence.KeyExpiresOn: absent}},
		{"an expiry before the issue", []string{"Issue date: 13 June 2025", "Renewal due by", "12 June 2024"}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, ribbonCertificate(c.lines...), c.want)
		})
	}
}

// ribbonWant is what the ribbons of TestPairsRibbon give: their number,
// issued on 13 June 2025 and expiring on 12 June 2028.
func ribbonWant(number string) values {
	return values{evidence.KeyCertificateNumber: number, evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: "2028-06-12"}
}

// TestPairsRowOfLabels reads a row of labels over a row of values, each
// value under its label, and leaves a label's value unread when the row
// of labels wraps (the words of two lines cannot be paired with
// certainty) or when several rows of values stand under it.
func TestPairsRowOfLabels(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"Record number\tRecord issued on\tRecord valid until", "TL-0082\t13/06/2025\t12/06/2028"}, ribbonWant("TL-0082")},
		{"de", []string{"Eintragung Nr.\tEintragung erstellt am\tEintragung gültig bis", "ET-0082\t13.06.2025\t12.06.2028"}, ribbonWant("ET-0082")},

		// Near misses.
		{"a wrapped row of labels", []string{"Approved for the first\tRecord valid", "time on\tuntil", "13/06/2019\t12/06/2028"}, values{evidence.KeyIssuedOn: absent}},
		{"rows of values for each issue", []string{"Issue\tRecord issued on\tReason", "1\t13/06/2019\tFirst approval", "2\t13/06/2022\tRenewal"}, values{evidence.KeyIssuedOn: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, ribbonCertificate(c.lines...), c.want)
		})
	}
}

// TestPairsScopeLabels reads the scope under labels qualifying the scope
// as approved, certified or confirmed, perhaps "of operations" or "of
// activities", or naming the activities the document covers or relates
// to, in the seven languages, with a register's web address between the
// label and the statement left out. A bare noun is no scope label, and a
// statement cut before its sentence ends is left unread.
func TestPairsScopeLabels(t *testing.T) {
	const end = "Signed for the registrar"
	for _, c := range []struct {
		name  string
		lines []string
		want  any
	}{
		{"en approved field of operations", []string{"Approved field of operations:", "Freight booking and customs filing for importers;", "hosting of the booking portal."}, "Freight booking and customs filing for importers; hosting of the booking portal."},
		{"en activities to which this record relates", []string{"Activities to which this record relates:", "Hosting of the booking portal."}, "Hosting of the booking portal."},
		{"de bestätigter Bereich", []string{"Bestätigter Anwendungsbereich der Tätigkeiten:", "Betrieb der Frachtbuchung und Hosting des Portals."}, "Betrieb der Frachtbuchung und Hosting des Portals."},
		{"de Eintragung bezieht sich auf", []string{"Diese Eintragung bezieht sich auf:", "Betrieb der Frachtbuchung."}, "Betrieb der Frachtbuchung."},
		{"fr domaine certifié des activités", []string{"Domaine certifié des activités :", "Réservation de fret et hébergement du portail."}, "Réservation de fret et hébergement du portail."},
		{"es actividades cubiertas por este registro", []string{"Actividades cubiertas por este registro:", "https://registro.example/r/0082", "Reserva de fletes y alojamiento del portal."}, "Reserva de fletes y alojamiento del portal."},
		{"it campo confermato delle attività", []string{"Campo confermato delle attività:", "Prenotazione dei noli e hosting del portale."}, "Prenotazione dei noli e hosting del portale."},
		{"nl bevestigd werkgebied", []string{"Bevestigd werkgebied:", "Vrachtboeking en hosting van het portaal."}, "Vrachtboeking en hosting van het portaal."},
		{"pt âmbito certificado das atividades", []string{"Âmbito certificado das atividades:", "Reserva de fretes e alojamento do portal."}, "Reserva de fretes e alojamento do portal."},

		// Near misses.
		{"a bare noun", []string{"Field:", "Freight booking and hosting of the booking portal."}, absent},
		{"it a bare noun", []string{"Campo:", "Prenotazione dei noli e hosting del portale."}, absent},
		{"a statement cut before its end", []string{"Approved field of operations:", "Freight booking and customs filing for", "Record valid until"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := ribbonCertificate(append(append([]string{"Record number: TL-0082"}, c.lines...), end)...)
			checkCertificate(t, doc, values{evidence.KeyScope: c.want})
		})
	}
}

// TestPairsNeverOverride keeps what the layout readers read: a pair
// found elsewhere on the page never replaces it.
func TestPairsNeverOverride(t *testing.T) {
	doc := ribbonCertificate("Certificate number: TL-0082", "Expiry date: 12 June 2028", "Record number", "TL-9999", "Record valid until", "30 May 2029")
	checkCertificate(t, doc, values{evidence.KeyCertificateNumber: "TL-0082", evidence.KeyExpiresOn: "2028-06-12"})
}

// inlineWant is what the strips of TestPairsInline give.
var inlineWant = values{evidence.KeyIssuedOn: "2022-09-25", evidence.KeyExpiresOn: "2025-09-15"}

// TestPairsInline reads dates each after its label on one line, as a
// strip of details runs them, in the seven languages, and a sentence
// saying when the document ends. A label inside a clause (not starting
// the line nor following a comma) labels nothing, nor does the end of a
// previous cycle.
func TestPairsInline(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"Latest date of issue: 25/09/2022 Renewal due by: 15/09/2025"}, inlineWant},
		{"de", []string{"Letztes Datum der Ausstellung: 25.09.2022 Erneuerung fällig bis: 15.09.2025"}, inlineWant},
		{"fr", []string{"Dernière date de délivrance : 25/09/2022 Renouvellement requis avant le : 15/09/2025"}, inlineWant},
		{"es", []string{"Última fecha de emisión: 25/09/2022 Renovación a efectuar antes del: 15/09/2025"}, inlineWant},
		{"it", []string{"Ultima data di emissione: 25/09/2022 Rinnovo da effettuare entro il: 15/09/2025"}, inlineWant},
		{"nl", []string{"Laatste datum van afgifte: 25-09-2022 Vernieuwing te verrichten vóór: 15-09-2025"}, inlineWant},
		{"pt", []string{"Última data de emissão: 25/09/2022 Renovação a efetuar até: 15/09/2025"}, inlineWant},
		{"en the document ends", []string{"Unless withdrawn, this registration ends on 25 May 2028."}, values{evidence.KeyExpiresOn: "2028-05-25"}},
		{"es the document ends", []string{"Salvo revocación, este registro finaliza el: 25 de mayo de 2028"}, values{evidence.KeyExpiresOn: "2028-05-25"}},

		// Near misses.
		{"a label inside a clause", []string{"The audit of this registration ends on 25 May 2026"}, values{evidence.KeyExpiresOn: absent}},
		{"es the end of the previous cycle", []string{"Fin de la aprobación anterior: 7 de junio de 2022"}, values{evidence.KeyExpiresOn: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, ribbonCertificate(c.lines...), c.want)
		})
	}
}

// TestPairsAccreditation reads an accreditation body the list of bodies
// does not know, named after a label of accreditation granted by or held
// from it, on the label's line or alone under it, in the seven languages.
// Only a name in capitals is taken: a sentence, a word of the label
// repeated, a standard or two different bodies give none.
func TestPairsAccreditation(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  any
	}{
		{"en granted by", []string{"Accreditation granted by NORAC"}, "NORAC"},
		{"en holder of accreditation from, name below", []string{"Holder of accreditation from", "NORAC"}, "NORAC"},
		{"en the noun and a colon", []string{"Accreditation: NORAC"}, "NORAC"},
		{"de erteilt durch", []string{"Akkreditierung erteilt durch NORAC"}, "NORAC"},
		{"fr délivrée par", []string{"Accréditation délivrée par NORAC"}, "NORAC"},
		{"es otorgada por, name below", []string{"Acreditación otorgada por", "NORAC"}, "NORAC"},
		{"it rilasciato da", []string{"Accreditamento rilasciato da NORAC"}, "NORAC"},
		{"nl verleend door", []string{"Accreditatie verleend door NORAC"}, "NORAC"},
		{"pt concedida por", []string{"Acreditação concedida por NORAC"}, "NORAC"},

		// Near misses.
		{"a sentence after the label", []string{"Accreditation granted by the national board"}, absent},
		{"de the label's word again", []string{"Akkreditierung: Akkreditierung"}, absent},
		{"a standard", []string{"Accreditation: ISO/IEC 17021-1"}, absent},
		{"an accreditation number", []string{"Accreditation: 214-CB"}, absent},
		{"two bodies", []string{"Accreditation granted by NORAC", "Accreditation granted by SUDAC"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, ribbonCertificate(c.lines...), values{evidence.KeyAccreditationBody: c.want})
		})
	}
}

// TestPairsInProse reads the issue and expiry dates a sentence about this
// certificate gives, the label right before its date, in the seven
// languages, the sentence wrapped over lines as a letter's paragraph is.
// A sentence about a previous or first certificate, the accreditation or
// an audit, or one naming no document, gives none.
func TestPairsInProse(t *testing.T) {
	both := values{evidence.KeyIssuedOn: "2025-05-14", evidence.KeyExpiresOn: "2028-05-13"}
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"We confirm that the organisation holds certificate QX-118. This approval was issued on",
			"14 May 2025 and remains valid until 13 May 2028, subject to surveillance."}, both},
		{"de", []string{"Die Bestätigung wurde erteilt am 14.05.2025 und ist gültig bis", "13.05.2028."}, both},
		{"fr", []string{"Le présent certificat, délivré le 14/05/2025, reste valable jusqu'au 13/05/2028."}, both},
		{"es", []string{"El certificado entra en vigor el 14/05/2025 y estará vigente hasta el 13/05/2028."}, both},
		{"it", []string{"Il certificato è stato rilasciato il 14/05/2025 ed è valido fino al 13/05/2028."}, both},
		{"nl", []string{"Dit certificaat gaat in op 14-05-2025 en blijft geldig tot en met", "13-05-2028."}, both},
		{"pt", []string{"A certificação actual foi emitida em 14/05/2025 e vigora até 13/05/2028."}, both},
		{"en first approval in its own clause", []string{"The first approval dates from 02/03/2017; the current approval",
			"was issued on 14/05/2025 and is valid until 13/05/2028."}, both},

		// Near misses.
		{"en a previous certificate", []string{"The previous certificate was valid until 03/05/2025."}, values{evidence.KeyExpiresOn: absent}},
		{"de the accreditation", []string{"Die Akkreditierung der Stelle ist gültig bis 03.05.2029."}, values{evidence.KeyExpiresOn: absent}},
		{"fr the first certificate", []string{"Le premier certificat a été délivré le 04/05/2016."}, values{evidence.KeyIssuedOn: absent}},
		{"es no document named", []string{"La póliza de la empresa, renovada hoy, vigora hasta el 13/05/2028."}, values{evidence.KeyExpiresOn: absent}},
		{"it an audit", []string{"La verifica del certificato è valida fino al 03/05/2026."}, values{evidence.KeyExpiresOn: absent}},
		{"nl a previous certificate", []string{"Het vorige certificaat was geldig tot 03-05-2025."}, values{evidence.KeyExpiresOn: absent}},
		{"es another standard's certificate", []string{"El certificado ISO 9001:2015 es válido hasta el 13/05/2028."}, values{evidence.KeyExpiresOn: absent}},
		{"en a column of dates", []string{"This approval remains valid until", "12 June 2028", "30 May 2029"}, values{evidence.KeyExpiresOn: absent}},
		{"pt the date after the verb", []string{"O certificado de 14/05/2025 foi emitido pela entidade."}, values{evidence.KeyIssuedOn: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, ribbonCertificate(c.lines...), c.want)
		})
	}
}

// TestKnownBodiesOutsideEurope reads accreditation bodies of the list by
// country, a name in mixed case among them, on their own or after a
// label in the seven languages. A word holding a body's letters, or the
// name in another case, is none.
func TestKnownBodiesOutsideEurope(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  any
	}{
		{"pt Cgcre after the label", []string{"Acreditação: Cgcre"}, "Cgcre"},
		{"pt Cgcre and its number", []string{"Organismo acreditado pela Cgcre sob o número OCS 0042"}, "Cgcre"},
		{"en KENAS alone", []string{"KENAS", "Accredited certification body"}, "KENAS"},
		{"de SADCAS", []string{"Akkreditiert durch SADCAS"}, "SADCAS"},
		{"fr SADCAS", []string{"Organisme accrédité par SADCAS"}, "SADCAS"},
		{"es ONAC", []string{"Acreditado por ONAC"}, "ONAC"},
		{"it KENAS", []string{"Accreditato da KENAS"}, "KENAS"},
		{"nl ONAC", []string{"Geaccrediteerd door ONAC"}, "ONAC"},

		// Near misses.
		{"the letters inside a word", []string{"Kenasson Logistics Ltd"}, absent},
		{"another case", []string{"cgcre"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, ribbonCertificate(c.lines...), values{evidence.KeyAccreditationBody: c.want})
		})
	}
}
