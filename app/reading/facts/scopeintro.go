package facts

import (
	"regexp"
	"slices"
)

// How certificates introduce and end a scope statement, beyond the labels
// read with the certificate's other fields: these are tried after those.

// scopeNouns name a certificate's scope in the seven languages, to find
// a sentence or label introducing it. The words for a subject ("Objet",
// "Oggetto", "Onderwerp") are left out: alone, they head a letter's
// subject line.
const scopeNouns = `scope|geltungsbereich|anwendungsbereich|p[ée]rim[èe]tre|champ\s+d['’]application|` +
	`alcance|campo\s+di\s+applicazione|toepassingsgebied|reikwijdte|[âa]mbito|escopo`

// ismsNoun names the certified management system itself, in the seven
// languages: the activities within it are its scope ("Activities within
// the certified ISMS:", "Activiteiten binnen het gecertificeerde ISMS:").
const ismsNoun = `(?:isms|smsi|sgsi|management\s+system|managementsystems?|syst[èe]me\s+de\s+management|` +
	`sistema\s+de\s+gesti[óo]n|sistema\s+di\s+gestione|managementsysteem|sistema\s+de\s+gest[ãa]o)`

// subjectLabel is a label naming the subject of the certification or the
// activities in its scope: "Gegenstand der Zertifizierung:", "Objet de la
// certification :", "Certified scope of activities:", "Actividades
// incluidas en el alcance:", "Attività oggetto di certificazione:".
var subjectLabel = regexp.MustCompile(`(?i)^(?:(?:the|le|la|el|il|o|a|het|der|die|das|de)\s+)?(?:certified\s+)?` +
	`(?:subject\s+of\s+(?:the\s+)?certification|scope\s+of\s+(?:the\s+)?(?:certified\s+)?activities|gegenstand\s+der\s+zertifizierung|zertifizierungsgegenstand|` +
	`objet\s+(?:de\s+la\s+certification|du\s+certificat)|objeto\s+de\s+la\s+certificaci[óo]n|objeto\s+da\s+certifica[çc][ãa]o|` +
	`onderwerp\s+van\s+(?:de\s+)?(?:certificatie|certificering)|` +
	`(?:activities|t(?:ä|ae|a)tigkeiten|activit[ée]s|actividades|attivit[àa]|activiteiten|atividades)\s+` +
	`(?:(?:included|covered|incluidas|cubiertas|incluse|comprese|inclu[íi]das|abrangidas|einbezogen|incluses|couvertes|opgenomen)\s+)?` +
	`(?:in|im|dans|en|nel|no|na|within|dentro\s+del?)\s+(?:the\s+|el\s+|le\s+|o\s+|den\s+|het\s+)?(?:` + scopeNouns + `)(?:\s+(?:certificad[oa]|certifi[ée]|certificat[oa]|zertifiziert|gecertificeerd))?|` +
	`(?:activities|t(?:ä|ae|a)tigkeiten|activit[ée]s|actividades|attivit[àa]|activiteiten|atividades)\s+` +
	`(?:within|innerhalb|dans|dentro|nel|binnen|no|del|des|im|of)\s+(?:the\s+|des\s+|du\s+|le\s+|del\s+|het\s+|o\s+|il\s+)?` +
	`(?:certified\s+|zertifizierten\s+|certifi[ée]\s+|certificado\s+|certificato\s+|gecertificeerde\s+)?` + ismsNoun + `\s*(?:certifi[ée]|certificado|certificato)?|` +
	`attivit[àa]\s+oggetto\s+di\s+certificazione|` + workUnderCertification + `|` + extentOfCertification + `)\s*(?::|\|)\s*(.*)$`)

