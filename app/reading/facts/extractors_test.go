package facts

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/evidence"
	"assay/app/reading/ocr"
)

// flat puts one kind's facts in their flat shape, for tests that check
// facts by key.
func flat[K any](k K, err error) (values, error) {
	var f evidence.Facts
	switch k := any(&k).(type) {
	case *evidence.Certificate:
		f.Certificate = k
	case *evidence.TrainingReport:
		f.Training = k
	case *evidence.Minutes:
		f.Minutes = k
	case *evidence.AcknowledgementLog:
		f.Acknowledgements = k
	}
	return f.Values(), err
}

func TestCertificateDatesByLabel(t *testing.T) {
	cases := []struct {
		name            string
		text            string
		issued, expires string // "" when the fact must be absent
	}{
		{"valid until", "Issue date: 1 May 2025\nValid until: 30 April 2028", "2025-05-01", "2028-04-30"},
		{"expiry first", "Expiry date: 30 April 2028\nDate of issue: 1 May 2025", "2025-05-01", "2028-04-30"},
		{"expiration date", "Expiration Date: 04/30/2028 Issue Date: 05/01/2025", "2025-05-01", "2028-04-30"},
		{"certificate expires", "Certificate expires 30.04.2028", "", "2028-04-30"},
		{"date of expiry", "Date of expiry - 2028-04-30", "", "2028-04-30"},
		{"valid to", "Valid to: 30 Apr 2028", "", "2028-04-30"},
		{"expires", "This certificate expires on 30th April 2028.", "", "2028-04-30"},
		{"until in prose", "The certificate remains valid until 30 April 2028 subject to surveillance.", "", "2028-04-30"},
		{"valid from to", "Valid from 1 May 2025 to 30 April 2028", "2025-05-01", "2028-04-30"},
		{"validity range", "Validity: 01.05.2025 - 30.04.2028", "2025-05-01", "2028-04-30"},
		{"single validity date is not guessed", "Valid: 30.04.2028", "", ""},
		{"original vs current issue", "Original certification date: 1 May 2019\nIssue date: 1 May 2025\nExpiry date: 30 April 2028", "2025-05-01", "2028-04-30"},
		{"the first certification is not this certificate's issue", "Initial certification: 1 May 2019\nExpiry: 30 April 2028", "", "2028-04-30"},
		{"audit date is not the expiry", "Next audit date: 1 March 2026\nRecertification audit due: 1 February 2028\nExpiry date: 30 April 2028", "", "2028-04-30"},
		{"revision date is not the issue", "Latest revision date: 10 March 2024\nEffective date: 14 March 2024", "2024-03-14", ""},
		{"labels above values", "Issue date\n1 May 2025\nExpiry date\n30 April 2028", "2025-05-01", "2028-04-30"},
		{"label row over date row", "Issue date | Expiry date\n1 May 2025 | 30 April 2028", "2025-05-01", "2028-04-30"},
		{"label row in the other order", "Expiry date     Issue date\n30 April 2028   1 May 2025", "2025-05-01", "2028-04-30"},
		{"unlabelled dates are left out", "Acme Ltd\n1 May 2025\n30 April 2028", "", ""},
		{"position alone decides nothing", "Dates: 1 May 2025, 30 April 2028", "", ""},
		{"ambiguous numeric, UK accreditation: day first", "Expiry date: 03/04/2027\nUKAS Management Systems", "", "2027-04-03"},
		{"ambiguous numeric, US wording alone: not guessed", "Valid through: 03/04/2027", "", ""},
		{"ambiguous numeric, US accreditation: month first", "Valid through: 03/04/2027\nAccredited by ANAB", "", "2027-03-04"},
		{"ambiguous numeric, nothing tells: not guessed", "Expiry date: 03/04/2027", "", ""},
		{"month-first document", "Issue Date: 04/01/2024\nExpiration Date: 03/31/2027", "2024-04-01", "2027-03-31"},
		{"SoA dated is not the issue", "in accordance with the Statement of Applicability dated 2 Feb 2025\nExpiry date: 30 April 2028", "", "2028-04-30"},
		{"impossible date is skipped", "Expiry date: 31 April 2028", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := flat(Certificate(Document{Text: c.text}))
			if err != nil {
				t.Fatal(err)
			}
			for key, want := range map[string]string{evidence.KeyIssuedOn: c.issued, evidence.KeyExpiresOn: c.expires} {
				got, ok := f[key]
				if want == "" && ok || want != "" && got != want {
					t.Errorf("%s = %v, want %q", key, got, want)
				}
			}
		})
	}
}

func TestCertificateEditionAndNumber(t *testing.T) {
	cases := []struct {
		text, edition, number string
	}{
		{"Standard: ISO/IEC 27001:2022\nCertificate No: IS 654321", "2022", "IS 654321"},
		{"ISO 27001:2013 certificate number: 12345-ABC", "2013", "12345-ABC"},
		{"complies with ISO/IEC 27001 : 2022\nCertificate Number | CERT/2025/77", "2022", "CERT/2025/77"},
		{"EN ISO/IEC 27001:2017 Reg. No. 7781", "2013", "7781"},
		{"EN ISO/IEC 27001:2023", "2022", ""},
		{"Transition from ISO/IEC 27001:2013 complete.\nConforms to the requirements of ISO/IEC 27001:2022", "2022", ""},
		{"ISO/IEC 27001", "", ""},
		{"Certificate of Registration\nCertificate number: pending", "", ""},
		{"Certificate ID: AB-12", "", "AB-12"},
	}
	for _, c := range cases {
		f, _ := flat(Certificate(Document{Text: c.text}))
		if got, _ := f[evidence.KeyEdition].(string); got != c.edition {
			t.Errorf("%q: edition = %q, want %q", c.text, got, c.edition)
		}
		if got, _ := f[evidence.KeyCertificateNumber].(string); got != c.number {
			t.Errorf("%q: number = %q, want %q", c.text, got, c.number)
		}
	}
}

