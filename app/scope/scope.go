// Package scope decides whether the scope statement printed on an ISO/IEC
// 27001 certificate covers a service the organisation buys from the vendor.
// It is pure: text in, a verdict out, with no I/O.
//
// A wrong answer is worse than none, so the matcher says a service is
// covered only where the scope names its activity, uncovered only where it
// plainly does not, and uncertain, quoting the deciding sentence, whenever
// an analyst must read it. The algorithm is small and deterministic, so
// that an analyst can follow every verdict from its Reason:
//
//  1. The scope is cut into clauses at sentence ends, semicolons, bullets,
//     blank lines and the numbers or letters of a list ("1. ", "(a) ",
//     "2° ", "iii) "), and each clause is read in its language: English,
//     German, French, Spanish, Italian, Dutch or Portuguese, told apart by
//     their small words, or, where they leave it open, by a word the
//     families list in one language only ("hospedagem"). A clause whose
//     language stays open leaves out nothing it does not name. A
//     certificate printed in two languages is read in both.
//  2. Words are lower-cased, accents and hyphens dropped ("e-mail" reads
//     "email"), elided articles split off ("l'hébergement") and each word
//     stemmed by stripping one suffix of its language, so that "the
//     processing of payroll" and "payroll processes" meet. A word counts
//     only as itself: "data" is not in "database", nor "Lohnabrechnung" in
//     "Lohnabrechnungssoftware", which is a product: a compound's last
//     part is its head ("Backup-Rechenzentrum" is a data centre). A
//     German or Dutch compound outside an exclusion that ends in an
//     activity the families know, or in "services", is read as its parts
//     ("Mandantenbuchhaltung" is bookkeeping, "Gehaltsabrechnungsdienste"
//     payroll services), and one ending in a product word too
//     ("containerterminalsysteem").
//  3. Stop words are dropped. General words (services, management,
//     processing...) and words that say how a service is delivered (cloud,
//     web, online) may match, but never cover a service on their own.
//     Product words (software, platform, application) read as one word.
//  4. Exclusions are found first, in every language ("excluding", "with
//     the exception of", "ausgenommen", "à l'exclusion de", "excepto",
//     "escluso", "uitgezonderd", "exceto" and their passive forms) and
//     "without" in the other languages ("ohne", "sans", "zonder"; not
//     "sin ánimo de lucro" nor "without limitation"). A passive exclusion
//     whose subject runs back over many unpunctuated words (list items
//     printed with no separator) excludes only what follows its last
//     preposition or "and". An
//     excluded item naming the service (and nothing narrower) makes it
//     uncovered; excluded words never count towards cover.
//  5. Each clause is cut into list items, each item into phrases at
//     prepositions ("development | of payroll software | for insurers"),
//     and in German before a genitive with no article ("Fernwartung |
//     installierter Anlagen"). A
//     bare item shares the complement of the item that ends its list
//     ("design, development and operation of payroll software").
//  6. A service, by its name or one of the analyst's keywords, is covered
//     when one list item names it: its words stand together (in one phrase
//     or two neighbouring ones), each phrase they stand in is headed by one
//     of them, and every phrase before them is general ("the provision of",
//     "operation of") or names the product the service names. So "hosting
//     of payroll software" names payroll hosting, but not payroll
//     processing; "supporting the provision of payroll" names payroll, not
//     support; "cloud-based backups" name backups, not the cloud.
//     An activity the scope says serves the organisation's own staff ("a
//     service desk supporting Acme's own employees") is uncertain, and so
//     is one that teaches customers the use of what the scope provides
//     ("the training of customer staff in its use"). Hosting a product
//     named by what it does provides that: "hosting of vessel tracking
//     software" names vessel tracking, though not for a keyword that
//     leaves out some of the service's name ("payroll" for "Payroll
//     processing") or names only what its work is done on ("mortgage
//     loan" for "Mortgage lending"). In English, "applications" after
//     what they are for are requests, unless the clause says software
//     ("processing of mortgage loan applications" names no lending, and
//     may be part of it). The keywords of a service named as a product are also
//     read with its product word ("Lagerverwaltung" for "Warehouse
//     management software"), and a keyword that says which of the
//     service's kind it is with the head of the service's name
//     ("provident fund" for "Statutory filings" names "provident fund
//     filings"). The customers a scope names ("for housing associations",
//     "voor thuiszorgorganisaties", "for haulage companies") are not an
//     activity: a service whose words the scope writes only there is
//     uncovered, unless the service manages them ("Agent network
//     management" against a platform run "for agents and merchants"),
//     which may be part of serving them: uncertain. Customers run on
//     into the next list item with no separator ("para agentes e
//     comerciantes processamento de remessas") end at their last noun;
//     what follows "for" an activity with no customer noun
//     ("for hedge funds") likely names them too, and names no service.
//     Those an activity deals with ("data exchange with energy
//     retailers"), those whose thing it acts on ("i sistemi informativi
//     di agenzie marittime") and the third parties it works through
//     ("via third-party acquirers") are other organisations as customers
//     are; the certified one acting as a third party ("third-party
//     administration") is not. The acronym IT is read written out in the
//     language of a clause that writes the rest of the name ("outsourcing
//     dei sistemi informativi" for "IT outsourcing").
//     Making or providing a thing provides a service named as that thing
//     ("allestimento delle dichiarazioni fiscali" for "Tax returns"),
//     unless a complement says it is of another kind. Activities listed
//     before one object all act on it, and in English "rail and barge
//     grain shipments" are shipments. Families of words that name one
//     thing (synonyms.go) name the service again: with a twin word of its
//     language ("shipment invoicing" for "Freight invoicing"), with its
//     head in the language of a keyword the scope writes ("custodia de
//     mandatos SEPA" for "Mandate storage" and "mandatos SEPA"), and a
//     German or Dutch compound as the phrase it stands for
//     ("Sendungsverfolgung", "Verfolgung von Sendungen"). A name with no
//     keyword in the scope's language is not read in it word by word:
//     "Payroll" against "elaborazione degli stipendi" is for an analyst
//     to judge. A keyword naming only the work of a service named
//     generally ("digitalización" for "Document digitisation service")
//     does not name it where the scope does that work to one kind of
//     thing the name does not say ("de manifiestos de carga"). Such a reading
//     may cover the service or leave it uncertain, never uncover it. So
//     do the customers named "on behalf of" whom a scope acts.
//     A keyword names the general activity, and leaves the service
//     uncertain, where the name's head, a word saying the work is made to
//     order ("Individuelle Softwareentwicklung" by "Entwicklung"), or, for
//     a keyword sharing no word with the name, any word of it is written
//     nowhere in the scope ("Data centre colocation" by "data centre",
//     "Cloud data hosting" by "storage"). A thing the scope calls the
//     organisation's own ("centro de datos propio") offers no service on
//     it to others: a service named by it is uncertain. An item that goes
//     on after "and" from what likely names those an activity serves
//     ("per marina e porti turistici") likely names them too.
//  7. Otherwise the service is uncertain when its words appear at all — in
//     part, apart, in another role or inside another word — or the scope
//     covers everything it describes ("all activities at the London
//     office"), names no activity, speaks only in general terms, or is in
//     a language none of the service's words is written in. Only then is
//     it uncovered. Words the scope writes only in another role leave
//     it uncovered as well: a thing's name written only to qualify what
//     an activity acts on ("health insurance claims" for "Health
//     insurance"); an action written only as the thing it is named
//     after ("lease administration" for leasing) beside customers; and
//     what another kind of work acts on ("télésurveillance des alarmes"
//     for "Alarm installation", "rastreamento de cargas rodoviárias" for
//     "Road haulage"), where the scope writes no word of the family of
//     the service's work in its language; a word written before the head
//     of another activity, the service's work written nowhere
//     ("reinsurance treaty administration" for "Reinsurance
//     underwriting"), unless the service only manages what it names; and
//     physical work written only to say whose paperwork another kind of
//     work acts on ("conservazione dei documenti di trasporto" for
//     "Freight transport"). Kinds of work group the
//     families: tracking is much like monitoring, and storing data like
//     validating it, so neither uncovers the other. A keyword is read in
//     Spanish, Italian or Portuguese by its endings alone ("pagos") only
//     when it is no English word the matcher knows ("studio", "cargo")
//     and repeats no word of an English name, and in the one language a
//     family of words lists all its words in ("vernietiging"). A
//     compound spelt or joined as only German or Dutch ones are
//     ("Reserveringssysteem", "Ersatzteilportal", "Kundenportal") is read
//     in those, and a keyword showing no language in that of its name.
//  8. Limitations to a site or product ("limited to the Dublin data
//     centre", "for the HR Cloud product only") turn a cover the
//     limitation does not name into uncertain, and a partial match into
//     uncovered.
package scope

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// Coverage verdicts for one service.
const (
	Covered   = "covered"
	Uncovered = "uncovered"
	Uncertain = "uncertain"
)

// Coverage is the verdict on one service against the certificate scope:
// covered, uncovered or uncertain, with the scope sentence that covers or
// excludes it and a reason in words an analyst can check.
type Coverage struct {
	Service  string `json:"service"`
	Verdict  string `json:"verdict"`
	Sentence string `json:"sentence,omitempty"`
	Reason   string `json:"reason"`
}

