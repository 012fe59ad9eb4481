package scope

import (
	"maps"
	"slices"
	"strings"
)

// Markers of exclusion and limitation, as sequences of lower-case words
// without accents, in every language the matcher reads: a marker says the
// same whatever language the clause around it was taken for.
var (
	// forwardExclusions exclude what follows them.
	forwardExclusions = [][]string{
		{"excluding"}, {"excludes"}, {"exclude"}, {"exclusion", "of"}, {"exclusions"}, {"excl"},
		{"with", "the", "exception", "of"}, {"except", "for"}, {"except"}, {"other", "than"},
		{"apart", "from"}, {"save", "for"}, {"does", "not", "include"}, {"do", "not", "include"},
		{"doesnt", "include"}, {"not", "including"}, {"but", "not"}, {"does", "not", "cover"},
		{"do", "not", "cover"}, {"doesnt", "cover"}, {"does", "not", "extend", "to"}, {"not", "extending", "to"},
		{"does", "not", "provide"}, {"do", "not", "provide"},
		{"mit", "ausnahme"}, {"ausser"}, {"exklusive"}, {"nicht", "jedoch"}, {"jedoch", "nicht"}, {"umfasst", "nicht"},
		{"beinhaltet", "nicht"},
		{"a", "l", "exclusion"}, {"a", "l", "exception"}, {"sauf"}, {"hors"}, {"en", "dehors", "de"}, {"excluant"},
		{"ne", "comprend", "pas"}, {"ne", "couvre", "pas"}, {"n", "inclut", "pas"},
		{"excepto"}, {"a", "excepcion"}, {"con", "excepcion"}, {"excluyendo"}, {"salvo"}, {"exceptuando"},
		{"no", "incluye"}, {"no", "cubre"}, {"sin", "incluir"},
		{"con", "esclusione"}, {"con", "exclusion"}, {"com", "exclusao"}, {"unter", "ausschluss"}, {"met", "uitsluiting"},
		{"ad", "esclusione"}, {"ad", "eccezione"}, {"eccetto"}, {"tranne"}, {"escludendo"}, {"non", "include"},
		{"non", "comprende"}, {"non", "copre"},
		{"met", "uitzondering"}, {"behalve"}, {"exclusief"}, {"omvat", "niet"},
		{"exceto"}, {"com", "excecao"}, {"a", "excecao"}, {"excluindo"}, {"nao", "inclui"}, {"nao", "abrange"}, {"nao", "cobre"},
		{"nao", "incluindo"}, {"no", "incluyendo"}, {"non", "includendo"}, {"niet", "inbegrepen"}, {"zonder", "inbegrip", "van"},
		{"sans", "inclure"}, {"senza", "includere"}, {"sem", "incluir"}, {"ne", "couvrant", "pas"}, {"exclusive", "of"},
		{"excepting"}, {"excluye"}, {"excluyen"}, {"exclut"}, {"excluent"}, {"esclude"}, {"escludono"}, {"exclui"},
		{"excluem"}, {"no", "comprende"}, {"no", "comprenden"}, {"no", "abarca"}, {"nao", "compreende"},
		{"ne", "comprennent", "pas"}, {"non", "comprendono"}, {"nao", "compreendem"},
	}
	// negations before an excluding verb say it excludes nothing.
	negations = toSet(`not no ne n non nao niet nicht kein keine`)
	// splitExclusions are the German and Dutch verbs that exclude what
	// stands between them and their particle at the end of the clause:
	// "schließt die Beratung aus", "sluit advies uit".
	splitExclusions = map[string]string{"schliesst": "aus", "schliessen": "aus", "sluit": "uit", "sluiten": "uit"}
	// passiveExclusions exclude what precedes them ("payroll is excluded"),
	// or what follows when nothing precedes or a colon follows ("Not
	// covered: payroll"), or, for the words that stand either side of what
	// they exclude ("ausgenommen"), when a word follows directly.
	passiveExclusions = [][]string{
		{"excluded"}, {"not", "covered"}, {"not", "included"}, {"not", "in", "scope"}, {"out", "of", "scope"},
		{"outside", "the", "scope"}, {"outside", "of", "the", "scope"}, {"outside", "scope"},
		{"not", "within", "the", "scope"}, {"not", "within", "scope"}, {"not", "part", "of", "the", "scope"}, {"not", "certified"},
		{"ausgeschlossen"}, {"nicht", "enthalten"}, {"nicht", "umfasst"}, {"nicht", "eingeschlossen"},
		{"nicht", "bestandteil"}, {"nicht", "im", "geltungsbereich"}, {"nicht", "gegenstand"},
		{"exclu"}, {"exclue"}, {"exclus"}, {"exclues"}, {"non", "couvert"}, {"non", "couverte"}, {"non", "couverts"},
		{"non", "couvertes"}, {"non", "inclus"}, {"non", "incluse"}, {"non", "incluses"}, {"hors", "perimetre"},
		{"ne", "fait", "pas", "partie"}, {"ne", "font", "pas", "partie"},
		{"excluido"}, {"excluida"}, {"excluidos"}, {"excluidas"}, {"no", "cubierto"}, {"no", "cubiertos"},
		{"no", "incluido"}, {"no", "incluidos"}, {"fuera", "del", "alcance"},
		{"non", "incluso"}, {"non", "inclusi"}, {"non", "coperto"}, {"non", "coperti"}, {"fuori", "dal", "campo"},
		{"fuori", "dall", "ambito"},
		{"uitgesloten"}, {"niet", "inbegrepen"}, {"valt", "buiten"}, {"vallen", "buiten"}, {"buiten", "de", "scope"},
		{"buiten", "het", "toepassingsgebied"}, {"maakt", "geen", "deel", "uit"}, {"maken", "geen", "deel", "uit"},
		{"nao", "coberto"}, {"nao", "cobertos"}, {"nao", "incluido"}, {"nao", "incluidos"}, {"fora", "do", "escopo"},
		{"fora", "do", "ambito"},
		{"ausgenommen"}, {"uitgezonderd"}, {"escluso"}, {"esclusa"}, {"esclusi"}, {"escluse"}, {"excepte"}, {"exceptes"},
	}
	// eitherWay are the passive markers that may also come first.
	eitherWay   = toSet(`ausgenommen uitgezonderd escluso esclusa esclusi escluse excepte exceptes`)
	limitWords  = toSet(`limited restricted confined only solely exclusively applies apply beschrankt begrenzt nur ausschliesslich lediglich limite limitee limites limitees restreint uniquement seulement exclusivement limitado limitada limitados restringido unicamente solo solamente exclusivamente limitato limitata limitati soltanto esclusivamente beperkt alleen uitsluitend enkel restrito apenas somente`)
	blanketWord = toSet(`all entire whole every alle gesamte gesamten samtliche samtlichen tous toutes ensemble totalite todas todos totalidad tutte tutti intera gehele totalidade`)
	limitMarker = [][]string{{"limited", "to"}, {"restricted", "to"}, {"confined", "to"}, {"beschrankt", "auf"}, {"begrenzt", "auf"},
		{"limite", "a"}, {"limitee", "a"}, {"limites", "a"}, {"limitees", "a"}, {"restreint", "a"}, {"limitado", "a"},
		{"limitada", "a"}, {"limitados", "a"}, {"restringido", "a"}, {"limitato", "a"}, {"limitata", "a"}, {"limitati", "a"},
		{"beperkt", "tot"}, {"restrito", "a"}}
	onlyMarkers = [][]string{{"only"}, {"solely"}, {"exclusively"}, {"nur"}, {"ausschliesslich"}, {"lediglich"},
		{"uniquement"}, {"seulement"}, {"exclusivement"}, {"unicamente"}, {"solo"}, {"solamente"}, {"exclusivamente"},
		{"soltanto"}, {"esclusivamente"}, {"alleen"}, {"uitsluitend"}, {"enkel"}, {"apenas"}, {"somente"}}
	regionStops      = toSet(`but however although whereas while including jedoch aber einschliesslich mais incluant pero incluyendo incluida incluido incluidas incluidos ma compresi compreso compresa comprese inclusa incluso inclusi incluse inclusief waaronder maar mas incluindo`)
	limitPreposition = toSet(`for at in on within from to fur im am bei pour a en dans para per presso voor bij em`)
	copulas          = toSet(`is are be been being was were remain remains ist sind wird werden est sont es son sono zijn wordt worden sao`)
	// listOpeners introduce an example list ("such as"), which is no
	// exclusion but does end the list item before it.
	// ownUse says an activity serves the organisation itself, not its
	// customers.
	ownUse = [][]string{{"own", "employees"}, {"own", "staff"}, {"own", "personnel"}, {"own", "use"}, {"internal", "use"},
		{"eigenen", "mitarbeiter"}, {"eigene", "mitarbeiter"}, {"eigenen", "mitarbeitenden"}, {"propres", "collaborateurs"},
		{"propres", "employes"}, {"propio", "uso"}, {"propios", "empleados"}, {"propri", "dipendenti"}, {"uso", "interno"},
		{"eigen", "medewerkers"}, {"eigen", "gebruik"}, {"proprios", "funcionarios"}, {"proprios", "colaboradores"}, {"uso", "proprio"}}
	// ownWhole say "itself" after the organisation's name ("van de
	// organisatie zelf"); ownWords (scope.go) say "own".
	ownWhole  = toSet(`itself zelf selbst`)
	ownPrefix = toSet(`for fur pour para per voor dos das its seine seiner seinen ses sus su suoi sue zijn seus suas i le les die de het the des del della degli delle os as`)
	forWords  = toSet(`for fur pour para per voor`)
	// possessives of the organisation, and the staff they say it has:
	// "used by its staff", "ses salariés", "sus empleados".
	orgPossessives = toSet(`its seine seiner seinen ses sus suoi zijn seus`)
	staffWords     = toSet(`staff employees personnel workforce mitarbeiter mitarbeitenden beschaftigten belegschaft salaries employes collaborateurs agents empleados trabajadores plantilla dipendenti collaboratori personale medewerkers werknemers personeel funcionarios colaboradores trabalhadores`)
	listOpeners    = [][]string{{"such", "as"}, {"e", "g"}, {"eg"}, {"y", "compris"}, {"wie"}, {"zoals"}, {"come"}, {"como"}, {"tels", "que"}}
	// useOf says an activity teaches or helps with the use of what the
	// scope provides ("the training of customer staff in its use"): it is
	// part of providing that, not a service of its own.
	useOf = [][]string{{"in", "its", "use"}, {"in", "the", "use"}, {"on", "its", "use"}, {"on", "the", "use"}, {"in", "their", "use"},
		{"in", "using"}, {"in", "der", "nutzung"}, {"in", "der", "anwendung"}, {"zur", "nutzung"}, {"zur", "anwendung"},
		{"im", "umgang", "mit"}, {"a", "l", "utilisation"}, {"a", "son", "utilisation"}, {"a", "leur", "utilisation"},
		{"a", "l", "usage"}, {"en", "el", "uso"}, {"en", "su", "uso"}, {"en", "la", "utilizacion"}, {"all", "uso"},
		{"nell", "uso"}, {"sull", "uso"}, {"all", "utilizzo"}, {"nell", "utilizzo"}, {"in", "het", "gebruik"},
		{"bij", "het", "gebruik"}, {"no", "uso"}, {"no", "seu", "uso"}, {"na", "utilizacao"}, {"na", "sua", "utilizacao"}}
)

