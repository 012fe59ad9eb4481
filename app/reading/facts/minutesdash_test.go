package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestActionDashOwner: short minutes list each action as "action – owner,
// by date" under their heading of actions; the owner after the dash is
// one. An action with only its due date after the dash names no one.
func TestActionDashOwner(t *testing.T) {
	cases := []struct {
		lang, heading, owned, unowned string
	}{
		{"en", "Actions:", "Review remote access rights – Mary Jones, by 24.12.2025", "Review remote access rights – by 24.12.2025"},
		{"de", "Maßnahmen:", "Zugriffsrechte überprüfen – Brigitte Weber, bis 24.12.2025", "Zugriffsrechte überprüfen – bis 24.12.2025"},
		{"fr", "Actions :", "Revoir les droits d'accès – Sonia Haddad, avant le 24/12/2025", "Revoir les droits d'accès – avant le 24/12/2025"},
		{"es", "Acciones:", "Revisar los accesos remotos – Camila Pérez, antes del 24/12/2025", "Revisar los accesos remotos – antes del 24/12/2025"},
		{"it", "Azioni:", "Rivedere gli accessi remoti – Tiziana Rocco, entro il 24/12/2025", "Rivedere gli accessi remoti – entro il 24/12/2025"},
		{"nl", "Acties:", "Toegangsrechten herzien – Daisy de Vries, uiterlijk 24-12-2025", "Toegangsrechten herzien – uiterlijk 24-12-2025"},
		{"pt", "Ações:", "Rever os acessos remotos – Edna Brito, até 24/12/2025", "Rever os acessos remotos – até 24/12/2025"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			for _, tc := range []struct {
				line   string
				owners bool
			}{{c.owned, true}, {c.unowned, false}} {
				m, err := Minutes(minutesOf(c.heading, tc.line))
				if err != nil {
					t.Fatal(err)
				}
				if a := m.Topics[evidence.TopicActionItems]; !a.Known || !a.Value {
					t.Errorf("%q: action items %+v, want present", tc.line, a)
				}
				if m.ActionItemsHaveOwners.Value != tc.owners {
					t.Errorf("%q: owners %+v, want %v", tc.line, m.ActionItemsHaveOwners, tc.owners)
				}
			}
		})
	}
}

// TestActionDashOwnerNearMisses: a dash and a capitalised word that is no
// name before a comma, outside a list of actions or not followed by a due
// date, is no owner.
func TestActionDashOwnerNearMisses(t *testing.T) {
	for _, l := range []string{
		"Sicherheitsschulung – Stand November, 73 % abgeschlossen",
		"Incidents – Phishing, lost badge",
		"Review – Version 2, by March",
	} {
		if ownerDash.MatchString(l) {
			t.Errorf("%q read as an action's owner", l)
		}
	}
}

// TestActionsCutOff: minutes whose text ends on their heading of actions (a
// scan of the first page alone) do not show whether the actions name
// owners; an action written out on the last line without an owner, or a
// heading with a line under it, says none does.
func TestActionsCutOff(t *testing.T) {
	for _, c := range []struct{ lang, heading, action string }{
		{"en", "6. Actions", "Review the supplier questionnaire by 30 June 2025."},
		{"de", "6. Maßnahmen", "Lieferantenfragebogen bis 30.06.2025 aktualisieren."},
		{"fr", "6. Plan d'actions", "Mettre à jour le questionnaire fournisseurs avant le 30/06/2025."},
		{"es", "6. Acciones", "Actualizar el cuestionario de proveedores antes del 30/06/2025."},
		{"it", "6. Azioni", "Aggiornare il questionario fornitori entro il 30/06/2025."},
		{"nl", "6. Actiepunten", "Leveranciersvragenlijst bijwerken vóór 30-06-2025."},
		{"pt", "6. Ações", "Atualizar o questionário de fornecedores até 30/06/2025."},
	} {
		t.Run(c.lang, func(t *testing.T) {
			m, err := Minutes(minutesOf("1. Previous review approved.", c.heading))
			if err != nil {
				t.Fatal(err)
			}
			if m.ActionItemsHaveOwners.Known {
				t.Errorf("ending on %q: owners %+v, want unknown", c.heading, m.ActionItemsHaveOwners)
			}
			m, err = Minutes(minutesOf("1. Previous review approved.", c.heading, c.action))
			if err != nil {
				t.Fatal(err)
			}
			if !m.ActionItemsHaveOwners.Known || m.ActionItemsHaveOwners.Value {
				t.Errorf("%q under %q: owners %+v, want known false", c.action, c.heading, m.ActionItemsHaveOwners)
			}
		})
	}
}
