package scope

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// The checks below run on the verdict the matcher reached, whatever rule
// reached it. Each asks for the evidence a sure answer needs and turns
// the answer to uncertain where the scope does not give it, so that a
// wording no rule foresaw ends with an analyst, not with a wrong answer.

// negationWords say that something is not so: "is not included", "n'est
// pas inclus", "no se incluye", "non è coperto", "valt niet", "não
// abrange". "no" is Portuguese for "in the" and is read as a negation in
// the other languages only.
var negationWords = toSet(`not nor neither nicht kein keine keinen keiner weder noch ne n pas ni non niet geen nao nem`)

// leavingOut leave out what follows them, as exclusions do: "without",
// "except", "outside" and their like in the seven languages.
var leavingOut = toSet(`without except outside besides ohne ausser ausserhalb sans sauf hors sin salvo fuera senza tranne fuori zonder behalve buiten sem fora`)

// exclusionRoots begin the words of the family of "exclude" and "except"
// in the seven languages: "excluded", "ausgeschlossen", "exclue",
// "excluido", "esclusi", "uitgesloten", "excetuado".
var exclusionRoots = []string{"exclu", "esclu", "excet", "excep", "eccett", "eccez", "ausgeschlossen",
	"ausgenommen", "ausschluss", "uitgesloten", "uitgezonderd", "uitsluiting", "exklusiv"}

// notExclusion reports whether a word, after a negation or made from an
// exclusion's root, says the opposite of leaving out: "not limited to",
// "exclusively", "uitsluitend", "non-exhaustive".
func notExclusion(w string) bool {
	if onlyWords[w] {
		return true
	}
	return hasRoot(w, limitRoots...) || hasRoot(w, "restri", "exclusiv", "esclusiv", "uitsluitend", "exhaustiv", "esaustiv", "exhaustie")
}

// onlyWords say "only" in the seven languages. They are whole words: as
// beginnings they would also match "nursing", "Nürnberg", "solomon".
var onlyWords = toSet(`only nur seul seule seulement solo solamente sólo apenas alleen`)

// negatedSpans returns, for a clause, the runs of its tokens a negation
// or exclusion marker touches. A "without" or a verb of excluding reaches
// to the end of the clause, or of the brackets it stands in. A negation or
// a passive exclusion ("is not included", "queda excluido") reaches to the
// punctuation after it, and back to the punctuation or the "and" before
// it, six words at most: its subject may stand on either side, but a
// list printed with no separators is not all of it.
func negatedSpans(c *scopeClause) [][]token {
	toks := tokenize(c.text)
	var spans [][]token
	// ahead returns where the run from i ends: at the end of the clause
	// or of the brackets around i.
	ahead := func(i int) int {
		end := i + 1
		for end < len(toks) && toks[end].depth >= toks[i].depth {
			end++
		}
		return end
	}
	for i, t := range toks {
		w := t.word
		if notExclusion(w) {
			continue
		}
		negation := negationWords[w] || w == "no" && c.lang != portuguese
		if negation || leavingOut[w] {
			// "not limited to", "sans s'y limiter", "non esaustivo": a
			// negation of a limit leaves nothing out.
			next := toks[i+1 : min(i+4, len(toks))]
			if slices.ContainsFunc(next, func(t token) bool { return notExclusion(t.word) }) {
				continue
			}
		}
		root := hasRoot(w, exclusionRoots...)
		if leavingOut[w] || root {
			spans = append(spans, toks[i:ahead(i)])
		}
		if !negation && !root {
			continue
		}
		start := i
		for start > 0 && i-start < 6 && (toks[start-1].sep == 0 || toks[start-1].sep == '/') && !conjunctions[toks[start-1].word] {
			start--
		}
		end := i + 1
		for end < len(toks) && (toks[end-1].sep == 0 || toks[end-1].sep == '/') {
			end++
		}
		spans = append(spans, toks[start:end])
	}
	return spans
}

// specificStems returns the stems, in the clause's language, of the words
// of a service's name or keyword that say what it is: neither small words
// nor general ones ("services", "management").
func specificStems(c *scopeClause, text string) []string {
	var stems []string
	for _, t := range tokenize(text) {
		if c.loc.stop(t) || c.loc.generic(t) || len(t.word) < 2 {
			continue
		}
		stems = append(stems, stemIn(c.lang, t.word))
	}
	return stems
}

// spanHolds reports whether a run of tokens writes every stem.
func spanHolds(l lang, span []token, stems []string) bool {
	if len(stems) == 0 {
		return false
	}
	have := map[string]bool{}
	for _, t := range span {
		have[stemIn(l, t.word)] = true
	}
	return !slices.ContainsFunc(stems, func(s string) bool { return !have[s] })
}