// workUnderCertification names the work the certification takes in, in the
// seven languages: "Operations within the certification", "Tätigkeiten im
// Rahmen der Zertifizierung", "Activités couvertes par la certification",
// "Actividades comprendidas en la certificación", "Attività nell'ambito
// della certificazione", "Werkzaamheden binnen de certificering",
// "Operações abrangidas pela certificação". The certification's noun ends
// it: "Services within the certification body" names the body.
const workUnderCertification = `(?:activities|operations|services|t(?:ä|ae|a)tigkeiten|leistungen|activit[ée]s|op[ée]rations|prestations|` +
	`actividades|operaciones|servicios|attivit[àa]|operazioni|servizi|activiteiten|werkzaamheden|diensten|atividades|opera[çc][õo]es|servi[çc]os)\s+` +
	`(?:within|under|covered\s+by|included\s+in|im\s+rahmen|innerhalb|umfasst\s+von|couvert[e]?s?\s+par|vis[ée]e?s?\s+par|incluses\s+dans|dans|dentro|comprendidas\s+en|cubiertas\s+por|` +
	`nell['’]\s*ambito|comprese\s+nella|coperte\s+dalla|binnen|onder|no\s+[âa]mbito|abrangid[oa]s\s+pela|inclu[íi]d[oa]s\s+na)\s*` +
	`(?:(?:the|der|de|la|l['’]|della|dell['’]|het|da|pela|na|a)\s*)*` +
	`(?:certification|certificate|registration|zertifizierung|certificaci[óo]n|certificazione|certificering|certificatie|certifica[çc][ãa]o)`

// scopeSentence is a sentence introducing the statement on the lines
// below: "Le périmètre certifié est le suivant :", "Der Geltungsbereich des
// Zertifikats lautet:", "O âmbito certificado é o seguinte:".
var scopeSentence = regexp.MustCompile(`(?i)^(?:(?:the|le|la|el|il|lo|o|a|het|der|die|das|de)\s+)?(?:certified\s+)?(?:` + scopeNouns + `)\b[^:|0-9]{0,70}:\s*()$`)

// approvalCovers says the certificate or approval covers, takes in or
// extends to what follows: "This approval covers:", "The approval extends
// to:", "Le présent certificat porte sur :", "Die Zertifizierung umfasst:",
// "La aprobación comprende:", "L'approvazione comprende:", "De goedkeuring
// strekt zich uit tot:", "A aprovação abrange:".
var approvalCovers = regexp.MustCompile(`(?i)^(?:l['’]\s*|(?:this|the|ce|le|la|dieses|diese|die|das|der|el|este|esta|o|a|il|questo|questa|dit|deze|het|de)\s+)?(?:present[ea]?\s+|présente?\s+)?` +
	`(?:approval|certificate|certification|registration|certificat|attestation|approbation|enregistrement|zertifikat|zertifizierung|zulassung|registrierung|` +
	`certificado|certificaci[óo]n|aprobaci[óo]n|registro|certificato|certificazione|approvazione|registrazione|certificaat|certificering|certificatie|goedkeuring|registratie|` +
	`certifica[çc][ãa]o|aprova[çc][ãa]o|registo|` + scopeNouns + `)\s+` +
	`(?:covers|comprises|includes|encompasses|extends\s+to|porte\s+sur|concerne|comprende|comprend|couvre|s['’][ée]tend\s+(?:à|a|aux)|umfasst|erstreckt\s+sich\s+auf|bezieht\s+sich\s+auf|` +
	`se\s+refiere\s+a|comprende|abarca|incluye|cubre|se\s+extiende\s+a|riguarda|include|copre|si\s+estende\s+a|betreft|omvat|strekt\s+zich\s+uit\s+tot|` +
	`refere-se\s+a|diz\s+respeito\s+a|abrange|inclui|compreende|estende-se\s+a)\s*(?::|\|)?\s*` + followingThingsIntro + `(.*)$`)

