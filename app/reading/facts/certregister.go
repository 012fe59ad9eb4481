package facts

import (
	"regexp"
	"strings"

	"assay/app/evidence"
)

// registerHeaderBody reads the certification body from the header bar of
// a page printed from its online register of certificates: the body's
// name in one cell beside the directory's title in the other, on one of
// the page's first lines ("Hekla Certification ehf. | Online certificate
// directory"). Only the name is taken, and only when it reads as an
// organisation's, never the title, the print date or the address.
func registerHeaderBody(lines []string) evidence.Fact[string] {
	seen := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if seen++; seen > registerHeaderLines {
			break
		}
		cells := strings.Split(l, " | ")
		if loc := registerTitleEnd.FindStringIndex(l); len(cells) == 1 && loc != nil {
			// The two cells read as one line: the title ends it.
			cells = []string{l[:loc[0]], l[loc[0]:]}
		}
		if len(cells) != 2 {
			continue
		}
		name, title := strings.TrimSpace(cells[0]), strings.TrimSpace(cells[1])
		if !registerTitle.MatchString(title) {
			name, title = title, name
		}
		if !registerTitle.MatchString(title) || registerTitle.MatchString(name) {
			continue
		}
		if orgLike(name) && orgName.MatchString(name) && titleCase(withoutLegalAbbreviation(name)) && !certificateTitle.MatchString(name) {
			return known(name, l)
		}
	}
	return evidence.Fact[string]{}
}

// registerHeaderLines is how many lines from the top a register's header
// bar may stand.
const registerHeaderLines = 3

// registerTitle is the title of a certification body's online register of
// certificates, in the seven languages: "Online certificate directory",
// "Online-Zertifikatsverzeichnis", "Annuaire des certificats en ligne",
// "Directorio en línea de certificados", "Banca dati online dei
// certificati", "Online certificatenregister", "Diretório de certificados
// em linha".
var registerTitle = regexp.MustCompile(`(?i)^` + registerTitleWords + `$`)

// registerTitleEnd is a register's title ending a line after a space.
var registerTitleEnd = regexp.MustCompile(`(?i)\s` + registerTitleWords + `$`)

const registerTitleWords = `(?:online[\s-]+)?(?:` +
	`certificates?\s+(?:directory|register|registry|database|search)|` +
	`zertifikats?(?:verzeichnis|register|datenbank|suche)|` +
	`(?:annuaire|r[ée]pertoire|registre|base\s+de\s+donn[ée]es)\s+(?:en\s+ligne\s+)?des\s+certificats(?:\s+en\s+ligne)?|` +
	`(?:directorio|registro|base\s+de\s+datos)\s+(?:en\s+l[íi]nea\s+)?de\s+certificados(?:\s+en\s+l[íi]nea)?|` +
	`(?:banca\s+dati|registro|elenco|database)\s+(?:online\s+)?dei\s+certificati(?:\s+online)?|` +
	`certificaten(?:register|database|overzicht|bestand)|register\s+van\s+certificaten|` +
	`(?:diret[óo]rio|registo|registro|base\s+de\s+dados)\s+(?:online\s+|em\s+linha\s+)?de\s+certificados(?:\s+(?:online|em\s+linha))?` +
	`)`

// withoutLegalAbbreviation is name without its last word when that word
// is an abbreviation, as legal forms are written in lower case ("ehf.",
// "sh.p.k.").
func withoutLegalAbbreviation(name string) string {
	f := strings.Fields(name)
	if len(f) > 1 && strings.Contains(f[len(f)-1], ".") {
		return strings.Join(f[:len(f)-1], " ")
	}
	return name
}
