package facts

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads a certificate's labels by their meaning rather than as
// fixed phrases: each label is built from a family of words that say the
// same thing in the seven languages, so that a wording no body printed
// before, but any body could, is read. The families are:
//
//   - the number: the document's word with a word of serial, entry,
//     register or number ("Certificate serial", "Registry entry",
//     "Document no.", "Réf. du titre", "Inscripción en el registro");
//   - the issue: the document now in force dated ("Current certificate
//     dated", "Titre en vigueur daté du"), the issue of this document
//     ("Emisión del presente documento"), the document issued again
//     ("Reexpedido con fecha", "Neu ausgefertigt am") and the place and
//     date it was given under seal at;
//   - the expiry: the certification lapsing, ceasing or expiring after a
//     date ("Certification lapses after", "La certificazione decade dopo
//     il") and the end of the certification ("Término de la
//     certificación");
//   - the first certification: entered on the register ("Entered on the
//     registry"), held without a break since;
//   - what is not this certificate's: the end of a previous
//     certification, the date of a certification audit.
//
// The hard distinctions stay: a register entry of the body's accreditation
// is no certificate number (the accreditation's words are checked where
// the label is used), and a label of the first certification is read as
// such, so that its date is never the issue date.

// famDocument is the document a body issues under the words of these
// families: certificate, certification, document, title ("titre",
// "título", "titolo", the word Latin bodies give a certificate), in the
// seven languages.
const famDocument = `(?:certificate|certification|document|zertifikat(?:e?s)?|zertifizierung|bescheinigung|urkunde|dokument(?:e?s)?|nachweis(?:es)?|` +
	`certificat|titre|attestation|certificado|certificación|título|documento|constancia|certificato|certificazione|titolo|attestato|` +
	`certificaat|certificering|certificatie|bewijs|certificação|atestado)`

// famDocumentWord finds a word of famDocument in a sentence.
var famDocumentWord = regexp.MustCompile(`(?i)(?:^|[^\p{L}])` + famDocument + `(?:[^\p{L}]|$)`)

// famNumberWords labels the certificate's number by a word of serial,
// register entry, registration code or document number.
const famNumberWords = `(?:` +
	// "Certificate serial", "Bescheinigungs-Seriennr.", "Nº de série du certificat".
	`\b(?:certificate|cert\.?|zertifikats?|bescheinigungs?|certificat|certificado|certificato|certificaat|certificação|t[íi]tulo|titre|titolo)[\s\-]*` +
	`(?:serial|seriennummer|seriennr\.?|série|serie|seriale)(?:[\s\-]*(?:number|no\.?|nr\.?|n[°º]|nummer|num\.?))?` +
	// "Registry entry", "Entry in the register", "Registereintrag",
	// "Inscription au registre", "Inscripción en el registro",
	// "Iscrizione nel registro", "Inschrijving (in het) register",
	// "Inscrição no registo", "Registration code", "Registratiecode".
	`|\b(?:regist(?:ry|er)\s+entry|entry\s+(?:in|on)\s+(?:the\s+)?regist(?:ry|er)|registereintrag(?:ung)?|eintrag\s+im\s+register|` +
	`inscription\s+(?:au|sur\s+le)\s+registre|inscripci[óo]n\s+en\s+el\s+registro|iscrizione\s+(?:nel|al)\s+registro|` +
	`inschrijving\s+(?:in\s+het\s+)?register|registerinschrijving|inscri[çc][ãa]o\s+no\s+regist[oa]|` +
	`registration\s+code|registratiecode|registriercode|code\s+d['’]\s*enregistrement|c[óo]digo\s+de\s+regist(?:r)?o|codice\s+di\s+registrazione)` +
	`(?:\s+(?:certificaat|van\s+het\s+certificaat|of\s+the\s+certificate|des\s+zertifikats|du\s+certificat|del\s+certificado|del\s+certificato|do\s+certificado))?` +
	// "Document no.", "Dokumentennummer", "Documentnr.", "N° du
	// document", "N.° de documento", "N. documento", "N.º do documento".
	`|\b(?:document|dokument(?:en)?|documento)[\s\-]*(?:number|nummer|no\.|nr\.|n[°º]|n\.\s?º|num\.|número|numero)` +
	`|\b(?:dokumentennummer|dokumentnummer|documentnummer|documentnr\.?)` +
	`|\bn(?:°|º|\.\s?°|\.\s?º|o\.|r\.|\.)\s*(?:du\s+|de\s+|do\s+|del\s+|di\s+|van\s+het\s+)?(?:document|documento)\b` +
	// "Réf. du titre", "Ref. del título", "Rif. del titolo", "Ref.ª do
	// título", "N° du titre", "Título n.º".
	`|(?:\br[ée]f(?:[ée]rence)?\.?|\bref\.?\s*ª|\brif(?:erimento)?\.?|\breferencia|\brefer[êe]ncia|\bn(?:°|º|\.\s?°|\.\s?º|o\.|r\.|\.)|\bnum[ée]ro|\bnúmero)\s*` +
	`(?:du|de|del|do|da|di|dello|del)\s+(?:t[íi]tulo|titre|titolo)\b` +
	`|\b(?:t[íi]tulo|titre|titolo)\s*(?:n(?:°|º|\.\s?°|\.\s?º|o\.|r\.|\.)|num[ée]ro|número|numero)` +
	// "Bescheinigungs-Nr.", "Bescheinigungsnummer".
	`|\bbescheinigungs?[\s\-]*(?:nummer|nr\.?)` +
	`)\s*(?:[:.#|\-]\s*)*`