// approvedFor is a label saying what the organisation is approved,
// certified or registered for, or the activities registered, and the field
// of the certification, in the seven languages: "Approved for:",
// "Zertifiziert für:", "Approuvé pour :", "Aprobado para:", "Approvato
// per:", "Goedgekeurd voor:", "Aprovado para:", "Registrierte Tätigkeiten:",
// "Actividades registradas:", "Geregistreerde activiteiten:", "Field of
// certification:", "Campo della certificazione:", "Étendue de la
// certification :". A colon or a table's cell must follow: "Approved for
// DRMS" signs a certificate.
var approvedFor = regexp.MustCompile(`(?i)^(?:` +
	`(?:approved|certified|registered)\s+for|(?:zertifiziert|zugelassen|registriert|genehmigt)\s+f(?:ü|ue)r|` +
	`(?:approuv[ée]e?|certifi[ée]e?|enregistr[ée]e?)\s+pour|(?:aprobad[oa]|certificad[oa]|registrad[oa]|aprovad[oa]|registad[oa])\s+para|` +
	`(?:approvat[oa]|certificat[oa]|registrat[oa])\s+per|(?:goedgekeurd|gecertificeerd|geregistreerd)\s+voor|` +
	`(?:registrierte|zugelassene|genehmigte)\s+t(?:ä|ae)tigkeiten|activit[ée]s\s+(?:enregistr[ée]es|approuv[ée]es)|actividades\s+(?:registradas|aprobadas)|` +
	`attivit[àa]\s+(?:registrate|approvate)|(?:geregistreerde|goedgekeurde)\s+activiteiten|atividades\s+(?:registadas|registradas|aprovadas)|` +
	`(?:field|area|extent)\s+of\s+(?:the\s+)?(?:certification|registration|approval)|` +
	`(?:campo|[áa]rea|[âa]mbito)\s+(?:della|dell['’]\s*|de\s+la|da|de|di|do)\s*(?:certificazione|approvazione|certificaci[óo]n|aprobaci[óo]n|certifica[çc][ãa]o|aprova[çc][ãa]o)|` +
	`[ée]tendue\s+de\s+(?:la\s+)?certification|(?:certificatie|certificerings|registratie)gebied|zertifizierungsbereich|zulassungsbereich|(?:bereich|umfang)\s+der\s+(?:zertifizierung|zulassung)|(?:omvang|gebied)\s+van\s+de\s+(?:certificering|certificatie)` +
	`)\s*(?::|\|)\s*(.*)$`)

// extentOfCertification names how far the certification reaches, in the
// seven languages: "Extension of the certification", "Reichweite der
// Zertifizierung", "Portée de la présente certification", "Extensión de la
// certificación", "Estensione della certificazione", "Omvang van het
// certificaat", "Abrangência da certificação". The accreditation's
// ("Portée de l'accréditation") is not the certificate's.
const extentOfCertification = `(?:extension|reach|coverage|reichweite|ausdehnung|abdeckung|port[ée]e|couverture|extensi[óo]n|cobertura|` +
	`estensione|portata|copertura|omvang|reikwijdte|dekking|abrang[êe]ncia|extens[ãa]o)\s+` +
	`(?:of|der|des|de|del|della|dell['’]|van|da|do)\s*(?:(?:the|this|la|l['’]|le|het|de|a|o|dieser|diesem|présente|presente|present|deze|dit|esta|este|questa|questo|desta|deste)\s*)*` +
	`(?:certification|certificate|registration|zertifizierung|zertifikats|certificat|certificaci[óo]n|certificado|certificazione|certificato|` +
	`certificering|certificatie|certificaat|certifica[çc][ãa]o)`

// qualifiedActivities is a label naming the activities the certification
// takes in, by a participle rather than a preposition: "Activités
// concernées :", "Actividades amparadas:", "Atividades abrangidas pelo
// SGSI certificado:", "Attività svolte nel perimetro certificato:",
// "Zertifizierte Leistungen:".
var qualifiedActivities = regexp.MustCompile(`(?i)^(?:(?:the|les|las|los|le|la|die|as|os|le)\s+)?(?:(?:certified|zertifizierte|erfasste|einbezogene|gecertificeerde|gedekte)\s+)?` +
	`(?:activities|activit[ée]s|actividades|atividades|attivit[àa]|t(?:ä|ae)tigkeiten|leistungen|activiteiten)` +
	`(?:\s+(?:concern[ée]es|couvertes|incluses|comprises|amparadas|abrangidas|inclu[íi]das|cubiertas|incluidas|comprese|incluse|svolte|erfasste|opgenomen|covered|included|certifi[ée]es|certificadas|certificate|zertifiziert|gecertificeerd)` +
	`(?:\s+(?:by|in|within|par|pelo|pela|por|nel|dal|im|vom|door|binnen)\s+(?:the\s+|le\s+|el\s+|o\s+|a\s+|il\s+|het\s+|den\s+)?` +
	`(?:certified\s+|certifi[ée]\s+)?(?:` + ismsNoun + `|` + scopeNouns + `|perimetro)(?:\s+(?:certifi[ée]e?|certificad[oa]|certificat[oa]|zertifiziert\w*|gecertificeerde?))?)?)?` +
	`\s*:\s*(.*)$`)