// negatedCover returns the clause that writes every specific word of
// the text a service was covered by where a negation or exclusion
// touches them, as the matcher's exclusions may not have read it ("le
// conseil juridique n'est pas inclus", "queda excluido el mantenimiento
// de los vehículos"). Such a cover is for an analyst to judge.
func (ix *scopeIndex) negatedCover(text string) (string, bool) {
	for _, c := range ix.clauses {
		stems := specificStems(c, text)
		for _, span := range negatedSpans(c) {
			if spanHolds(c.lang, span, stems) {
				return c.text, true
			}
		}
	}
	return "", false
}

// internalWords say that an activity serves the organisation itself,
// not its customers: "internal IT operations", "in-house software", "die
// interne IT", "processi amministrativi interni". (A thing the
// organisation owns, "centro de datos propio", is ownAsset's.)
var internalWords = toSet(`internal inhouse intern interne internen interner internes interno interna internos internas interni`)

// ownCover returns the word saying the activity a service was covered by
// serves the organisation itself, when it stands in the same part of
// the clause as the service's words and is no word of the service's own
// ("Internal audit").
func (ix *scopeIndex) ownCover(text, sentence string) (string, bool) {
	c := ix.clauseOf(sentence)
	if c == nil {
		return "", false
	}
	named := map[string]bool{}
	for _, t := range tokenize(text) {
		named[t.word] = true
	}
	stems := specificStems(c, text)
	toks := tokenize(c.text)
	start := 0
	for i := range toks {
		if i+1 < len(toks) && (toks[i].sep == 0 || toks[i].sep == '/') {
			continue
		}
		part := toks[start : i+1]
		start = i + 1
		if !spanHolds(c.lang, part, stems) {
			continue
		}
		if j := slices.IndexFunc(part, func(t token) bool { return internalWords[t.word] && !named[t.word] }); j >= 0 {
			return part[j].raw, true
		}
	}
	return "", false
}

// actsAs reports whether one phrase of the clause writes every stem as
// what the organisation does: not as what an activity acts on, the
// customers or third parties it serves, or the means it is done by.
func (c *scopeClause) actsAs(stems []string) bool {
	for _, sg := range c.segments {
		for _, p := range sg.phrases {
			if p.object || p.customer || p.third || p.means || !p.terms.hasAll(stems) {
				continue
			}
			return true
		}
	}
	return false
}

// namedUncovered returns the clause that writes, outside its exclusions,
// every word of the service's name or of one of the analyst's keywords,
// when the matcher found the service uncovered: a scope that writes what
// the analyst looks for may cover it in words the matcher does not read
// ("last-mile delivery" for "Parcel delivery" by "delivery").
func (ix *scopeIndex) namedUncovered(texts []string) (string, string, bool) {
	for _, text := range texts {
		for _, c := range ix.clauses {
			var stems, general []string
			for _, t := range tokenize(text) {
				switch {
				case (c.loc.stop(t) || c.loc.generic(t)) && len(t.word) >= 4:
					general = append(general, t.word)
				case c.loc.stop(t) || len(t.word) < 2:
				default:
					stems = append(stems, stemIn(c.lang, t.word))
				}
			}
			if len(stems) == 0 && len(c.exclusions) == 0 && len(general) > 0 && !slices.ContainsFunc(general, func(w string) bool {
				return !slices.Contains(c.words, w)
			}) {
				// A keyword of general words only ("delivery"), which
				// the clause writes and where it excludes nothing.
				return text, c.text, true
			}
			if len(stems) == 0 || !termSet(c.positive).hasAll(stems) || !c.actsAs(stems) {
				continue
			}
			return text, c.text, true
		}
	}
	return "", "", false
}

// supportLinkers are the linkers that say the management system, or the
// systems it protects, support an activity: "supporting", "zur
// Unterstützung", "que soportan", "a supporto di", "ter ondersteuning
// van", "que suporta".
var supportLinkers = func() [][]string {
	var ls [][]string
	for _, l := range linkers {
		if slices.ContainsFunc(l, func(w string) bool {
			return hasRoot(w, "support", "unterstutz", "soport", "suport", "ondersteun", "underpin", "enabling", "souten", "appui", "respald", "apoi")
		}) {
			ls = append(ls, l)
		}
	}
	return ls
}()