// scopeIndex is a scope statement cut into clauses, with its exclusions
// and limitations found.
type scopeIndex struct {
	clauses []*scopeClause
}

// scopeClause is one sentence or list item of the scope.
type scopeClause struct {
	text       string
	lang       lang
	loc        *locale
	positive   map[string]bool // stems outside exclusions
	specific   int             // words outside exclusions that name an activity
	blanket    bool            // "all activities", "the entire organisation": everything, with no names
	ownUse     string          // the words saying its activities serve the organisation itself ("own employees")
	open       string          // the words saying its list of activities is open ("among others"), outside its exclusions
	exclusions []exclusion
	limits     []limitation
	segments   []*segment
	names      [][]string // runs of capitalised words, as stems: "HR Cloud", "Dublin"
	roles      []role     // words in another role: "supporting", the "cloud" of "cloud-based"
	words      []string   // every word as written, without accents, to find words inside words
	// customers are the stems the clause writes only where it names the
	// customers its activities serve ("to housing associations"), with
	// the first parts of the compounds that name them
	// ("thuiszorgorganisaties"); elsewhere, those it writes anywhere else.
	customers, elsewhere termSet
	// plain is set when the clause shows its language plainly, by many
	// signs and few of English.
	plain bool
	// maybe are the other languages a clause whose language the matcher
	// could not tell may be written in ("Hospedagem de dados" is
	// Spanish, French or Portuguese by its small words).
	maybe []lang
}

// segment is one list item of a clause: phrases joined by prepositions
// ("development | of payroll software | for insurers").
type segment struct {
	phrases []phrase
	// borrowed are the complements of a later item this one shares:
	// "design" in "design, development and operation of payroll software".
	borrowed  []phrase
	afterConj bool // the item follows "and" or "or"
	tight     bool // the "and" before it follows a word with no punctuation between
	depth     int  // how many brackets are open around it
	inUse     bool // it teaches or helps with the use of what the scope provides
}

// phrase is a run of words between prepositions.
type phrase struct {
	terms   termSet
	heads   []string // stems of its head word ("hosting" of "managed hosting"); none when only general words
	also    []string // a general or product word that ends it, which heads it as well ("training courses")
	product bool     // it names a product ("software", "platform")
	linked  bool     // a linker ("supporting") comes before it
	object  bool     // "of" or its like comes before it: it is what the phrase before acts on
	hosting bool     // its head is hosting, which runs a product for its users
	// activity is set when a word of it reads as an action ("processing",
	// "Verwaltung"), which a list of things acted on does not hold.
	activity bool
	// means is set when it names, or qualifies, what an activity is done
	// by ("mediante plataformas | de pago electrónico").
	means    bool
	request  bool            // it names requests ("mortgage loan applications"), not software
	upperCue bool            // it holds an acronym or a name ("HR applications", "the PayCo payroll application")
	customer bool            // it names the customers the activity serves ("for housing associations"), or qualifies them
	third    bool            // it names third parties ("via third-party acquirers"): other organisations, as customers are
	serves   bool            // it may go on naming the customers ("for retailers and restaurants")
	purpose  bool            // it names the work a product is made for ("software for freight forwarding")
	forPrep  bool            // "for" or its like comes before it
	words    map[string]bool // its words, lower case without accents
	own      string          // the word saying what it names is the organisation's own ("associated", "propio")
	order    []string        // the stems of its words that may head it, in the order written
	last     string          // its last word, or first in a language that puts the head first
}

// role is a word used as something other than an activity.
type role struct {
	stem string
	text string
	why  string
}

type exclusion struct {
	items []termSet  // the things excluded, one per list item
	words [][]string // the stems of each item's own words, without joined pairs
	texts []string   // each item as written
}

type limitation struct {
	terms termSet
	names []string // stems of capitalised names in it
	text  string
	// global is set when the limitation is a sentence of its own ("The
	// scope is limited to the Frankfurt site"), which limits the whole
	// scope; otherwise it limits only its own clause ("Managed hosting,
	// limited to the Dublin data centre").
	global bool
}

type termSet map[string]bool

func (ts termSet) hasAll(stems []string) bool {
	for _, s := range stems {
		if !ts[s] {
			return false
		}
	}
	return len(stems) > 0
}

func (ts termSet) count(stems []string) (in, out []string) {
	for _, s := range stems {
		if ts[s] {
			in = append(in, s)
		} else {
			out = append(out, s)
		}
	}
	return in, out
}

// stop reports whether the token carries no meaning for matching in the
// locale. Words written in capitals are acronyms and never stop words:
// "IT" is not "it".
func (lc *locale) stop(t token) bool {
	if t.upper && len(t.word) >= 2 {
		return false
	}
	return lc.lexicon.stop[t.word] || t.word == ""
}

func (lc *locale) generic(t token) bool {
	return lc.lexicon.generic[t.word] || lc.genericStems[stemIn(lc.lang, t.word)]
}

// indexScope cuts the scope into clauses, reads each in its language and
// finds their exclusions, limitations and list items.
func indexScope(scope string) *scopeIndex {
	ix := &scopeIndex{}
	shouting := mostlyUpper(scope)
	all, _ := detect(tokenize(scope))
	for _, cl := range splitClauses(scope) {
		read := cl
		if shouting {
			// Capitals say nothing in a scope written in them.
			read = strings.ToLower(cl)
		}
		toks := tokenize(read)
		if len(toks) == 0 {
			continue
		}
		l, ok := detect(toks)
		var maybe []lang
		if !ok {
			l = all
			maybe = slices.DeleteFunc(candidates(toks), func(k lang) bool { return k == all })
			if k, sure := familyTieBreak(toks, maybe); sure {
				l, maybe = k, nil
			}
		}
		c := &scopeClause{text: collapse(cl), lang: l, loc: locales[l], positive: map[string]bool{}, maybe: maybe}
		score := signs(toks)
		c.plain = ok && score[l] >= 4 && score[l] >= 3*score[english]
		c.index(toks, shouting)
		ix.clauses = append(ix.clauses, c)
	}
	return ix
}

