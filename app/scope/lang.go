package scope

import (
	"slices"
	"strings"
)

// lang is a language the matcher reads. A scope is read clause by clause,
// each in its own language, so that a certificate printed in two languages
// is read in both.
type lang int

const (
	english lang = iota
	german
	french
	spanish
	italian
	dutch
	portuguese
	numLangs
)

var langNames = [numLangs]string{"English", "German", "French", "Spanish", "Italian", "Dutch", "Portuguese"}

// headFirst reports whether the language puts the head of a noun phrase
// first ("servicios cloud" are services), as the Romance languages do.
func (l lang) headFirst() bool {
	return l == french || l == spanish || l == italian || l == portuguese
}

// nounCapitals reports whether the language writes every noun with a
// capital, so that capitals do not mark names.
func (l lang) nounCapitals() bool { return l == german }

// lexicon holds the words of one language the matcher needs, all lower
// case and without accents.
type lexicon struct {
	marks   map[string]bool // words that, in running text, are of this language and no other common one
	shared  map[string]bool // words that are of this language and of others
	stop    map[string]bool // words that say nothing about what a service is
	generic map[string]bool // words that describe almost any service
	preps   map[string]bool // prepositions that start a complement ("of payroll")
	and     map[string]bool // conjunctions that join list items
	lexemes map[string]bool // common service words only this language uses, to tell a keyword's language
	endings []string        // word endings only this language uses
}