// itSystems reports whether the words before a linker end in the
// organisation's IT systems ("los sistemas", "a área de tecnologias de
// informação", "the IT"), and not in the management system ("the
// information security management system supporting").
func itSystems(before []token) bool {
	if len(before) == 0 {
		return false
	}
	last := before[len(before)-1]
	if len(last.parts) > 0 {
		// "IT-Systeme" ends in "Systeme".
		last.word = last.parts[len(last.parts)-1]
	}
	if slices.ContainsFunc(before, func(t token) bool {
		return hasRoot(t.word, "manag", "gestio", "gestao", "beheer", "isms", "smsi", "sgsi")
	}) {
		return false
	}
	return hasRoot(last.word, "system", "sistem", "systeem", "infrastru", "informati", "informac", "technolog", "tecnolog") ||
		last.upper && slices.Contains([]string{"it", "ti", "ict", "tic", "edv"}, last.word)
}

// provisionRoots begin the words that say an activity is a service
// provided to others: "services", "Dienstleistungen", "provision",
// "delivery", "prestation", "erogazione", "dienstverlening", "fornecimento".
var provisionRoots = []string{"servi", "dienst", "provi", "deliver", "prest", "erbring", "bereitstell", "fourni",
	"fornit", "fornec", "erogaz", "lever", "suppl", "offer", "angebot", "outsourc"}

// supportedOwn returns the linker by which the organisation's IT systems
// support the activity the service was covered by, when nothing after it
// says the activity is a service to others: no word of provision and no
// customers. "The systems supporting the management of claims and
// policies" of an insurer, "the IT area supporting the hospital's
// activity", serve the organisation's own operations, which it need not
// sell to anyone.
func (ix *scopeIndex) supportedOwn(sentence string) (string, bool) {
	c := ix.clauseOf(sentence)
	if c == nil {
		return "", false
	}
	toks := tokenize(c.text)
	for i := range toks {
		n := matchAt(toks, i, supportLinkers)
		if n == 0 || i == 0 || !itSystems(toks[max(0, i-4):i]) {
			continue
		}
		for _, t := range toks[i+n:] {
			if hasRoot(t.word, provisionRoots...) {
				return "", false
			}
		}
		for _, sg := range c.segments {
			for _, p := range sg.phrases {
				if p.customer || p.third {
					return "", false
				}
			}
		}
		return joinRaw(toks[i : i+n]), true
	}
	return "", false
}

// honest holds a sure verdict to the evidence it needs, and turns it to
// uncertain where a negation or the organisation's own use touches the
// words that covered the service, or they name only what its IT systems
// support; or where the scope writes what the analyst looks for though
// the matcher found nothing that covers it.
func (ix *scopeIndex) honest(c *Coverage, v altVerdict, named []string) {
	switch c.Verdict {
	case Covered:
		if s, ok := ix.negatedCover(v.text); ok {
			c.Verdict, c.Sentence = Uncertain, s
			c.Reason += fmt.Sprintf(", but a negation or exclusion in %q touches %q", s, v.text)
			return
		}
		if x, ok := ix.partlyExcluded(v.text); ok {
			c.Verdict = Uncertain
			c.Reason += fmt.Sprintf(", but the scope excludes %q, a kind of the same activity", x)
			return
		}
		if w, ok := ix.ownCover(v.text, v.sentence); ok {
			c.Verdict = Uncertain
			c.Reason += fmt.Sprintf(", but %q says it serves the organisation itself", w)
			return
		}
		if w, ok := ix.relatedCover(v, named); ok {
			c.Verdict = Uncertain
			c.Reason += fmt.Sprintf(", but %q ties it to another activity of the scope, which the service need not be part of", w)
			return
		}
		if a, ok := ix.actedOnCover(v, named); ok {
			c.Verdict = Uncertain
			c.Reason += fmt.Sprintf(", but only as what %q acts on", a)
			return
		}
		if f, ok := ix.supportFunction(v); ok {
			c.Verdict = Uncertain
			c.Reason += fmt.Sprintf(", but as one of the organisation's support functions (%q), which need not be a service to others", f)
			return
		}
		if b, ok := ix.bracketedCover(v); ok {
			c.Verdict = Uncertain
			c.Reason += fmt.Sprintf(", but only in the list in brackets (%s), which may name what another activity is done by", b)
			return
		}
		if w, ok := ix.supportedOwn(v.sentence); ok {
			c.Verdict = Uncertain
			c.Reason += fmt.Sprintf(", but as what the organisation's systems support (%q), which need not be a service to others", w)
		}
	case Uncovered:
		if v.excluded {
			if w, s, ok := ix.ownExcluded(named); ok {
				c.Verdict, c.Sentence = Uncertain, s
				c.Reason = fmt.Sprintf("%s; but the exclusion is of the organisation's %s one, not of the service done for others", c.Reason, w)
			}
			return
		}
		if text, s, ok := ix.namedUncovered(named); ok {
			c.Verdict, c.Sentence = Uncertain, s
			c.Reason = fmt.Sprintf("the scope writes %q, though not as naming the service; %s", text, c.Reason)
			return
		}
		if w, s, ok := ix.kinWork(named); ok {
			c.Verdict, c.Sentence = Uncertain, s
			c.Reason = fmt.Sprintf("%s; but the scope names %q, work that keeps data recoverable as the service's does, and may hold it", c.Reason, w)
			return
		}
		if m, s, ok := ix.openList(); ok {
			c.Verdict, c.Sentence = Uncertain, s
			c.Reason = fmt.Sprintf("%s; but the scope says its list is open (%q), so it may hold the service", c.Reason, m)
		}
	}
}

