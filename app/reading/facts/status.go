package facts

import (
	"regexp"
	"strings"
)

// A status cell says whether a row's act was done. Completing a course and
// acknowledging a policy are done in different words ("Passed" is no
// signature, "Signed" no course), but they are not done in the same
// words: not, missing, pending, refused, withdrawn, expected, under way,
// still to be signed. notDone holds those, and both status (a course) and
// ackSign (an acknowledgement) read it before their own words of done,
// since "not completed", "nicht unterschrieben" and "non réussi" contain a
// word of done. What is not done only for a course (enrolled, assigned,
// failed, a yes/no column's no) is courseNotDone's.
//
// The words are written folded (lower case, no accents) and match both a
// folded cell and a normalised one (punctuation as spaces).
var notDone = regexp.MustCompile(
	// The negations, in the seven languages, and "did not".
	`\bnot\b|\bno\b|\bnon\b|\bnicht\b|\bkein\w*|\bpas\b|\bniet\b|\bgeen\b|\bnao\b|\bsin\b|\bsenza\b|\bsem\b|\bdid\s*n[o']t\b` +
		// Incomplete, unsigned, unread.
		`|\bincomplete\b|\bun(?:signed|acknowledged|finished|read|declared)\b|\bungelesen\b|\bunvollstandig\b|\bincomplet[oa]?\b|\bonvolledig\b` +
		// Under way: begun and not finished.
		`|\bin[\s-]?progress\b|\bstarted\b|\bunder\s*way\b|\bin\s+bearbeitung\b|\bin\s+durchfuhrung\b|\bbegonnen\b|\bgestartet\b|\bangefangen\b|\blaufend\b` +
		`|\ben\s+cours\b|\ben\s+traitement\b|\bcommencee?\b|\ben\s+(?:curso|progreso|proceso|desarrollo|ejecucion|marcha)\b|\biniciad[oa]\b` +
		`|\bin\s+(?:corso|lavorazione|svolgimento)\b|\biniziat[oa]\b|\bbezig\b|\bin\s+uitvoering\b|\bin\s+behandeling\b|\blopend\b|\bgestart\b` +
		`|\bem\s+(?:andamento|curso|progresso|execucao|desenvolvimento)\b` +
		// Pending, outstanding, awaited, overdue, expired.
		`|\bpending\b|\boutstanding\b|\bwaiting\b|\bawaiting\b|\bawaited\b|\bexpected\b|\boverdue\b|\bexpired\b` +
		`|\bausstehend\b|\bsteht\s+aus\b|\boffen\b|\berwartet\b|\buberfallig\b|\bverspatet\b|\babgelaufen\b` +
		`|\ben\s+attente\b|\battendue?s?\b|\ben\s+retard\b|\bexpiree?\b` +
		`|\bpendiente\b|\besperad[oa]\b|\bvencid[oa]\b|\batrasad[oa]\b|\bcaducad[oa]\b` +
		`|\bin\s+sospeso\b|\bin\s+attesa\b|\battes[oa]\b|\bscadut[oa]\b|\bin\s+ritardo\b` +
		`|\bopenstaand\b|\bverwacht\b|\bverlopen\b|\bte\s+laat\b|\bachterstallig\b` +
		`|\bpendente\b|\baguardad[oa]\b|\baguardando\b|\bexpirad[oa]\b|\bem\s+(?:falta|atraso)\b` +
		// Refused, rejected, withdrawn, revoked.
		`|\bdeclined\b|\brefused\b|\brejected\b|\bwithdrawn\b|\brevoked\b|\babgelehnt\b|\bwiderrufen\b` +
		`|\brefusee?\b|\bretiree?\b|\brevoquee?\b|\brechazad[oa]\b|\brevocad[oa]\b|\brifiutat[oa]\b|\brevocat[oa]\b` +
		`|\bgeweigerd\b|\bafgewezen\b|\bingetrokken\b|\brecusad[oa]\b|\brevogad[oa]\b` +
		// Missing: "Akkoord ontbreekt", "Unterschrift fehlt", "Signature
		// manquante", "Falta firma", "Firma mancante".
		`|\bmissing\b|\bontbre\w*|\bfehl(?:t|en|end\w*)\b|\bmanquante?s?\b|\bfalta\b|\bfaltantes?\b|\bmancant[ei]\b|\bmanca\s+(?:la\s+)?(?:firma|conferma|accettazione|presa)\b` +
		// Broken off or cancelled, or done in part only.
		`|\babgebrochen\b|\babandonnee?\b|\babandonad[oa]\b|\babbandonat[oa]\b|\bafgebroken\b` +
		`|\bcancell?ed\b|\bannulee?\b|\bcancelad[oa]\b|\bannullat[oa]\b|\bgeannuleerd\b|\bstorniert\b|\babgesagt\b` +
		`|\bpartial(?:ly)?\b|\bteilweise\b|\bpartiel(?:le)?(?:ment)?\b|\bparcial(?:mente)?\b|\bparzial(?:e|i|mente)\b|\bgedeeltelijk\b` +
		// Never opened or started: "Nie geöffnet", "Jamais ouvert",
		// "Nunca abierto", "Mai aperto", "Nooit geopend", "Nunca aberto".
		`|\bnever\s+(?:opened|started|accessed)\b|\bnie\s+(?:geoffnet|begonnen|gestartet)\b|\bjamais\s+(?:ouverte?|commencee?)\b|\bnunca\s+(?:abiert[oa]|iniciad[oa]|abert[oa])\b|\bmai\s+(?:apert[oa]|iniziat[oa]|avviat[oa])\b|\bnooit\s+(?:geopend|gestart|begonnen)\b` +
		// Still to be done: "To sign", "À signer", "Por assinar", "Da
		// firmare", "Te ondertekenen", "Zu unterschreiben".
		// Still to be started: "To start", "Zu beginnen", "À commencer",
		// "Por iniciar", "Da iniziare", "Te starten", "Por começar".
		`|\bto\s+(?:start|begin)\b|\bzu\s+(?:beginnen|starten)\b|\ba\s+(?:commencer|demarrer|debuter)\b` +
		`|\bpor\s+(?:iniciar|empezar|comenzar|comecar|realizar|fazer|hacer)\b|\bda\s+(?:iniziare|avviare|svolgere|fare)\b|\bte\s+(?:starten|beginnen|doen)\b` +
		`|\bto\s+(?:sign|read|acknowledge|accept|complete|declare)\b` +
		`|\bzu\s+(?:unterschreiben|unterzeichnen|lesen|bestatigen|erledigen|erklaren)\b|\ba\s+(?:signer|lire|valider|accepter|faire|declarer)\b` +
		`|\bpor\s+(?:firmar|leer|aceptar|confirmar|completar|assinar|ler|aceitar|concluir|declarar)\b` +
		`|\bda\s+(?:firmare|leggere|accettare|confermare|completare|dichiarare)\b|\bte\s+(?:ondertekenen|tekenen|lezen|bevestigen|accepteren|verklaren)\b`)

