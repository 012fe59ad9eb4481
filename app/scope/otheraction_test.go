package scope

import "testing"

// A keyword that shares the service's object but is headed by another
// action ("payment file preparation" for "Disbursement of claim
// payments") names another activity: unless the scope writes the
// service's own action, the cover is open. A keyword saying the same
// activity in other words ("mortgage loans" for "Mortgage lending",
// "bonded warehousing" for "Bonded storage") or a scope writing the
// action keeps it.
func TestOtherActionKeyword(t *testing.T) {
	for _, c := range []struct {
		lang, scope, service string
		keywords             []string
		want                 string
	}{
		{"en", "Administration of pension schemes, including member enquiries and benefit statement preparation.", "Payment of pension benefits", []string{"benefit statement preparation"}, Uncertain},
		{"de", "Verwaltung von Versicherungsfällen, einschließlich Schadenerfassung und Vorbereitung der Zahlungsdateien.", "Auszahlung von Schadenzahlungen", []string{"Vorbereitung der Zahlungsdateien"}, Uncertain},
		{"fr", "Gestion des sinistres pour les assureurs, y compris la réception des déclarations et la préparation des fichiers de paiement.", "Versement des indemnités", []string{"préparation des fichiers de paiement"}, Uncertain},
		{"es", "Gestión de siniestros para aseguradoras, incluida la recepción de partes y la preparación de ficheros de pago.", "Abono de indemnizaciones", []string{"preparación de ficheros de pago"}, Uncertain},
		{"it", "Gestione dei sinistri per le compagnie, compresa la ricezione delle denunce e la preparazione dei file di pagamento.", "Liquidazione dei sinistri", []string{"preparazione dei file di pagamento"}, Uncertain},
		{"pt", "Gestão de sinistros para seguradoras, incluindo a receção de participações e a preparação de ficheiros de pagamento.", "Liquidação de sinistros", []string{"preparação de ficheiros de pagamento"}, Uncertain},

		{"nl", "Schadebehandeling voor verzekeraars, waaronder de ontvangst van meldingen en de voorbereiding van betaalbestanden.", "Uitbetaling van schadevergoedingen", []string{"voorbereiding van betaalbestanden"}, Uncertain},

		// Near misses.
		{"en", "Provision of mortgage loans to first-time buyers.", "Mortgage lending", []string{"mortgage loans"}, Covered},
		{"en", "Administration of pension schemes, including the payment of pension benefits.", "Payment of pension benefits", []string{"benefit statement preparation"}, Covered},
		{"en", "Bonded warehousing for importers.", "Bonded storage", []string{"bonded warehousing"}, Covered},
		{"de", "Zolllagerung und Kommissionierung für Importeure.", "Zolllager", []string{"Zolllagerung"}, Covered},
		{"en", "Claims administration for insurers, including claims intake and payment file preparation.", "Payment file preparation", []string{"payment files"}, Covered},
	} {
		got := Cover(c.scope, c.service, c.keywords)
		if got.Verdict == Covered && c.want != Covered || got.Verdict != Covered && c.want == Covered {
			t.Errorf("%s: Cover(%q, %q, %q) = %s (%s), want %s", c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
