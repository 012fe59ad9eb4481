package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestPolicyDepartures: minutes that report on departures from a policy
// (or its directives and guidelines) cover the topic in the seven languages, whether they report one or say
// there were none (the review looked at them); a departure from anything
// but a policy, and a deviation of an audit, do not.
func TestPolicyDepartures(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Policy departures: a contractor kept a copy of the payroll file on a laptop.", true},
		{"Policy departures this quarter: none.", true},
		{"Abweichungen von der Richtlinie: keine.", true},
		{"Verletzungen der Passwortrichtlinie: ein geteiltes Konto wurde gesperrt.", true},
		{"Richtlinienverletzungen im Quartal: keine", true},
		{"Écarts à la politique : aucun.", true},
		{"Desviaciones de la política: ninguna en el periodo.", true},
		{"Incumplimientos de la política de escritorio limpio: dos puestos.", true},
		{"Scostamenti dalla politica: nessuno.", true},
		{"Afwijkingen van beleid: geen.", true},
		{"Desvios à política: nenhum.", true},
		{"Descumprimentos da política: um técnico instalou um programa sem autorização.", true},
		// Near misses: a departure from a plan, a deadline or a schedule,
		// an injury, an audit's deviation.
		{"Deviations from the project plan: the migration slipped a week.", false},
		{"Verletzungen am Arbeitsplatz: keine.", false},
		{"Descumprimento do prazo de entrega pelo fornecedor de balanças.", false},
		{"Scostamenti dal budget: contenuti.", false},
		{"Afwijkingen in de planning: twee weken vertraging.", false},
		// A departure from directives or guidelines is one from a policy;
		// a directive or guideline named without a departure is not.
		{"Deviations from security guidelines: two laptops left unlocked.", true},
		{"Abweichungen von Weisungen: keine im Berichtszeitraum.", true},
		{"Écarts aux consignes de sécurité : un badge prêté.", true},
		{"Incumplimientos de las directrices internas: uno.", true},
		{"Inosservanze delle direttive: due collaboratori hanno inviato documenti a indirizzi privati.", true},
		{"Afwijkingen van de voorschriften: geen.", true},
		{"Descumprimentos das diretrizes: um caso, tratado.", true},
		{"Security guidelines were republished on the intranet.", false},
		{"Neue Weisung zur Reisekostenabrechnung verteilt.", false},
		{"Direttive aggiornate e pubblicate.", false},
		{"Afwijkingen in de planning van de voorschriftenrevisie: twee weken.", false},
		{"Desvios do cronograma: uma semana.", false},
	}
	for _, c := range cases {
		f, _ := flat(Minutes(Document{Text: c.line}))
		if got := f[evidence.KeyTopics].(map[string]bool)[evidence.TopicPolicyViolations]; got != c.want {
			t.Errorf("%q: policy violations = %v, want %v", c.line, got, c.want)
		}
	}
}
