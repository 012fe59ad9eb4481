package scope

import (
	"slices"
	"strings"
)

// A family holds the words that name one thing or activity, language by
// language, lower case and without accents: "freight" and "shipments" in
// English, "Sendung" in German, "envíos" in Spanish. The families let a
// service named in one language meet a scope written in another, and a
// service named by one word meet a scope that uses its twin ("freight
// invoicing", "invoicing of grain shipments"). A family holds only words
// an analyst would read as the same thing in a certificate scope, never
// a wider field ("santé" is not "medical").
type family [numLangs]string

var families = slices.Concat(activityFamilies, thingFamilies)

// activityFamilies name what is done; thingFamilies what it is done to,
// or for.
var activityFamilies = []family{
	// What is done.
	{english: `storage`, german: `speicherung aufbewahrung lagerung`, french: `stockage conservation`,
		spanish: `almacenamiento custodia conservacion`, italian: `conservazione archiviazione memorizzazione`,
		dutch: `opslag bewaring opslaan bewaren`, portuguese: `armazenamento custodia conservacao`},
	{english: `collection collecting`, german: `inkasso`, french: `encaissement recouvrement`,
		spanish: `cobro cobros cobranza recaudacion`, italian: `riscossione incasso incassi`, dutch: `incasso inning`,
		portuguese: `cobranca`},
	{english: `invoicing billing`, german: `fakturierung rechnungsstellung abrechnung verrechnung`, french: `facturation`,
		spanish: `facturacion`, italian: `fatturazione`, dutch: `facturatie facturering`, portuguese: `faturacao faturamento`},
	{english: `tracking tracing`, german: `verfolgung nachverfolgung`, french: `suivi tracabilite`,
		spanish: `seguimiento trazabilidad rastreo`, italian: `tracciamento tracciabilita`, dutch: `tracking`,
		portuguese: `rastreamento rastreio`},
	{english: `support`, german: `support betreuung unterstutzung`, french: `support assistance`,
		spanish: `soporte asistencia`, italian: `supporto assistenza`, dutch: `ondersteuning support`,
		portuguese: `suporte apoio assistencia`},
	{english: `maintenance`, german: `wartung instandhaltung`, french: `maintenance`, spanish: `mantenimiento`,
		italian: `manutenzione`, dutch: `onderhoud`, portuguese: `manutencao`},
	{english: `development`, german: `entwicklung`, french: `developpement`, spanish: `desarrollo`, italian: `sviluppo`,
		dutch: `ontwikkeling`, portuguese: `desenvolvimento`},
	{english: `consulting consultancy advice advisory`, german: `beratung`, french: `conseil`, spanish: `consultoria asesoramiento`,
		italian: `consulenza`, dutch: `advies advisering consultancy`, portuguese: `consultoria aconselhamento`},
	{english: `training`, german: `schulung schulungen ausbildung weiterbildung`, french: `formation`, spanish: `formacion capacitacion`,
		italian: `formazione addestramento`, dutch: `training opleiding opleidingen`, portuguese: `formacao treinamento capacitacao`},
	{english: `gathering capture`, german: `erfassung erhebung`, french: `collecte`, spanish: `recopilacion recogida captura`,
		italian: `raccolta acquisizione`, dutch: `verzamelen verzameling`, portuguese: `recolha`},
	{english: `validation validating verification`, german: `validierung plausibilisierung`, french: `validation verification`,
		spanish: `validacion verificacion`, italian: `validazione verifica`, dutch: `valideren validatie`,
		portuguese: `validacao verificacao`},
	{english: `implementation deployment`, german: `implementierung einfuhrung`, french: `implementation deploiement`,
		spanish: `implementacion implantacion despliegue`, italian: `implementazione`, dutch: `implementatie`,
		portuguese: `implementacao implantacao`},
	{english: `installation`, german: `installation montage`, french: `installation`, spanish: `instalacion`,
		italian: `installazione`, dutch: `installatie montage`, portuguese: `instalacao`},
	{english: `hosting`, german: `hosting`, french: `hebergement`, spanish: `alojamiento hospedaje hosting`, italian: `hosting`,
		dutch: `hosting`, portuguese: `alojamento hospedagem hosting`},
	{english: `backup backups`, german: `datensicherung backup backups`, french: `sauvegarde sauvegardes`,
		spanish: `backup respaldo`, italian: `backup salvataggio`, dutch: `backup backups`,
		portuguese: `backup backups salvaguarda`},
	{english: `archiving archive archival`, german: `archivierung archiv`, french: `archivage`, spanish: `archivo archivado`,
		italian: `archiviazione`, dutch: `archivering archief`, portuguese: `arquivo arquivamento`},
	{english: `printing print`, german: `druck drucken`, french: `impression`, spanish: `impresion`, italian: `stampa`,
		dutch: `printen drukwerk`, portuguese: `impressao`},
	{english: `scanning digitisation digitization`, german: `digitalisierung scannen`, french: `numerisation`,
		spanish: `digitalizacion escaneo`, italian: `digitalizzazione scansione`, dutch: `digitalisering scannen`,
		portuguese: `digitalizacao`},
	{english: `transcription`, german: `transkription`, french: `transcription`, spanish: `transcripcion`,
		italian: `trascrizione`, dutch: `transcriptie`, portuguese: `transcricao`},
	{english: `translation`, german: `ubersetzung`, french: `traduction`, spanish: `traduccion`, italian: `traduzione`,
		dutch: `vertaling`, portuguese: `traducao`},
	{english: `recruitment recruiting`, german: `personalvermittlung rekrutierung personalbeschaffung`, french: `recrutement`,
		spanish: `seleccion reclutamiento`, italian: `selezione reclutamento`, dutch: `werving`, portuguese: `recrutamento`},
	{english: `monitoring`, german: `uberwachung monitoring`, french: `surveillance supervision telesurveillance`, spanish: `monitorizacion supervision`,
		italian: `monitoraggio telesorveglianza`, dutch: `bewaking monitoring`, portuguese: `monitorizacao monitoramento`},
	{english: `filtering`, german: `filterung`, french: `filtrage`, spanish: `filtrado`, italian: `filtraggio`, dutch: `filtering`,
		portuguese: `filtragem`},
	{english: `cleaning`, german: `reinigung`, french: `nettoyage`, spanish: `limpieza`, italian: `pulizia`, dutch: `schoonmaak reiniging`,
		portuguese: `limpeza`},
	{english: `packing packaging`, german: `verpackung`, french: `emballage conditionnement`, spanish: `embalaje envasado`,
		italian: `imballaggio confezionamento`, dutch: `verpakking`, portuguese: `embalagem`},
	{english: `delivery distribution`, german: `zustellung auslieferung`, french: `livraison`, spanish: `reparto`, italian: `consegna`,
		dutch: `bezorging`, portuguese: `entrega`},
	{english: `accounting bookkeeping`, german: `buchhaltung`, french: `comptabilite`, spanish: `contabilidad`, italian: `contabilita`,
		dutch: `boekhouding`, portuguese: `contabilidade`},
	{english: `shredding destruction`, german: `vernichtung aktenvernichtung`, french: `destruction`, spanish: `destruccion`,
		italian: `distruzione`, dutch: `vernietiging`, portuguese: `destruicao`},
	{english: `audit auditing`, german: `wirtschaftsprufung abschlussprufung`, french: `audit`, spanish: `auditoria`,
		italian: `revisione`, dutch: `accountantscontrole`, portuguese: `auditoria`},
	{english: `haulage transport transportation carriage trucking`, german: `transport beforderung spedition`,
		french: `transport acheminement`, spanish: `transporte acarreo`, italian: `trasporto autotrasporto`,
		dutch: `vervoer transport`, portuguese: `transporte`},
	{english: `calculation calculating computation`, german: `berechnung berechnungen`, french: `calcul calculs`,
		spanish: `calculo calculos`, italian: `calcolo calcoli`, dutch: `berekening berekeningen`, portuguese: `calculo calculos`},
	{english: `sales selling`, german: `vertrieb verkauf`, french: `vente commercialisation`, spanish: `venta ventas comercializacion`,
		italian: `vendita commercializzazione`, dutch: `verkoop`, portuguese: `venda vendas comercializacao`},
	{english: `testing`, german: `testen testung`, french: `essais recette`, spanish: `pruebas`, italian: `collaudo`,
		dutch: `testen`, portuguese: `testes`},
	{english: `repair repairs`, german: `reparatur reparaturen instandsetzung`, french: `reparation reparations`,
		spanish: `reparacion reparaciones`, italian: `riparazione riparazioni`, dutch: `reparatie reparaties`,
		portuguese: `reparacao reparacoes reparo reparos`},
	{english: `payroll`, german: `lohnabrechnung gehaltsabrechnung entgeltabrechnung lohnverrechnung gehaltsverrechnung`, french: `paie`, spanish: `nomina nominas`,
		italian: `paghe`, dutch: `salarisadministratie salarisverwerking loonadministratie`, portuguese: `folha`},
}