// courseNotDone is what says a course was not done and an acknowledgement
// would not: a yes/no column's no, a test failed or with a negative
// result, enrolled, assigned, scheduled or absent (a workflow's events,
// in an acknowledgement log), and its deadline missed (a signature given
// late is still given).
var courseNotDone = regexp.MustCompile(`^(?:n|false|0|✗|✘|❌|nein|nee)$` +
	`|\bfail|\bdurchgefallen\b|\bfehlgeschlagen\b|\bechouee?\b|\bsuspendid[oa]\b|\bsuspens[oa]\b|\breprobad[oa]\b|\breprovad[oa]\b|\bfallit[oa]\b|\bbocciat[oa]\b|\bgezakt\b|\bmislukt\b` +
	// Failed, worded otherwise: "Desaprobado", "Insuficiente",
	// "Insuffisant", "Ungenügend", "Insufficiente", "Onvoldoende", and a
	// negative result: "Esito negativo", "Negatives Ergebnis".
	`|\bdesaprobad[oa]\b|\binsuficiente\b|\binsuffisante?\b|\bungenugend\b|\binsufficiente\b|\bonvoldoende\b` +
	`|\bnegative\b|\bnegativ(?:e[sr]?)?\b|\bnegatif\b|\bnegativ[oa]\b|\bnegatief\b` +
	`|\benrolled\b|\bassigned\b|\bregistered\b|\bscheduled\b|\bopen\b|\babsent\b` +
	`|\bzugewiesen\b|\bassignee?\b|\battribuee?\b|\basignad[oa]\b|\bassegnat[oa]\b|\btoegewezen\b|\batribuid[oa]\b|\beingeschrieben\b|\binscrite?\b|\binscrit[oa]\b|\biscritt[oa]\b|\bingeschreven\b` +
	// Past its deadline: "Past target", "Fuera de plazo", "Termin
	// überschritten", "Frist versäumt", "Délai dépassé", "Oltre il
	// termine" (which would read as French "terminé"), "Termijn
	// verstreken", "Prazo expirado".
	`|\bpast\s+(?:the\s+)?(?:deadline|due\s+date|target)\b|\bmissed\s+(?:the\s+)?(?:deadline|target)\b|\bdeadline\s+missed\b` +
	`|\bfuera\s+de\s+(?:plazo|termino)\b|\bplazo\s+(?:excedido|superado)\b|\btermin\s+uberschritten\b|\bfrist\s+uberschritten\b|\bversaumt\b|\bhors\s+(?:delai|terme)\b|\bdelai\s+depasse\b` +
	`|\bfuori\s+(?:tempo|termine|termini|scadenza)\b|\b(?:oltre|dopo)\s+(?:il\s+)?termine\b|\bscadenza\s+superata\b` +
	`|\bbuiten\s+(?:de\s+)?termijn\b|\btermijn\s+(?:verstreken|overschreden)\b|\bfora\s+d[eo]\s+prazo\b|\bprazo\s+(?:expirado|ultrapassado|excedido)\b` +
	// Failed, as a noun or worded otherwise: "Échec", "Unsuccessful",
	// "Fallido", "Falhado".
	`|\bechec\b|\bunsuccessful\b|\bfallid[oa]\b|\bfalhad[oa]\b|\bfalhou\b` +
	deadlinePassed)

