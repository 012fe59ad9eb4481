package facts

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"assay/app/evidence"
)

// TestRealTables reads the training reports and acknowledgement logs that
// LibreOffice and Chromium made (testdata/tables, README there) through
// reading.Read and checks every fact and the text each was read from.
func TestRealTables(t *testing.T) {
	twoPages := "Employee ID | Employee Name | Department | Assigned Date | Due Date | Completion Date | Status"
	enHead := "User Name | Email | Department | Date Assigned | Due Date | Date Completed | Status"
	deHead := "Vorname | Name | Abteilung | Beschäftigungsart | Zugewiesen am | Fällig am | Abschlussdatum | Status"
	deSummary := `The rows disagree with the sheet "Übersicht", which says "Kurs | Zugewiesen | Abgeschlossen | Abschlussquote / Datenschutz-Grundlagen 2026 | 42 | 38 | 90.5%". `
	frHead := "Collaborateur | Document | Signé le | Statut"
	cases := []struct {
		file, question string
		want           values
		quotes         map[string]string
	}{
		{"training-two-pages-en.pdf", evidence.QuestionTrainingReport,
			values{evidence.KeyRows: 58.0, evidence.KeyPeople: 58.0, evidence.KeyCompleted: 50.0, evidence.KeyCompletionRate: 86.2,
				evidence.KeyNewestCompletion: "2026-03-27", evidence.KeyOldestCompletion: "2026-03-01", evidence.KeyPages: 2.0},
			map[string]string{evidence.KeyRows: twoPages, evidence.KeyCompletionRate: `50 of 58 rows completed under the header "` + twoPages + `"`,
				evidence.KeyNewestCompletion: "E1026 | Greta Braun | IT Operations | 05/01/2026 | 31/03/2026 | 27/03/2026 | Completed",
				evidence.KeyOldestCompletion: "E1027 | Hugo Krüger | People | 05/01/2026 | 31/03/2026 | 01/03/2026 | Completed"}},
		{"lms-two-sheets-en.xlsx", evidence.QuestionTrainingReport,
			values{evidence.KeyRows: 58.0, evidence.KeyPeople: 58.0, evidence.KeyCompleted: 50.0, evidence.KeyCompletionRate: 86.2,
				evidence.KeyNewestCompletion: "2026-03-27", evidence.KeyOldestCompletion: "2026-03-01"},
			map[string]string{evidence.KeyCompleted: enHead, evidence.KeyCompletionRate: `50 of 58 rows completed under the header "` + enHead + `"`,
				evidence.KeyNewestCompletion: "Greta Braun | greta.braun@example.com | IT Operations | 2026-01-05 | 2026-03-31 | 2026-03-27 | Completed"}},
		{"lms-two-sheets-de.xlsx", evidence.QuestionTrainingReport,
			values{evidence.KeyRows: 40.0, evidence.KeyPeople: 40.0, evidence.KeyCompleted: 35.0, evidence.KeyCompletionRate: 87.5,
				evidence.KeyNewestCompletion: "2026-03-27", evidence.KeyOldestCompletion: "2026-03-01", evidence.KeyContractorsIncluded: true},
			map[string]string{evidence.KeyCompleted: deSummary + deHead, evidence.KeyRows: deSummary + deHead,
				evidence.KeyCompletionRate:      clip(deSummary+`35 of 40 rows completed under the header "`+deHead+`"`, maxQuote),
				evidence.KeyContractorsIncluded: "Hugo | Koch | People | Extern | 2026-01-12 | 2026-03-31 | 2026-03-08 | abgeschlossen"}},
		{"acknowledgements-fr.pdf", evidence.QuestionAcknowledgements,
			values{evidence.KeyRows: 12.0, evidence.KeyPeople: 12.0, evidence.KeySignatures: 9.0,
				evidence.KeyNewestSignature: "2026-02-14", evidence.KeyOldestSignature: "2026-02-04"},
			map[string]string{evidence.KeySignatures: frHead, evidence.KeyNewestSignature: "Lukas Neumann | Politique de sécurité | 14/02/2026 | Signé"}},
	}
	for lang, head := range map[string]string{
		"fr": "Prénom | Nom | Service | Date d'attribution | Date d'échéance | Date d'achèvement | Statut",
		"es": "Nombre | Apellidos | Departamento | Fecha de asignación | Fecha límite | Fecha de finalización | Estado",
		"it": "Nome | Cognome | Reparto | Data di assegnazione | Scadenza | Data di completamento | Stato",
		"nl": "Voornaam | Achternaam | Afdeling | Toegewezen op | Uiterste datum | Voltooiingsdatum | Status",
		"pt": "Nome | Sobrenome | Departamento | Data de atribuição | Prazo | Data de conclusão | Situação",
	} {
		done := map[string]string{"fr": "Terminé", "es": "Completado", "it": "Completato", "nl": "Voltooid", "pt": "Concluído"}[lang]
		cases = append(cases, struct {
			file, question string
			want           values
			quotes         map[string]string
		}{"training-" + lang + ".xlsx", evidence.QuestionTrainingReport,
			values{evidence.KeyRows: 17.0, evidence.KeyPeople: 17.0, evidence.KeyCompleted: 14.0, evidence.KeyCompletionRate: 82.4,
				evidence.KeyNewestCompletion: "2026-03-16", evidence.KeyOldestCompletion: "2026-03-02"},
			map[string]string{evidence.KeyPeople: head,
				evidence.KeyNewestCompletion: "Paul | Schmidt | People | 2026-01-12 | 2026-03-31 | 2026-03-16 | " + done}})
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			read, err := For(c.question, readTable(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			facts, quotes := read.Values(), read.Quotes()
			for k, want := range c.want {
				if !reflect.DeepEqual(facts[k], want) {
					t.Errorf("%s = %#v, want %#v", k, facts[k], want)
				}
			}
			for k, want := range c.quotes {
				if quotes[k] != want {
					t.Errorf("quote of %s = %q, want %q", k, quotes[k], want)
				}
			}
		})
	}
}