var thingFamilies = []family{
	{english: `freight shipment shipments cargo consignment consignments`, german: `fracht sendung sendungen`,
		french: `fret expedition expeditions envoi envois`, spanish: `flete envio envios`,
		italian: `spedizione spedizioni`, dutch: `vracht zending zendingen lading`,
		portuguese: `frete remessa remessas`},
	{english: `user users`, german: `anwender benutzer nutzer`, french: `utilisateur utilisateurs`, spanish: `usuario usuarios`,
		italian: `utente utenti`, dutch: `gebruiker gebruikers`, portuguese: `usuario usuarios utilizador utilizadores`},
	{english: `email`, german: `email`, french: `email courriel`, spanish: `email`, italian: `email`,
		dutch: `email`, portuguese: `email`},
	{english: `centre center centres centers`, german: `center centre zentrum`, french: `centre centres`,
		spanish: `centro centros center`, italian: `centro centri center`, dutch: `center centrum centre`,
		portuguese: `centro centros center`},
	{english: `warehouse warehousing`, german: `lager lagerhaltung`, french: `entrepot entreposage`, spanish: `almacen`,
		italian: `magazzino`, dutch: `magazijn`, portuguese: `armazem`},
	{english: `inventory`, german: `bestand bestande`, french: `inventaire stock stocks`, spanish: `inventario inventarios`,
		italian: `inventario`, dutch: `voorraad`, portuguese: `inventario estoque stock`},
	{english: `pension pensions`, german: `rente renten pension`, french: `retraite retraites pension`, spanish: `pension pensiones`,
		italian: `pensione pensioni`, dutch: `pensioen pensioenen`, portuguese: `pensao pensoes`},
	{english: `medical clinical`, german: `medizinisch klinisch`, french: `medical clinique`, spanish: `medico clinico`,
		italian: `medico clinico`, dutch: `medisch klinisch`, portuguese: `medico clinico`},
	{english: `record records`, german: `akte akten`, french: `dossier dossiers`, spanish: `expediente expedientes`,
		italian: `cartella cartelle fascicolo`, dutch: `dossier dossiers`, portuguese: `registo registos`},
	{english: `document documents`, german: `dokument dokumente`, french: `document documents`, spanish: `documento documentos`,
		italian: `documento documenti`, dutch: `document documenten`, portuguese: `documento documentos`},
	{english: `data`, german: `daten`, french: `donnees`, spanish: `datos`, italian: `dati`, dutch: `gegevens data`,
		portuguese: `dados`},
	{english: `transaction transactions`, german: `transaktion transaktionen`, french: `transaction transactions`,
		spanish: `transaccion transacciones`, italian: `transazione transazioni`, dutch: `transactie transacties`,
		portuguese: `transacao transacoes`},
	{english: `mandate mandates`, german: `mandat mandate`, french: `mandat mandats`, spanish: `mandato mandatos`,
		italian: `mandato mandati`, dutch: `machtiging machtigingen mandaat`, portuguese: `mandato mandatos`},
}