var lexicons = [numLangs]lexicon{
	english: {
		marks:  toSet(`the of and with which including provision services such within`),
		shared: toSet(`for in to on at by from`),
		stop: toSet(`a an the and or nor of for to in on at by with from into within across via per as its it their our
			his her they we you is are was were be been being this that these those which who whom whose all any each every
			such including include includes included both also well through throughout under over between where when using
			use used based following provision provide provides provided providing deliver delivers delivered delivering
			delivery scope certificate certification certified certify company companies ltd limited plc inc llc gmbh ag bv
			sa co group etc eg ie e s related relating associated other others various general has have having
			field area areas`),
		generic: toSet(`service services solution solutions management manage managed managing process processes
			processing operation operations operate operating operational activity activities function functions information
			security technology technologies module modules component components part parts element elements unit units
			offering offerings capability capabilities customer customers client clients user users internal isms
			infrastructure it ict business businesses organization organizations organisation organisations course courses
			programme programmes program programs site sites location locations office offices data outsourcing
			outsourced administration administrative space scheme schemes`),
		preps: toSet(`of for to in on at by with from within across via through as under throughout about between`),
		and:   toSet(`and or`),
		lexemes: toSet(`payroll hosting backup recruitment consulting consultancy support helpdesk management agreement
			agreements procurement settlement settlements statement statements requirement requirements replacement
			measurement measurements improvement enforcement achievement reimbursement disbursement retirement inventory
			booking bookings shipping shipment shipments tracking invoicing billing scheduling storage`),
	},
	german: {
		marks: toSet(`der die das und von vom fur mit im zur zum sowie zwischen einschliesslich dem den des ein eine einer sind
			ist werden bei auf am uber`),
		shared: toSet(`in`),
		stop: toSet(`der die das den dem des ein eine einer eines einem einen und oder von vom fur fuer mit im in am an auf
			aus bei zu zur zum sowie einschliesslich inklusive durch uber unter als auch alle allen aller samtliche
			samtlicher bereitstellung erbringung geltungsbereich zertifikat zertifizierung gmbh ag kg se mbh co ist sind
			wird werden sich deren dessen welche welcher welches gebiet zugehorigen zugehorige entsprechenden`),
		generic: toSet(`dienst dienste diensten dienstleistung dienstleistungen leistung leistungen service services losung
			losungen betrieb betriebs management verwaltung prozess prozesse verarbeitung tatigkeit tatigkeiten
			aktivitat aktivitaten informationssicherheit isms informationen information kunde kunden nutzer anwender
			infrastruktur it bereich bereiche unternehmen unternehmens organisation standort standorte sitz
			niederlassung managed daten flache flachen auslagerung outsourcing fuhrung`),
		preps:   toSet(`von vom fur fuer zur zum der des im in an am bei mit auf uber durch per zwischen`),
		and:     toSet(`und oder sowie`),
		lexemes: toSet(`lohnabrechnung gehaltsabrechnung rechenzentrum rechenzentren datensicherung beratung wartung entwicklung`),
		endings: []string{"ungen", "ung", "keit", "heit", "schaft", "sicherung", "leistung"},
	},
	french: {
		marks: toSet(`le les du et pour au aux une est sont dans sur par avec l d qu ou couvrant relatif relatifs
			relatives prestations ainsi`),
		shared: toSet(`la des de en un`),
		stop: toSet(`le la les l un une des du de d et ou a au aux en dans pour par sur avec sous ses son sa leur leurs
			ce cette ces qui que y compris fourniture prestation prestations perimetre certificat certification sas sarl
			est sont ainsi domaine correspondant correspondants correspondantes afferent afferents afferentes`),
		generic: toSet(`service services solution solutions gestion systeme systemes exploitation management activite
			activites processus traitement information informations securite client clients infrastructure
			informatique it entreprise entreprises organisation site sites smsi mode donnees externalisation
			outsourcing tenue`),
		preps:   toSet(`de du des d pour a au aux en dans sur par avec aupres`),
		and:     toSet(`et ou`),
		lexemes: toSet(`paie hebergement sauvegarde recrutement infogerance conseil formation`),
		endings: []string{"ement", "eur", "euse"},
	},
	spanish: {
		marks:  toSet(`el los las del y para con por al que una sus incluyendo`),
		shared: toSet(`la de en un es`),
		stop: toSet(`el la los las lo un una unos unas del de y e o u a al en para por con sobre sus su que incluyendo
			incluye prestacion suministro alcance certificado certificacion sl es son da ambito correspondiente
			correspondientes respectivos respectivas`),
		generic: toSet(`servicio servicios solucion soluciones gestion sistema sistemas operacion operaciones explotacion
			actividad actividades proceso procesos procesamiento tratamiento informacion seguridad cliente clientes
			infraestructura tecnologias empresa empresas organizacion sede sedes sgsi datos modalidad externalizacion
			outsourcing llevanza`),
		preps:   toSet(`de del para a al en con por sobre`),
		and:     toSet(`y e o u`),
		lexemes: toSet(`nomina alojamiento soporte copias seleccion banca`),
		endings: []string{"cion", "ciones", "miento", "mientos", "idad"},
	},
	italian: {
		marks: toSet(`il gli della delle dei degli dello di per nella nel con ed sono alla ai agli presso dell all
			nell sull dall`),
		shared: toSet(`la e un una del al in da a`),
		stop: toSet(`il lo la i gli le l un una uno del della dello dei degli delle dell di da dal dalla e ed o a al alla
			ai agli alle all in nel nella nei per con su sui sulla sull che incluso inclusi compresi erogazione fornitura
			campo applicazione certificato certificazione srl spa sono presso ambito relativo relativa relativi relative
			rispettivi rispettive`),
		generic: toSet(`servizio servizi soluzione soluzioni gestione sistema sistemi esercizio operazioni attivita processo
			processi elaborazione trattamento informazioni informazione sicurezza cliente clienti infrastruttura
			azienda aziende organizzazione sede sedi sgsi dati modalita esternalizzazione outsourcing tenuta`),
		preps:   toSet(`di del della dello dei degli delle dell per a al alla alle ai agli all in nel nella nei nelle negli con da dal dalla dalle dai su sul sulla sulle sui sugli presso`),
		and:     toSet(`e ed o`),
		lexemes: toSet(`paghe stipendi conservazione supporto assistenza`),
		endings: []string{"zione", "zioni", "mento", "menti", "ato", "ati"},
	},
	dutch: {
		marks:  toSet(`het van en voor met een ten ter op bij door zijn wordt worden waaronder tussen`),
		shared: toSet(`de in is te`),
		stop: toSet(`de het een van en of voor met in op bij door te ten ter aan uit als die dat deze dit waaronder
			inclusief levering verlening leveren toepassingsgebied scope certificaat certificering bv nv is zijn wordt
			worden behoeve gebied bijbehorende bijhorende`),
		generic: toSet(`dienst diensten dienstverlening oplossing oplossingen beheer beheren systeem systemen exploitatie
			activiteit activiteiten proces processen verwerking informatie informatiebeveiliging beveiliging klant
			klanten infrastructuur organisatie organisaties bedrijf vestiging vestigingen gegevens data uitbesteding
			outsourcing`),
		preps:   toSet(`van voor aan in op bij met door ten ter over naar tot tussen`),
		and:     toSet(`en of`),
		lexemes: toSet(`salarisadministratie salarisverwerking loonadministratie werkplek werkplekbeheer ondersteuning`),
		endings: []string{"heid", "atie", "beheer", "verwerking"},
	},
	portuguese: {
		marks:  toSet(`o os do da dos das em no na nos nas com um ao pelo pela sao`),
		shared: toSet(`a as de e para uma`),
		stop: toSet(`o a os as um uma do da dos das de e ou em no na nos nas para por com pelo pela ao aos que incluindo
			inclui prestacao fornecimento ambito escopo certificado certificacao lda ltda sao respetivos respectivos
			respetivas respectivas correspondentes`),
		generic: toSet(`servico servicos solucao solucoes gestao sistema sistemas operacao operacoes atividade atividades
			processo processos processamento tratamento informacao seguranca cliente clientes infraestrutura empresa
			empresas organizacao sede sedes sgsi dados modalidade terceirizacao externalizacao outsourcing`),
		preps:   toSet(`de do da dos das para a ao aos em no na nos nas com por pelo pela pelos pelas sobre`),
		and:     toSet(`e ou`),
		lexemes: toSet(`folha pagamento cobranca recrutamento suporte alojamento`),
		endings: []string{"cao", "coes", "mento", "dade"},
	},
}