// famDated is the document in force with a word of "dated" after it, in
// either order of its qualifier: "Current certificate dated", "Aktuelle
// Bescheinigung vom", "Titre en vigueur daté du", "Título vigente
// fechado el", "Titolo vigente datato", "Lopend certificaat gedateerd",
// "Título em vigor datado de". A certificate dated without a word of now
// ("Previous certificate dated") is not this issue.
const (
	famNowBefore = `(?:current|present|valid|aktuelle[snr]?|gültige[snr]?|vorliegende[snr]?|geltende[snr]?|actuel(?:le)?|présente?|` +
		`actual|presente|vigente|attuale|corrente|lopende?|huidige?|geldende?|actuele?|atual)`
	famNowAfter   = `(?:in\s+force|en\s+vigueur|actuel(?:le)?|en\s+cours|vigente|en\s+vigor|actual|in\s+vigore|attuale|corrente|em\s+vigor|atual)`
	famDatedWords = `(?:dated|vom|datiert(?:\s+(?:vom|auf\s+den))?|datée?\s+du|datée?\s+de|fechad[oa](?:\s+el)?|de\s+fecha|con\s+fecha|datat[oa](?:\s+il)?|in\s+data|` +
		`gedateerd(?:\s+op)?|datad[oa](?:\s+de)?|com\s+data\s+de)`
	// famEdition is an edition of a document: "edition", "Ausgabe",
	// "édition", "edición", "edizione", "uitgave", "edição".
	famEdition = `(?:edition|ausgabe|fassung|édition|edición|edizione|editie|uitgave|edição)`
	// famIssueOf is the issue of this document: "Issue of this document",
	// "Ausfertigung dieses Dokuments", "Émission du présent document",
	// "Emisión del presente documento", "Emissione del presente
	// documento", "Uitgifte van dit document", "Emissão do presente
	// documento".
	famDateNoun  = `(?:date|datum|fecha|data)`
	famIssueNoun = `(?:issue|issuance|ausfertigung|ausstellung|émission|délivrance|emisión|expedición|emissione|rilascio|uitgifte|afgifte|emissão|expedição)`
	famThis      = `(?:of\s+(?:this|the\s+present|the\s+current)|dieser|dieses|der\s+vorliegenden|des\s+vorliegenden|du\s+présent|de\s+la\s+présente|de\s+ce|de\s+cette|` +
		`del\s+presente|de\s+la\s+presente|de\s+este|de\s+esta|della\s+presente|del\s+presente|di\s+questo|di\s+questa|van\s+dit|van\s+deze|van\s+het\s+huidige|` +
		`do\s+presente|da\s+presente|deste|desta)`
	// famReissued is the document issued again: "Reissued on",
	// "Reexpedido con fecha", "Neu ausgefertigt am", "Réédité le",
	// "Riemesso il", "Opnieuw uitgegeven op", "Reedição de".
	famReissued = `(?:re-?issued|re-?emitid[oa]|reexpedid[oa]|reeditad[oa]|réémise?|réédité(?:e)?|riemess[oa]|riemissione|` +
		`(?:neu|erneut|wieder)\s+(?:ausgefertigt|ausgestellt)|neuausfertigung|heruitgegeven|opnieuw\s+(?:uitgegeven|afgegeven)|` +
		`re-?emissão|reedição|reemisión|reexpedición|reedición)`
	famOn = `(?:\s+(?:on|am|le|du|el|del|de|il|op|em|a|en|vom|con\s+fecha|com\s+data\s+de|in\s+data))?`
	// famLapse is the certification lapsing, ceasing or expiring, after
	// or on a date: "Certification lapses after", "Zertifizierung
	// erlischt nach dem", "La certification cesse après le", "La
	// certificación caduca después del", "La certificazione decade dopo
	// il", "Certificering vervalt na", "A certificação caduca após".
	famLapseVerb = `(?:lapses|ceases|expires|erlischt|verfällt|endet|cesse|expire|prend\s+fin|caduca|cesa|expira|vence|termina|` +
		`decade|cessa|scade|vervalt|verloopt|eindigt)`
	// famRemain is a verb of remaining before the validity: "Remains in
	// force until", "Bleibt gültig bis", "Reste en vigueur jusqu'au",
	// "Permanece en vigor hasta el", "Resta in vigore fino al", "Blijft
	// van kracht tot", "Mantém-se em vigor até".
	famRemain = `(?:remains|will\s+remain|stays|bleibt|reste|restera|demeure|permanece|permanecerá|sigue|se\s+mantiene|resta|rimane|resterà|rimarrà|blijft|mantém-se|continua)`
	famAfter  = `(?:after|on|nach(?:\s+dem)?|am|après(?:\s+le)?|le|después\s+del?|el|dopo\s+il|il|na|op|após(?:\s+(?:o|a))?|em)`
	// famEndNoun is the end of the certification: "Expiry of
	// certification", "Ablauf der Zertifizierung", "Échéance de la
	// certification", "Término de la certificación", "Termine della
	// certificazione", "Termo da certificação", "Einde certificering".
	famEndNoun = `(?:expiry|expiration|end|lapse|ablauf|ende|erlöschen|échéance|fin|término|termino|vencimiento|caducidad|termine|scadenza|fine|` +
		`termo|fim|vencimento|caducidade|einde|afloop|verval)`
	famCertification = `(?:certification|zertifizierung|certificación|certificazione|certificering|certificatie|certificação)`
	famOf            = `(?:\s+(?:of\s+(?:the\s+)?|der\s+|de\s+(?:la\s+)?|du\s+|del\s+|della\s+|da\s+|do\s+|van\s+(?:de\s+)?)|\s+)`
	// famEntered is the holder entered on the body's register on a
	// date, the first certification: "Entered on the registry",
	// "Im Register eingetragen am", "Inscrit au registre le", "Inscrita
	// en el registro el", "Iscritta nel registro il", "Ingeschreven in het
	// register op", "Inscrita no registo em".
	famEntered = `(?:(?:entered|listed|registered)\s+(?:on|in|into)\s+(?:the\s+|our\s+)?regist(?:ry|er)|` +
		`(?:im\s+register\s+eingetragen|eingetragen\s+im\s+register)|inscrite?\s+(?:au|sur\s+le)\s+registre|inscrit[oa]\s+en\s+el\s+registro|` +
		`iscritt[oa]\s+(?:nel|al)\s+registro|ingeschreven\s+in\s+het\s+register|inscrit[oa]\s+no\s+regist[oa])`
	// famHeld is a certification held without a break since a date:
	// "Certification held without interruption since", "Certification
	// détenue sans interruption depuis le".
	famHeld = `(?:held|gehalten|détenue?|mantenida|ostentada|mantenuta|detenuta|aangehouden|mantida|detida)`
	// famPrevious is a word of another, earlier certification.
	famPrevious = `(?:previous|prior|former|preceding|vorherige[nrs]?|frühere[nrs]?|ehemalige[nrs]?|précédente?|antérieure?|ancien(?:ne)?|anterior|precedente|vorige|voorgaande|eerdere|voormalige?|vroegere?|bisherige[nrs]?|antig[oa])`
)

