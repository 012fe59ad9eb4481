package facts

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"assay/app/evidence"
)

// This file reads a certificate's details as pairs of a label and its
// value, whatever the page's layout: the label known by its words, the
// value by its type (a date, a code with digits) at the nearest place
// after it. The place may be the rest of the label's cell, the next cell,
// the same column on the next lines (a row of labels over a row of
// values), or the next lines under the label (a sidebar or a ribbon of
// labels above values), counted from the line's first cell or from its
// last, since a sidebar's cells end the lines of the text beside it.
// Certificate asks it only for the facts its layout readers leave unread.

// Kinds of label the pair reader knows besides the date kinds.
const (
	pairNumber = "number"
	pairScope  = "scope"
)

// pairDocument is a word for the document a body issues: certificate,
// approval, registration, record, attestation or statement, in the seven
// languages. Labels qualify their dates and numbers with it ("Approval
// valid through", "Urkunde ausgestellt am", "Número de constancia").
const pairDocument = `(?:certificate|certification|approval|registration|record|attestation|statement|declaration|licence|license|` +
	`zertifikat|zertifizierung|urkunde|bestätigung|bescheinigung|genehmigung|registrierung|eintragung|erklärung|` +
	`certificat|certification|approbation|enregistrement|attestation|relevé|déclaration|agrément|` +
	`certificado|certificación|aprobación|registro|constancia|acta|declaración|homologación|` +
	`certificato|certificazione|approvazione|registrazione|attestato|dichiarazione|` +
	`certificaat|certificering|certificatie|goedkeuring|registratie|akte|verklaring|erkenning|` +
	`certificação|aprovação|registo|termo|atestado|declaração|homologação)`

// pairArticle is an article or demonstrative before the document's word:
// "this", "the present", "diese", "cette", "esta", "questo", "deze", "este".
const pairArticle = `(?:(?:the|this|the\s+present|der|die|das|diese[rs]?|vorliegende[rs]?|le|la|l['’]|ce|cet|cette|la\s+présente|le\s+présent|` +
	`el|la|este|esta|el\s+presente|la\s+presente|il|lo|l['’]|questo|questa|il\s+presente|la\s+presente|het|de|dit|deze|o|a|este|esta|o\s+presente|a\s+presente)\s*)`

// pairDateLabels are the date labels the pair reader knows beyond the
// certificate's: the document's own word before the verb or the validity
// ("Approval valid through", "Urkunde läuft ab am", "Relevé établi le"),
// a renewal due by a date, and the first approval "since" a date.
var pairDateLabels = slices.Concat(certificateDateLabels,
	labels(dateExpires, 1,
		pairArticle+`?`+pairDocument+`\s+(?:`+latestWords+`\s+)?`+validWords+`\s+(?:`+latestWords+`\s+)?`+untilWords+pairInclusive,
		pairArticle+`?`+pairDocument+`\s+(?:expires|will\s+expire|lapses|ends|läuft\s+ab|verfällt|erlischt|endet|expire|échoit|prend\s+fin|vence|caduca|expira|finaliza|termina|scade|cessa|verloopt|vervalt|loopt\s+af|eindigt|finda)(?:\s+(?:on|am|le|el|il|op|em|a|en))?`,
		pairArticle+`?`+pairDocument+`\s+(?:runs\s+(?:to|until|through)|läuft\s+bis|court\s+jusqu['’]au|rige\s+hasta(?:\s+el)?|corre\s+hasta(?:\s+el)?|vale\s+fino\s+al|loopt\s+tot(?:\s+en\s+met)?|vigora\s+até|vigora\s+hasta(?:\s+el)?)`,
		// A word of "until" alone over a date, as a column of labels wraps
		// "Valid" over "until": the validity's end.
		`(?:jusqu['’]au|jusqu['’]à|bis(?:\s+zum)?|hasta(?:\s+el)?|fino\s+al|sino\s+al|tot(?:\s+en\s+met)?|até)`,
		// A renewal due by a date: the date the certificate must be renewed
		// by, its expiry. An audit due by a date is not (dateOther).
		`(?:renewal|renouvellement|erneuerung|verlängerung|renovación|renovar|rinnovo|rinnovare|vernieuwing|verlenging|renovação)\s+`+
			`(?:(?:due|required|to\s+be\s+(?:made|completed)|fällig|erforderlich|zu\s+erfolgen|à\s+effectuer|requis|requerida|debida|a\s+efectuar|previsto|prevista|richiesto|da\s+effettuare|vereist|verplicht|te\s+verrichten|devida|necessária|a\s+efetuar)\s+)?`+
			`(?:by|before|no\s+later\s+than|until|avant(?:\s+le)?|au\s+plus\s+tard\s+le|bis(?:\s+(?:zum|spätestens))?|spätestens(?:\s+am|\s+bis)?|antes\s+del?|a\s+más\s+tardar\s+el|`+
			`entro\s+il|non\s+oltre\s+il|uiterlijk\s+op|vóór|voor|até(?:\s+(?:ao|à))?|no\s+máximo\s+(?:em|até))`),
	labels(dateIssued, 1,
		pairArticle+`?`+pairDocument+`\s+(?:issued|established|drawn\s+up|made\s+out|granted|ausgestellt|erteilt|erstellt|établie?|délivrée?|émise?|extendid[oa]|emitid[oa]|expedid[oa]|otorgad[oa]|`+
			`rilasciat[oa]|emess[oa]|redatt[oa]|opgemaakt|uitgegeven|afgegeven|lavrad[oa]|emitid[oa]|passad[oa])(?:\s+(?:on|am|le|el|il|op|em|a|en))?`,
		`(?:date|datum|fecha|data)\s+(?:of\s+(?:this|the\s+present|the\s+current)|de\s+(?:la\s+)?(?:présente|cette|ce)|de\s+(?:este|esta|la\s+presente|el\s+presente)|`+
			`(?:dieser|dieses|der\s+vorliegenden|des\s+vorliegenden)|van\s+(?:deze|dit)|desta|deste|da\s+presente|do\s+presente|di\s+questa|di\s+questo|della\s+presente|del\s+presente)\s+`+pairDocument,
		`(?:latest|last|current|letzte[snr]?|aktuelle[snr]?|dernière|dernier|última|último|ultima|ultimo|laatste|huidige)\s+(?:issue\s+date|ausstellungsdatum|date\s+d['’]émission|fecha\s+de\s+emisión|data\s+di\s+emissione|uitgiftedatum|data\s+de\s+emissão)`,
		`(?:latest|last|current|letzte[snr]?|aktuelle[snr]?|dernière|dernier|última|último|ultima|ultimo|laatste|huidige)\s+(?:date|datum|fecha|data)\s+(?:of\s+|d['’]\s*|de\s+|di\s+|van\s+|da\s+|der\s+)?`+
			`(?:issue|issuance|ausstellung|ausgabe|émission|établissement|délivrance|emisión|expedición|emissione|rilascio|uitgifte|afgifte|emissão|expedição)`),
	labels(dateInitial, 1,
		`(?:approved|certified|confirmed|registered|bestätigt|anerkannt|genehmigt|approuvée?|confirmée?|agréée?|aprobad[oa]|confirmad[oa]|approvat[oa]|confermat[oa]|`+
			`goedgekeurd|bevestigd|erkend|aprovad[oa]|confirmad[oa])\s+(?:(?:initially|originally|first|ursprünglich|erstmals|initialement|originalement|inicialmente|originalmente|inizialmente|originariamente|oorspronkelijk|eerst)\s+)?`+
			`(?:since|on|seit|am|depuis(?:\s+le)?|le|desde(?:\s+(?:el|o|a))?|el|dal|dall['’]|il|sinds|op|vanaf|em)`,
		`(?:ursprünglich|erstmals|originally|initially|initialement|originalement|inicialmente|originalmente|inizialmente|originariamente|oorspronkelijk)\s+`+
			`(?:bestätigt|anerkannt|genehmigt|approuvée?|aprobad[oa]|approvat[oa]|goedgekeurd|aprovad[oa])(?:\s+(?:am|le|el|il|op|em|seit|depuis|desde|dal|sinds))?`,
		`(?:date|datum|fecha|data)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+)?|der\s+|del\s+|della\s+|van\s+(?:de\s+)?|da\s+|do\s+)?(?:first|première|primera|primeira|prima|primo|ersten|eerste)\s+`+pairDocument),
)

