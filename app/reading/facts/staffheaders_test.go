package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// wantRoster checks a three-person table of which two are done, between
// the days newest and oldest.
func wantRoster(t *testing.T, people, done evidence.Fact[int], newest, oldest evidence.Fact[evidence.Date], wantNewest, wantOldest evidence.Date) {
	t.Helper()
	if people.Value != 3 || done.Value != 2 {
		t.Errorf("people %+v, done %+v; want 3 and 2", people, done)
	}
	if newest.Value != wantNewest || oldest.Value != wantOldest {
		t.Errorf("newest %+v, oldest %+v; want %s and %s", newest, oldest, wantNewest, wantOldest)
	}
}

// staffLog is an acknowledgement log as an HR system exports it: a title
// line, then a header whose person column names a member of staff, a staff
// number, a status and a date column named by the act and the preposition
// of its date; two people signed, the third has not yet.
func staffLog(sep string, header, signed, pending []string) Document {
	lines := []string{"Export 2026", strings.Join(header, sep)}
	lines = append(lines,
		strings.Join([]string{"Ada Marin", "4711", signed[0], signed[1]}, sep),
		strings.Join([]string{"Bruno Sala", "4712", signed[0], signed[2]}, sep),
		strings.Join([]string{"Carla Neri", "4713", pending[0], ""}, sep),
	)
	return csvDoc(lines...)
}

// TestStaffMemberLogs: a log whose person column says "member of staff"
// and whose date column is named by the act of attesting or taking note
// ("Attesté le", "Kennis genomen op") is read in the seven languages, with
// commas or semicolons, the staff number never taken for the person.
func TestStaffMemberLogs(t *testing.T) {
	cases := []struct {
		name, sep       string
		header          []string
		signed, pending []string
	}{
		{"en", ",", []string{"Team member", "Staff no", "Attestation", "Attested on"}, []string{"Attested", "13/02/2026", "20/02/2026"}, []string{"Awaiting attestation"}},
		{"de", ";", []string{"Belegschaftsmitglied", "Personalnummer", "Kenntnisnahme", "Bestätigt am"}, []string{"Bestätigt", "13.02.2026", "20.02.2026"}, []string{"Ausstehend"}},
		{"fr", ";", []string{"Membre du personnel", "Numéro de personnel", "Attestation", "Attesté le"}, []string{"Attesté", "13/02/2026", "20/02/2026"}, []string{"Attestation en attente"}},
		{"fr-paraphe", ",", []string{"Membre de l'équipe", "Matricule", "Visa", "Paraphé le"}, []string{"Paraphé", "13/02/2026", "20/02/2026"}, []string{"Non paraphé"}},
		{"es", ";", []string{"Miembro del personal", "Número de personal", "Constancia", "Firmado el"}, []string{"Firmado", "13/02/2026", "20/02/2026"}, []string{"Pendiente"}},
		{"it", ";", []string{"Membro del personale", "Numero personale", "Attestazione", "Attestato il"}, []string{"Attestato", "13/02/2026", "20/02/2026"}, []string{"In attesa"}},
		{"nl", ";", []string{"Personeelslid", "Personeelsnummer", "Kennisname", "Kennis genomen op"}, []string{"Kennis genomen", "13-02-2026", "20-02-2026"}, []string{"Kennisname open"}},
		{"pt", ";", []string{"Membro da equipe", "Número de pessoal", "Ciência", "Ciente em"}, []string{"Ciente", "13/02/2026", "20/02/2026"}, []string{"Aguardando ciência"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Acknowledgements(staffLog(c.sep, c.header, c.signed, c.pending))
			if err != nil {
				t.Fatal(err)
			}
			wantRoster(t, a.People, a.Signatures, a.NewestSignature, a.OldestSignature, "2026-02-20", "2026-02-13")
		})
	}
}

// TestStaffNumberIsNoPerson: a staff number column whose header names the
// staff ("Numéro de personnel", "Numero personale") is no person column,
// while the staff member's is, in the seven languages.
func TestStaffNumberIsNoPerson(t *testing.T) {
	for _, h := range []string{"Personnel number", "Staff no", "Numéro de personnel", "Número de personal", "Numero personale",
		"Numero del personale", "Número de pessoal", "Personeelsnummer", "Personalnummer"} {
		if r := headerRole(h); r == roleName {
			t.Errorf("%q is read as a person column", h)
		}
	}
	for _, h := range []string{"Team member", "Member of staff", "Belegschaftsmitglied", "Membre du personnel", "Miembro del equipo",
		"Membro del personale", "Addetto", "Personeelslid", "Teamlid", "Membro da equipa", "Membro do pessoal"} {
		if r := headerRole(h); r != roleName {
			t.Errorf("%q is read as %q, want a person column", h, r)
		}
	}
}

// TestRequestedIsNoSignatureDate: the day a signature or attestation was
// requested, sent or due is never the day it was given, in the seven
// languages: a log with only such a date has no signature dates.
func TestRequestedIsNoSignatureDate(t *testing.T) {
	for _, h := range []string{"Signature requested on", "Attestation due by", "Unterschrift angefordert am", "Attestation demandée le",
		"Firma solicitada el", "Firma richiesta il", "Handtekening aangevraagd op", "Assinatura solicitada em", "Attestazione entro il",
		"Kenntnisnahme fällig am", "Date d'échéance de l'attestation"} {
		t.Run(h, func(t *testing.T) {
			if r := headerRole(h); r == roleDate || r == roleDone {
				t.Errorf("%q is read as %q, want another date", h, r)
			}
			a, err := Acknowledgements(csvDoc("Employee;Status;"+h, "Ada Marin;Open;03/02/2026", "Bruno Sala;Open;04/02/2026"))
			if err == nil && (a.NewestSignature.Known || a.Signatures.Value > 0) {
				t.Errorf("signatures %+v, newest %+v from a %q column", a.Signatures, a.NewestSignature, h)
			}
		})
	}
}

// TestStaffMemberTraining: a training report whose person column names a
// member of staff is read, the enrolment and due dates beside the end date
// never taken for a completion.
func TestStaffMemberTraining(t *testing.T) {
	cases := []struct {
		name   string
		header string
		done   string
	}{
		{"en", "Team member;Enrolled on;Due by;Finished on;Progress", "Passed"},
		{"de", "Belegschaftsmitglied;Eingeschrieben am;Abgabetermin;Beendet am;Fortschritt", "Bestanden"},
		{"fr", "Membre du personnel;Inscrit le;Échéance;Terminé le;Avancement", "Réussi"},
		{"es", "Miembro del personal;Inscrito el;Fecha límite;Finalizado el;Avance", "Aprobado"},
		{"it", "Membro del personale;Iscritto il;Scadenza;Concluso il;Esito", "Superato"},
		{"nl", "Personeelslid;Ingeschreven op;Uiterste datum;Beëindigd op;Vordering", "Geslaagd"},
		{"pt", "Membro da equipa;Inscrito em;Prazo final;Finalizado em;Andamento", "Aprovado"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Training(csvDoc(c.header,
				"Ada Marin;01/06/2025;30/06/2025;12/06/2025;"+c.done,
				"Bruno Sala;01/06/2025;30/06/2025;20/06/2025;"+c.done,
				"Carla Neri;01/06/2025;30/06/2025;;"))
			if err != nil {
				t.Fatal(err)
			}
			wantRoster(t, r.People, r.Completed, r.NewestCompletion, r.OldestCompletion, "2025-06-20", "2025-06-12")
		})
	}
}