// withoutWords say "without" in the languages other than English, which
// writes "excluding" where they write "ohne", "sans" or "zonder": what
// follows is left out. "Without limitation", "non-profit" ("sans but
// lucratif", "sin ánimo de lucro"), "contactless" ("sans contact"),
// "wireless" ("senza fili") and "paperless" ("sin papel") leave nothing
// out.
var (
	withoutWords  = toSet(`ohne sans sin senza zonder sem`)
	withoutIdioms = toSet(`einschrankung beschrankung limitation limite limites restriction limitacion restriccion animo fines
		limitazione limitazioni restrizioni scopo fini beperking beperkingen winstoogmerk limitacao restricao restricoes fins
		contact contacto contatto contato fil fils cable cables fili fio fios papier papel papeles carta interruption
		interrupcion interruzione onderbreking interrupcao unterbrechung`)
)

// without reports whether toks[i] is one of withoutWords that leaves out
// what follows it.
func without(toks []token, i int) bool {
	if !withoutWords[toks[i].word] || toks[i].upper || i+1 >= len(toks) || toks[i].sep != 0 {
		return false
	}
	for _, t := range toks[i+1 : min(len(toks), i+4)] {
		if withoutIdioms[t.word] || strings.HasPrefix(t.word, "lucr") {
			return false
		}
	}
	return true
}

// negatedLimit reports whether a marker of exclusion made of a negation
// or a "without" ("but not", "sans", "senza") is followed by a word of
// limiting ("limited", "s'y limiter", "limitarse", "beschränkt"): it then
// says the list is open, not that something is left out.
func negatedLimit(marker, next []token) bool {
	if !slices.ContainsFunc(marker, func(t token) bool { return negations[t.word] || withoutWords[t.word] }) {
		return false
	}
	return slices.ContainsFunc(next, func(t token) bool { return hasRoot(t.word, limitRoots...) })
}

// limitRoots begin the words of limiting in the seven languages:
// "limited", "s'y limiter", "restricted", "beschränkt", "beperkt",
// "confined", "restringido".
var limitRoots = []string{"limit", "restrict", "beschrank", "beperk", "confin", "restring"}

func (c *scopeClause) index(toks []token, shouting bool) {
	excluded := make([]bool, len(toks))
	for i := 0; i < len(toks); i++ {
		n := matchAt(toks, i, forwardExclusions)
		if n == 0 && without(toks, i) {
			n = 1
		}
		if n > 0 && i > 0 && negations[toks[i-1].word] {
			// "no excluye", "n'exclut pas": nothing is left out.
			n = 0
		}
		if n > 0 && negatedLimit(toks[i:i+n], toks[i+n:min(i+n+3, len(toks))]) {
			// "including, but not limited to, payroll": nothing is
			// left out.
			n = 0
		}
		if p, ok := splitExclusions[toks[i].word]; ok && len(toks) > i+2 && toks[len(toks)-1].word == p &&
			!slices.ContainsFunc(toks[i+1:], func(t token) bool { return negations[t.word] }) {
			c.exclusions = append(c.exclusions, c.newExclusion(toks[i+1:len(toks)-1]))
			markRange(excluded, i, len(toks))
			break
		}
		if n > 0 {
			from, to := i+n, regionEnd(toks, i+n, toks[i].depth)
			c.exclusions = append(c.exclusions, c.newExclusion(toks[from:to]))
			markRange(excluded, i, to)
			i = to - 1
			continue
		}
		if n := matchAt(toks, i, passiveExclusions); n > 0 {
			start := regionStart(toks, i)
			last := toks[i+n-1]
			follows := eitherWay[last.word] && last.sep == 0 && i+n < len(toks) && c.hasContent(toks[i+n:regionEnd(toks, i+n, toks[i].depth)])
			if last.sep == ':' || !c.hasContent(toks[start:i]) || follows {
				// "Not covered: payroll", "Excluded from the scope are ...",
				// "ausgenommen die E-Mail-Archivierung"
				from, to := i+n, regionEnd(toks, i+n, toks[i].depth)
				c.exclusions = append(c.exclusions, c.newExclusion(toks[from:to]))
				markRange(excluded, i, to)
				i = to - 1
			} else {
				start = c.runOnSubject(toks, start, i)
				end := i
				for end > start && copulas[toks[end-1].word] {
					end--
				}
				c.exclusions = append(c.exclusions, c.newExclusion(toks[start:end]))
				markRange(excluded, start, i+n)
				i += n - 1
			}
			continue
		}
		if n := matchAt(toks, i, limitMarker); n > 0 && (i == 0 || !negations[toks[i-1].word]) {
			// "not limited to" limits nothing.
			to := limitEnd(toks, i+n, toks[i].depth)
			c.limits = append(c.limits, c.newLimitation(toks, i+n, to, shouting))
			continue
		}
		if n := matchAt(toks, i, onlyMarkers); n > 0 {
			if to := limitEnd(toks, i+n, toks[i].depth); i+n < len(toks) && toks[i+n-1].sep != ',' && c.hasContent(toks[i+n:to]) {
				c.limits = append(c.limits, c.newLimitation(toks, i+n, to, shouting))
			} else {
				j := i
				for j > 0 && toks[j-1].depth == toks[i].depth && toks[j-1].sep != ',' && toks[j-1].sep != '(' &&
					toks[j-1].sep != ':' && !limitPreposition[toks[j-1].word] {
					j--
				}
				c.limits = append(c.limits, c.newLimitation(toks, j, i, shouting))
			}
		}
	}
	var kept []token
	for i, t := range toks {
		c.words = append(c.words, t.word)
		if !excluded[i] {
			kept = append(kept, t)
		}
	}
	c.open = c.openMarker(toks, excluded)
	if c.lang == german || c.lang == dutch {
		// What is excluded is read whole: "mit Ausnahme der
		// Fernwartung" leaves out a kind of maintenance, not all of it.
		splitCompounds(kept, c.lang)
	}
	for s := range c.termsOf(kept) {
		c.positive[s] = true
	}
	c.segment(kept)
	c.findNames(kept, shouting)
	for i, t := range kept {
		if n := matchAt(kept, i, ownUse); n > 0 && c.ownUse == "" {
			c.ownUse = joinRaw(kept[i : i+n])
		}
		if from, to, ok := c.ownBeneficiary(kept, i); ok && c.ownUse == "" {
			c.ownUse = joinRaw(kept[from:to])
		}
		if blanketWord[t.word] && !t.elided {
			for _, u := range kept[i+1 : min(i+4, len(kept))] {
				if c.loc.generic(u) {
					c.blanket = true
				}
			}
		}
		if c.activity(t, shouting) {
			c.specific++
		}
		if t.attrib {
			c.roles = append(c.roles, role{stemIn(c.lang, t.parts[0]), t.raw, "describes another thing"})
		}
	}
}

// ownBeneficiary returns the words at i saying that those an activity
// serves are the organisation itself or its own people: "own" after a
// preposition, article or possessive ("for its own", "für die eigenen
// Fachabteilungen", "pour ses propres salariés", "para sus propios
// pacientes", "per i propri reparti", "voor de eigen afdelingen"), "itself"
// ending a clause or part ("van de organisatie zelf", "der Organisation
// selbst"), and the organisation's staff ("used by its staff", "ses
// salariés"). A thing called its own after it ("centro de datos propio")
// is ownAsset's: it says whose the thing is, not whom the work serves.
func (c *scopeClause) ownBeneficiary(toks []token, i int) (from, to int, ok bool) {
	t := toks[i]
	switch {
	case ownWords[t.word] && i > 0 && ownPrefix[toks[i-1].word] && toks[i-1].sep == 0 && t.sep == 0 && i+1 < len(toks) &&
		!c.ownClientele(toks, i+1):
		// Only after "for" or its like: "ondersteund door het eigen
		// klantportaal" names a means the organisation owns, which
		// serves the customers all the same.
		from = i - 1
		for from > 0 && from > i-3 && !forWords[toks[from].word] && ownPrefix[toks[from-1].word] && toks[from-1].sep == 0 {
			from--
		}
		return from, i + 2, forWords[toks[from].word]
	case ownWhole[t.word] && i > 0 && (t.sep != 0 || i == len(toks)-1) && toks[i-1].sep == 0:
		return i - 1, i + 1, true
	case orgPossessives[t.word] && t.sep == 0 && i+1 < len(toks) && staffWords[toks[i+1].word]:
		return i, i + 2, true
	}
	return 0, 0, false
}

// clienteleWords name those an organisation sells to: its own customers
// or clients ("for its own customers", "für die eigenen Kunden", "pour
// ses propres clients", "para sus propios clientes", "per i propri
// clienti", "voor de eigen klanten", "para os seus próprios clientes")
// are served by it, not the organisation itself.
var clienteleWords = toSet(`customer customers client clients clientele kunde kunden endkunden mandant mandanten auftraggeber
	clientes clienti cliente clientela klant klanten eindklanten opdrachtgever opdrachtgevers`)

