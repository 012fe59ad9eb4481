package facts

import (
	"regexp"
	"strings"

	"assay/app/evidence"
)

// A site's sub-certificate under the main certificate of a multi-site
// organisation ("Sub-certificate", "Teilzertifikat", "Sous-certificat",
// "Subcertificado", "Sottocertificato", "Deelcertificaat"): its own
// number beside the main one's, the one site it applies to, the main
// certificate's scope under a heading of its own, its dates, and a note
// that it is valid only with the main certificate. The number and dates
// are read as any certificate's; the scope and the site here.

// subCertificateNoun and mainCertificateNoun name the two certificates in
// the seven languages, declined as they stand after "of the" ("des
// Teilzertifikats", "des Hauptzertifikats").
const (
	subCertificateNoun = `(?:sub-?certificate|(?:teil|unter)-?zertifikat(?:e?s)?|sous-certificat|sub-?certificado|sotto-?certificato|sub-?certificato|` +
		`(?:deel|sub)-?certificaat)`
	mainCertificateNoun = `(?:(?:main|master|principal|parent)\s+certificate|(?:haupt|stamm|mutter)-?zertifikat(?:e?s)?|certificat\s+(?:principal|ma[îi]tre)|` +
		`certificado\s+(?:principal|maestro|matriz)|certificato\s+(?:principale|madre)|(?:hoofd|moeder)-?certificaat)`
)

