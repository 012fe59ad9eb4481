package facts

import (
	_ "embed"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// The words of exported tables of people (training reports, acknowledgement
// logs) in the seven languages vendors send them in: English, German,
// French, Spanish, Italian, Dutch and Portuguese. Every phrase is written
// folded (lower case, no accents, punctuation as spaces), the form
// normalizeHeader and fold give a cell, so "Fällig am" is "fallig am" and
// "Date d'achèvement" is "date d achevement".

// headerWords are the header wordings of each role. A header takes the
// role whose phrase it contains with the most characters, so "Employee
// type" is a type and "Course completion date" a date; see headerRole for
// the dates that are not completions.
//
// They are data, kept in headerwords.json beside this file: a role's name
// (roleName, roleDate, …) and its phrases.
//
//go:embed headerwords.json
var headerWordsJSON []byte

var headerWords = rolePhrases(headerWordsJSON)

// rolePhrases decodes the header words, refusing a role the readers do not
// know, so that a misspelt role in the data fails every test at once.
func rolePhrases(b []byte) map[string][]string {
	var m map[string][]string
	if err := json.Unmarshal(b, &m); err != nil {
		panic("facts: headerwords.json: " + err.Error())
	}
	for role := range m {
		if !slices.Contains(roleOrder, role) {
			panic("facts: headerwords.json names an unknown role " + strconv.Quote(role))
		}
	}
	return m
}

// fold lowers s and removes its accents, so that "Terminé", "TERMINE" and
// "terminé" read alike.
func fold(s string) string {
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			out, _, err := transform.String(t, s)
			if err != nil {
				return s
			}
			return strings.ReplaceAll(out, "ß", "ss")
		}
	}
	return s
}