// famDateLabels are the date labels of the families, which certificate
// date labels include.
var famDateLabels = slices.Concat(
	labels(dateIssued, 1,
		famNowBefore+`\s+`+famDocument+`\s+`+famDatedWords,
		// The certificate or this edition of it dated, a label of its
		// own: "Certificate dated", "This edition dated", "Zertifikat
		// vom", "Certificat daté du", "Certificado de fecha", "Certificato
		// datato", "Certificaat gedateerd", "Edição datada de".
		`(?:(?:this|the|dieses|diese|das|ce|cette|le|la|este|esta|el|questo|questa|il|dit|deze|het|o|a)\s+)?(?:`+famDocument+`|`+famEdition+`)\s+`+famDatedWords,
		famDocument+`\s+`+famNowAfter+`\s+`+famDatedWords,
		famIssueNoun+`\s+`+famThis+`\s+`+famDocument,
		// A noun of date before the issue of this document: "Date of issue
		// of this certificate", "Datum der Ausstellung dieses Zertifikats",
		// "Date d'émission du présent certificat", "Fecha de emisión de este
		// certificado", "Data di rilascio del presente certificato", "Datum
		// afgifte dit certificaat", "Data de emissão deste certificado".
		famDateNoun+`\s+(?:of\s+|der\s+|d['’]\s*|de\s+|di\s+|van\s+|da\s+|do\s+)?`+famIssueNoun+`\s+(?:`+famThis+`|this|dit|deze|diese[sr]?)\s+`+famDocument,
		// The date of the certification now in force: "Date of current
		// certification", "Datum der aktuellen Zertifizierung", "Date de la
		// certification en cours", "Fecha de la certificación vigente",
		// "Data della certificazione corrente", "Datum huidige
		// certificering", "Data da certificação atual".
		famDateNoun+`\s+(?:of\s+(?:the\s+)?|der\s+|de\s+(?:la\s+)?|della\s+|da\s+|van\s+de\s+)?`+famNowBefore+`\s+`+famCertification,
		famDateNoun+`\s+(?:of\s+(?:the\s+)?|der\s+|de\s+(?:la\s+)?|della\s+|da\s+|van\s+de\s+)?`+famCertification+`\s+`+famNowAfter,
		`(?:current|present)\s+certification\s+date`,
		famReissued+famOn,
		// The current cycle from a date, this issue's start: "Current
		// cycle from", "Laufender Zyklus ab", "Cycle en cours depuis le",
		// "Ciclo vigente desde el", "Ciclo corrente dal", "Lopende cyclus
		// vanaf", "Ciclo atual desde".
		`(?:current|present)\s+(?:certification\s+)?cycle\s+(?:from|since|starting)`,
		`(?:laufende[rn]?|aktuelle[rn]?|gegenwärtige[rn]?|derzeitige[rn]?)\s+(?:zertifizierungs)?zyklus\s+(?:ab|seit|vom)`,
		`cycle\s+(?:de\s+certification\s+)?(?:en\s+cours|actuel)\s+(?:depuis\s+le|à\s+partir\s+du|à\s+compter\s+du|du)`,
		`ciclo\s+(?:de\s+certificación\s+)?(?:actual|vigente|en\s+curso)\s+(?:desde(?:\s+el)?|a\s+partir\s+del)`,
		`ciclo\s+(?:di\s+certificazione\s+)?(?:attuale|corrente|in\s+corso)\s+(?:dal|a\s+partire\s+dal)`,
		`(?:huidige|lopende)\s+(?:certificerings)?cyclus\s+(?:vanaf|sinds|per)`,
		`ciclo\s+(?:de\s+certificação\s+)?(?:atual|vigente|em\s+curso)\s+(?:desde|a\s+partir\s+de)`,
		// The place and date a certificate is given under the body's
		// seal: "Given under seal at", "Fait et scellé à", "Dado bajo
		// sello en", "Dato sotto sigillo a", "Gegeven onder zegel te",
		// "Dado sob selo em", "Gesiegelt in".
		`(?:given|issued|done)\s+under\s+(?:the\s+|our\s+|my\s+)?(?:common\s+)?(?:seal|hand(?:\s+and\s+seal)?)(?:\s+(?:at|in|on))?`,
		`(?:gegeben|ausgefertigt)\s+unter\s+(?:dem\s+)?siegel(?:\s+(?:in|zu|am))?`, `gesiegelt\s+(?:in|zu|am)`,
		`(?:fait|délivrée?)\s+(?:et\s+scellée?\s+|sous\s+(?:le\s+)?sceau\s+)(?:à|le)`,
		`(?:dad[oa]|otorgad[oa]|expedid[oa])\s+(?:bajo|con)\s+(?:el\s+)?sello\s+(?:en|el)`,
		`(?:dat[oa]|rilasciat[oa])\s+(?:sotto|con)\s+(?:il\s+)?sigillo\s+(?:a|il)`,
		`(?:gegeven|afgegeven)\s+onder\s+(?:het\s+)?zegel\s+(?:te|op)`,
		`(?:dad[oa]|emitid[oa])\s+(?:sob|com)\s+(?:o\s+)?selo\s+(?:em|a)`),
	labels(dateExpires, 1,
		// The last date of validity, as a limit: "Validity limit date",
		// "Date limite de validité", "Fecha límite de validez", "Data limite
		// di validità", "Data limite de validade", "Uiterste
		// geldigheidsdatum", "Letzter Gültigkeitstag".
		`(?:validity\s+limit(?:\s+date)?|limit\s+date\s+of\s+validity|`+famDateNoun+`\s+límite\s+(?:de\s+|di\s+)?(?:validité|validez|vigencia|validità|validade)|`+
			`uiterste\s+(?:geldigheidsdatum|datum\s+van\s+geldigheid)|letzter\s+gültigkeitstag)`,
		`(?:(?:the|this|la|le|l['’]|el|il|lo|a|o|het|de|die|das|diese)\s*)?`+famDocument+`\s+`+famLapseVerb+`\s+`+famAfter,
		famRemain+`\s+`+validWords+`\s+(?:`+latestWords+`\s+)?`+untilWords+pairInclusive,
		// German puts the verb first after a clause before it:
		// "(Vorbehaltlich …) erlischt diese Bescheinigung am".
		`(?:erlischt|endet|verfällt|läuft)\s+(?:diese[rs]?|das|die|der)\s+(?:bescheinigung|zertifikat|urkunde|zertifizierung|nachweis|dokument)(?:\s+(?:ab|aus))?\s+am`,
		famEndNoun+famOf+famCertification,
		// The end of the validity: "End of validity", "Ende der
		// Gültigkeit", "Fin de validité", "Término de validez", "Termine di
		// validità", "Einde geldigheid", "Termo de validade".
		famEndNoun+famOf+`(?:validity|gültigkeit|validité|validez|vigencia|validità|validade|vigência|geldigheid)`),
	labels(dateInitial, 1,
		famEntered+`(?:\s+(?:on|am|le|el|il|op|em|since|seit|depuis(?:\s+le)?|desde(?:\s+el)?|dal|sinds))?`,
		famCertification+`\s+`+famHeld+`\s+`+continuousWords+`\s+`+sinceWords),
	// Another certification's end, or an audit of a certification: no
	// date of this certificate ("Expiry of previous certification",
	// "Término de la certificación anterior", "End of certification
	// audit").
	labels(dateOther, 1,
		famEndNoun+famOf+`(?:`+famPrevious+`\s+`+famCertification+`|`+famCertification+`\s+`+famPrevious+`)`,
		famEndNoun+famOf+famCertification+`\s+(?:body|bodies|organism)`,
		`(?:re)?`+famCertification+`\s+audit`, `(?:audit|auditoría|auditoria|auditoría)\s+de\s+(?:la\s+)?(?:re)?certifica(?:tion|ción|ção)`,
		`(?:re)?zertifizierungsaudit`, `audit\s+di\s+(?:ri)?certificazione`, `(?:her)?certificeringsaudit`),
)