// deadlinePassed says, as a course's status, that its deadline went by
// without it: a word of the deadline and one of its passing, in the seven
// languages, folded: "Deadline exceeded", "Frist abgelaufen",
// "Échéance dépassée", "Date limite dépassée", "Plazo vencido", "Fecha
// límite superada", "Scadenza superata", "Termine scaduto", "Deadline
// verstreken", "Vervaldatum verlopen", "Prazo ultrapassado", "Data limite
// expirada". A deadline met ("Avant l'échéance", "Entro la scadenza") has
// no word of passing, and "Past due" says only that the day is past.
const deadlinePassed = `|\b(?:deadline|due\s+date|target\s+date)\s+(?:passed|exceeded|expired|missed|overrun)\b` +
	`|\b(?:frist|termin|falligkeit|deadline|stichtag|abgabetermin)\s+(?:uberschritten|abgelaufen|verstrichen|versaumt|verpasst)\b` +
	`|\b(?:echeance|date\s+limite|delai|date\s+d\W?\s*echeance)\s+(?:depassee?|expiree?|passee?|echue|non\s+respectee?)\b` +
	`|\b(?:plazo|fecha\s+limite|vencimiento|fecha\s+de\s+vencimiento)\s+(?:vencid[oa]|superad[oa]|excedid[oa]|expirad[oa]|rebasad[oa]|pasad[oa])\b` +
	`|\b(?:scadenza|termine|data\s+limite)\s+(?:superat[oa]|scadut[oa]|oltrepassat[oa]|passat[oa]|non\s+rispettat[oa])\b` +
	`|\b(?:deadline|termijn|vervaldatum|uiterste\s+datum|einddatum)\s+(?:verstreken|overschreden|verlopen|gemist|voorbij)\b` +
	`|\b(?:prazo|data\s+limite|vencimento)\s+(?:expirad[oa]|ultrapassad[oa]|excedid[oa]|vencid[oa]|esgotad[oa]|passad[oa])\b`

