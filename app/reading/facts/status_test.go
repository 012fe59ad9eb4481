package facts

import "testing"

// TestSharedNotDone: what says an act was not done (not, missing,
// pending, refused, withdrawn, revoked, awaited, under way, still to be
// signed) says it for a course and for an acknowledgement alike, in the
// seven languages.
func TestSharedNotDone(t *testing.T) {
	for _, s := range []string{
		"Not signed", "Missing", "Pending", "Outstanding", "Refused", "Withdrawn", "Revoked", "Expected", "Awaited", "In progress", "To sign", "Unread",
		"Nicht unterschrieben", "Fehlt", "Steht aus", "Ausstehend", "Abgelehnt", "Widerrufen", "Erwartet", "Zu unterschreiben", "Angefangen",
		"Non signé", "Manquant", "En attente", "Refusé", "Retiré", "Révoqué", "Attendu", "À signer", "En cours",
		"Sin firma", "Falta firma", "Pendiente", "Rechazado", "Revocado", "Esperado", "Por firmar", "En desarrollo",
		"Senza firma", "Firma mancante", "In attesa", "Rifiutato", "Revocato", "Atteso", "Da firmare", "In lavorazione",
		"Geen akkoord", "Akkoord ontbreekt", "Openstaand", "Geweigerd", "Ingetrokken", "Verwacht", "Te ondertekenen", "In behandeling",
		"Sem assinatura", "Em falta", "Pendente", "Recusado", "Revogado", "Aguardado", "Por assinar", "Em execução",
		// Still to be started, in the seven languages.
		"To start", "Zu beginnen", "À commencer", "Por iniciar", "Da iniziare", "Te starten", "Por começar", "Por empezar",
	} {
		if status(s) != -1 || ackSign(s) != -1 {
			t.Errorf("%q: status %d, ackSign %d; want -1 for both", s, status(s), ackSign(s))
		}
	}
}

// TestStatusKinds: completing a course and acknowledging a policy are
// done in their own words, and some words say a course was not done
// while saying nothing of an acknowledgement: enrolled and assigned (a
// workflow's events), failed, or done after the deadline (a late
// signature is still one).
func TestStatusKinds(t *testing.T) {
	course := map[string]int{
		"Passed": 1, "Bestanden": 1, "Réussi": 1, "Aprobado": 1, "Superato": 1, "Geslaagd": 1, "Aprovado": 1,
		"Assigned": -1, "Zugewiesen": -1, "Inscrit": -1, "Asignado": -1, "Assegnato": -1, "Toegewezen": -1, "Atribuído": -1,
		"Failed": -1, "Fehlgeschlagen": -1, "Échoué": -1, "Reprobado": -1, "Bocciato": -1, "Gezakt": -1, "Reprovado": -1,
		"Completed past deadline": -1, "Frist versäumt": -1, "Hors délai": -1, "Fuera de plazo": -1, "Fuori tempo": -1, "Buiten termijn": -1, "Fora do prazo": -1,
	}
	ack := map[string]int{
		"Passed": 0, "Bestanden": 0, "Réussi": 0, "Aprobado": 0, "Superato": 0, "Geslaagd": 0, "Aprovado": 0,
		"Assigned": 0, "Zugewiesen": 0, "Assigné": 0, "Asignado": 0, "Assegnato": 0, "Toegewezen": 0, "Atribuído": 0,
		"Signed past deadline": 1, "Unterschrieben, Frist versäumt": 1, "Signé hors délai": 1, "Firmado fuera de plazo": 1,
		"Firmato fuori tempo": 1, "Getekend buiten termijn": 1, "Assinado fora do prazo": 1,
	}
	for s, want := range course {
		if got := status(s); got != want {
			t.Errorf("status(%q) = %d, want %d", s, got, want)
		}
	}
	for s, want := range ack {
		if got := ackSign(s); got != want {
			t.Errorf("ackSign(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestNoRemarksIsNoNegation: a negation of remarks or reservations says
// nothing against the act ("Firmado sin observaciones"); a negation of
// the act, beside it, still does.
func TestNoRemarksIsNoNegation(t *testing.T) {
	for _, s := range []string{
		"Signed, no comments", "Unterschrieben ohne Anmerkungen", "Signé sans réserve", "Lu et approuvé, pas de remarques",
		"Firmado sin observaciones", "Firmato senza riserve", "Getekend zonder opmerkingen", "Assinado sem ressalvas",
	} {
		if ackSign(s) != 1 || status(s) != 1 {
			t.Errorf("%q: ackSign %d, status %d; want 1", s, ackSign(s), status(s))
		}
	}
	for _, s := range []string{"Completado sin observaciones", "Completato senza rilievi", "Afgerond zonder opmerkingen", "Concluído sem observações"} {
		if status(s) != 1 {
			t.Errorf("status(%q) = %d, want 1", s, status(s))
		}
	}
	// Near misses: the act itself negated.
	for _, s := range []string{"No comments, not signed", "Sin observaciones, sin firma", "Senza riserve, firma mancante", "Geen opmerkingen, niet getekend"} {
		if ackSign(s) != -1 {
			t.Errorf("ackSign(%q) = %d, want -1", s, ackSign(s))
		}
	}
}