// Cover decides whether the scope statement covers the service, by its
// name or any of the analyst's keywords for it: covered, uncovered, or
// uncertain where the text leaves it open. The package documentation sets
// out how.
func Cover(statement, service string, keywords []string) Coverage {
	c := Coverage{Service: service}
	if strings.TrimSpace(statement) == "" {
		c.Verdict, c.Reason = Uncovered, "the certificate states no scope"
		return c
	}
	ix := indexScope(statement)
	if len(ix.clauses) == 0 {
		c.Verdict, c.Reason = Uncovered, "the certificate states no scope"
		return c
	}
	var alts []altVerdict
	stoks := tokenize(service)
	hint, hinted := ix.nameLanguage(stoks)
	name := newQueries(service, hint, hinted)
	var twins []string
	for _, k := range slices.Concat([]string{service}, keywords) {
		twins = append(twins, twinTexts(k)...)
		twins = append(twins, compoundReadings(k, stoks, ix)...)
	}
	twins = append(twins, acronymReadings(service, ix)...)
	manages := managesThing(service)
	// The keywords of a service named as a thing ("Tax returns") name
	// that thing, though they end as actions do ("dichiarazioni").
	thing := namesThing(name[english])
	serviceWork := workOf(service)
	named := slices.Concat([]string{service}, keywords, productKeywords(service, keywords), headKeywords(service, keywords))
	heads := headTranslations(service, keywords, ix)
	for i, text := range slices.Concat(named, heads, twins) {
		qs := newQueries(text, hint, hinted && text == service)
		if qs.empty() {
			continue
		}
		// A name read in another language or with a twin word is a
		// guess at how the scope may write it: it may cover the
		// service, but says nothing when it does not.
		guess := i >= len(named)
		for l := range qs {
			qs[l].isName = i == 0
		}
		if i > 0 {
			qs.readInName(text, &name)
			qs.markNarrower(&name)
			qs.readAsName(text, service)
			qs.markWorkOnly(&name)
		}
		for l := range qs {
			qs[l].manages, qs[l].serviceWork, qs[l].thing = manages, serviceWork, thing
		}
		v := ix.judge(qs)
		v.keyword, v.guess = i > 0, guess
		if guess && (v.verdict == Uncovered || v.foreign) {
			continue
		}
		alts = append(alts, v)
	}
	if len(alts) == 0 {
		c.Verdict, c.Reason = Uncovered, "the service has no name or keywords to look for"
		return c
	}
	v := combine(alts)
	if v.verdict == Covered && v.keyword && !v.guess {
		if w, ok := ix.kindLeftOut(&name, v.text, v.sentence); ok {
			// "Data centre colocation" by its keyword "data centre"
			// against "operation of the associated data centre": the
			// keyword names the general activity, and the scope does
			// not say the service is of the kind its name says.
			v.verdict = Uncertain
			v.reason += fmt.Sprintf(", but it does not write %q, which says what kind of it the service is", w)
		}
	}
	if v.verdict == Covered && v.keyword && !v.guess {
		// The analyst's other keywords name the service too: "alojamento
		// de servidores" for "Server hosting" says its kind ("alojamento")
		// in the scope's language, which the keyword "servidores" it was
		// covered by leaves out.
		for _, k := range keywords {
			// Only a keyword the covering one is part of says more of
			// the same name; "KYC" beside "know-your-customer" is
			// another way of writing it.
			if k == v.text || !partOf(v.text, k) {
				continue
			}
			kq := newQueries(k, hint, false)
			if w, ok := ix.kindLeftOut(&kq, v.text, v.sentence); ok {
				v.verdict = Uncertain
				v.reason += fmt.Sprintf(", but it does not write %q, which the keyword %q says the service is", w, k)
				break
			}
		}
	}
	if v.verdict == Covered {
		if own, ok := ix.ownAsset(newQueries(v.text, hint, hinted && v.text == service), v.sentence); ok {
			// "Data centre services" against "operation of its own
			// data centre": the organisation runs the thing for
			// itself, which offers no service on it to others.
			v.verdict = Uncertain
			v.reason += fmt.Sprintf(", but as the organisation's own (%q), not as a service to others", own)
		}
	}
	if v.verdict == Covered {
		if q, ok := forOthers(service); ok && !ix.servesOthers(v.sentence) {
			// "Werkplekbeheer voor klanten" against "IT-beheer van de
			// kantoorwerkplekken": the scope's activity may be the
			// organisation's own, not the service done for others.
			v.verdict = Uncertain
			v.reason += fmt.Sprintf(", but the scope does not say it is done for others, as %q does", q)
		}
	}
	c.Verdict, c.Sentence, c.Reason = v.verdict, v.sentence, v.reason
	ix.honest(&c, v, slices.Concat([]string{service}, keywords))
	if c.Verdict == Uncovered && !v.excluded && !ix.namesActivity() {
		// A table header taken for a scope ("Premises covered 1 2 3")
		// says nothing of what the organisation does: it can leave out
		// nothing.
		c.Verdict, c.Sentence = Uncertain, ix.clauses[0].text
		c.Reason = "the scope names no activity, product or service, so it cannot show what it leaves out"
	}
	return c
}

// kindLeftOut returns a word of the service's name that says what kind
// of the activity it is, when the scope writes it nowhere, not even
// inside another word, and the keyword the scope covers the service by
// leaves it out: the name's head ("colocation" of "Data centre
// colocation" by "data centre", "verkoop" of "Excursieverkoop" by
// "excursies"), a word saying the work is made to each customer's order
// ("Individuelle Softwareentwicklung" by "Entwicklung"), or any word of
// it when the keyword shares none with the name ("storage" for "Cloud
// data hosting"). The keyword names the general activity; only an
// analyst can tell whether the scope's is of the service's kind. A
// qualifier of the head the scope leaves out ("Financial accounting" by
// "accounting") keeps the keyword's cover, and so do a keyword written
// as the name's initials ("SOC"), a name joining two activities ("Time
// and attendance"), and a name in another language than the clause,
// which is not read in it word by word. A compound counts as written
// where each of its parts is ("Betalingsverwerking" in "verwerking van
// creditcardbetalingen").
func (ix *scopeIndex) kindLeftOut(name *queries, keyword, sentence string) (string, bool) {
	c := ix.clauseOf(sentence)
	if c == nil {
		return "", false
	}
	l := c.lang
	n := name[l]
	if len(n.maybe) == 0 && n.written != l || len(n.maybe) > 0 && !slices.Contains(n.maybe, l) {
		return "", false
	}
	lc := locales[l]
	kt := tokenize(keyword)
	if len(kt) == 0 || !slices.ContainsFunc(kt, func(t token) bool { return !t.upper }) {
		return "", false
	}
	var words []string
	for _, c := range ix.clauses {
		words = append(words, c.words...)
	}
	written := func(w string) bool {
		s := stemIn(l, w)
		return slices.ContainsFunc(words, func(x string) bool {
			return stemIn(l, x) == s || len(s) >= 4 && strings.Contains(x, s) || len(w) >= 4 && strings.Contains(x, w)
		})
	}
	// The name's words that may say what kind of activity it is, phrase
	// by phrase.
	var kinds []token
	head := -1
	means := map[int]bool{} // kinds in a phrase saying by what means ("con carta")
	inMeans := false
	for _, t := range tokenize(n.text) {
		if lexicons[l].and[t.word] {
			return "", false
		}
		if lc.preps[t.word] && head < 0 && len(kinds) > 0 {
			head = len(kinds) - 1
			if l.headFirst() {
				head = 0
			}
		}
		if lc.preps[t.word] {
			inMeans = meansPreps[t.word]
		}
		if inMeans {
			means[len(kinds)] = true
		}
		if saysNoKind(lc, t) || len(t.word) < 3 {
			continue
		}
		// "Lohnbüro" is payroll done in a bureau.
		for p := range maps.Keys(placeWords) {
			if rest, ok := strings.CutSuffix(t.word, p); ok && len(p) >= 4 && len(rest) >= 4 {
				t.word = rest
			}
		}
		for p := range maps.Keys(centreWords) {
			if rest, ok := strings.CutSuffix(t.word, p); ok && len(p) >= 4 && len(rest) >= 4 {
				t.word = rest
			}
		}
		kinds = append(kinds, t)
	}
	if len(kinds) == 0 {
		return "", false
	}
	if head < 0 {
		head = len(kinds) - 1
		if l.headFirst() {
			head = 0
		}
	}
	// "prescribing" holds "E-prescribing": a prefix of a letter or two
	// says no kind.
	held := func(w string) bool {
		s := stemIn(l, w)
		return slices.ContainsFunc(kt, func(k token) bool {
			return stemIn(l, k.word) == s || strings.HasSuffix(w, k.word) && len(w)-len(k.word) <= 2
		})
	}
	shares := slices.ContainsFunc(kinds, func(t token) bool {
		s := stemIn(l, t.word)
		return slices.ContainsFunc(kt, func(k token) bool {
			ks := stemIn(l, k.word)
			return ks == s || len(ks) >= 4 && strings.Contains(t.word, ks) || len(s) >= 4 && strings.Contains(k.word, s)
		})
	})
	// A keyword made only of the name's words, place words aside ("data
	// centre" for "Data centre colocation"), names part of it; one with
	// words of its own ("mortgage loans" for "Mortgage lending") says
	// the service in other words.
	part := !slices.ContainsFunc(kt, func(k token) bool {
		if saysNoKind(lc, k) {
			return false
		}
		ks := stemIn(l, k.word)
		return !slices.ContainsFunc(kinds, func(t token) bool {
			return stemIn(l, t.word) == ks || len(ks) >= 4 && strings.Contains(t.word, ks)
		})
	})
	for i, t := range kinds {
		if written(t.word) {
			continue
		}
		if writtenInParts(t.word, written) {
			continue
		}
		if !shares || part && (i == head || means[i]) && !held(t.word) || madeToOrder[t.word] {
			return t.raw, true
		}
		if i == head && !part && !held(t.word) && otherAction(l, lc, kt, kinds) {
			// "Disbursement of claim payments" by "payment file
			// preparation": the keyword does another thing to the
			// name's object, and the scope does not write the name's.
			return t.raw, true
		}
	}
	return "", false
}

// otherAction reports whether a keyword is headed by an action noun
// ("payment file preparation") the service's name does not write: it
// names another activity on the name's object, not the name's in other
// words, as "mortgage loans" is "Mortgage lending".
func otherAction(l lang, lc *locale, kt []token, kinds []token) bool {
	var own []token
	for _, k := range kt {
		if !saysNoKind(lc, k) && !lc.preps[k.word] {
			own = append(own, k)
		}
	}
	if len(own) < 2 {
		return false
	}
	h := own[len(own)-1]
	if l.headFirst() {
		h = own[0]
	}
	if !actionNoun(l, h.word) {
		return false
	}
	// A keyword rewriting only the name's head ("bonded warehousing" for
	// "Bonded storage", "background screening" for "Background checks")
	// is the name in other words; one with a word of its own besides
	// ("payment file preparation") does other work on another thing.
	inName := func(k token) bool {
		ks := stemIn(l, k.word)
		return slices.ContainsFunc(kinds, func(t token) bool {
			s := stemIn(l, t.word)
			return s == ks || len(ks) >= 4 && strings.Contains(t.word, ks) || len(s) >= 4 && strings.Contains(k.word, s)
		})
	}
	others := 0
	for _, k := range own {
		if !inName(k) {
			others++
		}
	}
	return others >= 2 && !inName(h)
}

