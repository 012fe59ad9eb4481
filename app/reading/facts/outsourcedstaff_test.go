package facts

import "testing"

// TestOutsourcedStaffAreContractors: an employment-type cell naming staff
// who are outsourced or paid by fee marks a contractor in each of the seven
// languages; the words of an employee's contract do not.
func TestOutsourcedStaffAreContractors(t *testing.T) {
	cases := []struct {
		cell string
		want bool
	}{
		{"Outsourced", true}, {"Ausgelagert", true}, {"Personnel externalisé", true},
		{"Tercerizado", true}, {"Tercerizada", true}, {"Monotributista", true}, {"Por honorarios", true},
		{"Esternalizzato", true}, {"Uitbesteed", true}, {"Prestador de serviço", true},
		// Near misses: employees, however their contract is worded.
		{"Relación de dependencia", false}, {"Contrato indefinido", false}, {"Festangestellt", false},
		{"CDI", false}, {"Dipendente", false}, {"Vast dienstverband", false}, {"Efetivo", false}, {"Employee", false},
	}
	for _, c := range cases {
		if got := isContractor(c.cell); got != c.want {
			t.Errorf("isContractor(%q) = %v, want %v", c.cell, got, c.want)
		}
	}
}

// TestEmploymentTypeColumnFindsContractors: a workbook with a "Tipo de
// vínculo" column of which one row is outsourced includes contractors; the
// same workbook with employees only does not.
func TestEmploymentTypeColumnFindsContractors(t *testing.T) {
	rows := func(kind string) [][]string {
		return [][]string{
			{"Participante", "Tipo de vínculo", "Marca de finalización", "Resultado"},
			{"Sofía Paredes", "Relación de dependencia", "12/03/2026", "Aprobado"},
			{"Tomás Aguirre", kind, "", "Sin abrir"},
		}
	}
	for _, c := range []struct {
		kind string
		want bool
	}{{"Tercerizado", true}, {"Relación de dependencia", false}} {
		tr, err := Training(sheet("Detalle", rows(c.kind)...))
		if err != nil {
			t.Fatal(err)
		}
		if !tr.ContractorsIncluded.Known || tr.ContractorsIncluded.Value != c.want {
			t.Errorf("%s: contractors %+v, want %v", c.kind, tr.ContractorsIncluded, c.want)
		}
	}
}

// TestNatureOfEmploymentHeader: a column headed by the nature of the
// employment ("Nature of employment", "Art der Beschäftigung", "Nature du
// contrat", "Naturaleza del contrato", "Natura del rapporto di lavoro",
// "Aard van het dienstverband", "Natureza do vínculo") is the employment
// type: a hired-in worker in it includes contractors, employees only do
// not, and without the column a staff member's kind is not told at all.
func TestNatureOfEmploymentHeader(t *testing.T) {
	cases := []struct{ header, employee, hired string }{
		{"Nature of employment", "Permanent", "Hired-in"},
		{"Art der Beschäftigung", "Festangestellt", "Leihkraft"},
		{"Nature du contrat", "CDI", "Intérimaire"},
		{"Naturaleza del contrato", "Indefinido", "Contratista"},
		{"Natura del rapporto di lavoro", "Dipendente", "Somministrato"},
		{"Aard van het dienstverband", "In loondienst", "Inhuurkracht"},
		{"Natureza do vínculo", "Efetivo", "Terceirizado"},
	}
	rows := func(header, employee, kind string) [][]string {
		return [][]string{
			{"Name", header, "Completed on", "Status"},
			{"Ana Lima", employee, "12/03/2026", "Passed"},
			{"Rui Dias", kind, "", "Open"},
		}
	}
	for _, c := range cases {
		for _, k := range []struct {
			kind string
			want bool
		}{{c.hired, true}, {c.employee, false}} {
			tr, err := Training(sheet("Detail", rows(c.header, c.employee, k.kind)...))
			if err != nil {
				t.Fatal(err)
			}
			if !tr.ContractorsIncluded.Known || tr.ContractorsIncluded.Value != k.want {
				t.Errorf("%s = %s: contractors %+v, want %v", c.header, k.kind, tr.ContractorsIncluded, k.want)
			}
		}
	}
	// Near miss: the nature of the course is no employment type.
	tr, err := Training(sheet("Detail", []string{"Name", "Nature of course", "Completed on"},
		[]string{"Ana Lima", "Online", "12/03/2026"}, []string{"Rui Dias", "Classroom", ""}))
	if err != nil {
		t.Fatal(err)
	}
	if tr.ContractorsIncluded.Known {
		t.Errorf("nature of course: contractors %+v, want unknown", tr.ContractorsIncluded)
	}
}

// TestTwoRowHeaderCulminatedAndModality: an export whose header has a row
// of merged groups ("Colaborador | Inscripción | Resultado") above the
// columns is read by the row of columns, whose completion is the day it
// was "culminated" ("Culminado el"); the contract modality column tells
// contractors. Without a completion column, the
// near miss, no completion is read.
func TestTwoRowHeaderCulminatedAndModality(t *testing.T) {
	cases := []struct{ lang, group, person, kind, done, employee, hired string }{
		{"es", "Colaborador", "Nombre y apellidos", "Modalidad de contrato", "Culminado el", "Planilla", "Locación de servicios"},
		{"es-2", "Participante", "Nombre y apellido", "Modalidad contractual", "Culminado en", "Planilla", "Contratista"},
		{"it", "Dipendente", "Nome e cognome", "Modalità contrattuale", "Completato il", "Dipendente", "Somministrato"},
		{"pt", "Colaborador", "Nome e sobrenome", "Modalidade de contrato", "Concluído em", "Efetivo", "Terceirizado"},
		{"fr", "Collaborateur", "Nom et prénom", "Forme du contrat", "Terminé le", "CDI", "Intérimaire"},
		{"de", "Mitarbeiter", "Name, Vorname", "Vertragsform", "Abgeschlossen am", "Festangestellt", "Leihkraft"},
		{"en", "Learner", "Full name", "Contract form", "Completed on", "Permanent", "Contractor"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			tr, err := Training(sheet("Detail",
				[]string{c.group, "", "", "Result"},
				[]string{c.person, c.kind, c.done, "Status"},
				[]string{"Ana Lima", c.employee, "12/03/2026", "Passed"},
				[]string{"Rui Dias", c.hired, "", "Open"},
			))
			if err != nil {
				t.Fatal(err)
			}
			if !tr.Completed.Known || tr.Completed.Value != 1 || !tr.People.Known || tr.People.Value != 2 {
				t.Errorf("completed %+v of %+v, want 1 of 2", tr.Completed, tr.People)
			}
			if !tr.ContractorsIncluded.Known || !tr.ContractorsIncluded.Value {
				t.Errorf("contractors %+v, want true", tr.ContractorsIncluded)
			}
		})
	}
	// Near miss: the enrolment date is no completion.
	tr, err := Training(sheet("Detail", []string{"Nombre y apellidos", "Fecha de inscripción"},
		[]string{"Ana Lima", "12/03/2026"}, []string{"Rui Dias", "13/03/2026"}))
	if err == nil && tr.NewestCompletion.Known {
		t.Errorf("enrolment only: newest completion %+v, want none", tr.NewestCompletion)
	}
}