// famScopeLabel is a scope label of the families: the field, area or
// extent of the certification, as a noun phrase or a compound ("Field of
// certification", "Zertifizierungsumfang", "Champ de la certification",
// "Campo de la certificación", "Ambito della certificazione",
// "Certificeringsgebied", "Campo da certificação"), perhaps ending in a
// verb of being before a colon ("The certified activities are:").
var famScopeLabel = regexp.MustCompile(`(?i)^(?:(?:the|le|la|l['’]|el|il|lo|o|a|het|de|der|die|das)\s*)?(?:` +
	`(?:field|area|extent|scope|range|champ|domaine|périmètre|campo|ámbito|ambito|âmbito|alcance|área|umfang|bereich|gebied|reikwijdte)` + famOf + famCertification +
	`|(?:zertifizierungs|certificerings|certificatie)(?:umfang|bereich|gebied|domein|omvang)` +
	`|` + pairQualifier + `\s+` + pairScopeNoun + `\s+(?:are|is|sind|ist|sont|est|son|es|sono|è|zijn|são|é)` +
	`)\s*:?$`)

// famAccreditedBy is the certification body said to be accredited by
// another, in the seven languages: "Certification body accredited by",
// "Organismo acreditado por", "Zertifizierungsstelle akkreditiert durch",
// "Organisme accrédité par", "Organismo accreditato da",
// "Certificatie-instelling geaccrediteerd door", "Organismo acreditado
// pelo", or "Accredited by" starting the line. The body's word (or
// nothing) must come before the participle: "auditors accredited by" is
// someone else's accreditation. The preposition may wrap onto the next
// line ("Zertifizierungsstelle akkreditiert" over "durch ČIA").
var famAccreditedBy = regexp.MustCompile(`(?i)^(?:(?:the\s+|l['’]\s*|el\s+|il\s+|de\s+|die\s+|o\s+)?` +
	`(?:(?:certification|certifying)\s+body|body|organisme(?:\s+(?:de\s+certification|certificateur))?|organismo(?:\s+(?:de\s+certificaci[óo]n|di\s+certificazione|de\s+certifica[çc][ãa]o|certificador))?|` +
	`zertifizierungsstelle|stelle|(?:certificatie-?|certificerings)?instelling|ente(?:\s+di\s+certificazione)?|entidad(?:\s+de\s+certificaci[óo]n)?|entidade(?:\s+certificadora)?)\s+)?` +
	`(?:accredited|akkreditiert|accr[ée]dit[ée]e?|acreditad[oa]|accreditat[oa]|geaccrediteerd)` +
	`(?:\s+(` + famByWords + `)(?:\s+(.*))?)?\s*$`)