// ownClientele reports whether the words at i name the customers or
// clients themselves, the noun ending there ("for its own customers in
// Leeds", "für die eigenen Kunden."), not what they qualify ("for its own
// customer service staff", who are the organisation's people).
func (c *scopeClause) ownClientele(toks []token, i int) bool {
	if !clientele(toks[i].word) {
		return false
	}
	return i+1 == len(toks) || toks[i].sep != 0 || c.loc.stop(toks[i+1])
}

// clientele reports whether a word names customers or clients, alone or
// as the end of a compound ("Geschäftskunden", "zakelijke klanten"), not
// as its first part ("Kundenabteilungen" are departments).
func clientele(w string) bool {
	if clienteleWords[w] {
		return true
	}
	for _, end := range []string{"kunden", "klanten", "mandanten"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// activity reports whether a word of the clause may name an activity:
// not a stop word, nor a general one, nor a name. Capitalised words are
// mostly names (of the vendor, a product, a site) and do not make a
// sentence about anything in particular; acronyms (HR, ERP) do. German
// capitalises every noun, so there a word must look like an activity.
func (c *scopeClause) activity(t token, shouting bool) bool {
	if c.loc.stop(t) || c.loc.generic(t) || productWords[t.word] || modifierWords[t.word] {
		return false
	}
	if c.lang.nounCapitals() && t.capital && !t.upper {
		if isActivityWord(t.word) {
			// "Reparatur", "Vertrieb": an activity the families know.
			return true
		}
		for _, w := range append([]string{t.word}, t.parts...) {
			for _, e := range []string{"ung", "ungen", "ing", "dienst", "dienste", "diensten", "betrieb", "software", "beratung", "leistungen", "service", "services"} {
				if strings.HasSuffix(w, e) && !modifierWords[w] {
					return true
				}
			}
		}
		return false
	}
	return shouting || !t.capital || t.upper || t.initial
}

// segment cuts the clause into list items and each item into phrases.
// A bracket is an item of its own; the words after it continue the item
// it interrupted.
func (c *scopeClause) segment(toks []token) {
	type open struct {
		seg      *segment
		cur      []token
		depth    int
		linkNext bool // a linker came before the phrase being read
		ofNext   bool // "of" or its like came before the phrase being read
		forNext  bool // "for" or its like came before the phrase being read
		withNext bool // "with" or its like came before the phrase being read
		serving  bool // a phrase of the item named the customers: what follows qualifies them
		behalf   bool // "on behalf of" or its like came before the phrase being read
		viaNext  bool // "by means of" or its like came before the phrase being read
		inMeans  bool // the phrase before names the means: what it acts on does too
		// qualifying is set once a participle goes on from the
		// customers: what follows says what they do.
		qualifying bool
	}
	var stack []*open
	push := func(depth int, afterConj bool) {
		stack = append(stack, &open{seg: &segment{afterConj: afterConj, depth: depth}, depth: depth})
	}
	flush := func(o *open) {
		if p, ok := c.newPhrase(o.cur); ok {
			p.linked, o.linkNext = o.linkNext, false
			p.object, p.forPrep = o.ofNext, o.forNext
			p.means = o.viaNext || o.inMeans && p.object
			o.inMeans = p.means
			if p.linked {
				o.serving = false
			}
			_, serves := customerWord(p.last)
			// "supporting fleet managers": people after a linker are
			// served by the activity, as after "for". Those it deals
			// with ("data exchange with energy retailers"), those whose
			// thing it acts on ("i sistemi informativi di agenzie
			// marittime") and third parties ("via third-party
			// acquirers") are other organisations too.
			p.customer = o.serving || (o.forNext || p.linked || o.withNext) && serves || o.behalf ||
				o.ofNext && serves && ownedThing(o.seg.phrases) && plural(c.lang, p.last) || p.third
			p.serves = o.qualifying
			o.serving = p.customer
			o.seg.phrases = append(o.seg.phrases, p)
		}
		o.cur, o.ofNext, o.forNext, o.withNext, o.behalf, o.viaNext = nil, false, false, false, false, false
	}
	pop := func() {
		o := stack[len(stack)-1]
		flush(o)
		if len(o.seg.phrases) > 0 {
			c.segments = append(c.segments, o.seg)
		}
		stack = stack[:len(stack)-1]
	}
	push(0, false)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		for t.depth > stack[len(stack)-1].depth {
			push(stack[len(stack)-1].depth+1, false)
		}
		for len(stack) > 1 && t.depth < stack[len(stack)-1].depth {
			pop()
		}
		o := stack[len(stack)-1]
		if matchAt(toks, i, useOf) > 0 {
			o.seg.inUse = true
		}
		if n := matchAt(toks, i, meansMarkers); n > 0 {
			// What follows the participle, to the next comma or bracket,
			// is what the activity before it is supported by.
			end := i + n
			for end < len(toks) && toks[end].depth == t.depth && toks[end-1].sep != ',' {
				end++
			}
			for k, u := range toks[i:end] {
				why := "names what an activity is supported by"
				if k < n {
					why = "says what supports an activity"
				}
				if !c.loc.stop(u) && !c.loc.preps[u.word] {
					c.roles = append(c.roles, role{stemIn(c.lang, u.word), joinRaw(toks[i:end]), why})
				}
			}
			flush(o)
			i = end - 1
			continue
		}
		if n := matchAt(toks, i, linkers); n > 0 {
			for _, u := range toks[i : i+n] {
				if !c.loc.stop(u) && !c.loc.preps[u.word] {
					c.roles = append(c.roles, role{stemIn(c.lang, u.word), joinRaw(toks[i : i+n]), "relates the scope to another activity"})
				}
			}
			flush(o)
			o.linkNext = true
			i += n - 1
			continue
		}
		if n := matchAt(toks, i, listOpeners); n > 0 || c.loc.and[t.word] && !t.upper || regionStops[t.word] {
			pop()
			push(o.depth, c.loc.and[t.word])
			stack[len(stack)-1].seg.tight = c.loc.and[t.word] && n == 0 && i > 0 && toks[i-1].sep == 0
			i += max(n, 1) - 1
			continue
		}
		if n := matchAt(toks, i, viaMarkers); n > 0 && !t.capital {
			flush(o)
			o.viaNext = true
			i += n - 1
			continue
		}
		if n := matchAt(toks, i, behalfMarkers); n > 0 {
			flush(o)
			o.behalf = true
			i += n - 1
			continue
		}
		if c.loc.preps[t.word] && !t.upper {
			if len(o.cur) == 0 && o.forNext {
				// "pour des opérateurs", "para los": an article after
				// "for" leaves it naming the customers.
				continue
			}
			flush(o)
			o.ofNext = objectPreps[t.word]
			o.forNext = customerPreps[t.word]
			o.withNext = partnerPreps[t.word]
			continue
		}
		if c.participle(o.cur, toks, i, o.forNext || o.seg.afterConj && c.servedBefore()) {
			// "for banks and merchants processing card payments": the
			// merchants process them, not the scope's activity.
			flush(o)
			o.qualifying = true
		}
		if c.runOn(o.cur, toks, i, o.forNext || o.seg.afterConj && c.servedBefore()) {
			// "para agentes e comerciantes processamento de remessas":
			// list items printed with no separator between them. The
			// customers end with their nouns; the action starts an item.
			flush(o)
			pop()
			push(o.depth, false)
			o = stack[len(stack)-1]
		}
		if c.genitive(o.cur, toks, i) {
			// "Fernwartung installierter Anlagen": what the action acts
			// on, as after "der".
			flush(o)
			o.ofNext = true
		}
		o.cur = append(o.cur, t)
		if t.sep == ',' || t.sep == ':' || t.sep == '/' {
			pop()
			push(o.depth, false)
		}
	}
	for len(stack) > 0 {
		pop()
	}
	c.readRequests()
	c.share()
	c.findCustomers()
}

// genitive reports whether toks[i] starts, in German, what the action
// before it acts on with no article: a lower-case adjective ending as
// the genitive plural does, between an action noun and a noun
// ("Fernwartung installierter Anlagen", "Verwaltung digitaler
// Dokumente"), which the other languages write with a preposition.
func (c *scopeClause) genitive(cur []token, toks []token, i int) bool {
	t := toks[i]
	if c.lang != german || len(cur) == 0 || t.capital || len(t.word) < 6 || !strings.HasSuffix(t.word, "er") ||
		c.loc.stop(t) || i+1 >= len(toks) || !toks[i+1].capital || cur[len(cur)-1].sep != 0 {
		return false
	}
	last := cur[len(cur)-1]
	return last.capital && (actionNoun(german, last.word) || isActivityWord(last.word))
}

// runOn reports whether toks[i] starts a new list item run on from the
// customers before it with no separator: the words read so far, after
// "for" or its like, are all customer nouns, and toks[i] names an action.
// In English, where "merchants processing payments" are merchants who
// process them, only an action acting on an object ("processing of")
// starts an item.
func (c *scopeClause) runOn(cur []token, toks []token, i int, serving bool) bool {
	t := toks[i]
	if !serving || len(cur) == 0 || !actionNoun(c.lang, t.word) && !isActivityWord(t.word) {
		return false
	}
	if !allCustomers(cur) {
		return false
	}
	if c.lang == english {
		return i+1 < len(toks) && objectPreps[toks[i+1].word]
	}
	return true
}

// participle reports whether toks[i], in English, is a participle going
// on from the customers read so far after "for" or its like ("merchants
// processing card payments"), which says what they do.
func (c *scopeClause) participle(cur []token, toks []token, i int, serving bool) bool {
	t := toks[i]
	if c.lang != english || !serving || len(cur) == 0 || !strings.HasSuffix(t.word, "ing") ||
		i+1 < len(toks) && objectPreps[toks[i+1].word] {
		return false
	}
	return allCustomers(cur)
}

// allCustomers reports whether every word of toks is a customer noun,
// with no punctuation after it.
func allCustomers(toks []token) bool {
	return !slices.ContainsFunc(toks, func(u token) bool { _, ok := customerWord(u.word); return !ok || u.sep != 0 })
}

// servedBefore reports whether the clause's last list item ends with the
// customers an activity serves, after "for" or its like.
func (c *scopeClause) servedBefore() bool {
	if len(c.segments) == 0 {
		return false
	}
	g := c.segments[len(c.segments)-1]
	return len(g.phrases) > 0 && g.phrases[len(g.phrases)-1].forPrep
}

// requestWords are the English product words that also name a request
// ("mortgage loan applications", "visa applications").
var requestWords = toSet(`application applications`)

// readRequests reads, in English, "applications" after words that name
// what they are for as requests, not software, unless the phrase or the
// clause says software: another product word, a way of delivery, an
// acronym or a name ("web applications", "HR applications", "the PayCo
// payroll application"), or an activity of the clause that provides a
// product ("development of mortgage loan applications"). Requests head their phrase, so "processing of
// mortgage loan applications" names no mortgage lending.
func (c *scopeClause) readRequests() {
	if c.lang != english {
		return
	}
	provided := slices.ContainsFunc(c.segments, func(g *segment) bool {
		return slices.ContainsFunc(g.phrases, func(p phrase) bool { return p.activity && (c.provides(p, false) || p.hosting) })
	})
	for _, g := range c.segments {
		for k := range g.phrases {
			p := &g.phrases[k]
			if !p.product || len(p.order) == 0 {
				continue
			}
			request, cue := false, false
			for w := range p.words {
				switch {
				case requestWords[w]:
					request = true
				case productWords[w] || modifierWords[w]:
					cue = true
				}
			}
			if p.upperCue || provided {
				cue = true
			}
			if !request || cue || !requestWords[p.last] {
				continue
			}
			p.product = false
			p.request = true
			p.also = slices.DeleteFunc(p.also, func(s string) bool { return s == productStem })
			delete(p.terms, productStem)
			p.heads = []string{"application"}
			p.order = append(p.order, "application")
		}
	}
}

// customerPreps are the prepositions, in the seven languages, before the
// customers an activity serves: "for housing associations", "voor
// thuiszorgorganisaties", "aux établissements de santé", and those it
// reports to ("Meldungen an die Krankenkasse").
var customerPreps = toSet(`for to fur fuer an pour aupres a au aux para al per ai agli alle voor aan aos`)

// partnerPreps are the prepositions, in the seven languages, before
// those an activity deals with: "data exchange with energy retailers",
// "Abstimmung mit Banken". Only a customer noun after them names other
// organisations; "assistance with payroll" names an activity.
var partnerPreps = toSet(`with mit avec con met com`)

// ownedThing reports whether the last phrase of a list item read so far
// names a thing an activity acts on, not an action: a customer noun after
// it and "of" says whose thing it is ("the information systems of
// shipping agencies", "i sistemi informativi di agenzie marittime"),
// where after an action ("management of agencies") it names what is done
// to.
func ownedThing(phrases []phrase) bool {
	if len(phrases) == 0 {
		return false
	}
	p := phrases[len(phrases)-1]
	return p.object && !p.activity && !p.customer && (len(p.heads) > 0 || len(p.also) > 0)
}

// plural reports, crudely, whether word w of language l ends as its
// plurals do: the owners of a thing are many ("di agenzie marittime"),
// where a singular names the kind of thing ("sistema de comunidad
// portuaria" is a port community system).
func plural(l lang, w string) bool {
	return slices.ContainsFunc(pluralEndings[l], func(e string) bool { return strings.HasSuffix(w, e) })
}

// pluralEndings end plural nouns, language by language.
var pluralEndings = [numLangs][]string{
	english: {"s"}, german: {"en", "er", "e", "n", "s"}, french: {"s", "x"}, spanish: {"s"}, italian: {"i", "e"},
	dutch: {"en", "s"}, portuguese: {"s"},
}

// thirdParties say, language by language, that what a phrase names is
// done by other organisations than the certified one ("via third-party
// acquirers", "durch Drittanbieter", "par des prestataires tiers"). A
// clause taken for a neighbouring language still writes them, but the
// French "tiers" only in French: English "tiers" are levels of support.
var thirdParties = [numLangs][]string{
	english:    {"thirdparty", "thirdparties"},
	german:     {"dritte", "dritten", "dritter"},
	french:     {"tiers", "tierces"},
	spanish:    {"tercero", "terceros", "terceras"},
	italian:    {"terzi", "terze"},
	dutch:      {"derden"},
	portuguese: {"terceiro", "terceiros", "terceiras"},
}

// thirdParty reports whether the words of a phrase, in language l, name a
// third party: one of thirdParties, "third-party", a German compound
// starting with one ("Drittanbieter"), or "third", "derde" or "terze"
// before "party", "partij" or "parti".
func thirdParty(l lang, toks []token) bool {
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].word
		}
		switch {
		case t.parts != nil && t.parts[0] == "third", strings.HasPrefix(t.word, "dritt") && len(t.word) > 8:
			return true
		case (t.word == "third" || t.word == "derde" || t.word == "terza" || t.word == "terze") && strings.HasPrefix(next, "part"):
			return true
		case strings.HasPrefix(t.word, "tier") && (l != french || next == "payant"):
			// English "tiers" of support; the French "tiers payant" is
			// a way of paying.
		case slices.ContainsFunc(thirdParties[:], func(ws []string) bool { return slices.Contains(ws, t.word) }):
			return true
		}
	}
	return false
}