// followingScope is a label introducing the scope as the one that
// follows: "Con el siguiente alcance:", "With the following scope:".
var followingScope = regexp.MustCompile(`(?i)^(?:with\s+the\s+following\s+scope|con\s+el\s+siguiente\s+alcance|mit\s+(?:dem\s+)?folgenden\s+(?:geltungsbereich|anwendungsbereich)|` +
	`avec\s+le\s+p[ée]rim[èe]tre\s+suivant|com\s+o\s+seguinte\s+(?:[âa]mbito|escopo)|con\s+il\s+seguente\s+campo\s+di\s+applicazione|met\s+het\s+volgende\s+toepassingsgebied)\s*:\s*(.*)$`)

// systemApplies says what the certified management system applies to,
// in the languages other than English (whose "applies to" is a scope
// start): "Le système de management certifié s'applique à :", "O sistema
// certificado aplica-se a:", "Il sistema certificato si applica a:".
var systemApplies = regexp.MustCompile(`(?i)^(?:le|o|il|el|das|het)\s+(?:` + ismsNoun + `|syst[èe]me|sistema|system)\s+` +
	`(?:certifi[ée]\s+|certificado\s+|certificato\s+|zertifizierte\s+|gecertificeerde\s+)?` +
	`(?:s['’]applique\s+[àa]|aplica-se\s+a|si\s+applica\s+a|se\s+aplica\s+a|gilt\s+f(?:ü|ue)r|is\s+van\s+toepassing\s+op)\s*(?::|\|)\s*(.*)$`)

// inRespectOf is a label saying what the certificate is in respect of,
// before a colon or in a table's cell: "In respect of:", "Met betrekking
// tot:", "De certificering heeft betrekking op de volgende activiteiten:".
var inRespectOf = regexp.MustCompile(`(?i)^(?:in\s+respect\s+of|with\s+respect\s+to|met\s+betrekking\s+tot|` +
	`(?:de\s+certificering|het\s+certificaat|dit\s+certificaat)\s+heeft\s+betrekking\s+op(?:\s+de\s+volgende\s+activiteiten)?|` +
	`en\s+ce\s+qui\s+concerne|bez(?:ü|ue)glich|hinsichtlich|con\s+respecto\s+a|relativamente\s+a|no\s+que\s+respeita\s+a|in\s+relazione\s+a)\s*(?::|\|)\s*(.*)$`)

// validFor is a label saying what the certificate is valid for, in the
// seven languages: "Valid for:", "Gültig für:", "Valable pour :", "Válido
// para:", "Valido per:", "Geldig voor:". What follows is the scope only
// when it is neither a length of time nor the sites (see validForScope).
var validFor = regexp.MustCompile(`(?i)^(?:valid|g(?:ü|ue)ltig|valable|v[áa]lid[oa]|geldig)\s+(?:for|f(?:ü|ue)r|pour|para|per|voor)\s*(?::|\|)\s*(.*)$`)