// famByWords is the preposition of "accredited by".
const famByWords = `by|durch|von|par|por|pel[oa]|da|dal|dalla|door`

// famByStart is a line, or a cell, starting with the preposition of
// "accredited by" before a name: the label's end wrapped.
var famByStart = regexp.MustCompile(`(?i)^(?:` + famByWords + `)\s+(\S.*)$`)

// shortBodyName is a short name as accreditation bodies write theirs
// beside the acronym ones: capitals, a hyphen and a capitalised word
// ("NAB-Malta").
var shortBodyName = regexp.MustCompile(`^\p{Lu}{2,6}-\p{Lu}\p{Ll}{2,10}$`)

// accreditedBodyAfter reads the body named after a famAccreditedBy label
// starting line i: on the same line, or in the one cell of the next line
// that holds a short name alone (the other cells are the signature
// block's), or after the preposition wrapped onto the next line. It gives
// the name, the quote and whether the label was found.
func accreditedBodyAfter(lines []string, i int) (string, string, bool) {
	m := famAccreditedBy.FindStringSubmatch(strings.TrimSpace(firstCell(lines[i])))
	if m == nil {
		return "", "", false
	}
	if v := strings.TrimSpace(m[2]); v != "" {
		return v, lines[i], true
	}
	j := nextLine(lines, i)
	if j < 0 {
		return "", "", false
	}
	var names []string
	for _, c := range strings.Split(lines[j], " | ") {
		c = strings.TrimSpace(c)
		if m[1] == "" {
			// The preposition wrapped: the cell that starts with it.
			if b := famByStart.FindStringSubmatch(c); b != nil {
				names = append(names, strings.TrimSpace(b[1]))
			}
			continue
		}
		if acronym.MatchString(c) || shortBodyName.MatchString(c) {
			names = append(names, c)
		}
	}
	if len(names) != 1 {
		return "", "", false // none, or two names: which is the body cannot be told
	}
	return names[0], lines[i] + " " + lines[j], true
}