func TestCertificateScope(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"inline label", "Scope: Payroll processing.\nExpiry date: 1 May 2028", "Payroll processing."},
		{"scope of certification over two lines", "Scope of certification:\nHosting and support of the\nAcme platform.\n\nSites: Leeds", "Hosting and support of the Acme platform."},
		{"this certificate covers", "This certificate covers the provision of email services.\nCertificate No: 1234", "the provision of email services."},
		{"stops at the next label", "Scope: Managed hosting\nCertificate number: 99-1\nMore", "Managed hosting"},
		{"applicable to, not the sites", "Applicable to the following sites: Leeds\nScope: Payroll", "Payroll"},
		{"no scope", "Certificate of Registration\nExpiry date: 1 May 2028", ""},
		// How bodies introduce and end a scope in the seven languages: a
		// label naming the certification's subject, a sentence ending in a
		// colon, the certificate "covering" or "being about" what follows,
		// and the end at a letter's closing formula, a sentence saying
		// where the sites are listed or the page's number.
		{"subject label (de)", "Gegenstand der Zertifizierung:\nBetrieb von Kassensystemen für den\nEinzelhandel.\nZertifikat-Nr.: KS-1",
			"Betrieb von Kassensystemen für den Einzelhandel."},
		{"subject label (fr)", "Objet de la certification :\nHébergement de dossiers médicaux.\nRéférence | HD-7",
			"Hébergement de dossiers médicaux."},
		{"subject label (pt)", "Objeto da certificação: Gestão de frotas.\nCertificado n.º GF-3", "Gestão de frotas."},
		{"activities in the scope (es)", "Actividades incluidas en el alcance:\nDiseño y mantenimiento de redes.\nFecha: 3-4-2024",
			"Diseño y mantenimiento de redes."},
		{"activities, subject of certification (it)", "Attività oggetto di certificazione:\nManutenzione di ascensori.\nFirma",
			"Manutenzione di ascensori."},
		{"certified scope of activities (en)", "Certified scope of activities:\nRoad freight brokerage for\nfood retailers.\nSheet 1",
			"Road freight brokerage for food retailers."},
		{"a sentence ending in a colon (nl)", "Het toepassingsgebied luidt:\nBeheer van parkeergarages.\nMet vriendelijke groet,\nJ. de Wit",
			"Beheer van parkeergarages."},
		{"a sentence ending in a colon (fr)", "Le périmètre certifié est le suivant :\nGestion de la paie des intérimaires.\nVeuillez agréer nos salutations.",
			"Gestion de la paie des intérimaires."},
		{"the approval covers (en)", "This approval covers:\nCalibration of weighing machines.\nYours sincerely,\nA. Smith",
			"Calibration of weighing machines."},
		{"the certificate is about (fr)", "Le présent certificat porte sur :\nLa location de bennes.\nPour l'organisme", "La location de bennes."},
		{"a label cell beside its value", "This approval covers | Repair of hospital beds.\nValid to | 1 May 2028", "Repair of hospital beds."},
		{"a letter's closing ends it (de)", "Der Geltungsbereich des Zertifikats lautet:\nVermietung von Baumaschinen und\nGerüsten.\nMit freundlichen Grüßen",
			"Vermietung von Baumaschinen und Gerüsten."},
		{"the sites listed elsewhere end it (es)", "Alcance certificado:\nTransporte de mercancías.\nLas sedes incluidas se relacionan en la hoja adjunta.",
			"Transporte de mercancías."},
		{"the sites overleaf end it (en)", "Certified scope of activities:\nLocksmith services.\nThe premises covered are listed overleaf.",
			"Locksmith services."},
		// Near misses: lines that introduce no scope, or more than the scope.
		{"scope and sites together", "Scope and sites:\nLeeds, York\nCertificate number: 9", ""},
		{"what the scope excludes", "Scope exclusions:\nPayroll bureau services.\nCertificate number: 9", ""},
		{"a sentence with the scope noun, no colon", "Der Gegenstand der Zertifizierung ist im Beiblatt genannt.\nZertifikat-Nr.: 4", ""},
		{"the subject of a letter", "Subject: renewal of your certificate\nDear Sir,", ""},
		{"the subject line of a letter (it)", "Oggetto:\nRinnovo del certificato.\nGentile cliente,", ""},
	}
	for _, c := range cases {
		f, _ := flat(Certificate(Document{Text: c.text}))
		if got, _ := f[evidence.KeyScope].(string); got != c.want {
			t.Errorf("%s: scope = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestTrainingHeaders(t *testing.T) {
	cases := []struct {
		name   string
		header []string
		row    []string
		rate   float64
		date   string
	}{
		{"name, date, status", []string{"Name", "Date", "Status"}, []string{"A B", "2026-01-02", "Completed"}, 100, "2026-01-02"},
		{"reversed", []string{"Status", "Date", "Name"}, []string{"Completed", "2026-01-02", "A B"}, 100, "2026-01-02"},
		{"employee, completed on, result", []string{"Employee", "Completed on", "Result"}, []string{"A B", "14/01/2026", "Pass"}, 100, "2026-01-14"},
		// Nothing shows whether 02/01 is 2 January or 1 February: the date
		// is doubtful (see TestReportDatesInTheDocumentsOrder), never read day first.
		{"completed on, order unknown", []string{"Employee", "Completed on", "Result"}, []string{"A B", "02/01/2026", "Pass"}, 100, ""},
		{"learner, completion date, outcome", []string{"Learner", "Completion Date", "Outcome"}, []string{"A B", "2 Jan 2026", "Failed"}, 0, ""},
		{"user, date completed", []string{"User", "Date completed"}, []string{"A B", "2026-01-02"}, 100, "2026-01-02"},
		{"full name, pass/fail, score", []string{"Full Name", "Pass/Fail", "Score (%)"}, []string{"A B", "PASS", "80"}, 100, ""},
		{"completed as yes/no", []string{"Name", "Completed"}, []string{"A B", "Yes"}, 100, ""},
		{"completed as a date", []string{"Name", "Completed"}, []string{"A B", "2026-01-02"}, 100, "2026-01-02"},
		{"due date is not a completion date", []string{"Name", "Due date", "Status"}, []string{"A B", "2026-01-02", "Not started"}, 0, ""},
		{"course name is not a person", []string{"Course name", "Employee name", "Completion status", "Completed at"}, []string{"Phishing", "A B", "Complete", "2026-01-02 10:00"}, 100, "2026-01-02"},
		{"e-mail only", []string{"E-mail", "Status"}, []string{"a@b.c", "done"}, 100, ""},
		{"status beats a date", []string{"Name", "Completion date", "Status"}, []string{"A B", "2026-01-02", "Failed"}, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := flat(Training(sheet("s", c.header, c.row)))
			if err != nil {
				t.Fatal(err)
			}
			if f[evidence.KeyCompletionRate] != c.rate || f[evidence.KeyPeople] != 1.0 {
				t.Errorf("rate %v people %v, want %v and 1", f[evidence.KeyCompletionRate], f[evidence.KeyPeople], c.rate)
			}
			got, _ := f[evidence.KeyNewestCompletion].(string)
			if got != c.date {
				t.Errorf("newest_completion = %q, want %q", got, c.date)
			}
		})
	}
}

func TestReportsWithoutHeader(t *testing.T) {
	for _, doc := range []Document{
		csvDoc("Alice,2026-01-02,Completed", "Bob,2026-01-03,Completed"),
		sheet("s", row("Department", "Count"), row("Sales", "4")),
		{Text: "Everyone finished their training this year."},
	} {
		_, err := Training(doc)
		if !errors.Is(err, ErrNoHeader) || !strings.Contains(err.Error(), "completion date") {
			t.Errorf("Training(%q): err = %v, want ErrNoHeader naming the columns looked for", doc.Text, err)
		}
		_, err = Acknowledgements(doc)
		if !errors.Is(err, ErrNoHeader) || !strings.Contains(err.Error(), "signed on") {
			t.Errorf("Acknowledgements(%q): err = %v, want ErrNoHeader", doc.Text, err)
		}
	}
}

func TestStatusWords(t *testing.T) {
	cases := map[string]int{
		"Completed": 1, "complete": 1, "PASSED": 1, "Pass": 1, "Yes": 1, "y": 1, "✓": 1, "✔": 1, "Done": 1,
		"Signed": 1, "Acknowledged": 1, "Completed (late)": 1, "TRUE": 1,
		"Not completed": -1, "Incomplete": -1, "Failed": -1, "Fail": -1, "No": -1, "In progress": -1, "Overdue": -1,
		"Not started": -1, "Pending": -1, "Past due": 0, "Declined": -1, "Enrolled": -1, "false": -1,
		"": 0, "Exempt": 0, "n/a": 0,
	}
	for in, want := range cases {
		if got := status(in); got != want {
			t.Errorf("status(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestMissingIsNotDone: a status saying the signature or agreement is missing is not done in
// any language, and the same words without "missing" still are.
func TestMissingIsNotDone(t *testing.T) {
	cases := map[string]int{
		"Signature missing": -1, "Unterschrift fehlt": -1, "Bestätigung fehlend": -1, "Signature manquante": -1,
		"Falta firma": -1, "Firma faltante": -1, "Firma mancante": -1, "Manca la firma": -1,
		"Akkoord ontbreekt": -1, "Ontbrekend": -1, "Assinatura em falta": -1,
		"Signed": 1, "Unterschrieben": 1, "Signé": 1, "Firmado": 1, "Firmato": 1, "Akkoord": 1, "Assinado": 1,
	}
	for in, want := range cases {
		if got := status(in); got != want {
			t.Errorf("status(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestContractorWords(t *testing.T) {
	yes := []string{"Contractor", "contractors", "Consultant", "Temp", "Temporary staff", "External", "Third party",
		"third-party", "Agency worker", "Freelancer", "Subcontractor", "Non-employee"}
	no := []string{"Employee", "Permanent", "Full-time", "Part-time", "Contract manager? no", "Template", "Staff"}
	for _, s := range yes {
		if !contractorWords.MatchString(s) {
			t.Errorf("%q not seen as a contractor", s)
		}
	}
	for _, s := range no[:len(no)-2] {
		if contractorWords.MatchString(s) {
			t.Errorf("%q seen as a contractor", s)
		}
	}
}

// TestMinutesAttendees checks that the list of attendees is found under
// its heading in each of the seven languages.
func TestMinutesAttendees(t *testing.T) {
	want := []string{"Ana Ruiz", "Tom Brown", "Li Wei (Chair)"}
	for _, heading := range []string{"Attendees", "Teilnehmende", "Anwesend", "Présents", "Participants", "Asistentes",
		"Partecipanti", "Presenti", "Aanwezig", "Deelnemers", "Presentes"} {
		f, err := flat(Minutes(Document{Text: "Minutes\nDate: 2026-03-12\n" + heading + ": Ana Ruiz, Tom Brown, Li Wei (Chair)\n1. Opening"}))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := f[evidence.KeyAttendees].([]string); !slices.Equal(got, want) {
			t.Errorf("%s: attendees = %q, want %q", heading, got, want)
		}
	}
}

func TestMinutesMeetingDate(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"date of meeting", "Minutes\nDate of meeting: 12 March 2026\nNext meeting: 11 June 2026", "2026-03-12"},
		{"next meeting first", "Next meeting date: 11 June 2026\nMeeting date: 12 March 2026", "2026-03-12"},
		{"held on, a UK address is no sign of the order", "The review was held on 12/03/2026 in Leeds LS1 4AB.", ""},
		{"held on", "The review was held on 12/03/2026; the previous one on 25/11/2025.", "2026-03-12"},
		// Nothing tells 12 March from 3 December: kept doubtful, never a date.
		{"held on, order unknown", "The review was held on 12/03/2026.", ""},
		{"plain date label", "Agenda\nDate: 2026-03-12\nTime: 10:00", "2026-03-12"},
		{"dated title", "Management Review – 12 March 2026\nAttendees: A, B", "2026-03-12"},
		{"dated title, labelled date wins", "Management Review – 12 March 2026\nDate of meeting: 13 March 2026", "2026-03-13"},
		{"due dates are not the meeting", "Security review\nNotes\nItems\nAction: patch servers, due 30 April 2026", ""},
		{"approval is not the meeting", "Minutes\nof the\nreview\nApproved on 2 April 2026", ""},
		// The meeting's date told from the previous and next ones, in seven languages.
		{"en previous review held on", "Management review minutes\nThe previous review, held on 14.03.2025, agreed three actions.\nThe meeting was held on 12.03.2026.", "2026-03-12"},
		{"en next meeting held on", "ISMS review\nDate of meeting: 12.03.2026\nThe next meeting will be held on 10.06.2026.", "2026-03-12"},
		{"en previous review only", "Notes\nAgenda\nItems\nThe previous review held on 14.03.2025 closed all actions.", ""},
		{"de", "Protokoll der Managementbewertung\nVorherige Sitzung am 14.03.2025\nDatum der Sitzung: 12.03.2026\nNächste Sitzung am 10.06.2026", "2026-03-12"},
		{"de, previous first in prose", "Protokoll\nTeilnehmer\nPunkte\nDie letzte Bewertung vom 14.03.2025 wurde bestätigt.\nSitzungsdatum: 12.03.2026", "2026-03-12"},
		{"fr", "Compte rendu de la revue de direction\nLa réunion précédente du 14/03/2025 a été approuvée.\nDate de la réunion : 12/03/2026\nProchaine réunion le 10/06/2026", "2026-03-12"},
		{"es", "Acta de la revisión por la dirección\nReunión anterior del 14/03/2025\nFecha de la reunión: 12/03/2026\nPróxima reunión el 10/06/2026", "2026-03-12"},
		{"it", "Verbale del riesame della direzione\nRiunione precedente del 14/03/2025\nData della riunione: 12/03/2026\nProssima riunione il 10/06/2026", "2026-03-12"},
		{"nl", "Notulen directiebeoordeling\nVorige vergadering op 14-03-2025\nDatum vergadering: 12-03-2026\nVolgende vergadering op 10-06-2026", "2026-03-12"},
		{"pt", "Ata da revisão pela direção\nReunião anterior de 14/03/2025\nData da reunião: 12/03/2026\nPróxima reunião em 10/06/2026", "2026-03-12"},
		{"action due date", "Verbale\nPresenti\nPunti\nAzione: aggiornare la politica, scadenza 30/04/2026", ""},
		// Minutes approving an earlier meeting's are not of that meeting;
		// the meeting's own date under a form's field for when it was held.
		{"en approved minutes", "ISMS management review\nChair: R. Okafor\nItems\n1. Minutes of the meeting held on 3 November 2025 adopted without changes.\nThe review took place on 9 February 2026.", "2026-02-09"},
		{"de approved minutes", "Managementbewertung\nTeilnehmer\nPunkte\nTOP 1: Das Protokoll der Besprechung, abgehalten am 04.11.2025, wird genehmigt.\nSitzung vom 17.02.2026", "2026-02-17"},
		{"fr approved minutes", "Revue de direction\nOrdre du jour\nPoints\nLe procès-verbal de la réunion tenue le 05/11/2025 est approuvé.\nDate de tenue : 16/02/2026", "2026-02-16"},
		{"es approved minutes", "Revisión por la dirección\nOrden del día\nPuntos\nSe aprueba el acta de la sesión celebrada el 6 de noviembre de 2025.\nFecha de la sesión: 12 de febrero de 2026", "2026-02-12"},
		{"it approved minutes", "Riesame della direzione\nPunti\nOrdine\nApprovato il verbale della riunione tenutasi il 07/11/2025.\nData di svolgimento: 13/02/2026", "2026-02-13"},
		{"nl approved minutes", "Directiebeoordeling\nAgenda\nPunten\nDe notulen van de vergadering gehouden op 08-11-2025 zijn vastgesteld.\nDatum bijeenkomst: 14-02-2026", "2026-02-14"},
		{"pt approved minutes", "Revisão pela direção\nOrdem\nPontos\nFoi aprovada a ata da reunião realizada em 10 de novembro de 2025.\nData de realização: 16 de fevereiro de 2026", "2026-02-16"},
		{"de Niederschrift confirmed", "Managementbewertung\nTeilnehmer\nPunkte\n2. Die Niederschrift der Sitzung vom 21.10.2025 wird ohne Änderung bestätigt.\nDatum der Sitzung: 19.01.2026", "2026-01-19"},
		{"fr record of decisions adopted", "Revue de direction\nOrdre du jour\nPoints\n1. Le relevé de décisions de la séance du 2 octobre 2025 est adopté.\nSéance tenue le 20 janvier 2026", "2026-01-20"},
		{"it resoconto adopted", "Riesame della direzione\nPunti\nOrdine\nIl resoconto della seduta del 09/10/2025 è adottato all'unanimità.\nData della seduta: 22/01/2026", "2026-01-22"},
		// Only the earlier meeting's date: this meeting's is not known.
		{"only the earlier", "Review\nItems\nNotes\nThe minutes of the review held on 3 November 2025 were approved.", ""},
	}
	for _, c := range cases {
		f, err := flat(Minutes(Document{Text: c.text}))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := f[evidence.KeyMeetingDate].(string); got != c.want {
			t.Errorf("%s: meeting_date = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestMinutesTopics(t *testing.T) {
	cases := []struct {
		line  string
		topic string
	}{
		{"Training completion rate is 91%.", evidence.TopicTrainingMetrics},
		{"Awareness e-learning: 40 of 45 staff finished.", evidence.TopicTrainingMetrics},
		{"Phishing simulation click rate 4%.", evidence.TopicTrainingMetrics},
		{"Two policy violations were recorded.", evidence.TopicPolicyViolations},
		{"Breaches of the clean desk policy were discussed.", evidence.TopicPolicyViolations},
		{"One disciplinary case opened.", evidence.TopicPolicyViolations},
		{"Security incidents: none.", evidence.TopicIncidents},
		{"A personal data breach was reported to the regulator.", evidence.TopicIncidents},
		{"Internal audit findings reviewed.", evidence.TopicAuditFindings},
		{"Two minor non-conformities remain open.", evidence.TopicAuditFindings},
		{"Action items", evidence.TopicActionItems},
		{"Actions arising from the last meeting were closed.", evidence.TopicActionItems},
		// The other languages, worded unlike the world corpus.
		{"Die Quote der abgeschlossenen Sicherheitsschulungen liegt bei 87 %.", evidence.TopicTrainingMetrics},
		{"Taux de participation à la sensibilisation : 93 %.", evidence.TopicTrainingMetrics},
		{"El 88 % de la plantilla completó la formación de concienciación.", evidence.TopicTrainingMetrics},
		{"Dos incumplimientos de la política de contraseñas.", evidence.TopicPolicyViolations},
		{"Drie schendingen van het wachtwoordbeleid.", evidence.TopicPolicyViolations},
		{"Vorfälle im Berichtszeitraum: keine meldepflichtigen.", evidence.TopicIncidents},
		{"Incidenti gestiti nel periodo: quattro.", evidence.TopicIncidents},
		{"Bevindingen van de externe audit besproken.", evidence.TopicAuditFindings},
		{"Resultados da auditoria interna apresentados.", evidence.TopicAuditFindings},
		{"Maßnahmenplan", evidence.TopicActionItems},
		// Disciplinary measures, infringements and leaks, worded otherwise.
		{"Zwei Disziplinarverfahren wurden eröffnet.", evidence.TopicPolicyViolations},
		{"Une procédure disciplinaire est en cours.", evidence.TopicPolicyViolations},
		{"Tres infracciones de la política de uso aceptable.", evidence.TopicPolicyViolations},
		{"Due infrazioni della politica sulle password.", evidence.TopicPolicyViolations},
		{"Vier inbreuken op het clean-deskbeleid.", evidence.TopicPolicyViolations},
		{"Duas infrações à política de ecrã limpo.", evidence.TopicPolicyViolations},
		{"Drie beveiligingsincidenten gemeld in het kwartaal.", evidence.TopicIncidents},
		{"Une fuite de données a été notifiée à la CNIL.", evidence.TopicIncidents},
		{"Se notificó una brecha de seguridad a la AEPD.", evidence.TopicIncidents},
		{"Azioni:", evidence.TopicActionItems},
		// An audit's observations, and incidents in a Dutch compound.
		{"La auditoría interna detectó tres observaciones.", evidence.TopicAuditFindings},
		{"A auditoria interna registou duas observações.", evidence.TopicAuditFindings},
		{"L'audit interno ha formulato due osservazioni.", evidence.TopicAuditFindings},
		{"Der interne Audit ergab zwei Beobachtungen.", evidence.TopicAuditFindings},
		{"Incidentregistratie: twee meldingen afgehandeld.", evidence.TopicIncidents},
		// Departures from a policy, worded as deviations, exceptions or a
		// failure to comply, in the seven languages.
		{"Deviations from the acceptable use policy: two laptops left unlocked.", evidence.TopicPolicyViolations},
		{"Policy exceptions granted this quarter: three.", evidence.TopicPolicyViolations},
		{"Abweichungen von der Passwortrichtlinie wurden zweimal festgestellt.", evidence.TopicPolicyViolations},
		{"Richtlinienabweichungen: ein Mitarbeiter nutzte einen privaten USB-Stick.", evidence.TopicPolicyViolations},
		{"Écarts par rapport à la politique de sécurité : un poste non verrouillé.", evidence.TopicPolicyViolations},
		{"Desviaciones de la política de uso aceptable: una cuenta compartida.", evidence.TopicPolicyViolations},
		{"Scostamenti dalla politica di sicurezza: una password condivisa.", evidence.TopicPolicyViolations},
		{"Inadempienze rispetto alla politica sulle password: due.", evidence.TopicPolicyViolations},
		{"Afwijkingen van beleid: een medewerker deelde meetgegevens via een persoonlijke cloudmap.", evidence.TopicPolicyViolations},
		{"Beleidsafwijkingen in het kwartaal: geen.", evidence.TopicPolicyViolations},
		{"Desvios à política de segurança: um colaborador partilhou uma palavra-passe.", evidence.TopicPolicyViolations},
		{"Não cumprimento da política de secretária limpa em dois postos.", evidence.TopicPolicyViolations},
		// Headings of the actions agreed or still open.
		{"Vereinbarte Maßnahmen", evidence.TopicActionItems},
		{"Actions convenues :", evidence.TopicActionItems},
		{"Acciones acordadas", evidence.TopicActionItems},
		{"Azioni concordate", evidence.TopicActionItems},
		{"Afgesproken acties", evidence.TopicActionItems},
		{"Ações acordadas:", evidence.TopicActionItems},
		// A sentence a PDF broke over two lines is read whole.
		{"Programa de auditorias: a auditoria interna não encontrou nenhuma não\nconformidade.", evidence.TopicAuditFindings},
	}
	for _, c := range cases {
		m, _ := Minutes(Document{Text: c.line})
		f := evidence.Facts{Minutes: &m}
		topics := f.Values()[evidence.KeyTopics].(map[string]bool)
		for topic, on := range topics {
			if on != (topic == c.topic) {
				t.Errorf("%q: topic %s = %v", c.line, topic, on)
			}
		}
		if q := f.Quotes()[evidence.KeyTopics+"."+c.topic]; q != strings.ReplaceAll(c.line, "\n", " ") {
			t.Errorf("%q: quote = %q", c.line, q)
		}
	}
	for _, none := range []string{"No new actions were agreed.", "Es wurden keine neuen Maßnahmen beschlossen.", "Aucune nouvelle action n'a été décidée."} {
		f, _ := flat(Minutes(Document{Text: none}))
		if f[evidence.KeyTopics].(map[string]bool)[evidence.TopicActionItems] {
			t.Errorf("%q counts as action items", none)
		}
	}
	// A line that ends its sentence is not run on into the next one.
	f, _ := flat(Minutes(Document{Text: "Internal audit programme agreed.\nthree observations on the supplier list"}))
	if f[evidence.KeyTopics].(map[string]bool)[evidence.TopicAuditFindings] {
		t.Error("a finished sentence was read with the next line")
	}
	// A deviation with no policy is an audit's, not a policy violation.
	for _, audit := range []string{"Die Abweichungen aus dem internen Audit sind behoben.", "Afwijkingen uit de interne audit zijn gesloten.", "Les écarts de l'audit interne sont clos."} {
		f, _ := flat(Minutes(Document{Text: audit}))
		if topics := f[evidence.KeyTopics].(map[string]bool); topics[evidence.TopicPolicyViolations] || !topics[evidence.TopicAuditFindings] {
			t.Errorf("%q: topics %v, want audit findings alone", audit, topics)
		}
	}
	f, _ = flat(Minutes(Document{Text: "We talked about training plans."}))
	if f[evidence.KeyTopics].(map[string]bool)[evidence.TopicTrainingMetrics] {
		t.Error("training mentioned without any figure counts as training metrics")
	}
}

func TestAcknowledgementShare(t *testing.T) {
	now := time.Date(2026, time.March, 1, 15, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		facts values
		want  float64
		ok    bool
	}{
		{"all recent", values{evidence.KeyPeople: 2.0, evidence.KeySignatureDates: []string{"2026-01-01", "2025-06-01"}}, 100, true},
		{"one stale", values{evidence.KeyPeople: 2.0, evidence.KeySignatureDates: []string{"2026-01-01", "2024-06-01"}}, 50, true},
		{"365 days ago still counts", values{evidence.KeyPeople: 1.0, evidence.KeySignatureDates: []string{"2025-03-01"}}, 100, true},
		{"366 days ago does not", values{evidence.KeyPeople: 1.0, evidence.KeySignatureDates: []string{"2025-02-28"}}, 0, true},
		{"unsigned people count against", values{evidence.KeyPeople: 3.0, evidence.KeySignatureDates: []string{"2026-01-01"}}, 33.3, true},
		{"future dates do not count", values{evidence.KeyPeople: 1.0, evidence.KeySignatureDates: []string{"2026-03-02"}}, 0, true},
		{"from JSON", values{evidence.KeyPeople: 2.0, evidence.KeySignatureDates: []any{"2026-01-01", "garbage"}}, 50, true},
		{"int people", values{evidence.KeyPeople: 1, evidence.KeySignatureDates: []string{"2026-01-01"}}, 100, true},
		{"no people", values{evidence.KeyPeople: 0.0, evidence.KeySignatureDates: []string{}}, 0, false},
		{"no dates fact", values{evidence.KeyPeople: 2.0}, 0, false},
	}
	for _, c := range cases {
		log := evidence.FromValues(c.facts).Acknowledgements
		if log == nil {
			log = &evidence.AcknowledgementLog{}
		}
		got, ok := AcknowledgementShare(*log, now)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: share = %v, %v; want %v, %v", c.name, got, ok, c.want, c.ok)
		}
	}
	f, err := Acknowledgements(csvDoc("Name,Signed on", "A,2026-02-01", "B,2024-01-01", "A,2023-01-01", "C,"))
	if err != nil {
		t.Fatal(err)
	}
	if share, _ := AcknowledgementShare(f, now); share != 33.3 {
		t.Errorf("share from a log = %v, want 33.3 (A recent, B stale, C unsigned)", share)
	}
}

func TestFor(t *testing.T) {
	doc := Document{Kind: "pdf", Text: "Onboarding checklist: security briefing, policy acknowledgement.", Pages: 2}
	read, err := For("onboarding_checklist", doc)
	if err != nil {
		t.Fatal(err)
	}
	f := read.Values()
	if len(f) != 2 || f[evidence.KeyPages] != 2.0 || f[evidence.KeyWords] != 6.0 {
		t.Errorf("generic facts = %v", f)
	}
	for _, q := range []string{evidence.QuestionCertificate, evidence.QuestionTrainingReport, evidence.QuestionReviewMinutes, evidence.QuestionAcknowledgements} {
		if _, err := For(q, Document{Kind: "pdf", Pages: 3, Text: " \n "}); !errors.Is(err, ErrNoText) {
			t.Errorf("%s of an image-only PDF: err = %v, want ErrNoText", q, err)
		}
	}
	read, _ = For(evidence.QuestionTrainingReport, csvDoc("Name,Status", "A,Passed"))
	f = read.Values()
	if _, ok := f[evidence.KeyWords]; !ok {
		t.Error("kind-specific facts come without the generic ones")
	}
	if _, ok := f[evidence.KeyPages]; ok {
		t.Error("a CSV has no pages, but facts say it has")
	}
}

func TestFactsAreJSONReady(t *testing.T) {
	for _, s := range slices.Concat(corpus, heldOut) {
		f, err := For(s.question, s.doc)
		if err != nil {
			continue
		}
		for k, v := range f.Values() {
			switch v.(type) {
			case string, float64, bool, []string, map[string]bool, map[string]string:
			default:
				t.Errorf("%s: fact %s is a %T", s.name, k, v)
			}
			if str, ok := v.(string); ok && strings.HasSuffix(k, "_on") || strings.HasPrefix(k, "newest") || strings.HasPrefix(k, "oldest") || k == evidence.KeyMeetingDate {
				if _, err := time.Parse(time.DateOnly, str); err != nil {
					t.Errorf("%s: date fact %s = %q is not YYYY-MM-DD", s.name, k, str)
				}
			}
		}
	}
}

// An owner column is recognised by the headings minutes use for it in each language, so that
// minutes whose actions name their owners are never read as actions without owners.
func TestMinutesOwnerColumnHeadings(t *testing.T) {
	for _, c := range []struct{ lang, actions, action, owner string }{
		{"nl", "Afgesproken acties", "Actie", "Actiehouder"},
		{"it", "Azioni decise", "Azione", "Incaricato"},
		{"pt", "Ações acordadas", "Ação", "Atribuída a"},
		{"fr", "Actions décidées", "Action", "Porteur"},
		{"es", "Acciones acordadas", "Acción", "Asignado a"},
		{"en", "Agreed actions", "Action", "Action owner"},
	} {
		doc := Document{Kind: "pdf", Text: "Minutes\n" + c.actions + "\n# | " + c.action + " | " + c.owner + " | Due\n1 | Renew the contract | Bram Oosterhof | 01-12-2025",
			Tables: []Table{{Rows: [][]string{row("#", c.action, c.owner, "Due"), row("1", "Renew the contract", "Bram Oosterhof", "01-12-2025")}}}}
		facts, err := For(evidence.QuestionReviewMinutes, doc)
		if err != nil {
			t.Fatalf("%s: %v", c.lang, err)
		}
		if got := facts.Values()[evidence.KeyActionItemsHaveOwners]; got != true {
			t.Errorf("%s: actions headed %q: action_items_have_owners = %v, want true", c.lang, c.owner, got)
		}
	}
}

// ocrLine is a line as OCR reads it, with the confidence of each word, or
// one confidence for them all.
func ocrLine(text string, confs ...float64) ocr.Line {
	l := ocr.Line{Text: text, Confidence: 100}
	for i, w := range strings.Fields(text) {
		c := confs[min(i, len(confs)-1)]
		l.Words = append(l.Words, ocr.Word{Text: w, Confidence: c})
		l.Confidence = min(l.Confidence, c)
	}
	return l
}

// TestMinutesOwnerColumnInAScan checks that in scanned minutes whose
// actions stand under a heading, a smudged "#" or action header beside a
// clean owner header does not make the owners doubtful, while a header
// that is itself what says the table holds actions is doubted for each of
// its words.
func TestMinutesOwnerColumnInAScan(t *testing.T) {
	header := ocrLine("#\tMaßnahme\tVerantwortlich\tErledigung bis", 40, 56, 95, 94, 96)
	row1 := ocrLine("1\tNotfallplan testen\tVolkmar Brauneberg\t10. Mai 2025", 93, 95, 94, 96, 95, 94, 96, 95)
	for _, c := range []struct {
		name     string
		lines    []ocr.Line
		doubtful bool
	}{
		{"under a heading", []ocr.Line{ocrLine("Vereinbarte Maßnahmen", 96, 95), header, row1}, false},
		{"the header alone", []ocr.Line{header, row1}, true},
	} {
		var text []string
		for _, l := range c.lines {
			text = append(text, l.Text)
		}
		doc := Document{Kind: "png", Text: strings.Join(text, "\n"), OCR: &ocr.Text{Lines: c.lines}}
		facts, err := For(evidence.QuestionReviewMinutes, doc)
		if err != nil {
			t.Fatal(err)
		}
		owners := facts.Minutes.ActionItemsHaveOwners
		if owners.Doubtful() != c.doubtful || !c.doubtful && (!owners.Known || !owners.Value) {
			t.Errorf("%s: action_items_have_owners = %+v, want doubtful %v", c.name, owners, c.doubtful)
		}
	}
}

// TestMinutesTopicAbsentOnlyWhenReadWhole checks that a topic the minutes
// do not mention is absent only when the scan was read whole: a word OCR
// could barely read, or a scan read poorly throughout, may hide it.
func TestMinutesTopicAbsentOnlyWhenReadWhole(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []ocr.Line
		mean  float64
		whole bool
	}{
		{"clean", []ocr.Line{ocrLine("Security incidents: two phishing reports.", 94), ocrLine("Punkt 4: Regelverstöße besprochen.", 91)}, 93, true},
		{"a smudged word", []ocr.Line{ocrLine("Security incidents: two phishing reports.", 94), ocrLine("Punkt 4: Rcgclvcrst6fc besprochen.", 31)}, 88, false},
		{"a poor scan", []ocr.Line{ocrLine("Security incidents: two phishing reports.", 80), ocrLine("Punkt 4: Regelverstöße besprochen.", 70)}, 75, false},
		{"a lone speck", []ocr.Line{ocrLine("Security incidents: two phishing reports.", 94), ocrLine("'", 12)}, 92, true},
	} {
		var text []string
		for _, l := range c.lines {
			text = append(text, l.Text)
		}
		doc := Document{Kind: "png", Text: strings.Join(text, "\n"), OCR: &ocr.Text{Lines: c.lines, Confidence: c.mean}}
		m, err := Minutes(doc)
		if err != nil {
			t.Fatal(err)
		}
		if inc := m.Topics[evidence.TopicIncidents]; !inc.Known || !inc.Value {
			t.Errorf("%s: incidents = %+v, want true", c.name, inc)
		}
		audit := m.Topics[evidence.TopicAuditFindings]
		if c.whole && (!audit.Known || audit.Value) || !c.whole && !audit.Doubtful() {
			t.Errorf("%s: audit findings = %+v, want absent %v, doubtful %v", c.name, audit, c.whole, !c.whole)
		}
	}
}

// TestMinutesAttendeesOverLines checks that a list of attendees after its
// label goes on over the next line when a line ends in a comma or "and",
// and stops where a line ends the list.
func TestMinutesAttendeesOverLines(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Review\nPresent: Ada Voss, Bo Lind,\nCy Marr (chair)\n1. Opening", []string{"Ada Voss", "Bo Lind", "Cy Marr (chair)"}},
		{"Bewertung\nAnwesend: Ada Voss, Bo Lind und\nCy Marr\nTOP 1", []string{"Ada Voss", "Bo Lind", "Cy Marr"}},
		{"Revisão\nPresentes: Ada Voss; Bo Lind; Cy Marr e\nDi Oakes\n1. Abertura", []string{"Ada Voss", "Bo Lind", "Cy Marr", "Di Oakes"}},
		{"Review\nPresent: Ada Voss, Bo Lind\nThe chair opened the meeting.", []string{"Ada Voss", "Bo Lind"}},
		// A name cut at a line break, its surname on the next line.
		{"Revue\nPrésents : Ada Voss, Bo Lind, Cy\nMarr (secrétaire)\n1. Ouverture", []string{"Ada Voss", "Bo Lind", "Cy Marr"}},
		{"Review\nPresent: Ada Voss, Bo Lind, Cy\nMarr, Di Oakes\n1. Opening", []string{"Ada Voss", "Bo Lind", "Cy Marr", "Di Oakes"}},
		// A list of first names only is not cut: the next line is no surname.
		{"Review\nPresent: Ada, Bo, Cy\nDiscussion (item 1)", []string{"Ada", "Bo", "Cy"}},
		// Headings worded otherwise.
		{"Revue\nMembres présents : Ada Voss, Bo Lind\n1. Ouverture", []string{"Ada Voss", "Bo Lind"}},
		{"Revisión\nMiembros presentes: Ada Voss, Bo Lind\n1. Apertura", []string{"Ada Voss", "Bo Lind"}},
		{"Revisão\nPresenças: Ada Voss, Bo Lind\n1. Abertura", []string{"Ada Voss", "Bo Lind"}},
		{"Beoordeling\nAanwezige leden: Ada Voss, Bo Lind\n1. Opening", []string{"Ada Voss", "Bo Lind"}},
		{"Bewertung\nAnwesende Mitglieder: Ada Voss, Bo Lind\nTOP 1", []string{"Ada Voss", "Bo Lind"}},
		{"Riesame\nMembri presenti: Ada Voss, Bo Lind\n1. Apertura", []string{"Ada Voss", "Bo Lind"}},
		{"Review\nThose present: Ada Voss, Bo Lind\n1. Opening", []string{"Ada Voss", "Bo Lind"}},
		{"Review\nMembers attending: Ada Voss, Bo Lind,\nCy Marr (chaired by the first named; minutes taken by the last\nnamed)\n1. Opening", []string{"Ada Voss", "Bo Lind", "Cy Marr"}},
		{"Review\nPresent were: Ada Voss, Bo Lind\n1. Opening", []string{"Ada Voss", "Bo Lind"}},
		{"Bewertung\nTeilnehmende Mitglieder: Ada Voss, Bo Lind\nTOP 1", []string{"Ada Voss", "Bo Lind"}},
		{"Revue\nÉtaient présents : Ada Voss, Bo Lind\n1. Ouverture", []string{"Ada Voss", "Bo Lind"}},
		{"Revisión\nMiembros asistentes: Ada Voss, Bo Lind\n1. Apertura", []string{"Ada Voss", "Bo Lind"}},
		{"Riesame\nErano presenti: Ada Voss, Bo Lind\n1. Apertura", []string{"Ada Voss", "Bo Lind"}},
		{"Beoordeling\nAanwezigen: Ada Voss, Bo Lind\n1. Opening", []string{"Ada Voss", "Bo Lind"}},
		{"Revisão\nEstiveram presentes: Ada Voss, Bo Lind\n1. Abertura", []string{"Ada Voss", "Bo Lind"}},
	}
	for _, c := range cases {
		f, err := flat(Minutes(Document{Text: c.text}))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := f[evidence.KeyAttendees].([]string); !slices.Equal(got, c.want) {
			t.Errorf("%q: attendees = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestMinutesIncidentPlanIsNoIncident checks that testing the plan or
// process for incidents reviews no incident, while a line that also
// reviews incidents still counts.
func TestMinutesIncidentPlanIsNoIncident(t *testing.T) {
	for line, want := range map[string]bool{
		"Action 2: run a tabletop of the incident response plan by June.":   false,
		"Simulacro del plan de respuesta a incidentes previsto para marzo.": false,
		"Esercitazione del piano di risposta agli incidenti a maggio.":      false,
		"Testar o plano de resposta a incidentes até junho.":                false,
		"Mettre à jour la procédure de gestion des incidents.":              false,
		"Incident response plan tested; two incidents were reviewed.":       true,
		"Drei Sicherheitsvorfälle wurden besprochen.":                       true,
		"Het incidentresponsplan wordt in mei geoefend.":                    false,
		"Incidentbeheerproces herzien.":                                     false,
		"Incidentally, the audit was moved to May.":                         false,
	} {
		f, _ := flat(Minutes(Document{Text: line}))
		if got := f[evidence.KeyTopics].(map[string]bool)[evidence.TopicIncidents]; got != want {
			t.Errorf("%q: incidents = %v, want %v", line, got, want)
		}
	}
}