// meansPreps are the prepositions that open a phrase of a service's name
// saying by what means it is done, which makes it a kind of the activity:
// "Payments by card", "Zahlungen mit Karte", "paiements par carte",
// "pagos con tarjeta", "pagamenti con carta", "betalingen met kaart",
// "pagamentos com cartão". A keyword made of the name's other words
// ("payments") names the general activity, not that kind.
var meansPreps = map[string]bool{
	"with": true, "by": true, "mit": true, "par": true, "avec": true,
	"con": true, "met": true, "com": true,
}

// partOf reports whether every word of text a is a word of text b.
func partOf(a, b string) bool {
	bw := map[string]bool{}
	for _, t := range tokenize(b) {
		bw[t.word] = true
	}
	at := tokenize(a)
	return len(at) > 0 && !slices.ContainsFunc(at, func(t token) bool { return !bw[t.word] })
}

// clauseOf returns the clause a verdict quotes, if any.
func (ix *scopeIndex) clauseOf(sentence string) *scopeClause {
	at := slices.IndexFunc(ix.clauses, func(c *scopeClause) bool { return c.text == sentence })
	if at < 0 {
		return nil
	}
	return ix.clauses[at]
}

// ownAsset returns the word of the clause a service is covered in that
// says a thing is the organisation's own ("its own data centre",
// "centro de datos propio"), when every specific word of the service
// stands in that phrase: running its own data centre is no data centre
// service to others.
func (ix *scopeIndex) ownAsset(qs queries, sentence string) (string, bool) {
	c := ix.clauseOf(sentence)
	if c == nil {
		return "", false
	}
	q := qs[c.lang]
	var specific []string
	for _, s := range q.required {
		if q.kinds[s] == kindSpecific {
			specific = append(specific, s)
		}
	}
	if len(specific) == 0 {
		return "", false
	}
	for _, g := range c.segments {
		for k, p := range g.phrases {
			if p.own == "" {
				continue
			}
			// "centro | de datos propio": the thing is named by the
			// phrases its own word's phrase completes, back to an
			// activity.
			terms := maps.Clone(p.terms)
			for j := k; j > 0 && g.phrases[j].object && !g.phrases[j-1].activity; j-- {
				maps.Copy(terms, g.phrases[j-1].terms)
			}
			if !slices.ContainsFunc(specific, func(s string) bool { return !terms[s] }) {
				return p.own, true
			}
		}
	}
	return "", false
}

// ownWords say, in the seven languages, that a thing is the
// organisation's own. "The associated call centre" may well serve
// customers, and is no own thing of this kind.
var ownWords = toSet(`own eigene eigenen eigener eigenes eigenem propre propres propio propia propios propias
	proprio propria propri proprie eigen proprios proprias`)

// writtenInParts reports whether a compound is written as two parts of
// four letters at least, its joint "s" dropped: "Betalingsverwerking" in
// "verwerking van creditcardbetalingen".
func writtenInParts(w string, written func(string) bool) bool {
	for i := 4; i+4 <= len(w); i++ {
		first := w[:i]
		if written(w[i:]) && (written(first) || len(first) > 4 && written(strings.TrimSuffix(first, "s"))) {
			return true
		}
	}
	return false
}

// placeWords name, besides centreWords, by whom a service is done, not
// what kind it is: a "Customer service centre" is customer service, and
// a "Payroll bureau" does payroll.
var placeWords = toSet(`zentren centra bureau bureaus bureaux office offices agency agencies buro agentur agence oficina
	agencia ufficio agenzia kantoor`)

// saysNoKind reports whether a word of a service's name or keyword says
// nothing of what kind of activity it is: a stop word, a preposition, a
// general, product, delivery or place word.
func saysNoKind(lc *locale, t token) bool {
	return lc.stop(t) || lc.preps[t.word] || lc.generic(t) || productWords[t.word] || modifierWords[t.word] || placeWord(t.word)
}

// placeWord reports whether w is one of centreWords or placeWords.
func placeWord(w string) bool { return centreWords[w] || placeWords[w] }

// madeToOrder are the words, in the seven languages, that say work is
// made to each customer's order: custom software development is no
// development of the vendor's own product.
var madeToOrder = toSet(`custom bespoke tailored tailormade individual customised customized
	individuell individuelle individueller individuellen kundenspezifisch kundenspezifische massgeschneidert massgeschneiderte
	personnalise personnalisee personnalises surmesure specifique specifiques
	personalizado personalizada personalizados medida
	personalizzato personalizzata personalizzati misura
	maatwerk maatwerksoftware individueel
	personalizada personalizadas`)

// nameLanguage tells the language of a service's name that shows none
// by its own words from the scope: a name of two words or more, one of
// them a word English does not write, that a clause in another language
// writes word for word ("Transport routier" in "transport routier de
// marchandises") is written in that clause's language, and has its head
// where that language puts it.
func (ix *scopeIndex) nameLanguage(toks []token) (lang, bool) {
	if len(toks) < 2 {
		return english, false
	}
	if _, ok := detect(toks); ok {
		return english, false
	}
	if _, ok := familyLanguage(toks); ok {
		return english, false
	}
	if !slices.ContainsFunc(toks, func(t token) bool { return !t.upper && !knownEnglish(t.word) }) {
		return english, false
	}
	for _, c := range ix.clauses {
		if c.lang == english || len(c.maybe) > 0 {
			continue
		}
		for i := 0; i+len(toks) <= len(c.words); i++ {
			k := 0
			for k < len(toks) && c.words[i+k] == toks[k].word {
				k++
			}
			if k == len(toks) {
				return c.lang, true
			}
		}
	}
	return english, false
}

// namesActivity reports whether any clause of the scope writes a word
// other than a number, a place or a word saying the place is included:
// a table header taken for a scope ("Premises covered 1 2 3", "Betrokken
// vestigingen 1 2") names nothing the organisation does, so it cannot
// show what it does not do.
func (ix *scopeIndex) namesActivity() bool {
	return slices.ContainsFunc(ix.clauses, func(c *scopeClause) bool {
		return slices.ContainsFunc(c.segments, func(s *segment) bool {
			return slices.ContainsFunc(s.phrases, func(p phrase) bool {
				for w := range p.words {
					if !headerWords[w] && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
						return true
					}
				}
				return false
			})
		})
	})
}

// headerWords head a table of sites, in the seven languages: places, and
// the participles that say they are included.
var headerWords = toSet(`premises site sites location locations office offices scope included covered concerned involved
	standort standorte niederlassung niederlassungen geltungsbereich einbezogen einbezogene einbezogen erfasst erfasste abgedeckt abgedeckte
	lieu lieux implantation implantations concerne concernes concernee concernees couvert couverts inclus incluse incluses perimetre
	sede sedes ubicacion ubicaciones emplazamiento emplazamientos incluida incluidas incluido incluidos cubierta cubiertas alcance
	sedi ubicazione ubicazioni coperta coperte coperto coperti incluso inclusi inclusa ambito
	vestiging vestigingen locatie locaties betrokken inbegrepen toepassingsgebied
	localizacao localizacoes instalacoes abrangida abrangidas abrangido abrangidos incluida`)

// productKeywords reads the keywords of a service named as a product
// ("Warehouse management software") with its product word as well: to
// the analyst, "Lagerverwaltung" stands for warehouse management software,
// which a scope writes "Lagerverwaltungssoftware". Each is an extra way
// of naming the service, besides the keyword as written.
func productKeywords(service string, keywords []string) []string {
	// Only a name headed by its product word names a product: "Software
	// sales" sells software, and "vendita" is no "vendita software".
	toks := tokenize(service)
	written, _ := detect(toks)
	lc := locales[written]
	toks = slices.DeleteFunc(toks, func(t token) bool { return lc.stop(t) || lc.preps[t.word] })
	if len(toks) == 0 {
		return nil
	}
	head := toks[len(toks)-1]
	if written.headFirst() {
		head = toks[0]
	}
	if !productWords[head.word] {
		return nil
	}
	product := head.raw
	var out []string
	for _, k := range keywords {
		if !slices.ContainsFunc(tokenize(k), func(t token) bool {
			return productWords[t.word] || t.parts != nil && productWords[t.parts[len(t.parts)-1]]
		}) {
			out = append(out, k+" "+product)
		}
	}
	return out
}

// headKeywords reads a keyword that qualifies the service rather than
// naming it with the head word of the service's name: "provident fund"
// for "Statutory filings" is what a scope writes "provident fund filings".
// The head is the name's last specific word (its first in a language that
// puts the head first); a general word ("services") heads nothing, and a
// keyword that holds the head already, or is written in another language
// than the name, is read as written only.
func headKeywords(service string, keywords []string) []string {
	toks := tokenize(service)
	written, _ := detect(toks)
	head, ok := serviceHead(toks, written)
	if !ok {
		return nil
	}
	hs := stemIn(written, head.word)
	var out []string
	for _, k := range keywords {
		kt := tokenize(k)
		if l, ok := detect(kt); ok && l != written {
			continue
		}
		if slices.ContainsFunc(kt, func(t token) bool { return stemIn(written, t.word) == hs || productWords[t.word] }) {
			continue
		}
		if written.headFirst() {
			out = append(out, head.raw+" "+k)
		} else {
			out = append(out, k+" "+head.raw)
		}
	}
	return out
}

// altVerdict is the verdict on one way of naming the service.
type altVerdict struct {
	verdict  string
	sentence string
	reason   string
	excluded bool // uncovered because an exclusion names it
	foreign  bool // uncertain only because the scope is in another language
	keyword  bool
	guess    bool // the service read with a twin word, in another language or as a compound
	text     string
}

// combine merges the verdicts on a service's name and keywords. An
// explicit exclusion of one name while another is covered is a
// contradiction an analyst must settle. A name in a language the scope is
// not written in says nothing either way when a keyword in its language
// does.
func combine(alts []altVerdict) altVerdict {
	first := func(pred func(altVerdict) bool) (altVerdict, bool) {
		i := slices.IndexFunc(alts, pred)
		if i < 0 {
			return altVerdict{}, false
		}
		return alts[i], true
	}
	covered, hasCovered := first(func(a altVerdict) bool { return a.verdict == Covered })
	excluded, hasExcluded := first(func(a altVerdict) bool { return a.excluded })
	switch {
	case hasCovered && hasExcluded:
		return altVerdict{verdict: Uncertain, sentence: excluded.sentence,
			reason: fmt.Sprintf("%s; yet %s", covered.reason, excluded.reason)}
	case hasCovered:
		switch {
		case covered.guess:
			covered.reason += fmt.Sprintf(" (the service read as %q)", covered.text)
		case covered.keyword:
			covered.reason += fmt.Sprintf(" (by the keyword %q)", covered.text)
		}
		return covered
	case hasExcluded:
		return excluded
	}
	if u, ok := first(func(a altVerdict) bool { return a.verdict == Uncertain && !a.foreign }); ok {
		return u
	}
	if u, ok := first(func(a altVerdict) bool { return a.verdict == Uncovered }); ok {
		return u
	}
	return alts[0]
}