// Status words, folded. Negative forms are checked first because "not
// completed", "nicht bestanden" and "non réussi" contain a positive word.
var (
	statusNegative = regexp.MustCompile(`\bnot\b|\bincomplete\b|\bun(?:signed|acknowledged|finished)\b|\bfail|\boverdue\b|\bin[\s-]?progress\b|\bpending\b|\boutstanding\b|\bexpired\b|\bdeclined\b|\brefused\b|\brejected\b|\bwithdrawn\b|\bdid\s*n[o']t\b|\benrolled\b|\bassigned\b|\bregistered\b|\bstarted\b|\bopen\b|\bscheduled\b|\bwaiting\b|\bmissing\b|\babsent\b|^(?:no|n|false|0|✗|✘|❌)$` +
		// German, French, Spanish, Italian, Dutch and Portuguese: the
		// negations, then failed, in progress, pending, overdue, assigned
		// and declined.
		`|\bnicht\b|\bkein\w*|\bnon\b|\bpas\b|\bniet\b|\bnog\s+geen\b|\bnao\b|^no\b|\b(?:todavia|aun)\s+no\b|\bsin\s+(?:iniciar|comenzar|empezar|completar|firmar)\b|^(?:nein|nee)$` +
		`|\bincomplet[oa]?\b|\bunvollstandig\b|\bonvolledig\b|\bdurchgefallen\b|\bfehlgeschlagen\b|\bechouee?\b|\bsuspendid[oa]\b|\breprobad[oa]\b|\breprovad[oa]\b|\bfallit[oa]\b|\bbocciat[oa]\b|\bgezakt\b|\bmislukt\b` +
		// Failed, worded otherwise: "Desaprobado", "Insuficiente",
		// "Insuffisant", "Ungenügend", "Insufficiente".
		`|\bdesaprobad[oa]\b|\binsuficiente\b|\binsuffisante?\b|\bungenugend\b|\binsufficiente\b` +
		`|\bin\s+bearbeitung\b|\bbegonnen\b|\bgestartet\b|\blaufend\b|\ben\s+cours\b|\bcommencee?\b|\ben\s+curso\b|\ben\s+progreso\b|\ben\s+proceso\b|\biniciad[oa]\b|\bin\s+corso\b|\biniziat[oa]\b|\bbezig\b|\bin\s+uitvoering\b|\blopend\b|\bgestart\b|\bem\s+andamento\b|\bem\s+curso\b|\bem\s+progresso\b` +
		`|\bausstehend\b|\boffen\b|\buberfallig\b|\bverspatet\b|\babgelaufen\b|\ben\s+attente\b|\ben\s+retard\b|\bexpiree?\b|\bpendiente\b|\bvencid[oa]\b|\batrasad[oa]\b|\bcaducad[oa]\b|\bin\s+sospeso\b|\bin\s+attesa\b|\bscadut[oa]\b|\bin\s+ritardo\b|\bopenstaand\b|\bverlopen\b|\bte\s+laat\b|\bachterstallig\b|\bpendente\b|\bexpirad[oa]\b` +
		`|\bzugewiesen\b|\bassignee?\b|\battribuee?\b|\basignad[oa]\b|\bassegnat[oa]\b|\btoegewezen\b|\batribuid[oa]\b|\beingeschrieben\b|\binscrite?\b|\binscrit[oa]\b|\biscritt[oa]\b|\bingeschreven\b` +
		`|\babgelehnt\b|\brefusee?\b|\brechazad[oa]\b|\brifiutat[oa]\b|\bgeweigerd\b|\bafgewezen\b|\brecusad[oa]\b` +
		// What is still to be done: "To sign", "À signer", "Por
		// assinar", "Da firmare", "Te ondertekenen".
		`|\bunread\b|\bungelesen\b|\bawaiting\b|\bto\s+(?:sign|read|acknowledge|accept|complete)\b` +
		`|\bzu\s+(?:unterschreiben|unterzeichnen|lesen|bestatigen|erledigen|erklaren)\b|\ba\s+(?:signer|lire|valider|accepter|faire|declarer)\b` +
		`|\bpor\s+(?:firmar|leer|aceptar|confirmar|completar|assinar|ler|aceitar|concluir|declarar)\b|\bsin\s+(?:leer|aceptar|confirmar|declarar)\b` +
		`|\bda\s+(?:firmare|leggere|accettare|confermare|completare|dichiarare)\b|\bte\s+(?:ondertekenen|tekenen|lezen|bevestigen|accepteren|verklaren)\b|\bto\s+declare\b|\bundeclared\b` +
		`|\baguardando\b|\bem\s+(?:falta|atraso)\b` +
		// Missing, as "Akkoord ontbreekt", "Unterschrift fehlt", "Signature
		// manquante", "Falta firma", "Firma mancante".
		`|\bontbre\w*|\bfehl(?:t|en|end\w*)\b|\bmanquante?s?\b|\bfalta\b|\bfaltantes?\b|\bmancant[ei]\b|\bmanca\s+(?:la\s+)?(?:firma|conferma|accettazione|presa)\b` +
		// Failed a test, or broke off or cancelled.
		`|\bonvoldoende\b|\babgebrochen\b|\babandonnee?\b|\babandonad[oa]\b|\babbandonat[oa]\b|\bafgebroken\b` +
		`|\bcancell?ed\b|\bannulee?\b|\bcancelad[oa]\b|\bannullat[oa]\b|\bgeannuleerd\b|\bstorniert\b|\babgesagt\b` +
		// Done in part only, or past its deadline: "Partially done",
		// "Teilweise erledigt", "Partiellement terminé", "Avance parcial",
		// "Parzialmente completato", "Gedeeltelijk afgerond", "Fuera de
		// plazo", "Termin überschritten".
		`|\bpartial(?:ly)?\b|\bteilweise\b|\bpartiel(?:le)?(?:ment)?\b|\bparcial(?:mente)?\b|\bparzial(?:e|i|mente)\b|\bgedeeltelijk\b` +
		`|\bpast\s+(?:the\s+)?(?:deadline|due\s+date)\b|\bfuera\s+de\s+(?:plazo|termino)\b|\btermin\s+uberschritten\b|\bfrist\s+uberschritten\b|\bhors\s+(?:delai|terme)\b|\bfuori\s+(?:tempo|termine|termini|scadenza)\b|\bbuiten\s+(?:de\s+)?termijn\b|\bfora\s+d[eo]\s+prazo\b` +
		// Begun and not finished, worded as work under way: "Angefangen",
		// "En desarrollo", "In lavorazione", "In behandeling", "Em execução".
		`|\bangefangen\b|\bunder\s*way\b|\bin\s+durchfuhrung\b|\ben\s+traitement\b|\ben\s+(?:desarrollo|ejecucion|marcha)\b|\bin\s+(?:lavorazione|svolgimento)\b|\bin\s+behandeling\b|\bem\s+(?:execucao|desenvolvimento)\b` +
		// Its deadline missed or passed, and a negative result: "Past
		// target", "Frist versäumt", "Délai dépassé", "Oltre il termine",
		// "Termijn verstreken", "Prazo expirado", "Esito negativo".
		`|\bpast\s+(?:the\s+)?target\b|\bmissed\s+(?:the\s+)?(?:deadline|target)\b|\bdeadline\s+missed\b|\bversaumt\b|\bdelai\s+depasse\b|\bplazo\s+(?:excedido|superado)\b|\b(?:oltre|dopo)\s+(?:il\s+)?termine\b|\bscadenza\s+superata\b|\btermijn\s+(?:verstreken|overschreden)\b|\bprazo\s+(?:expirado|ultrapassado|excedido)\b` +
		`|\bnegative\b|\bnegativ(?:e[sr]?)?\b|\bnegatif\b|\bnegativ[oa]\b|\bnegatief\b` +
		// Never opened or started: "Nie geöffnet", "Jamais ouvert",
		// "Nunca abierto", "Mai aperto", "Nooit geopend", "Nunca aberto".
		`|\bnever\s+(?:opened|started|accessed)\b|\bnie\s+(?:geoffnet|begonnen|gestartet)\b|\bjamais\s+(?:ouverte?|commencee?)\b|\bnunca\s+(?:abiert[oa]|iniciad[oa]|abert[oa])\b|\bmai\s+(?:apert[oa]|iniziat[oa]|avviat[oa])\b|\bnooit\s+(?:geopend|gestart|begonnen)\b`)
	statusPositive = regexp.MustCompile(`\bcomplete(?:d)?\b|\bpass(?:ed)?\b|\bdone\b|\bfinished\b|\battended\b|\bsigned\b|\backnowledged\b|\baccepted\b|\bagreed\b|\battested\b|\bcertified\b|\bachieved\b|\bsatisfactory\b|\bcompetent\b|\bcompliant\b|^(?:yes|y|true|1|✓|✔|✅|☑|x)$` +
		`|\babgeschlossen\b|\bbestanden\b|\berledigt\b|\babsolviert\b|\bvollstandig\b|\berfolgreich\b|\bunterschrieben\b|\bunterzeichnet\b|\bbestatigt\b|\bakzeptiert\b|\bgelesen\b|\bzur\s+kenntnis\s+genommen\b` +
		`|\bterminee?\b|\breussie?\b|\bcompletee\b|\bachevee?\b|\bvalidee?\b|\bacquise?\b|\bsignee?\b|\bacceptee?\b|\blu\s+et\s+approuve\b|\battestee?\b|\bparaphee?\b` +
		`|\bcompletad[oa]\b|\bcomplet[oa]\b|\bterminad[oa]\b|\bfinalizad[oa]\b|\baprobad[oa]\b|\bsuperad[oa]\b|\bfirmad[oa]\b|\baceptad[oa]\b|\bleid[oa]\b` +
		`|\bcompletat[oa]\b|\bsuperat[oa]\b|\bconclus[oa]\b|\bterminat[oa]\b|\bfirmat[oa]\b|\baccettat[oa]\b|\bpresa\s+visione\b` +
		`|\bvoltooid\b|\bafgerond\b|\bgeslaagd\b|\bbehaald\b|\bvoldaan\b|\bondertekend\b|\bgetekend\b|\bgeaccepteerd\b|\bakkoord\b|\bgelezen\b` +
		`|\bconcluid[oa]\b|\baprovad[oa]\b|\bassinad[oa]\b|\baceit[eo]\b|\bciente\b` +
		// Having read, confirmed or taken note of a document.
		`|^read$|\bconfirmed\b|\bapproved\b|\bquittiert\b|\bzugestimmt\b|\babgezeichnet\b|\bkenntnis\s+genommen\b|\bteilgenommen\b` +
		`|^lue?$|\blue?\s+et\s+(?:approuvee?|acceptee?)\b|\bconfirmee?\b|\bapprouvee?\b|\bpris\s+connaissance\b|\bobtenue?\b` +
		`|\bconforme\b|\benterad[oa]\b|\bconfirmad[oa]\b|\btomo\s+conocimiento\b|\bvalidad[oa]\b|\brealizad[oa]\b` +
		`|\bpreso\s+visione\b|\bletto\b|\battestat[oa]\b|\bconfermat[oa]\b|\bsottoscritt[oa]\b|\bapprovat[oa]\b|\bvalidat[oa]\b|\bconseguit[oa]\b` +
		`|\bbevestigd\b|\bgezien\b|\bkennis\s+genomen\b|\bgoedgekeurd\b|\bgehaald\b|\bafgetekend\b` +
		`|\blido\b|\btom(?:ou|ei|ada\s+de)\s+conhecimento\b|\bobtid[oa]\b` +
		// Passed a test: "Apto", "Idoneo", "Voldoende", "Conseguido".
		`|\bapt[oa]\b|\bidone[oa]\b|\bvoldoende\b|\bconseguid[oa]\b` +
		// Brought to its end, or ended with a positive result:
		// "Culminado", "Culminated", "Esito positivo", "Positives Ergebnis".
		`|\bculminad[oa]\b|\bculminated\b|\bpositiv(?:e[sr]?)?\b|\bpositif\b|\bpositiv[oa]\b|\bpositief\b` +
		// Declared having read it, as HR systems word an acknowledgement:
		// "Declared", "Erklärt", "Déclaré", "Declarado", "Dichiarato",
		// "Verklaard".
		`|\bdeclared\b|\berklart\b|\bdeclaree?\b|\bdeclarad[oa]\b|\bdichiarat[oa]\b|\bverklaard\b` +
		`|^(?:ja|oui|si|sim)$`)
)