// besideSeal is the value under label cell c of a row of labels when a
// round seal in the middle of the page puts its words between the
// columns: in the row of labels ("Initial certification granted |
// CERTIFIED ISMS | Certification lapses after"), in the row of values
// ("SSR 2207-B | SSR | 07/05/2024"), or in both. Left out, the seal's
// cells leave as many labels as values, paired in order; the label's own
// cell must not be the seal's.
func besideSeal(heads, values []string, c int) (string, bool) {
	hk, vk := unsealed(heads), unsealed(values)
	if len(hk) != len(vk) || len(hk) == len(heads) && len(vk) == len(values) {
		return "", false
	}
	pos := slices.Index(hk, c)
	if pos < 0 {
		return "", false
	}
	return values[vk[pos]], true
}

// unsealed is the indexes of the cells that are not a seal's words: a
// seal prints the body's short name or a word or two of certification in
// capitals ("SSR", "CERTIFIED ISMS", "SMSI CERTIFIÉ"), with no digit.
func unsealed(cells []string) []int {
	var out []int
	for k, c := range cells {
		c = strings.TrimSpace(c)
		if !(c != "" && len(strings.Fields(c)) <= 3 && strings.ToUpper(c) == c && strings.ToLower(c) != c && !strings.ContainsFunc(c, unicode.IsDigit)) {
			out = append(out, k)
		}
	}
	return out
}