// relationWords tie an activity to another the scope names, and so
// narrow it to that other's subject: "related consulting services",
// "zugehörige Schnittstellen", "les services associés", "el alojamiento
// asociado", "i servizi correlati", "bijbehorende diensten", "o
// alojamento em nuvem associado".
var relationWords = toSet(`related associated ancillary accompanying attendant corresponding
	zugehorig zugehorige zugehorigen zugehoriger zugehoriges verbunden verbundene verbundenen damit
	associe associes associee associees connexe connexes afferent afferents afferente afferentes correspondant correspondants
	asociado asociados asociada asociadas relacionado relacionados relacionada relacionadas conexo conexos conexa conexas
	associato associati associata associate correlato correlati correlata correlate connesso connessi connessa connesse relativo relativi
	bijbehorend bijbehorende gerelateerd gerelateerde verwant verwante aanverwant aanverwante
	associado associados associada associadas relacionado relacionados conexo conexos`)

// serviceStems returns the stems, in a language, of every word of the
// service's name and keywords and of their twin readings: the words that
// say what the service is, in any way the scope may write them.
func serviceStems(l lang, named []string) map[string]bool {
	stems := map[string]bool{}
	for _, text := range named {
		for _, t := range slices.Concat([]string{text}, twinTexts(text)) {
			for _, tok := range tokenize(t) {
				stems[stemIn(l, tok.word)] = true
				for _, p := range tok.parts {
					stems[stemIn(l, p)] = true
				}
			}
		}
	}
	return stems
}

// relatedCover returns the word tying the activity a service was
// covered by to another activity the scope names, up to the next
// punctuation ("related consulting services", "o alojamento em nuvem
// associado", "les prestations de conseil associées"), when the cover
// came by a keyword rather than by the service's name, and the name ties
// the service to no subject the clause writes (as "ERP" of "ERP cloud
// hosting" does): the
// scope offers the activity only as far as the other one needs it, and
// only an analyst can tell whether that is the service bought.
func (ix *scopeIndex) relatedCover(v altVerdict, named []string) (string, bool) {
	c := ix.clauseOf(v.sentence)
	if c == nil || !v.keyword || v.guess {
		return "", false
	}
	stems := specificStems(c, v.text)
	if len(stems) == 0 {
		return "", false
	}
	if c.namesSubject(v.text, named[0]) || c.thingCover(stems) {
		return "", false
	}
	toks := tokenize(c.text)
	for i, t := range toks {
		if !slices.Contains(stems, stemIn(c.lang, t.word)) {
			continue
		}
		// The words from the punctuation or conjunction before it to
		// the punctuation after it.
		from := i
		for from > 0 && toks[from-1].sep == 0 && !conjunctions[toks[from-1].word] {
			from--
		}
		to := i + 1
		for to < len(toks) && toks[to-1].sep == 0 && !conjunctions[toks[to].word] {
			to++
		}
		if j := slices.IndexFunc(toks[from:to], func(u token) bool { return relationWords[u.word] }); j >= 0 {
			return toks[from+j].raw, true
		}
		// A list in brackets spells out the item before them: "les
		// services support associés (informatique, achats)" ties each of
		// its items as the item ties itself.
		if t.depth > 0 {
			open := from - 1
			for open >= 0 && toks[open].sep != '(' {
				open--
			}
			if open >= 0 && toks[open].depth == t.depth-1 {
				start := open
				for start > 0 && toks[start-1].sep == 0 && !conjunctions[toks[start-1].word] {
					start--
				}
				if j := slices.IndexFunc(toks[start:open+1], func(u token) bool { return relationWords[u.word] }); j >= 0 {
					return toks[start+j].raw, true
				}
			}
		}
	}
	return "", false
}

