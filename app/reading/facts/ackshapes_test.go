package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// ackLang is how one language words an acknowledgement export.
type ackLang struct {
	lang, person, dept, policy, otherA, otherB, pending string
	sent, opened, reminded, acked, when                 string
	signedOn, signed, notSigned                         string
	course, hired                                       string
	pivot                                               string // department, signed, pending and total headers, tab-separated
	total                                               string
}

var ackLangs = []ackLang{
	{"en", "Employee name", "Department", "Information Security Policy v4", "Acceptable Use Policy", "Remote Working Policy", "Pending",
		"Sent", "Opened", "Reminder sent", "Acknowledged", "Timestamp",
		"Signed on", "Signed", "Not signed", "Security awareness training", "Hire date",
		"Department\tSigned\tPending\tTotal", "Total"},
	{"de", "Name", "Abteilung", "Informationssicherheitsrichtlinie 2.1", "IT-Nutzungsordnung", "Regelung Homeoffice", "Ausstehend",
		"Versendet", "Geöffnet", "Erinnerung versendet", "Bestätigt", "Zeitpunkt",
		"Unterschrieben am", "Unterschrieben", "Nicht unterschrieben", "Schulung Informationssicherheit", "Eintrittsdatum",
		"Abteilung\tBestätigt\tAusstehend\tGesamt", "Gesamt"},
	{"fr", "Nom", "Service", "Politique de sécurité de l'information 3", "Charte informatique", "Politique de télétravail", "En attente",
		"Envoyé", "Ouvert", "Relance envoyée", "Accepté", "Horodatage",
		"Signé le", "Signé", "Non signé", "Formation sécurité de l'information", "Date d'entrée",
		"Service\tSigné\tEn attente\tTotal", "Total"},
	{"es", "Nombre", "Área", "Política de seguridad de la información 2", "Normativa de uso aceptable", "Política de teletrabajo", "Pendiente",
		"Enviado", "Abierto", "Recordatorio", "Firmado", "Fecha y hora",
		"Firmado el", "Firmado", "No firmado", "Curso de seguridad de la información", "Fecha de alta",
		"Área\tFirmado\tPendiente\tTotal", "Total"},
	{"it", "Nome", "Ufficio", "Politica di sicurezza delle informazioni", "Regolamento posta elettronica", "Procedura lavoro agile", "In attesa",
		"Inviato", "Aperto", "Sollecito inviato", "Presa visione", "Data e ora",
		"Firmato il", "Firmato", "Non firmato", "Corso sicurezza delle informazioni", "Data di assunzione",
		"Ufficio\tFirmato\tIn attesa\tTotale", "Totale"},
	{"nl", "Naam", "Afdeling", "Informatiebeveiligingsbeleid 5", "Gedragscode ICT", "Thuiswerkregeling", "Openstaand",
		"Verzonden", "Geopend", "Herinnering verzonden", "Ondertekend", "Tijdstip",
		"Ondertekend op", "Ondertekend", "Niet ondertekend", "Opleiding informatiebeveiliging", "Datum in dienst",
		"Afdeling\tOndertekend\tOpenstaand\tTotaal", "Totaal"},
	{"pt", "Nome", "Departamento", "Política de segurança da informação 1.2", "Política de uso aceitável", "Política de teletrabalho", "Pendente",
		"Enviado", "Aberto", "Lembrete enviado", "Assinado", "Data e hora",
		"Assinado em", "Assinado", "Não assinado", "Formação em segurança da informação", "Data de admissão",
		"Departamento\tAssinado\tPendente\tTotal", "Total"},
}

// ackWant is what a log must read as; an empty date is a date that must
// stay unknown, people 0 a log that must give no facts at all.
type ackWant struct {
	people, signatures int
	newest, oldest     string
}

func checkAck(t *testing.T, name string, doc Document, want ackWant) {
	t.Helper()
	a, err := Acknowledgements(doc)
	if want.people == 0 {
		if err == nil && (a.People.Known || a.Signatures.Known || a.NewestSignature.Known || a.OldestSignature.Known) {
			t.Errorf("%s: read people %+v, signatures %+v, newest %+v; want no facts", name, a.People, a.Signatures, a.NewestSignature)
		}
		return
	}
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !a.People.Known || a.People.Value != want.people || !a.Signatures.Known || a.Signatures.Value != want.signatures {
		t.Errorf("%s: people %+v, signatures %+v; want %d, %d", name, a.People, a.Signatures, want.people, want.signatures)
	}
	for _, d := range []struct {
		got  evidence.Fact[evidence.Date]
		want string
	}{{a.NewestSignature, want.newest}, {a.OldestSignature, want.oldest}} {
		if d.want == "" && d.got.Known || d.want != "" && (!d.got.Known || string(d.got.Value) != d.want) {
			t.Errorf("%s: signature date %+v, want %q", name, d.got, d.want)
		}
	}
}

