package facts

import (
	"strings"
	"testing"
)

// certificateText is a certificate as pdftotext prints it: the body's
// letterhead, the holder, the standard, the scope under label, then what
// follows the scope (a signature line, dates).
func certificateText(label, scope, after string) string {
	return strings.Join([]string{
		"Example Certification Body Ltd",
		"ISO/IEC 27001:2022",
		"Example Holder Ltd",
		label,
		scope,
		after,
		"Accreditation: EXAB 123",
	}, "\n")
}

// TestScopeStopsAtSignatory: the line of an authorised signatory after a
// scope is the signature block, in the seven languages, never the scope.
func TestScopeStopsAtSignatory(t *testing.T) {
	cases := []struct{ name, label, scope, signer string }{
		{"en", "Scope of certification:", "Hosting and support of the payroll platform for retail customers.", "Authorised signatory for EXB"},
		{"en-us", "Scope of certification:", "Hosting and support of the payroll platform for retail customers.", "Authorized Signatory"},
		{"de", "Die Zertifizierung erstreckt sich auf:", "Lohn- und Gehaltsverrechnung für Klein- und Mittelbetriebe; ausgenommen die Beratung.", "Zeichnungsberechtigt für die WZD"},
		{"fr", "La certification s'étend à :", "Exploitation d'un centre de télésurveillance des alarmes intrusion et incendie.", "Signataire autorisé pour EXB"},
		{"es", "Alcance de la certificación:", "Gestión de nóminas y administración de personal para empresas industriales.", "Firmante autorizado por EXB"},
		{"it", "La certificazione si estende a:", "Tenuta della contabilità e dichiarazioni fiscali per piccole e medie imprese.", "Firmatario autorizzato per EXB"},
		{"nl", "De certificatie strekt zich uit tot:", "Digitalisering, indexering en bewaring van personeelsdossiers voor verzekeraars.", "Gemachtigd ondertekenaar voor SCB"},
		{"pt", "A certificação estende-se a:", "Gestão de armazéns gerais de grãos; excluída a classificação vegetal.", "Signatário autorizado por CCS"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cert, err := Certificate(Document{Text: certificateText(c.label, c.scope, c.signer)})
			if err != nil {
				t.Fatal(err)
			}
			// The scope is the statement alone, or unknown; never the signer.
			if cert.Scope.Known && cert.Scope.Value != c.scope {
				t.Errorf("scope %q, want %q", cert.Scope.Value, c.scope)
			}
			if !cert.Scope.Known {
				t.Errorf("scope unknown, want %q", c.scope)
			}
		})
	}
}

// TestSignatoryIsASignatureLine: the signatory's wording marks a
// signature line; a sentence of a scope that names signatures does not.
func TestSignatoryIsASignatureLine(t *testing.T) {
	for _, l := range []string{"Authorised signatory for DSC", "Authorized signatories", "Zeichnungsberechtigt für die WZD", "Zeichnungsberechtigter",
		"Signataire autorisé", "Signataire autorisée pour EXB", "Firmante autorizado", "Firmantes autorizados", "Firmatario autorizzato",
		"Gemachtigd ondertekenaar voor SCB", "Gemachtigde ondertekenaar", "Signatário autorizado por CCS", "Signatária autorizada"} {
		if !signatureLine(l) {
			t.Errorf("%q is not read as a signature line", l)
		}
	}
	// Near misses: the activity of managing signatories, a long sentence.
	for _, l := range []string{"Management of authorised signatory lists for banks, payment institutions and insurers in the EU.",
		"Gestão de signatários de contratos para clientes bancários.", "Beheer van ondertekeningen"} {
		if signatureLine(l) {
			t.Errorf("%q is read as a signature line", l)
		}
	}
}