// pairInclusive is "and including" after a word of until: "valid through
// … inclusive", "gültig bis einschliesslich", "geldig tot en met".
const pairInclusive = `(?:\s+(?:and\s+including|inclusive|einschlie(?:ß|ss)lich|inclus|incluso|incluido|inclusief|inclusive))?`

// pairNumberLabel is a label of the certificate's number the number
// reader does not know: the document's word and a word of number, in
// either order, as words or a compound ("Record number", "Nr. der
// Urkunde", "Número de constancia", "Aktenummer", "Zert.-Kennung").
var pairNumberLabel = regexp.MustCompile(`(?i)^(?:` +
	pairDocument + `(?:[\s\-]*(?:s|e|en)?)?[\s\-]*(?:number|no\.?|nr\.?|n[°º]|n\.\s?º|num\.?|nummer|numéro|número|numero|ref(?:erence|\.)?|reference\s+no\.?|kennung|kennzahl|code|código|codice|id)` +
	`|(?:number|no\.?|nr\.?|n[°º]|n\.\s?º|num\.?|nummer|numéro|número|numero|ref(?:erence)?\.?|réf(?:érence)?\.?|ref\.?\s*ª|referencia|referência|riferimento|kenmerk|code|código|codice|id|kennung)` +
	`\s*(?:(?:of|der|des|du|de|del|di|della|van|do|da)\s+|(?:d|dell)['’]\s*)?(?:(?:the|het|la|le|el|il|lo|o|a|l['’])\s*)?` + pairDocument +
	`|(?:cert|zert|reg)\.?\s*-?\s*(?:ref(?:erence)?\.?\s*(?:no\.?|nr\.?)?|kennung|id|nr\.?|no\.?))` +
	`\s*[:.#]?$`)