// thingCover reports whether a phrase writing the stems names a product
// or what an activity acts on ("Betrieb der zugehörigen
// Leitstellensoftware"): a tie on the thing says whose it is, not that the
// activity is done only for another one.
func (c *scopeClause) thingCover(stems []string) bool {
	for _, g := range c.segments {
		for k, p := range g.phrases {
			if !slices.ContainsFunc(stems, func(s string) bool { return p.terms[s] }) {
				continue
			}
			// "prestations de formation", "servizi di assistenza": an
			// activity named after a word of provision is the activity.
			if p.product || p.object && k > 0 && !provisionOnly(g.phrases[k-1]) {
				return true
			}
		}
	}
	return false
}

// provisionOnly reports whether a phrase says only that something is
// provided: "services", "prestations", "Bereitstellung".
func provisionOnly(p phrase) bool {
	for w := range p.words {
		if !hasRoot(w, provisionRoots...) {
			return false
		}
	}
	return true
}

// namesSubject reports whether the service's name writes a word, not in
// the text it was covered by, that the clause writes too: "ERP" of "ERP
// cloud hosting" in "suporte do sistema ERP GestPlus, incluindo o
// alojamento em nuvem associado", "ComptaNet" of "ComptaNet helpdesk".
// The service is then tied to the same subject as the scope's activity.
func (c *scopeClause) namesSubject(text, service string) bool {
	covering := tokenize(text)
	return slices.ContainsFunc(tokenize(service), func(t token) bool {
		s := stemIn(c.lang, t.word)
		// A word of the name inside a word of the text ("hosting" in
		// "hostingdiensten") is the text's.
		if slices.ContainsFunc(covering, func(u token) bool { return strings.Contains(u.word, s) }) {
			return false
		}
		return !c.loc.stop(t) && !c.loc.generic(t) && len(t.word) >= 2 && c.positive[s]
	})
}

// coverClause returns the clause a covered verdict's sentence stands in, the stems of the
// specific words the service was covered by, and the clause's tokens; a nil clause when there
// is no such clause or no such word.
func (ix *scopeIndex) coverClause(v altVerdict) (*scopeClause, []string, []token) {
	c := ix.clauseOf(v.sentence)
	if c == nil {
		return nil, nil, nil
	}
	stems := specificStems(c, v.text)
	if len(stems) == 0 {
		return nil, nil, nil
	}
	return c, stems, tokenize(c.text)
}

// bracketedCover returns the brackets the words a service was covered
// by stand in, when they stand nowhere else in the clause and the
// brackets list several short items: "Centre de contacts multicanal
// (téléphone, courriel, chat)", "Kundenservice (Telefon, E-Mail, Chat)".
// Such a list names the channels, means or kinds of the activity before
// it, and a service among them may be what that activity is done by
// rather than what the organisation offers.
func (ix *scopeIndex) bracketedCover(v altVerdict) (string, bool) {
	c, stems, toks := ix.coverClause(v)
	if c == nil {
		return "", false
	}
	found := ""
	for i, t := range toks {
		if !slices.Contains(stems, stemIn(c.lang, t.word)) {
			continue
		}
		if t.depth == 0 {
			return "", false
		}
		// The brackets around it, and how many items they list.
		from := i
		for from > 0 && toks[from-1].depth >= t.depth && toks[from-1].sep != '(' {
			from--
		}
		to := i
		for to+1 < len(toks) && toks[to].sep != ')' && toks[to+1].depth >= t.depth {
			to++
		}
		items := 1
		for k := from; k <= to; k++ {
			if toks[k].sep == ',' || toks[k].sep == '/' || k > from && conjunctions[toks[k].word] {
				items++
			}
		}
		if items < 3 || to-from+1 > 3*items {
			return "", false
		}
		found = joinRaw(toks[from : to+1])
	}
	return found, found != ""
}

// actedOnCover returns the activity a service was covered by acts on,
// when the service's name or the keyword it was covered by says what work
// it does ("installation" of "Alarm installation", "levering" of
// "levering van papier"), the clause writes that work in no word the
// matcher knows for it, and the words the service was
// covered by stand only in things an activity of the clause acts on
// ("verwerking van bedrijfsafval en vertrouwelijk papier"), an activity
// writing no word of the service: processing confidential paper
// supplies none.
func (ix *scopeIndex) actedOnCover(v altVerdict, named []string) (string, bool) {
	c := ix.clauseOf(v.sentence)
	if c == nil {
		return "", false
	}
	w := workOf(named[0])
	if !(isActivityWord(w.word) || actionNoun(w.lang, w.word)) || !c.lacksAnyWord(w) {
		if !v.keyword || !c.lacksAction(v.text) {
			return "", false
		}
	}
	stems := specificStems(c, v.text)
	if len(stems) == 0 {
		return "", false
	}
	own := serviceStems(c.lang, named)
	by := ""
	// act is the activity the phrases read so far act on; a list item
	// after "and" that names only things goes on the list of what the
	// activity before it acts on ("of business waste and confidential
	// paper").
	var act *phrase
	for _, g := range c.segments {
		if !g.afterConj || len(g.phrases) > 0 && g.phrases[0].activity {
			act = nil
		}
		for k := range g.phrases {
			p := &g.phrases[k]
			if p.activity && !p.object {
				act = p
			}
			if !slices.ContainsFunc(stems, func(s string) bool { return p.terms[s] }) {
				continue
			}
			if p.activity || p.product || act == nil || act == p || ownedBy(*act, own) {
				return "", false
			}
			by = strings.Join(slices.Sorted(maps.Keys(act.words)), " ")
		}
	}
	return by, by != ""
}