// TestFirstGrantIsNoIssueDate: the day a certification was first granted
// is the first cycle's, in the seven languages; the current issue's date
// is read from its own label, or left unknown.
func TestFirstGrantIsNoIssueDate(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"nl", "Certificatie voor het eerst verleend op: 04/04/2021\nDeze uitgave gedateerd: 28/05/2024\nGeldig tot: 25/05/2027", "2024-05-28"},
		{"nl, no issue", "Certificatie voor het eerst verleend op: 04/04/2021\nGeldig tot: 25/05/2027", ""},
		{"en", "Certification granted for the first time on: 4 April 2021\nExpiry date: 25 May 2027", ""},
		{"de", "Zertifizierung erstmals erteilt am: 04.04.2021\nGültig bis: 25.05.2027", ""},
		{"fr", "Certification accordée pour la première fois le : 4 avril 2021\nValable jusqu'au : 25 mai 2027", ""},
		{"es", "Certificación otorgada por primera vez el: 4 de abril de 2021\nVálido hasta: 25 de mayo de 2027", ""},
		{"it", "Certificazione rilasciata per la prima volta il: 4 aprile 2021\nValido fino al: 25 maggio 2027", ""},
		{"pt", "Certificação concedida pela primeira vez em: 4 de abril de 2021\nVálido até: 25 de maio de 2027", ""},
		{"pt, prose wrapped", "Confirmamos que a empresa opera um sistema conforme com a ISO/IEC 27001:2022. A primeira\n" +
			"certificação foi concedida em 3 de junho de 2016; o certificado vigente foi emitido em\n15 de junho de 2022 e expira em 6 de junho de 2025.", "2022-06-15 or unknown"},
		// Near miss: a certification granted on a date, with no word of
		// "first", is this issue.
		{"pt, this grant", "Certificação concedida em: 15 de junho de 2022\nVálido até: 6 de junho de 2025", "2022-06-15"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cert, err := Certificate(Document{Text: "Example Certification Body Ltd\nCertificate\nExample Holder Ltd\nISO/IEC 27001:2022\n" + c.text})
			if err != nil {
				t.Fatal(err)
			}
			issued := cert.IssuedOn
			if want, ok := strings.CutSuffix(c.want, " or unknown"); ok {
				// The current issue's date, or none; never the first grant's.
				if issued.Known && string(issued.Value) != want {
					t.Errorf("issued %s (quote %q), want %s or unknown", issued.Value, issued.Quote, want)
				}
				return
			}
			switch {
			case c.want == "" && issued.Known:
				t.Errorf("issued %s (quote %q), want unknown", issued.Value, issued.Quote)
			case c.want != "" && (!issued.Known || string(issued.Value) != c.want):
				t.Errorf("issued %v %s (quote %q), want %s", issued.Known, issued.Value, issued.Quote, c.want)
			}
		})
	}
}

// TestCommitmentDateIsNoCompletion: an export's commitment, target or
// deadline column is another date, its "finished on" column the
// completion, in the seven languages.
func TestCommitmentDateIsNoCompletion(t *testing.T) {
	cases := map[string]string{
		"Deadline": roleOther, "Target date": roleOther, "Fecha compromiso": roleOther, "Fecha de compromiso": roleOther,
		"Abgabetermin": roleOther, "Zieldatum": roleOther, "Date cible": roleOther, "Data obiettivo": roleOther,
		"Streefdatum": roleOther, "Data de compromisso": roleOther, "Data alvo": roleOther,
		"Finished on": roleDate, "Concluido el": roleDate, "Beendet am": roleDate, "Fini le": roleDate,
		"Finito il": roleDate, "Klaar op": roleDate, "Terminado em": roleDate,
		"Avance": roleStatus, "Progress": roleStatus, "Fortschritt": roleStatus,
	}
	checkHeaderRoles(t, cases)
}

// TestPartialOrLateIsNotDone: a status of work done in part or past its
// deadline is not a completion; a completion worded in full still is.
func TestPartialOrLateIsNotDone(t *testing.T) {
	cases := map[string]int{
		"Partially done": -1, "Teilweise erledigt": -1, "Partiellement terminé": -1, "Avance parcial": -1,
		"Parzialmente completato": -1, "Gedeeltelijk afgerond": -1, "Parcialmente concluído": -1,
		"Past deadline": -1, "Fuera de plazo": -1, "Termin überschritten": -1, "Hors délai": -1, "Fora do prazo": -1,
		"Sin iniciar": -1, "Not yet begun": -1,
		"Completed successfully": 1, "Erfolgreich abgeschlossen": 1, "Aprobado": 1, "Terminé": 1, "Completato": 1, "Afgerond": 1, "Concluído": 1,
	}
	for s, want := range cases {
		if got := status(s); got != want {
			t.Errorf("status(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestContractStaffAreContractors: an engagement type naming staff on a
// contract or lent by an agency is a contractor; a permanent or
// fixed-term employee is not.
func TestContractStaffAreContractors(t *testing.T) {
	for _, s := range []string{"Contract staff", "Contract worker", "Contracted staff", "Leihpersonal", "Leiharbeitnehmerin",
		"Auftragnehmer", "Prestataire", "Externo", "Esterno", "Uitzendkrachten", "Terceirizado", "Personal de ETT"} {
		if !isContractor(s) {
			t.Errorf("%q is not read as a contractor", s)
		}
	}
	for _, s := range []string{"Permanent", "Angestellt", "Salarié", "Fijo", "Dipendente", "Vast", "Efetivo", "Contract manager", "Fixed-term"} {
		if isContractor(s) {
			t.Errorf("%q is read as a contractor", s)
		}
	}
}

// checkHeaderRoles checks the role each header of cases is read as.
func checkHeaderRoles(t *testing.T, cases map[string]string) {
	t.Helper()
	for h, want := range cases {
		if got := headerRole(h); got != want {
			t.Errorf("headerRole(%q) = %q, want %q", h, got, want)
		}
	}
}