// pairScopeLabel is a scope label with qualifiers, in the seven languages:
// the scope, field, area or perimeter approved, certified or confirmed,
// perhaps "of operations" or "of activities", or the activities covered
// by this document ("Approved scope of operations", "Bestätigter
// Tätigkeitsbereich", "Périmètre approuvé des opérations", "Alcance
// aprobado de las operaciones", "Campo approvato delle attività",
// "Goedgekeurd werkterrein", "Âmbito aprovado das operações",
// "Activities covered by this approval"). A bare noun ("Campo", "Area")
// is no label: it takes a qualifier or what it is of.
var pairScopeLabel = regexp.MustCompile(`(?i)^(?:(?:the|le|la|l['’]|el|il|lo|o|a|het|de|der|die|das)\s*)?(?:` +
	pairQualifier + `\s+` + pairScopeNoun + `(?:\s+` + pairQualifier + `)?(?:\s+` + pairOfActivities + `)?(?:\s+` + pairQualifier + `)?` +
	`|` + pairScopeNoun + `\s+` + pairQualifier + `(?:\s+` + pairOfActivities + `)?` +
	`|` + pairScopeNoun + `\s+` + pairOfActivities + `(?:\s+` + pairQualifier + `)?` +
	`|` + pairScopeNoun + `(?:\s+` + pairQualifier + `)?\s+` + pairCoveredBy + `\s+` + pairArticle + `?` + pairDocument +
	`)\s*:?$`)

const (
	pairQualifier = `(?:approved|certified|confirmed|registered|covered|accepted|` +
		`bestätigte?[rns]?|zertifizierte?[rns]?|genehmigte?[rns]?|registrierte?[rns]?|anerkannte?[rns]?|` +
		`approuvée?s?|certifiée?s?|confirmée?s?|enregistrée?s?|couverte?s?|agréée?s?|` +
		`aprobad[oa]s?|certificad[oa]s?|confirmad[oa]s?|registrad[oa]s?|cubiert[oa]s?|` +
		`approvat[oa]|approvat[ie]|certificat[oa]|certificat[ie]|confermat[oa]|confermat[ie]|registrat[oa]|copert[oa]|copert[ie]|` +
		`goedgekeurde?|gecertificeerde?|bevestigde?|geregistreerde?|erkende?|` +
		`aprovad[oa]s?|certificad[oa]s?|confirmad[oa]s?|registad[oa]s?|abrangid[oa]s?)`
	pairScopeNoun = `(?:scope|field|area|perimeter|domain|activities|operations|` +
		`geltungsbereich|anwendungsbereich|tätigkeitsbereich|t(?:ae|a)tigkeitsbereich|bereich|umfang|tätigkeiten|` +
		`périmètre|perimetre|domaine|champ|activités|opérations|` +
		`alcance|ámbito|ambito|campo|actividades|operaciones|` +
		`campo|ambito|perimetro|attività|operazioni|` +
		`reikwijdte|werkterrein|werkgebied|toepassingsgebied|activiteiten|werkzaamheden|` +
		`âmbito|escopo|atividades|operações)`
	pairOfActivities = `(?:of\s+(?:the\s+)?|des\s+|de\s+(?:las\s+|los\s+|la\s+|l['’]\s*)?|der\s+|delle\s+|degli\s+|dei\s+|della\s+|van\s+(?:de\s+)?|das\s+|dos\s+|da\s+)` +
		`(?:operations|activities|services|opérations|activités|services|operaciones|actividades|servicios|operazioni|attività|servizi|werkzaamheden|activiteiten|diensten|operações|atividades|serviços|tätigkeiten|dienstleistungen)`
	pairCoveredBy = `(?:covered\s+by|included\s+in|abgedeckt\s+durch|erfasst\s+durch|umfasst\s+von|couvert(?:e|s|es)?\s+par|incluse?s?\s+dans|cubiert[oa]s?\s+por|incluid[oa]s?\s+en|` +
		`copert[oa]\s+da|copert[ie]\s+da|inclus[oie]\s+in|gedekt\s+door|vallend\s+onder|abrangid[oa]s?\s+por|cobert[oa]s?\s+por|inclu[íi]d[oa]s?\s+n[oa])`
)

// pairReader reads the pairs of one document, remembering each cell's
// kind of label: a cell is looked at from several labels around it.
type pairReader struct {
	lines []string
	order DateOrder
	kinds map[string]string
}

// label is pairLabel, remembered.
func (r *pairReader) label(cell string) string {
	cell = strings.TrimSpace(cell)
	k, ok := r.kinds[cell]
	if !ok {
		k = pairLabel(cell)
		r.kinds[cell] = k
	}
	return k
}

// pairLabel classifies a cell holding only a label: the kind of value it
// introduces, or "" when the cell is no label the pair reader knows.
// Letter-spaced capitals are read as words, a trailing colon is left
// out, and a bilingual label ("Issue date / Date d'émission") is the kind
// both its parts agree on.
func pairLabel(cell string) string {
	cell = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(cell), ":"))
	if cell == "" || len(cell) > maxLabelCell || strings.ContainsFunc(cell, unicode.IsDigit) {
		return "" // a label has no digits: those are its value's
	}
	if r, _ := utf8.DecodeRuneInString(cell); unicode.IsLower(r) {
		return "" // the end of a label wrapped from the line above
	}
	if parts := strings.Split(cell, " / "); len(parts) > 1 {
		kind := ""
		for _, p := range parts {
			k := pairLabel(p)
			if k == "" || kind != "" && k != kind {
				return ""
			}
			kind = k
		}
		return kind
	}
	if lb, ok := onlyLabel(cell, pairDateLabels); ok {
		return lb.kind
	}
	if pairNumberLabel.MatchString(cell) && !accreditationNumber.MatchString(cell) {
		return pairNumber
	}
	if loc := numberLabel.FindStringIndex(cell + " "); loc != nil && loc[0] == 0 && loc[1] >= len(cell) && !accreditationNumber.MatchString(cell) {
		return pairNumber
	}
	if pairScopeLabel.MatchString(cell) {
		return pairScope
	}
	return ""
}