// ownedBy reports whether a phrase writes a word of the service.
func ownedBy(p phrase, own map[string]bool) bool {
	for s := range p.terms {
		if own[s] {
			return true
		}
	}
	return false
}

// lacksAnyWord reports whether a clause writes a work in no word the
// matcher knows for it: not the word itself, nor its twins, nor a word of
// its families in the clause's language, not even inside another word.
func (c *scopeClause) lacksAnyWord(w work) bool {
	if w.word == "" {
		return false
	}
	words := slices.Concat([]string{w.word}, familyWords(w.word, w.lang, c.lang), twinTexts(w.word))
	return !slices.ContainsFunc(words, func(h string) bool {
		hs := stemIn(c.lang, fold(strings.ToLower(h)))
		return slices.ContainsFunc(c.words, func(w string) bool { return strings.Contains(stemIn(c.lang, w), hs) })
	})
}

// lacksAction reports whether a text written as an action on a thing
// ("levering van papier", "supply of paper", "Lieferung von Papier")
// names an action the clause writes in no word the matcher knows for it.
func (c *scopeClause) lacksAction(text string) bool {
	toks := tokenize(text)
	k := slices.IndexFunc(toks, func(t token) bool { return c.loc.preps[t.word] })
	if k < 1 || k == len(toks)-1 {
		return false
	}
	for _, t := range toks[:k] {
		if c.loc.stop(t) || len(t.word) < 3 {
			continue
		}
		if !c.lacksAnyWord(work{t.word, c.lang}) {
			return false
		}
	}
	return true
}

// openMarkers say a list names examples of what it holds, not all of it:
// "among others", "inter alia", "unter anderem", "entre autres", "entre
// otros", "tra gli altri", "onder andere", "entre outros", "etc.".
var openMarkers = [][]string{{"among", "others"}, {"inter", "alia"}, {"etc"}, {"unter", "anderem"}, {"und", "andere"},
	{"entre", "autres"}, {"entre", "otros"}, {"entre", "otras"}, {"tra", "gli", "altri"}, {"tra", "l", "altro"},
	{"tra", "cui"}, {"onder", "andere"}, {"entre", "outros"}, {"entre", "outras"}, {"usw"}}

// openList returns the words by which a clause says its list is open, and
// the clause (see openMarker). A service the scope does not name may then
// be in the list: only an analyst can tell.
func (ix *scopeIndex) openList() (string, string, bool) {
	for _, c := range ix.clauses {
		if c.open != "" {
			return c.open, c.text, true
		}
	}
	return "", "", false
}

// openMarker returns the words by which a clause says its list of
// activities is open: one of openMarkers, or a negation of a limit or of
// "only" ("including but not limited to", "insbesondere, aber nicht
// ausschließlich", "sans s'y limiter", "sin limitarse a", "non
// esaustivo", "niet beperkt tot", "não limitado a"). Words inside an
// exclusion (excluded marks them) open only the list of what is left out
// ("excluding, among others, hosting", "ausgenommen unter anderem",
// "à l'exclusion, entre autres, de"): the activities stay as listed.
func (c *scopeClause) openMarker(toks []token, excluded []bool) string {
	for i, t := range toks {
		if excluded[i] {
			continue
		}
		if n := matchAt(toks, i, openMarkers); n > 0 {
			return joinRaw(toks[i : i+n])
		}
		negation := negationWords[t.word] || leavingOut[t.word] || t.word == "no" && c.lang != portuguese
		if !negation {
			continue
		}
		for j := i + 1; j < min(i+4, len(toks)); j++ {
			if notExclusion(toks[j].word) || toks[j].word == "ausschliesslich" {
				return joinRaw(toks[i : j+1])
			}
		}
	}
	return ""
}

