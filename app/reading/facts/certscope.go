package facts

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"assay/app/evidence"
)

// The scope statement and the sites of a certificate.

// maxScope bounds the scope statement; longer runs mean the end of the
// statement was missed and the rest of the page came with it.
const maxScope = 2000

func certificateScope(lines []string) evidence.Fact[string] {
	lines = joinWrappedIntro(joinedLabels(joinWrappedLabels(lines), scopeLabelLines))
	for _, re := range scopeReaders {
		intro := slices.Contains(scopeIntros, re)
		for i, l := range lines {
			loc := re.FindStringSubmatchIndex(l)
			field, numbered := 0, false
			if loc != nil {
				field, numbered = labelField(l, loc[0])
			} else if n, k, ok := boxNumberStart(l); ok {
				// "4. Geltungsbereich": a form's numbered box, its label
				// read after its number.
				if loc = re.FindStringSubmatchIndex(l[k:]); loc != nil {
					l, field, numbered = l[k:], n, true
				}
			}
			if loc == nil || intro && (siteWord.MatchString(l[:loc[2]]) || excludedWord.MatchString(l[:loc[2]])) ||
				accreditWord.MatchString(l[:loc[0]]) {
				// "Scope and sites:" introduces more than the scope, "Scope
				// exclusions:" what it leaves out, and "Accredited for the
				// scope of ISO/IEC 17021-1" the body's accreditation.
				continue
			}
			first := ""
			if loc[2] >= 0 {
				first = strings.TrimSpace(cutCell(l[loc[2]:loc[3]]))
			}
			if scopeNotSites.MatchString(first) {
				continue // "… gilt für die folgenden Standorte:"
			}
			if notAScope(first, loc[0] > 0) {
				continue // "… covering 12 countries", "… applies to the organisation named above"
			}
			if clauseStart(lines, i, loc[0]) {
				continue // "… for insurers, covering": a clause of a statement begun above
			}
			// "for the following scope: | Issue date": the cell beside the
			// label is the other column's, and the statement runs down the
			// label's column.
			col, columns := strings.Count(l[:loc[0]], " | "), false
			if first != "" && otherColumn(first) {
				first, columns = "", true
			}
			// "Périmètre de certification : / Scope of certification:": a
			// bilingual label, over the statement in each language in turn.
			bilingual := strings.Contains(l, " / ")
			from := i + 1
			if strings.HasPrefix(first, "/") {
				// "La certificazione si estende a: / Die Zertifizierung …":
				// the same label in the other national languages, stacked,
				// perhaps wrapped onto the next line; the statements follow.
				end, ok := stackedLabelsEnd(lines, i, first)
				if !ok {
					continue // where the labels end cannot be told
				}
				first, from = "", end+1
			}
			if re == followingIntro && wrappedThing.MatchString(first) && i+1 < len(lines) && thingLine.MatchString(lines[i+1]) {
				// "… applicable to the following products or" over
				// "services": the introduction wraps onto the next line.
				first, from = "", i+2
			}
			// "4. Scope of certification": a form's numbered box, whose
			// value ends where the next box's label begins.
			if numbered && first != "" {
				first, _ = beforeNextField(first, field)
			}
			parts := []string{}
			if first != "" {
				parts = append(parts, first)
			}
			// A label of the same statement in the other language just
			// above, or in another cell: the statements stand side by side.
			inline := loc[2] >= 0 && first != "" && !strings.HasPrefix(strings.TrimSpace(l[loc[2]:loc[3]]), "|")
			start, twin := i, !inline && twinLabel(l, col)
			for k := i - 1; k >= max(0, i-2) && !twin && !inline; k-- {
				start, twin = k, twinLabel(lines[k], -1)
			}
		read:
			for j := from; j < len(lines) && !twin; j++ {
				next := lines[j]
				if !inline && twinLabel(next, -1) && (len(parts) == 0 || !sentenceEnds(parts[len(parts)-1])) {
					// The other statement's label before this one ended:
					// their lines interleave.
					start, twin = i, true
					break
				}
				if next == "" {
					if len(parts) > 0 {
						break
					}
					continue
				}
				if cell, ok := columnCell(next, col); ok && cell != next {
					next, columns = cell, true
				}
				if otherColumn(next) && !(len(parts) > 0 && statementListGoesOn(parts[len(parts)-1]) && labelWordInProse(next)) {
					switch {
					case len(parts) > 0 && sentenceEnds(parts[len(parts)-1]):
						break read // the statement has ended; the other column's lines follow
					case columns || len(parts) > 0 && goesOn(parts[len(parts)-1], lines[j+1:]):
						continue // the other column's label or value, on a line of its own
					}
				}
				if numbered && endsAtField(next, field, parts) {
					break // "5. Certificate No.": the next box's label
				}
				if numbered {
					if cut, ok := beforeNextField(next, field); ok {
						parts = append(parts, cut)
						break // "… is excluded. 5. Certificate No.": the next box's label on the value's last line
					}
				}
				if signatureLine(next) || placeDateLine(next) {
					parts = dropSigners(parts, first != "")
					break
				}
				if closing.MatchString(next) {
					break // "Yours faithfully,": the letter's signature follows
				}
				if len(parts) > 0 && slices.ContainsFunc(strings.Fields(next), webAddress.MatchString) {
					break // "Verify this certificate at www…": the QR code's line
				}
				if siteActivities(lines, j, parts) {
					parts = append(parts, next) // "Site de Lyon, 4 rue du Port :" over its activities; dropSiteHeads leaves it out
					continue
				}
				if scopeStops(next) || labelLine.MatchString(next) && len(parts) > 0 || onlyDates(next) {
					break
				}
				if tableHeaderLine(next) || gridLine(lines[j]) {
					break // a table of sites, or a grid of them against the activities, follows the statement
				}
				if len(parts) > 0 && sentenceEnds(parts[len(parts)-1]) &&
					(strings.Contains(lines[j], " | ") || annexNote.MatchString(next) || annexPage.MatchString(next) ||
						pageNumber.MatchString(next) || len(FindDates(next)) > 0 ||
						slices.ContainsFunc(strings.Fields(next), codeLike) || forBody.MatchString(next) || approvedBy.MatchString(next) || startsWith(accreditedBy, next) ||
						signedOnBehalf.MatchString(next) || onBehalf.MatchString(next) || underAuthority.MatchString(next) || dateLabelOver(lines[j+1:], next) ||
						siteWord.MatchString(next) && !excludedWord.MatchString(next) || applicability.MatchString(next)) {
					// After the statement's last sentence, a table's row, a
					// note that the scope or the sites are on another sheet,
					// the page's number, a line with a date or a reference
					// number, the signature block, a sentence on the
					// sites ("Die vom Zertifikat erfassten Standorte sind …")
					// or one naming the Statement of Applicability the
					// certification rests on ("Grundlage der Zertifizierung
					// ist die Erklärung zur Anwendbarkeit …").
					break
				}
				if bilingual && len(parts) > 0 && sentenceEnds(parts[len(parts)-1]) {
					break // the same scope again in the second language
				}
				parts = append(parts, next)
				if len(strings.Join(parts, " ")) > maxScope {
					break
				}
			}
			if !twin && !inline && (len(parts) == 0 || !sentenceEnds(parts[len(parts)-1])) {
				// The reading stopped before a sentence ended: the other
				// statement's label may stand a few lines further on.
				for k := i + 1; k < min(len(lines), i+maxTwinGap) && !twin; k++ {
					start, twin = i, twinLabel(lines[k], -1)
				}
			}
			if twin {
				scope, quote, ok := sideBySideScope(lines, start)
				if !ok {
					continue
				}
				return known(clip(mendOCR(scope), maxScope), quote)
			}
			marked := slices.ContainsFunc(parts, listMark.MatchString)
			parts = dropListMarks(dropPieces(dropSiteHeads(parts)))
			if first == "" && loc[0] > 0 && len(parts) > 0 {
				// "… für den folgenden Geltungsbereich" over "eingeführt hat
				// und aufrechterhält:": the introducing sentence's end.
				if m := introTail.FindStringSubmatch(parts[0]); m != nil {
					parts = slices.Concat([]string{m[1]}, parts[1:])
					if m[1] == "" {
						parts = parts[1:]
					}
				}
			}
			if re == validFor && !validForScope(strings.Join(parts, " ")) {
				continue // "Valid for: 3 years", "Gültig für: alle Standorte"
			}
			if re == approvedFor && len(parts) > 0 && !sentenceEnds(parts[0]) && orgLike(parts[0]) && orgName.MatchString(parts[0]) {
				// "Approved for:" over "Example Certification Ltd": who
				// signs for the body, not what is approved.
				continue
			}
			// A value wrapped around its label: beside it in a cell, or
			// over and under a label standing alone, so that the lines
			// under it go on a sentence in lower case or the lines over it
			// follow a table's row.
			above := wrappedAbove(lines, i)
			rowOver := i-len(above)-1 >= 0 && strings.Contains(lines[i-len(above)-1], " | ")
			if !(first != "" && strings.Contains(l, " | ") || first == "" && len(parts) > 0 && (startsLower(parts[0]) || rowOver)) {
				above = nil
			}
			listed, unsure := parts, false
			if first == "" && len(above) == 0 && !marked {
				listed, unsure = unmarkedItems(parts)
			}
			scope := strings.TrimSpace(joinWrapped(slices.Concat(above, listed)))
			scope = strings.TrimPrefix(scope, "| ")
			if standardsOnly.MatchString(scope) {
				continue // "This certificate covers ISO/IEC 27001:2022 and ISO/IEC 27701:2019.": the standards, not the scope
			}
			if len(scope) < 3 || strings.Contains(scope, " | ") {
				// Cells of other columns or rows run into the statement:
				// where it ends cannot be told.
				continue
			}
			more := parts
			if first != "" {
				more = parts[1:]
			}
			quote := strings.Join(slices.Concat(above, []string{l}, more), " ")
			if unsure {
				return doubtful(quote, "the scope is a list whose bullets are not in the text, and where some of its items end cannot be told from how its lines wrap: check it against the file",
					clip(mendOCR(scope), maxScope))
			}
			return known(clip(mendOCR(scope), maxScope), quote)
		}
	}
	return evidence.Fact[string]{}
}