// TestAckMatrix: one column per policy; the log answers for the
// information security policy's column, never the others'.
func TestAckMatrix(t *testing.T) {
	for _, l := range ackLangs {
		rows := [][]string{
			{l.person, l.dept, l.otherA, l.policy, l.otherB},
			{"Ada Quist", "Ops", "2025-01-13", "2025-02-14", "2025-01-22"},
			{"Bo Lindqvist", "Ops", "2025-01-15", l.pending, "2025-04-28"},
			{"Cyra Mendel", "Sales", "2025-01-16", "2025-03-18", l.pending},
			{"Dario Fenn", "Sales", l.pending, "2025-02-25", "2025-01-19"},
		}
		checkAck(t, l.lang+" matrix sheet", sheet("x", rows...), ackWant{4, 3, "2025-03-18", "2025-02-14"})
		var lines []string
		for _, r := range rows {
			lines = append(lines, strings.Join(r, ";"))
		}
		checkAck(t, l.lang+" matrix csv", csvDoc(lines...), ackWant{4, 3, "2025-03-18", "2025-02-14"})

		// Near misses: a matrix of courses, and one with no security policy.
		course := [][]string{{l.person, l.dept, l.course, l.otherA}, rows[1][:4], rows[2][:4]}
		course[1][2], course[2][2] = "2025-02-14", "2025-03-01"
		checkAck(t, l.lang+" course matrix", sheet("x", course...), ackWant{})
		other := [][]string{{l.person, l.dept, l.otherA, l.otherB}, {"Ada Quist", "Ops", "2025-01-13", "2025-01-22"}, {"Bo Lindqvist", "Ops", "2025-01-15", "2025-04-28"}}
		checkAck(t, l.lang+" matrix without the security policy", sheet("x", other...), ackWant{})
	}
}

// TestAckEventLog: one row per event; a person is acknowledged by their
// last acknowledgement, sending, opening and reminding are none.
func TestAckEventLog(t *testing.T) {
	for _, l := range ackLangs {
		ev := func(at, who, what string) string { return at + ";" + who + ";" + what + ";" + l.policy }
		head := l.when + ";" + l.person + ";Event;Document"
		log := []string{head,
			ev("2025-03-13 09:00", "Ada Quist", l.sent), ev("2025-03-13 09:01", "Bo Lindqvist", l.sent),
			ev("2025-03-13 09:02", "Cyra Mendel", l.sent), ev("2025-03-13 09:03", "Dario Fenn", l.sent),
			ev("2025-03-14 10:30", "Ada Quist", l.opened), ev("2025-03-15 11:00", "Ada Quist", l.acked),
			ev("2025-03-20 08:00", "Bo Lindqvist", l.reminded), ev("2025-03-21 16:45", "Bo Lindqvist", l.acked),
			ev("2025-03-22 12:00", "Cyra Mendel", l.opened), ev("2025-03-27 09:15", "Ada Quist", l.acked),
			ev("2025-03-28 07:00", "Dario Fenn", l.reminded),
		}
		checkAck(t, l.lang+" event log", csvDoc(log...), ackWant{4, 2, "2025-03-27", "2025-03-21"})

		// Near miss: nobody acknowledged yet; every event has a date, none is a signature.
		var none []string
		for _, e := range log {
			if !strings.Contains(e, ";"+l.acked+";") {
				none = append(none, e)
			}
		}
		a, err := Acknowledgements(csvDoc(none...))
		if err == nil && a.Signatures.Known && a.Signatures.Value != 0 {
			t.Errorf("%s event log without acknowledgements: signatures %+v, want 0 or unknown", l.lang, a.Signatures)
		}
	}
}

// TestAckTwoRowHeader: a list under a header of two rows, groups merged
// over the columns above the columns' names, which the report reader does
// not know.
func TestAckTwoRowHeader(t *testing.T) {
	for _, l := range ackLangs {
		rows := [][]string{
			{"Register"},
			{l.person, "", "", l.signed},
			{l.person, "No.", l.dept, "Status", l.signedOn},
			{"Ada Quist", "101", "Ops", l.signed, "2025-05-14"},
			{"Bo Lindqvist", "102", "Ops", l.notSigned, ""},
			{"Cyra Mendel", "103", "Sales", l.signed, "2025-06-19"},
		}
		checkAck(t, l.lang+" two-row header", sheet("x", rows...), ackWant{3, 2, "2025-06-19", "2025-05-14"})

		// Near miss: a staff list with a hire date is no log of signatures.
		staff := [][]string{{l.person, "No.", l.dept, l.hired}, {"Ada Quist", "101", "Ops", "2019-05-14"}, {"Bo Lindqvist", "102", "Ops", "2021-06-19"}}
		checkAck(t, l.lang+" staff list", sheet("x", staff...), ackWant{})
	}
}

// TestAckPivot: departments against signed and pending with totals give
// people and signatures, and no dates.
func TestAckPivot(t *testing.T) {
	for _, l := range ackLangs {
		doc := text("Report", l.pivot, "Ops\t3\t1\t4", "Sales\t2\t2\t4", "Legal\t0\t1\t1", l.total+"\t5\t4\t9", "Page 1")
		checkAck(t, l.lang+" pivot", doc, ackWant{9, 5, "", ""})

		// Near misses: totals that do not add up, and a pivot of
		// completed and pending courses.
		bad := text("Report", l.pivot, "Ops\t3\t1\t4", "Sales\t2\t2\t4", l.total+"\t6\t3\t9")
		checkAck(t, l.lang+" pivot not adding up", bad, ackWant{})
		cols := strings.Split(l.pivot, "\t")
		course := text("Report", cols[0]+"\tCompleted\t"+cols[2]+"\t"+cols[3], "Ops\t3\t1\t4", l.total+"\t3\t1\t4")
		checkAck(t, l.lang+" course pivot", course, ackWant{})
	}
}