// supportParticiples and supportNouns say that functions, processes or
// departments support the organisation's main activity: "supporting",
// "unterstützend", "ondersteunend" before them; "support" after them in
// French, "de soutien", "de soporte", "di supporto", "de apoio".
var (
	supportParticiples = toSet(`supporting unterstutzend unterstutzende unterstutzenden unterstutzender ondersteunend ondersteunende`)
	supportNouns       = toSet(`support soutien soporte supporto apoio`)
)

// servingWords name, after them, those an activity is done for: a part
// of a clause writing one serves others, and names no back office.
var servingWords = toSet(`for to fur an pour aux para a per ai alle voor aan ao aos`)

// functionNouns are what such a qualifier qualifies when it names the
// organisation's own back office: functions, processes, departments,
// services, activities, areas, in the seven languages, as stems or the
// ends of compounds ("IT-Prozesse", "ICT-afdeling").
var functionNouns = []string{"function", "process", "department", "service", "activit", "area", "unit",
	"funktion", "prozess", "abteilung", "bereich", "dienst", "tatigkeit", "fonction", "processus", "activite",
	"funcion", "proceso", "servicio", "actividad", "funzion", "process", "serviz", "attivita", "functie",
	"afdeling", "activiteit", "funcao", "funcoes", "processo", "servico", "atividade"}

// supportFunction returns the words naming the organisation's support
// functions ("les services support associés (informatique, achats)", "die
// unterstützenden IT-Prozesse", "i processi di supporto", "de
// ondersteunende ICT-afdeling") when the words a service was covered by
// stand in them or in the brackets that spell them out. They run the
// organisation's own business: a scope naming them does not sell them.
// "The supporting call centre" names an activity, not a function, and
// keeps its cover.
func (ix *scopeIndex) supportFunction(v altVerdict) (string, bool) {
	c, stems, toks := ix.coverClause(v)
	if c == nil {
		return "", false
	}
	function := func(t token) bool {
		return slices.ContainsFunc(functionNouns, func(f string) bool {
			return strings.HasPrefix(t.word, f) || len(t.parts) > 1 && strings.HasPrefix(t.parts[len(t.parts)-1], f) ||
				len(t.word) > len(f)+3 && strings.Contains(t.word[len(t.word)-len(f)-3:], f)
		})
	}
	for i, t := range toks {
		// A participle stands before the noun ("die unterstützenden
		// IT-Prozesse"; "supporting fleet managers" names whom an
		// activity serves); a noun after it, or after "de", "di"
		// ("services support", "processi di supporto").
		near := false
		switch {
		case supportParticiples[t.word]:
			near = i+1 < len(toks) && t.sep == 0 && function(toks[i+1])
		case supportNouns[t.word] && i > 0 && toks[i-1].sep == 0:
			near = function(toks[i-1]) || i > 1 && c.loc.preps[toks[i-1].word] && toks[i-2].sep == 0 && function(toks[i-2])
		}
		if !near {
			continue
		}
		// The part of the clause the qualifier stands in, with the
		// brackets that follow it.
		from := i
		for from > 0 && toks[from-1].sep == 0 && !conjunctions[toks[from-1].word] {
			from--
		}
		to := i + 1
		for to < len(toks) && (toks[to-1].sep == 0 || toks[to-1].sep == '(' || toks[to].depth > toks[i].depth) {
			to++
		}
		if slices.ContainsFunc(toks[from:to], func(u token) bool { return servingWords[u.word] }) {
			continue
		}
		for _, u := range toks[from:to] {
			if slices.Contains(stems, stemIn(c.lang, u.word)) ||
				slices.ContainsFunc(u.parts, func(p string) bool { return slices.Contains(stems, stemIn(c.lang, p)) }) {
				return joinRaw(toks[from:to]), true
			}
		}
	}
	return "", false
}

// activityHead returns the stem of the word heading a text's activity:
// the last specific word before its first preposition in English, German
// and Dutch ("road freight transport"), the first in the other languages
// ("transporte rodoviário"); and how many specific words its complement
// after that preposition writes ("of dangerous goods").
func activityHead(c *scopeClause, text string) (string, int) {
	var before []string
	rest := 0
	toks := tokenize(text)
	for k, t := range toks {
		if c.loc.preps[t.word] && len(before) > 0 {
			for _, u := range toks[k+1:] {
				if !c.loc.stop(u) && !c.loc.generic(u) && len(u.word) >= 2 {
					rest++
				}
			}
			break
		}
		if c.loc.stop(t) || c.loc.generic(t) || len(t.word) < 2 {
			continue
		}
		before = append(before, stemIn(c.lang, t.word))
	}
	if len(before) == 0 {
		return "", 0
	}
	switch c.lang {
	case english, german, dutch:
		return before[len(before)-1], rest
	}
	return before[0], rest
}