// signedOnBehalf starts the line of a signature block saying who signed, in
// the seven languages: "Signed for and on behalf of", "Unterzeichnet im
// Auftrag der", "Signé pour le compte de", "Firmado en nombre de",
// "Firmato per conto di", "Ondertekend namens", "Assinado em nome de".
var signedOnBehalf = regexp.MustCompile(`(?i)^(?:signed|sign[ée]e?|unterzeichnet|unterschrieben|firmad[oa]|firmat[oa]|ondertekend|getekend|assinad[oa])\s+` +
	`(?:for|on|by|im|f(?:ü|ue)r|von|pour|par|au|en|por|per|a|da|namens|door|voor|em|pel[oa])\b`)

// onBehalf starts a line saying on whose behalf a certificate is signed,
// in the seven languages: "On behalf of", "Im Namen der", "Au nom de", "En
// nombre de", "A nome di", "Namens", "Em nome de".
var onBehalf = regexp.MustCompile(`(?i)^(?:(?:for\s+and\s+)?on\s+behalf\s+of|im\s+namen\s+d|im\s+auftrag\s+d|au\s+nom\s+d|pour\s+le\s+compte\s+d|` +
	`en\s+nombre\s+de|en\s+representaci[óo]n\s+de|por\s+cuenta\s+de|a\s+nome\s+d|per\s+conto\s+d|namens\s|uit\s+naam\s+van|em\s+nome\s+d|por\s+conta\s+d)`)

// underAuthority starts the line of a signature block saying under whose
// authority, or by whose delegation, the certificate is signed, in the
// seven languages: "Under the authority of …", "Im Auftrag", "Pour
// l'organisme, par délégation …", "Por delegación del organismo", "Per
// l'organismo, su delega …", "Namens de certificatie-instelling", "Pelo
// organismo, por delegação …". It ends a scope only after the scope's
// last sentence, where a wrapped line of the statement cannot start.
var underAuthority = regexp.MustCompile(`(?i)^(?:under\s+the\s+authority\s+of|by\s+delegation\s+(?:of|from)|for\s+the\s+(?:certification\s+)?body\b|` +
	`in\s+vertretung|kraft\s+vollmacht|f(?:ü|ue)r\s+die\s+zertifizierungsstelle|` +
	`sous\s+l['’]autorit[ée]\s+d|par\s+d[ée]l[ée]gation|pour\s+l['’]organisme|` +
	`bajo\s+la\s+autoridad\s+d|por\s+delegaci[óo]n|por\s+(?:el|la)\s+(?:organismo|entidad)\b|` +
	`sotto\s+l['’]autorit[àa]\s+d|su\s+delega|per\s+l['’](?:organismo|ente)\b|` +
	`bij\s+volmacht|namens\s+(?:de|het)\s|onder\s+(?:de\s+)?verantwoordelijkheid\s+van|` +
	`sob\s+a\s+autoridade\s+d|por\s+delega[çc][ãa]o|pel[oa]\s+(?:organismo|entidade)\b)`)

// accreditWord is a word of accreditation in the seven languages: a scope
// named after it is the accreditation's ("Accredited for the scope of
// ISO/IEC 17021-1"), not the certificate's.
var accreditWord = regexp.MustCompile(`(?i)(?:accredit|akkredit|accr[ée]dit|acredit|geaccrediteerd)`)

// dateLabelOver reports whether l, after a statement's last sentence, is a
// date's label standing over its value ("Certifiée initialement le" over
// "22 novembre 2019"): a few words with no digit, the next line a date
// alone.
func dateLabelOver(rest []string, l string) bool {
	return len(rest) > 0 && len(strings.Fields(l)) <= 6 && !strings.ContainsAny(l, "0123456789.;") && onlyDates(rest[0])
}

// unmarkedItems reads a statement's lines as the items of a list whose
// bullets are drawn, not written, so that the text holds the items' lines
// alone: a line ending short of the widest, with room left for the next
// line's first word, ends an item, which then ends with "; " unless it has
// its own punctuation. A statement none of whose lines ends short is a
// paragraph, and a list with its own marks or separators is read as
// printed: both are left as they are. In a list, a line goes on to the next
// only when it ends in a hyphen, a punctuation mark or a word no statement
// ends with ("of", "und", "para"); any other line, the widest among
// them, may end an item or wrap, and leaves where the item ends unknown
// (unsure).
func unmarkedItems(parts []string) (out []string, unsure bool) {
	if len(parts) < 3 || slices.ContainsFunc(parts[:len(parts)-1], func(p string) bool { return strings.HasSuffix(p, ";") }) {
		return parts, false // a list whose items carry their own separators
	}
	width := 0
	for _, p := range parts {
		width = max(width, utf8.RuneCountInString(p))
	}
	const short = 0.8 // of the widest line, the next word added
	ends := make([]bool, len(parts))
	listed := false
	for i, p := range parts[:len(parts)-1] {
		if strings.HasSuffix(p, "-") || strings.Contains(p, " | ") || listMark.MatchString(parts[i+1]) {
			continue
		}
		word, _, _ := strings.Cut(parts[i+1], " ")
		room := float64(utf8.RuneCountInString(p)+1+utf8.RuneCountInString(word)) / float64(width)
		switch {
		case room < short:
			ends[i], listed = true, true
		case !runsOn.MatchString(p) && !endsPunct(p):
			unsure = true
		}
	}
	if !listed {
		return parts, false // a paragraph: only its last line ends short
	}
	out = make([]string, len(parts))
	for i, p := range parts {
		out[i] = p
		if ends[i] && !endsPunct(p) {
			out[i] = p + ";"
		}
	}
	return out, unsure
}

// endsPunct reports whether s ends with a punctuation mark.
func endsPunct(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsPunct(r)
}

// listMark is the number or bullet starting an item of a list of
// activities: "1.", "2)", "a)", "•", "–".
var listMark = regexp.MustCompile(`^(?:\d{1,2}[.)]|[a-z][)]|[•·▪◦‣*–-])\s+`)