// TestPrintedTablesWithTheirGrid checks that printed tables whose rows the
// text cannot tell apart are read from the grid the page draws: cells that
// wrap over several lines, and a table whose halves the text reads one
// after the other, taking them for columns of prose. Both were refused
// before the grid was read.
func TestPrintedTablesWithTheirGrid(t *testing.T) {
	for _, c := range []struct {
		file, question string
		want           values
	}{
		{"training-wrapped-en.pdf", evidence.QuestionTrainingReport, values{evidence.KeyRows: 30.0, evidence.KeyPeople: 30.0,
			evidence.KeyCompleted: 26.0, evidence.KeyCompletionRate: 86.7, evidence.KeyNewestCompletion: "2026-03-27", evidence.KeyOldestCompletion: "2026-03-01"}},
		{"acknowledgements-hr-de.pdf", evidence.QuestionAcknowledgements, values{evidence.KeyPeople: 24.0, evidence.KeySignatures: 21.0,
			evidence.KeyContractorsIncluded: true, evidence.KeyNewestSignature: "2026-02-24", evidence.KeyOldestSignature: "2026-02-01"}},
	} {
		f, err := For(c.question, readTable(t, c.file))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		got := f.Values()
		for k, want := range c.want {
			if !reflect.DeepEqual(got[k], want) {
				t.Errorf("%s: %s = %v, want %v", c.file, k, got[k], want)
			}
		}
	}
}

func readTable(t *testing.T, file string) Document {
	t.Helper()
	return readPath(t, filepath.Join("testdata", "tables", file), strings.TrimPrefix(filepath.Ext(file), "."))
}