// statementLines is the lines a statement read from the start of lines
// runs over.
func statementLines(statement string, lines []string) []string {
	want, got := len(textSign(statement)), 0
	for k, l := range lines {
		if got >= want {
			return lines[:k]
		}
		got += len(textSign(l))
	}
	return lines
}

// mayBeItems reports whether the lines of a statement under a heading
// alone may be the items of a list whose bullets are drawn rather than
// written: no separator between them, and a line before the last ends
// without punctuation though the next line's first word would have fitted
// on it. Read as one paragraph, such a list runs its items together.
func mayBeItems(parts []string) bool {
	if len(parts) < 3 || slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, ";") }) {
		return false
	}
	width := 0
	for _, p := range parts {
		width = max(width, utf8.RuneCountInString(p))
	}
	for k, p := range parts[:len(parts)-1] {
		word, _, _ := strings.Cut(parts[k+1], " ")
		if !strings.HasSuffix(p, "-") && !endsPunct(p) && !runsOn.MatchString(p) &&
			utf8.RuneCountInString(p)+1+utf8.RuneCountInString(word) <= width {
			return true
		}
	}
	return false
}

// wrappedBeside reads a label whose cell wraps onto the next line while
// its value stands in the next cell of its first line, as a key/value
// list in narrow columns prints it ("Remains in | 07/01/2027" over "force
// until", "Inschrijving | CCS-IB-0101 | …" over "register | …"): the
// label's rest is the next line's first cell when the label starts its
// line, or its last cell when the value ends its line, in lower case and
// without digits. Only the two parts read together as a label, and a
// value of its type alone in its cell, make a pair.
func (r *pairReader) wrappedBeside(i, c int) (labelPair, bool) {
	cells := strings.Split(r.lines[i], " | ")
	j := nextLine(r.lines, i)
	if c+1 >= len(cells) || j < 0 || j != i+1 || !wordsOnly(cells[c]) || !startsUpper(cells[c]) {
		return labelPair{}, false
	}
	next := strings.Split(r.lines[j], " | ")
	var rest string
	switch {
	case c == 0:
		rest = next[0]
	case c+1 == len(cells)-1:
		rest = next[len(next)-1]
	default:
		return labelPair{}, false
	}
	rest = strings.TrimSpace(rest)
	if !wordsOnly(rest) || !startsLower(rest) {
		return labelPair{}, false
	}
	label := strings.TrimSpace(cells[c]) + " " + rest
	kind, v := r.label(label), strings.TrimSpace(cells[c+1])
	switch {
	case kind == pairNumber && pairCode(v), kind != "" && kind != pairNumber && kind != pairScope && pairDate(v, r.order):
		return labelPair{kind: kind, label: label, value: v, line: i}, true
	}
	return labelPair{}, false
}