// productWords name what a service delivers rather than what it does:
// they are read as one word, so that "payroll software" meets "payroll
// platform", and they must match when a service names one, since "payroll
// software" is not "payroll services".
var productWords = toSet(`software application applications app apps platform platforms system systems solution solutions
	tool tools product products package packages suite portal portals portale portails portales portali portalen portais anwendung anwendungen plattform plattformen systeme losung
	losungen produkt produkte logiciel logiciels plateforme plateformes systeme systemes produit produits aplicacion
	aplicaciones plataforma plataformas sistema sistemas producto productos applicazione applicazioni piattaforma piattaforme
	sistemi prodotto prodotti applicatie applicaties systeem systemen product producten aplicacao aplicacoes produto produtos`)

// productStem is the one stem every product word reduces to.
const productStem = "·product"

// modifierWords say how or where a service is delivered (cloud, web,
// online): a service must match them when it names them, but they never
// cover a service on their own, and they are not the head of a phrase.
var modifierWords = toSet(`cloud web online digital mobile remote virtual saas secure electronic internet hybrid
	offsite onsite cloudbased webbased digitale digitali digitales numerique externalisee externalise
	remoto remota remotos remotas remoti`)

// hostingWords name hosting in the languages: a product hosted is run for
// its users, so "hosting of vessel tracking software" provides vessel
// tracking as "operation of" it does.
var hostingWords = toSet(`hosting hosten hebergement alojamiento hospedaje alojamento hospedagem`)

// viaMarkers say by what means an activity is done ("collection of
// rents by means of electronic payment platforms"): what follows them is
// a thing the activity uses, related to what it provides but not
// necessarily provided itself.
var viaMarkers = [][]string{
	{"by", "means", "of"}, {"via"}, {"mittels"}, {"mit", "hilfe", "von"}, {"au", "moyen", "de"}, {"au", "moyen", "du"}, {"au", "moyen", "des"},
	{"par", "le", "biais", "de"}, {"mediante"}, {"tramite"}, {"por", "meio", "de"}, {"por", "meio", "do"}, {"por", "meio", "da"},
	{"atraves", "de"}, {"door", "middel", "van"},
}

