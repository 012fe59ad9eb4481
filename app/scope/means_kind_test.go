package scope

import "testing"

// A service named with the means it is done by ("Payments by card",
// "pagamenti con carta") is a kind of the activity: a keyword made of the
// name's other words ("payments") finds the general activity, which the
// scope may do otherwise, so it is open unless the scope writes the means.
func TestMeansKind(t *testing.T) {
	for _, c := range []struct {
		lang, scope, service string
		keywords             []string
		want                 string
	}{
		{"en", "Operation of hotel booking platforms; handling of booking payments; multilingual customer support.", "Processing of payments by card", []string{"payments"}, Uncertain},
		{"de", "Betrieb von Buchungsplattformen; Abwicklung von Zahlungen der Buchungen; Kundenbetreuung.", "Abwicklung von Zahlungen mit Karte", []string{"Zahlungen"}, Uncertain},
		{"fr", "Exploitation de plateformes de réservation ; gestion des paiements des réservations ; assistance aux clients.", "Traitement des paiements par carte", []string{"paiements"}, Uncertain},
		{"es", "Operación de plataformas de reservas; gestión de los pagos de las reservas; atención al cliente.", "Procesamiento de pagos con tarjeta", []string{"pagos"}, Uncertain},
		{"it", "Gestione di piattaforme di prenotazione; gestione dei pagamenti delle prenotazioni; assistenza clienti.", "Elaborazione dei pagamenti con carta", []string{"pagamenti"}, Uncertain},
		{"nl", "Beheer van boekingsplatforms; afhandeling van betalingen van boekingen; klantenservice.", "Verwerking van betalingen met kaart", []string{"betalingen"}, Uncertain},
		{"pt", "Operação de plataformas de reservas; gestão dos pagamentos das reservas; apoio ao cliente.", "Processamento de pagamentos com cartão", []string{"pagamentos"}, Uncertain},

		// Near misses: the scope writes the means, or the name has none.
		{"en", "Operation of hotel booking platforms; processing of card payments.", "Processing of payments by card", []string{"payments"}, Covered},
		{"it", "Gestione di piattaforme di prenotazione; elaborazione dei pagamenti con carta.", "Elaborazione dei pagamenti con carta", []string{"pagamenti"}, Covered},
		{"es", "Operación de plataformas de reservas; procesamiento de pagos con tarjeta.", "Procesamiento de pagos con tarjeta", []string{"pagos"}, Covered},
		{"en", "Operation of hotel booking platforms; processing of booking payments.", "Payment processing", []string{"payments"}, Covered},
		{"de", "Betrieb von Buchungsplattformen; Abwicklung von Zahlungen der Buchungen.", "Zahlungsabwicklung", []string{"Zahlungen"}, Covered},
		{"pt", "Operação de plataformas de reservas; processamento de pagamentos das reservas.", "Processamento de pagamentos", []string{"pagamentos"}, Covered},
	} {
		got := Cover(c.scope, c.service, c.keywords)
		if got.Verdict != c.want {
			t.Errorf("%s: Cover(%q, %q, %q) = %s (%s), want %s", c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
