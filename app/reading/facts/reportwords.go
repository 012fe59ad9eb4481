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

// Status words, folded: what says a course was done (see status.go for
// what says it was not, which the acknowledgement reader shares).
var (
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