// value is the value a label at line i, cell c of its line, finds by
// type: in the next cell, then in the same column of the next lines
// (counted from the first cell and from the last), or alone on a line
// under it, passing over lines of other text but stopping at another
// label. fits tells a value of the label's type. It gives the value's
// line and cell text, or -1.
func (r *pairReader) value(i, c int, fits func(string) bool) (int, string) {
	lines := r.lines
	cells := strings.Split(lines[i], " | ")
	if c+1 < len(cells) {
		if v := cells[c+1]; fits(v) && !otherStandard.MatchString(lines[i]) {
			return i, v
		}
		if r.label(cells[c+1]) != "" {
			// A row of labels: the values are under them, column by column.
			return pairUnder(lines, i, c, len(cells), fits)
		}
	}
	fromEnd := len(cells) - 1 - c
	for j, seen := i+1, 0; j < len(lines) && seen < maxPairGap; j++ {
		if lines[j] == "" {
			continue
		}
		seen++
		if otherStandard.MatchString(lines[j]) {
			return -1, "" // another standard's line: its value may be that standard's
		}
		next := strings.Split(lines[j], " | ")
		var found []string
		for _, k := range []int{c, len(next) - 1 - fromEnd} {
			if k < 0 || k >= len(next) || len(next) > 1 && len(cells) > 1 && len(next) != len(cells) && k == c && fromEnd > 0 {
				continue
			}
			if r.label(next[k]) != "" || wordsOnly(next[k]) && hasLabel(next[k], pairDateLabels) {
				return -1, "" // another label, known or worded with a label's words
			}
			if fits(next[k]) && !slices.Contains(found, next[k]) {
				found = append(found, next[k])
			}
		}
		switch len(found) {
		case 1:
			if k := nextLine(lines, j); k >= 0 && slices.ContainsFunc(strings.Split(lines[k], " | "), fits) {
				// A column of values under one label, one per standard
				// or per issue: which is this certificate's cannot be
				// told here.
				return -1, ""
			}
			return j, found[0]
		case 2:
			return -1, "" // a value at both ends: which is the label's cannot be told
		}
	}
	return -1, ""
}

// maxPairGap is how many lines under its label a value may stand: the
// label's own line of text beside it, one or two more.
const maxPairGap = 3

// pairUnder is the value under the label in cell c of a row of n labels:
// the same cell of the next line with as many cells.
func pairUnder(lines []string, i, c, n int, fits func(string) bool) (int, string) {
	j := nextLine(lines, i)
	if j < 0 {
		return -1, ""
	}
	next := strings.Split(lines[j], " | ")
	v, ok := "", len(next) == n
	if ok {
		v = next[c]
	} else {
		v, ok = besideSeal(strings.Split(lines[i], " | "), next, c)
	}
	if !ok || !fits(v) || otherStandard.MatchString(lines[j]) {
		return -1, ""
	}
	if k := nextLine(lines, j); k >= 0 && strings.Count(lines[k], " | ")+1 == n {
		// Rows of values under the labels, one per standard or per
		// issue: which is this certificate's cannot be told here.
		return -1, ""
	}
	return j, v
}

// labelPair is a label found by the pair reader and the value found for it.
type labelPair struct {
	kind         string
	label, value string
	line         int // the value's line
}

// labelPairs finds every label cell of lines and its value by type: a
// date for a date label, a code with digits for a number. A scope's
// label is given with the rest of its cell as value; its statement is
// read by the scope reader.
func labelPairs(lines []string, order DateOrder) []labelPair {
	r := &pairReader{lines: lines, order: order, kinds: map[string]string{}}
	var out []labelPair
	for i, l := range lines {
		if l == "" || len(l) > maxLabelRow {
			continue
		}
		if p := prevLine(lines, i); p >= 0 && r.headerRow(lines[p]) {
			// The second line of a row of labels wrapped in their cells
			// ("Certified for the first" over "time on"): which words
			// belong together cannot be told.
			continue
		}
		header := r.headerRow(l)
		for c, cell := range strings.Split(l, " | ") {
			kind, label, rest, at := r.cell(i, c, cell)
			if kind == "" {
				if p, ok := r.wrappedBeside(i, c); ok {
					out = append(out, p)
				}
				continue
			}
			li, lc := i, c
			if at != i {
				// A wrapped label: its value is under its last line.
				li, lc = at, strings.Count(lines[at], " | ")
			}
			fits := func(v string) bool { return pairDate(v, order) }
			switch kind {
			case pairScope:
				out = append(out, labelPair{kind: kind, label: label, value: rest, line: i})
				continue
			case pairNumber:
				fits = pairCode
			}
			if rest != "" {
				if fits(rest) {
					out = append(out, labelPair{kind: kind, label: label, value: rest, line: i})
				}
				continue
			}
			if header {
				// A row of labels: only the value right under its label,
				// in a row of as many cells, is the label's.
				if j, v := pairUnder(lines, i, c, strings.Count(l, " | ")+1, fits); j >= 0 {
					out = append(out, labelPair{kind: kind, label: label, value: v, line: j})
				} else if j, v := r.typedUnder(i, c, kind); j >= 0 {
					out = append(out, labelPair{kind: kind, label: label, value: v, line: j})
				}
				continue
			}
			if j, v := r.value(li, lc, fits); j >= 0 {
				out = append(out, labelPair{kind: kind, label: label, value: v, line: j})
			}
		}
		out = append(out, inlinePairs(l, i, order)...)
	}
	return out
}