// scopeOfCovers says the scope of the certificate, approval or
// registration covers what follows, with or without a colon, in the seven
// languages: "The scope of this approval covers", "Der Geltungsbereich
// dieser Zulassung umfasst", "Le périmètre de cette certification couvre",
// "El alcance de esta aprobación comprende", "Il campo di applicazione
// di questa approvazione comprende", "De reikwijdte van deze goedkeuring
// omvat", "O âmbito desta aprovação abrange". The accreditation's scope
// is not the certificate's: only the certificate's nouns are named.
var scopeOfCovers = regexp.MustCompile(`(?i)^(?:the|le|la|el|il|o|der|het|de)\s+(?:` + scopeNouns + `|campo|scopo)\s+` +
	`(?:of|de|du|del|della|di|da|do|des|der|dieser|dieses|van|desta|deste|dessa|desse)\s+(?:(?:this|the|cette|ce|la|le|l['’]|este|esta|el|questa|questo|il|deze|dit|het|de|a|o)\s*)?` +
	`(?:approval|certificate|certification|registration|zulassung|zertifizierung|zertifikats|registrierung|approbation|certificat|enregistrement|` +
	`aprobaci[óo]n|certificado|certificaci[óo]n|registro|approvazione|certificato|certificazione|registrazione|goedkeuring|certificaat|certificering|certificatie|registratie|` +
	`aprova[çc][ãa]o|certifica[çc][ãa]o|registo)\s+` +
	`(?:covers|comprises|includes|encompasses|umfasst|erstreckt\s+sich\s+auf|couvre|comprend|porte\s+sur|comprende|abarca|incluye|cubre|copre|include|omvat|beslaat|abrange|inclui|compreende)\s*(?::|\|)?\s*(.*)$`)

// activitiesHeading is a heading alone on its line, with no colon,
// naming the activities the certification takes in by a participle or a
// phrase, in the seven languages: "Activities covered", "Erfasste
// Tätigkeiten", "Activités couvertes", "Actividades comprendidas",
// "Attività comprese nella certificazione", "Activiteiten binnen de
// certificering", "Atividades abrangidas". The statement is on the lines
// below; "Activities" alone heads other things.
var activitiesHeading = regexp.MustCompile(`(?i)^(?:(?:certified|covered|erfasste|einbezogene|zertifizierte)\s+` + activityNoun + `|` +
	activityNoun + `\s+(?:covered|included|certified|concern[ée]es|couvertes|incluses|comprises|comprendidas|amparadas|abrangidas|inclu[íi]das|cubiertas|incluidas|comprese|incluse|opgenomen|gecertificeerd|certificadas|certificate)|` +
	workUnderCertification + `)\s*()$`)

// activityNoun is the noun for activities in the seven languages.
const activityNoun = `(?:activities|activit[ée]s|actividades|atividades|attivit[àa]|t(?:ä|ae)tigkeiten|leistungen|activiteiten)`

// scopeIntros introduce a scope statement, each with the text after it on
// its line as the first group.
var scopeIntros = []*regexp.Regexp{subjectLabel, scopeSentence, approvalCovers, approvedFor, qualifiedActivities, followingScope, systemApplies, inRespectOf, validFor, scopeOfCovers, activitiesHeading}

// scopeReaders are every scope start, best first: a sub-certificate's own
// scope heading, the labels, the main certificate's scope that a
// sub-certificate prints (the scope it shares, when it states none of its
// own), then the sentences introducing a scope.
var scopeReaders = slices.Concat([]*regexp.Regexp{subCertificateScope}, scopeStarts, []*regexp.Regexp{mainCertificateScope}, scopeIntros)

// siteWord is a word for the sites of a certificate, which a line
// introducing its scope alone does not name.
var siteWord = regexp.MustCompile(`(?i)\b(?:premises|sites?|locations?|standorte?|betriebsst(?:ä|ae)tten?|emplacements?|sedes?|sedi|siti|` +
	`vestigingen|locaties|estabelecimentos?|locais|ubicaciones|implantations?)\b`)

// excludedWord is a word of exclusion: a line introducing what the scope
// excludes ("Scope exclusions:", "Vom Geltungsbereich ausgenommen:") does
// not introduce the scope.
var excludedWord = regexp.MustCompile(`(?i)\b(?:exclu\w*|except\w*|ausgenommen|ausschl\w*|ausnahme\w*|hors|esclu\w*|eccezion\w*|` +
	`uitgesloten|uitzondering\w*|excet\w*|exclu[íi]\w*|not\s+(?:covered|included))\b`)

