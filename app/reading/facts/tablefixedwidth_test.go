package facts

import (
	"strings"
	"testing"
)

// TestFixedWidthStatusByValues: a fixed-width print whose header names the
// act ("Akkoordverklaring", "Acknowledgement") rather than a status, its
// rows ending in one of a few status words, reads that column as the
// status: a row without a date is a row not signed, not a wrapped line.
func TestFixedWidthStatusByValues(t *testing.T) {
	cases := []struct{ lang, head, given, missing string }{
		{"en", "Colleague Staff no. Team Engagement basis Version Acknowledgement record Date acknowledged", "Acknowledged", "Acknowledgement missing"},
		{"de", "Mitarbeiter Personalnr. Team Vertragsart Version Kenntnisnahmevermerk Bestätigt am", "Kenntnis genommen", "Unterschrift fehlt"},
		{"fr", "Collaborateur Matricule Équipe Type de contrat Version Engagement de lecture Signé le", "Engagement signé", "Signature manquante"},
		{"es", "Colaborador Legajo Equipo Tipo de contrato Versión Constancia Firmado el", "Conformidad otorgada", "Falta firma"},
		{"it", "Dipendente Matricola Squadra Tipo di contratto Versione Dichiarazione Firmato il", "Presa visione", "Firma mancante"},
		{"nl", "Cursist Medewerkersnr. Team Aard van het dienstverband Uitgave Akkoordverklaring Datum akkoord", "Akkoord gegeven", "Akkoord ontbreekt"},
		{"pt", "Colaborador Número Equipa Tipo de vínculo Versão Declaração Assinado em", "Declaração assinada", "Assinatura em falta"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			lines := []string{"HRP-ACK-0207 REGISTER", c.head, strings.Repeat("-", 20) + " " + strings.Repeat("-", 12)}
			names := []string{"Naomy Rosaria", "Jurymar Isenia", "Shurendy Winklaar", "Quincy Statia", "Ethsel Isenia", "Roderick Coffie"}
			for i, n := range names {
				kind := "Staff"
				if i == 3 {
					kind = "Contractor"
				}
				if i%3 == 1 {
					lines = append(lines, n+" 1316"+string(rune('0'+i))+" Archive "+kind+" 2.4 "+c.missing)
					continue
				}
				lines = append(lines, n+" 1316"+string(rune('0'+i))+" Archive "+kind+" 2.4 "+c.given+" 1"+string(rune('0'+i))+"-08-2025")
			}
			lines = append(lines, "*** 6 ***")
			a, err := Acknowledgements(text(lines...))
			if err != nil {
				t.Fatal(err)
			}
			if a.People.Value != 6 || a.Signatures.Value != 4 || a.NewestSignature.Value != "2025-08-15" || a.OldestSignature.Value != "2025-08-10" {
				t.Errorf("people %+v signatures %+v newest %+v oldest %+v, want 6, 4, 2025-08-15, 2025-08-10", a.People, a.Signatures, a.NewestSignature, a.OldestSignature)
			}
		})
	}
}

// TestFixedWidthStatusByValuesNearMiss: rows whose words after the person
// are many kinds (a column of free text that happens to hold a word of
// status) are no status column: the undated rows stay unclear.
func TestFixedWidthStatusByValuesNearMiss(t *testing.T) {
	lines := []string{"Colleague Staff no. Remark Date acknowledged",
		"Naomy Rosaria 13161 open plan office 10-08-2025",
		"Jurymar Isenia 13162 missing badge 11-08-2025",
		"Shurendy Winklaar 13163 pending move to Lisbon",
		"Quincy Statia 13164 not on site this week",
		"Ethsel Isenia 13165 in progress of relocation 12-08-2025",
		"Roderick Coffie 13166 expected back in May 13-08-2025",
	}
	if statusByValues(lines[1:]) {
		t.Errorf("free text taken for a status column")
	}
}