// meansMarkers say by what an activity is supported or run, as a passive
// participle and its agent ("the payment of pensions, supported by the
// in-house administration platform"): the participle is no activity of
// its own, and what follows it, up to the next comma, is the means, not an
// activity the scope names.
var meansMarkers = [][]string{
	{"supported", "by"}, {"supported", "through"}, {"powered", "by"}, {"underpinned", "by"}, {"enabled", "by"}, {"backed", "by"},
	{"assisted", "by"},
	{"unterstutzt", "durch"}, {"unterstutzt", "von"}, {"unterstutzt", "vom"}, {"gestutzt", "auf"}, {"mit", "unterstutzung", "durch"},
	{"mit", "unterstutzung", "von"}, {"mit", "unterstutzung", "der"}, {"mit", "unterstutzung", "des"},
	{"supporte", "par"}, {"supportee", "par"}, {"soutenu", "par"}, {"soutenue", "par"}, {"appuye", "par"}, {"appuyee", "par"},
	{"appuye", "sur"}, {"appuyee", "sur"}, {"s", "appuyant", "sur"}, {"avec", "l", "appui", "de"}, {"avec", "le", "support", "de"},
	{"soportado", "por"}, {"soportada", "por"}, {"respaldado", "por"}, {"respaldada", "por"}, {"apoyado", "por"}, {"apoyada", "por"},
	{"apoyado", "en"}, {"apoyada", "en"}, {"con", "el", "soporte", "de"}, {"con", "el", "apoyo", "de"},
	{"supportato", "da"}, {"supportata", "da"}, {"supportati", "da"}, {"supportate", "da"}, {"supportato", "dal"}, {"supportata", "dal"},
	{"supportato", "dalla"}, {"supportata", "dalla"}, {"supportato", "dall"}, {"supportata", "dall"}, {"sostenuto", "da"}, {"sostenuta", "da"},
	{"con", "il", "supporto", "di"}, {"con", "il", "supporto", "del"}, {"con", "il", "supporto", "della"},
	{"ondersteund", "door"}, {"met", "ondersteuning", "van"},
	{"suportado", "por"}, {"suportada", "por"}, {"suportado", "pelo"}, {"suportada", "pelo"}, {"suportado", "pela"}, {"suportada", "pela"},
	{"apoiado", "por"}, {"apoiada", "por"}, {"apoiado", "pelo"}, {"apoiada", "pelo"}, {"apoiado", "pela"}, {"apoiada", "pela"},
	{"com", "o", "apoio", "de"}, {"com", "o", "suporte", "de"},
}

// linkers relate the management system to the activities it serves
// ("the ISMS supporting the provision of payroll"): they are not
// activities, and what follows them is what the scope names.
var linkers = [][]string{
	{"supporting"}, {"underpinning"}, {"enabling"}, {"covering"}, {"serving"}, {"concerning"}, {"regarding"},
	{"involving"}, {"surrounding"}, {"encompassing"}, {"governing"}, {"protecting"}, {"securing"}, {"in", "support", "of"},
	{"zur", "unterstutzung"}, {"unterstutzend"}, {"unterstutzt"}, {"betreffend"},
	{"couvrant"}, {"supportant"}, {"soutenant"}, {"en", "support", "de"}, {"a", "l", "appui", "de"}, {"concernant"},
	{"que", "da", "soporte", "a"}, {"que", "dan", "soporte", "a"}, {"que", "soporta"}, {"que", "soportan"}, {"en", "soporte", "de"},
	{"que", "respalda"}, {"que", "respaldan"}, {"relativo", "a"}, {"relativos", "a"},
	{"a", "supporto", "di"}, {"a", "supporto", "della"}, {"a", "supporto", "del"}, {"a", "supporto", "dell"}, {"a", "supporto"},
	{"che", "supporta"}, {"che", "supportano"}, {"relativo", "al"}, {"relativi", "ai"},
	{"ter", "ondersteuning", "van"}, {"ter", "ondersteuning"}, {"ondersteunend"}, {"die", "ondersteunt"}, {"met", "betrekking", "tot"},
	{"que", "suporta"}, {"que", "suportam"}, {"de", "suporte", "a"}, {"em", "suporte", "a"}, {"que", "apoia"}, {"que", "apoiam"},
}

// attributeEndings end hyphenated words that describe a thing by another
// ("cloud-based backups"): their first part is not what the scope names.
var attributeEndings = toSet(`based related oriented driven enabled ready native facing focused centric like free specific
	wide friendly agnostic independent compliant certified relevant owned`)

// locale is what the matcher knows of each language, derived from the
// lexicons once: stems of stop, generic and product words.
type locale struct {
	lexicon
	lang         lang
	stopStems    map[string]bool
	genericStems map[string]bool
}

var locales = func() [numLangs]*locale {
	var ls [numLangs]*locale
	for l := range numLangs {
		lc := &locale{lexicon: lexicons[l], lang: l, stopStems: map[string]bool{}, genericStems: map[string]bool{}}
		for w := range lc.lexicon.stop {
			lc.stopStems[stemIn(l, w)] = true
		}
		for w := range lc.lexicon.generic {
			lc.genericStems[stemIn(l, w)] = true
		}
		ls[l] = lc
	}
	return ls
}()

// detect guesses the language of a run of words. ok is false when the
// words carry no sign of any language, as a single English word does not.
func detect(toks []token) (l lang, ok bool) {
	score := signs(toks)
	best, second := english, -1
	for k := range numLangs {
		if score[k] > score[best] {
			best = k
		}
	}
	for k := range numLangs {
		if k != best && score[k] > second {
			second = score[k]
		}
	}
	if score[best] == 0 || score[best] == second {
		return english, false
	}
	return best, true
}