// contractorWords mark a person who is not an employee, folded.
var contractorWords = regexp.MustCompile(`(?i)\b(?:sub-?contractors?|contractors?|consultants?|temps?|temporary|external|third[\s-]?part(?:y|ies)|freelance(?:rs?)?|agency|interim|outsourced|non[\s-]?employees?|contingent|vendor staff|supplier staff` +
	`|auftragnehmer(?:in)?|externe?[rn]?|freiberufler(?:in)?|freie[rn]? mitarbeiter(?:in)?|leiharbeit\w*|zeitarbeit\w*|fremdpersonal|dienstleister` +
	`|prestataires?|sous[\s-]?traitants?|interimaires?|independants?|freelances?` +
	`|contratistas?|subcontratistas?|subcontratad[oa]s?|extern[oa]s?|autonom[oa]s?|temporal(?:es)?` +
	`|esterni|esterno|esterna|collaboratore esterno|somministrat[oi]|interinale|libero professionista` +
	`|inhuur|ingehuurd|inhuurkracht(?:en)?|ingehuurde[n]?|hired[\s-]in|leihkraft|leihkrafte|zzp(?:'?er)?|uitzendkracht(?:en)?|gedetacheerd` +
	`|prestador(?:es)? de servicos|terceirizad[oa]s?|temporari[oa]s?|trabalhador independente` +
	// Consultants, companies from outside and outsourced staff, worded otherwise.
	`|fremdfirma\w*|externe?r? mitarbeiter(?:in)?|consulente|consulenti|consultor(?:es|a|as)?|subcontrata|gedetacheerde[n]?|outsourcing` +
	// Outsourced or billing by fee: "Tercerizado", "Ausgelagert",
	// "Externalisé", "Esternalizzato", "Uitbesteed", "Monotributista".
	`|tercerizad[oa]s?|externalizad[oa]s?|monotributistas?|por honorarios|locacion de servicios|ausgelagert(?:e[rn]?)?|externalisee?s?|esternalizzat[oaie]|uitbeste(?:ed|de)|prestador(?:es)? de servico` +
	// Staff on a contract or lent by an agency: "Contract staff",
	// "Leihpersonal", "Personal de ETT".
	`|contract (?:staff|workers?|personnel|resources?)|contracted staff|leihpersonal|leiharbeitnehmer(?:in)?|personal de ett|uitzendkrachten)\b`)

