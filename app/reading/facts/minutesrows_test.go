package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// minutesOf is minutes of a review as text alone, as a scan reads: a
// title, a date, then the lines given.
func minutesOf(lines ...string) Document {
	return Document{Kind: "pdf", Text: strings.Join(append([]string{"Management review", "Date: 12 May 2025"}, lines...), "\n")}
}

// TestActionHeadingsWorded: actions to follow up, headed in any of the seven
// languages or in European Portuguese spelling ("Acções decididas"), are
// action items, and the owner column of their table ("Dono", "Porteur")
// says they have owners; a line saying no actions were decided is none.
func TestActionHeadingsWorded(t *testing.T) {
	cases := []struct {
		lang, heading, header string
		owners                bool
	}{
		{"en", "Follow-up actions", "# Action | Owner | Due", true},
		{"de", "Folgemaßnahmen", "# Maßnahme | Verantwortlich | Frist", true},
		{"fr", "Décisions et suites à donner", "# Suite à donner | Porteur | Échéance", true},
		{"es", "Acciones de seguimiento", "# Acción | Dueño | Plazo", true},
		{"it", "Azioni di follow-up", "# Azione | Titolare | Scadenza", true},
		{"nl", "Vervolgacties", "# Actie | Eigenaar | Deadline", true},
		{"pt", "Acções decididas", "# Acção | Dono | Data-limite", true},
		{"pt-br", "Ações aprovadas", "# Ação | Dono | Prazo", true},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			m, err := Minutes(minutesOf(c.heading, c.header, "1 Review supplier access | Rui Costa | 30 June 2025"))
			if err != nil {
				t.Fatal(err)
			}
			if a := m.Topics[evidence.TopicActionItems]; !a.Known || !a.Value {
				t.Errorf("action items %+v, want present", a)
			}
			if m.ActionItemsHaveOwners.Value != c.owners {
				t.Errorf("owners %+v, want %v", m.ActionItemsHaveOwners, c.owners)
			}
		})
	}
}

// TestActionHeadingNearMisses: no action decided, or a word that only looks
// like an action heading, is no action item.
func TestActionHeadingNearMisses(t *testing.T) {
	for _, l := range []string{
		"Non sono state decise nuove azioni.",
		"Não foram acordadas novas acções.",
		"Les suites de la réunion précédente ont été examinées sans décision.",
		"Der Dono-Server wurde erneuert.",
	} {
		m, err := Minutes(minutesOf(l))
		if err != nil {
			t.Fatal(err)
		}
		if a := m.Topics[evidence.TopicActionItems]; a.Value {
			t.Errorf("%q: action items from %q, want none", l, a.Quote)
		}
	}
}

// TestItalianFindingSingular: an audit with one finding ("un rilievo
// minore") reports a finding; an audit called notable ("di rilievo") or
// merely planned does not.
func TestItalianFindingSingular(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Audit interno: un rilievo minore sulla gestione delle chiavi, chiuso.", true},
		{"Audit interno: nessun rilievo.", true},
		{"L'audit esterno, di grande rilievo per i clienti, è previsto a ottobre.", false},
		{"L'audit di sorveglianza è fissato per il 3 ottobre 2025.", false},
	}
	for _, c := range cases {
		m, err := Minutes(minutesOf(c.line))
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Topics[evidence.TopicAuditFindings].Value; got != c.want {
			t.Errorf("%q: audit findings %v, want %v", c.line, got, c.want)
		}
	}
}

// TestAssignedTablesAreActions: in minutes read as text (a scan), a table
// giving work to people under a heading of decisions or agreements
// ("Acuerdos", "Beschlüsse", "Decisioni") is a table of actions with owners,
// in the seven languages: an owner column filled in beside a due date or
// the task agreed. An owner column with nothing due and no task (a register
// of areas and their owners), one left empty, and an attendance table are
// no actions.
func TestAssignedTablesAreActions(t *testing.T) {
	cases := []struct {
		lang, heading, header, row string
		want                       bool
	}{
		{"en", "Decisions", "# | Decision | Owner | Due date", "1 | Renew the signing certificate | Ana Ruiz | 10/02/2026", true},
		{"de", "Beschlüsse", "# | Beschluss | Verantwortlich | Frist", "1 | Zertifikat erneuern | Jonas Brandt | 10.02.2026", true},
		{"fr", "Décisions", "# | Décision | Porteur | Échéance", "1 | Renouveler le certificat | Claire Dumas | 10/02/2026", true},
		{"es", "Acuerdos", "# | Acuerdo | Responsable | Fecha compromiso", "1 | Renovar el certificado | Lucía Herrera | 10/02/2026", true},
		{"it", "Decisioni", "# | Decisione | Incaricato | Scadenza", "1 | Rinnovare il certificato | Giulia Conti | 10/02/2026", true},
		{"nl", "Besluiten", "# | Besluit | Eigenaar | Uiterste datum", "1 | Certificaat vernieuwen | Daan de Vries | 10-02-2026", true},
		{"pt", "Deliberações", "# | Deliberação | Responsável | Prazo", "1 | Renovar o certificado | Rita Almeida | 10/02/2026", true},
		{"en, register", "Overview", "Area | Owner", "Payroll | Ana Ruiz", false},
		{"es, no owner", "Overview", "# | Acuerdo | Responsable | Plazo", "1 | Renovar el certificado |  | 10/02/2026", false},
		{"de, attendance", "Overview", "Name | Funktion | Anwesend", "Jonas Brandt | Geschäftsführer | anwesend", false},
		{"nl, risks", "Overview", "Risico | Eigenaar | Score", "Datalek | Daan de Vries | 12", false},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			m, err := Minutes(minutesOf(c.heading, c.header, c.row))
			if err != nil {
				t.Fatal(err)
			}
			if a := m.Topics[evidence.TopicActionItems]; !a.Known || a.Value != c.want {
				t.Errorf("action items %+v, want %v", a, c.want)
			}
			if o := m.ActionItemsHaveOwners; !o.Known || o.Value != c.want {
				t.Errorf("owners %+v, want %v", o, c.want)
			}
		})
	}
}