// candidates returns the languages a run of words may be written in when
// detect cannot tell: those tied on the most signs ("desarrollo de
// software" is Spanish or Portuguese) when English is not among them, or, with no sign at all, the
// Romance languages whose endings every word has ("carga", "pagos",
// "posta elettronica"), unless it is an English word that ends so
// ("data", "video"). None for a run that looks English.
func candidates(toks []token) []lang {
	score := signs(toks)
	top := slices.Max(score[:])
	var out []lang
	if score[english] == top && top > 0 {
		return nil
	}
	if top > 0 {
		for k := range numLangs {
			if score[k] == top {
				out = append(out, k)
			}
		}
		return out
	}
	if ls := compoundLanguages(toks); len(ls) > 0 {
		return ls
	}
	fits := map[lang]int{}
	n := 0
	for _, t := range toks {
		if len(t.word) < 4 && !t.upper && romanceLinkWord(t.word) {
			// "su" of "Trasporto su strada", "de" of "Carga de
			// buques": a small word of those languages that English
			// does not write says nothing against them.
			continue
		}
		if t.upper || len(t.word) < 4 || englishWord(t.word) {
			return nil
		}
		n++
		switch {
		case strings.HasSuffix(t.word, "os") || strings.HasSuffix(t.word, "as"):
			fits[spanish]++
			fits[portuguese]++
		case strings.HasSuffix(t.word, "a") || strings.HasSuffix(t.word, "o"):
			fits[spanish]++
			fits[italian]++
			fits[portuguese]++
		case strings.HasSuffix(t.word, "i"):
			fits[italian]++
		case strings.HasSuffix(t.word, "ais") || strings.HasSuffix(t.word, "eis") || strings.HasSuffix(t.word, "oes"):
			// The plurals of "-al", "-el" and "-ão" ("internacionais",
			// "móveis", "operações") are Portuguese's own.
			fits[portuguese]++
		default:
			return nil
		}
	}
	for _, k := range []lang{spanish, italian, portuguese} {
		if n > 0 && fits[k] == n {
			out = append(out, k)
		}
	}
	return out
}

// compoundLanguages returns German, Dutch or both for a run of words
// each of which English does not write and that shows how those languages
// build and spell their compounds: "ij" ("bijstand") or one of
// dutchTails ("systeem", "verkoop") in Dutch, "tz"
// ("Ersatzteil") in German, a joint "ings" inside a word
// ("reserverings|systeem"), a plural "-ingen" ("betalingen"), or a
// first part that is a word of those languages' lexicons ("Kunden|portal",
// "klanten|portaal"). None for a run with a word English writes.
func compoundLanguages(toks []token) []lang {
	var fits [numLangs]int
	for _, t := range toks {
		w := t.word
		if t.upper || len(w) < 6 || knownEnglish(w) {
			return nil
		}
		de, nl := false, false
		n := len(w)
		if strings.Contains(w, "ij") || n >= 9 && slices.ContainsFunc(dutchTails, func(e string) bool { return strings.HasSuffix(w, e) }) {
			nl = true
		}
		if n >= 8 && strings.Contains(w, "tz") {
			de = true
		}
		if i := strings.Index(w, "ings"); i >= 4 && i+4+4 <= n || n >= 9 && strings.HasSuffix(w, "ingen") {
			de, nl = true, true
		}
		for _, l := range []lang{german, dutch} {
			lx := &lexicons[l]
			for k := 5; k+4 <= n; k++ {
				if p := w[:k]; (lx.generic[p] || lx.lexemes[p]) && !knownEnglish(p) {
					if l == german {
						de = true
					} else {
						nl = true
					}
				}
			}
		}
		if !de && !nl {
			return nil
		}
		if de {
			fits[german]++
		}
		if nl {
			fits[dutch]++
		}
	}
	var out []lang
	for _, l := range []lang{german, dutch} {
		if len(toks) > 0 && fits[l] == len(toks) {
			out = append(out, l)
		}
	}
	return out
}

// dutchTails end Dutch compounds with a doubled vowel English does not
// write so ("reserveringssysteem", "excursieverkoop", "klantenportaal");
// English "-eet", "-oom" and "-ook" ("timesheet", "showroom",
// "handbook") are left out.
var dutchTails = []string{"eem", "oop", "aal", "aam", "aat", "uur", "oek"}