func TestHeaderRolesInSevenLanguages(t *testing.T) {
	cases := map[string]string{
		"Completion Date": roleDate, "Assigned Date": roleOther, "Assignment date": roleOther, "Date of assignment": roleOther,
		"Completion due date": roleOther, "Last access": roleOther, "Enrollment status": roleStatus, "Due Date": roleOther,
		"Abschlussdatum": roleDate, "Zugewiesen am": roleOther, "Fällig am": roleOther, "Unterschrieben am": roleDate, "Letzter Zugriff": roleOther,
		"Date d'achèvement": roleDate, "Date d'attribution": roleOther, "Date d'échéance": roleOther, "Signé le": roleDate, "Dernier accès": roleOther,
		"Fecha de finalización": roleDate, "Fecha de asignación": roleOther, "Fecha límite": roleOther, "Firmado el": roleDate,
		"Data di completamento": roleDate, "Data di assegnazione": roleOther, "Scadenza": roleOther, "Firmato il": roleDate,
		"Voltooiingsdatum": roleDate, "Toegewezen op": roleOther, "Vervaldatum": roleOther, "Ondertekend op": roleDate,
		"Data de conclusão": roleDate, "Data de atribuição": roleOther, "Prazo": roleOther, "Assinado em": roleDate,
		"Mitarbeiter": roleName, "Collaborateur": roleName, "Empleado": roleName, "Dipendente": roleName, "Medewerker": roleName, "Funcionário": roleName,
		"Statut": roleStatus, "Estado": roleStatus, "Stato": roleStatus, "Situação": roleStatus, "Ergebnis": roleStatus,
		"Beschäftigungsart": roleType, "Type de contrat": roleType, "Nom du cours": roleIgnored, "Kursname": roleIgnored,
		// A header naming an act of completion or acknowledgement and the
		// preposition of its date heads the date of the act, in wordings
		// no list holds; other dates stay other dates.
		"Confirmed at": roleDate, "Erfolgreich absolviert am": roleDate, "Validée le": roleDate, "Enterado el": roleDate,
		"Approvato il": roleDate, "Voor gezien op": roleDate, "Concluída em": roleDate, "Preso visione in data": roleDate,
		"Assigned on": roleOther, "Ingeschreven op": roleOther, "Iniciado el": roleOther, "Reminder sent on": roleOther,
		"Contract end date": roleOther, "Engagement": roleType, "Rapporto di lavoro": roleType,
		"Signer e-mail": roleEmail, "Employee email": roleEmail, "Nome e cognome": roleName, "Nom, prénom": roleName,
		// The day something is due by is no completion, nor is its signer.
		"Complete by": roleOther, "Completed by": roleOther, "Abschluss bis": roleOther, "Erledigt bis": roleOther,
		"Accepté avant le": roleOther, "Firmado antes del": roleOther, "Da completare entro": roleOther, "Signed by": roleName,
		// The day a declaration of having read the policy was made.
		"Declared on": roleDate, "Declaration date": roleDate, "Erklärt am": roleDate, "Erklärungsdatum": roleDate,
		"Déclaré le": roleDate, "Date de déclaration": roleDate, "Declarado el": roleDate, "Fecha de declaración": roleDate,
		"Dichiarato il": roleDate, "Data della dichiarazione": roleDate, "Verklaard op": roleDate, "Datum verklaring": roleDate,
		"Declarado em": roleDate, "Data da declaração": roleDate, "Estado da declaração": roleStatus,
	}
	checkHeaderRoles(t, cases)
}