// customerNouns name those an activity serves, in the seven languages,
// lower case without accents: the head of a phrase that names the
// customers, or the last part of a compound that does.
var customerNouns = toSet(`client clients customer customers company companies business businesses firm firms
	organisation organisations organization organizations association associations cooperative cooperatives
	institution institutions enterprise enterprises employer employers insurer insurers bank banks hospital hospitals
	practice practices authority authorities body bodies agency agencies operator operators provider providers
	retailer retailers school schools municipality municipalities council councils trust trusts charity charities
	household households consumer consumers manufacturer manufacturers carrier carriers utility utilities merchant merchants
	pharmacy pharmacies university universities landlord landlords members sme smes sector sectors industry industries
	kunde kunden unternehmen firma firmen betrieb betriebe organisation organisationen verband verbande verbanden
	genossenschaft genossenschaften einrichtung einrichtungen institution institutionen krankenhaus krankenhauser
	klinik kliniken praxis praxen behorde behorden kommune kommunen stadtwerke versicherer versicherung versicherungen
	bank banken handler mittelstand apotheke apotheken schule schulen hochschulen sektor branche branchen
	entreprise entreprises societe societes organisme organismes association associations cooperative cooperatives
	etablissement etablissements hopital hopitaux collectivite collectivites administration administrations assureur
	assureurs banque banques operateur operateurs cabinet cabinets professionnel professionnels particuliers
	pharmacie pharmacies ecole ecoles mutuelle mutuelles secteur secteurs
	cliente clientes empresa empresas sociedad sociedades organizacion organizaciones asociacion asociaciones
	cooperativa cooperativas entidad entidades institucion instituciones hospital hospitales aseguradora aseguradoras
	banco bancos operador operadores ayuntamiento ayuntamientos farmacia farmacias sector sectores
	azienda aziende impresa imprese societa organizzazione organizzazioni associazione associazioni cooperativa
	cooperative ente enti istituzione istituzioni ospedale ospedali amministrazione amministrazioni assicurazione
	assicurazioni banca banche operatore operatori farmacia farmacie comune comuni studi settore settori
	klant klanten bedrijf bedrijven onderneming ondernemingen organisatie organisaties vereniging verenigingen
	cooperatie cooperaties instelling instellingen ziekenhuis ziekenhuizen gemeente gemeenten overheid overheden
	verzekeraar verzekeraars bank banken corporatie corporaties praktijk praktijken apotheek apotheken school scholen
	sector sectoren branche
	grower growers farmer farmers producer producers trustee trustees owner owners tenant tenants supplier suppliers
	distributor distributors exporter exporters importer importers shipper shippers lender lenders broker brokers
	patient patients physician physicians dentist dentists winery wineries
	kellerei kellereien erzeuger landwirte lieferanten eigentumer vermieter spediteure patienten arzte
	producteur producteurs agriculteur agriculteurs proprietaire proprietaires fournisseur fournisseurs distributeurs
	exportateurs transporteurs medecins coproprietes syndics
	productores agricultores propietarios comunidad comunidades proveedores distribuidores exportadores
	transportistas pacientes medicos
	produttori agricoltori proprietari fornitori distributori esportatori trasportatori pazienti condomini
	telers producenten boeren eigenaren leveranciers distributeurs exporteurs vervoerders patienten artsen huisartsen
	beheerders netbeheerder netbeheerders netzbetreiber distribuidoras
	airline airlines accountants lessor lessors lessee lessees
	gesellschaft gesellschaften mandanten maatschappij maatschappijen
	shipowners reedereien armateurs navieras armatori armadores rederij rederijen
	kasse kassen krankenkasse krankenkassen
	esercenti commercianti negozianti commercants comerciantes lojistas handelaren winkeliers detaillanten
	einzelhandler detaillants minoristas dettaglianti retalhistas varejistas
	agents agenten agentes agenti agentur agenturen agence agences agencia agencias agenzia agenzie agentschap agentschappen
	hersteller herstellern fabricant fabricants fabricante fabricantes fabbricante fabbricanti fabrikant fabrikanten
	reinsurer reinsurers ruckversicherer reassureur reassureurs reaseguradora reaseguradoras riassicuratore riassicuratori
	herverzekeraar herverzekeraars resseguradora resseguradoras
	managers verwalter gestionnaires gestores gestori beheerders users anwender nutzer utilisateurs usuarios utenti gebruikers utilizadores
	contractors lawyers solicitors architects veterinarians tenants residents citizens students pupils policyholders
	investors dealers wholesalers breweries dairies bakeries ministries governments charities
	fluggesellschaften steuerberater rechtsanwalte kanzleien architekten zahnarzte
	tierarzte makler grosshandler importeure brauereien molkereien backereien ministerien
	versicherte mitglieder mieter burger schuler
	compagnies avocats notaires architectes dentistes veterinaires
	bailleurs locataires courtiers grossistes importateurs exploitants viticulteurs brasseries
	ministeres adherents assures citoyens eleves etudiants communes
	aerolineas despachos abogados notarias gestorias asesorias arquitectos
	dentistas arrendadores inquilinos corredores mayoristas importadores cervecerias
	ministerios asegurados ciudadanos alumnos estudiantes administraciones pymes
	compagnie avvocati notai commercialisti architetti dentisti
	locatori inquilini grossisti importatori birrifici ministeri assicurati cittadini studenti
	pmi
	luchtvaartmaatschappijen advocaten notarissen accountants architecten tandartsen
	dierenartsen huurders verhuurders makelaars groothandels importeurs brouwerijen ministeries
	verzekerden leden burgers leerlingen studenten mkb
	companhias advogados notarios contabilistas arquitetos senhorios corretores grossistas
	cervejarias ministerios segurados cidadaos alunos estudantes pme municipios autarquias
	organizacao organizacoes associacao associacoes cooperativa cooperativas entidade entidades instituicao
	instituicoes hospitais seguradora seguradoras banco bancos operador operadores farmacia farmacias setor setores
	produtores proprietarios fornecedores exportadores transportadores condominios
	forwarders hauliers haulers holders licensees transitaires commissionnaires titulaires licencies
	transitarios titulares licenciatarios spedizionieri titolari licenziatari expediteurs houders vergunninghouders
	licentiehouders inhaber lizenznehmer despachantes licenciados`)