// romanceLinkWord reports whether a short word is a function word of
// Spanish, Italian or Portuguese and not one of English.
func romanceLinkWord(w string) bool {
	if lexicons[english].stop[w] || lexicons[english].preps[w] {
		return false
	}
	return slices.ContainsFunc([]lang{spanish, italian, portuguese}, func(l lang) bool { return lexicons[l].stop[w] })
}

// englishWord reports whether a word ending as a Spanish, Italian or
// Portuguese word does is one the matcher knows as English: one of
// englishVowelEnd, a word of the English lexicon ("data", "media"), or
// the English word of a family that none of those languages writes so
// ("cargo", not "carga").
func englishWord(w string) bool {
	bare := strings.TrimSuffix(w, "s")
	if englishVowelEnd[w] || englishVowelEnd[bare] ||
		slices.ContainsFunc(englishVowelEnds, func(e string) bool { return strings.HasSuffix(bare, e) }) {
		return true
	}
	lx := &lexicons[english]
	if lx.stop[w] || lx.generic[w] || lx.marks[w] || lx.lexemes[w] {
		return true
	}
	for _, f := range families {
		if !slices.Contains(strings.Fields(f[english]), w) {
			continue
		}
		if !slices.ContainsFunc([]lang{spanish, italian, portuguese}, func(l lang) bool { return slices.Contains(strings.Fields(f[l]), w) }) {
			return true
		}
	}
	return false
}

// knownEnglish reports whether the matcher knows a word as English: a
// word of its English lexicon or families, a product or delivery word,
// or one of englishWord.
func knownEnglish(w string) bool {
	return englishWord(w) || productWords[w] || modifierWords[w] || lexicons[english].preps[w] ||
		slices.ContainsFunc(families, func(f family) bool { return slices.Contains(strings.Fields(f[english]), w) })
}

// englishVowelEnd are English words, common in service names, that end as
// Spanish, Italian or Portuguese words do; englishVowelEnds end longer
// English words ("metadata", "multimedia").
var (
	englishVowelEnd = toSet(`data media area areas agenda video videos audio radio cargo portfolio portfolios logo logos
		demo demos photo photos studio studios scenario scenarios ratio camera cameras formula formulas quota quotas extra
		extras visa visas idea ideas criteria antenna taxi wiki wikis api apis gas canvas atlas alias bias metro auto info
		pro pros zero echo memo macro micro mono stereo tempo trio duo piano patio ego hero veto casino motto drama trauma
		dogma stigma sofa opera era panorama schema schemas lambda alpha beta gamma delta omega sigma via anti multi semi
		mini maxi emoji safari alibi yoga soda arena dilemma diploma aroma saga lava mafia mania nova plaza pasta salsa
		java cola cinema utopia malaria vertigo indigo manifesto embargo volcano tornado tomato potato avocado combo condo
		disco expo kilo limbo lingo placebo promo rodeo silo solo tattoo typo zoo turbo repo crypto bio eco geo hydro retro
		magna summa errata addenda memoranda curricula strata stadia spa china ultra kappa ninja pizza banana gala
		mango jumbo fiasco gizmo tuba aqua terra fauna flora rota wifi hifi alumni khaki sushi bikini spaghetti broccoli
		origami graffiti confetti tsunami kiwi deli chili euro intro hello limo lasso mojo dojo pesto polo torso bistro
		ghetto grotto judo tango lego umbrella vanilla replica militia malaria insomnia encyclopedia trivia stamina vista
		nebula cobra koala llama sauna propaganda veranda armada algebra larva persona mega giga tera supernova influenza
		pneumonia hernia ammonia nostalgia memorabilia hysteria bacteria phobia dementia anaemia anemia leukaemia leukemia
		toga karma comma enigma magma asthma plasma eczema edema glaucoma carcinoma melanoma coma corona sonata regatta
		gondola mocha matcha quinoa tapioca taco nacho burrito avocado tortilla fiesta siesta mesa sierra tuna vodka salsa
		canvas atlas alias bias texas christmas pajama pyjama pampa lotto commando domino flamingo albino bravo buffalo
		cello credo ditto dynamo gusto hippo igloo oregano poncho stucco pistachio portico torpedo zebra hyena iguana`)
	englishVowelEnds = []string{"data", "media", "video", "audio", "radio", "photo", "pedia"}
)