func TestStatusWordsInSevenLanguages(t *testing.T) {
	cases := map[string]int{
		"abgeschlossen": 1, "Bestanden": 1, "unterschrieben": 1, "nicht begonnen": -1, "in Bearbeitung": -1, "nicht bestanden": -1, "offen": -1,
		"Terminé": 1, "Réussi": 1, "Signé": 1, "Non commencé": -1, "En cours": -1, "Échoué": -1, "Non signé": -1,
		"Completado": 1, "Aprobado": 1, "Firmado": 1, "No iniciado": -1, "En curso": -1, "Suspendido": -1, "Pendiente": -1,
		"Completato": 1, "Superato": 1, "Firmato": 1, "Non iniziato": -1, "In corso": -1, "Non superato": -1,
		"Voltooid": 1, "Geslaagd": 1, "Ondertekend": 1, "Niet gestart": -1, "Bezig": -1, "Niet geslaagd": -1, "Gezakt": -1,
		"Concluído": 1, "Aprovado": 1, "Assinado": 1, "Não iniciado": -1, "Em andamento": -1, "Reprovado": -1,
		"Ja": 1, "Oui": 1, "Sí": 1, "Sim": 1, "Nein": -1, "Non": -1,
		// Having read, confirmed or taken note of a document, and what is
		// still to do.
		"Read": 1, "Confirmed": 1, "Approved": 1, "Unread": -1, "To acknowledge": -1, "Awaiting signature": -1,
		"Kenntnis genommen": 1, "Quittiert": 1, "Ungelesen": -1, "Zu unterschreiben": -1, "Noch nicht gelesen": -1,
		"Lu": 1, "Lu et acceptée": 1, "Confirmée": 1, "Pris connaissance": 1, "À signer": -1, "Non lu": -1,
		"Conforme": 1, "Enterada": 1, "Tomó conocimiento": 1, "Por leer": -1, "Sin leer": -1, "No conforme": -1,
		"Preso visione": 1, "Letto": 1, "Sottoscritta": 1, "Da leggere": -1, "Non ancora letto": -1,
		"Bevestigd": 1, "Kennis genomen": 1, "Gehaald": 1, "Te lezen": -1, "Nog niet bevestigd": -1,
		"Tomou conhecimento": 1, "Lido": 1, "Confirmada": 1, "Por assinar": -1, "Aguardando leitura": -1, "Não lido": -1,
		// Tests passed or failed, courses broken off or cancelled.
		"Apto": 1, "No apto": -1, "Idoneo": 1, "Non idoneo": -1, "Voldoende": 1, "Onvoldoende": -1, "Conseguido": 1,
		"Abgebrochen": -1, "Abandonné": -1, "Abandonado": -1, "Abbandonato": -1, "Afgebroken": -1, "Cancelled": -1,
		"Annulé": -1, "Cancelada": -1, "Annullato": -1, "Geannuleerd": -1, "Storniert": -1,
		// Declared having read the policy, or still to declare it.
		"Declared": 1, "Not declared": -1, "Undeclared": -1, "To declare": -1, "Erklärt": 1, "Nicht erklärt": -1, "Zu erklären": -1,
		"Déclarée": 1, "Non déclaré": -1, "À déclarer": -1, "Declarado": 1, "Por declarar": -1, "Sin declarar": -1,
		"Dichiarato": 1, "Non dichiarato": -1, "Da dichiarare": -1, "Verklaard": 1, "Niet verklaard": -1, "Te verklaren": -1,
		"Declarada": 1, "Não declarado": -1,
	}
	for in, want := range cases {
		if got := status(in); got != want {
			t.Errorf("status(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestNameSplitAcrossColumns(t *testing.T) {
	for _, head := range [][]string{{"Prénom", "Nom", "Statut"}, {"Nome", "Cognome", "Stato"}, {"Vorname", "Name", "Status"}} {
		// Two people who share a family name are two people.
		f, err := flat(Training(sheet("s", head, row("Anna", "Martin", "Terminé"), row("Paul", "Martin", "Terminé"))))
		if err != nil {
			t.Fatal(err)
		}
		if f[evidence.KeyPeople] != 2.0 {
			t.Errorf("%v: people = %v, want 2", head, f[evidence.KeyPeople])
		}
	}
}

func TestPrintedReportFurniture(t *testing.T) {
	doc := text(
		"Policy Acknowledgement Report",
		"Filters: Policy = Acceptable Use v2",
		"Employee Department Signed On Status",
		"Anna Schmidt Finance 01.02.2026 Signed",
		"Ben Müller Sales Pending",
		"Page 1 of 2",
		"Policy Acknowledgement Report",
		"Employee Department Signed On Status",
		"Clara Weber Sales 03.02.2026 Signed",
		"Printed on 04.03.2026 by admin",
		"Seite 2 von 2",
	)
	f, err := flat(Acknowledgements(doc))
	if err != nil {
		t.Fatal(err)
	}
	if f[evidence.KeyRows] != 3.0 || f[evidence.KeySignatures] != 2.0 || f[evidence.KeyNewestSignature] != "2026-02-03" {
		t.Errorf("rows %v signatures %v newest %v, want 3, 2 and 2026-02-03", f[evidence.KeyRows], f[evidence.KeySignatures], f[evidence.KeyNewestSignature])
	}
}

// TestWrappedHeaderIsRefused: a PDF whose header wraps over three lines
// (as a print with narrow columns makes it) has rows that wrap too; the
// middle line of the header must not be taken for the whole of it.
func TestWrappedHeaderIsRefused(t *testing.T) {
	doc := text(
		"Bewustwording informatiebeveiliging 2025",
		"\tSoort\tToegewezen\tUiterste\tDatum",
		"Naam\tAfdeling\tCursus\tStatus",
		"\tdienstverband\top\tdatum\tvoltooid",
		"Sanne\tBewustwording\t13-11-\tNiet",
		"\tHR\tMedewerker\t14-10-2025",
		"Visser\tinformatiebeveiliging 2025\t2025\tgestart",
	)
	if _, err := Training(doc); !errors.Is(err, ErrUnclearRows) {
		t.Errorf("err = %v, want ErrUnclearRows", err)
	}
}

// TestReportDatesInTheDocumentsOrder checks that a report's numeric dates
// are read in the order the document shows: by a date of the column that
// can only be read one way, by the document's language, and, when nothing
// shows it, kept doubtful with both readings rather than read day first.
func TestReportDatesInTheDocumentsOrder(t *testing.T) {
	cases := []struct {
		name, csv       string
		newest, oldest  string // "" when the fact must be doubtful
		readings        []evidence.Date
		signaturesKnown bool
	}{
		{"a day above 12 in the column", "Name,Signed on\nAna Ruiz,03/04/2026\nTom Brown,14/03/2026\n", "2026-04-03", "2026-03-14", nil, true},
		{"a month above 12 in the column", "Name,Signed on\nAna Ruiz,03/04/2026\nTom Brown,03/14/2026\n", "2026-03-14", "2026-03-04", nil, true},
		{"German words", "Name,Unterschrieben am,Abteilung\nAna Ruiz,03/04/2026,und die der das mit für Entwicklung\nTom Brown,02/04/2026,Vertrieb\n", "2026-04-03", "2026-04-02", nil, true},
		{"nothing shows the order", "Name,Signed on\nAna Ruiz,03/04/2026\nTom Brown,02/05/2026\n", "", "", []evidence.Date{"2026-05-02", "2026-03-04"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Acknowledgements(Document{Kind: "csv", Text: c.csv})
			if err != nil {
				t.Fatal(err)
			}
			if c.newest == "" {
				if !a.NewestSignature.Doubtful() || !reflect.DeepEqual(a.NewestSignature.Readings, c.readings) {
					t.Errorf("newest signature = %+v, want doubtful between %v", a.NewestSignature, c.readings)
				}
			} else if a.NewestSignature.Value != evidence.Date(c.newest) || a.OldestSignature.Value != evidence.Date(c.oldest) || !a.NewestSignature.Known {
				t.Errorf("signatures %+v to %+v, want %s to %s", a.OldestSignature, a.NewestSignature, c.oldest, c.newest)
			}
			if a.SignatureDates.Known != c.signaturesKnown {
				t.Errorf("signature dates known = %v, want %v (%+v)", a.SignatureDates.Known, c.signaturesKnown, a.SignatureDates)
			}
			if tr, err := Training(Document{Kind: "csv", Text: c.csv}); err != nil || tr.Completed.Value != 2 {
				t.Errorf("training: %v completed, err %v; want 2 whatever the order", tr.Completed.Value, err)
			} else if got := tr.NewestCompletion.Doubtful(); got != (c.newest == "") {
				t.Errorf("training newest completion doubtful = %v (%+v)", got, tr.NewestCompletion)
			}
		})
	}
}

// TestAcknowledgementLogsInSevenLanguages reads acknowledgement logs whose
// headers name the person, the act and its date as HR systems of each
// language word them: the act as a status column beside the date of the
// act, the date column headed by the act and a preposition, statuses of
// what is still to do, and a type column telling staff from contractors.
func TestAcknowledgementLogsInSevenLanguages(t *testing.T) {
	cases := []struct {
		lang        string
		doc         Document
		people      float64
		signatures  float64
		newest      string
		oldest      string
		contractors any // nil when the log cannot say
	}{
		{"en", sheet("Log",
			row("Policy read-receipt export"),
			row("Signer", "Team", "Acknowledgement", "Read and understood on"),
			row("Imogen Tarrant", "Finance", "Read", "2026-02-03"),
			row("Oswin Pellow", "Sales", "To sign", ""),
			row("Hester Quayle", "Finance", "Read", "2026-02-11")), 3, 2, "2026-02-11", "2026-02-03", nil},
		{"de", sheet("Kenntnisnahmen",
			row("Vor- und Nachname", "Bereich", "Arbeitsverhältnis", "Zustimmung", "Erfolgreich bestätigt am"),
			row("Wiebke Störmer", "Einkauf", "Festanstellung", "Kenntnis genommen", "04.02.2026"),
			row("Lorenz Habicht", "Vertrieb", "Leiharbeitnehmer", "Zu unterschreiben", ""),
			row("Edda Quast", "Einkauf", "Festanstellung", "Kenntnis genommen", "19.01.2026")), 3, 2, "2026-02-04", "2026-01-19", true},
		{"fr", sheet("Registre",
			row("Prénom et nom", "Service", "Accusé de lecture", "Validée le"),
			row("Ysoline Garnier", "Achats", "Confirmé", "12/01/2026"),
			row("Firmin Lacombe", "Paie", "À lire", ""),
			row("Odile Renaud", "Achats", "Confirmé", "23/01/2026")), 3, 2, "2026-01-23", "2026-01-12", nil},
		{"es", sheet("Registro",
			row("Apellidos y nombre", "Área", "Tipo de relación", "Conformidad", "Enterado el"),
			row("Quintana Ruiz, Leire", "Compras", "Plantilla", "Conforme", "15/01/2026"),
			row("Ferrer Soto, Unai", "Soporte", "Plantilla", "Por firmar", ""),
			row("Olmedo Gil, Nerea", "Compras", "Plantilla", "Enterado", "28/01/2026")), 3, 2, "2026-01-28", "2026-01-15", false},
		{"it", sheet("Registro",
			row("Cognome e nome", "Reparto", "Tipologia", "Sottoscrizione", "Approvato il"),
			row("Ferraresi Ilaria", "Acquisti", "Dipendente", "Sottoscritto", "09/02/2026"),
			row("Bortot Ivano", "Logistica", "Somministrato", "Da firmare", ""),
			row("Zanin Greta", "Acquisti", "Dipendente", "Sottoscritto", "27/01/2026")), 3, 2, "2026-02-09", "2026-01-27", true},
		{"nl", sheet("Overzicht",
			row("Naam medewerker", "Afdeling", "Soort dienstverband", "Bevestiging", "Voor gezien op"),
			row("Ilse Bosma", "Inkoop", "Vast", "Bevestigd", "02-02-2026"),
			row("Gijs Hendriks", "Logistiek", "Vast", "Te ondertekenen", ""),
			row("Noor de Wit", "Inkoop", "Vast", "Bevestigd", "13-01-2026")), 3, 2, "2026-02-02", "2026-01-13", false},
		{"pt", sheet("Registo",
			row("Nome do colaborador", "Tipo de relação", "Ciência", "Concluída em"),
			row("Leonor Abrantes", "Efetivo", "Lido", "21/01/2026"),
			row("Duarte Quaresma", "Prestador de serviços", "Por ler", ""),
			row("Matilde Salgueiro", "Efetivo", "Lido", "30/01/2026")), 3, 2, "2026-01-30", "2026-01-21", true},
		// An HR system's log of declarations, its dates with the time.
		{"pt declarations", sheet("Registo",
			row("Extraído em: 14/02/2026"),
			row("Formando", "N.º mecanográfico", "Centro de custo", "Estado da declaração", "Declarado em"),
			row("Leonor Pardal", "14281", "Administrativo", "Declarado", "31/01/2026 14:37"),
			row("Rosário Sá", "14099", "Arquivo", "Por declarar", ""),
			row("Inês Sarmento", "19069", "Comercial", "Declarado", "06/01/2026 09:13")), 3, 2, "2026-01-31", "2026-01-06", nil},
		{"de declarations", sheet("Erklärungen",
			row("Mitarbeiter", "Kostenstelle", "Status der Erklärung", "Erklärt am"),
			row("Wiebke Störmer", "4100", "Erklärt", "04.02.2026 10:12"),
			row("Lorenz Habicht", "4200", "Nicht erklärt", "")), 2, 1, "2026-02-04", "2026-02-04", nil},
		{"it declarations", sheet("Dichiarazioni",
			row("Dipendente", "Centro di costo", "Stato", "Data della dichiarazione"),
			row("Ilaria Ferraresi", "Acquisti", "Dichiarato", "27/01/2026"),
			row("Ivano Bortot", "Logistica", "Da dichiarare", "")), 2, 1, "2026-01-27", "2026-01-27", nil},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			f, err := flat(Acknowledgements(c.doc))
			if err != nil {
				t.Fatal(err)
			}
			want := values{evidence.KeyPeople: c.people, evidence.KeySignatures: c.signatures,
				evidence.KeyNewestSignature: c.newest, evidence.KeyOldestSignature: c.oldest, evidence.KeyContractorsIncluded: c.contractors}
			for k, w := range want {
				if !reflect.DeepEqual(f[k], w) {
					t.Errorf("%s = %#v, want %#v", k, f[k], w)
				}
			}
		})
	}
}

// TestActColumnOfNeitherDatesNorStatuses checks that a column headed by
// the act ("Signature", "Firma") whose cells are neither dates nor
// statuses (typed names, a company) decides nothing: the date column does.
func TestActColumnOfNeitherDatesNorStatuses(t *testing.T) {
	for _, head := range [][]string{{"Name", "Signature", "Signed on"}, {"Name", "Firma", "Unterschrieben am"}} {
		f, err := flat(Acknowledgements(sheet("s", head,
			row("Ada Voss", "Ada Voss", "2026-02-01"), row("Bo Lind", "Kessler GmbH", ""), row("Cy Marr", "C. Marr", "2026-02-05"))))
		if err != nil {
			t.Fatalf("%v: %v", head, err)
		}
		if f[evidence.KeySignatures] != 2.0 || f[evidence.KeyNewestSignature] != "2026-02-05" {
			t.Errorf("%v: signatures %v, newest %v; want 2 and 2026-02-05", head, f[evidence.KeySignatures], f[evidence.KeyNewestSignature])
		}
	}
}

// TestTwoCompletionColumns reads logs whose header words the act twice, once over its state and
// once over its day ("Sign-off | Signed off"), in either order: each column is filed by its cells.
func TestTwoCompletionColumns(t *testing.T) {
	for _, head := range [][]string{{"Learner", "Sign-off", "Signed off"}, {"Name", "Signed off", "Sign-off"}, {"Naam", "Getekend", "Ondertekend"}} {
		state, day := 1, 2
		if head[1] == "Signed off" {
			state, day = 2, 1
		}
		rows := [][]string{head}
		for _, r := range [][2]string{{"Signed off", "2025-05-29"}, {"Outstanding", ""}, {"Signed off", "2025-06-08"}, {"Not signed", "2025-06-01"}} {
			cells := []string{fmt.Sprintf("Person %d", len(rows)), "", ""}
			cells[state], cells[day] = r[0], r[1]
			rows = append(rows, cells)
		}
		f, err := flat(Acknowledgements(sheet("s", rows...)))
		if err != nil {
			t.Fatalf("%v: %v", head, err)
		}
		if f[evidence.KeyPeople] != 4.0 || f[evidence.KeySignatures] != 2.0 || f[evidence.KeyNewestSignature] != "2025-06-08" ||
			f[evidence.KeyOldestSignature] != "2025-05-29" {
			t.Errorf("%v: people %v, signatures %v, newest %v, oldest %v; want 4, 2, 2025-06-08, 2025-05-29", head,
				f[evidence.KeyPeople], f[evidence.KeySignatures], f[evidence.KeyNewestSignature], f[evidence.KeyOldestSignature])
		}
	}
}

// TestTrainingHeadersOfActs reads training exports whose completion date
// is headed by the act ("Gehaald op") beside dates that are no completion
// ("Uiterlijk", a deadline), and whose type column is worded otherwise.
func TestTrainingHeadersOfActs(t *testing.T) {
	f, err := flat(Training(csvDoc(
		"Deelnemer;Leertraject;Ingeschreven op;Uiterlijk;Gehaald op;Uitslag",
		"Ilse Bosma;Veilig online;02-01-2026;02-02-2026;20-01-2026;Gehaald",
		"Gijs Hendriks;Veilig online;02-01-2026;02-02-2026;;Gestart",
		"Noor de Wit;Veilig online;03-01-2026;03-02-2026;14-01-2026;Gehaald")))
	if err != nil {
		t.Fatal(err)
	}
	if f[evidence.KeyCompleted] != 2.0 || f[evidence.KeyNewestCompletion] != "2026-01-20" || f[evidence.KeyOldestCompletion] != "2026-01-14" {
		t.Errorf("completed %v, %v to %v; want 2, 2026-01-14 to 2026-01-20", f[evidence.KeyCompleted], f[evidence.KeyOldestCompletion], f[evidence.KeyNewestCompletion])
	}
	for engagement, want := range map[string]bool{"Permanent": false, "Contractor": true} {
		f, err := flat(Training(csvDoc(
			"Learner,Engagement,Deadline,Date achieved,Progress",
			"Ada Voss,Permanent,2026-02-01,2026-01-20,Passed",
			"Bo Lind,"+engagement+",2026-02-01,,Past deadline")))
		if err != nil {
			t.Fatal(err)
		}
		if f[evidence.KeyContractorsIncluded] != want || f[evidence.KeyCompleted] != 1.0 {
			t.Errorf("%s: contractors %v, completed %v; want %v and 1", engagement, f[evidence.KeyContractorsIncluded], f[evidence.KeyCompleted], want)
		}
	}
}

// TestPrintedActHeader reads a printed log whose date column is headed by
// the act and the preposition of its date, in words no list holds.
func TestPrintedActHeader(t *testing.T) {
	doc := text(
		"Registo de leitura da política",
		"Colaborador Direção Situação Ciência em",
		"Leonor Abrantes Compras Ciente 21/01/2026",
		"Duarte Quaresma Compras Por ler",
		"Matilde Salgueiro Finanças Ciente 30/01/2026",
	)
	f, err := flat(Acknowledgements(doc))
	if err != nil {
		t.Fatal(err)
	}
	if f[evidence.KeyPeople] != 3.0 || f[evidence.KeySignatures] != 2.0 || f[evidence.KeyNewestSignature] != "2026-01-30" {
		t.Errorf("people %v, signatures %v, newest %v; want 3, 2 and 2026-01-30", f[evidence.KeyPeople], f[evidence.KeySignatures], f[evidence.KeyNewestSignature])
	}
}

// TestContractorFlagColumns checks that a column asking whether the person
// is a contractor says so by yes, or by the initial of yes in the
// language, and that its no says no contractor is listed.
func TestContractorFlagColumns(t *testing.T) {
	cases := []struct {
		head []string
		yes  string
		no   string
	}{
		{[]string{"Name", "Contractor?", "Signed on"}, "Yes", "No"},
		{[]string{"Name", "Extern (J/N)", "Unterschrieben am"}, "J", "N"},
		{[]string{"Nom", "Prestataire (O/N)", "Signé le"}, "O", "N"},
		{[]string{"Nombre", "Externo (S/N)", "Firmado el"}, "S", "N"},
		{[]string{"Nome", "Esterno", "Firmato il"}, "Sì", "No"},
	}
	for _, c := range cases {
		for _, flag := range []string{c.yes, c.no} {
			f, err := flat(Acknowledgements(sheet("s", c.head,
				row("Ada Voss", c.no, "2026-02-01"), row("Bo Lind", flag, "2026-02-03"))))
			if err != nil {
				t.Fatalf("%v: %v", c.head, err)
			}
			if want := flag == c.yes; f[evidence.KeyContractorsIncluded] != want {
				t.Errorf("%v with %q: contractors = %v, want %v", c.head, flag, f[evidence.KeyContractorsIncluded], want)
			}
		}
	}
}

// TestTimestampCellsInSevenLanguages checks that a signature timestamp is
// read as its day however a system of each language prints the weekday
// before it and the time after it, and that a cell with more than a
// timestamp is no date.
func TestTimestampCellsInSevenLanguages(t *testing.T) {
	cases := map[string]string{
		"Tue, 04/11/2025 at 09:05 PM": "2025-11-04", "Di., 04.11.2025, 09:05 Uhr": "2025-11-04", "04.11.2025 um 9:05": "2025-11-04",
		"mar. 4 nov. 2025": "2025-11-04", "04/11/2025 à 9h05": "2025-11-04", "martes, 4 de noviembre de 2025 a las 9:05": "2025-11-04",
		"mar 04/11/2025 alle 09:05": "2025-11-04", "di 4 nov 2025 om 09:05": "2025-11-04", "ter., 04/11/2025 às 09:05": "2025-11-04",
		"04/11/2025 9h": "2025-11-04", "04/11/2025 signed by HR": "", "Mo bis Fr 04/11/2025": "",
	}
	for in, want := range cases {
		d, ok := cellDate(in, DayFirst)
		if got := map[bool]string{true: d.Date.Format(time.DateOnly), false: ""}[ok]; got != want {
			t.Errorf("cellDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestContractorWordsInSevenLanguages checks the words a type column or
// any other cell uses for people who are not employees, and that the
// words for employees are none of them.
func TestContractorWordsInSevenLanguages(t *testing.T) {
	for s, want := range map[string]bool{
		"Fremdfirma Kessler": true, "Externer Mitarbeiter": true, "Consulente": true, "Consultora": true, "Subcontrata": true,
		"Gedetacheerde": true, "Outsourcing": true, "Prestataire": true, "Intérimaire": true, "Somministrato": true,
		"Mitarbeiter": false, "Dipendente": false, "Empleado fijo": false, "Vast": false, "Efetivo": false, "CDI": false, "Salarié": false,
	} {
		if got := isContractor(s); got != want {
			t.Errorf("isContractor(%q) = %v, want %v", s, got, want)
		}
	}
	f, err := flat(Training(sheet("s", row("Teilnehmer", "Personengruppe", "Abgeschlossen am"),
		row("Ada Voss", "Stammpersonal", "2026-02-01"), row("Bo Lind", "Fremdfirma", "2026-02-03"))))
	if err != nil || f[evidence.KeyContractorsIncluded] != true {
		t.Errorf("Personengruppe with a Fremdfirma: contractors = %v, err %v; want true", f[evidence.KeyContractorsIncluded], err)
	}
}