// behalfMarkers say on whose behalf an activity is done ("on behalf of
// trustees", "pour le compte des"): what follows them is a customer.
var behalfMarkers = [][]string{
	{"on", "behalf", "of"}, {"im", "auftrag", "von"}, {"im", "auftrag", "der"}, {"im", "auftrag", "des"}, {"im", "namen", "von"},
	{"pour", "le", "compte", "de"}, {"pour", "le", "compte", "des"}, {"pour", "le", "compte", "du"}, {"pour", "le", "compte", "d"},
	{"por", "cuenta", "de"}, {"en", "nombre", "de"}, {"per", "conto", "di"}, {"per", "conto", "del"}, {"per", "conto", "della"},
	{"per", "conto", "dei"}, {"per", "conto", "delle"}, {"per", "conto", "degli"}, {"namens"}, {"in", "opdracht", "van"},
	{"por", "conta", "de"}, {"por", "conta", "do"}, {"por", "conta", "da"}, {"por", "conta", "dos"}, {"por", "conta", "das"},
	{"em", "nome", "de"},
	{"for", "the", "benefit", "of"}, {"zugunsten", "von"}, {"zugunsten", "der"}, {"au", "profit", "de"}, {"au", "profit", "des"},
	{"au", "benefice", "de"}, {"au", "benefice", "des"}, {"en", "beneficio", "de"}, {"a", "favor", "de"}, {"a", "favore", "di"},
	{"a", "beneficio", "di"}, {"ten", "behoeve", "van"}, {"em", "beneficio", "de"}, {"a", "favor", "de"},
}

// customerWord reports whether a word names customers, alone or as the
// last part of a compound ("thuiszorgorganisaties", "Arztpraxen"), and
// returns the compound's first part, joint letter dropped.
func customerWord(w string) (first string, ok bool) {
	if customerNouns[w] {
		return "", true
	}
	for n := range customerNouns {
		if rest, found := strings.CutSuffix(w, n); found && len(n) >= 5 && len(rest) >= 4 {
			return strings.TrimSuffix(rest, "s"), true
		}
	}
	return "", false
}

// customerCompound reports whether the clause writes word w as the first
// part of compound sw that names its customers ("thuiszorg" of
// "thuiszorgorganisaties").
func (c *scopeClause) customerCompound(sw, w string) bool {
	first, ok := customerWord(sw)
	return ok && strings.TrimSuffix(first, "s") == strings.TrimSuffix(w, "s") && c.customers[stemIn(c.lang, first)]
}

// findCustomers sorts the clause's stems into those it writes only where
// it names the customers and those it writes elsewhere. A list item after
// "and" whose head names customers too ("for housing associations and
// local authorities") names customers.
func (c *scopeClause) findCustomers() {
	c.customers, c.elsewhere = termSet{}, termSet{}
	// "voor sociale secretariaten en verzekeraars": what follows "for"
	// names customers when the item joined to it by "and" is a bare
	// customer noun, though its own head is no known one.
	for i := 1; i < len(c.segments); i++ {
		s, prev := c.segments[i], c.segments[i-1]
		if !s.afterConj || len(s.phrases) != 1 || s.phrases[0].activity || len(prev.phrases) < 2 {
			continue
		}
		last := &prev.phrases[len(prev.phrases)-1]
		if _, ok := customerWord(s.phrases[0].last); ok && last.forPrep && !last.activity && !last.object {
			last.customer = true
		}
	}
	serving := false
	for _, s := range c.segments {
		if !s.afterConj {
			serving = false
		}
		for k := range s.phrases {
			p := &s.phrases[k]
			if k == 0 && serving {
				_, p.customer = customerWord(p.last)
				// "for retailers and restaurants": an item that goes on
				// from the customers with no action or object of its own
				// likely names customers too, but not surely enough to
				// say the service is not provided.
				p.serves = !p.customer && len(s.phrases) == 1 && !p.activity
			}
			// "screening for hedge funds": what follows "for" an
			// activity, naming no action, product or object of its
			// own, likely says whom it serves, though it is no
			// customer noun the matcher knows.
			if k > 0 && !p.customer && p.forPrep && s.phrases[k-1].activity && !p.activity && !p.product && !p.object {
				p.serves = true
			}
			// "software for freight forwarding", "Software für die
			// Spedition": the work a product is made for is its users'
			// work, which the organisation making or running it need
			// not do (though "software voor havenlogistiek" is port
			// logistics software).
			p.purpose = k > 0 && !p.customer && p.forPrep && s.phrases[k-1].product && !p.product && !p.object
			// "per marina e porti turistici": an item that goes on from
			// those an activity likely serves likely names them too.
			serving = p.customer || p.serves
			into := c.elsewhere
			if p.customer {
				into = c.customers
			}
			maps.Copy(into, p.terms)
			if p.customer {
				for t := range p.words {
					if first, ok := customerWord(t); ok && first != "" {
						c.customers[stemIn(c.lang, first)] = true
					}
				}
			}
		}
	}
	for t := range c.elsewhere {
		delete(c.customers, t)
	}
}