// termKind tells how a query word counts.
type termKind int

const (
	kindSpecific termKind = iota // names the service: "payroll"
	kindModifier                 // how it is delivered: "cloud"
	kindProduct                  // what it delivers: "software"
	kindGeneric                  // describes any service: "services"
)

// query is a service name or keyword reduced to stems in one language.
type query struct {
	text     string
	written  lang     // the language the text is written in, English when it shows none
	maybe    []lang   // the languages it may be written in when it shows none for sure
	required []string // stems that must all appear
	generic  []string // stems of general words, required or not
	kinds    map[string]termKind
	phrases  [][]string        // required stems, phrase by phrase ("hosting | of payroll")
	as       map[string]string // stem → the word as the analyst wrote it
	words    []string          // its words without accents, to find inside other words
	// narrower is set on a keyword made only of some of the service
	// name's words ("payroll" for "Payroll processing"): it points to the
	// service rather than naming all of it.
	narrower bool
	// qualifiers are, on a narrower keyword, the name's words that say
	// what it acts on: "payment" of "Payment switching" for "switching".
	qualifiers []string
	// manages is set when the service's name says it manages what it
	// names ("Meter data management").
	manages bool
	// thing is set when the service's name names a thing alone ("Tax
	// returns"), read with each of its keywords.
	thing bool
	// serviceWork is what the service's name says it does, the head of
	// a name of two specific words or more ("haulage" of "Road
	// haulage"), read with each of its keywords.
	serviceWork work
	// workOnly is set on a keyword that names only the work of a service
	// whose name says what the work is done on too: "digitalización" for
	// "Document digitisation service". nameWords are then the name's
	// specific words.
	workOnly  bool
	nameWords []string
	// isName is set on the service's name, not a keyword for it.
	isName bool
	// head is the stem of the word that says what the service does
	// ("maintenance" of "Rail car maintenance"); on a narrower keyword,
	// that of the service's name.
	head string
}

// queries holds a text read in each language a clause may be in.
type queries [numLangs]query

// markNarrower marks, language by language, a keyword whose words are
// all among fewer than the service name's words.
func (qs *queries) markNarrower(name *queries) {
	for l := range qs {
		k, n := qs[l], name[l]
		qs[l].narrower = len(k.kinds) < len(n.kinds) && !slices.ContainsFunc(slices.Collect(maps.Keys(k.kinds)), func(s string) bool { return !n.has(s) })
		if qs[l].narrower {
			qs[l].qualifiers = qualifiersOf(n, k, lang(l))
			qs[l].head = n.head
		}
	}
}

// markWorkOnly marks a keyword made only of words that name an action
// ("digitalización", "outsourcing") when the service's name is a general
// one, "X service", with more specific words than the keyword: the name
// says what the work is done on, in general, the keyword does not.
// ("Document digitisation" is the work itself, which digitising any kind
// of record is.)
func (qs *queries) markWorkOnly(name *queries) {
	k, n := qs[qs[english].written], name[name[english].written]
	if !slices.ContainsFunc(tokenize(n.text), func(t token) bool { return emptyWords[t.word] }) {
		return
	}
	specific := func(q query) []string {
		return slices.DeleteFunc(slices.Clone(q.required), func(s string) bool { return q.kinds[s] != kindSpecific })
	}
	ks := specific(k)
	if len(ks) == 0 || len(ks) >= len(specific(n)) {
		return
	}
	if slices.ContainsFunc(ks, func(s string) bool {
		w := fold(strings.ToLower(k.as[s]))
		return !actionNoun(k.written, w) && !isActivityWord(w)
	}) {
		return
	}
	for l := range qs {
		qs[l].workOnly, qs[l].nameWords = true, specific(name[l])
	}
}

// qualifiersOf returns the words of a one-phrase name that qualify the
// keyword's words, standing before them in a language that puts its head
// last ("Payment switching") and after them in one that puts it first.
func qualifiersOf(name, keyword query, l lang) []string {
	if len(name.phrases) != 1 || len(keyword.required) == 0 {
		return nil
	}
	words := name.phrases[0]
	at := slices.Index(words, keyword.required[0])
	if at < 0 {
		return nil
	}
	side := words[:at]
	if l.headFirst() {
		side = words[min(len(words), at+len(keyword.required)):]
	}
	return slices.DeleteFunc(slices.Clone(side), keyword.has)
}