// ofWords join a head to what it acts on in the languages that put the
// head first: "custodia de mandatos".
var ofWords = [numLangs]string{english: "of", german: "von", french: "de", spanish: "de", italian: "di", dutch: "van", portuguese: "de"}

// familyIndex finds, language by language, the families a stem is in.
var familyIndex = func() [numLangs]map[string][]int {
	var ix [numLangs]map[string][]int
	for l := range numLangs {
		ix[l] = map[string][]int{}
		for i, f := range families {
			for _, w := range strings.Fields(f[l]) {
				s := stemIn(l, w)
				if !slices.Contains(ix[l][s], i) {
					ix[l][s] = append(ix[l][s], i)
				}
			}
		}
	}
	return ix
}()

// familyLangs holds, for each word the families list, the languages
// they list it in.
var familyLangs = func() map[string][]lang {
	out := map[string][]lang{}
	for _, f := range families {
		for l := range numLangs {
			for _, w := range strings.Fields(f[l]) {
				if !slices.Contains(out[w], l) {
					out[w] = append(out[w], l)
				}
			}
		}
	}
	return out
}()

// familyLanguage tells the language of a text that shows no sign of one
// when every word of it is one the families list in that language only,
// and not in English: "vernietiging" is Dutch, "revisione" Italian. A
// word shared by languages ("support", "audit") tells nothing.
func familyLanguage(toks []token) (lang, bool) {
	found, ok := english, false
	for _, t := range toks {
		ls := familyLangs[t.word]
		if len(ls) != 1 || ls[0] == english || ok && ls[0] != found {
			return english, false
		}
		found, ok = ls[0], true
	}
	return found, ok
}