// objectPreps are the prepositions, in the seven languages, before what
// an activity acts on: "switching of claims", "Verwaltung von Daten",
// elided ones too ("d'intrusion", "dell'archivio").
var objectPreps = map[string]bool{"of": true, "de": true, "d": true, "du": true, "des": true, "di": true, "del": true, "della": true, "dell": true,
	"dello": true, "dei": true, "degli": true, "delle": true, "van": true, "von": true, "vom": true, "do": true, "da": true, "dos": true, "das": true}

// share lets a bare list item take the complement of the item that ends
// the list: "design, development and operation of payroll software".
func (c *scopeClause) share() {
	bare := func(s *segment) bool {
		return len(s.phrases) == 1 && len(s.phrases[0].terms) <= 5
	}
	for j := range c.segments {
		c.joinObject(j)
	}
	for i, s := range c.segments {
		if !bare(s) {
			continue
		}
		for j := i + 1; j < len(c.segments); j++ {
			n := c.segments[j]
			if n.depth != s.depth {
				continue
			}
			if !bare(n) {
				if n.afterConj && len(n.phrases) > 1 && !n.phrases[1].linked {
					s.borrowed, s.inUse = n.phrases[1:], n.inUse
				}
				break
			}
		}
	}
}

// joinObject reads the object of the list item at j together with the
// item after it where "and" joins two words before one head: "invoicing
// of rail and barge grain shipments" acts on rail shipments and barge
// grain shipments, not on rail. English writes it so (German and Dutch
// write one compound, "Bahn- und Schiffstransporte", the Romance
// languages put the head first), and only a single word before "and"
// that is no plural, so no head of its own, with a next item of plain
// nouns is read so: "hosting of websites and payroll processing" stays
// two activities.
func (c *scopeClause) joinObject(j int) {
	if c.lang.headFirst() {
		c.shareHead(j)
		return
	}
	if c.lang != english || j+1 >= len(c.segments) {
		return
	}
	s, n := c.segments[j], c.segments[j+1]
	last := s.phrases[len(s.phrases)-1]
	if !last.object || len(last.words) != 1 || !n.afterConj || n.depth != s.depth || !n.tight {
		return
	}
	if w := last.last; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return
	}
	next := n.phrases[0]
	if next.linked || next.object || next.customer || len(next.heads) == 0 || next.activity ||
		len(next.also) > 0 && !next.product {
		return
	}
	merged := phrase{terms: termSet{}, heads: next.heads, also: next.also, product: next.product, object: true,
		words: map[string]bool{}, last: next.last}
	maps.Copy(merged.words, last.words)
	maps.Copy(merged.words, next.words)
	maps.Copy(merged.terms, last.terms)
	maps.Copy(merged.terms, next.terms)
	s.phrases = append(slices.Clip(s.phrases[:len(s.phrases)-1]), merged)
	s.phrases = append(s.phrases, n.phrases[1:]...)
}

// shareHead reads, in a language that puts the head first, a single
// word after "and" that ends an object qualified by another word, or by
// another complement, as a second qualifier of the same head, acted on
// as the first is: "télésurveillance des alarmes intrusion et incendie"
// watches fire alarms, it does not fight fires.
func (c *scopeClause) shareHead(j int) {
	if j+1 >= len(c.segments) {
		return
	}
	s, n := c.segments[j], c.segments[j+1]
	last := s.phrases[len(s.phrases)-1]
	if !last.object || len(last.heads) == 0 || !n.afterConj || !n.tight || n.depth != s.depth || len(n.phrases) != 1 {
		return
	}
	next := &n.phrases[0]
	if next.linked || next.object || next.customer || next.activity || next.product || len(next.words) != 1 || len(next.heads) == 0 {
		return
	}
	if len(last.order) >= 2 {
		merged := *next
		merged.heads, merged.object = slices.Clone(last.heads[:1]), true
		merged.terms = maps.Clone(next.terms)
		merged.terms[last.heads[0]] = true
		n.phrases = append(slices.Clone(s.phrases[:len(s.phrases)-1]), merged)
		return
	}
	// "alarmes de intrusão e incêndio": a single word after "and" that
	// follows the one-word complement of an object is a second
	// complement of that object, fire alarms; "desenvolvimento de
	// software e consultoria", whose complement is of an activity, is
	// two activities.
	if k := len(s.phrases) - 2; k >= 1 && len(last.words) == 1 && s.phrases[k].object && len(s.phrases[k].heads) > 0 {
		merged := *next
		merged.object = true
		n.phrases = append(slices.Clone(s.phrases[:k+1]), merged)
	}
}

// actionEndings end, language by language, the nouns that name an action
// besides those every language shares ("-ing", "-ung", "-ion"):
// "conservazione", "digitalização", "mantenimiento", "stockage".
var actionEndings = [numLangs][]string{
	french:     {"ement", "ements", "age", "ages"},
	spanish:    {"miento", "mientos"},
	italian:    {"ione", "ioni", "mento", "menti"},
	portuguese: {"cao", "coes", "mento", "mentos"},
}

// thingsEndingAsActions are the nouns of things that end as actions do
// ("information", "documenti", "equipamentos"): "conservazione dei
// documenti di trasporto" keeps documents, and transports nothing.
var thingsEndingAsActions = toSet(`information informations informationen informazione informazioni informacion
	informaciones informacao informacoes documento documenti documentos strumento strumenti instrumento instrumentos
	elemento elementi elementos equipamento equipamentos medicamento medicamenti medicamentos appartamento
	appartamenti apartamento apartamentos alimento alimenti alimentos segmento segmenti segmentos`)

// actionNoun reports whether word w of language l ends as a noun that
// names an action does.
func actionNoun(l lang, w string) bool {
	if thingsEndingAsActions[w] {
		return false
	}
	return slices.ContainsFunc(slices.Concat([]string{"ing", "ings", "ung", "ungen", "ion", "ions"}, actionEndings[l]), func(e string) bool {
		return len(w) > len(e)+2 && strings.HasSuffix(w, e)
	})
}

// nominalArticles make a noun of the infinitive after them in Dutch and
// German: "het opslaan", "das Betreiben".
var nominalArticles = [numLangs]map[string]bool{dutch: {"het": true}, german: {"das": true}}

// newPhrase makes a phrase of the words between two prepositions. A
// phrase of stop words only ("the provision") is kept, empty, so that the
// list item keeps its shape.
func (c *scopeClause) newPhrase(toks []token) (phrase, bool) {
	if len(toks) == 0 {
		return phrase{}, false
	}
	var content []token
	for _, t := range toks {
		if !c.loc.stop(t) && !copulas[t.word] && !limitWords[t.word] {
			content = append(content, t)
		}
	}
	p := phrase{terms: c.termsOf(content), words: map[string]bool{}}
	for _, t := range content {
		p.words[t.word] = true
	}
	if i := slices.IndexFunc(toks, func(t token) bool { return ownWords[t.word] }); i >= 0 {
		p.own = toks[i].raw
	}
	var candidates []token
	for _, t := range content {
		if c.product(t) {
			p.product = true
		}
		if t.upper && len(t.word) >= 2 || t.camel || t.capital && !t.initial {
			p.upperCue = true
		}
		if actionNoun(c.lang, t.word) || isActivityWord(t.word) {
			p.activity = true
		}
		// "het verzamelen", "das Betreiben": an infinitive read as a noun.
		if len(content) > 0 && t.word == content[0].word && strings.HasSuffix(t.word, "en") && len(t.word) > 5 &&
			slices.ContainsFunc(toks, func(u token) bool { return nominalArticles[c.lang][u.word] }) {
			p.activity = true
		}
		if !c.general(t) && !modifierWords[t.word] && !t.camel && !t.attrib {
			candidates = append(candidates, t)
		}
	}
	if len(content) > 0 {
		// A phrase that ends in a general or product word ("training
		// courses", "bespoke software") is also headed by it.
		h := content[len(content)-1]
		if c.lang.headFirst() {
			h = content[0]
		}
		p.last = h.word
		// "for haulage companies": a customer noun the language stops
		// as a word of the vendor's name still says whom it serves.
		if end := toks[len(toks)-1]; !c.lang.headFirst() && end.raw != h.raw && customerNouns[end.word] && c.loc.stop(end) {
			p.last = end.word
		}
		switch {
		case c.product(h):
			p.also = append(p.also, productStem)
		case c.general(h):
			p.also = append(p.also, stemIn(c.lang, h.word))
		}
	}
	for _, t := range candidates {
		p.order = append(p.order, stemIn(c.lang, t.word))
	}
	// "via third-party acquirers" names other organisations; "third-party
	// administration" is the certified one's activity.
	p.third = !p.activity && thirdParty(c.lang, content)
	if len(candidates) > 0 {
		h := candidates[len(candidates)-1]
		if c.lang.headFirst() {
			h = candidates[0]
		}
		p.heads = append(p.heads, stemIn(c.lang, h.word))
		p.hosting = hostingWords[h.word]
		if len(h.parts) > 0 {
			// The head of "Cloud-Hosting-Diensten" is "Hosting", that of
			// "Lohnabrechnungssoftware" the product; a centre is its
			// work's: running the "klantenservicecentrum" is customer
			// service.
			for k := len(h.parts) - 1; k >= 0; k-- {
				pw := h.parts[k]
				if productWords[pw] || !c.loc.lexicon.generic[pw] && !c.loc.genericStems[stemIn(c.lang, pw)] {
					p.heads = append(p.heads, stemIn(c.lang, pw))
					if !centreWords[pw] {
						break
					}
				}
			}
		}
		if k := slices.IndexFunc(content, func(t token) bool { return t.raw == h.raw }); k > 0 {
			p.heads = append(p.heads, stemIn(c.lang, content[k-1].word+h.word))
		}
	}
	return p, true
}