// closing is the formula that closes a letter, after which comes its
// signature: "Yours faithfully,", "Mit freundlichen Grüßen", "Veuillez
// agréer …", "Atentamente", "Cordiali saluti", "Met vriendelijke groet",
// "Com os melhores cumprimentos", "Respectfully", "Respetuosamente".
var closing = regexp.MustCompile(`(?i)^(?:yours\s+(?:faithfully|sincerely|truly|respectfully)|(?:kind|best|warm)\s+regards|sincerely|respectfully|` +
	`respectueusement|respetuosamente|con\s+osservanza|met\s+de\s+meeste\s+hoogachting|respeitosamente|` +
	`mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|freundliche\s+gr(?:ü|ue)(?:ß|ss)e|hochachtungsvoll|` +
	`veuillez\s+agr[ée]er|nous\s+vous\s+prions\s+d['’]agr[ée]er|cordialement|salutations\s+distingu[ée]es|` +
	`atentamente|un\s+cordial\s+saludo|reciba\s+un\s+cordial\s+saludo|` +
	`cordiali\s+saluti|distinti\s+saluti|` +
	`met\s+vriendelijke\s+groet(?:en)?|hoogachtend|` +
	`com\s+os\s+melhores\s+cumprimentos|atenciosamente|com\s+os\s+nossos\s+cumprimentos|cumprimentos)\b`)

// annexPage names the sheet or page after the certificate, where its
// scope or sites are set out: "the schedule overleaf", "la hoja
// adjunta", "das Beiblatt", "la page suivante", "la folha seguinte".
var annexPage = regexp.MustCompile(`(?i)\b(?:overleaf|attached\s+(?:sheet|page|schedule|list)|next\s+page|following\s+page|beiblatt|folgenden?\s+seite|` +
	`n(?:ä|ae)chsten?\s+seite|page\s+suivante|ci-jointe?|feuille\s+jointe|hoja\s+adjunta|p(?:á|a)gina\s+siguiente|foglio\s+allegato|` +
	`pagina\s+successiva|volgende\s+pagina|bijgevoegde?\s+lijst|folha\s+seguinte|p(?:á|a)gina\s+seguinte|folha\s+anexa)\b`)

// pageNumber is a page's or sheet's number at its foot: "Sheet 1",
// "Page 2 of 3", "Seite 1 / 2", "Página 2 / 2", "Blad 1 van 2".
var pageNumber = regexp.MustCompile(`(?i)^(?:page|sheet|seite|blatt|p(?:á|a)gina|pag\.|blad|folha|folio|feuille|foglio|hoja)\s+\d+` +
	`(?:\s*(?:/|of|von|sur|de|di|van)\s*\d+)?$`)

// followingThings names what a certificate applies to as the things that
// follow, in the seven languages: "the following products or services",
// "die folgenden Produkte und Dienstleistungen", "les produits ou services
// suivants", "los siguientes productos o servicios", "i seguenti prodotti
// o servizi", "de volgende producten of diensten", "os seguintes produtos
// ou serviços". The sites are not among them: "the following sites" names
// where, not what.
const followingThings = `(?:` +
	`(?:all\s+)?(?:the\s+)?following\s+` + thingWords + `|` +
	`(?:die|den|dem|der)\s+folgenden\s+` + thingWords + `|` +
	`(?:aux|les|le|la|au|à\s+la)\s+` + thingWords + `\s+suivante?s?|` +
	`(?:a\s+)?(?:los|las|el|la)\s+siguientes?\s+` + thingWords + `|` +
	`(?:ai|i|alle|le|al|il|allo|lo)\s+seguent[ie]\s+` + thingWords + `|` +
	`(?:op\s+|voor\s+)?(?:de|het)\s+volgende\s+` + thingWords + `|` +
	`(?:aos|os|as|às|ao|o|a)\s+seguintes?\s+` + thingWords + `)`

// followingThingsIntro is the rest of an introduction that says the
// certificate covers "the following activities", "les activités
// suivantes", "as seguintes atividades", perhaps before a colon: the words
// introduce the scope and are none of it. It may be absent.
const followingThingsIntro = `(?:` + followingThings + `\s*(?::|\||-|–)?\s*)?`