// inlinePairs are the dates of line l each right after a label of its
// own, as a strip of details runs them on one line ("Latest date of issue:
// 25/09/2022 Renewal due by: 15/09/2025"): the label starts the line or
// follows the date before it or a comma, and only a colon parts it from
// its date.
func inlinePairs(l string, i int, order DateOrder) []labelPair {
	var out []labelPair
	from := 0
	for _, d := range DatesIn(l, order) {
		seg := l[from:d.Start]
		from = d.End
		if len(seg) > maxLabelSpan || !hasLabel(seg, pairDateLabels) {
			continue
		}
		best, start := label{}, -1
		for _, lb := range pairDateLabels {
			for _, m := range findPhrases(lb.re, seg) {
				before := strings.TrimRight(seg[:m[0]], " ")
				if gap(seg[m[1]:]) == 0 && (gap(before) == 0 || strings.HasSuffix(before, ",")) && (start < 0 || m[0] < start) {
					best, start = lb, m[0]
				}
			}
		}
		if start >= 0 && best.kind != dateOther && best.kind != dateRange {
			out = append(out, labelPair{kind: best.kind, label: strings.TrimSpace(seg[start:]), value: d.Text, line: i})
		}
	}
	return out
}

// cell reads cell c of line i as a label: the whole cell, or its
// start before a colon with the rest as the value. A label wrapped in the
// last column ("Date de la présente" over "approbation") is read whole
// with the last cell of the next line, which is the line it gives.
func (r *pairReader) cell(i, c int, cell string) (kind, label, rest string, at int) {
	lines := r.lines
	if k := r.label(cell); k != "" {
		return k, cell, "", i
	}
	if head, tail, ok := strings.Cut(cell, ":"); ok && strings.TrimSpace(tail) != "" {
		if k := r.label(head); k != "" {
			return k, head, strings.TrimSpace(tail), i
		}
	}
	j := nextLine(lines, i)
	if c != strings.Count(lines[i], " | ") || j < 0 || !wordsOnly(cell) {
		return "", "", "", i
	}
	below := strings.TrimSpace(lastCell(lines[j]))
	if !wordsOnly(below) || r.label(below) != "" {
		return "", "", "", i
	}
	whole := cell + " " + below
	if k := r.label(whole); k != "" {
		return k, whole, "", j
	}
	return "", "", "", i
}

// headerRow reports whether l is a row of cells that each hold a few
// words starting with a capital and no clause, as a row of labels over
// their values: three cells or more, or two labels; not a label beside a
// line of the text's column.
func (r *pairReader) headerRow(l string) bool {
	cells := strings.Split(l, " | ")
	if len(cells) < 2 {
		return false
	}
	labelled := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		first, _ := utf8.DecodeRuneInString(c)
		if !wordsOnly(c) || len(c) > maxRowLabel || !unicode.IsUpper(first) || strings.ContainsAny(c, ",;") {
			return false
		}
		if r.label(c) != "" {
			labelled++
		}
	}
	// Two cells are a label beside a line of text as often as a row.
	return len(cells) > 2 || labelled == 2
}

// maxRowLabel is how long a cell of a row of labels may be.
const maxRowLabel = 32

// wordsOnly reports whether s is a few words of letters, as a label is.
func wordsOnly(s string) bool {
	return s != "" && len(s) <= maxLabelCell && !strings.ContainsFunc(s, unicode.IsDigit)
}

// pairDate reports whether a cell is one date and nothing more.
func pairDate(v string, order DateOrder) bool {
	ds := DatesIn(v, order)
	return len(ds) == 1 && gap(v[:ds[0].Start]) == 0 && gap(v[ds[0].End:]) == 0
}

// pairCode reports whether a cell is a certificate's code and nothing
// more: digits, perhaps letters, no date, no web address nor standard.
func pairCode(v string) bool {
	v = strings.TrimSpace(v)
	n := numberValue(v)
	return n != "" && n == strings.TrimRight(v, ".") && codeLike(n) && certificateCode(n) && !pairDate(v, OrderUnknown)
}

// pairFacts reads, by label and value, what a certificate's layout
// readers left unread in c: the number, the issue and expiry dates. A
// date label whose kind has two different values is left unread.
func pairFacts(c *evidence.Certificate, lines []string, all string) {
	if c.Number.Known && c.IssuedOn.Known && c.ExpiresOn.Known {
		return
	}
	order, why := DocumentOrder(all)
	pairs := slices.Concat(labelPairs(lines, order), prosePairs(lines, order))
	if !c.Number.Known && c.Number.Doubt == "" {
		if p, ok := onlyPair(pairs, pairNumber); ok {
			c.Number = known(numberValue(p.value), p.label+" "+p.value)
		}
	}
	for _, f := range []struct {
		kind string
		fact *evidence.Fact[evidence.Date]
	}{{dateIssued, &c.IssuedOn}, {dateExpires, &c.ExpiresOn}} {
		if f.fact.Known || f.fact.Doubt != "" {
			continue
		}
		p, ok := onlyPair(pairs, f.kind)
		if !ok {
			continue
		}
		if f.kind == dateIssued && onlyDates(lines[p.line]) && grantLabelOfFirst(lines, prevLine(lines, p.line)) {
			continue // "CERTIFICATION INITIALE" … "ACCORDÉE LE": the first certification's date
		}
		ds := DatesIn(p.value, order)
		d := dateFact(dated{DateMatch: ds[0], line: p.line, text: p.label + " " + p.value}, why)
		if d.Known && (f.kind == dateIssued && c.ExpiresOn.Known && d.Value >= c.ExpiresOn.Value || f.kind == dateExpires && c.IssuedOn.Known && d.Value <= c.IssuedOn.Value) {
			continue // a certificate expires after it is issued: one of the two is misread
		}
		*f.fact = d
	}
}