// product reports whether a word names a product, alone or at the end of
// a compound ("Lohnabrechnungssoftware").
func (c *scopeClause) product(t token) bool {
	return productWords[t.word] || t.parts != nil && productWords[t.parts[len(t.parts)-1]]
}

// general reports whether a word describes any service: a general or
// product word, or a compound made only of them
// ("managementsysteem", "Informationssicherheitsmanagementsystem"), but
// not one that a specific word starts ("Salarisverwerking").
func (c *scopeClause) general(t token) bool {
	return c.loc.generic(t) || productWords[t.word] || c.generalCompound(t.word, 3)
}

func (c *scopeClause) generalCompound(w string, depth int) bool {
	if depth == 0 {
		return false
	}
	for _, set := range []map[string]bool{c.loc.lexicon.generic, productWords} {
		for g := range set {
			rest, ok := strings.CutSuffix(w, g)
			if !ok || len(g) < 6 || len(rest) < 3 {
				continue
			}
			// German joins the parts of a compound with an "s".
			for _, r := range []string{rest, strings.TrimSuffix(rest, "s")} {
				if c.loc.lexicon.generic[r] || productWords[r] || c.loc.genericStems[stemIn(c.lang, r)] || c.generalCompound(r, depth-1) {
					return true
				}
			}
		}
	}
	return false
}

// findNames collects runs of capitalised words that are not the first word
// of the clause: sites and products ("the Dublin data centre", "HR Cloud").
func (c *scopeClause) findNames(toks []token, shouting bool) {
	if shouting || c.lang.nounCapitals() {
		return
	}
	var run []string
	flush := func() {
		if len(run) > 0 {
			c.names = append(c.names, run)
		}
		run = nil
	}
	for _, t := range toks {
		if (t.capital || t.upper) && !c.loc.stop(t) && (!t.initial || t.upper) {
			run = append(run, stemIn(c.lang, t.word))
			if t.sep != 0 {
				flush()
			}
			continue
		}
		flush()
	}
	flush()
}

// termsOf returns the stems a run of tokens offers for matching: each
// word, the parts of hyphenated words and each pair of neighbouring words
// or parts written together.
func (c *scopeClause) termsOf(toks []token) termSet {
	return termsIn(c.lang, c.loc, toks)
}

func termsIn(l lang, lc *locale, toks []token) termSet {
	ts := termSet{}
	for i, t := range toks {
		if !lc.stop(t) {
			ts[stemIn(l, t.word)] = true
		}
		if !t.attrib {
			for k, p := range t.parts {
				if !lc.lexicon.stop[p] {
					ts[stemIn(l, p)] = true
				}
				if k+1 < len(t.parts) {
					ts[stemIn(l, p+t.parts[k+1])] = true
				}
			}
		}
		if i+1 < len(toks) && t.sep == 0 && !lc.stop(t) && !lc.stop(toks[i+1]) {
			ts[stemIn(l, t.word+toks[i+1].word)] = true
		}
	}
	return ts
}

func markRange(b []bool, from, to int) {
	for i := from; i < to && i < len(b); i++ {
		b[i] = true
	}
}

// regionEnd is where an exclusion that starts at from stops: the end of
// the clause, the bracket it was opened in closing, or a word that turns
// the sentence ("but", "including").
func regionEnd(toks []token, from, depth int) int {
	for i := from; i < len(toks); i++ {
		if toks[i].depth < depth || regionStops[toks[i].word] && i > from {
			return i
		}
	}
	return len(toks)
}

// limitEnd is where a limitation that starts at from stops: as regionEnd,
// and also at a comma.
func limitEnd(toks []token, from, depth int) int {
	end := regionEnd(toks, from, depth)
	for i := from; i < end; i++ {
		if toks[i].sep == ',' || toks[i].sep == ':' {
			return i + 1
		}
	}
	return end
}

// regionStart is where a passive exclusion's subject starts: after the
// last comma or colon before the marker, or at the start of the clause.
func regionStart(toks []token, marker int) int {
	for i := marker - 1; i >= 0; i-- {
		if toks[i].sep == ',' || toks[i].sep == ':' || toks[i].sep == '(' {
			return i + 1
		}
	}
	return 0
}

// runOnSubject narrows the subject of a passive exclusion that runs back
// over many words with no punctuation (list items printed with no
// separator: "... for property reinsurers hosting of the associated
// systems investment management is not within scope") to the words after
// its last preposition or "and": what is excluded is the last thing
// named, not every activity before it.
func (c *scopeClause) runOnSubject(toks []token, start, marker int) int {
	content, cut := 0, start
	for k := start; k < marker; k++ {
		if !c.loc.stop(toks[k]) && !copulas[toks[k].word] {
			content++
		}
		if c.loc.preps[toks[k].word] || c.loc.and[toks[k].word] {
			cut = k + 1
		}
	}
	if content <= 8 {
		return start
	}
	return cut
}

// norWords join the items of an exclusion, in the seven languages: "no
// comprende la evaluación ni el otorgamiento de créditos".
var norWords = toSet(`nor noch ni ne nem`)

// hasContent reports whether toks hold a word other than stop words,
// copulas and the words that introduce a list ("the following").
func (c *scopeClause) hasContent(toks []token) bool {
	for _, t := range toks {
		if !c.loc.stop(t) && !copulas[t.word] {
			return true
		}
	}
	return false
}

// newExclusion splits an excluded region into its list items.
func (c *scopeClause) newExclusion(toks []token) exclusion {
	var e exclusion
	flush := func(item []token) {
		ts := c.termsOf(item)
		for s := range ts {
			if c.loc.stopStems[s] {
				delete(ts, s)
			}
		}
		if len(ts) > 0 {
			var words []string
			for _, t := range item {
				if !c.loc.stop(t) {
					words = append(words, stemIn(c.lang, t.word))
				}
			}
			e.items = append(e.items, ts)
			e.words = append(e.words, words)
			e.texts = append(e.texts, joinRaw(item))
		}
	}
	var item []token
	for _, t := range toks {
		if c.loc.and[t.word] || norWords[t.word] {
			flush(item)
			item = nil
			continue
		}
		item = append(item, t)
		if t.sep == ',' || t.sep == '/' {
			flush(item)
			item = nil
		}
	}
	flush(item)
	return e
}

func (c *scopeClause) newLimitation(clause []token, from, to int, shouting bool) limitation {
	toks := clause[from:to]
	l := limitation{terms: c.termsOf(toks), text: joinRaw(toks), global: true}
	for i, t := range clause {
		if (i < from || i >= to) && !c.loc.stop(t) && !copulas[t.word] && !limitWords[t.word] && !c.loc.generic(t) {
			l.global = false
			break
		}
	}
	if shouting {
		return l
	}
	for _, t := range toks {
		s := stemIn(c.lang, t.word)
		// German capitalises every noun, so any word there may be a name.
		named := t.capital || t.upper || c.lang.nounCapitals()
		if named && !c.loc.stop(t) && !c.loc.generic(t) && !slices.Contains(l.names, s) {
			l.names = append(l.names, s)
		}
	}
	return l
}