// thingWords are the products, services, activities or scope a certificate
// applies to, one or two joined by "and" or "or", in the seven languages.
const thingWords = `` + thingWord + `(?:\s*(?:,|and|or|and/or|&|und|oder|bzw\.|et|ou|y|o|e|ed|en|of)\s+` + thingWord + `)?`

const thingWord = `(?:products?|services?|activities|processes|scope|areas|fields|` +
	`produkte|dienstleistungen|leistungen|t(?:ä|ae)tigkeiten|prozesse|bereiche|geltungsbereich|anwendungsbereich|` +
	`produits|services|activit[ée]s|processus|p[ée]rim[èe]tre|domaine|champ|` +
	`productos|servicios|actividades|procesos|alcance|` +
	`prodotti|servizi|attivit[àa]|processi|campo\s+di\s+applicazione|` +
	`producten|diensten|activiteiten|processen|toepassingsgebied|` +
	`produtos|servi[çc]os|atividades|processos|[âa]mbito|escopo)`

// followingIntro introduces a scope as the things the certificate applies
// to, is valid for or is granted for, in the seven languages: "This
// certificate is applicable to the following products or services", "Das
// Zertifikat gilt für die folgenden Produkte und Dienstleistungen:", "Ce
// certificat s'applique aux produits et services suivants :", "Este
// certificado es válido para las siguientes actividades:", "Il certificato
// si applica ai seguenti prodotti o servizi:", "Dit certificaat is van
// toepassing op de volgende producten of diensten:", "O certificado
// aplica-se aos seguintes produtos ou serviços:". The introduction is not
// part of the scope.
var followingIntro = regexp.MustCompile(`(?i)\b(?:(?:applicable|valid|granted|issued|awarded|applies)\s+(?:to|for)|` +
	`(?:gilt|g(?:ü|ue)ltig|anwendbar|erteilt|ausgestellt)\s+f(?:ü|ue)r|` +
	`(?:s['’]applique|applicable|valable|d[ée]livr[ée]|accord[ée])\s+(?:pour|à|a)?|` +
	`(?:aplicable|se\s+aplica|v[áa]lido|otorgado|concedido|emitido)\s+(?:a|para)?|` +
	`(?:si\s+applica|applicabile|valido|rilasciato|concesso)\s+(?:a|per)?|` +
	`(?:van\s+toepassing|geldig|verleend|afgegeven)|` +
	`(?:aplica-se|aplic[áa]vel|concedido|emitido)\s+(?:a|para)?)\s*` +
	followingThings + `\s*(?::|\||-|–)?\s*(.*)$`)

// introTail is the end of the sentence introducing a scope, on the line
// after the introduction, where German and Dutch put its verb: "für den
// folgenden Geltungsbereich" over "eingeführt hat und aufrechterhält:",
// "voor het volgende toepassingsgebied" over "heeft ingevoerd en
// onderhoudt:". A few words in lower case, no digit, up to a colon.
var introTail = regexp.MustCompile(`^\p{Ll}[\p{L}\s\-]{0,80}:\s*(.*)$`)

// addressLine is a line giving a postal address: a postcode and town after
// a comma ("Str. Fabricii 9, 505400 Râșnov", "Kystveien 31, 4841
// Arendal"). A scope statement never takes one in.
var addressLine = regexp.MustCompile(`,\s*(?:[A-Z]{1,2}[- ]?)?\d{4,6}\s+\p{Lu}\p{Ll}`)

// wrappedThing is the conjunction an introduction ends its line on when
// its last thing wraps onto the next ("… the following products or" over
// "services"), and thingLine that next line.
var (
	wrappedThing = regexp.MustCompile(`(?i)^(?:,|and|or|and/or|&|und|oder|et|ou|y|o|e|ed|en|of)$`)
	thingLine    = regexp.MustCompile(`(?i)^\s*` + thingWord + `(?:\s+suivante?s?)?\s*(?::|-|–)?\s*$`)
)