// prosePairs are the dates a sentence about this certificate gives it
// ("This approval remains valid until 3 May 2027", "die Urkunde wurde am
// 2. Mai 2024 erteilt" is not read: the label must come just before its
// date): the words right before a date say it is issued, takes effect or
// stays valid until then, and the clause up to there names the document
// ("approval", "Zertifikat", "aprovação") and no other one: not a previous
// or first certificate, another standard's, the accreditation or an audit. Clauses end
// at a semicolon or a sentence's full stop; lines of cells are no prose,
// nor a run of dates one after the other.
func prosePairs(lines []string, order DateOrder) []labelPair {
	var out []labelPair
	for start, i := 0, 0; i <= len(lines); i++ {
		prose := i < len(lines) && lines[i] != "" && !strings.Contains(lines[i], " | ")
		if prose && (i == start || !startsUpper(lines[i])) {
			continue
		}
		text := strings.Join(lines[start:i], " ")
		// A line starting with a capital starts a sentence or is a
		// heading: a clause runs on only onto a line in lower case.
		next := i + 1
		if prose {
			next = i
		}
		for _, clause := range clauses(text) {
			from := 0
			ds := DatesIn(clause, order)
			for k, d := range ds {
				if k+1 < len(ds) && gap(clause[d.End:ds[k+1].Start]) == 0 {
					// A column of dates under a label: which is its value
					// cannot be told.
					break
				}
				before := clause[:d.Start]
				seg := clause[from:d.Start]
				from = d.End
				kind := ""
				switch {
				case proseExpires.MatchString(seg):
					kind = dateExpires
				case proseLapses.MatchString(seg) && !otherStandard.MatchString(clause[d.End:]):
					kind = dateExpires
				case proseIssued.MatchString(seg):
					kind = dateIssued
				default:
					continue
				}
				if !proseDocument.MatchString(before) && !famDocumentWord.MatchString(before) || proseOther.MatchString(before) || otherStandard.MatchString(before) {
					continue
				}
				out = append(out, labelPair{kind: kind, label: strings.TrimSpace(seg), value: d.Text, line: start})
			}
		}
		start = next
	}
	return out
}

// clauses parts a paragraph into clauses: at a semicolon, or at a full
// stop after a word or a year and before a capital ("… 2027. The …"); not
// at the stop of a day ("am 3. Mai").
func clauses(text string) []string {
	var out []string
	from := 0
	for _, m := range proseClause.FindAllStringIndex(text, -1) {
		cut := m[0] + strings.IndexAny(text[m[0]:m[1]], ".;")
		out = append(out, text[from:cut])
		from = cut + 1
	}
	return append(out, text[from:])
}

// proseClause is where a clause ends: see clauses.
var proseClause = regexp.MustCompile(`;|(?:\p{L}|\d{4})\.\s+\p{Lu}`)