// typedUnder is the value under label cell c of a row of labels when the
// line under it does not keep the row's cells, as a seal in the middle of
// the page runs the values of both sides into one line or leaves one
// side's alone ("N.º do documento | Reedição de" over "CMZ-SGSI-0165
// Certimoz 19 de setembro de 2024"): the value is known by its type when
// the label is the row's only one of that type (the only number label, or
// the only date label) and the line holds exactly one value of it, the
// code at the line's start or a single date. A row with two date labels
// over one date leaves it unread.
func (r *pairReader) typedUnder(i, c int, kind string) (int, string) {
	cells := strings.Split(r.lines[i], " | ")
	same := 0
	for _, k := range unsealed(cells) {
		kk := r.label(cells[k])
		if kk == "" || kk == pairScope {
			return -1, "" // not a row of labels alone
		}
		if (kk == pairNumber) == (kind == pairNumber) {
			same++
		}
	}
	j := nextLine(r.lines, i)
	if same != 1 || j < 0 || strings.Count(r.lines[j], " | ") == len(cells)-1 || otherStandard.MatchString(r.lines[j]) || r.headerRow(r.lines[j]) {
		return -1, "" // a row of as many cells is pairUnder's to read
	}
	v, ok := r.typedValue(r.lines[j], kind)
	if !ok {
		return -1, ""
	}
	if k := nextLine(r.lines, j); k >= 0 {
		if _, more := r.typedValue(r.lines[k], kind); more {
			return -1, "" // lines of values under the labels: which is this certificate's cannot be told
		}
	}
	return j, v
}

// typedValue is the one value of a label's type in line l: the code that
// starts it for a number, its only date for a date.
func (r *pairReader) typedValue(l, kind string) (string, bool) {
	if kind == pairNumber {
		v := numberValue(firstCell(l))
		return v, v != "" && strings.HasPrefix(l, v) && codeLike(v) && certificateCode(v)
	}
	ds := DatesIn(l, r.order)
	if len(ds) != 1 {
		return "", false
	}
	return ds[0].Text, true
}

// famFormerly is a word saying that what follows was so before, not now:
// "previously", "formerly", "vorher", "précédemment", "anteriormente",
// "precedentemente", "voorheen". Before "certified by" it names the body
// that certified the holder before this one.
const famFormerly = `(?:previously|formerly|earlier|until\s+now|vorher|zuvor|früher|bisher|ehemals|vormals|` +
	`précédemment|auparavant|antérieurement|anciennement|anteriormente|previamente|con\s+anterioridad|` +
	`precedentemente|in\s+precedenza|voorheen|eerder|vroeger|tot\s+dusver)`

// famTransferred is a certificate taken over from another body: "transferred
// from", "übertragen von", "transféré de", "transferido de", "trasferito
// da", "overgedragen van", "transferência de", and the transfer's nouns.
const famTransferred = `(?:transferred\s+from|transfer(?:red)?\s+(?:of\s+certification\s+)?from|übertragen\s+von|übernommen\s+von|transfer\s+von|` +
	`transf[ée]r[ée]e?\s+(?:de|du|depuis)|transfert\s+(?:de|du|depuis)|transferid[oa]\s+(?:de|desde|d[oa])|transferencia\s+(?:de|desde)|` +
	`trasferit[oa]\s+da|trasferimento\s+da|overgedragen\s+van|overgenomen\s+van|overdracht\s+van|transferência\s+(?:de|d[oa]))`

// formerBodyBefore finds, in the words before a body's label or name on
// its line, that the body is a former one: a word of formerly or of the
// previous before the label ("Previously certified by", "Previous
// certification body:"), or a transfer from it ("Transferred from").
var formerBodyBefore = regexp.MustCompile(`(?i)(?:(?:^|[^\p{L}])(?:` + famFormerly + `|` + famPrevious + `)\s*$|(?:^|[^\p{L}])` + famTransferred + `\s*[:|]?\s*$)`)

// formerBodyAfter finds a word of the previous right after a body's label,
// as the Romance languages put it: "Organisme de certification précédent :",
// "Entidad de certificación anterior:", "Organismo di certificazione
// precedente:", "Organismo de certificação anterior:".
var formerBodyAfter = regexp.MustCompile(`(?i)^\s*(?:` + famPrevious + `|` + famFormerly + `)(?:[^\p{L}]|$)`)