// dropListMarks takes the numbers or bullets off the items of a list of
// activities ("1. Electronic processing …;" over "2. medical bill review
// …"): the statement is the activities, the marks only lay them out. Marks
// are taken off only when two items or more carry them, or the first item
// carries a bullet, so that a wrapped line starting with a number stays.
func dropListMarks(parts []string) []string {
	marked := 0
	for _, p := range parts {
		if listMark.MatchString(p) {
			marked++
		}
	}
	if marked < 2 && !(len(parts) > 0 && listMark.MatchString(parts[0]) && !startsDigit(parts[0])) {
		return parts
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = listMark.ReplaceAllString(p, "")
	}
	return out
}

// dropSiteHeads leaves out of a scope's lines those that head the
// activities of one site: a site's name or its address, before a colon or
// before the site's numbered or bulleted activities ("Galway site, 12 Quay
// Street:" over "1. Payroll hosting", "Standort Graz, Annenstraße 4:",
// "Sede di Bari – Via Roma 3:"). The scope is the activities, never where
// they are done.
func dropSiteHeads(parts []string) []string {
	var out []string
	for k, p := range parts {
		item := k+1 < len(parts) && listMark.MatchString(parts[k+1])
		if !listMark.MatchString(p) && (item || strings.HasSuffix(strings.TrimSpace(p), ":") && k+1 < len(parts)) && siteHeadLine(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// standardsOnly is a text naming standards and nothing else: their names
// joined by commas or a word of "and" ("ISO/IEC 27001:2022 and ISO/IEC
// 27701:2019", "DIN EN ISO/IEC 27001 und ISO 9001").
var standardsOnly = regexp.MustCompile(`(?i)^(?:(?:\s|,|;|&|\+|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bed\b|\ben\b|\bas\s+well\s+as\b)*` +
	`(?:(?:ISO|IEC|EN|DIN|NF|UNE|UNI|CEI|NEN|NP|BS|ÖNORM|OENORM)[\s/\-]*)+\d{3,5}(?:-\d{1,2})?(?::\s?\d{4})?)+[\s.;]*$`)

// siteActivities reports whether line j of a scope heads one site's
// activities, listed under it, at the statement's start or after another
// site's list, so that the reading goes on past it to the activities.
func siteActivities(lines []string, j int, parts []string) bool {
	k := nextLine(lines, j)
	return k == j+1 && listMark.MatchString(lines[k]) && siteHeadLine(lines[j]) &&
		(len(parts) == 0 || listMark.MatchString(parts[len(parts)-1]))
}

// siteHeadLine reports whether a line names a site rather than an
// activity: it starts with a site's noun ("Standort Graz", "Site de
// Lyon", "Sede di Bari"), calls its first words a site or an office
// ("Galway site,", "Head office –"), or gives a postal address (a street
// with its number, or a postcode before a town).
func siteHeadLine(p string) bool {
	p = strings.TrimSuffix(strings.TrimSpace(p), ":")
	if utf8.RuneCountInString(p) > maxSiteHead {
		return false
	}
	lead, _, _ := strings.Cut(p, ",")
	words := strings.Fields(lead)
	switch {
	case len(words) == 0:
		return false
	case addressLine.MatchString(p) || streetAddress.MatchString(p):
		return true
	case len(words) > 4:
		return false
	case siteNoun.MatchString(strings.TrimRight(words[0], ":–-")):
		// "Standort Graz", "Site de Lyon": the noun, then a place's name.
		return placeName(words[1:])
	case siteNamed.MatchString(lead):
		// "Galway site": a place's name, then the noun. "Back office",
		// "Web site", "Head office" name no place: they may head
		// activities, and the activities' words must stay in the scope.
		return placeName(words[:len(words)-1])
	}
	return false
}

// placeName reports whether words name a place: a capitalised word that
// is no common word beginning a kind of office or site, after the small
// words a place's name is joined by ("de", "di", "van").
func placeName(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, ",:–-")
		switch {
		case w == "" || placeJoiners[strings.ToLower(w)]:
			continue
		case genericSite[strings.ToLower(w)]:
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return false
}

// placeJoiners join a site's noun to its place's name: "Site de Lyon",
// "Sede di Bari", "Instalações de Lisboa".
var placeJoiners = wordSet("de di du da do des del della van von of in at a em en")

// genericSite are the words that make an office or a site a kind rather
// than a place: "Back office", "Head office", "Web site", "Main site".
var genericSite = wordSet("back front head main web home registered central data help service box post")

// wordSet is the set of the words of a list written on one line.
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// maxSiteHead is how long a line naming a site may be.
const maxSiteHead = 120

// siteNamed is a site's name that ends in a word of site or office, before
// a comma or a dash: "Galway site", "Head office", "Sede centrale",
// "Hoofdkantoor", "Siège social", "Oficina central", "Hauptsitz".
var siteNamed = regexp.MustCompile(`(?i)^[\p{L}\s'’.-]*?(?:site|office|headquarters|hq|hauptsitz|zentrale|niederlassung|standort|siège(?:\s+social)?|bureau|agence|oficina(?:\s+central)?|sede(?:\s+(?:central|centrale|legale|operativa|social))?|` +
	`filial|filiale|hoofdkantoor|kantoor|vestiging|escritório)\s*[–-]?\s*$`)

// streetAddress is a street with its house number, in the seven
// languages: "12 Quay Street", "Annenstraße 4", "4 rue du Port", "Calle
// Mayor 5", "Via Roma 3", "Kerkstraat 12", "Rua do Sol 9".
var streetAddress = regexp.MustCompile(`(?i)(?:\d+[a-z]?,?\s+(?:[\p{L}'’.-]+\s+){0,3}(?:street|st\.|road|rd\.|lane|avenue|ave\.|boulevard|drive|way|square|quay|place|court|park)\b|` +
	`\p{L}*(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|straat|laan|plein|gracht|kade|dijk)\s+\d+|` +
	`\b(?:rue|avenue|boulevard|chemin|place|quai|calle|avenida|av\.|paseo|plaza|carrer|via|viale|piazza|corso|largo|rua|travessa|praça|estrada)\s+(?:[\p{L}'’.-]+\s+){0,4}\d+|` +
	`\d+,?\s+(?:rue|avenue|boulevard|chemin|place|quai)\b)`)

// startsDigit reports whether s starts with a digit.
func startsDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// scopeLabelLines are the lines that start with a scope label, for mending
// one printed in small caps ("A pproved for:", "R EGISTERED ACTIVITIES:")
// or letter-spaced ("S C O P E", "G E L T U N G S B E R E I C H :"); a line
// that already starts so ("A aprovação abrange:") reads as printed.
var scopeLabelLines = labelReader{count: func(l string) int {
	if isScopeLabel(l) {
		return 1
	}
	return 0
}}

// isScopeLabel reports whether a line starts with any scope start.
func isScopeLabel(l string) bool {
	return slices.ContainsFunc(scopeReaders, func(re *regexp.Regexp) bool { return startsWith(re, l) })
}

// splitCapital is a word's capital letter that OCR parted from the rest
// of it ("von N etzentgelten"): a lone capital consonant after a word in
// lower case and before one, which no language writes. splitHyphen is a
// hyphenated word OCR read with its hyphen twice, ending one word and
// starting the next ("Cloud- -Infrastruktur"), which no language writes
// either.
var (
	splitCapital = regexp.MustCompile(`(\p{Ll}[,;]? )([B-DF-HJ-NP-TV-XZ]) (\p{Ll}{4,})`)
	splitHyphen  = regexp.MustCompile(`(\p{L})- -(\p{L})`)
)

// mendOCR joins to its word a capital letter or a hyphen OCR parted from
// it, and gives German's "für" back its umlaut where OCR read it as "i",
// "ii" or "u", so that a scanned scope reads as printed.
func mendOCR(s string) string {
	s = splitHyphen.ReplaceAllString(splitCapital.ReplaceAllString(s, "$1$2$3"), "$1-$2")
	if strings.Contains(strings.ToLower(s), "f") && misreadFuer.MatchString(s) && mainLanguage(s) == "de" {
		s = misreadFuer.ReplaceAllString(s, "${1}${2}ür$3")
	}
	return s
}

// misreadFuer is German's "für" as OCR misreads its umlaut ("fir", "fiir",
// "fur"): no German word, and read in German text only, where English's
// "fir" and "fur" are not written.
var misreadFuer = regexp.MustCompile(`(^|[^\p{L}])([fF])(?:ii|i|u)r([^\p{L}]|$)`)

// startsWith reports whether re matches at the start of s.
func startsWith(re *regexp.Regexp, s string) bool {
	loc := re.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// forBody starts the line of a signature block that signs for the
// certification body by its name ("Por Certifica Levante", "Namens Delta
// Keurmerk").
var forBody = regexp.MustCompile(`^(?i:for|f(?:ü|ue)r|pour|por|per|pela|pelo|namens|voor|im\s+auftrag\s+(?:der|von))\s+\p{Lu}`)

// approvedBy starts the line of a signature block saying who approved the
// certificate ("Approved for DRMS", "Goedgekeurd door KCI", "Freigegeben
// durch LZM", "Validé par 2AC").
var approvedBy = regexp.MustCompile(`^(?i:approved|authori[sz]ed|goedgekeurd|genehmigt|freigegeben|approuv[ée]|valid[ée]|aprobado|aprovado|approvato|validato)\s+` +
	`(?i:for|by|door|durch|von|par|por|pela|pelo|da)\s+\p{Lu}`)

// maxTwinGap is how many lines below a scope label the label of the same
// statement in the other language may stand when the two interleave.
const maxTwinGap = 8

// annexNote is a sentence saying that the scope or the sites are set out
// in an annex to the certificate.
var annexNote = regexp.MustCompile(`(?i)\b(?:annex|appendix|schedule|supplement|annexe|suppl[ée]ment|anexo|suplemento|anlage|anhang|beiblatt|nachtrag|allegato|appendice|supplemento|bijlage|aanhangsel|ap[êe]ndice)\b`)

// dropPieces takes off the end of a statement the pieces of a label after
// its last sentence ("… Unternehmen." then "Tätigkeiten am", the first
// line of a table's wrapped header cell).
func dropPieces(parts []string) []string {
	n := len(parts)
	for n > 1 && (labelPiece(parts[n-1]) || openPiece(parts[n-1])) {
		n--
	}
	if n < len(parts) && sentenceEnds(parts[n-1]) {
		return parts[:n]
	}
	return parts
}

// openPiece reports whether a line is a short piece ending in a word that
// cannot end a statement ("Functions at this"): the first line of a
// table's wrapped header cell, when nothing follows it.
func openPiece(c string) bool {
	c = strings.TrimSpace(c)
	return len(strings.Fields(c)) <= 4 && !strings.ContainsAny(c, "0123456789.,;:") &&
		(runsOn.MatchString(c) || openDeterminer.MatchString(c))
}

// openDeterminer matches a line ending in a demonstrative, which a
// statement does not end on either: "at this", "op deze", "an diesem".
var openDeterminer = regexp.MustCompile(`(?i)(?:^|\s)(?:this|these|that|those|deze|dit|diesem|dieser|diesen|ce|cette|este|esta|questo|questa|neste|nesta)$`)

// joinWrappedLabels joins a label cell that wraps onto the next row of a
// table laid out as labels and values: "Scope of | Design and hosting of"
// over "certification | the payroll platform." reads "Scope of
// certification | Design and hosting of" over "the payroll platform.".
// Only a scope label is joined: "Beheer van | Management of" over
// "klantgegevens | customer data" are two statements side by side.
func joinWrappedLabels(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		head, rest, ok := strings.Cut(l, " | ")
		label, values := head, []string(nil)
		if ok && len(head) <= maxLabelCell {
			// The label may wrap over two rows or three ("O sistema" over
			// "certificado" over "aplica-se a"): the longest that is a
			// scope label is taken.
			tails, vals := head, []string(nil)
			for k := i + 1; k < min(len(lines), i+3); k++ {
				next, value, nextOK := strings.Cut(lines[k], " | ")
				if !nextOK || !labelTail(next, tails) {
					break
				}
				tails, vals = tails+" "+next, append(vals, value)
				if rest, ok := scopeLabelCell(tails + ":"); ok && rest == "" {
					label, values = tails, slices.Clone(vals)
				}
			}
		}
		if values != nil {
			if out == nil {
				out = slices.Clone(lines[:i])
			}
			out = append(append(out, label+" | "+rest), values...)
			i += len(values)
			continue
		}
		if out != nil {
			out = append(out, l)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// labelTail reports whether a cell can be the end of a label wrapped from
// the row above, whose label so far is before: a word or two, no digits and
// no sentence, in lower case, or capitalised after a word a label cannot
// end on ("Geltungsbereich der" over "Zertifizierung"). The joined label
// must be a scope label besides.
func labelTail(c, before string) bool {
	f := strings.Fields(c)
	if len(f) == 0 || len(f) > 2 || strings.ContainsAny(c, "0123456789.,;") {
		return false
	}
	return startsLower(c) || runsOn.MatchString(before)
}

// goesOn reports whether a statement whose last line so far is last goes
// on past the other column's lines that interleave with it ("Development
// and operation of the", "Valid until", "payroll platform."): the line
// runs on (ending in an article, preposition or comma), or the first line
// after the other column's starts in lower case.
func goesOn(last string, rest []string) bool {
	if sentenceEnds(last) {
		return false
	}
	if runsOn.MatchString(last) || strings.HasSuffix(last, ",") {
		return true
	}
	for _, l := range rest[:min(len(rest), 4)] {
		if l == "" {
			return false
		}
		if !otherColumn(l) {
			r, _ := utf8.DecodeRuneInString(l)
			return unicode.IsLower(r)
		}
	}
	return false
}

// statementListGoesOn reports whether a statement's line ends inside a list of its
// activities, on a semicolon or a comma: the next item follows.
func statementListGoesOn(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ";") || strings.HasSuffix(s, ",")
}

// labelWordInProse reports whether a line that starts with a date label's
// word uses it as a noun of the statement ("issuance of virtual prepaid
// cards; settlement …", "émission de cartes prépayées ; …", "Ausstellung
// von Prepaid-Karten; …"): the words after the label go on as a sentence,
// starting with a word in lower case, three words at least, with no date,
// no colon and no reference number, where a label in the other column is
// alone or followed by its value.
func labelWordInProse(s string) bool {
	s = strings.TrimSpace(s)
	if strings.Contains(s, ":") || len(FindDates(s)) > 0 || numberValue(s) != "" {
		return false
	}
	for _, lb := range certificateDateLabels {
		ms := findPhrases(lb.re, s)
		if len(ms) == 0 || gap(s[:ms[0][0]]) != 0 {
			continue
		}
		rest := strings.Fields(s[ms[0][1]:])
		if len(rest) < 3 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(rest[0])
		return unicode.IsLower(r)
	}
	return false
}

// otherColumn reports whether a cell or line beside a scope statement is
// the other column's: a label, a date or a reference number alone.
func otherColumn(s string) bool {
	s = strings.TrimSpace(s)
	return labelled(s) || onlyDates(s) || numberValue(s) == s && s != ""
}

// columnCell returns the cell of a line in the given column when every
// other cell is the other column's ("Development and operation of the | 1
// May 2025"); ok is false when the line's cells are something else, a
// table's row.
func columnCell(l string, col int) (string, bool) {
	cells := strings.Split(l, " | ")
	if len(cells) < 2 {
		return l, true
	}
	col = min(col, len(cells)-1)
	labels := 0
	for j, c := range cells {
		switch {
		case j == col:
		case otherColumn(c):
			labels++
		case !labelPiece(c):
			return l, false
		}
	}
	if labels == 0 {
		return l, false // "Design of software | for banks": no label beside it
	}
	return cells[col], true
}

// labelPiece reports whether a cell can be a piece of a label wrapped
// over lines ("Erstmalige" of "Erstmalige Zertifizierung"): a word or two,
// no digits, no sentence.
func labelPiece(c string) bool {
	c = strings.TrimSpace(c)
	return c != "" && len(strings.Fields(c)) <= 2 && len(c) <= 30 && !strings.ContainsAny(c, "0123456789.,;")
}

// wrappedAbove returns the lines of a table cell's value that stand above
// the row of its label: in a table whose label cells are centred beside
// their values, text extraction writes the value's first lines, then the
// label with the next one ("Design and hosting of the", "Scope | payroll
// platform"). They are the lines just above, outside any row, that run on
// into the next (ending in a lower-case word or a comma), back to one
// starting in capitals; nil when no such line starts them.
func wrappedAbove(lines []string, i int) []string {
	var above []string
	label, _, _ := strings.Cut(lines[i], " | ")
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		// OCR reads a table's rules as bars: "| | Betrieb und …" is one cell.
		l := tidyCells(lines[k : k+1])[0]
		if labelPiece(l) && wrappedLabel(l, label) {
			continue // "Gecertificeerd" over "toepassingsgebied": the label's first line
		}
		last, _ := utf8.DecodeLastRuneInString(l)
		if l == "" || strings.Contains(l, " | ") || scopeStops(l) || labelLine.MatchString(l) || onlyDates(l) || addressLine.MatchString(l) ||
			!unicode.IsLower(last) && last != ',' {
			return nil
		}
		above = append([]string{l}, above...)
		if startsUpper(l) {
			return above
		}
	}
	return nil
}

// wrappedLabel reports whether piece, on a line above a scope label, is
// the first line of the same label cell ("Gecertificeerd" over
// "toepassingsgebied").
func wrappedLabel(piece, label string) bool {
	whole := piece + " " + strings.TrimSuffix(strings.TrimSpace(label), ":") + ":"
	return slices.ContainsFunc([]*regexp.Regexp{scopeStarts[0], scopeStarts[1], scopeLabel, subjectLabel}, func(re *regexp.Regexp) bool {
		return re.MatchString(whole)
	})
}

// joinWrapped joins the lines of a statement with spaces, except after a
// word broken at its hyphen ("Cloud-" over "Infrastruktur", "e-" over
// "commerce"), which goes on on the next line. In German and Dutch, which
// write compounds closed, a word hyphenated at the line's end before a
// lower-case syllable ("Unter-" over "nehmen") is one word without the
// hyphen; before a conjunction ("Lohn-" over "und Gehaltsabrechnung") the
// hyphen stands for the word's shared end and a space follows.
func joinWrapped(parts []string) string {
	closed := slices.Contains([]string{"de", "nl"}, mainLanguage(strings.Join(parts, " ")))
	out := ""
	for i, p := range parts {
		if i > 0 {
			prev := parts[i-1]
			r, n := utf8.DecodeLastRuneInString(strings.TrimSuffix(prev, "-"))
			word, _, _ := strings.Cut(p, " ")
			switch {
			case !strings.HasSuffix(prev, "-") || n == 0 || !unicode.IsLetter(r) || conjunction.MatchString(word):
				out += " "
			case closed && unicode.IsLower(r) && startsLower(p):
				out = strings.TrimSuffix(out, "-")
			}
		}
		out += p
	}
	return out
}

// conjunction is a word joining two words of which the first, broken at
// its hyphen, shares its end with the second: "Lohn- und
// Gehaltsabrechnung", "hard- and software".
var conjunction = regexp.MustCompile(`(?i)^(?:und|oder|bzw\.?|sowie|and|or|en|of|et|ou|y|o|e|ed)$`)

// mainLanguage returns the language most of a text's function words are
// of, "" when English's are as many or no language leads.
func mainLanguage(s string) string {
	counts := map[string]int{}
	for _, w := range strings.Fields(s) {
		langs, english := fragmentLanguages(w)
		if english {
			counts["en"]++
		}
		for _, l := range langs {
			counts[l]++
		}
	}
	best, n, tie := "", 0, false
	for l, c := range counts {
		switch {
		case c > n:
			best, n, tie = l, c, false
		case c == n:
			tie = true
		}
	}
	if tie || best == "en" {
		return ""
	}
	return best
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// signatureLine reports whether a line belongs to the signature block
// under a certificate's statements: a signer's role, or the word for a
// signature, on a short line.
func signatureLine(l string) bool {
	return len(l) <= 60 && !sentenceEnds(l) && signerRole.MatchString(l)
}

// signerRole is the role or signature of whoever signs a certificate, in
// the seven languages.
var signerRole = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:lead\s+)?auditor|managing\s+director|general\s+manager|director[a]?|directeur|directrice|direttore|direttrice|diretor[a]?|` +
	`gesch(?:ä|ae|a)ftsf(?:ü|ue|u)hr(?:er|erin|ung)|vorstand|prokurist(?:in)?|amministratore|presidente?|pr[ée]sident(?:e)?|pr(?:ä|ae)sident(?:in)?|voorzitter|` +
	`chief\s+\w+\s+officer|ceo|signature|signed|unterschrift|sign[ée]|firma|handtekening|assinatura|gerente|g[ée]rant|` +
	// An authorised signatory, in the seven languages: "Authorised
	// signatory for …", "Zeichnungsberechtigt für …", "Signataire autorisé",
	// "Firmante autorizado", "Firmatario autorizzato", "Gemachtigd
	// ondertekenaar voor …", "Signatário autorizado por …".
	`authori[sz]ed\s+signator(?:y|ies)|zeichnungsberechtigt(?:e[rn]?)?|signataire\s+autoris[ée]e?|firmantes?\s+autorizad[oa]s?|` +
	`firmatari[oa]\s+autorizzat[oa]|gemachtigde?\s+ondertekenaar|signat[áa]ri[oa]\s+autorizad[oa])(?:[^\p{L}]|$)`)

// placeDateLine reports whether a line is a place and a date, as written
// over a signature ("Hamburg, 03.04.2025").
func placeDateLine(l string) bool {
	ds := FindDates(l)
	if len(ds) != 1 || gap(l[ds[0].End:]) > 0 {
		return false
	}
	place := strings.TrimSpace(l[:ds[0].Start])
	return strings.HasSuffix(place, ",") && len(strings.Fields(place)) <= 4 && startsUpper(place)
}

// signerName matches a line that is a person's name: a few capitalised
// words, perhaps with a title and a particle ("Dr. Hans Meier", "Jan de
// Vries").
var signerName = regexp.MustCompile(`^(?:(?:Dr|Prof|Mr|Mrs|Ms|Ing|Dipl\.?-Ing|Mag|Dott|Sr|Sra)\.?\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|der|den|da|do|dos|das|del|di|von|le|la|y)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$`)

// dropSigners takes off the end of a scope statement the lines of the
// signature block that came before the signer's role: the signer's name
// and the place and date. The statement's first line, if it stood after
// its label (kept), is never taken off.
func dropSigners(parts []string, kept bool) []string {
	floor := 0
	if kept {
		floor = 1
	}
	for n := len(parts); n > floor && (signerName.MatchString(parts[n-1]) || placeDateLine(parts[n-1])); n-- {
		if n >= 2 && runsOn.MatchString(parts[n-2]) {
			break // "… in the" over "United Kingdom": the statement goes on
		}
		parts = parts[:n-1]
	}
	return parts
}

// runsOn matches a line ending in a word that cannot end a statement: an
// article, preposition or conjunction of one of the languages.
var runsOn = regexp.MustCompile(`(?i)(?:^|\s)(?:the|a|an|of|in|for|and|to|at|by|from|with|de|du|des|la|le|les|l'|d'|der|die|das|den|dem|des|für|und|von|vom|im|del|di|della|dei|e|ed|y|en|el|los|las|van|het|voor|op|da|do|dos|das|para|em|no|na|com|pour|à|au|aux|per|nel|nella|con)$`)

// rowLabel is a line holding only the label of another row of a table
// laid out as label and value ("Standard" over "ISO/IEC 27001:2022").
var rowLabel = regexp.MustCompile(`(?i)^(?:standards?|norm(?:e|en|a|as)?|organi[sz]ation|organisme|organismo|organisatie|organiza[çc][ãa]o|` +
	`address|adresse|anschrift|direcci[óo]n|indirizzo|adres|morada|endere[çc]o|company|client|holder|certificate\s+holder|` +
	`inhaber|unternehmen|empresa|entreprise|azienda|bedrijf|titular|titolare|houder)\s*:?$`)

// thisCertificate starts a sentence about the certificate itself ("This
// certificate is valid only together with its appendix", "O presente
// certificado baseia-se na Declaração de Aplicabilidade", "Le présent
// certificat …", "Das vorliegende Zertifikat …"), never part of the scope.
var thisCertificate = regexp.MustCompile(`(?i)^(?:this|the|ce|le|dieses|das|este|el|o|questo|il|dit|deze|het)\s+` +
	`(?:(?:present[ea]?|présent|vorliegende|onderhavige)\s+)?(?:certificate|certificat|zertifikat|certificado|certificato|certificaat|` + subCertificateNoun + `)\b`)

// scopeStops reports whether a line ends a scope statement: a label or
// sentence of what follows it on a certificate (the number, a date, the
// signature block, a note on the certificate) in any of the languages.
func scopeStops(l string) bool {
	if scopeEnd.MatchString(l) || thisCertificate.MatchString(l) || rowLabel.MatchString(l) || otherCertificateScope(l) || siteFollows.MatchString(l) {
		return true
	}
	if startsWith(numberLabel, l) {
		return true
	}
	if loc := bodyLabel.FindStringIndex(l); loc != nil && loc[0] <= 40 {
		return true // "Pour l'organisme de certification …", "Für die Zertifizierungsstelle …"
	}
	head := l[:min(len(l), 40)]
	if !hasLabel(head, certificateDateLabels) {
		return false
	}
	for _, lb := range allLabels(head, certificateDateLabels) {
		if ms := findPhrases(lb.re, l); len(ms) > 0 && ms[0][0] == 0 {
			// A wrapped line of the scope may start with such a word; a
			// label stands on a short line or before its value.
			return len(l) <= 40 || strings.ContainsAny(l, ":|") || len(FindDates(l)) > 0
		}
	}
	return false
}

// sentenceEnds reports whether a line ends a sentence.
func sentenceEnds(l string) bool {
	return strings.HasSuffix(strings.TrimSpace(l), ".")
}

// onlyDates reports whether a line holds dates and nothing else worth
// reading, such as the date row under a row of labels.
func onlyDates(l string) bool {
	ds := FindDates(l)
	if len(ds) == 0 {
		return false
	}
	// The text between the dates, counted piece by piece: cutting each
	// date out of the line in turn would copy a long line once per date.
	n, from := 0, 0
	for _, d := range ds {
		n += gap(l[from:d.Start])
		from = d.End
	}
	return n+gap(l[from:]) == 0
}

// cutCell keeps the first cell of a joined table row: the value next to a
// label, without the cells after it.
func cutCell(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "| ")
	if i := strings.Index(s, " | "); i >= 0 {
		return s[:i]
	}
	return s
}

func certificateSites(doc Document, lines []string) evidence.Fact[[]string] {
	var sites []string
	src := ""
	for i, l := range lines {
		if grid, row, ok := siteGrid(lines[i:]); ok {
			// Sites in rows against numbered activities marked in columns.
			if len(grid) > 0 {
				sites, src = grid, row
				break
			}
			continue
		}
		if cols, width, ok := siteHeaderRow(l); ok {
			if slices.ContainsFunc(strings.Split(l, " | "), runsOn.MatchString) {
				// "Instalação | Parte do âmbito exercida na": a header cell
				// wraps onto the next line, whose cells read as a row.
				continue
			}
			// "Site | Address | Activities" heads a table of sites, one per
			// row below: the header names no site.
			for j, next := range lines[i+1:] {
				cells := strings.Split(next, " | ")
				if next == "" || len(cells) < 2 || scopeEnd.MatchString(next) && !strings.Contains(next, " | ") {
					if next != "" && (brokenRows(lines[i+2+j:]) || len(cells) < 2 && !tableEnd(next)) {
						// A row wrapped over lines of one cell: which line
						// belongs to which site cannot be told.
						sites = nil
					}
					break
				}
				s := strings.Join(cells, ", ")
				if len(cells) == width {
					// The site's name and address; a row whose cells do not
					// line up with the header is kept whole, as which of its
					// cells is the site cannot be told.
					var keep []string
					for _, c := range cols {
						if v := strings.TrimSpace(cells[c]); v != "" {
							keep = append(keep, v)
						}
					}
					s = strings.Join(keep, ", ")
				}
				if s = strings.TrimSpace(s); s != "" && !slices.Contains(sites, s) && len(sites) < maxListItems {
					sites = append(sites, s)
					src = next
				}
			}
			if len(sites) > 0 {
				break
			}
			continue
		}
		m := siteLabel(l)
		if m == nil || strings.TrimSpace(m[1]) == "" && brokenRows(lines[i+1:]) {
			// A bare heading over the rows of a table wrapped over lines
			// of one cell ("location" under "Functions at this") heads no
			// list: which line is which site cannot be told.
			continue
		}
		src = l
		header := false
		add := func(s string) {
			for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == '•' }) {
				part = strings.Trim(part, " ,.-–")
				if siteHeaderCell(siteColumns, part) || siteHeading(part) || scopePart.MatchString(part) || annexNote.MatchString(part) || annexPage.MatchString(part) || seeWord.MatchString(part) {
					// "Site | Address": a header row's cells; "see annex":
					// the sites are elsewhere. Neither is a site.
					header = true
				}
				if len(part) >= 3 && len(sites) < maxListItems && !slices.Contains(sites, part) {
					sites = append(sites, part)
				}
			}
		}
		add(m[1])
		inline := strings.TrimSpace(m[1]) != ""
		for _, next := range lines[i+1:] {
			// After "Sites: a; b" on one line, only a bulleted or numbered
			// line continues the list; under a bare "Sites" heading every
			// line does, up to the next block.
			if next == "" || inline && !listItem.MatchString(next) ||
				scopeEnd.MatchString(next) && siteLabel(next) == nil || labelLine.MatchString(next) || onlyDates(next) {
				break
			}
			add(listItem.ReplaceAllString(next, ""))
			if len(src) < maxQuote {
				src += " " + next
			}
		}
		if header {
			// Which of the list's items are sites cannot be told.
			sites = nil
		}
		if len(sites) > 0 {
			break
		}
	}
	// A table of sites: one site per row under a "Site", "Location" or
	// "Address" header.
	if len(sites) == 0 {
		for _, t := range doc.Tables {
			if len(t.Rows) < 2 {
				continue
			}
			col := -1
			for j, h := range t.Rows[0] {
				if siteHeading(h) {
					col = j
					break
				}
			}
			if col < 0 {
				continue
			}
			for _, row := range t.Rows[1:] {
				if col < len(row) {
					if s := strings.TrimSpace(row[col]); s != "" {
						sites = append(sites, s)
						src = rowText(row)
					}
				}
			}
		}
	}
	if len(sites) == 0 {
		// "This sub-certificate applies to the following site:" over the
		// site's name and address.
		return followingSite(lines)
	}
	return known(sites, src)
}

// brokenRows reports whether, after a line of one cell, the rows of a
// table go on within the next few lines.
func brokenRows(rest []string) bool {
	for _, l := range rest[:min(len(rest), 3)] {
		if l == "" {
			return false
		}
		if strings.Contains(l, " | ") {
			return true
		}
	}
	return false
}

// siteColumns are the headers of a table of sites; siteAddress those of
// the column that says where each site is.
var (
	siteColumns = regexp.MustCompile(`(?i)^(?:no\.?|#|nr\.?|n°|sites?|site\s+name|site\s+address(?:es)?|location|locations?|address(?:es)?|city|country|activities|activity|scope|name|standorte?|adresse|anschrift|postanschrift|domicilio|t[äa]tigkeit(?:en)?|taetigkeit(?:en)?|land|emplacements?|implantations?|activit[ée]s?|pays|ville|ubicaci[óo]n|emplazamiento|direcci[óo]n|actividad(?:es)?|pa[íi]s|ciudad|sedi|sede|sit[oi]|indirizzo|attivit[àa]|paese|citt[àa]|vestiging|adres|activiteit(?:en)?|plaats|morada|endere[çc]o|atividades?|cidade|local|instala[çc](?:[ãa]o|[õo]es)|postadres|bezoekadres|functions|werkzaamheden|` + siteHeadWords + `)$`)
	siteNumber  = regexp.MustCompile(`(?i)^(?:no\.?|#|nr\.?|n°)$`)
	siteAddress = regexp.MustCompile(`(?i)^(?:address(?:es)?|adresse|anschrift|postanschrift|postadres|bezoekadres|domicilio|direcci[óo]n|indirizzo|adres|morada|endere[çc]o|location|emplacement|ubicaci[óo]n)$`)
)

// siteHeadWords are further words for a site heading a table of them:
// "Premises", "Betriebsstätte", "Établissement", "Establecimiento",
// "Unità operativa", "Estabelecimento".
const siteHeadWords = `premises|betriebsst(?:ä|ae|a)tten?|[ée]tablissements?|establecimientos?|unit(?:à|a)\s+operativ[ae]|` +
	`unit(?:à|a)\s+locali|estabelecimentos?`

// siteHead is a site's heading in those words.
var siteHead = regexp.MustCompile(`(?i)^(?:` + siteHeadWords + `)$`)

// siteHeaderRow reports whether a line is the header row of a table of
// sites, and which columns say which site a row is: its name and its
// address, or else the first column that is neither a number nor the
// site's activities.
func siteHeaderRow(l string) (cols []int, width int, ok bool) {
	cells := siteHeaderCells(l)
	if len(cells) < 2 || !siteHeading(cells[0]) {
		return nil, 0, false
	}
	named, address, part := -1, -1, false
	for j, c := range cells {
		c = strings.TrimSpace(c)
		if scopePart.MatchString(c) {
			part = true // "Part of the scope carried out here": what the site does
			continue
		}
		if !siteHeaderCell(siteColumns, c) && !siteHeading(c) {
			return nil, 0, false
		}
		activity := siteHeaderCell(siteActivity, c)
		switch {
		case !activity && siteHeaderCell(siteAddress, c):
			if address < 0 {
				address = j
			}
		case named < 0 && !siteNumber.MatchString(c) && !activity:
			named = j
		}
	}
	if part {
		// A table giving each site its part of the scope names its sites
		// in the site's column alone; its address cells would read as
		// sites of their own.
		address = -1
	}
	for _, j := range []int{named, address} {
		if j >= 0 {
			cols = append(cols, j)
		}
	}
	if len(cols) == 0 {
		cols = []int{0}
	}
	return cols, len(cells), true
}

// siteHeaderCells are the cells of a line that may head a table of sites.
func siteHeaderCells(l string) []string {
	var cells []string
	for _, c := range strings.Split(l, " | ") {
		// "Standort Anschrift | Tätigkeiten": two header cells the text
		// extraction ran together.
		if words := strings.Fields(c); len(words) == 2 && !siteColumns.MatchString(strings.TrimSpace(c)) &&
			siteColumns.MatchString(words[0]) && siteColumns.MatchString(words[1]) {
			cells = append(cells, words...)
			continue
		}
		cells = append(cells, c)
	}
	return cells
}

// siteTableScope is the scope of a certificate that gives it only as a
// table of sites and what each does ("Site | Address | Activities",
// "Standort | Anschrift | Tätigkeiten", "Sede | Dirección | Actividades"):
// the activities column's cells, joined, never a site's name or address.
// A row whose cells do not line up with the header, or that wraps onto
// lines of their own, leaves the scope unread, as which cell is the
// activities cannot be told.
func siteTableScope(lines []string) evidence.Fact[string] {
	for i, l := range lines {
		_, width, ok := siteHeaderRow(l)
		if !ok || slices.ContainsFunc(strings.Split(l, " | "), runsOn.MatchString) {
			continue
		}
		col := slices.IndexFunc(siteHeaderCells(l), func(c string) bool { return siteHeaderCell(siteActivity, strings.TrimSpace(c)) })
		if col < 0 {
			return evidence.Fact[string]{}
		}
		var acts []string
		src := l
		for j := i + 1; j < len(lines) && lines[j] != ""; j++ {
			cells := strings.Split(lines[j], " | ")
			if len(cells) < 2 {
				if !tableEnd(lines[j]) {
					return evidence.Fact[string]{} // a row wrapped onto a line of its own
				}
				break
			}
			if len(cells) != width {
				return evidence.Fact[string]{}
			}
			if a := strings.TrimSpace(cells[col]); a != "" && !slices.Contains(acts, a) {
				acts = append(acts, a)
			}
			src += " " + lines[j]
		}
		if len(acts) == 0 {
			return evidence.Fact[string]{}
		}
		return known(strings.Join(acts, "; "), src)
	}
	return evidence.Fact[string]{}
}

// siteHeaderCell reports whether c heads a column of a table of sites as
// re says: one of its words alone, or a short heading holding one ("Postal
// address", "Activities at this location", "Tätigkeiten am Standort").
func siteHeaderCell(re *regexp.Regexp, c string) bool {
	if re.MatchString(c) {
		return true
	}
	words := strings.Fields(c)
	if len(words) < 2 || len(words) > 5 || strings.ContainsAny(c, "0123456789") {
		return false
	}
	for _, w := range words {
		if re.MatchString(strings.Trim(w, ".,:;()")) {
			return true
		}
	}
	return false
}

// siteActivity is the header of the column saying what a site does.
var siteActivity = regexp.MustCompile(`(?i)^(?:activities|activity|functions|werkzaamheden|scope|t[äa]tigkeit(?:en)?|taetigkeit(?:en)?|activit[ée]s?|actividad(?:es)?|attivit[àa]|activiteit(?:en)?|atividades?)$`)

// codeLike reports whether v looks like a reference code rather than a
// count or a year: digits mixed with letters, a slash or a hyphen.
func codeLike(v string) bool {
	return len(v) >= 5 && strings.ContainsAny(v, "0123456789") &&
		strings.IndexFunc(v, func(r rune) bool { return r == '/' || r == '-' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0
}

// siteNoun is a word for a site of a certificate in the seven languages;
// siteQualifier a word saying the site is certified, registered or
// covered, before or after it ("Registrierte Betriebsstätte",
// "Établissement enregistré", "Sites couverts", "Sede certificata",
// "Geregistreerde locatie", "Local certificado"), or taking part
// ("Betrokken vestiging", "Beteiligte Standorte", "Sedi coinvolte").
var (
	siteNoun = regexp.MustCompile(`(?i)^(?:sites?|locations?|premises|standorte?|betriebsst(?:ä|ae)tten?|niederlassung(?:en)?|emplacements?|implantations?|[ée]tablissements?|` +
		`ubicaci[óo]n(?:es)?|emplazamientos?|centros?|sedes?|sedi|sit[oi]|vestiging(?:en)?|locaties?|locais|local|estabelecimentos?|instalaci[óo]n(?:es)?|instala[çc](?:[ãa]o|[õo]es))$`)
	siteQualifier = regexp.MustCompile(`(?i)^(?:certified|registered|covered|included|operational|main|additional|permanent|` +
		`zertifiziert(?:e|en|er)?|registriert(?:e|en|er)?|einbezogen(?:e|en|er)?|erfasst(?:e|en|er)?|` +
		`certifi[ée]e?s?|enregistr[ée]e?s?|couverte?s?|inclus(?:es?)?|concern[ée]e?s?|` +
		`certificad[oa]s?|registrad[oa]s?|registad[oa]s?|incluid[oa]s?|inclu[íi]d[oa]s?|cubiert[oa]s?|abrangid[oa]s?|operativ[aeio]|` +
		`certificat[aeio]|registrat[aeio]|inclus[aeio]|` +
		`gecertificeerde?|geregistreerde?|opgenomen|betrokken|` +
		`involved|beteiligt(?:e|en)?|betroffen(?:e|en)?|involucrad[oa]s?|comprendid[oa]s?|interessat[aeio]|coinvolt[aeio]|envolvid[oa]s?)$`)
)

// siteHeading reports whether a cell heads the sites of a certificate: a
// site word with its label's form ("Sites", "Standort"), or a few words
// naming a site and saying it is certified or registered.
func siteHeading(c string) bool {
	c = strings.TrimSpace(c)
	if siteStart.MatchString(c) || siteHead.MatchString(c) {
		return true
	}
	words := strings.Fields(c)
	if len(words) == 1 {
		return siteNoun.MatchString(c)
	}
	if len(words) > 3 {
		return false
	}
	nouns, qualifiers := 0, 0
	for _, w := range words {
		switch {
		case siteNoun.MatchString(w):
			nouns++
		case siteQualifier.MatchString(w):
			qualifiers++
		default:
			return false
		}
	}
	return nouns == 1 && qualifiers > 0
}

// siteLabel matches a line starting with the label of a certificate's
// sites: siteStart's, or a site word qualified in any of the languages
// before a colon or a table's cell ("Sites couverts :", "Einbezogene
// Standorte:"). The first group is the text after the label.
func siteLabel(l string) []string {
	if m := siteStart.FindStringSubmatch(l); m != nil {
		return m
	}
	head, rest, ok := strings.Cut(l, ":")
	if !ok {
		head, rest, ok = strings.Cut(l, " | ")
	}
	if !ok || !siteHeading(head) {
		return nil
	}
	return []string{l, strings.TrimSpace(rest)}
}

// pageFoot starts the foot of a page: "Page 2 of 2 – …", "Seite 1 von 2".
var pageFoot = regexp.MustCompile(`(?i)^(?:page|sheet|seite|blatt|p(?:á|a)gina|pag\.|blad|folha|folio|feuille|foglio|hoja)\s+\d+\b`)

// tableEnd reports whether a line of one cell after a table's rows ends
// the table rather than being a row the text extraction ran together: a
// label, a date, the page's foot, the signature or a note on the
// certificate.
func tableEnd(l string) bool {
	return labelLine.MatchString(l) || scopeEnd.MatchString(l) || onlyDates(l) || pageFoot.MatchString(l) || signatureLine(l) ||
		placeDateLine(l) || bodyLabelAt(l) || annexNote.MatchString(l) || thisCertificate.MatchString(l)
}

// validForScope reports whether what a certificate is said to be valid
// for is its scope: not a length of time, a date or the sites.
func validForScope(s string) bool {
	return len(strings.Fields(s)) >= 3 && !startsDigit(s) && len(FindDates(s)) == 0 && !siteWord.MatchString(s) && !timeWord.MatchString(s)
}

// timeWord is a unit of time in the seven languages.
var timeWord = regexp.MustCompile(`(?i)\b(?:years?|months?|jahren?|monaten?|ans|ann[ée]es|mois|a[ñn]os|meses|anni|mesi|jaar|jaren|maanden)\b`)

// seeWord starts a reference to where something is set out, in the seven
// languages: "see annex", "siehe Anlage", "voir l'annexe", "ver anexo",
// "vedi allegato", "zie bijlage", "as listed overleaf".
var seeWord = regexp.MustCompile(`(?i)^(?:see|siehe|vgl\.?|voir|cf\.?|ver|v[ée]ase|vedi|vedere|zie|consultar|consulte|as\s+(?:listed|shown|set\s+out|per))\b`)

// notAScope reports whether the text after a scope start is something
// else: the organisation named above, a web address or the accreditation
// ("For the scope of accreditation see www.ukas.com"), a grid's header
// ("Approved activities: 1 2 3"), or, after words
// found inside a sentence (midLine), a number ("… offices covering 12
// countries").
func notAScope(first string, midLine bool) bool {
	if refersBack.MatchString(first) || slices.ContainsFunc(strings.Fields(first), webAddress.MatchString) || gridLine(first) {
		return true
	}
	words := strings.Fields(first)
	return midLine && (startsDigit(first) || accreditWord.MatchString(strings.Join(words[:min(len(words), 3)], " ")))
}

// refersBack is a phrase referring to the organisation named above, in
// the seven languages: "named above", "oben genannt", "ci-dessus", "arriba
// indicada", "sopra indicata", "hierboven genoemd", "acima referida".
var refersBack = regexp.MustCompile(`(?i)\b(?:(?:named|mentioned|listed|stated|identified)\s+above|above[-\s](?:named|mentioned)|oben\s+(?:genannt|angef(?:ü|ue)hrt|bezeichnet)|` +
	`ci-dessus|susmentionn|arriba\s+(?:indicad|mencionad|citad)|sopra\s+(?:indicat|citat|menzionat)|suddett|hierboven|bovengenoemd|acima\s+(?:indicad|mencionad|referid|identificad))`)

// stackedLabelsEnd returns the line on which a scope label printed in each
// national language in turn ends, the labels parted by slashes ("La
// certificazione si estende a: / Die Zertifizierung erstreckt sich auf: /
// La certification" over "s'étend à :"): the label's own line when its last
// label ends there, else the next line or the one after, if it ends the
// label with a colon. ok is false when no line ends it: the statement
// cannot be told from the labels.
func stackedLabelsEnd(lines []string, i int, rest string) (end int, ok bool) {
	if strings.HasSuffix(strings.TrimSpace(rest), ":") {
		return i, true
	}
	for k := i + 1; k < min(len(lines), i+3); k++ {
		l := strings.TrimSpace(lines[k])
		if l == "" || len(strings.Fields(l)) > maxLabelWords || sentenceEnds(l) || strings.Contains(l, " | ") {
			return 0, false
		}
		if strings.HasSuffix(l, ":") {
			return k, true
		}
	}
	return 0, false
}

// maxLabelWords bounds the words of a piece of a label wrapped onto a line
// of its own.
const maxLabelWords = 8

// clauseStart reports whether the scope start found at byte at of line i
// is a clause inside a statement already running ("… for insurers,
// covering" over "cashless pre-authorisation …"; "Extent of" over
// "covering cashless …"): it starts in lower case, no colon follows it,
// and a comma or a word that cannot end a statement comes just before it,
// on its line or at the end of the line above. A label's word is no clause:
// "toepassingsgebied" under "Gecertificeerd" is a label cell's second line.
func clauseStart(lines []string, i, at int) bool {
	l := lines[i]
	if !startsLower(l[at:]) || strings.Contains(l[at:], ":") {
		return false
	}
	if _, label := scopeLabelCell(l[at:]); label {
		return false
	}
	before := strings.TrimSpace(l[:at])
	if before == "" && i > 0 {
		before = strings.TrimSpace(lines[i-1])
	}
	return strings.HasSuffix(before, ",") || runsOn.MatchString(before)
}

// joinWrappedIntro joins a sentence introducing the scope that wraps its
// last words onto a short line of their own ending in a colon ("… an
// information security management system for the" over "following
// scope:", "… für den" over "folgenden Geltungsbereich:"): neither line
// alone introduces the scope, the two together do.
func joinWrappedIntro(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if i+1 < len(lines) && wrapsIntro(l, strings.TrimSpace(lines[i+1])) {
			l, i = l+" "+strings.TrimSpace(lines[i+1]), i+1
		}
		out = append(out, l)
	}
	return out
}

// wrapsIntro reports whether next, a short line in lower case ending in a
// colon, ends the introduction that l begins.
func wrapsIntro(l, next string) bool {
	introduces := func(s string) bool {
		return slices.ContainsFunc(scopeReaders, func(re *regexp.Regexp) bool { return re.MatchString(s) })
	}
	return startsLower(next) && strings.HasSuffix(next, ":") && len(strings.Fields(next)) <= 5 && !strings.Contains(l, " | ") &&
		!introduces(l) && !introduces(next) && introduces(l+" "+next)
}