// proseExpires and proseIssued are the words right before a date in a
// sentence that make it the expiry ("remains valid until", "gültig bis",
// "valable jusqu'au", "vigente hasta el", "valido fino al", "geldig tot
// en met", "vigora até") or the issue or the start of this certificate's
// validity ("issued on", "erteilt am", "délivré le", "emitida em", "takes
// effect on", "gaat in op", "entra en vigor el").
var (
	proseExpires = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + validWords + `|vigora|vigorará|rige|regirá)\s+(?:` + latestWords + `\s+)?` + untilWords + pairInclusive + `\s*$`)
	// proseLapses are the verbs of lapsing or ceasing after or on a date,
	// in the seven languages: "… and will lapse after", "… erlischt nach
	// dem", "… cessera après le", "… caducará después del", "… decadrà
	// dopo il", "… vervalt na", "… caducará após". What follows the date
	// must name no other standard ("… after 12 June 2028 for ISO 9001").
	proseLapses = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:will\s+)?(?:lapse|cease)s?\s+(?:after|on)|(?:erlischt|endet)\s+nach\s+dem|(?:cessera|cesse)\s+(?:après\s+)?le|` +
		`(?:caducará|caduca|cesará|cesa)\s+(?:después\s+)?(?:del?|el)|(?:decadrà|decade|cesserà|cessa)\s+(?:dopo\s+)?il|vervalt\s+na|(?:caducará|caduca|cessará|cessa)\s+(?:após|em))\s*$`)
	proseIssued = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:issued|granted|ausgestellt|erteilt|délivrée?|émise?|emitid[oa]|expedid[oa]|otorgad[oa]|rilasciat[oa]|emess[oa]|afgegeven|uitgegeven|verleend)\s+(?:on|am|le|el|il|op|em|en)` +
		`|(?:takes\s+effect|tritt\s+in\s+kraft|prend\s+effet|entra\s+en\s+vigor|entra\s+in\s+vigore|gaat\s+in|treedt\s+in\s+werking|entra\s+em\s+vigor)\s+(?:on|am|le|el|il|op|em|en|a)` +
		// The effect taken from a date: "has effect from", "surte efecto
		// desde el", "prend effet à compter du", "ha effetto dal", "ist
		// wirksam ab", "heeft werking vanaf", "produz efeitos desde".
		`|(?:(?:takes|has)\s+effect\s+from|surten?\s+efectos?\s+(?:desde|a\s+partir\s+del?)(?:\s+el)?|prend\s+effet\s+(?:à\s+compter\s+du|à\s+partir\s+du)|` +
		`ha\s+effetto\s+(?:dal|a\s+partire\s+dal)|(?:ist|wird)\s+wirksam\s+(?:ab|seit)(?:\s+dem)?|heeft\s+werking\s+(?:vanaf|met\s+ingang\s+van)|produz\s+efeitos?\s+(?:desde|a\s+partir\s+de))` +
		`|(?:valid|gültig|valable|válid[oa]|valid[oa]|geldig)\s+(?:from|ab|(?:à\s+partir\s+du)|desde(?:\s+el)?|dal|vanaf|a\s+partir\s+de))\s*$`)
	// proseDocument names the document, proseOther another one or
	// another date of it: a previous, former, first or original
	// certificate, the accreditation, an audit, a surveillance visit.
	proseDocument = regexp.MustCompile(`(?i)(?:^|[^\p{L}])` + pairDocument + `(?:[^\p{L}]|$)`)
	proseOther    = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:previous|prior|former|earlier|first|original|initial|replaced|superseded|` +
		`vorherige?[nrs]?|vorige[nrs]?|frühere?[nrs]?|erste[nrs]?|ursprünglich\w*|ersetzt\w*|` +
		`précédente?s?|ancienne?s?|premi[eè]re?|initiale?s?|originale?s?|remplac\w*|` +
		`anterior(?:es)?|primer[oa]?|primeir[oa]|precedente|prim[oa]|originari[oa]|sostituit\w*|sustituid\w*|substituíd\w*|` +
		`vorig\w*|voorgaande|eerdere?|eerste|oorspronkelijke?|vervangen|` +
		`accredit\w*|akkredit\w*|accrédit\w*|acredit\w*|accreditat\w*|geaccrediteerd\w*|` +
		`audit\w*|surveillance|überwachung\w*|vigilancia|sorveglianza|toezicht|acompanhamento|auditoria|verifica|controle)(?:[^\p{L}]|$)`)
)

// onlyPair is the value of the pairs of kind, when they agree on one.
func onlyPair(pairs []labelPair, kind string) (labelPair, bool) {
	var got labelPair
	found := false
	for _, p := range pairs {
		if p.kind != kind {
			continue
		}
		if found && p.value != got.value {
			return labelPair{}, false
		}
		got, found = p, true
	}
	return got, found
}

// pairScopeApplies is a sentence saying what the document applies to,
// with the words for an approval, a record or a statement the scope
// readers do not know, and the verbs of relating: "This approval relates
// to:", "Diese Urkunde gilt für:", "Esta aprobación se refiere a:", "Deze
// goedkeuring heeft betrekking op:"; or the activities it relates to:
// "Activités auxquelles se rapporte cette approbation :", "Activiteiten
// waarop deze goedkeuring betrekking heeft:".
var pairScopeApplies = regexp.MustCompile(`(?i)^(?:` + pairArticle + `?` + pairDocument + `\s+` + pairRelates + `|` +
	pairScopeNoun + `\s+(?:to\s+which|auxquelles|auxquels|auf\s+die\s+sich|a\s+las\s+que|a\s+los\s+que|a\s+cui|alle\s+quali|waarop|waar|a\s+que|às\s+quais|aos\s+quais)\s+` +
	pairArticle + `?` + pairDocument + `\s+(?:relates|applies|refers|se\s+rapporte|s['’]applique|bezieht|gilt|se\s+refiere|se\s+aplica|si\s+riferisce|si\s+applica|betrekking\s+heeft|van\s+toepassing\s+is|se\s+refere|se\s+aplica)` +
	`)\s*:?$`)

const pairRelates = `(?:relates\s+to|applies\s+to|refers\s+to|covers|is\s+valid\s+for|se\s+rapporte\s+(?:à|aux?)|porte\s+sur|s['’]applique\s+(?:à|aux?)|couvre|` +
	`gilt\s+f(?:ü|ue)r|bezieht\s+sich\s+auf|umfasst|erstreckt\s+sich\s+auf|se\s+refiere\s+a|se\s+aplica\s+a|abarca|cubre|comprende|` +
	`si\s+riferisce\s+a|si\s+applica\s+a|riguarda|copre|comprende|heeft\s+betrekking\s+op|geldt\s+voor|omvat|is\s+van\s+toepassing\s+op|` +
	`refere-se\s+a|diz\s+respeito\s+a|aplica-se\s+a|abrange)`

// pairScopeLine finds a scope label the scope readers do not know: a
// line that is the label alone, or starts with it before a colon. It
// gives the line, the label and the rest of its cell.
func pairScopeLine(lines []string) (int, string, string, bool) {
	for i, l := range lines {
		if l == "" || len(l) > maxLabelRow {
			continue
		}
		cell := strings.TrimSpace(firstCell(l))
		if isPairScopeLabel(cell) {
			return i, strings.TrimRight(cell, " :"), "", true
		}
		if head, tail, ok := strings.Cut(cell, ":"); ok && isPairScopeLabel(head) {
			return i, strings.TrimSpace(head), strings.TrimSpace(tail), true
		}
	}
	return -1, "", "", false
}

func isPairScopeLabel(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= 2*maxLabelCell && (pairScopeLabel.MatchString(s) || pairScopeApplies.MatchString(s) || famScopeLabel.MatchString(s))
}

// pairScopeFact reads the scope statement under a label found by its
// words (pairScopeLine), as the scope reader reads one under "Scope:".
// The lines of a web address between the label and the statement (a
// sidebar's register link) and the other cells of the label's line are
// the page's other column, left out.
func pairScopeFact(lines []string) evidence.Fact[string] {
	i, label, rest, ok := pairScopeLine(lines)
	if !ok {
		return evidence.Fact[string]{}
	}
	lines = slices.Clone(lines)
	lines[i] = "Scope: " + rest
	for j := i + 1; j < len(lines) && j <= i+maxPairGap && rest == ""; j++ {
		l := strings.TrimSpace(lines[j])
		if !webAddressLine(l) {
			break
		}
		lines[j] = ""
	}
	f := certificateScope(lines[i:])
	value := f.Value
	if !f.Known && f.Doubt != "" && len(f.Readings) > 0 {
		value = f.Readings[0] // a list whose items' ends are unsure, read as such
	}
	if value == "" || !sentenceEnds(value) || !wholeLines(value, rest, lines[i+1:]) {
		// A statement cut before its sentence ends, or read from lines
		// here and there, is not the scope under this label for sure.
		return evidence.Fact[string]{}
	}
	f.Quote = strings.Replace(f.Quote, "Scope: ", label+": ", 1)
	if f.Known && rest == "" && famScopeLabel.MatchString(label) && !pairScopeLabel.MatchString(label) && mayBeItems(statementLines(value, lines[i+1:])) {
		return doubtful(f.Quote, "the scope is a list whose bullets are not in the text, and where some of its items end cannot be told from how its lines wrap: check it against the file", value)
	}
	return f
}

// wholeLines reports whether scope is the text of first and then of the
// lines that follow, every one of them from the first to the last read.
func wholeLines(scope, first string, lines []string) bool {
	want := textSign(scope)
	got := textSign(first)
	for _, l := range lines {
		if len(got) >= len(want) {
			break
		}
		got += textSign(l)
	}
	return got == want
}

// textSign is s without what is not a letter or a digit, in lower case.
func textSign(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// webAddressLine reports whether l is a web address or a piece of one
// wrapped: a single word with a slash, a dot or a hyphen and no spaces.
func webAddressLine(l string) bool {
	if l == "" {
		return false
	}
	if webAddress.MatchString(l) {
		return true
	}
	return !strings.ContainsAny(l, " |") && strings.ContainsAny(l, "/.-") && len(l) <= 40
}

// pairAccreditedBy labels the accreditation body before its name, in the
// seven languages: the accreditation granted, issued or held from a body
// ("Accreditation granted by", "Holder of accreditation from",
// "Akkreditierung erteilt durch", "Accréditation délivrée par",
// "Acreditación otorgada por", "Accreditamento rilasciato da",
// "Accreditatie verleend door", "Acreditação concedida por"), or the
// noun of accreditation alone before a colon.
var pairAccreditedBy = regexp.MustCompile(`(?i)^(?:` +
	`(?:holder\s+of\s+(?:an?\s+)?|inhaber(?:in)?\s+(?:der|einer)\s+|titulaire\s+(?:de\s+l['’]|d['’]une\s+)|titular\s+de\s+(?:la\s+|una\s+|a\s+|uma\s+)?|titolare\s+(?:dell['’]|di\s+un['’]?)|houder\s+van\s+(?:de\s+|een\s+)?)?` +
	`(?:accreditation|akkreditierung|accréditation|acreditación|accreditamento|accreditatie|acreditação)\s+` +
	`(?:granted|issued|awarded|given|held|erteilt|ausgesprochen|verliehen|délivrée|accordée|octroyée|otorgada|concedida|emitida|rilasciata|rilasciato|concessa|concesso|verleend|afgegeven|toegekend|atribuída|outorgada)?\s*` +
	`(?:by|from|durch|von|par|por|da|dal|dalla|door|van|pela|pelo)` +
	`|(?:holder\s+of\s+(?:an?\s+)?)(?:accreditation)\s+from` +
	`|(?:accreditation|akkreditierung|accréditation|acreditación|accreditamento|accreditatie|acreditação)\s*:` +
	`)\s*(.*)$`)

// pairAccreditation reads the accreditation body named after its label,
// on the label's line or alone on the next: only a name written as
// national accreditation bodies write theirs, one word in capitals, is
// taken; a sentence, a number or a standard is not.
func pairAccreditation(lines []string) evidence.Fact[string] {
	var got evidence.Fact[string]
	for i, l := range lines {
		m := pairAccreditedBy.FindStringSubmatch(strings.TrimSpace(firstCell(l)))
		v, quote := "", l
		switch {
		case m != nil:
			v = strings.TrimSpace(m[1])
			if v == "" {
				j := nextLine(lines, i)
				if j < 0 {
					continue
				}
				v, quote = strings.TrimSpace(firstCell(lines[j])), l+" "+lines[j]
			}
		default:
			var ok bool
			if v, quote, ok = accreditedBodyAfter(lines, i); !ok {
				continue
			}
		}
		if !acronym.MatchString(v) && !shortBodyName.MatchString(v) || standardName.MatchString(v+"1") || notBodyToken[strings.ToUpper(v)] {
			continue
		}
		if got.Known && got.Value != v {
			return evidence.Fact[string]{} // two bodies named: which accredits this certificate cannot be told
		}
		if !got.Known {
			got = known(v, quote)
		}
	}
	return got
}