// partlyExcluded returns an excluded item headed by the same activity as
// the text a service was covered by, narrowed by a complement the text
// does not have: "transporte rodoviário" against "excluindo o transporte
// de mercadorias perigosas", "backup" against "excluding backup of
// customer-owned servers". The scope covers that activity only in part,
// and only an analyst can tell whether the part bought is the one left
// out. A sibling kind ("Cloud hosting, excluding email hosting") leaves
// the cover.
func (ix *scopeIndex) partlyExcluded(text string) (string, bool) {
	for _, c := range ix.clauses {
		head, _ := activityHead(c, text)
		if head == "" {
			continue
		}
		for _, x := range c.exclusions {
			for _, item := range x.texts {
				h, more := activityHead(c, item)
				// A German or Dutch compound is headed by its last part:
				// "Wegtransport" is transport.
				compound := (c.lang == german || c.lang == dutch) && len(h) >= 5 && strings.HasSuffix(head, h)
				if (h == head || compound) && more > 0 {
					return item, true
				}
			}
		}
	}
	return "", false
}

// recoveryWork names, in the seven languages, the work that keeps data
// and systems recoverable: backup, restore, disaster recovery, business
// continuity, replication, failover. A scope naming one of them may
// provide another as part of it ("managed backup and restore" and
// "Disaster recovery as a service", "cópias de segurança" and
// "recuperação de desastres"), so it leaves such a service uncertain,
// not uncovered. Each entry is a phrase of folded words.
var recoveryWork = [][]string{
	{"backup"}, {"backups"}, {"restore"}, {"restores"}, {"restoration"}, {"recovery"}, {"continuity"}, {"replication"}, {"failover"}, {"draas"},
	{"datensicherung"}, {"wiederherstellung"}, {"notfallwiederherstellung"}, {"replikation"},
	{"sauvegarde"}, {"sauvegardes"}, {"restauration"}, {"reprise", "d", "activite"}, {"continuite"},
	{"respaldo"}, {"copias", "de", "seguridad"}, {"recuperacion"}, {"restauracion"}, {"continuidad"}, {"replicacion"},
	{"salvataggio"}, {"ripristino"}, {"continuita"}, {"replica"},
	{"herstel"}, {"continuiteit"}, {"replicatie"},
	{"copias", "de", "seguranca"}, {"recuperacao"}, {"reposicao"}, {"continuidade"}, {"replicacao"}, {"salvaguarda"},
}

// kinWork returns the words of recovery work a clause writes outside its
// exclusions, and the clause, when the service's name or a keyword names
// recovery work too.
func (ix *scopeIndex) kinWork(named []string) (string, string, bool) {
	// The service's own words of recovery work: a scope writing the same
	// word was read by the rules above, which know better what it names.
	asked := map[string]bool{}
	for _, text := range named {
		toks := tokenize(text)
		for i := range toks {
			if n := matchAt(toks, i, recoveryWork); n > 0 {
				asked[toks[i].word] = true
			}
		}
	}
	if len(asked) == 0 {
		return "", "", false
	}
	for _, c := range ix.clauses {
		toks := tokenize(c.text)
		kept := toks[:0:0]
		for _, t := range toks {
			if c.positive[stemIn(c.lang, t.word)] || c.loc.stop(t) {
				kept = append(kept, t)
			}
		}
		for i := range kept {
			if n := matchAt(kept, i, recoveryWork); n > 0 && !asked[kept[i].word] {
				return joinRaw(kept[i : i+n]), c.text, true
			}
		}
	}
	return "", "", false
}

// ownExcluded returns the word saying an excluded item is the
// organisation's own ("The organisation's internal IT helpdesk is outside
// the scope", "ausgenommen die interne IT", "à l'exclusion de ses propres
// systèmes"), and the clause, when the item writes the service's words
// and the service's name and keywords do not say internal or own: leaving
// out its own helpdesk says nothing of one run for customers.
func (ix *scopeIndex) ownExcluded(named []string) (string, string, bool) {
	asked := map[string]bool{}
	for _, text := range named {
		for _, t := range tokenize(text) {
			asked[t.word] = true
		}
	}
	for _, c := range ix.clauses {
		for _, x := range c.exclusions {
			for _, item := range x.texts {
				toks := tokenize(item)
				j := slices.IndexFunc(toks, func(t token) bool { return (internalWords[t.word] || ownWords[t.word]) && !asked[t.word] })
				if j < 0 {
					continue
				}
				if slices.ContainsFunc(named, func(text string) bool { return spanHolds(c.lang, toks, specificStems(c, text)) }) {
					return toks[j].raw, c.text, true
				}
			}
		}
	}
	return "", "", false
}