// isActivityWord reports whether a word is one the activity families list
// in some language: "backup", "Wartung", "paie".
func isActivityWord(w string) bool {
	return slices.ContainsFunc(activityFamilies, func(f family) bool {
		return slices.ContainsFunc(f[:], func(ws string) bool { return slices.Contains(strings.Fields(ws), w) })
	})
}

// kindsOfWork group the activity families, by their first English word,
// into kinds of work an analyst tells apart at a glance: watching a thing
// is not installing it, nor storing it invoicing it. Families of one kind
// ("tracking", "monitoring") may name the same work, and gathering,
// validating and storing data are all handling it.
var kindsOfWork = [][]string{
	{"tracking", "monitoring", "filtering", "validation", "audit"},
	{"storage", "archiving", "backup", "hosting", "scanning", "gathering", "validation"},
	{"development", "implementation", "installation", "maintenance", "support", "cleaning"},
	{"collection", "invoicing", "accounting", "payroll"},
	{"consulting", "training", "support"},
	{"transcription", "translation", "printing", "scanning"},
	{"packing", "delivery", "haulage"},
	{"shredding"},
	{"recruitment"},
}

// workKinds returns the kinds of work of the activity families word w
// of language l is in.
func workKinds(w string, l lang) []int {
	var out []int
	for _, i := range familyIndex[l][stemIn(l, w)] {
		if i >= len(activityFamilies) {
			continue
		}
		first := strings.Fields(activityFamilies[i][english])[0]
		for k, kind := range kindsOfWork {
			if slices.Contains(kind, first) && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// otherKindOfWork reports whether the activity phrase p is surely another
// kind of work than w: each of them is in an activity family, and no kind
// of work holds both.
func (c *scopeClause) otherKindOfWork(p phrase, w work) bool {
	want := workKinds(w.word, w.lang)
	if len(want) == 0 || len(p.words) == 0 {
		return false
	}
	seen := false
	for w := range p.words {
		if c.loc.lexicon.stop[w] {
			continue
		}
		if !otherKinds(w, c.lang, want) {
			return false
		}
		seen = true
	}
	return seen
}

// otherKinds reports whether word w of language l is in an activity
// family and in none of the kinds of work want.
func otherKinds(w string, l lang, want []int) bool {
	got := workKinds(w, l)
	return len(got) > 0 && !slices.ContainsFunc(got, func(k int) bool { return slices.Contains(want, k) })
}

// familyWords returns the words, in language to, of the families word w
// of language from is in; nil when it is in none.
func familyWords(w string, from, to lang) []string {
	var out []string
	for _, i := range familyIndex[from][stemIn(from, w)] {
		for _, v := range strings.Fields(families[i][to]) {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// twinTexts names the service again with one of its words replaced by a
// twin of its language ("shipment invoicing" for "Freight invoicing"):
// each is another way of naming it.
func twinTexts(service string) []string {
	toks := tokenize(service)
	l, _ := detect(toks)
	var out []string
	for i, t := range toks {
		for _, w := range familyWords(t.word, l, l) {
			if stemIn(l, w) == stemIn(l, t.word) {
				continue
			}
			words := make([]string, len(toks))
			for k, u := range toks {
				words[k] = u.raw
			}
			words[i] = w
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

// itWords write out, language by language, what the acronyms IT and ICT
// stand for in a certificate scope: "sistemi informativi",
// "Informationstechnik", "systèmes d'information".
var itWords = [numLangs][]string{
	english:    {"information technology", "information systems"},
	german:     {"Informationstechnik", "Informationstechnologie", "Informationssysteme", "Informatik"},
	french:     {"informatique", "systèmes d'information"},
	spanish:    {"informática", "sistemas de información", "tecnologías de la información"},
	italian:    {"informatica", "sistemi informativi"},
	dutch:      {"informatietechnologie", "informatiesystemen", "informatica"},
	portuguese: {"informática", "sistemas de informação", "tecnologias da informação"},
}

// acronymReadings name a service whose name holds the acronym IT or ICT
// again with it written out in the language of each clause of the scope
// that writes the rest of the name, what it acts on after the rest
// ("IT outsourcing" as "outsourcing di sistemi informativi"), and, where
// the head comes last, before it as well ("Informatik Outsourcing").
func acronymReadings(service string, ix *scopeIndex) []string {
	toks := tokenize(service)
	at := slices.IndexFunc(toks, func(t token) bool { return t.upper && (t.word == "it" || t.word == "ict") })
	if at < 0 || len(toks) < 2 {
		return nil
	}
	var rest []string
	for i, t := range toks {
		if i != at {
			rest = append(rest, t.raw)
		}
	}
	other := strings.Join(rest, " ")
	var out []string
	var seen []lang
	for _, c := range ix.clauses {
		// The rest of the name, general words too, must be written as
		// it is: "Beheer van informatiesystemen" outsources nothing.
		if slices.Contains(seen, c.lang) || slices.ContainsFunc(toks, func(t token) bool {
			return t.word != toks[at].word && !c.loc.stop(t) && !c.positive[stemIn(c.lang, t.word)]
		}) {
			continue
		}
		seen = append(seen, c.lang)
		for _, w := range itWords[c.lang] {
			out = append(out, other+" "+ofWords[c.lang]+" "+w)
			if !c.lang.headFirst() {
				out = append(out, w+" "+other)
			}
		}
	}
	return out
}

// headTranslations read a keyword written in another language than the
// service's name with the head of that name in the keyword's language:
// "mandatos SEPA" for "Mandate storage" is what a Spanish scope writes
// "custodia de mandatos SEPA". The keyword's language is that of a
// clause of the scope; a head-first language puts the head before the
// keyword, the others after it.
func headTranslations(service string, keywords []string, ix *scopeIndex) []string {
	toks := tokenize(service)
	written, _ := detect(toks)
	head, ok := serviceHead(toks, written)
	if !ok {
		return nil
	}
	var out []string
	var langs []lang
	for _, c := range ix.clauses {
		if !slices.Contains(langs, c.lang) {
			langs = append(langs, c.lang)
		}
	}
	for _, l := range langs {
		if l == written {
			continue
		}
		heads := familyWords(head.word, written, l)
		for _, k := range keywords {
			kt := tokenize(k)
			if slices.ContainsFunc(kt, func(t token) bool {
				return slices.ContainsFunc(heads, func(h string) bool { return stemIn(l, h) == stemIn(l, t.word) })
			}) {
				continue
			}
			if !ix.mayBeIn(kt, toks, l) {
				continue
			}
			for _, h := range heads {
				if l.headFirst() {
					out = append(out, h+" "+ofWords[l]+" "+k)
				} else {
					out = append(out, k+" "+h)
				}
			}
		}
	}
	return out
}

// mayBeIn reports whether a keyword may be written in language l: it
// shows it, or shows no language but ends as its words do ("mandatos
// SEPA", acronyms aside), or a clause in l writes all its words
// ("Messdaten"). A keyword that repeats a word of a name written in
// another language ("email" for "Email archiving") is in the name's.
func (ix *scopeIndex) mayBeIn(toks, name []token, l lang) bool {
	if kl, ok := detect(toks); ok {
		return kl == l
	}
	if slices.Contains(candidates(slices.DeleteFunc(slices.Clone(toks), func(t token) bool { return t.upper })), l) {
		return true
	}
	if slices.ContainsFunc(toks, func(t token) bool {
		return slices.ContainsFunc(name, func(n token) bool { return n.word == t.word })
	}) {
		return false
	}
	return slices.ContainsFunc(ix.clauses, func(c *scopeClause) bool {
		return c.lang == l && !slices.ContainsFunc(toks, func(t token) bool { return !slices.Contains(c.words, t.word) })
	})
}

// serviceHead returns the head of a service's name: its last specific
// word, or its first in a language that puts the head first, when the
// name has two specific words or more.
func serviceHead(toks []token, written lang) (token, bool) {
	lc := locales[written]
	var specific []token
	for _, t := range toks {
		if !lc.stop(t) && !lc.preps[t.word] && !lc.generic(t) && !productWords[t.word] && !modifierWords[t.word] {
			specific = append(specific, t)
		}
	}
	if len(specific) < 2 {
		return token{}, false
	}
	if written.headFirst() {
		return specific[0], true
	}
	return specific[len(specific)-1], true
}

// compoundReadings read a German or Dutch name the other way a scope may
// write it: a compound as its head and what it acts on
// ("Sendungsverfolgung" as "Verfolgung von Sendung", "meetgegevensbeheer"
// as "beheer van meetgegevens"), and such a phrase as a compound
// ("Verarbeitung von Daten" as "Datenverarbeitung"). Only a text that may
// be in the language of one of the scope's clauses is read so.
func compoundReadings(text string, name []token, ix *scopeIndex) []string {
	toks := tokenize(text)
	var out []string
	for _, l := range []lang{german, dutch} {
		if !slices.ContainsFunc(ix.clauses, func(c *scopeClause) bool { return c.lang == l }) || !ix.mayBeIn(toks, name, l) {
			continue
		}
		lc := locales[l]
		var content []token
		for _, t := range toks {
			if !lc.stop(t) && !lc.preps[t.word] {
				content = append(content, t)
			}
		}
		switch len(content) {
		case 1:
			if first, tail, ok := splitCompound(content[0].word, l); ok {
				out = append(out, tail+" "+ofWords[l]+" "+first)
			}
		case 2:
			if len(toks) == 3 && lc.preps[toks[1].word] {
				head, first := content[0].word, content[1].word
				out = append(out, first+head)
				// "Sendungen" joins as "Sendungs-".
				if s, ok := strings.CutSuffix(first, "en"); ok && slices.ContainsFunc(compoundJoints, func(j string) bool { return strings.HasSuffix(s, j) }) {
					out = append(out, s+"s"+head)
				} else if slices.ContainsFunc(compoundJoints, func(j string) bool { return strings.HasSuffix(first, j) }) {
					out = append(out, first+"s"+head)
				}
			}
		}
	}
	return out
}

// splitCompound splits a German or Dutch compound into what its head acts
// on and the head: at a joint only German writes ("Sendungs|verfolgung"),
// or before the longest head the families or general words of the
// language know ("meetgegevens|beheer"). The first part keeps four
// letters at least.
func splitCompound(w string, l lang) (first, tail string, ok bool) {
	if l == german {
		for _, j := range germanJoints {
			if i := strings.Index(w, j); i > 0 && i+len(j)+4 <= len(w) {
				return w[:i+len(j)-1], w[i+len(j):], true
			}
		}
	}
	var heads []string
	for _, f := range families {
		heads = append(heads, strings.Fields(f[l])...)
	}
	for g := range lexicons[l].generic {
		heads = append(heads, g)
	}
	slices.SortFunc(heads, func(a, b string) int { return len(b) - len(a) })
	for _, h := range heads {
		if rest, found := strings.CutSuffix(w, h); found && len(h) >= 4 && len(rest) >= 4 {
			return rest, h, true
		}
	}
	return "", "", false
}

// providing are the activity families that make, run or keep a thing
// for its users: development, implementation, maintenance, support and
// hosting of electronic patient records provide those records.
var providing = func() []int {
	var out []int
	for i, f := range activityFamilies {
		for _, w := range []string{"development", "implementation", "maintenance", "support", "hosting"} {
			if slices.Contains(strings.Fields(f[english]), w) {
				out = append(out, i)
			}
		}
	}
	return out
}()

// handling are the activity families that, besides providing, manage
// what a service named "... management" manages: gathering, validating,
// storing and archiving meter data manage meter data.
var handling = func() []int {
	out := slices.Clone(providing)
	for i, f := range activityFamilies {
		for _, w := range []string{"storage", "gathering", "validation", "archiving"} {
			if slices.Contains(strings.Fields(f[english]), w) {
				out = append(out, i)
			}
		}
	}
	return out
}()

// managementWords head the name of a service that manages something
// ("Meter data management", "gestion des dossiers").
var managementWords = toSet(`management administration handling beheer verwaltung gestion gestione gestao administratie`)

// managesThing reports whether a service's name says it manages what it
// names: its head is one of managementWords, or it opens the name with
// what it manages after it ("Gestion des agents", "Management of
// agents"), in whichever language the name's small words suggest.
func managesThing(service string) bool {
	toks := tokenize(service)
	if len(toks) < 2 {
		return false
	}
	l, _ := detect(toks)
	head := toks[len(toks)-1]
	if l.headFirst() {
		head = toks[0]
	}
	return managementWords[head.word] || len(toks) >= 3 && managementWords[toks[0].word] && objectPreps[toks[1].word]
}

// provides reports whether a phrase is only activities that provide a
// thing, in its clause's language: "Ontwikkeling", "implementatie",
// "ondersteuning", or make it ("Erstellung"); with manage set, also
// those that manage it
// ("verzamelen", "valideren").
func (c *scopeClause) provides(p phrase, manage bool) bool {
	if len(p.words) == 0 {
		return false
	}
	set := providing
	if manage {
		set = handling
	}
	for w := range p.words {
		// Making a thing provides it: "allestimento delle dichiarazioni
		// fiscali" provides tax returns.
		if c.loc.lexicon.stop[w] || makingWords[w] || slices.ContainsFunc(familyIndex[c.lang][stemIn(c.lang, w)], func(i int) bool { return slices.Contains(set, i) }) {
			continue
		}
		return false
	}
	return true
}

// namesThing reports whether a service is named by a thing alone, with
// no word for an activity ("Electronic health records",
// "patiëntendossiers"): to provide the thing is to provide the service.
func namesThing(q query) bool {
	if !q.core() {
		return false
	}
	l := q.written
	for _, t := range tokenize(q.text) {
		for _, e := range slices.Concat([]string{"ing", "ings", "ung", "ungen", "ion", "ions", "ment", "ments", "ance", "ence", "age", "ery"}, actionEndings[l]) {
			if len(t.word) > len(e)+2 && strings.HasSuffix(t.word, e) {
				return false
			}
		}
		for from := range numLangs {
			if slices.ContainsFunc(familyIndex[from][stemIn(from, t.word)], func(i int) bool { return i < len(activityFamilies) }) {
				return false
			}
		}
		if productWords[t.word] || hostingWords[t.word] {
			return false
		}
	}
	return true
}

// handlings counts the list items of the clause that start with an
// activity managing a thing: "het verzamelen en valideren" has two.
func (c *scopeClause) handlings() int {
	n := 0
	for _, g := range c.segments {
		if len(g.phrases) > 0 && c.provides(g.phrases[0], true) {
			n++
		}
	}
	return n
}

// familyTieBreak tells the language of a clause its small words leave
// open between some languages when it writes a word the families list in
// one of them only: "hospedagem" is Portuguese.
func familyTieBreak(toks []token, maybe []lang) (lang, bool) {
	found, ok := english, false
	for _, t := range toks {
		ls := familyLangs[t.word]
		if len(ls) != 1 || !slices.Contains(maybe, ls[0]) {
			continue
		}
		if ok && ls[0] != found {
			return english, false
		}
		found, ok = ls[0], true
	}
	return found, ok
}

// splitCompounds reads a German or Dutch compound that ends in an
// activity the families know, or in a word that says only that it is a
// service, as its parts: "Mandantenbuchhaltung" is bookkeeping,
// "Fernwartung" maintenance, "Gehaltsabrechnungsdienste" payroll
// services and "salarisverwerkingsdiensten" too. Its last part heads
// it, or its first where the last says only "services". A compound
// that ends in a product ("Lohnabrechnungssoftware") or a thing is left
// whole, as is one whose first part is too short to stand alone.
func splitCompounds(toks []token, l lang) {
	for i, t := range toks {
		if t.parts != nil || t.upper {
			continue
		}
		first, tail, ok := splitCompound(t.word, l)
		if !ok || len(first) < 4 {
			continue
		}
		activity := slices.ContainsFunc(familyIndex[l][stemIn(l, tail)], func(k int) bool { return k < len(activityFamilies) })
		if activity || emptyWords[tail] || (runningWords[tail] || centreWords[tail] || paperworkStem(l, stemIn(l, tail))) && knownPart(first, l) {
			toks[i].parts = []string{first, tail}
		}
	}
}

// runningWords say, in German and Dutch, that a thing is run: the
// "Rechenzentrumsbetrieb" is the running of a data centre. A compound
// ending in one, in a place where work is done ("klantenservicecentrum")
// or in papers ("Transportdokumente") is read as its parts when its first
// part is a word the matcher knows.
var runningWords = toSet(`betrieb exploitatie`)

// knownPart reports whether the first part of a compound, without the
// "-s-", "-es-", "-n-" or "-en-" that joins it to the next, is a word
// the matcher knows in its language: one of the families, or a service
// word of its lexicon ("Rechenzentrum", "transport"), or such a word or
// a customer noun before a general one ("klantenservice").
func knownPart(w string, l lang) bool {
	return knownIn(w, l, 1)
}

func knownIn(w string, l lang, depth int) bool {
	for _, joint := range []string{"", "s", "es", "n", "en"} {
		base, ok := strings.CutSuffix(w, joint)
		if !ok || len(base) < 4 {
			continue
		}
		if lexicons[l].lexemes[base] || len(familyIndex[l][stemIn(l, base)]) > 0 {
			return true
		}
		if depth == 0 {
			continue
		}
		for g := range lexicons[l].generic {
			if rest, ok := strings.CutSuffix(base, g); ok && len(g) >= 4 && len(rest) >= 4 && (customerNouns[rest] || knownIn(rest, l, depth-1)) {
				return true
			}
		}
		for g := range emptyWords {
			if rest, ok := strings.CutSuffix(base, g); ok && len(rest) >= 4 && (customerNouns[rest] || knownIn(rest, l, depth-1)) {
				return true
			}
		}
	}
	return false
}