// isContractor reports whether a cell names someone who is not an employee.
func isContractor(s string) bool { return contractorWords.MatchString(fold(s)) }

// totalRow matches summary rows at the foot of an export.
var totalRow = regexp.MustCompile(`(?i)^(?:total|totals|summary|average|count|grand total|overall` +
	`|gesamt|gesamtergebnis|gesamtsumme|insgesamt|summe|zusammenfassung|durchschnitt|somme|moyenne|resume|synthese|totale|media|resumen|promedio` +
	`|riepilogo|totaal|samenvatting|gemiddelde|totais|resumo)\b`)

// pageNoise matches what a printed report repeats on every page around its
// table: page numbers ("Page 1 of 2", "Seite 1 von 2", "1/4"), the line a
// browser prints with the address of the page, and "printed on" notes.
var pageNoise = regexp.MustCompile(`(?i)\b(?:page|seite|pagina|blz|pag)\.?\s*\d+\s*(?:(?:of|von|sur|de|di|van|/)\s*\d+)?\b|^\s*-?\s*\d+\s*(?:/\s*\d+)?\s*-?\s*$|^(?:file|https?)://|^(?:printed|generated|exported|run|created|erstellt|gedruckt|exportiert|imprime|genere|exporte|impreso|generado|exportado|stampato|generato|esportato|afgedrukt|gegenereerd|geexporteerd|impresso|gerado)\b.{0,40}\b(?:on|at|by|am|von|le|par|el|por|il|da|op|door|em)\b`)
