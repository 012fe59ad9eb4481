package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestUnknownAccreditationAcronym reads an accreditation body the list
// does not know, written as such bodies write their names (one word, two
// capitals at least, mixed case allowed), after an accreditation label in
// the seven languages, in the forms certificates and registers print:
// "Accredited by X", the noun alone before X at the start of a line or
// cell, X with its number in brackets, "X accreditation no. …". Near
// misses: a number, a date, a standard, a status, words of a sentence,
// people's accreditation, the certification body itself.
func TestUnknownAccreditationAcronym(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  any
	}{
		{"en by", []string{"Accredited by KaVAS"}, "KaVAS"},
		{"en noun", []string{"Accreditation: LUVAC"}, "LUVAC"},
		{"en register", []string{"Accredited by | LUVAC (LUVAC Cert. No. 0091)"}, "LUVAC"},
		{"en number after", []string{"Signed for Quill Registrars Ltd.", "KaVAS accreditation no. CB-044"}, "KaVAS"},
		{"de by", []string{"Akkreditiert durch MeNAK"}, "MeNAK"},
		{"de noun", []string{"Akkreditierung MeNAK"}, "MeNAK"},
		{"de register", []string{"Akkreditiert durch\tMeNAK (MeNAK-3-0412/2023)"}, "MeNAK"},
		{"fr by", []string{"Accrédité par TOVAC"}, "TOVAC"},
		{"fr noun", []string{"Pour l'organisme de certification", "Accréditation TOVAC", "TOVAC CERT-044"}, "TOVAC"},
		{"fr number after", []string{"TOVAC accréditation n° 044"}, "TOVAC"},
		{"es by", []string{"Acreditado por OREAC"}, "OREAC"},
		{"es register", []string{"Acreditado por | OREAC (OREAC OCS-101)"}, "OREAC"},
		{"es noun", []string{"Acreditación: OREAC"}, "OREAC"},
		{"it by", []string{"Accreditato da LiMAC"}, "LiMAC"},
		{"it register", []string{"Accreditato da | LiMAC (LiMAC n. 044/2022)"}, "LiMAC"},
		{"nl by", []string{"Geaccrediteerd door ZvK"}, "ZvK"},
		{"nl noun", []string{"Accreditatie: ZvK"}, "ZvK"},
		{"pt by", []string{"Acreditado pelo TEAC"}, "TEAC"},
		{"pt noun", []string{"Acreditação | TEAC"}, "TEAC"},
		// Near misses.
		{"en near miss: number", []string{"Accreditation: 0412"}, absent},
		{"en near miss: number word", []string{"Accreditation No. 4-0112"}, absent},
		{"en near miss: date", []string{"Accreditation: 12/03/2024"}, absent},
		{"en near miss: standard", []string{"Accreditation ISO"}, absent},
		{"fr near miss: system", []string{"Accréditation SMSI"}, absent},
		{"es near miss: status", []string{"Acreditación: VIGENTE"}, absent},
		{"en near miss: sentence", []string{"Accredited by the national body of the country"}, absent},
		{"de near miss: sentence word", []string{"Die Akkreditierung KaVAS wird jährlich geprüft, sagt die Stelle."}, absent},
		{"it near miss: in a sentence", []string{"La stessa accreditamento LiMAC è stata rinnovata."}, absent},
		{"nl near miss: people", []string{"Uitgevoerd door auditoren geaccrediteerd door ZvK"}, absent},
		{"pt near miss: lower case", []string{"Acreditação: teac"}, absent},
		{"en near miss: one capital", []string{"Accreditation: Kavas"}, absent},
		{"en near miss: the certifying body", []string{"Certified by QRL", "Accredited by QRL"}, absent},
		// A cell left without a body, or with a status, in the seven languages.
		{"en near miss: not applicable", []string{"Accreditation | NA"}, absent},
		{"en near miss: to be decided", []string{"Accreditation: TBD"}, absent},
		{"en near miss: status", []string{"Accreditation | SUSPENDED"}, absent},
		{"de near miss: no", []string{"Akkreditierung | NEIN"}, absent},
		{"de near miss: none", []string{"Akkreditiert durch KEINE"}, absent},
		{"fr near miss: no", []string{"Accréditation : NON"}, absent},
		{"fr near miss: status", []string{"Accréditation | EXPIRÉE"}, absent},
		{"es near miss: none", []string{"Acreditación: NINGUNA"}, absent},
		{"it near miss: status", []string{"Accreditamento | SOSPESO"}, absent},
		{"nl near miss: no", []string{"Accreditatie | NEE"}, absent},
		{"pt near miss: no", []string{"Acreditação: NÃO"}, absent},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyAccreditationBody: c.want})
		})
	}
}