// signs counts, language by language, the signs a run of words gives of
// being written in it: its small words, service words, endings and
// letters. "as a" ("Disaster recovery as a service", "Platform as a
// service") is English: Portuguese writes no article after "as", so the
// two small words are no sign of it or of Italian.
func signs(toks []token) [numLangs]int {
	var score [numLangs]int
	asA := -1
	for i, t := range toks {
		if t.word == "as" && i+1 < len(toks) && toks[i+1].word == "a" {
			asA = i + 1
			score[english] += 2
			continue
		}
		if i == asA {
			continue
		}
		for k := range numLangs {
			lx := &lexicons[k]
			switch {
			case lx.marks[t.word]:
				score[k] += 2
			case lx.shared[t.word]:
				score[k]++
			}
			if lx.lexemes[t.word] {
				score[k] += 2
			}
			for _, e := range lx.endings {
				if len(t.word) > len(e)+2 && strings.HasSuffix(t.word, e) {
					score[k] += 2
					break
				}
			}
		}
		if germanJoint(t.word) {
			score[german] += 2
		}
		for _, r := range t.lower {
			switch r {
			case 'ß', 'ä', 'ö', 'ü':
				score[german] += 2
			case 'ã', 'õ':
				score[portuguese] += 2
			case 'ñ':
				score[spanish] += 2
			case 'ç':
				score[french]++
				score[portuguese]++
			case 'é', 'è', 'ê', 'â', 'î', 'ô', 'û', 'ë', 'ï':
				score[french]++
			case 'ì', 'ò':
				score[italian]++
			case 'á', 'í', 'ó', 'ú':
				score[spanish]++
				score[portuguese]++
			}
		}
	}
	return score
}

// germanJoints end the first part of a German compound before the next
// ("Penetrations|tests", "Rechnungs|stellung"): inside a word, no other
// of the languages writes them.
var germanJoints = []string{"ungs", "tions", "heits", "keits", "schafts", "taets", "tats"}

// germanJoint reports whether a word is a German compound joined by one
// of germanJoints.
func germanJoint(w string) bool {
	for _, j := range germanJoints {
		if i := strings.Index(w, j); i > 0 && i+len(j)+3 <= len(w) {
			return true
		}
	}
	return false
}

// stemIn reduces a word to a crude stem in a language. Both sides of every
// comparison go through the same language's stemmer, so what matters is
// that related forms meet, not that the stem is a word.
func stemIn(l lang, w string) string {
	if productWords[w] {
		return productStem
	}
	if l == english {
		return stem(w)
	}
	cut := func(sufs ...string) bool { return cutEnding(&w, sufs...) }
	// swap replaces a plural ending by its singular's ("portais" is
	// "portal", "journaux" "journal"), keeping three letters before it.
	swap := func(pairs ...string) bool {
		for k := 0; k+1 < len(pairs); k += 2 {
			if base, ok := strings.CutSuffix(w, pairs[k]); ok && len(base) >= 3 {
				w = base + pairs[k+1]
				return true
			}
		}
		return false
	}
	switch l {
	case german:
		// "Sendungen" is "Sendung" plural: the "ung" stays.
		if base, ok := strings.CutSuffix(w, "ungen"); ok && len(base) >= 2 {
			return base + "ung"
		}
		// "Drittanbietern" is "Drittanbieter" in the dative plural;
		// "Rechenzentren" are "Rechenzentrum" plural, as Latin words
		// ending in "-rum" or "-ium" make it ("Datum" is no "Daten").
		for _, e := range []string{"rums", "iums", "rum", "ium"} {
			if strings.HasSuffix(w, e) {
				cut(e[1:])
			}
		}
		cut("ern", "en", "er", "es", "em", "e", "n", "s")
		if strings.HasSuffix(w, "ung") {
			return w
		}
	case french:
		// "réseaux" is "réseau", "journaux" "journal".
		if !swap("eaux", "eau", "eux", "eu", "aux", "al") {
			cut("s", "x")
		}
		cut("e")
	case spanish:
		if !swap("ciones", "cion") {
			cut("es", "s")
		}
		cut("a", "o", "e")
	case italian:
		// "servizio" and "servizi", "banca" and "banche" meet.
		cut("io", "i", "o", "a", "e")
		swap("ch", "c", "gh", "g")
	case dutch:
		w = dutchStem(w)
	case portuguese:
		// "operações" is "operação", "portais" "portal", "papéis"
		// "papel", "viagens" "viagem".
		if !swap("oes", "ao", "ais", "al", "eis", "el", "ois", "ol", "ns", "m") {
			cut("s")
		}
		cut("a", "o", "e")
	}
	return w
}

