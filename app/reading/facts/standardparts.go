package facts

import (
	"regexp"
	"strings"

	"assay/app/evidence"
)

// otherStandardParts leaves unread the number and dates of a combined
// certificate (ISO/IEC 27001 with ISO 9001, 27701, 22301…) that sit in a
// part belonging to another standard, when no part of ISO/IEC 27001 has
// details of its own (isoBlock then found none): a "Valid until" under
// "ISO/IEC 27701:2019 Privacy extension", or after "ISO 9001 certificate
// no.: QM-7781", is that standard's, not surely ISO/IEC 27001's. A value
// the text ties to ISO/IEC 27001 (its line, or the part it sits in, names
// it) or to all the standards of the certificate is kept. What is left unread is kept as a doubt for an analyst.
func otherStandardParts(c *evidence.Certificate, lines []string) {
	const why = "facts: the value sits in the part of another standard of a combined certificate, not in the ISO/IEC 27001 part"
	if otherPartAt(lines, c.Number.Quote) {
		c.Number = doubtful(c.Number.Quote, why, c.Number.Value)
	}
	if otherPartAt(lines, c.IssuedOn.Quote) {
		c.IssuedOn = doubtful(c.IssuedOn.Quote, why, c.IssuedOn.Value)
	}
	if otherPartAt(lines, c.ExpiresOn.Quote) {
		c.ExpiresOn = doubtful(c.ExpiresOn.Quote, why, c.ExpiresOn.Value)
	}
}

// otherPartAt reports whether the line a fact was quoted from lies in the
// part of another standard than ISO/IEC 27001: the nearest line at or
// above it naming a standard names another one only, and is that
// standard's details line ("ISO 9001 certificate no.: QM-7781") or the
// heading of its part.
func otherPartAt(lines []string, quote string) bool {
	i := quoteLine(lines, quote)
	if i < 0 {
		return false
	}
	if wholeCertificate.MatchString(lines[i]) {
		return false
	}
	for j := i; j >= 0; j-- {
		l := lines[j]
		switch {
		case !namesStandard(l):
			continue
		case strings.Contains(l, "27001"):
			return false
		case j == i || numberLabel.MatchString(l) || hasLabel(l, certificateDateLabels):
			return true
		}
		return otherPartHeading(lines, j)
	}
	return false
}

// quoteLine is the line a quote starts on, or -1.
func quoteLine(lines []string, quote string) int {
	quote = strings.TrimSuffix(quote, "…")
	if quote == "" {
		return -1
	}
	for i, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); len(l) >= minQuotedLine && (strings.Contains(l, quote) || strings.HasPrefix(quote, l)) {
			return i
		}
	}
	return -1
}

// minQuotedLine is the shortest line a quote is told to start on: a
// shorter one ("ISO") starts many quotes by chance.
const minQuotedLine = 8

// otherPartHeading reports whether line j, naming another standard than
// ISO/IEC 27001, heads a part of its own: it starts with the standard or a
// word of certificate, standard or part before it ("Zertifikat ISO
// 9001:2015", "Partie ISO/IEC 27701"), gives no date, and, when it is
// the designation alone, is no item of a list of the certificate's
// standards, unless that standard was named before and is named here
// again to head its details.
func otherPartHeading(lines []string, j int) bool {
	l := strings.TrimSpace(lines[j])
	if len(FindDates(l)) > 0 {
		return false
	}
	if partWord.MatchString(l) {
		return true // a list of standards names them alone
	}
	if !standardFirst.MatchString(l) {
		return false
	}
	first, last := j, j
	for k := prevLine(lines, first); k >= 0 && (namesStandard(lines[k]) || listJoiner.MatchString(lines[k])); k = prevLine(lines, k) {
		first = k
	}
	for k := nextLine(lines, last); k >= 0 && (namesStandard(lines[k]) || listJoiner.MatchString(lines[k])); k = nextLine(lines, k) {
		last = k
	}
	listed27001 := false
	for _, k := range lines[first : last+1] {
		listed27001 = listed27001 || strings.Contains(k, "27001")
	}
	if !listed27001 {
		return true
	}
	number := standardNumber.FindString(otherStandard.FindString(l))
	for _, k := range lines[:j] {
		if s := otherStandard.FindString(k); s != "" && standardNumber.FindString(s) == number {
			return true
		}
	}
	return false
}

// partWord is a word of certificate, standard or part written before a
// standard's designation to head its part of a combined certificate, in
// the seven languages.
var partWord = regexp.MustCompile(`(?i)^[\s•·▪\-–*]*(?:certificate|zertifikat|certificat|certificado|certificato|certificaat|standard|norm|norme|norma|part|teil|partie|parte|deel|scope|geltungsbereich|domaine|alcance|campo|toepassingsgebied|âmbito)\b[^\p{L}\p{N}]*(?:[\p{Lu}.]{1,6}[\s\-])*ISO\b`)

// standardNumber is the number of a standard's designation: "9001" in
// "ISO 9001:2015", "20000-1" in "ISO/IEC 20000-1".
var standardNumber = regexp.MustCompile(`\d{4,5}(?:-1)?`)

// wholeCertificate ties a value to all the standards of a combined
// certificate, in the seven languages: "for all standards", "für alle
// Normen", "pour toutes les normes", "para todas las normas", "per tutte le
// norme", "voor alle normen", "para todas as normas", or the certificate
// named as combined or integrated.
var wholeCertificate = regexp.MustCompile(`(?i)\b(?:all|alle|toutes\s+les|todas\s+las|todas\s+as|tutte\s+le)\s+(?:(?:the|listed|above|genannten|aufgeführten|oben)\s+)*` +
	`(?:standards|normen|normes|normas|norme|referentials|référentiels)\b|` +
	`\b(?:combined|integrated|kombinierte[sn]?|integrierte[sn]?|combiné|intégré|combinado|integrado|combinato|integrato|gecombineerde?|geïntegreerde?)\s+(?:certificate|zertifikat|certificat|certificado|certificato|certificaat)`)