// scopeOfCertificate is a heading of the scope of the certificate named
// ("Scope of the main certificate", "Geltungsbereich des
// Hauptzertifikats", "Domaine d'application du certificat principal",
// "Alcance del subcertificado", "Campo applicativo del certificato
// principale", "Toepassingsgebied van dit deelcertificaat", "Âmbito do
// certificado principal"), alone on its line or before a colon; the group
// is the text after it.
func scopeOfCertificate(noun string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:(?:the|le|la|el|il|o|a|het|der|die|das|de)\s+)?` +
		`(?:scope|geltungsbereich|anwendungsbereich|zertifizierungsumfang|domaine\s+d['’]\s*application|champ\s+d['’]\s*application|p[ée]rim[èe]tre|` +
		`alcance|campo\s+applicativo|campo\s+di\s+applicazione|scopo|toepassingsgebied|reikwijdte|[áâa]mbito|escopo)\s+` +
		`(?:of|des|dieses|du|de|del|di|van|do|da|deste|desta)\s+(?:(?:the|this|ce|cet|l['’]|el|este|esta|questo|il|lo|het|dit|o|a)\s*)?` +
		noun + `\s*(?:(?::|\||-|–)\s*(.*))?$`)
}

var (
	// subCertificateScope heads a sub-certificate's own scope, which is
	// what it certifies when it states one.
	subCertificateScope = scopeOfCertificate(subCertificateNoun)
	// mainCertificateScope heads the scope of the main certificate that a
	// sub-certificate prints: the scope it shares, read when the
	// certificate states no scope of its own.
	mainCertificateScope = scopeOfCertificate(mainCertificateNoun)
)

// otherCertificateScope reports whether a line heads the scope of a
// certificate other than the one a statement above it belongs to: a scope
// statement ends there.
func otherCertificateScope(l string) bool {
	return subCertificateScope.MatchString(l) || mainCertificateScope.MatchString(l)
}

// citedNumber finds the words before a number label that make it another
// certificate's, cited: the main certificate a sub-certificate belongs to
// ("main certificate no.") or a certificate it is valid only with ("valid
// only in conjunction with certificate no.", "nur in Verbindung mit dem
// Zertifikat Nr.", "qu'avec le certificat n°", "junto con el certificado
// N.º", "unitamente al certificato n.", "samen met certificaat nr.", "em
// conjunto com o certificado n.º").
var citedNumber = regexp.MustCompile(`(?i)(?:(?:^|[^\p{L}])(?:main|master|principal|parent)\s+|` +
	`(?:in\s+conjunction|together|in\s+combination|along|only)\s+with\s+(?:the\s+|its\s+)?|` +
	`(?:in\s+verbindung|zusammen|nur)\s+mit\s+(?:dem\s+|der\s+)?|(?:conjointement\s+|qu['’]\s*|uniquement\s+|seulement\s+)avec\s+(?:le\s+|la\s+)?|` +
	`(?:junto|conjuntamente|solo|sólo|en\s+combinación)\s+con\s+(?:el\s+)?|(?:unitamente|insieme|congiuntamente)\s+(?:al|a)\s+|` +
	`(?:samen|in\s+combinatie|in\s+samenhang|alleen)\s+met\s+(?:het\s+)?|(?:em\s+conjunto|juntamente|só|apenas)\s+com\s+(?:o\s+)?)$`)

// siteFollows is a sentence saying the certificate applies to the one
// site that follows, in the seven languages: "This sub-certificate
// applies to the following site:", "Dieses Teilzertifikat gilt für den
// folgenden Standort:", "Ce sous-certificat s'applique au site suivant :",
// "Este subcertificado se aplica a la siguiente sede:", "Il presente
// sottocertificato si applica alla seguente sede:", "Dit deelcertificaat
// geldt voor de volgende vestiging:", "Este subcertificado aplica-se ao
// seguinte local:". The site is in the singular: after "the following
// sites" the lines do not say which is which site and which its address.
// The group is the text after the colon.
var siteFollows = regexp.MustCompile(`(?i)^(?:(?:this|the|dieses|das|ce|le|este|el|questo|il|dit|het|o)\s+)?(?:present[ea]?\s+|présent\s+|vorliegende\s+)?` +
	`(?:certificate|zertifikat|certificat|certificado|certificato|certificaat|` + subCertificateNoun + `)\s+` +
	`(?:(?:applies\s+to|is\s+valid\s+for|covers)\s+the\s+following\s+(?:site|location|premises)|` +
	`(?:gilt\s+f(?:ü|ue)r|umfasst)\s+den\s+folgenden\s+standort|` +
	`(?:s['’]applique\s+au|est\s+valable\s+pour\s+le|couvre\s+le)\s+site\s+suivant|` +
	`(?:se\s+aplica\s+a|es\s+v[áa]lido\s+para|cubre|abarca)\s+(?:la\s+siguiente\s+(?:sede|ubicaci[óo]n|instalaci[óo]n)|el\s+siguiente\s+(?:centro|emplazamiento|establecimiento))|` +
	`(?:si\s+applica|[èe]\s+valido\s+per|copre)\s+(?:al|il|alla|la|all['’])\s*seguente\s+(?:sito|sede|unit[àa]\s+operativa)|` +
	`(?:geldt\s+voor|is\s+geldig\s+voor|omvat)\s+de\s+volgende\s+(?:vestiging|locatie)|` +
	`(?:aplica-se|[ée]\s+v[áa]lido\s+para|abrange)\s+(?:ao|o|à|a)\s+seguinte\s+(?:local|instala[çc][ãa]o|estabelecimento|sede))` +
	`\s*:?\s*(.*)$`)

// maxSiteName is how many words the line naming the one site may hold.
const maxSiteName = 8

// followingSite is the one site a sentence says the certificate applies
// to: on the sentence's line after its colon, or on the line under it,
// with the site's address when the next line gives one (a number in it:
// a house number or a postcode); the site's activities under it are what
// it does, not where. A line under the sentence that is a label, a date,
// a heading or a sentence of its own names no site.
func followingSite(lines []string) evidence.Fact[[]string] {
	for i, l := range lines {
		m := siteFollows.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		if site := strings.TrimSpace(m[1]); site != "" {
			if !siteLine(site) {
				return evidence.Fact[[]string]{}
			}
			return known([]string{site}, l)
		}
		if i+1 >= len(lines) || !siteLine(lines[i+1]) || len(strings.Fields(lines[i+1])) > maxSiteName {
			return evidence.Fact[[]string]{}
		}
		site, src := strings.TrimSpace(lines[i+1]), l+" "+lines[i+1]
		if i+2 < len(lines) && !startsDigit(site) && !streetAddress.MatchString(site) && siteLine(lines[i+2]) && strings.ContainsFunc(lines[i+2], isDigit) {
			site, src = site+", "+strings.TrimSpace(lines[i+2]), src+" "+lines[i+2]
		}
		return known([]string{site}, src)
	}
	return evidence.Fact[[]string]{}
}

// siteLine reports whether a line may name a site or give its address:
// not empty, no table's row, label, date, scope heading, sentence about
// the certificate or end of a sentence.
func siteLine(l string) bool {
	l = strings.TrimSpace(l)
	return l != "" && !strings.Contains(l, " | ") && !strings.ContainsAny(l, ":") && !sentenceEnds(l) && len(FindDates(l)) == 0 &&
		!scopeStops(l) && !isScopeLabel(l) && !otherCertificateScope(l) && !siteFollows.MatchString(l)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