// noRemarks is a negation of remarks or reservations, which says nothing
// against the act: "Completado sin observaciones", "Firmato senza
// riserve", "Getekend zonder opmerkingen", "Signed, no comments".
var noRemarks = regexp.MustCompile(`\b(?:no|without|ohne|keine?|sans|pas\s+de|aucune?s?|sin|senza|nessuna?|zonder|geen|sem|nenhuma?s?)\s+(?:remarks?|comments?|issues?|reservations?|exceptions?|anmerkungen|bemerkungen|vorbehalte?|einwande|remarques?|commentaires?|reserves?|observaciones|observacion|comentarios?|reservas?|incidencias|osservazioni|commenti|riserve|rilievi|opmerkingen|voorbehoud|bezwaar|observacoes|ressalvas?|comentarios?)\b`)

// exemptWord says a person was let off the course or the signature: an
// exemption, a waiver, or the act not applying to them, in the seven
// languages: "Exempt", "Waived", "Not applicable", "Befreit", "Nicht
// zutreffend", "Dispensé", "Non concerné", "Exento", "No aplica",
// "Esonerato", "Non applicabile", "Vrijgesteld", "Niet van toepassing",
// "Isento", "Não aplicável". The negations in it ("not", "non", "niet")
// say nothing of whether the act was done.
var exemptWord = regexp.MustCompile(`\bexempt(?:ed|ion)?\b|\bwaive[dr]?\b|\bnot\s+(?:applicable|required|relevant)\b|^n\s*/?\s*a$` +
	`|\bbefreit\b|\bbefreiung\b|\bfreigestellt\b|\bnicht\s+(?:zutreffend|anwendbar|erforderlich|relevant)\b|^entfallt$` +
	`|\bdispensee?s?\b|\bdispense\b|\bexemptee?\b|\bexoneree?\b|\bnon\s+(?:applicable|concernee?|requise?)\b|^sans\s+objet$` +
	`|\bexent[oa]\b|\bexencion\b|\bexonerad[oa]\b|\bdispensad[oa]\b|\bno\s+(?:aplica|aplicable|requerid[oa]|corresponde)\b` +
	`|\besonerat[oa]\b|\besonero\b|\besente\b|\bdispensat[oa]\b|\bnon\s+(?:applicabile|pertinente|richiest[oa]|previst[oa])\b` +
	`|\bvrijgesteld\b|\bvrijstelling\b|\bontheffing\b|\bontheven\b|\bniet\s+(?:van\s+toepassing|vereist|nodig)\b|^n\s*v\s*t$` +
	`|\bisent[oa]\b|\bisencao\b|\bnao\s+(?:aplicavel|se\s+aplica|exigid[oa]|obrigatori[oa])\b`)

// exempt reports whether a status cell says the person was let off the
// act and nothing more: an exemption asked for and not yet granted
// ("Exemption requested", "Befreiung beantragt") or refused is none, and
// neither is an exemption beside a word of not done ("Waiver expired").
func exempt(s string) bool {
	s = normalizeHeader(s)
	if !exemptWord.MatchString(s) {
		return false
	}
	rest := exemptWord.ReplaceAllString(s, " ")
	return !exemptAsked.MatchString(rest) && !saysNotDone(rest) && !courseNotDone.MatchString(strings.TrimSpace(rest))
}