// writtenIn names the language the text is written in, or the languages
// it may be written in when it shows none for sure.
func (q *query) writtenIn() string {
	if len(q.maybe) == 0 {
		return langNames[q.written]
	}
	names := make([]string, len(q.maybe))
	for i, l := range q.maybe {
		names[i] = langNames[l]
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// readAsName drops the languages a text may be written in, when only
// its endings suggest them, if it repeats a word of the service's name
// and the name is not plainly written in one of them: "Studio" for
// "Studio rental" is English, as its name is.
func (qs *queries) readAsName(text, service string) {
	score := signs(tokenize(text))
	if len(qs[english].maybe) == 0 || slices.Max(score[:]) > 0 {
		return
	}
	nt := tokenize(service)
	if l, ok := detect(nt); ok && slices.Contains(qs[english].maybe, l) {
		return
	}
	// A name built as German or Dutch compounds are ("Excursieverkoop")
	// is not English either.
	if slices.ContainsFunc(compoundLanguages(nt), func(l lang) bool { return slices.Contains(qs[english].maybe, l) }) {
		return
	}
	if slices.ContainsFunc(tokenize(text), func(t token) bool {
		return slices.ContainsFunc(nt, func(n token) bool { return n.word == t.word })
	}) {
		for l := range qs {
			qs[l].maybe = nil
		}
	}
}

// readInName reads a keyword that shows no language of its own, and has
// a word English does not write, in the languages the service's name
// may be written in, when that is not English: "excursies" for
// "Excursieverkoop" is Dutch, though "-ies" ends English plurals too.
func (qs *queries) readInName(text string, name *queries) {
	n := name[english]
	if n.written == english && len(n.maybe) == 0 || qs[english].written != english || len(qs[english].maybe) > 0 {
		return
	}
	toks := tokenize(text)
	score := signs(toks)
	if slices.Max(score[:]) > 0 || !slices.ContainsFunc(toks, func(t token) bool { return !t.upper && !knownEnglish(t.word) }) {
		return
	}
	maybe := n.maybe
	if len(maybe) == 0 {
		maybe = []lang{n.written}
	}
	for l := range qs {
		qs[l].maybe = slices.Clone(maybe)
	}
}

// empty reports whether the text has no word to look for in any language.
func (qs *queries) empty() bool {
	return len(qs[qs[english].written].terms()) == 0
}

// newQueries reads a text in each language; one that shows no language
// of its own is written in hint when hinted is set.
func newQueries(text string, hint lang, hinted bool) queries {
	var qs queries
	toks := tokenize(text)
	written, ok := detect(toks)
	if !ok {
		written, ok = familyLanguage(toks)
	}
	if !ok && hinted {
		written, ok = hint, true
	}
	var maybe []lang
	if !ok {
		written, maybe = english, candidates(toks)
	}
	for l := range numLangs {
		qs[l] = newQuery(text, toks, l)
		qs[l].written, qs[l].maybe = written, maybe
		// The head is where the language the text is written in puts
		// it: "Alarm installation" read in French is still an
		// installation.
		if len(qs[l].phrases) > 0 && l.headFirst() != written.headFirst() {
			qs[l].head = headOf(qs[l].phrases[0], qs[l].kinds, written)
		}
	}
	return qs
}

func newQuery(text string, toks []token, l lang) query {
	lc := locales[l]
	q := query{text: strings.TrimSpace(text), kinds: map[string]termKind{}, as: map[string]string{}}
	var phrase []token
	addPhrase := func() {
		var stems []string
		kinds := make([]termKind, len(phrase))
		lastCore, firstCore := -1, -1
		for i, t := range phrase {
			switch {
			case productWords[t.word]:
				kinds[i] = kindProduct
			case modifierWords[t.word]:
				kinds[i] = kindModifier
			case lc.generic(t):
				kinds[i] = kindGeneric
			default:
				kinds[i] = kindSpecific
			}
			if kinds[i] != kindGeneric {
				lastCore = i
				if firstCore < 0 {
					firstCore = i
				}
			}
		}
		for i, t := range phrase {
			s := stemIn(l, t.word)
			if _, dup := q.kinds[s]; dup {
				continue
			}
			q.kinds[s], q.as[s] = kinds[i], t.raw
			if kinds[i] == kindGeneric {
				q.generic = append(q.generic, s)
				// A general word is optional where it heads the phrase
				// ("payroll services", "servicios de nómina") and required
				// where it qualifies another ("data centre", "centro de
				// datos").
				optional := firstCore < 0 && len(q.phrases) == 0 || firstCore >= 0 && (l.headFirst() && i < firstCore || !l.headFirst() && i > lastCore)
				if optional {
					continue
				}
			}
			q.required = append(q.required, s)
			stems = append(stems, s)
			if len(t.word) >= 4 && kinds[i] != kindGeneric {
				q.words = append(q.words, t.word)
			}
		}
		if len(stems) > 0 {
			if len(q.phrases) == 0 {
				q.head = headOf(stems, q.kinds, l)
			}
			q.phrases = append(q.phrases, stems)
		}
		phrase = nil
	}
	for _, t := range toks {
		switch {
		case lc.preps[t.word] && !t.upper:
			addPhrase()
		case !lc.stop(t):
			phrase = append(phrase, t)
		}
	}
	addPhrase()
	return q
}

// headOf returns the head of a query's first phrase: its last specific
// word, or its first in a language that puts the head first; none when
// another kind of word stands after it.
func headOf(stems []string, kinds map[string]termKind, l lang) string {
	at := len(stems) - 1
	if l.headFirst() {
		at = 0
	}
	if kinds[stems[at]] != kindSpecific {
		return ""
	}
	return stems[at]
}

// terms are the stems that must all appear for the query to match: the
// required ones, or the general ones for a name made only of general
// words ("Managed services").
func (q query) terms() []string {
	if len(q.required) > 0 {
		return q.required
	}
	return q.generic
}

// core reports whether the query has a word that can name a service on
// its own: not a general word, a product or a way of delivery.
func (q query) core() bool {
	for _, s := range q.required {
		if q.kinds[s] == kindSpecific {
			return true
		}
	}
	return false
}

// list names stems as the analyst wrote them, for a reason.
func (q query) list(stems []string) string {
	out := make([]string, len(stems))
	for i, s := range stems {
		out[i] = fmt.Sprintf("%q", q.as[s])
	}
	return joinAnd(out)
}

func (q query) has(s string) bool {
	_, ok := q.kinds[s]
	return ok
}

// judge gives the verdict for one name of the service.
func (ix *scopeIndex) judge(qs queries) altVerdict {
	v := altVerdict{text: qs[english].text}

	// Exclusions naming the service.
	var narrow *scopeClause
	narrowText := ""
	for _, c := range ix.clauses {
		q := qs[c.lang]
		terms := q.terms()
		for _, e := range c.exclusions {
			for i, item := range e.items {
				in, out := item.count(terms)
				if len(in) == 0 {
					continue
				}
				extra := false
				for _, s := range e.words[i] {
					if !c.loc.genericStems[s] && !q.has(s) && !joinedFrom(s, q) {
						extra = true
						break
					}
				}
				if !extra {
					v.verdict, v.excluded, v.sentence = Uncovered, true, c.text
					v.reason = fmt.Sprintf("the scope excludes %q", e.texts[i])
					return v
				}
				// "Email services, excluding email archiving" carves a part
				// out of "Email"; "Cloud hosting, excluding email hosting"
				// excludes another kind of hosting and leaves the service be.
				if narrow == nil && len(out) == 0 {
					narrow, narrowText = c, e.texts[i]
				}
			}
		}
	}

	// The clause that names the service, and the one that holds the most
	// of its words.
	var named, best, inUse *scopeClause
	var bestIn, bestOut []string
	bestScore := 0
	for _, c := range ix.clauses {
		q := qs[c.lang]
		if named == nil && c.namesService(q) {
			named = c
		}
		if inUse == nil && c.namesInUse(q) {
			inUse = c
		}
		in, out := termSet(c.positive).count(q.terms())
		// Only a word that can name the service makes a partial match,
		// and one written as a name ("Amsterdam") counts for less.
		score := 0
		for _, s := range in {
			if q.kinds[s] == kindSpecific || !q.core() {
				score += 2
				if !c.isName(s) {
					score++
				}
			}
		}
		if score > bestScore {
			best, bestIn, bestOut, bestScore = c, in, out, score
		}
	}
	full := best != nil && len(bestOut) == 0
	if named != nil {
		best, full = named, true
	}
	q := qs[english]
	if best != nil {
		q = qs[best.lang]
	}
	terms := q.terms()

	switch {
	case narrow != nil && full:
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("%s %s in the scope, but it excludes %q", q.list(terms), appear(terms), narrowText)
		return v
	case narrow != nil:
		v.verdict, v.excluded, v.sentence = Uncovered, true, narrow.text
		v.reason = fmt.Sprintf("the service is named only where the scope excludes %q", narrowText)
		return v
	}

	limit := ix.namedLimit(q, terms, best)
	switch {
	case full && !q.core() && best.ownUse == "" && limit == nil && best.writesWhole(q):
		v.verdict, v.sentence = Covered, best.text
		v.reason = fmt.Sprintf("the scope writes %q, serving customers, as an activity of its own", q.text)
	case full && !q.core():
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("only general words (%s) match", q.list(terms))
	case named != nil && named.ownUse != "":
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("the scope names %s, but for the organisation's %s", q.list(terms), named.ownUse)
	case named != nil && limit != nil:
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("%s %s, but the scope is limited to %q", q.list(terms), appear(terms), limit.text)
	case named != nil:
		v.verdict, v.sentence = Covered, best.text
		v.reason = fmt.Sprintf("the scope names %s in this sentence", q.list(terms))
	case inUse != nil:
		v.verdict, v.sentence = Uncertain, inUse.text
		v.reason = fmt.Sprintf("the scope names %s only as part of helping customers use what it provides", q.list(qs[inUse.lang].terms()))
	case ix.objectOnly(q, bestIn, full) != nil:
		c := ix.objectOnly(q, bestIn, full)
		v.verdict, v.sentence = Uncovered, c.text
		v.reason = fmt.Sprintf("the scope names %s only as what its activities act on, and does not mention %q", q.list(bestIn), q.as[q.head])
	case ix.thingOnly(q) != nil:
		c := ix.thingOnly(q)
		v.verdict, v.sentence = Uncovered, c.text
		v.reason = fmt.Sprintf("the scope names %s only as what it does another kind of work on, and not %q", q.list(terms), q.serviceWork.word)
	case ix.qualifierOnly(q) != nil:
		c := ix.qualifierOnly(q)
		v.verdict, v.sentence = Uncovered, c.text
		v.reason = fmt.Sprintf("the scope writes %s only to say what kind of thing its activities act on, not as an activity", q.list(terms))
	case ix.workQualifierOnly(q) != nil:
		c := ix.workQualifierOnly(q)
		v.verdict, v.sentence = Uncovered, c.text
		v.reason = fmt.Sprintf("the scope writes %s only to say whose documents or records another kind of work acts on, not as an activity", q.list(terms))
	case ix.customersOnly(qs) != nil && q.manages && q.isName && ix.customersOnly(qs).servesAsHead(qs[ix.customersOnly(qs).lang]):
		// "Agent network management" against a platform operated "for
		// agents and merchants": managing those it serves may be part
		// of serving them, or not; only an analyst can tell. Not so
		// "Housing management" for "housing associations", whose
		// customers are the associations, nor a keyword naming the
		// customers ("armatori" for "Ship management").
		c := ix.customersOnly(qs)
		cq := qs[c.lang]
		v.verdict, v.sentence = Uncertain, c.text
		v.reason = fmt.Sprintf("the scope names %s only among the customers it serves, and managing them may be part of serving them", cq.list(customerTerms(c, cq)))
	case ix.customersOnly(qs) != nil:
		c := ix.customersOnly(qs)
		cq := qs[c.lang]
		v.verdict, v.sentence = Uncovered, c.text
		v.reason = fmt.Sprintf("the scope names %s only among the customers it serves, not as an activity", cq.list(customerTerms(c, cq)))
	case full:
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("%s %s in this sentence, but not as an activity it names", q.list(terms), appear(terms))
	case best != nil && limit != nil:
		v.verdict, v.sentence = Uncovered, best.text
		v.reason = fmt.Sprintf("the scope is limited to %q and does not mention %s", limit.text, q.list(bestOut))
	case best != nil:
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("%s %s, but not %s", q.list(bestIn), appear(bestIn), q.list(bestOut))
	default:
		ix.absent(qs, &v)
	}
	if c := ix.meansOnly(q); v.verdict == Uncovered && c != nil {
		v.verdict, v.sentence = Uncertain, c.text
		v.reason = fmt.Sprintf("the scope writes %s as the means an activity is done by, which may include the service", q.list(terms))
	}
	return v
}

// meansOnly returns the clause that writes a word of the query in what an
// activity is done by ("collection of rents by means of electronic payment
// platforms" for payment processing): the means is related to the service
// and may include it, so the scope does not show it left out. Third
// parties an activity is done through ("via third-party acquirers") are
// other organisations, and do leave it out.
func (ix *scopeIndex) meansOnly(q query) *scopeClause {
	for _, c := range ix.clauses {
		for _, g := range c.segments {
			for _, p := range g.phrases {
				if p.means && !p.third && slices.ContainsFunc(q.terms(), func(s string) bool { return p.terms[s] }) {
					return c
				}
			}
		}
	}
	return nil
}

// absent judges a service none of whose words the scope holds: uncovered,
// unless the scope may hold it in other words.
func (ix *scopeIndex) absent(qs queries, v *altVerdict) {
	for _, c := range ix.clauses {
		if r, ok := c.otherUse(qs[c.lang]); ok {
			v.verdict, v.sentence, v.reason = Uncertain, c.text, r
			return
		}
	}
	q := qs[english]
	terms := q.terms()
	if c := ix.blanket(); c != nil {
		// "All activities at the London office" covers everything done
		// there, named or not; only an analyst knows where the service is.
		v.verdict, v.sentence = Uncertain, c.text
		v.reason = fmt.Sprintf("the scope does not name %s but covers everything it describes", q.list(terms))
		return
	}
	active := slices.IndexFunc(ix.clauses, func(c *scopeClause) bool { return c.specific > 0 })
	if active < 0 {
		v.verdict, v.sentence = Uncertain, ix.clauses[0].text
		v.reason = "the scope names no activity, only the organisation or its management system"
		return
	}
	same := slices.IndexFunc(ix.clauses, func(c *scopeClause) bool {
		// A keyword that may be in the clause's language is read as in
		// it only where the clause is plainly in that language.
		// A clause that may be in another language says nothing of a
		// service it does not name.
		// A name that may be written in other languages only ("Gestión
		// de almacenes": Spanish or Portuguese) is not English, though
		// English is its reading when none is sure.
		return c.specific > 0 && (c.lang == q.written && len(c.maybe) == 0 && len(q.maybe) == 0 || c.plain && slices.Contains(q.maybe, c.lang))
	})
	if same < 0 {
		c := ix.clauses[active]
		v.verdict, v.foreign, v.sentence = Uncertain, true, c.text
		v.reason = fmt.Sprintf("the scope is written in %s and %q in %s", langNames[c.lang], q.text, q.writtenIn())
		return
	}
	q = qs[ix.clauses[same].lang]
	terms = q.terms()
	v.verdict = Uncovered
	v.reason = fmt.Sprintf("the scope does not mention %s", q.list(terms))
	if c, g := ix.genericOnly(qs); c != nil && c.specific == 0 {
		// "All IT services and solutions": a scope written in general
		// terms may well include the service, but does not say so.
		v.verdict, v.sentence = Uncertain, c.text
		v.reason = fmt.Sprintf("the scope speaks only in general terms (%s) and does not mention %s", q.list(g), q.list(terms))
	} else if c != nil {
		v.reason = fmt.Sprintf("only general words (%s) appear; %s %s not", q.list(g), q.list(terms), map[bool]string{true: "does", false: "do"}[len(terms) == 1])
	}
}

// objectOnly returns the clause that writes the service's words in, and
// only as words that qualify what its activities act on ("invoicing of
// rail and barge grain shipments" for rail car maintenance), when the
// scope does not write what the service does at all, not even inside
// another word: a scope that names its activities and what they act on
// does not provide another activity on it. A service whose words say
// only what kind of thing it is ("Backup service") is left open, and so
// is one whose words head what is acted on ("the switching of claims").
func (ix *scopeIndex) objectOnly(q query, in []string, full bool) *scopeClause {
	if q.head == "" || len(in) == 0 || full && !q.narrower {
		return nil
	}
	// Words written before the head of another activity qualify what it
	// acts on, unless the service only manages what it names: "claims
	// bordereaux processing" may be part of "Claims handling", but
	// "reinsurance treaty administration" underwrites nothing. A keyword
	// made of some of the name's words ("rail" for "Rail car
	// maintenance") says too little to read so.
	premod := !q.narrower && q.kinds[q.head] == kindSpecific && !managementWords[q.serviceWork.word] &&
		!managementWords[fold(strings.ToLower(q.as[q.head]))]
	var found *scopeClause
	for _, c := range ix.clauses {
		if c.positive[q.head] || slices.ContainsFunc(c.words, func(w string) bool { return strings.Contains(stemIn(c.lang, w), q.head) }) {
			return nil
		}
		if _, ok := c.otherUse(q); ok || c.lang != q.written && !c.lacksWork(q.work()) {
			return nil
		}
		for _, s := range in {
			if !c.positive[s] {
				continue
			}
			asHead := &q
			if !c.knownOther(q) {
				asHead = nil
			}
			if !c.qualifiesObject(s, asHead) && !(premod && q.kinds[s] == kindSpecific && c.premodifies(s)) {
				return nil
			}
			found = c
		}
	}
	return found
}

// premodifies reports whether the clause writes stem s, wherever it
// writes it, before the head of an activity in a language that puts the
// head last, as what the activity acts on: "reinsurance treaty
// administration" administers treaties of reinsurance. A word that is an
// action itself ("payroll processing") is left out.
func (c *scopeClause) premodifies(s string) bool {
	if c.lang.headFirst() {
		return false
	}
	seen := false
	for _, g := range c.segments {
		for _, p := range g.phrases {
			if !p.terms[s] {
				continue
			}
			at := slices.Index(p.order, s)
			if !p.activity || p.object || p.request || p.customer || at < 0 || at == len(p.order)-1 || slices.Contains(p.heads, s) || slices.Contains(p.also, s) {
				return false
			}
			if slices.ContainsFunc(c.words, func(w string) bool { return stemIn(c.lang, w) == s && (actionNoun(c.lang, w) || isActivityWord(w)) }) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// work is the word that says what a service does ("installation" of
// "Alarm installation"), in the language it is written in.
type work struct {
	word string
	lang lang
}

// work returns the query's head as the work it names.
func (q query) work() work {
	return work{fold(strings.ToLower(q.as[q.head])), q.written}
}

// workOf returns the work a service's name says it does: the head of a
// name of two specific words or more; none for a shorter name.
func workOf(service string) work {
	toks := tokenize(service)
	l, _ := detect(toks)
	if h, ok := serviceHead(toks, l); ok {
		return work{h.word, l}
	}
	return work{}
}

// lacksWork reports whether a clause surely does not write the work: it
// writes none of the words of its families in the clause's language, nor
// the word itself where it is in the work's language. A word the families
// do not know ("haulage") may be written in a word of another language
// the matcher cannot tell, as French writes "hosting" "hébergement".
func (c *scopeClause) lacksWork(w work) bool {
	words := familyWords(w.word, w.lang, c.lang)
	if c.lang == w.lang {
		words = append(words, w.word)
	}
	if w.word == "" || len(words) == 0 {
		return false
	}
	return !slices.ContainsFunc(words, func(h string) bool {
		hs := stemIn(c.lang, h)
		return slices.ContainsFunc(c.words, func(w string) bool { return strings.Contains(stemIn(c.lang, w), hs) })
	})
}

// knownOther reports whether the clause surely does another kind of work
// than the query names: the query's head is in a family of activities
// and the clause writes none of its words. Then what the clause acts on
// may be what the service acts on too ("télésurveillance des alarmes"
// for "Alarm installation"), and still the service is not provided.
func (c *scopeClause) knownOther(q query) bool {
	w := q.work()
	return c.lacksWork(w) && isActivityWord(w.word) && len(familyWords(w.word, w.lang, c.lang)) > 0
}

// thingOnly returns the clause that writes a keyword naming a thing
// ("cargas rodoviárias" for "Road haulage") only as what its activities
// act on, when each of those activities is surely another kind of work
// than the service's ("rastreamento", tracking, is no haulage) and no
// clause writes the service's work in any word of its family: the scope
// watches the cargo, it does not carry it. Providing activities
// (development, hosting, support) are left open, as what they provide
// may include the service's work.
func (ix *scopeIndex) thingOnly(q query) *scopeClause {
	if q.serviceWork.word == "" || q.narrower || !namesThing(q) {
		return nil
	}
	if slices.ContainsFunc(ix.clauses, func(c *scopeClause) bool { return !c.lacksWork(q.serviceWork) }) {
		return nil
	}
	return ix.onlyWhere(q, func(c *scopeClause, s string) bool { return c.actedOnByOther(s, q.serviceWork) })
}

// onlyWhere returns the last clause that writes a word of the query where
// ok holds of the clause and the word, when every clause writes every
// word of it, outside the customers, only where ok holds, and none writes
// one in another role or inside another word; nil otherwise.
func (ix *scopeIndex) onlyWhere(q query, ok func(c *scopeClause, s string) bool) *scopeClause {
	var found *scopeClause
	for _, c := range ix.clauses {
		if _, other := c.otherUse(q); other {
			return nil
		}
		for _, s := range q.terms() {
			if !c.positive[s] || c.customers[s] {
				continue
			}
			if !ok(c, s) {
				return nil
			}
			found = c
		}
	}
	return found
}

// actedOnByOther reports whether every phrase of the clause that writes
// stem s is what an activity acts on, of another kind of work than w and
// not one that provides the thing.
func (c *scopeClause) actedOnByOther(s string, w work) bool {
	for _, g := range c.segments {
		for k, p := range g.phrases {
			if !p.terms[s] {
				continue
			}
			by := actedBy(g.phrases, k)
			if !p.object || p.customer || by < 0 || c.provides(g.phrases[by], false) || !c.otherKindOfWork(g.phrases[by], w) {
				return false
			}
		}
	}
	return true
}

// qualifierOnly returns the clause that writes the words of a service
// named as a thing ("Health insurance") only to qualify another thing its
// activities act on ("administration of health insurance claims"), when
// no clause writes them elsewhere, in another role or inside another
// word: those are claims, and administering them provides no insurance.
// A name with a general word, a product or an action ("Network
// management", "Backup", "Payroll") is left open: acting on its things
// may be part of providing it.
func (ix *scopeIndex) qualifierOnly(q query) *scopeClause {
	if !q.core() || slices.ContainsFunc(slices.Collect(maps.Keys(q.kinds)), func(s string) bool { return q.kinds[s] != kindSpecific }) {
		return nil
	}
	for _, raw := range q.as {
		w := fold(strings.ToLower(raw))
		if actionNoun(q.written, w) || actionNoun(english, w) || isActivityWord(w) {
			return nil
		}
	}
	return ix.onlyWhere(q, func(c *scopeClause, s string) bool {
		return c.qualifiesObject(s, nil) && c.qualifiesOther(s, q)
	})
}

// workQualifierOnly returns the clause that writes the words of a
// service of physical work (transport, delivery, cleaning, installation,
// repair), its work among them, only to say whose paperwork another kind
// of work acts on ("conservazione dei documenti di trasporto", "archiving
// of transport documents" for "Freight transport"), when no clause writes
// them elsewhere, in another role or inside another word: keeping
// transport documents transports nothing. Keeping the records of work
// done on information ("storage of payroll records") may be part of it,
// and is left open, as is work that provides or manages the paperwork
// ("gestione", "development", "hosting") and work on what is no
// paperwork ("monitoring of backup jobs").
func (ix *scopeIndex) workQualifierOnly(q query) *scopeClause {
	w := q.serviceWork
	if w.word == "" {
		w = q.work()
	}
	if !q.core() || !physicalWork(w) {
		return nil
	}
	return ix.onlyWhere(q, func(c *scopeClause, s string) bool {
		return c.qualifiesObject(s, nil) && c.qualifiesPaperwork(s) && c.actedOnByOtherHead(s, w)
	})
}

// physicalWork reports whether w is in a family of work done on goods,
// places or machines rather than on information.
func physicalWork(w work) bool {
	return slices.ContainsFunc(familyIndex[w.lang][stemIn(w.lang, w.word)], func(i int) bool {
		return i < len(activityFamilies) && slices.Contains([]string{"haulage", "packing", "delivery", "cleaning", "installation", "repair"},
			strings.Fields(activityFamilies[i][english])[0])
	})
}

// qualifiesPaperwork reports whether every phrase of the clause that
// writes stem s says which documents or records another one names: s
// stands before the head of its phrase, which names them ("transport
// documents"), or its phrase is their complement ("documenti | di
// trasporto").
func (c *scopeClause) qualifiesPaperwork(s string) bool {
	for _, g := range c.segments {
		for k, p := range g.phrases {
			if !p.terms[s] {
				continue
			}
			before := len(p.heads) > 0 && !slices.Contains(p.heads, s) && c.paperwork(p)
			after := complementOfThing(g.phrases, k) && c.paperwork(g.phrases[k-1])
			if !before && !after {
				return false
			}
		}
	}
	return true
}

// paperwork reports whether a phrase is headed by a word of the families
// of documents and records.
func (c *scopeClause) paperwork(p phrase) bool {
	return slices.ContainsFunc(p.heads, func(h string) bool { return paperworkStem(c.lang, h) })
}

// paperworkStem reports whether a stem of language l is of the families
// of documents and records.
func paperworkStem(l lang, s string) bool {
	return slices.ContainsFunc(familyIndex[l][s], func(i int) bool {
		first := strings.Fields(families[i][english])[0]
		return first == "document" || first == "record"
	})
}

// complementOfThing reports whether phrase k follows "of" or its like
// after a phrase naming a thing, not an action, a product or customers:
// in "conservazione dei documenti di trasporto", "trasporto" says which
// documents.
func complementOfThing(phrases []phrase, k int) bool {
	if k == 0 || !phrases[k].object {
		return false
	}
	prev := phrases[k-1]
	return prev.object && !prev.activity && !prev.product && !prev.customer && len(prev.heads) > 0
}

// actedOnByOtherHead reports whether every phrase of the clause that
// writes stem s is acted on by an activity whose head word is of another
// kind of work than w, and provides no thing.
func (c *scopeClause) actedOnByOtherHead(s string, w work) bool {
	want := workKinds(w.word, w.lang)
	for _, g := range c.segments {
		for k, p := range g.phrases {
			if !p.terms[s] {
				continue
			}
			by := actedBy(g.phrases, k)
			if by < 0 || p.customer || c.provides(g.phrases[by], false) {
				return false
			}
			if !otherKinds(g.phrases[by].last, c.lang, want) {
				return false
			}
		}
	}
	return true
}

// qualifiesOther reports whether every phrase of the clause that writes
// stem s is headed by a word that is not the query's.
func (c *scopeClause) qualifiesOther(s string, q query) bool {
	for _, g := range c.segments {
		for _, p := range g.phrases {
			if p.terms[s] && (len(p.heads) == 0 || slices.ContainsFunc(p.heads, q.has)) {
				return false
			}
		}
	}
	return true
}

// qualifiesObject reports whether the clause writes stem s, wherever it
// writes it, in what an activity acts on and not as its head, unless
// asHead is set and the activity is of another kind of work than the one
// it names.
func (c *scopeClause) qualifiesObject(s string, asHead *query) bool {
	seen := false
	for _, g := range c.segments {
		for k, p := range g.phrases {
			if !p.terms[s] {
				continue
			}
			// What "the Statement of Applicability" names is no object
			// of an activity: the phrase before must read as an action.
			// Requests for a thing ("mortgage loan applications") may
			// be handled in providing it.
			by := actedBy(g.phrases, k)
			if !p.object || by < 0 || p.customer || p.request {
				return false
			}
			// Hosting or supporting a thing may well include the
			// service's work on it, and tracking it is much like
			// monitoring it; but watching it installs nothing. The
			// complement of a thing says which thing it is.
			if (slices.Contains(p.heads, s) || slices.Contains(p.also, s)) && !complementOfThing(g.phrases, k) && (asHead == nil || c.provides(g.phrases[by], false) || !c.otherKindOfWork(g.phrases[by], asHead.work())) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// actedBy returns the phrase of the activity that acts on phrase k,
// directly or through the objects between them: "collecting | of meter
// data | of smart meters"; -1 when none does.
func actedBy(phrases []phrase, k int) int {
	for j := k - 1; j >= 0; j-- {
		switch {
		case phrases[j].activity:
			return j
		case !phrases[j].object || phrases[j].customer:
			return -1
		}
	}
	return -1
}

// customerTerms returns the query's words the clause writes among its
// customers.
func customerTerms(c *scopeClause, q query) []string {
	return slices.DeleteFunc(slices.Clone(q.terms()), func(s string) bool { return !c.customers[s] })
}

// servesAsHead reports whether every word of the query the clause writes
// among its customers heads a phrase naming them after "for" or its like:
// "agents" of "for agents and merchants", not "housing" of "housing
// associations", nor those on whose behalf the activity is done.
func (c *scopeClause) servesAsHead(q query) bool {
	in := customerTerms(c, q)
	return len(in) > 0 && !slices.ContainsFunc(in, func(s string) bool {
		return !slices.ContainsFunc(c.segments, func(g *segment) bool {
			return slices.ContainsFunc(g.phrases, func(p phrase) bool { return p.customer && p.forPrep && stemIn(c.lang, p.last) == s })
		})
	})
}

// customersOnly returns the clause that names the service's words only
// among the customers it serves ("payroll services to housing
// associations" for housing management software), when no clause writes
// them elsewhere, in another role or inside another word: a scope that
// names its activities and its customers does not provide what its
// customers do. A general word or product of the service written
// elsewhere ("managed payroll" for "Housing management software") leaves
// the service open unless another of its words is missing from the scope:
// "Hospital IT" may be the "IT services for hospitals".
func (ix *scopeIndex) customersOnly(qs queries) *scopeClause {
	var found *scopeClause
	for _, c := range ix.clauses {
		q := qs[c.lang]
		if _, ok := c.otherUse(q); ok {
			return nil
		}
		specific, other, missing := false, false, false
		for s, k := range q.kinds {
			switch {
			case c.customers[s]:
				specific = specific || k == kindSpecific
			case c.positive[s] && c.onlyAsThing(s, q):
				missing = true
			case c.positive[s]:
				if k == kindSpecific {
					return nil
				}
				// "Telecommunications services" is no service the
				// "customer service for telecommunications operators"
				// provides: a word that says only that it is a service
				// holds nothing open.
				other = other || !emptyWords[fold(strings.ToLower(q.as[s]))]
			case slices.Contains(q.terms(), s):
				missing = true
			}
		}
		if other && !missing {
			return nil
		}
		if specific && found == nil {
			found = c
		}
	}
	return found
}

// onlyAsThing reports whether the clause writes stem s, the head of the
// query and an action ("leasing"), only as the thing that action is named
// after, qualifying another action: "lease administration" acts on
// leases, and names no leasing; "bank reconciliation" no banking. "Print
// services" may well be printing, and "map production" is mapping: an
// action that makes the thing is left open.
func (c *scopeClause) onlyAsThing(s string, q query) bool {
	if s != q.head {
		return false
	}
	w := fold(strings.ToLower(q.as[s]))
	if !actionNoun(q.written, w) {
		return false
	}
	seen := false
	for i, sw := range c.words {
		if stemIn(c.lang, sw) != s {
			continue
		}
		next := i + 1
		if c.lang.headFirst() {
			next = i - 1
		}
		if sw == w || actionNoun(c.lang, sw) || next < 0 || next >= len(c.words) || !actionNoun(c.lang, c.words[next]) ||
			makingWords[c.words[next]] {
			return false
		}
		seen = true
	}
	return seen
}

// makes reports whether a phrase writes the making of a thing.
func (c *scopeClause) makes(p phrase) bool {
	for w := range p.words {
		if makingWords[w] {
			return true
		}
	}
	return false
}

// makingWords name, in the seven languages, the making of a thing.
var makingWords = toSet(`production creation generation preparation design development drafting composition manufacturing
	making fabrication herstellung erstellung anfertigung produktion entwicklung realisation conception elaboration etablissement
	redaction produccion creacion elaboracion preparacion confeccion redaccion diseno desarrollo produzione creazione
	realizzazione preparazione allestimento redazione compilazione progettazione sviluppo
	productie vervaardiging ontwikkeling opstelling opstellen producao criacao elaboracao preparacao redacao desenvolvimento`)

// emptyWords say, in the seven languages, only that something is a
// service or a solution, and nothing of what it is.
var emptyWords = toSet(`service services solution solutions dienst dienste diensten dienstleistung dienstleistungen
	leistung leistungen losung losungen prestation prestations servicio servicios solucion soluciones servizio servizi
	soluzione soluzioni dienstverlening oplossing oplossingen servico servicos solucao solucoes`)

// namesService reports whether one list item of the clause names the service:
// step 6 of the package documentation.
func (c *scopeClause) namesService(q query) bool {
	terms := q.terms()
	if len(terms) == 0 || !termSet(c.positive).hasAll(terms) {
		return false
	}
	exempt, whole := c.nameTerms(q)
	if whole {
		return true
	}
	for _, s := range c.segments {
		if s.inUse {
			continue
		}
		if c.segmentNames(s, q, exempt) || len(exempt) > 0 && c.segmentNames(s, q, nil) {
			return true
		}
	}
	return false
}

// namesInUse reports whether the clause names the service only in a list
// item that teaches or helps with the use of what the scope provides
// ("the training of customer staff in its use" for a training service).
func (c *scopeClause) namesInUse(q query) bool {
	if !termSet(c.positive).hasAll(q.terms()) {
		return false
	}
	exempt, _ := c.nameTerms(q)
	return slices.ContainsFunc(c.segments, func(s *segment) bool { return s.inUse && c.segmentNames(s, q, exempt) })
}

// nameTerms returns the query's words that the clause writes as a name
// ("Dublin", "HR Cloud"): a site or product may stand anywhere in the
// clause. whole is set when the query is itself such a name of two words
// or more, written the same in the clause.
func (c *scopeClause) nameTerms(q query) (exempt map[string]bool, whole bool) {
	terms := q.terms()
	exempt = map[string]bool{}
	for _, run := range c.names {
		for _, s := range terms {
			if slices.Contains(run, s) {
				exempt[s] = true
			}
		}
		if len(terms) >= 2 && len(exempt) == len(terms) {
			for i := range run {
				if i+len(terms) <= len(run) && slices.Equal(run[i:i+len(terms)], terms) {
					return exempt, true
				}
			}
		}
	}
	if len(exempt) == len(terms) {
		return nil, false
	}
	return exempt, false
}

// segmentNames reports whether one list item names the query, its words
// in exempt standing anywhere.
func (c *scopeClause) segmentNames(s *segment, q query, exempt map[string]bool) bool {
	chain := append(slices.Clip(s.phrases), s.borrowed...)
	first := len(chain)
	inSpan := make([]bool, len(chain))
	product := false
	for _, qp := range q.phrases {
		var need []string
		for _, t := range qp {
			if !exempt[t] {
				need = append(need, t)
			}
		}
		if len(need) == 0 {
			continue
		}
		from, to, ok := span(chain, need)
		names := slices.ContainsFunc(need, func(t string) bool { return q.kinds[t] == kindProduct })
		if !ok || len(q.phrases) == 1 && slices.ContainsFunc(chain[from:to+1], func(p phrase) bool { return p.customer || p.serves || p.purpose && !names }) {
			// The customers an activity serves are not what it does,
			// unless the analyst names them too ("Software für
			// Arztpraxen"); nor is the work its product is made for,
			// unless the analyst names the product ("Port logistics
			// software").
			return false
		}
		first = min(first, from)
		for k := from; k <= to; k++ {
			inSpan[k] = true
			if chain[k].product && slices.ContainsFunc(need, func(t string) bool { return q.kinds[t] == kindProduct }) {
				product = true
			}
		}
	}
	if first == len(chain) {
		return false
	}
	if len(q.qualifiers) > 0 && (otherObject(chain, first, q) || c.otherKind(chain[first], q)) {
		return false
	}
	if q.workOnly && otherThing(chain, inSpan, q) {
		return false
	}
	does := c.productDoes(chain[first], q)
	// What stands before a linker is the management system, not the
	// activity: "the ISMS supporting ...".
	start := 0
	for k := first; k > 0; k-- {
		if chain[k].linked {
			start = k
			break
		}
	}
	// "Ontwikkeling en ondersteuning van patiëntendossiers" provides the
	// records themselves, not software for them, nor the product of
	// another ("aplicaciones de banca en línea").
	provided := (namesThing(q) || q.thing) && first > start && c.provides(chain[first-1], q.manages)
	if provided && !c.provides(chain[first-1], false) && c.handlings() < 2 {
		// Validating meter data is part of managing it; gathering
		// and validating it, more than a part.
		provided = false
	}
	last := first
	for k := start; k < len(chain) && (k < first || inSpan[k]); k++ {
		if chain[k].product {
			provided = false
		}
		last = max(last, k)
	}
	if provided && first > start && c.makes(chain[first-1]) && last+1 < len(chain) && chain[last+1].object && !chain[last+1].customer {
		// "elaboração de certificados de conformidade" makes
		// certificates of a kind the service's name does not say;
		// "des déclarations fiscales des particuliers" says whose.
		if _, whose := customerWord(chain[last+1].last); !whose {
			provided = false
		}
	}
	for k, p := range chain {
		if k < start || k < first && (product || p.hosting && does || provided && c.provides(p, q.manages) || k+1 < len(chain) && facility(p, chain[k+1])) {
			continue
		}
		if (k < first || inSpan[k]) && len(p.heads) > 0 && !slices.ContainsFunc(p.heads, q.has) && !slices.ContainsFunc(p.also, q.has) {
			return false
		}
	}
	return true
}

// writesWhole reports whether the clause writes a name made of a word
// for customers and one that says "service" ("customer service", "service
// client") as written, ending a phrase: serving customers is an activity
// of its own, though each word is a general one. "Customer service desk"
// is a desk, and "Managed services" says nothing of what is managed.
func (c *scopeClause) writesWhole(q query) bool {
	var words []string
	customer := false
	for _, t := range tokenize(q.text) {
		switch {
		case customerNouns[t.word] && !customer:
			customer = true
		case !emptyWords[t.word] && !c.loc.lexicon.stop[t.word] && !c.loc.preps[t.word]:
			return false
		}
		words = append(words, t.word)
	}
	n := len(words)
	if n < 2 || !customer {
		return false
	}
	for i := 0; i+n <= len(c.words); i++ {
		if !slices.Equal(c.words[i:i+n], words) {
			continue
		}
		if i+n == len(c.words) || c.loc.lexicon.stop[c.words[i+n]] || c.loc.preps[c.words[i+n]] {
			return true
		}
	}
	return false
}

// centreWords name, in the seven languages, a place where an activity
// is done.
var centreWords = toSet(`centre center centres centers zentrum zentrale centro centri centros centrum`)

// facility reports whether phrase p names only the place where the
// activity of the phrase after it is done: running a "centre de
// télésurveillance" is remote monitoring, a "training centre" training.
func facility(p, next phrase) bool {
	if len(p.words) == 0 || !next.object || !next.activity {
		return false
	}
	for w := range p.words {
		if !centreWords[w] {
			return false
		}
	}
	return true
}

// otherObject reports whether the phrase after the one naming a narrower
// keyword says the activity acts on something the service's name does not:
// "switching of claims" is not "Payment switching".
func otherObject(chain []phrase, first int, q query) bool {
	if first+1 >= len(chain) || !chain[first+1].object || len(chain[first+1].heads) == 0 {
		return false
	}
	return !slices.ContainsFunc(q.qualifiers, func(s string) bool { return chain[first+1].terms[s] })
}

// otherThing reports whether the phrase after those naming a keyword
// that names only the service's work says what the work is done on, and
// none of the words of the service's name does: "digitalización de
// manifiestos de carga" digitises one kind of record, which may or may
// not be the "Document digitisation service" bought.
func otherThing(chain []phrase, inSpan []bool, q query) bool {
	end := slices.Index(inSpan, true)
	for end >= 0 && end+1 < len(chain) && inSpan[end+1] {
		end++
	}
	if end < 0 || end+1 >= len(chain) {
		return false
	}
	next := chain[end+1]
	return next.object && !next.customer && len(next.heads) > 0 && !slices.ContainsFunc(q.nameWords, func(s string) bool { return next.terms[s] })
}

// otherKind reports whether the phrase naming a narrower keyword
// qualifies it with words of its own, and the clause holds none of the
// words that qualify it in the service's name: "month-end close support"
// is another support than "IT support", and "maintenance reserve
// accounting" another accounting than "Financial accounting"; but the
// "penetration testing" of a clause on security may be "Security testing".
func (c *scopeClause) otherKind(p phrase, q query) bool {
	l := c.lang
	if slices.ContainsFunc(q.qualifiers, func(s string) bool { return c.positive[s] }) {
		return false
	}
	at := slices.IndexFunc(p.order, q.has)
	if at < 0 {
		return false
	}
	side := p.order[:at]
	if l.headFirst() {
		side = p.order[at+1:]
	}
	// "Cool-store inventory" is the inventory of a store, as "Cold-store
	// inventory" is: a compound ending as a qualifier of the name does
	// qualify it the same way.
	sameHead := func(s string) bool {
		return slices.ContainsFunc(q.qualifiers, func(w string) bool {
			return len(s) >= 4 && len(w) >= 4 && s[len(s)-4:] == w[len(w)-4:]
		})
	}
	return slices.ContainsFunc(side, func(s string) bool { return !q.has(s) && !sameHead(s) })
}

// productDoes reports whether a phrase of the clause names a product by what it does
// and that is all the query names ("vessel tracking software" for "Vessel
// tracking"), so that hosting the product provides the service. A keyword
// narrower than the service's name does not: "payroll" for "Payroll
// processing" names the product, not the processing.
func (c *scopeClause) productDoes(p phrase, q query) bool {
	if !p.product || q.narrower || len(q.phrases) != 1 {
		return false
	}
	// A keyword that names what the service's work is done on ("mortgage
	// loan" for "Mortgage lending") names a product for that thing,
	// which does not do the work unless its name says so.
	if w := q.serviceWork; w.word != "" {
		words := familyWords(w.word, w.lang, c.lang)
		if w.lang == c.lang {
			words = append(words, w.word)
		}
		if !slices.ContainsFunc(words, func(h string) bool { return p.terms[stemIn(c.lang, h)] }) {
			return false
		}
	}
	for s := range q.kinds {
		if !p.terms[s] {
			return false
		}
	}
	return true
}

// span finds the phrases of a chain that hold every stem of need: one
// phrase, or two neighbouring ones not parted by a linker.
func span(chain []phrase, need []string) (from, to int, ok bool) {
	for k, p := range chain {
		if p.terms.hasAll(need) {
			return k, k, true
		}
	}
	for k := 0; k+1 < len(chain); k++ {
		if chain[k+1].linked {
			continue
		}
		both := true
		for _, t := range need {
			if !chain[k].terms[t] && !chain[k+1].terms[t] {
				both = false
				break
			}
		}
		if both {
			return k, k + 1, true
		}
	}
	return 0, 0, false
}

// otherUse reports a word of the query the clause uses in another role
// ("supporting", the "cloud" of "cloud-based") or holds inside a longer
// word ("data" in "database").
func (c *scopeClause) otherUse(q query) (string, bool) {
	for _, r := range c.roles {
		if k, ok := q.kinds[r.stem]; ok && k != kindGeneric {
			return fmt.Sprintf("%q appears only in %q, which %s", q.as[r.stem], r.text, r.why), true
		}
	}
	for _, w := range q.words {
		for _, sw := range c.words {
			// A word inside the name of the customers is judged as
			// the customers: "thuiszorg" of "thuiszorgorganisaties".
			// Nor is a word in another form of it ("alarms").
			if len(sw) > len(w) && strings.Contains(sw, w) && !c.customerCompound(sw, w) && !c.customers[stemIn(c.lang, sw)] &&
				stemIn(c.lang, sw) != stemIn(c.lang, w) {
				return fmt.Sprintf("%q appears only inside the word %q", w, sw), true
			}
		}
	}
	return "", false
}

// isName reports whether the clause writes stem s as a name.
func (c *scopeClause) isName(s string) bool {
	return slices.ContainsFunc(c.names, func(run []string) bool { return slices.Contains(run, s) })
}

// joinedFrom reports whether stem s is two of the query's words written
// together ("cloudhost" from "cloud hosting"), which is no extra word.
func joinedFrom(s string, q query) bool {
	for a := range q.kinds {
		if rest, ok := strings.CutPrefix(s, a); ok && rest != "" && q.has(rest) {
			return true
		}
	}
	return false
}

// namedLimit returns a limitation naming a site or product that the query
// does not name and was not matched within, if one applies to the clause
// the query matched best: a limitation of that clause, or one that limits
// the whole scope.
func (ix *scopeIndex) namedLimit(q query, terms []string, best *scopeClause) *limitation {
	for _, c := range ix.clauses {
		for i, l := range c.limits {
			if len(l.names) == 0 || l.terms.hasAll(terms) || !l.global && c != best {
				continue
			}
			for _, n := range l.names {
				if !q.has(n) {
					return &c.limits[i]
				}
			}
		}
	}
	return nil
}

// blanket returns the first clause that covers everything it describes.
func (ix *scopeIndex) blanket() *scopeClause {
	for _, c := range ix.clauses {
		if c.blanket {
			return c
		}
	}
	return nil
}

// genericOnly finds a clause matching only the query's general stems, when
// the query has others: a match on "services" alone. Of several it prefers
// one written in general terms only.
func (ix *scopeIndex) genericOnly(qs queries) (*scopeClause, []string) {
	var first *scopeClause
	var firstIn []string
	for _, c := range ix.clauses {
		q := qs[c.lang]
		if len(q.required) == 0 {
			return nil, nil
		}
		if in, _ := termSet(c.positive).count(q.generic); len(in) > 0 {
			if c.specific == 0 {
				return c, in
			}
			if first == nil {
				first, firstIn = c, in
			}
		}
	}
	return first, firstIn
}
