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
