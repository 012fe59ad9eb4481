package facts

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"assay/app/evidence"
)

// ackTranscriptLang is one language's acknowledgement transcript: the
// block header's words, a status of signed and of not signed, and the
// security policy beside another.
type ackTranscriptLang struct {
	lang                       string
	policy, outcome, date      string
	signed, pending            string
	security, other, detailFmt string
}

var ackTranscriptLangs = []ackTranscriptLang{
	{"en", "Policy", "Status", "Accepted on", "Accepted", "Pending", "Information Security Policy v6.0", "Clean desk policy", "Employee no.: %s · Department: Finance"},
	{"de", "Richtlinie", "Status", "Bestätigt am", "Bestätigt", "Ausstehend", "Informationssicherheitsrichtlinie v6.0", "Clean-Desk-Richtlinie", "Personalnummer: %s · Abteilung: Vertrieb"},
	{"fr", "Politique", "Statut", "Accepté le", "Accepté", "En attente", "Politique de sécurité de l'information v6.0", "Politique du bureau propre", "Matricule: %s · Service: Comptabilité"},
	{"es", "Política", "Estado", "Fecha de aceptación", "Aceptado", "Pendiente", "Política de seguridad de la información v6.0", "Política de escritorio limpio", "N.º de empleado: %s · Departamento: Ventas"},
	{"it", "Politica", "Esito", "Data di accettazione", "Confermata", "In attesa", "Politica per la sicurezza delle informazioni v6.0", "Politica della scrivania pulita", "Matricola: %s · Area: Acquisti"},
	{"nl", "Beleid", "Status", "Geaccepteerd op", "Geaccepteerd", "Openstaand", "Informatiebeveiligingsbeleid v6.0", "Clean desk beleid", "Personeelsnummer: %s · Team: Inkoop"},
	{"pt", "Política", "Estado", "Data de aceitação", "Aceite", "Pendente", "Política de segurança da informação v6.0", "Política de secretária limpa", "N.º mecanográfico: %s · Departamento: Compras"},
}

// TestAckTranscript: an acknowledgement log printed as a transcript per
// person (the name, a line of details, a header of policy, status and
// date, the security policy's row beside another's) is read by blocks, in
// the seven languages: a person counts as signed by the security policy's
// row alone. Near misses: a person with no row for the security policy
// leaves the log unread, and a block whose other policy is signed while
// the security one is pending is not signed.
func TestAckTranscript(t *testing.T) {
	for _, l := range ackTranscriptLangs {
		t.Run(l.lang, func(t *testing.T) {
			head := strings.Join([]string{l.policy, l.outcome, l.date}, "    ")
			sec := func(st, d string) string { return strings.TrimSpace(l.security + "    " + st + "    " + d) }
			oth := func(st, d string) string { return strings.TrimSpace(l.other + "    " + st + "    " + d) }
			detail := func(id string) string { return strings.Replace(l.detailFmt, "%s", id, 1) }
			lines := []string{
				"Ana Lima", detail("1001"), head, oth(l.signed, "2025-06-10"), sec(l.signed, "2025-12-04"),
				"Rui Dias", detail("1002"), head, oth(l.signed, "2025-06-11"), sec(l.pending, ""),
				"Eva Berg", detail("1003"), head, sec(l.signed, "2025-10-29"), oth(l.signed, "2025-12-20"),
			}
			a, err := Acknowledgements(text(lines...))
			if err != nil {
				t.Fatal(err)
			}
			if a.People.Value != 3 || a.Signatures.Value != 2 || fmt.Sprint(a.NewestSignature.Value) != fmt.Sprint(dateOf(t, "2025-12-04")) || fmt.Sprint(a.OldestSignature.Value) != fmt.Sprint(dateOf(t, "2025-10-29")) {
				t.Errorf("people %v signatures %v newest %v oldest %v; want 3, 2, 2025-12-04, 2025-10-29",
					a.People.Value, a.Signatures.Value, a.NewestSignature.Value, a.OldestSignature.Value)
			}
			missing := append(append([]string(nil), lines[:10]...), "Eva Berg", detail("1003"), head, oth(l.signed, "2025-12-20"))
			if a, err := Acknowledgements(text(missing...)); err == nil && a.People.Known {
				t.Errorf("a person with no row for the security policy: read %d people, want none", a.People.Value)
			}
		})
	}
}

func dateOf(t *testing.T, s string) evidence.Date {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return evidence.DateOf(d)
}