// cutEnding strips from *w the first of the endings it has that leaves
// four letters at least, and reports whether it did.
func cutEnding(w *string, endings ...string) bool {
	for _, e := range endings {
		if base, ok := strings.CutSuffix(*w, e); ok && len(base) >= 4 {
			*w = base
			return true
		}
	}
	return false
}

// dutchStem reduces a Dutch word. A plural "-s" goes after a
// consonant ("dossiers", but "proces" is singular) or a long vowel
// ("bureaus", "studies"), and after a consonant an
// "-en" as well ("gegevens" is "gegeven" plural); a plural "-en" doubles
// the consonant before it ("processen"), voices an "f" or "s"
// ("bedrijven", "huizen") and halves a long vowel ("problemen" of
// "probleem"), all undone here.
func dutchStem(w string) string {
	cut := func(sufs ...string) bool { return cutEnding(&w, sufs...) }
	n, en := len(w), false
	// "bureaus", "niveaus", "studies": a plural "-s" after a word ending in
	// "-eau", "-eu" or "-ie" (a short "keus" or "reus" is singular).
	if n >= 6 && (strings.HasSuffix(w, "aus") || strings.HasSuffix(w, "eus") || strings.HasSuffix(w, "ies")) {
		w, n = w[:n-1], n-1
	}
	if n > 2 && w[n-1] == 's' && !strings.ContainsRune("aeiousy", rune(w[n-2])) {
		en = cut("s") && cut("en")
	} else {
		en = cut("en", "e")
	}
	if n := len(w); en {
		switch {
		case w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])):
			w = w[:n-1]
		case w[n-1] == 'v':
			w = w[:n-1] + "f"
		case w[n-1] == 'z':
			w = w[:n-1] + "s"
		}
	}
	// "probleem" and "problem(en)": a long vowel before the last
	// consonant is written once.
	if n := len(w); n >= 4 && w[n-2] == w[n-3] && strings.ContainsRune("aeou", rune(w[n-2])) && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-2] + w[n-1:]
	}
	return w
}

// stem reduces an English word to a crude stem by folding British
// spellings and stripping one suffix.
func stem(w string) string {
	if s, ok := irregular[w]; ok {
		w = s
	}
	w = american(w)
	if len(w) <= 3 {
		return w
	}
	for _, suf := range suffixes {
		base, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		if suf == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
			break
		}
		if suf == "ies" {
			base += "y"
		}
		if suf == "es" && strings.HasSuffix(base, "e") {
			// "trustees", "employees": only the plural "s" goes.
			base = w[:len(w)-1]
		}
		if len(base) < 3 {
			continue
		}
		w = base
		// "planned" → "plan", but "billing" keeps its double l.
		if n := len(w); n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeioulsfz", rune(w[n-1])) {
			w = w[:n-1]
		}
		break
	}
	if len(w) > 3 {
		w = strings.TrimSuffix(w, "e")
	}
	if n := len(w); n > 3 && w[n-1] == 'y' {
		w = w[:n-1] + "i"
	}
	return w
}

// suffixes are stripped longest first; only one is stripped per word.
var suffixes = []string{"ments", "ment", "ings", "ing", "ions", "ion", "ers", "ies", "er", "es", "ed", "s"}

// irregular maps forms that suffix stripping cannot relate.
var irregular = map[string]string{
	"data": "data", "people": "person", "persons": "person", "analyses": "analysis", "indices": "index",
	"criteria": "criterion", "media": "medium", "children": "child", "men": "man", "women": "woman",
	"premises": "premise", "businesses": "business",
}

// american folds the British spellings common in scope statements into
// the American ones, so "centre" meets "center" and "organisation"
// meets "organization".
func american(w string) string {
	for _, r := range []struct{ uk, us string }{
		{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"},
		{"tres", "ters"}, {"tre", "ter"}, {"ogues", "ogs"}, {"ogue", "og"}, {"mmes", "ms"}, {"mme", "m"},
		{"ences", "enses"}, {"ence", "ense"},
	} {
		if base, ok := strings.CutSuffix(w, r.uk); ok && len(base) >= 3 {
			return base + r.us
		}
	}
	return w
}

// hasRoot reports whether word begins with one of roots: the stems of a
// word family ("exclu" for excluded, exclusion, exclue).
func hasRoot(word string, roots ...string) bool {
	return slices.ContainsFunc(roots, func(r string) bool { return strings.HasPrefix(word, r) })
}

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