// exemptAsked is an exemption asked for or refused, not granted:
// "requested", "beantragt", "demandée", "solicitada", "richiesta",
// "aangevraagd", "in review"; "denied", "abgelehnt", "refusée",
// "denegada", "respinta", "afgewezen", "indeferida".
var exemptAsked = regexp.MustCompile(`\b(?:request(?:ed)?|applied|asked|under\s+review|in\s+review|beantragt|angefragt|demandee?|sollicitee?|solicitad[oa]|pedid[oa]|richiest[oa]|aangevraagd|gevraagd|denied|declined|refused|rejected|abgelehnt|verweigert|refusee?|rejetee?|denegad[oa]|rechazad[oa]|negat[oa]|respint[oa]|rifiutat[oa]|afgewezen|geweigerd|indeferid[oa]|recusad[oa]|negad[oa])\b`)

// status classifies a course's status cell: +1 done, -1 not done, 0
// unknown or exempt (see exempt: neither done nor not done).
func status(s string) int {
	s = fold(strings.TrimSpace(s))
	switch {
	case s == "" || exempt(s):
		return 0
	case saysNotDone(s) || courseNotDone.MatchString(s):
		return -1
	case statusPositive.MatchString(s):
		return 1
	}
	return 0
}

// saysNotDone reports whether a folded or normalised cell says its act was
// not done, in the words a course and an acknowledgement share.
func saysNotDone(s string) bool {
	return notDone.MatchString(noRemarks.ReplaceAllString(s, " "))
}

// notDoneAt returns where the first word of not done starts in a folded
// or normalised text, or -1.
func notDoneAt(s string) int {
	if loc := notDone.FindStringIndex(noRemarks.ReplaceAllString(s, " ")); loc != nil {
		return loc[0]
	}
	return -1
}

// leftWord says, as a whole cell, that a person is no longer on the staff
// or their account no longer in use, in the seven languages, normalised:
// "Left", "Leaver", "Inactive", "Terminated", "Ausgeschieden", "Inaktiv",
// "Inactif", "Sortie", "Dado de baja", "Inactivo", "Cessato", "Inattivo",
// "Uit dienst", "Inactief", "Desligado", "Inativo". A word of the present
// staff ("Active", "Aktiv", "Actif") is none, and neither is a cell that
// says more ("Left-handed desk", "Partie 2").
var leftWord = regexp.MustCompile(`^(?:left|leaver|inactive|deactivated|terminated|departed|former (?:employee|staff)|no longer employed|left the company|` +
	`ausgetreten|ausgeschieden|inaktiv|deaktiviert|ehemalige?r? mitarbeiter(?:in)?|` +
	`inactif|inactive|desactivee?|sortie?|ancien(?:ne)? (?:collaborateur|collaboratrice|salariee?|employee?)|a quitte l entreprise|` +
	`inactiv[oa]|baja|de baja|dad[oa] de baja|cesad[oa]|desactivad[oa]|ex (?:empleado|empleada|colaborador|colaboradora)|` +
	`inattiv[oa]|cessat[oa]|dimess[oa]|disattivat[oa]|ex (?:dipendente|collaboratore|collaboratrice)|` +
	`uit dienst|inactief|vertrokken|gedeactiveerd|oud medewerker|voormalig medewerker|` +
	`inativ[oa]|desligad[oa]|desativad[oa]|ex (?:colaborador|colaboradora|funcionario|funcionaria))$`)

// hasLeft reports whether a cell says a person has left (leftWord), with
// at most a date beside it ("Left 2025-03-31", "Ausgeschieden 31.03.2025").
func hasLeft(c string) bool {
	var words []string
	for _, w := range strings.Fields(normalizeHeader(c)) {
		if !strings.ContainsAny(w, "0123456789") {
			words = append(words, w)
		}
	}
	return leftWord.MatchString(strings.Join(words, " "))
}
