package facts

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"assay/app/evidence"
)

// Kinds of date label on a certificate.
const (
	dateExpires = "expires"
	dateIssued  = "issued"
	dateOther   = "other"
	dateInitial = "initial" // "Original approval", "Erstzertifizierung": when the first cycle began
	dateRange   = "range"   // "Valid: 1 Nov 2024 – 31 Oct 2027": both ends of the validity
	// "Issue 4 | 03/05/2023": the date of the issue numbered, this
	// certificate's when it is the latest so labelled (latestIssue).
	dateNumberedIssue = "numbered issue"
	// "Revision 3 | 2023-05-20": a numbered issue when its line also gives
	// the expiry, else another date (latestIssue).
	dateNumberedRevision = "numbered revision"
)

// certificateDateLabels are the labels certificates put before dates. The
// "other" labels matter as much as the rest: an audit or revision date
// labelled as such must not be taken for the expiry.
var certificateDateLabels = slices.Concat(
	labels(dateExpires, 1, "valid until", "valid till", "valid thru", "valid through", "valid to",
		"expiry date", "expiration date", "date of expiry", "date of expiration", "expiry", "expiration",
		"expires on", "expires", "expiring on", "certificate expires", "until", "till",
		"gültig bis", "gültig bis zum", "gültigkeit bis", "ablaufdatum", "gültigkeitsdatum", "verfallsdatum",
		"valable jusqu'au", "valable jusqu’au", "valable jusqu'à", "date d'expiration", "date d’expiration", "date d'échéance", "expire le",
		"válido hasta", "válido hasta el", "fecha de caducidad", "fecha de vencimiento", "fecha de expiración", "vence el",
		"valido fino al", "valido fino a", "data di scadenza", "scadenza", "scade il",
		"geldig tot", "geldig tot en met", "vervaldatum", "verloopdatum", "vervalt op",
		"válido até", "data de validade", "data de expiração", "expira em",
		"validez hasta", "vigente hasta", "vigencia hasta", "válida hasta", "valido sino al", "valida fino al", "valida sino al",
		"valide jusqu'au", "valide jusqu’au", "gültigkeit endet am", "gültigkeit endet", "laufzeit bis", "befristet bis", "läuft ab am",
		"verloopt op", "verloopt", "vervalt", "validade até", "válida até",
		"certificate expiry", "certificate expiry date", "certificate expiration", "certificate expiration date", "certificate expires on",
		"registration expiry", "registration expiry date", "expiry of certificate", "expiry of the certificate", "expiry of registration",
		"verfällt am", "gültigkeitsende", "einddatum", "data de termo", "échéance", "vencimiento", "caducidad", "caduca el", "data de vencimento", "vence em", "in vigore fino al", "geldig t/m",
		"data de caducidade", "caducidade", "caduca em", "scade in data", "scadenza in data",
		"valid up to", "valid up to and including", "valid upto", "caduca a", "caduca el", "expira a",
		// The date of validity, as bodies name the last day: "Validity
		// date", "Date de validité", "Fecha de validez", "Data di
		// validità", "Geldigheidsdatum" ("Gültigkeitsdatum" and "Data de
		// validade" above). Two dates after it are the validity's ends.
		"validity date", "date of validity", "date de validité", "fecha de validez", "data di validità", "geldigheidsdatum",
		// The expiry named as the certificate's: "Échéance du certificat",
		// "Data di scadenza del certificato", "Vencimiento del certificado",
		// "Ablaufdatum der Urkunde", "Vervaldatum (van het) certificaat",
		// "Data de validade do certificado".
		`(?:(?:date|data|fecha)\s+(?:d['’]\s*|de\s+|di\s+)?)?(?:échéance|expiration|expiry|scadenza|vencimiento|caducidad|caducidade|vencimento|expiração|validade|ablauf(?:datum)?|vervaldatum|verloopdatum)\s+`+
			`(?:of\s+(?:the\s+|this\s+)?|du\s+|de\s+(?:la\s+|l['’]\s*)?|del\s+|dell['’]\s*|do\s+|da\s+|der\s+|des\s+|van\s+(?:het\s+)?)?(?:certificate|certificat|certificato|certificado|certificaat|zertifikat(?:e?s)?|urkunde|attestation|attestato)`),
	// A word of validity, a word saying "at the latest" before or after
	// it, then one of "until": "Valid at the latest until", "Gültig
	// längstens bis", "Valable au plus tard jusqu'au", "Validez máxima
	// hasta", "Valido al più tardi fino al", "Uiterlijk geldig tot",
	// "Válido no máximo até".
	labels(dateExpires, 1, `(?:`+latestWords+`\s+)?`+validWords+`(?:\s+`+latestWords+`)?\s+(?:`+latestWords+`\s+)?`+untilWords,
		// German splits the verb of expiry around its subject, and a
		// sentence wraps anywhere in it: "läuft dieses Zertifikat ab am",
		// "verliert dieses Zertifikat seine Gültigkeit am".
		`(?:läuft|verfällt)\s+(?:(?:dieses|das|das\s+vorliegende)\s+zertifikat\s+)?(?:ab|aus)(?:\s+am)?`,
		// The certificate named before the verb, so that a cell holding
		// both is one label: "O certificado" … "caduca em", "Het
		// certificaat verloopt op".
		certificateSubject+`(?:expires(?:\s+on)?|will\s+expire\s+on|caduca\s+(?:el|em)|vence\s+(?:el|em)|expira\s+(?:el|em)|expire\s+le|arrive\s+à\s+échéance\s+le|`+
			`scade\s+(?:il|in\s+data)|verloopt(?:\s+op)?|vervalt(?:\s+op)?|läuft\s+ab(?:\s+am)?|verfällt(?:\s+am)?)`,
		`(?:verliert|endet)\s+(?:(?:dieses|das)\s+zertifikat\s+)?(?:seine\s+|die\s+)?gültigkeit(?:\s+(?:dieses|des)\s+zertifikat(?:e?s))?(?:\s+am)?`,
		// The verb parted from its "ab" by the date: "Dieses Zertifikat
		// läuft am 28.02.2029 ab", "Die Gültigkeit endet am …".
		`(?:zertifikat|urkunde|zertifizierung|gültigkeit)\s+(?:läuft|endet|erlischt)\s+am`,
		// The verbs of lapsing, which say only that the certificate ends:
		// "Lapses on", "Erlischt am", "Échoit le", "Arrive à échéance le",
		// "Decade il", "Loopt af op", "Verstrijkt op", "Caduca em".
		`(?:lapses|erlischt|échoit|(?:arrive|vient)\s+à\s+échéance|decade|loopt\s+af|verstrijkt)\s+(?:on|am|le|il|op)`),
	// "End of validity" in each language, and a word of validity before
	// one of "until": the validity's end, however the two are worded.
	labels(dateExpires, 1, `(?:end|fin|einde|ende|fine|fim|termine|término|ablauf|scadenza|vencimento|vencimiento|expiry|expiration)\s+(?:of\s+|de\s+(?:la\s+)?|der\s+|di\s+|della\s+|da\s+)?(?:validity|validité|validez|vigencia|geldigheid|gültigkeit|validità|validade|laufzeit)`,
		// "Einddatum geldigheid", "Enddatum der Gültigkeit", "Data de fim da
		// validade": a noun of the end date before the validity's.
		`(?:einddatum|enddatum|end\s+date|data\s+(?:de\s+)?fim|fecha\s+(?:de\s+)?fin|data\s+(?:di\s+)?fine)\s+(?:of\s+|de\s+(?:la\s+)?|der\s+|di\s+|della\s+|da\s+|van\s+(?:de\s+)?)?(?:validity|validez|vigencia|geldigheid|gültigkeit|validità|validade)`,
		`(?:validity(?:\s+period)?|period\s+of\s+validity|registration\s+valid|certificate\s+valid|validez|vigencia|validade|período\s+de\s+validade|validità|periodo\s+di\s+validità|validité|période\s+de\s+validité|durée\s+de\s+validité|gültigkeit|gültigkeitsdauer|laufzeit|geldigheid|geldigheidsduur)\s+(?:until|till|to|through|thru|hasta(?:\s+el)?|até|fino\s+al?|sino\s+al?|jusqu'au|jusqu’au|bis(?:\s+zum)?|tot(?:\s+en\s+met)?|t/m)`),
	labels(dateIssued, 1, "issue date", "date of issue", "issued on", "issued", "date issued",
		"current issue date", "date of current issue", "current issue", "current certificate", "effective date", "effective from",
		// The certificate now in force, as a band of dates heads it beside
		// the original approval: "Certificato corrente", "Certificat en
		// cours", "Certificado atual", "Aktuelles Zertifikat", "Huidig
		// certificaat".
		`(?:certificat|certificato|certificado|certificaat|zertifikat|urkunde)\s+(?:en\s+cours|actuel|corrente|attuale|in\s+corso|atual|actual|vigente|en\s+vigor|em\s+vigor|huidig|aktuell)`,
		`(?:aktuelle[s]?|gültige[s]?|derzeitige[s]?|huidige?|actuele?|présent|actuel|attuale|corrente|atual|actual)\s+(?:certificat|certificato|certificado|certificaat|zertifikat|urkunde)`,
		"valid from", "date of certification", "certification date", "certified on", "certificate date",
		"date of approval", "approval date", "issuance date", "date of issuance", "issuance", "certificate issuance date",
		"place and date", "place & date", "date of this certificate",
		// The place and date of issue, as a signature block prints them.
		`(?:place\s+(?:and|&)\s+date\s+of\s+issue|ort\s+und\s+datum\s+der\s+ausstellung|lieu\s+et\s+date\s+(?:d['’]\s*émission|de\s+délivrance)|lugar\s+y\s+fecha\s+de\s+(?:emisión|expedición)|`+
			`luogo\s+e\s+data\s+di\s+(?:emissione|rilascio)|plaats\s+en\s+datum\s+van\s+(?:uitgifte|afgifte)|local\s+e\s+data\s+de\s+emissão)`,
		"ausstellungsdatum", "ausgestellt am", "datum der ausstellung", "gültig ab", "gültig seit", "zertifizierungsdatum", "ort und datum", "ort, datum",
		"date d'émission", "date d’émission", "émis le", "délivré le", "date de délivrance", "valable à partir du", "date de certification", "lieu et date", "fait à",
		"fecha de emisión", "fecha de expedición", "expedido el", "emitido el", "válido desde", "fecha de certificación", "lugar y fecha",
		"data di emissione", "data emissione", "data emissione corrente", "data di emissione corrente", "emesso il", "valido dal", "data di certificazione", "luogo e data",
		"datum van uitgifte", "datum uitgifte", "datum van certificering", "datum certificering", "uitgegeven op", "uitgiftedatum", "afgegeven op", "geldig vanaf", "certificeringsdatum", "plaats en datum",
		"data de emissão", "emitido em", "data de certificação", "local e data",
		// The date of this issue of the certificate, told from the first.
		"this issue", "this issue dated", "issue dated", "date of this issue", "present issue", "latest issue", "latest issue date",
		"reissue date", "re-issue date", "date of reissue", "date of re-issue", "reissued on", "re-issued on", "signed at",
		"ausgestellt", "émission", "émis à", "délivré à", "édition du", "emisión", "fecha emisión", "fecha expedición", "emitido en",
		"emissione", "emesso a", "rilasciato a", "uitgifte", "afgegeven te", "emissão", "data emissão",
		"ausgabedatum", "datum der ausgabe", "datum dieser ausgabe", "diese ausgabe", "aktuelle ausgabe", "ausgabe vom", "erteilt am",
		"date de la présente émission", "présente émission", "émission actuelle", "date de cette édition", "cette édition", "présente édition", "date d'édition", "édité le",
		"fecha de esta edición", "esta edición", "fecha de edición", "emitido con fecha", "emisión actual", "presente emisión", "fecha de la presente emisión",
		"emissione corrente", "data della presente emissione", "presente emissione", "emissione attuale", "data di questa emissione", "data di rilascio", "rilasciato il",
		"uitgegeven", "datum van deze uitgave", "deze uitgave", "datum uitgave", "huidige uitgifte", "datum van deze uitgifte", "afgiftedatum", "datum van afgifte",
		"data desta edição", "desta edição", "data da presente emissão", "presente emissão", "emissão atual", "emitido a", "data de edição",
		"current certificate issued", "certificate issued", "certificate issued on", "given at", "given under my hand at",
		"expedido en", "expedida en", "expedido em", "emitida en", "emitida em",
		// The date of this certificate, as against the first's: "Date of
		// this certificate", "Datum dieses Zertifikats", "Fecha de este
		// certificado", "Data del presente certificato".
		`(?:date|datum|fecha|data)\s+(?:of\s+(?:this|the\s+present|the\s+current)|du\s+présent|de\s+ce|de\s+(?:este|la\s+presente)|del\s+presente|dieses|des\s+(?:vorliegenden|aktuellen)|van\s+(?:dit|het\s+huidige)|deste|do\s+presente|di\s+questo)\s+(?:certificate|certificat|zertifikat(?:e?s)?|certificado|certificato|certificaat)`,
		// The start of this cycle's validity.
		"gültigkeitsbeginn", "beginn der gültigkeit", "date d'effet", "fecha de entrada en vigor", "vigente desde", "en vigor desde",
		"data di decorrenza", "in vigore dal", "ingangsdatum", "datum van ingang", "em vigor desde",
		"issue effective", "issue effective date",
		// A certificate issued again, in each language: "Re-issued on",
		// "Neu ausgestellt am", "Réémis le", "Reemitido el", "Riemesso il",
		// "Heruitgegeven op", "Reemitido em".
		`(?:re-?issued|re-?emitid[oa]|reexpedid[oa]|réémise?|réédité|réédition|riemess[oa]|rilasciat[oa]\s+nuovamente|heruitgegeven|opnieuw\s+(?:uitgegeven|afgegeven)|(?:neu|erneut|wieder)\s+ausgestellt|neuausstellung|re-?emissão|reemisión|riemissione|heruitgifte)(?:\s+(?:on|am|le|el|il|op|em|a|en|vom|du|del|de))?`,
		// The start of the cycle this certificate belongs to, as a
		// certificate that lists the whole cycle's history words it
		// ("Recertification cycle start date", "Fecha de inicio del
		// ciclo de renovación"); the original cycle's start is dateInitial.
		`(?:recertification|renewal|current|new)\s+cycle\s+start(?:\s+date)?`,
		`(?:start|beginning)\s+of\s+(?:the\s+)?(?:current|recertification|renewal)\s+cycle`,
		`fecha\s+de\s+inicio\s+del\s+(?:ciclo\s+de\s+(?:renovación|recertificación)|ciclo\s+actual)`),
	// The issue under the other words bodies use for it: the certificate
	// granted or awarded on a date, "the current version", the start of
	// the current cycle.
	labels(dateIssued, 1, certificateSubject+`(?:(?:was|is|has\s+been|wurde|ist|a\s+été|est|fue|ha\s+sido|foi|é|è\s+stato|è|werd)\s+)?`+
		`(?:issued(?:\s+on)?|awarded\s+on|granted\s+on|ausgestellt\s+am|erteilt\s+am|verliehen\s+am|émis\s+le|délivré\s+le|attribué\s+le|emitido\s+(?:el|em)|expedido\s+el|concedido\s+(?:el|em)|otorgado\s+el|`+
		`atribuído\s+em|emesso\s+il|rilasciato\s+il|concesso\s+il|uitgegeven\s+op|afgegeven\s+op|toegekend\s+op|verleend\s+op)`,
		"awarded on", "granted on", "date awarded", "date granted", "date of award", "award date", "date of grant", "grant date",
		"verliehen am", "zuerkannt am", "vergeben am", "erteilt am", "datum der erteilung", "erteilungsdatum", "datum der verleihung", "verleihungsdatum",
		"attribué le", "attribuée le", "accordé le", "accordée le", "décerné le", "décernée le", "octroyé le", "octroyée le",
		"date d'attribution", "date d’attribution", "date d'octroi", "date d’octroi", "délivrée le", "émise le",
		"concedido el", "concedida el", "otorgado el", "otorgada el", "fecha de concesión", "fecha de otorgamiento", "emitida el", "expedida el",
		"concesso il", "concessa il", "conferito il", "conferita il", "rilasciata il", "emessa il", "data di concessione", "data del rilascio",
		"toegekend op", "verleend op", "uitgereikt op", "datum toekenning", "datum van toekenning", "toekenningsdatum",
		"atribuído em", "atribuída em", "concedido em", "concedida em", "outorgado em", "outorgada em", "data de atribuição", "data de concessão",
		// "Date of the current version", "Datum der aktuellen Ausgabe",
		// "Fecha de la versión vigente", "Data da versão atual", "Datum
		// huidige uitgave": this issue, named as the one now in force.
		`(?:`+dateOfWords+`)?(?:current|present|latest|aktuellen|aktuelle|gültigen|vorliegenden|jetzigen|laufenden|laufende|huidige|actuele|geldende|lopende|présente|presente|attuale|corrente|atual|actual|vigente)\s+`+versionWords+`(?:\s+date)?`,
		`(?:`+dateOfWords+`)?`+versionWords+`\s+(?:actuelle|en\s+vigueur|en\s+cours|courante|vigente|actual|en\s+vigor|en\s+curso|corrente|attuale|in\s+vigore|in\s+corso|atual|em\s+vigor|em\s+curso|presente|huidige)`,
		// The start of the current cycle, in each language.
		`(?:(?:recertification|renewal|current|new|present)\s+(?:certification\s+)?cycle\s+(?:start|beginning|commencement)(?:\s+date)?)`,
		`(?:start|beginning|commencement)(?:\s+date)?\s+of\s+(?:the\s+)?(?:current|recertification|renewal|present|new)\s+(?:certification\s+)?cycle`,
		`(?:beginn|start|startdatum|anfang)\s+(?:des\s+)?(?:(?:aktuellen|laufenden|gegenwärtigen|neuen|derzeitigen)\s+(?:zertifizierungs|rezertifizierungs)?zyklus|(?:rezertifizierungs|verlängerungs|erneuerungs)zyklus)`,
		`(?:date\s+de\s+)?début\s+du\s+cycle\s+(?:actuel|en\s+cours|de\s+recertification|de\s+renouvellement)`,
		`(?:fecha\s+de\s+)?inicio\s+del\s+ciclo\s+(?:actual|vigente|en\s+curso|de\s+(?:renovación|recertificación))`,
		`(?:data\s+(?:di\s+)?)?inizio\s+(?:del\s+)?ciclo\s+(?:attuale|corrente|in\s+corso|vigente|di\s+(?:rinnovo|ricertificazione))`,
		`(?:start|begin|aanvangs?)(?:datum)?\s+(?:van\s+de\s+)?(?:(?:huidige|lopende|nieuwe)\s+(?:certificerings)?cyclus|hercertificeringscyclus)`,
		`(?:data\s+de\s+)?início\s+do\s+ciclo\s+(?:atual|vigente|em\s+curso|de\s+(?:renovação|recertificação))`),
	// An update of the certificate names this issue too, but less surely
	// than the words above: "Mise à jour du", "Aktualisierung vom".
	labels(dateIssued, 2, "mise à jour du", "mise à jour le", "date de mise à jour", "date de la mise à jour",
		"aktualisierung vom", "datum der aktualisierung", "actualización del", "fecha de actualización",
		"aggiornamento del", "data di aggiornamento", "data dell'aggiornamento", "data dell’aggiornamento", "atualização de", "data de atualização"),
	// The issue's number before its date, as a footer line gives it
	// ("PDCR-IS-59342 | Issue 4 | 03/05/2023 | valid to 02/05/2026",
	// "Ausgabe 3 vom 28.01.2025"): the date that issue was made.
	labels(dateNumberedIssue, 1, `(?:issue|edition|ausgabe|édition|edición|edizione|uitgave|edição)\s+(?:no\.?\s*|nr\.?\s*|n\.?\s?[°º]\s*)?\d{1,2}(?:\s+(?:of|dated|vom|du|de|del|van|dd\.?))?`),
	// A numbered revision before its date ("ACC-1 | Revisão 3 | 2023-05-20
	// | caduca em 2026-04-30"): this issue's date only on the line that
	// also gives the expiry (latestIssue), as a form's revision in a
	// footer is not the certificate's.
	labels(dateNumberedRevision, 2, `(?:revision|révision|revisión|revisione|revisie|revisão|rev\.)\s*(?:no\.?\s*|nr\.?\s*|n[°º]\s*)?\d{1,2}(?:\s+(?:of|dated|vom|du|de|del|van|dd\.?))?`),
	// The first certification of a cycle long past is not when this
	// certificate was issued: it is read, so that its date is never taken
	// for the issue date, and then left out.
	labels(dateInitial, 1, "original certification date", "original certification", "date of original certification",
		"initial certification date", "initial certification", "date of initial certification",
		"original registration date", "original registration", "initial registration", "first issued",
		"originally certified", "original approval", "certified since", "registered since", "first certified",
		"erstzertifizierung", "datum der erstzertifizierung", "erstmalige zertifizierung", "zertifiziert seit",
		"date de certification initiale", "certification initiale", "date de la première certification", "première certification",
		"fecha de certificación inicial", "certificación inicial", "fecha de la certificación original", "certificación original", "fecha de primera emisión",
		"data di prima emissione", "prima emissione", "prima certificazione", "data della prima certificazione",
		"datum eerste certificering", "eerste certificering", "oorspronkelijke certificeringsdatum", "eerste uitgifte",
		"data da certificação inicial", "certificação inicial", "data de certificação original", "primeira emissão",
		// A word of "first", "initial" or "original" before or after what
		// would otherwise label the issue ("Initial approval date", "First
		// certified on", "Fecha de emisión original"), or "since"
		// after certified or registered: the first cycle's date, in any
		// of these wordings.
		`(?:date\s+of\s+(?:the\s+)?)?(?:first|initial|initially|original|originally)\s+(?:(?:certificate|iso|isms)\s+)?(?:certification|certified|registration|registered|approval|approved|issue|issued|issuance|award|awarded|registration\s+date|certification\s+date|approval\s+date|issue\s+date)(?:\s+(?:date|on))?`,
		`(?:continuous(?:ly)?\s+)?(?:certified|registered|approved|certification|registration|certificate\s+holder)\s+since`,
		`ursprüngliche[snr]?\s+(?:zertifizierungsdatum|zertifizierung|ausstellungsdatum|ausstellung|ausgabe|registrierung)`,
		`(?:date|fecha|data|datum)\s+(?:initiale|d'origine|inicial|original|iniziale|originale|eerste)`,
		`(?:datum\s+der\s+)?(?:erstzertifizierung|erstausstellung|erstausgabe|ersterteilung|erstregistrierung|erstzulassung|ersten\s+(?:zertifizierung|ausstellung|ausgabe|erteilung))`,
		`erstmal(?:s|ig|ige|igen)\s+(?:zertifiziert|ausgestellt|registriert|erteilt|zertifizierung|ausstellung|registrierung)(?:\s+(?:am|seit))?`,
		`(?:zertifiziert|registriert)\s+seit`,
		`(?:date\s+(?:de\s+(?:la\s+)?|d['’])?)?(?:certification|émission|délivrance|enregistrement|approbation|homologation)\s+(?:initiale?|originale?|d'origine)`,
		`(?:date\s+(?:de\s+(?:la\s+)?)?)?premi(?:è|e)re\s+(?:certification|émission|délivrance|édition|approbation)`,
		`(?:certifié|certifiée|enregistré|enregistrée)\s+depuis(?:\s+le)?`,
		`(?:fecha\s+de\s+(?:la\s+)?)?(?:certificación|emisión|expedición|registro|aprobación)\s+(?:inicial|original)`,
		`(?:fecha\s+de\s+(?:la\s+)?)?primer(?:a)?\s+(?:certificación|emisión|expedición|registro|aprobación|edición)`,
		`(?:certificad[oa]|registrad[oa])\s+desde(?:\s+el)?`,
		`(?:data\s+(?:della\s+|di\s+|dell['’])?)?(?:prima|primo)\s+(?:certificazione|emissione|registrazione|approvazione|rilascio)`,
		`(?:data\s+(?:della\s+|di\s+|dell['’])?)?(?:certificazione|emissione|registrazione|approvazione)\s+(?:iniziale|originale|originaria)`,
		`(?:certificat[oa]|registrat[oa])\s+(?:dal|dall['’]|sin\s+dal)`,
		`(?:datum\s+(?:van\s+)?(?:de\s+)?)?(?:eerste|oorspronkelijke|initiële|originele)\s+(?:certificering|certificatie|uitgifte|uitgave|registratie|goedkeuring|afgifte)(?:s?datum)?`,
		`(?:gecertificeerd|geregistreerd)\s+(?:sinds|vanaf)`,
		`(?:data\s+(?:da\s+|de\s+|do\s+)?)?(?:primeira|primeiro)\s+(?:certificação|emissão|registo|registro|aprovação|edição)`,
		`(?:data\s+(?:da\s+|de\s+|do\s+)?)?(?:certificação|emissão|registo|registro|aprovação)\s+(?:inicial|original)`,
		`(?:certificad[oa]|registad[oa]|registrad[oa])\s+desde`,
		// "Certified for the first time on", in each language and either
		// order ("Voor het eerst gecertificeerd op").
		`(?:certified|registered|certifiée?|enregistrée?|certificad[oa]|registrad[oa]|certificat[oa]|registrat[oa]|zertifiziert|registriert|gecertificeerd|geregistreerd)\s+`+
			`(?:for\s+the\s+first\s+time|pour\s+la\s+première\s+fois|por\s+primera\s+vez|per\s+la\s+prima\s+volta|pela\s+primeira\s+vez|zum\s+ersten\s+mal|voor\s+het\s+eerst)(?:\s+(?:on|le|el|il|em|am|op))?`,
		`(?:voor\s+het\s+eerst|for\s+the\s+first\s+time|zum\s+ersten\s+mal)\s+(?:gecertificeerd|geregistreerd|certified|registered|zertifiziert)(?:\s+(?:op|on|am))?`,
		"alta inicial", "fecha de alta inicial",
		// On the body's register, or the holder of the certification,
		// since a date: "On our register since", "Im Register geführt
		// seit", "Inscrit à notre registre depuis le", "Holder of
		// certification since", "Titular de la certificación desde".
		`(?:register|registre|registro|padrón|padron|cadastro|registo)\s+(?:\p{L}+\s+)?`+sinceWords,
		`(?:holder|inhaber(?:in)?|titulaire|titular|titolare|houder)\s+(?:[\p{L}'’]+\s+){0,3}`+sinceWords,
		// The first certification named by its verb, then a word of
		// "first": "Zertifiziert erstmals am", "Certifiée initialement le",
		// "Registered initially on", "Certificada inicialmente el",
		// "Certificata inizialmente il", "Oorspronkelijk gecertificeerd op".
		`(?:certifi\p{L}*|registe?r\p{L}*|approv\p{L}*|zertifiziert|registriert|ausgestellt|erteilt|enregistr\p{L}*|gecertificeerd|geregistreerd|goedgekeurd|aprobad[oa]|aprovad[oa]|emitid[oa]|émise?|emess[oa]|uitgegeven)\s+`+
			`(?:initially|originally|first|initialement|inicialmente|inizialmente|originariamente|originalmente|oorspronkelijk|initieel|eerst|ursprünglich|erstmals|erstmalig|zuerst)(?:\s+(?:on|le|el|il|em|am|op|a|en|in))?`,
		`(?:oorspronkelijk|initieel|ursprünglich|originally|initially)\s+(?:gecertificeerd|geregistreerd|goedgekeurd|zertifiziert|registriert|erteilt|certified|registered|approved)(?:\s+(?:op|am|on))?`,
		// The first approval granted on a date: "Eerste goedkeuring
		// verleend op", "First approval granted on", "Première approbation
		// accordée le", "Primera aprobación concedida el", "Prima
		// approvazione rilasciata il", "Primeira aprovação concedida em",
		// "Erste Zulassung erteilt am": the grant's verb must not be read as
		// this issue's.
		`(?:first|initial|original|erste|ursprüngliche|eerste|oorspronkelijke|première|initiale|primera|inicial|prima|iniziale|primeira)\s+`+
			`(?:approval|certification|registration|certificate|zulassung|zertifizierung|registrierung|goedkeuring|certificering|registratie|approbation|enregistrement|aprobación|certificación|registro|approvazione|certificazione|registrazione|aprovação|certificação|registo)\s+`+
			`(?:granted|issued|awarded|given|erteilt|ausgestellt|verliehen|verleend|afgegeven|toegekend|uitgereikt|uitgegeven|accordée?|délivrée?|octroyée?|concedida|otorgada|emitida|expedida|rilasciata|concessa|emessa|atribuída|outorgada)(?:\s+(?:on|am|op|le|el|il|em|a|en))?`,
		// The certification named with its word of "initial" after it,
		// then the grant's verb: "Certification initiale accordée le",
		// "Certificación inicial otorgada el", "Certificazione iniziale
		// rilasciata il", "Certificação inicial concedida em",
		// "Certificering oorspronkelijk verleend op", "Zertifizierung
		// ursprünglich erteilt am", "Certification originally granted on".
		`(?:certification|certificación|certificazione|certificação|zertifizierung|certificering|certificatie|registration|enregistrement|registro|registrazione|registo|approbation|aprobación|approvazione|aprovação)\s+`+
			`(?:initiale?|originale?|inicial|iniziale|originaria|ursprünglich|oorspronkelijk|initieel|originally|initially|d['’]origine)\s+`+grantWords+`(?:\s+(?:on|am|op|le|el|il|em|a|en))?`,
		// The certification granted for the first time, the word of
		// "first" before or after the grant's verb, with the auxiliary of
		// a sentence: "Certificatie voor het eerst verleend op",
		// "Certification granted for the first time on", "Zertifizierung
		// erstmals erteilt am", "Certification accordée pour la première
		// fois le", "Certificación otorgada por primera vez el",
		// "Certificazione rilasciata per la prima volta il", "Certificação
		// concedida pela primeira vez em", "A primeira certificação foi
		// concedida em".
		`(?:certification|certificatie|certificering|zertifizierung|certificación|certificazione|certificação|registration|registratie|registrierung|approval|goedkeuring)\s+`+
			`(?:(?:was|has\s+been|wurde|a\s+été|fue|ha\s+sido|è\s+stata|werd|is|foi)\s+)?`+firstTimeWords+`\s+`+grantWords+`(?:\s+(?:on|am|op|le|el|il|em|a|en))?`,
		`(?:certification|certificatie|certificering|zertifizierung|certificación|certificazione|certificação|registration|registratie|registrierung|approval|goedkeuring)\s+`+
			`(?:(?:was|has\s+been|wurde|a\s+été|fue|ha\s+sido|è\s+stata|werd|is|foi)\s+)?`+grantWords+`\s+`+firstTimeWords+`(?:\s+(?:on|am|op|le|el|il|em|a|en))?`,
		`(?:first|initial|original|erste|eerste|première|initiale|primera|inicial|prima|iniziale|primeira)\s+`+famCertification+`\s+`+
			`(?:was|wurde|a\s+été|fue|è\s+stata|werd|is|foi)\s+`+grantWords+`(?:\s+(?:on|am|op|le|el|il|em|a|en))?`,
		// The first grant or award ("Primera concesión", "Primeira
		// atribuição", "Eerste toekenning", "Erste Zertifikatserteilung").
		`(?:date\s+of\s+(?:the\s+)?)?(?:first|initial|original)\s+(?:grant|granted|award|awarded)(?:\s+(?:date|on))?`,
		`(?:erste[nrs]?|ursprüngliche[nrs]?)\s+(?:zertifikats|zertifizierungs)?(?:erteilung|ausstellung|zertifizierung|ausgabe|vergabe|verleihung)`,
		`(?:datum\s+der\s+)?(?:erstvergabe|erstverleihung)`,
		`(?:date\s+(?:de\s+(?:la\s+|l['’])?)?)?(?:premi(?:è|e)re\s+(?:attribution|octroi)|(?:attribution|octroi)\s+initial(?:e)?)`,
		`(?:fecha\s+de\s+(?:la\s+)?)?(?:primer(?:a|o)?\s+(?:concesión|otorgamiento)|(?:concesión|otorgamiento)\s+(?:inicial|original))`,
		`(?:data\s+(?:della\s+|di\s+|dell['’])?)?(?:(?:prima|primo)\s+(?:concessione|assegnazione|conferimento)|(?:concessione|assegnazione)\s+(?:iniziale|originale))`,
		`(?:datum\s+(?:van\s+)?(?:de\s+)?)?(?:eerste|oorspronkelijke)\s+(?:toekenning|verlening)`,
		`eerst\s+(?:gecertificeerd|geregistreerd|toegekend|uitgegeven|afgegeven)(?:\s+op)?`,
		`(?:data\s+(?:da\s+|de\s+|do\s+)?)?(?:(?:primeira|primeiro)\s+(?:atribuição|concessão|outorga)|(?:atribuição|concessão)\s+(?:inicial|original))`,
		// Certified without a break since the first cycle: "Certified
		// continuously since", "Zertifiziert ununterbrochen seit",
		// "Certificada de forma contínua desde", "Onafgebroken
		// gecertificeerd sinds".
		`(?:certified|registered|certifiée?|enregistrée?|certificad[oa]|registrad[oa]|registad[oa]|certificat[oa]|registrat[oa]|zertifiziert|registriert|gecertificeerd|geregistreerd)\s+`+continuousWords+`\s+`+sinceWords,
		continuousWords+`\s+(?:certified|registered|certifiée?|certificad[oa]|certificat[oa]|zertifiziert|gecertificeerd)\s+`+sinceWords,
		// The start of the first cycle, in each language.
		`(?:start|beginning|commencement)(?:\s+date)?\s+of\s+(?:the\s+)?(?:original|initial|first)\s+(?:certification\s+)?cycle`,
		`(?:beginn|start|startdatum|anfang)\s+(?:des\s+)?(?:ersten|ursprünglichen|initialen)\s+(?:zertifizierungs)?zyklus`,
		`(?:date\s+de\s+)?début\s+du\s+(?:premier\s+cycle|cycle\s+(?:initial|original|d['’]origine))`,
		`(?:fecha\s+de\s+)?inicio\s+del\s+(?:primer\s+ciclo|ciclo\s+(?:original|inicial))`,
		`(?:data\s+(?:di\s+)?)?inizio\s+del\s+(?:primo\s+ciclo|ciclo\s+(?:originale|iniziale|originario))`,
		`(?:start|begin|aanvangs?)(?:datum)?\s+(?:van\s+de\s+)?(?:eerste|oorspronkelijke|initiële)\s+(?:certificerings)?cyclus`,
		`(?:data\s+de\s+)?início\s+do\s+(?:primeiro\s+ciclo|ciclo\s+(?:original|inicial))`,
		`(?:original|initial|first)\s+cycle\s+start(?:\s+date)?`,
		`fecha\s+de\s+inicio\s+del\s+ciclo\s+(?:original|inicial)`),
	labels(dateRange, 1, "valid", "validity", "validity period", "period of validity", "valid period",
		"gültig", "gültigkeit", "gültig vom", "gültig von", "gültigkeitsdauer", "gültigkeitszeitraum", "validité", "valable du", "période de validité",
		"validez", "vigencia", "válido del", "válido de", "validità", "valido dal", "periodo di validità",
		"geldigheid", "geldig van", "geldigheidsduur", "validade", "período de validade", "válido de"),
	labels(dateOther, 1, "audit date", "date of audit", "last audit", "next audit", "audit due", "surveillance",
		"recertification audit", "recertification due", "revision date", "latest revision", "revised", "revision",
		"amended", "amendment date", "printed", "date printed", "print date", "dated", "decision date",
		"date of decision", "version", "signed", "signature date", "modified", "last updated", "updated",
		"expiry date of previous", "previous certificate", "decision", "certification decision",
		"last certification cycle", "previous cycle", "expiry date of previous cycle", "ciclo anterior",
		"auditdatum", "überwachungsaudit", "rezertifizierungsaudit", "revisionsdatum", "änderungsdatum", "nächstes audit",
		"date d'audit", "date de l'audit", "audit de surveillance", "date de révision", "révision",
		"fecha de auditoría", "auditoría", "fecha de revisión", "revisión",
		"data dell'audit", "data di revisione", "revisione", "audit di sorveglianza",
		"herziening", "revisiedatum", "auditdatum",
		"data da auditoria", "auditoria", "data de revisão", "revisão",
		// An audit's due date is no expiry, whatever word of expiry it has.
		"next surveillance", "surveillance audit", "audit de suivi", "prochain audit", "auditoría de seguimiento", "próxima auditoría",
		"prossimo audit", "audit di mantenimento", "volgende audit", "próxima auditoria", "überwachung",
		// The date of an audit, whatever audit it is: "Date of
		// recertification audit", "Datum des Rezertifizierungsaudits",
		// "Fecha de la auditoría de renovación", "Datum
		// hercertificeringsaudit".
		dateOfWords+`(?:\p{L}+\s+)?\p{L}*audit\p{L}*(?:\s+(?:de|di|du|of|van|da|do)\s+\p{L}+)?`,
		`\p{L}*audit\p{L}*\s+(?:date|datum)`,
		// The previous cycle, whose end is no expiry of this one: "Expiry
		// date of previous cycle", "Ablauf des vorherigen Zyklus",
		// "Einddatum vorige cyclus". The words before it ("Fecha de
		// caducidad del") belong to the label, so that a column of labels
		// reads it as one.
		`(?:[\p{L}'’]+\s+){0,4}(?:previous|prior|former|last|preceding|vorherigen|vorigen|letzten|bisherigen|vorige|voorgaande|vorig)\s+(?:certification\s+|zertifizierungs|certificerings)?(?:cycle|zyklus|cyclus|ciclo)`,
		`(?:[\p{L}'’]+\s+){0,4}(?:cycle|ciclo)\s+(?:de\s+certification\s+|de\s+certificación\s+|di\s+certificazione\s+|de\s+certificação\s+)?(?:précédent|antérieur|anterior|precedente|prévio)`),
	// The labels read by their meaning (labelfamilies.go).
	famDateLabels,
)

// Words the date labels are built from, in the seven languages.
const (
	// "at the latest", before or after the word of validity.
	latestWords = `(?:at\s+the\s+latest|no\s+later\s+than|längstens|spätestens|höchstens|maximal|au\s+plus\s+tard|como\s+máximo|a\s+más\s+tardar|máxim(?:a|o)|` +
		`al\s+più\s+tardi|al\s+massimo|non\s+oltre|massim(?:a|o)|uiterlijk|maximaal|no\s+máximo|o\s+mais\s+tardar|ao\s+máximo)`
	validWords = `(?:valid|gültig|valable|valide|válid(?:o|a)|valid(?:o|a)|validez|validità|validade|geldig|vigente|in\s+vigore|em\s+vigor|en\s+vigor|validity|gültigkeit|geldigheid|` +
		// In force: "In force until", "In Kraft bis", "En vigueur jusqu'au", "Van kracht tot".
		`in\s+force|in\s+kraft|en\s+vigueur|van\s+kracht)`
	untilWords = `(?:until|till|to|through|thru|up\s+to(?:\s+and\s+including)?|upto|hasta(?:\s+el)?|até(?:\s+(?:ao|à|a))?|fino\s+al?|sino\s+al?|jusqu['’]au|jusqu['’]à|` +
		`bis(?:\s+(?:zum|einschließlich))?|tot(?:\s+en\s+met)?|t/m|al)`
	// "Date of", "Datum der", "Fecha de la", "Data dell'", before what a
	// date is of.
	dateOfWords = `(?:date|datum|fecha|data)(?:\s+of\s+(?:the\s+)?|\s+de\s+(?:la\s+|l['’]\s*)?|\s+(?:der|des|del|della|da|do|van(?:\s+(?:de|het))?)\s+|\s*dell['’]\s*|\s+)`
	// A version or issue of a document; not a revision, which may be of
	// the page rather than of the certificate.
	versionWords = `(?:version|issue|edition|ausgabe|fassung|édition|émission|versión|edición|emisión|versione|edizione|emissione|versie|uitgave|uitgifte|editie|versão|edição|emissão)`
	// Without a break, and since.
	continuousWords = `(?:continuously|uninterruptedly|without\s+(?:a\s+)?(?:break|interruption)|de\s+forma\s+contínua|de\s+forma\s+continuada|de\s+forma\s+ininterrupta|sin\s+interrupción|` +
		`ininterrottamente|senza\s+interruzioni?|in\s+modo\s+continuativo|ununterbrochen|durchgehend|fortlaufend|sans\s+interruption|de\s+manière\s+continue|en\s+continu|` +
		`onafgebroken|doorlopend|zonder\s+onderbreking|continuamente|sem\s+interrupção)`
	// The certificate as the subject of a sentence: "The certificate",
	// "Dieses Zertifikat", "Le présent certificat", "Het certificaat".
	certificateSubject = `(?:(?:the|this|das|dieses|le|ce|le\s+présent|el|este|el\s+presente|il|questo|il\s+presente|het|dit|o|o\s+presente)\s+)?` +
		`(?:certificate|zertifikat|certificat|certificado|certificato|certificaat)\s+`
	sinceWords = `(?:since|desde(?:\s+(?:el|o|a))?|dal|dall['’]|seit|depuis(?:\s+le)?|sinds|vanaf)`
	// For the first time, and the verbs a certification is granted by.
	firstTimeWords = `(?:for\s+the\s+first\s+time|first|initially|originally|pour\s+la\s+première\s+fois|initialement|por\s+primera\s+vez|inicialmente|` +
		`per\s+la\s+prima\s+volta|inizialmente|pela\s+primeira\s+vez|zum\s+ersten\s+mal|erstmals|erstmalig|voor\s+het\s+eerst|oorspronkelijk)`
	grantWords = `(?:granted|issued|awarded|given|erteilt|ausgestellt|verliehen|verleend|afgegeven|toegekend|uitgereikt|uitgegeven|accordée?|délivrée?|octroyée?|` +
		`concedida|otorgada|emitida|expedida|rilasciata|concessa|emessa|atribuída|outorgada)`
)

var (
	// edition finds the year of ISO/IEC 27001 a certificate is issued to.
	editionRe = regexp.MustCompile(`(?i)27001\s*(?::|-|–|/)\s*(\d{4})`)
	// editionContext marks the line stating what the certificate is to, as
	// opposed to a footnote about the transition between editions.
	editionContext = regexp.MustCompile(`(?i)requirements|conform|compl(?:y|ies|iant|iance)|accordance|standard|certif|meets`)

	numberLabel = regexp.MustCompile(`(?i)` + numberWords + `|` + famNumberWords + `|\b(?:certificate\s+(?:registration|register|reg\.?)|certificate|cert\.?|registration|reg\.?)\s*(?:number|no\.?|nr\.?|num\.?|#|id\b|reference|ref\.?)\s*(?:[:.#|\-]\s*)*|\bcertificate\s*[:#|]\s*` +
		// German, French, Spanish, Italian, Dutch, Portuguese.
		`|\b(?:zertifikats?(?:register)?|registrier)[\s\-]*(?:nummer|nr\.?)\s*(?:[:.#|\-]\s*)*` +
		// The number in the body's register of certificates:
		// "Zertifikatsregister-Nr.", "Certificaatregisternummer".
		`|\bcertificaatregister[\s\-]*(?:nummer|nr\.?)\s*(?:[:.#|\-]\s*)*` +
		`|(?:\bn(?:°|º|o\.?|\.º|r\.?)|\bnum[ée]ro|\bnúmero|\bnumero)\s*(?:de|du|del|do|da)?\s*(?:certificat|certificado|certificato|certificaat|certificação|registro|registo|registre|enregistrement)\b` +
		`(?:\s+(?:du|del|do|da|di|dell['’]|van\s+het)\s*(?:certificat|certificado|certificato|certificaat)\b)?\s*(?:[:.#|\-]\s*)*` +
		`|\bnummer\s+(?:van\s+het\s+)?certificaat\b\s*(?:[:.#|\-]\s*)*` +
		`|\bnum[ée]ro\s+d['’]enregistrement\b\s*(?:[:.#|\-]\s*)*|\bcertificate\s+registration\s*[:#|]\s*` +
		`|\b(?:certificat|certificado|certificato|certificaat)(?:nummer)?\s*(?:n(?:°|º|o\.?|\.º|r\.?|\.)|número|numero|nummer)\s*(?:[:.#|\-]\s*)*` +
		// The number that identifies the certificate: "Certificate
		// identification number", "N° d'identification du certificat",
		// "Nº de identificación", "Identifikationsnummer".
		`|\bcertificate\s+(?:identification|identity)\s+(?:number|no\.?|nr\.?)\s*(?:[:.#|\-]\s*)*` +
		`|(?:\bn(?:°|º|o\.?|\.º|r\.?|\.)|\bnúmero|\bnum[ée]ro|\bnumero|\bnummer)\s*(?:d['’]\s*|de\s+|di\s+|van\s+)?(?:identification|identificación|identificacion|identificação|identificacao|identificazione|identificatie)\b` +
		`(?:\s+(?:du|del|de|do|da|di|van\s+het)\s+(?:certificat|certificado|certificato|certificaat)\b)?\s*(?:[:.#|\-]\s*)*` +
		`|\b(?:identifikations|identificatie)nummer\b\s*(?:[:.#|\-]\s*)*` +
		// A registrar's letter-style reference and the abbreviations of
		// "certificate number": "Our reference", "Ons kenmerk",
		// "Zert.-Nr.", "Reg.-Nr.", "Ref.ª".
		`|\b(?:our\s+reference|our\s+ref\.?|ons\s+kenmerk|notre\s+r[ée]f[ée]rence|unser\s+zeichen|onze\s+referentie|nuestra\s+referencia|nostro\s+riferimento|nossa\s+refer[êe]ncia` +
		// The reference of the holder's file in the body's register:
		// "File reference", "Registerzeichen", "Aktenzeichen", "Cote
		// d'enregistrement".
		`|file\s+ref(?:erence|\.)?|registerzeichen|aktenzeichen|cote\s+d['’]\s*enregistrement)(?:\s|[:.#|\-]|$)\s*(?:[:.#|\-]\s*)*` +
		// The certificate's identifier named alone before a colon or a
		// cell's edge: "Identifiant:", "Identificador |".
		`|\b(?:identifiant|identificador|identificativo|identifier|identificatie)\s*(?::\s*(?:\|\s*)?|\|\s*)` +
		`|\b(?:zert(?:ifikats?)?|reg)\.?\s*-\s*nr\.?\s*(?:[:.#|\-]\s*)*|\bref\.?\s*ª\s*(?:[:.#|\-]\s*)*`)
	// accreditationNumber is a label or value that numbers the
	// accreditation of the certification body, not the certificate.
	accreditationNumber = regexp.MustCompile(`(?i)accredit|akkredit|accrédit|acredita|accreditatie|\bD-ZM-|\bUKAS\b|\bDAkkS\b`)
	accreditationValue  = regexp.MustCompile(`(?i)^(?:D-ZM-|D-PL-|UKAS\b|DAkkS\b)`)
	// companyNumber ends the words before a label that numbers the
	// organisation in a register of companies or for tax.
	companyNumber = regexp.MustCompile(`(?i)\b(?:company|companies|vat|tax|trade|commercial|handelsregister|kvk|siret|siren|rcs|cif|nif|nipc|iva` +
		// A reference of the customer's, an order's or a contract's
		// ("Client reference no.", "Referencia del pedido").
		`|customer|client|cliente|klant|order|job|project|contract|contrato|contratto|commande|pedido|ordine|opdracht|invoice|facture|factura|fattura|factuur|fatura)\s*$`)
	// bareNumberLabel is a noun alone that labels the certificate's
	// number in a cell of its own or before a colon ("Registration:",
	// "Registrazione | CT-27-1", "Référence" over its code): alone it
	// could head other things, so only a code is taken after it.
	bareNumberLabel = regexp.MustCompile(`(?i)(?:^|\|\s*)(?:registration|registrazione|registro|registo|enregistrement|registrierung|registratie|` +
		`référence|referência|reference|referencia|riferimento|referentie|referenz|kenmerk)\s*(?::\s*(?:\|\s*)?|\|\s*|$)`)
	// companyValue is a number of the organisation in a register of
	// companies or for tax, known by its prefix ("HRB 12345", "RCS Lyon
	// B 123", "KvK 1234"), which a bare label such as "Registration:" may
	// also head.
	companyValue    = regexp.MustCompile(`(?i)^(?:HR[AB]|RCS|SIRE[NT]|KvK|CIF|NIF|NIPC|VAT|P\.?\s?IVA|USt|CRN|ABN|ACN|EIN|REA)\b`)
	bareCertificate = regexp.MustCompile(`(?i)\b(?:certificate|certificat|certificado|certificato|certificaat|zertifikat|urkunde)(?:\s+|$)`)
	// standardName is the name of a standard, which a title such as
	// "Certificate ISO 27001" puts where a number could stand.
	standardName = regexp.MustCompile(`(?i)^(?:(?:ISO|IEC|EN|DIN|NF|UNE|UNI|CEI|NEN|NP|BS|ÖNORM|OENORM)[\s/\-]*)+\d`)
	numberToken  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9./\-_#]*$`)

	bodyLabel = regexp.MustCompile(`(?im)(?:\b(?:certification body|certifying body|certification authority|registrar|certified by|issued by|on behalf of` +
		`|zertifizierungsstelle|ausgestellt von|ausgestellt durch|zertifiziert durch|organisme de certification|organisme certificateur|délivré par|delivre par|certifié par|emitido por|entidad de certificación|organismo de certificación|certificado por` +
		`|rilasciato da|organismo di certificazione|certificato da|ente di certificazione|ente certificatore|organismo certificatore|organismo certificador|entidad certificadora|entidade certificadora|certificerende instelling|certificeringsinstelling|issuing body|certificatie-instelling|certificatie instelling|afgegeven door|gecertificeerd door|organismo de certificação|emitido por)\b)[ \t]*(?:[:|\-][ \t]*)?(.*)$`)
	bodyValueEnd       = regexp.MustCompile(`(?i),\s+\d|,?\s+(?:id|no|nr|n°|reg|registration|ref|accreditation|akkreditierung|accréditation|acreditación|accreditamento)\b|\s+(?:on|am|le|el|il|op|em)\s+\d|,?\s+(?:accredited|which|who|under|in\s+accordance|on\s+behalf|certifies|hereby)\b|\s\(|;|\s\|\s|\.\s+\p{Lu}`)
	accreditationLabel = regexp.MustCompile(`(?im)(?:\b(?:accreditation body|accredited by|accreditation|akkreditiert durch|akkreditierungsstelle|akkreditierung|acreditado por|acreditación|acreditacion|accreditato da|accreditamento|geaccrediteerd door|accreditatie|acreditação|acreditacao)\b|\baccr[ée]dit[ée] par\b|\baccr[ée]ditation\b)[ \t]*(?:[:|\-][ \t]*)?(.*)$`)

	// scopeStart finds where a certificate states its scope, best first.
	scopeStarts = []*regexp.Regexp{
		regexp.MustCompile(`(?i)^(?:certification\s+|certificate\s+)?scope(?:\s+of\s+(?:the\s+)?(?:certification|registration|approval|certificate|supply|isms|management\s+system|information\s+security\s+management\s+system))?\s*(?:(?::|\||-|–)\s*(.*))?$`),
		regexp.MustCompile(`(?i)^(?:` + scopeWords + `)(?:\s+(?:de|del|du|della|dello|di|des|van|da|do|der)\s+(?:la\s+|l'|het\s+|o\s+|a\s+)?(?:certificación|certification|certificazione|certificering|certificação|certificado|certificat|zertifizierung|zertifikats))?\s*(?:(?::|\||-|–)\s*(.*))?$`),
		scopeLabel,
		scopeApplies,
		regexp.MustCompile(`(?i)^the\s+scope\s+of\s+.{0,80}?\b(?:certification|registration|certificate|isms)\s+(?:is|includes|covers|comprises|encompasses)(?:\s+limited\s+to)?\s*:?\s*(.*)$`),
		regexp.MustCompile(`(?i)\b(?:for\s+the\s+following\s+scope|for\s+the\s+scope|for\s+the\s+following\s+(?:activities|services|areas|fields?)|in\s+the\s+following\s+(?:areas|fields?)|scope\s+of\s+(?:certification|registration|approval)|within\s+the\s+(?:following\s+)?scope(?:\s+of)?)\s*(?::|-|–)?\s*(.*)$`),
		regexp.MustCompile(`(?i)(?:für\s+(?:den\s+(?:folgenden\s+)?|folgenden\s+)(?:geltungsbereich|anwendungsbereich)|für\s+(?:die\s+)?folgenden?\s+(?:tätigkeiten|taetigkeiten|bereiche|leistungen)` +
			`|pour\s+(?:le\s+(?:domaine|périmètre|perimetre|champ)(?:\s+d'application)?(?:\s+suivant)?|les\s+activités\s+suivantes|les\s+activites\s+suivantes)` +
			`|para\s+(?:el\s+(?:siguiente\s+)?alcance|las\s+siguientes\s+actividades|o\s+(?:seguinte\s+)?(?:âmbito|ambito|escopo)|as\s+seguintes\s+atividades)` +
			`|per\s+(?:il\s+seguente\s+campo\s+di\s+applicazione|le\s+seguenti\s+attività|il\s+campo\s+di\s+applicazione)` +
			`|voor\s+(?:het\s+(?:volgende\s+)?toepassingsgebied|de\s+volgende\s+activiteiten))\s*(?::|-|–)?\s*(.*)$`),
		followingIntro,
		regexp.MustCompile(`(?i)\b(?:this\s+certificate\s+covers|the\s+certificate\s+covers|this\s+certification\s+covers|applicable\s+to|applies\s+to|covering)\s*(?::|-|–)?\s*` + followingThingsIntro + `(.*)$`),
	}
	scopeNotSites = regexp.MustCompile(`(?i)^(?:the\s+|die\s+|les\s+|los\s+|las\s+|le\s+|i\s+|de\s+|os\s+|as\s+)?(?:following\s+|folgenden\s+|seguenti\s+|volgende\s+|siguientes\s+|seguintes\s+)?` +
		`(?:sites?|locations?|addresses|premises|standorte?|emplacements?|sedi|vestigingen|locaties|locais|instala[çc][õo]es|ubicaciones|emplazamientos|centros)\b`)
	// scopeEnd starts a block that is not part of the scope statement: in
	// English, or a label of another language (a bilingual certificate's
	// second statement of the same scope).
	scopeEnd = regexp.MustCompile(`(?i)^(?:(?:has|have)\s+been\b|(?:and\s+)?operates\b|ein(?:e|en)?\s+(?:informationssicherheits|managementsystem)|durch\s+ein|est\s+conforme|cumple\s|è\s+conforme|voldoet\s|está\s+em\s+conformidade|(?:` + scopeWords + `|zertifikat|certificat|certificado|certificato|certificaat|gültig|valable|válido|valido|geldig|standorte?|sites?|sedi|sede|vestiging(?:en)?|locais|emitido|ausgestellt|délivré|rilasciato|afgegeven|date|datum|data|fecha)\s*(?::|\|)|(?:certificate\s+(?:registration\s+)?(?:no|number|id|reference)|registration\s+(?:no|number)|issued?|date|valid(?:ity)?|expir(?:y|es|ation)|original|initial|effective|sites?|site\(s\)|locations?|address(?:es)?|accredit\w*|certification\s+body|certified\s+by|issued\s+by|signed|signature|for\s+and\s+on\s+behalf|on\s+behalf|page\s+\d+|this\s+certificate\s+(?:is|remains|must|was)|the\s+(?:validity|use)\s+of|further\s+clarification\w*|managing\s+director|director|chief\s+executive)\b|\*)`)

	listItem  = regexp.MustCompile(`^\s*(?:[-•*·–]|\d+[.)])\s+`)
	siteStart = regexp.MustCompile(`(?i)^(?:certified\s+|operational\s+|main\s+|additional\s+|registered\s+)?(?:sites?|site\(s\)|locations?|location\(s\)|site\s+address(?:es)?|addresses|address|head\s+office|premises|standorte?|zertifizierte\s+standorte|emplacements?|sites\s+certifiés|ubicaci[óo]n(?:es)?|emplazamientos?|centros|sedi|sede(?:s)?|sit[oi]|vestiging(?:en)?|locaties|locais|local|instala[çc](?:[õo]es|[ãa]o))(?:\s*/\s*(?:sites?|locations?|addresses))?(?:\s+(?:covered|included|in\s+scope|covered\s+by\s+this\s+certificate))?\s*(?:(?::|\||-|–)\s*(.*))?$`)
)

// scopeLabel is a label naming the scope, in any of the languages, before
// a colon or a table's cell: a scope noun ("Gecertificeerde reikwijdte",
// "Champ de la certification", "Campo de aplicación") or the activities
// the certificate covers ("Registered activities", "Actividades
// cubiertas", "Settore di attività"), with a word or two qualifying it.
// Only function and certificate words may follow the noun: "Geltungsbereich
// und Standorte: siehe Anlage" names more than the scope.
var scopeLabel = regexp.MustCompile(`(?i)^(?:(?:the|le|la|el|il|o|a|het|der|die|das|de)\s+)?` +
	`(?:(?:certified|registered|approved|certification|certificate|zertifiziert(?:e|er|es)?|certifi[ée]e?|gecertificeerde?|certificad[oa]|certificat[oa]|registriert(?:e|er)?)\s+)?` +
	`(?:scope|geltungsbereich|anwendungsbereich|zertifizierungsumfang|toepassingsgebied|reikwijdte|alcance|[áâa]mbito|escopo|scopo|p[ée]rim[èe]tre|` +
	`(?:champ|domaine|campo)\s+(?:d['’]\s*application|de\s+(?:la\s+)?certification|di\s+applicazione|de\s+aplica(?:ci[óo]n|[çc][ãa]o)|di\s+certificazione|de\s+certifica(?:ci[óo]n|[çc][ãa]o))|` +
	`umfang\s+der\s+zertifizierung|oggetto\s+della\s+certificazione|zertifizierte[rn]?\s+bereich|certified\s+area|domaine\s+certifi[ée]|[áa]rea\s+certificad[ao]|area\s+certificata|gecertificeerd\s+gebied|` +
	`(?:registered|certified|covered|approved)\s+activities|activities\s+(?:covered|certified|registered|included)|field\s+of\s+activity|` +
	`zertifizierte\s+t(?:ä|ae|a)tigkeiten|t(?:ä|ae|a)tigkeitsbereich|activit[ée]s\s+(?:couvertes|certifi[ée]es)|actividades\s+(?:cubiertas|certificadas|incluidas)|` +
	`attivit[àa]\s+(?:coperte|certificate)|settore\s+di\s+attivit[àa]|gecertificeerde\s+activiteiten|atividades\s+(?:abrangidas|certificadas|cobertas|inclu[íi]das))` +
	`(?:\s+(?:of|the|this|certificate|certification|registration|approval|isms|der|des|zertifizierung|zertifikats|de|du|la|l['’]|le|certifi[ée]e?|del|el|certificaci[óo]n|certificad[oa]|` +
	`di|della|dello|certificazione|certificat[oa]|van|het|certificering|certificaat|gecertificeerde?|da|do|certifica[çc][ãa]o|zertifiziert(?:e|er|es)?)){0,4}` +
	`\s*(?::|\|)\s*(.*)$`)

// scopeApplies is a sentence saying what the certificate applies to, in
// any of the languages: "The registration applies to:", "Das Zertifikat
// gilt für:", "O presente certificado aplica-se a:". Words saying the
// things that follow ("covers the following activities") are left out.
var scopeApplies = regexp.MustCompile(`(?i)^(?:(?:this|the|ce|le|la|das|dieses|el|este|esta|o|a|il|questo|dit|deze|het)\s+)?(?:present[ea]?\s+|présent\s+)?` +
	`(?:certificate|registration|certification|certificat|zertifikat|certificado|certificato|certificaat|certifica[çc][ãa]o|registo|registro|enregistrement|zertifizierung)\s+` +
	`(?:applies\s+to|covers|is\s+valid\s+for|couvre|s['’]applique\s+(?:à|a)|gilt\s+f(?:ü|ue|u)r|umfasst|abarca|cubre|se\s+aplica\s+a|aplica-se\s+a|abrange|si\s+applica\s+a|copre|` +
	`(?:è|e)\s+valido\s+per|geldt\s+voor|heeft\s+betrekking\s+op|omvat)\s*(?::|-|–)?\s*` + followingThingsIntro + `(.*)$`)

// numberWords is a label of the certificate's number in any of the
// languages, built from a word for what is numbered and a word for its
// number, in either order and in compounds: "Registratienummer",
// "Zertifikat-Registriernummer", "Urkunden-Nr.", "Registo n.º", "N° d'enregistrement",
// "Référence du certificat", "Kenmerk certificaat", and then the
// certificate the number is of ("Nº de registro del certificado").
const (
	numberedNoun = `(?:(?:teil|unter|sub|deel|sotto|sous)[\s\-]?(?:zertifikats?|certificate|certificaat|certificado|certificato|certificat)|reg\.|certificate|certificat|certificado|certificato|certificaat|certificação|certificacao|zertifikats?|urkunden?|attestation|attestato|` +
		`registration|registrierungs|zertifizierungs|registrierung|registrier|registro|registo|registrazione|registratie|enregistrement|` +
		// "Reference No.", "Referencia nº", "Referenz-Nr.": a reference
		// numbered is the certificate's.
		`référence|referência|reference|referencia|riferimento|referentie|referenz|` +
		// "Approval number", "Goedkeuringsnummer", "Numéro d'approbation":
		// the approval a body grants is the certificate.
		`approval|approbation|aprobación|aprobacion|approvazione|goedkeurings?|aprovação|aprovacao|zulassungs?|` +
		// "Cert. serial no.", "Serienr.", "Nº de serie", "N.º de série":
		// the serial number a body gives its certificate.
		`cert\.|serial|serien|série|serie)`
	// numberRecord is a word some bodies put between the noun and its
	// number: "Registration record no.", "Certificate entry number".
	numberRecord = `(?:[\s\-]+(?:record|entry|file))?`
	// numberOrder qualifies a number as the serial one an issuer gives:
	// "Certificat numéro d'ordre", "Número de orden", "N. d'ordine",
	// "Número de ordem", "N° de série".
	numberOrder = `(?:\s*(?:d['’]\s*ordre|d['’]\s*ordine|di\s+ordine|de\s+orden|de\s+ordem|de\s+s[ée]rie|di\s+serie))?`
	// Words with accents come first: Go's \b takes "num" in "numéro" for a word.
	numberNoun  = `(?:numéro|número|núm\.?|référence|referência|código|(?:number|nummer|numero|num|no|nr|id|ref|reference|kenmerk|riferimento|referencia|code|codice|referentie|kennung|kennzeichen)\b\.?|#|nº|n°|n\.\s?º|n\.)`
	numberOf    = `(?:\s+(?:(?:de|du|del|do|da|di|of|van|des|der|von|vom|dell['’]|della)\s+)?(?:(?:the|het|la|le|el|o|a)\s+|l['’]\s*)?(?:certificate|certificat|certificado|certificato|certificaat|certificação|zertifikats?|urkunde)\b)?`
	numberWords = `(?:\b` + numberedNoun + `(?:[\s\-]+` + numberedNoun + `)?` + numberRecord + `[\s\-]*` + numberNoun + numberOrder +
		`|(?:\b(?:number|nummer|numero|reference|kenmerk|riferimento|referencia|codice|referentie|rif|ref|réf|id|identifiant|identificador|identificativo|identifier)\b\.?|\bc[óo]digo|\bnum[ée]ro|\bnúmero|\brefer[êe]ncia|\bréférence|\bidentifica[çc][ãa]o|\bn(?:º|°|\.\s?º|o\.|r\.|\.))` +
		numberOrder + `\s*(?:(?:de|du|del|do|da|di|of|van|des|der|von|dell['’]|della)\s+|d['’]\s*)?(?:(?:the|het|la|le|el|o|a)\s+|l['’]\s*)?` + numberedNoun + `\b)` +
		numberOf +
		// "Rif. certificato n.:": the number's sign again after the noun.
		`(?:\s+(?:n(?:°|º|\.\s?º|o\.|r\.|\.)|no\b|nr\b))?` + `\s*(?:[:.#|\-]\s*)*`
)

// scopeWords are the labels of a scope statement in languages other than
// English.
const scopeWords = `campo\s+applicativo|geltungsbereich|anwendungsbereich|domaine\s+d'application|domaine\s+de\s+certification|champ\s+d'application|périmètre|perimetre|alcance|campo\s+di\s+applicazione|scopo|toepassingsgebied|reikwijdte|âmbito|ambito|escopo`

// body is an organisation certificates name, as it is written on them
// and as facts name it.
type body struct {
	re   *regexp.Regexp
	name string
}

// certificationBodies are the bodies that commonly issue ISO/IEC 27001
// certificates.
var certificationBodies = []body{
	{regexp.MustCompile(`\bBSI\b`), "BSI"},
	{regexp.MustCompile(`(?i)\bBureau\s+Veritas\b`), "Bureau Veritas"},
	{regexp.MustCompile(`\bDNV(?:\s*GL)?\b`), "DNV"},
	{regexp.MustCompile(`\bSGS\b`), "SGS"},
	{regexp.MustCompile(`(?i)\bT[ÜU]E?V\s*S[ÜU]E?D\b`), "TÜV SÜD"},
	{regexp.MustCompile(`(?i)\bT[ÜU]E?V\s*Rheinland\b`), "TÜV Rheinland"},
	{regexp.MustCompile(`(?i)\bT[ÜU]E?V\s*NORD\b`), "TÜV NORD"},
	{regexp.MustCompile(`(?i)\bT[ÜU]E?V\s*AUSTRIA\b`), "TÜV AUSTRIA"},
	{regexp.MustCompile(`\bLRQA\b|(?i:\bLloyd'?s\s+Register\b)`), "LRQA"},
	{regexp.MustCompile(`\bIntertek\b`), "Intertek"},
	{regexp.MustCompile(`\bNQA\b`), "NQA"},
	{regexp.MustCompile(`(?i)\bSchellman\b`), "Schellman"},
	{regexp.MustCompile(`\bA-LIGN\b`), "A-LIGN"},
	{regexp.MustCompile(`\bCoalfire\b`), "Coalfire"},
	{regexp.MustCompile(`\bDEKRA\b`), "DEKRA"},
	{regexp.MustCompile(`(?i)\bCertification\s+Europe\b`), "Certification Europe"},
	{regexp.MustCompile(`\bNSAI\b`), "NSAI"},
	{regexp.MustCompile(`\bISOQAR\b`), "ISOQAR"},
	{regexp.MustCompile(`(?i)\bUnited\s+Registrar\s+of\s+Systems\b|\bURS\b`), "URS"},
	{regexp.MustCompile(`\bAFNOR\b`), "AFNOR"},
	{regexp.MustCompile(`\bKiwa\b`), "Kiwa"},
	{regexp.MustCompile(`(?i)\bPerry\s+Johnson\b|\bPJR\b`), "Perry Johnson Registrars"},
	{regexp.MustCompile(`(?i)\bSAI\s+Global\b`), "SAI Global"},
	{regexp.MustCompile(`\bIMQ\b`), "IMQ"},
	{regexp.MustCompile(`(?i)\bEY\s+CertifyPoint\b|\bCertifyPoint\b`), "EY CertifyPoint"},
	{regexp.MustCompile(`\bQMS\s+International\b`), "QMS International"},
	{regexp.MustCompile(`\bMSECB\b`), "MSECB"},
	{regexp.MustCompile(`\bPECB\b`), "PECB"},
	{regexp.MustCompile(`\bApave\b`), "Apave"},
	{regexp.MustCompile(`\bCentre\s+for\s+Assessment\b`), "Centre for Assessment"},
	{regexp.MustCompile(`\bDQS\b`), "DQS"},
	{regexp.MustCompile(`\bAENOR\b`), "AENOR"},
	{regexp.MustCompile(`\bApplus\b`), "Applus"},
	{regexp.MustCompile(`(?i)\bCertiquality\b`), "Certiquality"},
	{regexp.MustCompile(`\bRINA\b`), "RINA"},
	{regexp.MustCompile(`\bLNE\b`), "LNE"},
	{regexp.MustCompile(`\bAPCER\b`), "APCER"},
	{regexp.MustCompile(`\bSATIVA\b`), "SATIVA"},
	{regexp.MustCompile(`\bCSQA\b`), "CSQA"},
	{regexp.MustCompile(`\bSQS\b`), "SQS"},
	{regexp.MustCompile(`(?i)\bT[ÜU]E?V\s*HESSEN\b`), "TÜV Hessen"},
	{regexp.MustCompile(`(?i)\bT[ÜU]E?V\s*TH[ÜU]E?RINGEN\b`), "TÜV Thüringen"},
	{regexp.MustCompile(`(?i)\bT[ÜU]E?V\s*SAARLAND\b`), "TÜV Saarland"},
}

// accreditationBodies are national accreditation bodies, written as they
// appear on certificates. Short acronyms match only in capitals so that
// ordinary words are not taken for them.
var accreditationBodies = []body{
	{regexp.MustCompile(`\bUKAS\b`), "UKAS"},
	{regexp.MustCompile(`\bANAB\b`), "ANAB"},
	{regexp.MustCompile(`(?i)\bDAkkS\b`), "DAkkS"},
	{regexp.MustCompile(`\bCOFRAC\b|\bCofrac\b`), "COFRAC"},
	{regexp.MustCompile(`(?i)\bACCREDIA\b`), "ACCREDIA"},
	{regexp.MustCompile(`\bENAC\b`), "ENAC"},
	{regexp.MustCompile(`\bRvA\b`), "RvA"},
	{regexp.MustCompile(`(?i)\bNorsk\s+akkreditering\b`), "Norsk akkreditering"},
	{regexp.MustCompile(`\bTUNAC\b`), "TUNAC"},
	{regexp.MustCompile(`\bRENAR\b`), "RENAR"},
	{regexp.MustCompile(`\bINAB\b`), "INAB"},
	{regexp.MustCompile(`\bJAS-ANZ\b`), "JAS-ANZ"},
	{regexp.MustCompile(`\bSCC\b`), "SCC"},
	{regexp.MustCompile(`\bIAS\b`), "IAS"},
	{regexp.MustCompile(`\bA2LA\b`), "A2LA"},
	{regexp.MustCompile(`\bSANAS\b`), "SANAS"},
	{regexp.MustCompile(`\bNABCB\b`), "NABCB"},
	{regexp.MustCompile(`\bCNAS\b`), "CNAS"},
	{regexp.MustCompile(`\bJAB\b`), "JAB"},
	{regexp.MustCompile(`\bDANAK\b`), "DANAK"},
	{regexp.MustCompile(`\bSWEDAC\b`), "SWEDAC"},
	{regexp.MustCompile(`\bFINAS\b`), "FINAS"},
	{regexp.MustCompile(`\bBELAC\b`), "BELAC"},
	{regexp.MustCompile(`\bSAS[ \t]+(?:SCESm?|SMCS)?[ \t]*\d|(?i:\bSwiss\s+Accreditation\s+Service\b)`), "SAS"}, // "SAS" alone is a French company form; its number is on its line
	{regexp.MustCompile(`(?i)\bAkkreditierung\s+Austria\b`), "Akkreditierung Austria"},
	{regexp.MustCompile(`\bHKAS\b`), "HKAS"},
	{regexp.MustCompile(`\bEGAC\b`), "EGAC"},
	{regexp.MustCompile(`\bTÜRKAK\b|\bTURKAK\b`), "TÜRKAK"},
	{regexp.MustCompile(`\bPCA\b`), "PCA"},
	{regexp.MustCompile(`\bIPAC\b`), "IPAC"},
	{regexp.MustCompile(`\bESYD\b`), "ESYD"},
	{regexp.MustCompile(`\bSNAS\b`), "SNAS"},
	{regexp.MustCompile(`\bNATA\b`), "NATA"},
	{regexp.MustCompile(`\bIANZ\b`), "IANZ"},
	// Bodies outside Europe, by country; a name written in mixed case
	// matches only so: Brazil's Cgcre, Kenya's KENAS, the SADC's SADCAS,
	// Colombia's ONAC.
	{regexp.MustCompile(`\bCgcre\b|\bCGCRE\b`), "Cgcre"},
	{regexp.MustCompile(`\bKENAS\b`), "KENAS"},
	{regexp.MustCompile(`\bSADCAS\b`), "SADCAS"},
	{regexp.MustCompile(`\bONAC\b`), "ONAC"},
	{regexp.MustCompile(`\bIAF\b`), ""}, // the forum, not a body: recognised so it is not reported
}

// Certificate reads an ISO/IEC 27001 certificate: its number, who issued
// and accredited it, the edition of the standard, when it was issued and
// expires, its scope statement and its sites. Dates are taken only by
// their label; a certificate whose dates carry no label yields no
// expires_on, and the verdict then asks an analyst to read it.
func Certificate(doc Document) (evidence.Certificate, error) {
	var c evidence.Certificate
	if empty(doc) {
		return c, ErrNoText
	}
	// The number and dates are read from rows tidied as tables are
	// written, so that an OCR'd table's columns line up; the scope, prose
	// whose end is told from the lines around it, from the lines as read.
	prose := originalWording(proseLines(doc))
	lines := joinedLabels(tidyCells(prose), numberOrDateLabels)
	all := strings.Join(lines, "\n")
	page := lines
	combined := isoBlock(lines)
	if combined != nil {
		// A combined certificate: the ISO/IEC 27001 part's own number,
		// dates and scope; the issuer and sites from the whole page.
		lines = combined
	}
	if block := isoBlock(prose); block != nil {
		prose = block
	}

	c.Edition = certificateEdition(lines)
	if pairs := slices.Concat(labelValueBlock(lines), datesAroundLabels(lines), bandPairs(lines)); pairs != nil {
		// The labels' column then the values' column, or a date wrapped
		// around its label: each read as its label and value side by side.
		lines = slices.Concat(lines, []string{""}, pairs)
	}
	c.Number = certificateNumber(lines)
	if n := tableNumber(page); n.Known {
		c.Number = n
	}
	c.CertificationBody = certificationBody(page)
	if !c.CertificationBody.Known && c.CertificationBody.Doubt == "" || registerTitleEnd.MatchString(c.CertificationBody.Value) {
		// A register's printout: the name in its header bar, never the
		// directory's title read with it.
		c.CertificationBody = registerHeaderBody(page)
	}
	c.AccreditationBody = accreditationBody(page)
	if !c.AccreditationBody.Known && c.AccreditationBody.Doubt == "" {
		c.AccreditationBody = pairAccreditation(page)
	}
	if c.AccreditationBody.Known && c.CertificationBody.Known && strings.EqualFold(c.AccreditationBody.Value, c.CertificationBody.Value) {
		// One name read as both: the body certifying is not the one
		// accrediting it. Read from the accreditation's line, it is the
		// accreditation body; else which it is cannot be told.
		if accreditationLabel.MatchString(c.CertificationBody.Quote) {
			c.CertificationBody = evidence.Fact[string]{}
		} else {
			c.AccreditationBody = evidence.Fact[string]{}
		}
	}
	c.IssuedOn, c.ExpiresOn = certificateDates(lines, all)
	// What the layouts' readers left unread, read as labels and values.
	pairFacts(&c, lines, all)
	if combined == nil {
		otherStandardParts(&c, page)
	}
	c.Scope = certificateScope(prose)
	if !c.Scope.Known && c.Scope.Doubt == "" {
		c.Scope = pairScopeFact(prose)
	}
	if !c.Scope.Known && c.Scope.Doubt == "" {
		c.Scope = siteTableScope(page)
	}
	c.Sites = certificateSites(doc, page)
	return c, nil
}

// originalWording is the certificate in its own language when a
// translation of it follows on a page of its own ("English translation of
// the certificate. In case of doubt the original wording prevails."):
// the facts are read once, from the original, so that the two cannot
// disagree and the scope is in the original's words. Lines without such a
// heading are returned whole.
func originalWording(lines []string) []string {
	for i, l := range lines {
		if i >= minOriginalLines && translationHeading.MatchString(strings.TrimSpace(l)) {
			return lines[:i]
		}
	}
	return lines
}

// minOriginalLines is how many lines an original certificate takes at
// least before its translation: a heading near the top names a
// translation that is the whole document.
const minOriginalLines = 8

// translationHeading heads the translation of a certificate printed after
// the original, in the seven languages: "English translation of the
// certificate", "Englische Übersetzung des Zertifikats", "Traduction
// anglaise du certificat", "Traducción al inglés del certificado",
// "Traduzione inglese del certificato", "Engelse vertaling van het
// certificaat", "Tradução inglesa do certificado".
var translationHeading = regexp.MustCompile(`(?i)^(?:(?:english|german|french|spanish|italian|dutch|portuguese)\s+)?translation\s+of\s+(?:the\s+|this\s+)?(?:certificate|original)|` +
	`^(?:(?:englische|deutsche|franz(?:ö|oe)sische)\s+)?(?:ü|ue)bersetzung\s+(?:des|dieses)\s+zertifikat|` +
	`^traduction\s+(?:anglaise\s+|en\s+anglais\s+|fran[çc]aise\s+)?(?:du|de\s+ce)\s+certificat|` +
	`^traducci[óo]n\s+(?:al\s+ingl[ée]s\s+|inglesa\s+)?(?:del|de\s+este)\s+certificado|` +
	`^traduzione\s+(?:inglese\s+|in\s+inglese\s+)?(?:del|di\s+questo)\s+certificato|` +
	`^(?:engelse\s+)?vertaling\s+van\s+(?:het|dit)\s+certificaat|` +
	`^tradu[çc][ãa]o\s+(?:inglesa\s+|para\s+(?:o\s+)?ingl[êe]s\s+)?(?:do|deste)\s+certificado`)

// tidyCells writes the cells of each line as table rows are written:
// OCR reads a table's rules as "|", with empty cells between and at the
// ends ("| ISO/IEC 27001:2022 | | KR-1 |").
func tidyCells(lines []string) []string {
	out := lines
	for i, l := range lines {
		if !strings.Contains(l, "|") {
			continue
		}
		var cells []string
		for _, c := range strings.Split(l, "|") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		if t := strings.Join(cells, " | "); t != l {
			if &out[0] == &lines[0] {
				out = slices.Clone(lines)
			}
			out[i] = t
		}
	}
	return out
}

func certificateNumber(lines []string) evidence.Fact[string] {
	// A label naming the certificate first: a registration number may be
	// the accreditation's or the organisation's.
	if n := numberAfter(lines, numberLabel, false, namesCertificate); n.Known {
		return n
	}
	if n := numberAfter(lines, numberLabel, false, nil); n.Known {
		return n
	}
	if n := numberBelow(lines); n.Known {
		return n
	}
	if n := numberOver(lines); n.Known {
		return n
	}
	for _, bare := range []*regexp.Regexp{bareNumberLabel, bareNumber} {
		if n := numberAfter(lines, bare, false, nil); n.Known && codeLike(n.Value) {
			return n
		}
	}
	// "Certificate GB25/330012", "Annexe au certificat CLR/1": no label
	// word, but a code straight after the word certificate.
	return numberAfter(lines, bareCertificate, true, nil)
}

// bareNumber is the word "number" alone starting a line before a colon
// ("Nummer: NL-IB-6604"): only a code is taken after it, and never under
// it in a table, where it may number the rows.
var bareNumber = regexp.MustCompile(`(?i)^(?:number|nummer|numéro|número|numero)\s*:\s*(?:\|\s*)?`)

// namesCertificate matches a number label that says it numbers the
// certificate ("Certificate No.", "Zertifikat-Nr.") rather than a
// registration.
var namesCertificate = regexp.MustCompile(`(?i)cert|zertifikat|urkunde|attestat`)

// numberAfter takes the certificate number from after the first match of
// label whose value holds a digit; strict asks for a value that cannot be
// a plain count or year, and only, when set, for a label it matches.
func numberAfter(lines []string, label *regexp.Regexp, strict bool, only *regexp.Regexp) evidence.Fact[string] {
	for i, l := range lines {
		for _, m := range label.FindAllStringIndex(l, -1) {
			if only != nil && !only.MatchString(l[m[0]:m[1]]) {
				continue
			}
			// Only the words just before the label: a long line must not be
			// read again for every label on it.
			if accreditationNumber.MatchString(l[max(0, m[0]-60):m[1]]) || knownBody(l[max(0, m[0]-60):m[0]], accreditationBodies) != "" {
				continue // "Accreditation No.", "DAkkS registration number D-ZM-…"
			}
			if companyNumber.MatchString(l[max(0, m[0]-30):m[0]]) {
				continue // "Company Reg. No.": the organisation's, not the certificate's
			}
			if formerNumber(l[max(0, m[0]-40):m[0]], l[m[0]:m[1]], l[m[1]:]) {
				continue // "ancien certificat n° …", "certificado anterior N.º …": the former body's number
			}
			if citedNumber.MatchString(l[max(0, m[0]-40):m[0]]) {
				continue // "valid only with main certificate no. …": another certificate's number, cited
			}
			if accreditationMark(lines, i, l[max(0, m[0]-30):m[0]]) {
				continue // "Accredited by ISAC" over "ISAC Cert. No. 0112": the accreditation's number
			}
			if before := l[max(0, m[0]-30):m[0]]; otherStandard.MatchString(before) && !strings.Contains(before, "27001") {
				continue // "ISO/IEC 27701 certificate no.": another standard's certificate
			}
			if inWebAddress(l, m[0]) {
				continue // "https://register.example/certificaten/AB-1": the register's address, not a label
			}
			rest, src := l[m[1]:], l
			if n, ok := labelField(l, m[0]); ok && nextField(rest, n) {
				// "5. Certificate No. | 6. Issue date" over "KCB-1 | …": a
				// form's row of numbered labels, each value under its own.
				rest = ""
			}
			if s := standardThenNumber.FindStringSubmatchIndex(rest); s != nil {
				// "Certificate No. ISO/IEC 27001: IS-2002": the number of the
				// standard named; another standard's is not this one's, and
				// the standard alone ("Certificate No. ISO/IEC 27001:2022")
				// gives no number, its year being none.
				if rest[s[2]:s[3]] != "27001" || strings.TrimSpace(rest[s[1]:]) == "" {
					continue
				}
				rest = rest[s[1]:]
			}
			switch {
			case strict && i+1 < len(lines) && codeWraps(rest):
				// "holds certificate" over "FMC-ISMS 51206 for …", "houder
				// is van certificaat DCG-" over "ISMS-1063 voor …": a letter's
				// sentence wraps at or inside the code it names.
				rest = strings.TrimSpace(rest)
				next := lines[i+1]
				if rest == "" {
					rest += " "
					// "CERTIFICAT" over "N° 2024/SMSI/118": the number's
					// sign alone starts the line under the title.
					if m := numberSign.FindStringIndex(next); m != nil {
						next = next[m[1]:]
					}
				}
				rest, src = rest+next, l+" "+lines[i+1]
			case strict || i+1 >= len(lines):
			case strings.TrimSpace(rest) == "" && belowNext(lines, i) < len(lines) && labelGoesOn(l[m[0]:m[1]], lines[below(lines, i)]):
				// "Número de registro" over "del certificado:" over its
				// value: the label wrapped before its value's line.
				n, nn := below(lines, i), belowNext(lines, i)
				rest, src = lines[nn], l+" "+lines[n]+" "+lines[nn]
			case strings.TrimSpace(rest) == "":
				// The value on the next line, or after one empty line, as
				// OCR parts blocks ("Zertifikatsnr." over "" over "HZM-1").
				n := below(lines, i)
				rest, src = lines[n], l+" "+lines[n]
				if col, cells := strings.Count(l[:m[0]], " | "), strings.Split(lines[n], " | "); col > 0 && len(cells) == strings.Count(l, " | ")+1 {
					// "Main certificate no. | Sub-certificate no." over
					// "EX-1 | EX-1-02": a row of labels over a row of values,
					// the value under its label; another standard's row
					// ("ISO 9001:2015 | Q-1-9") numbers another certificate.
					if otherStandard.MatchString(lines[n]) && !strings.Contains(lines[n], "27001") {
						continue
					}
					rest = cells[col]
				}
			case numberValue(rest) == "" && labelEnds(cutCell(rest)) && aloneCode(lines[i+1]):
				// "N. di registrazione del | … " over "CV-1" over
				// "certificato:": the label's cell wraps around its value.
				rest, src = lines[i+1], l+" "+lines[i+1]
			case m[0] == 0 && !strings.Contains(l, " | ") && !strings.Contains(lines[below(lines, i)], " | ") && numberValue(rest) == "" && headerRest(rest) &&
				codeLike(numberValue(lines[below(lines, i)])):
				// "APPROVAL NUMBER ORIGINAL APPROVAL DATE …" over
				// "FMC-ISMS 51820 20th March 2018 …": a row of labels that
				// OCR did not part into cells, the number's first, over a
				// row of values that starts with its code.
				n := below(lines, i)
				rest, src = lines[n], l+" "+lines[n]
			}
			v := numberValue(rest)
			if after := strings.Index(rest, v) + len(v); v != "" && knownBody(rest[after:min(len(rest), after+20)], accreditationBodies) != "" {
				continue // "Registration No. 0217 (UKAS)": the accreditation's number
			}
			if next, ok := wrappedCode(lines, i, rest, v); ok && !strict && src == l {
				v, src = v+next, l+" "+lines[i+1]
			}
			if v != "" && (!strict || codeLike(v)) && !accreditationValue.MatchString(v) && !companyValue.MatchString(v) && !onlyDates(v) && !standardName.MatchString(v) && !webAddress.MatchString(v) {
				return known(v, src)
			}
		}
	}
	return evidence.Fact[string]{}
}

// formerNumberBefore finds a word of the previous just before a number
// label, perhaps with the certificate's noun between ("former certificate
// no.", "ancien certificat n°", "voormalig certificaatnummer", "certificado
// anterior N.º", "vorherige Zertifikatsnummer"), and formerNumberAfter one
// right after it ("Certificate no. (previous):", "N.º de certificado
// anterior:"): the number a former body gave, before a transfer.
var (
	formerNumberBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])` + famPrevious + `\s+(?:[\p{L}.]+\s+){0,2}$`)
	formerNumberWord   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])` + famPrevious + `(?:[^\p{L}]|$)`)
	formerNumberAfter  = regexp.MustCompile(`(?i)^\s*(?:\(\s*)?(?:(?:de\s+|du\s+|del\s+|do\s+|da\s+|van\s+het\s+)?(?:certificat|certificado|certificato|certificaat|zertifikats?)\s+)?` + famPrevious + `(?:[^\p{L}]|$)`)
)

// formerNumber reports whether the number label lb, with the words before
// and after it on its line, numbers the certificate a former body issued.
func formerNumber(before, lb, after string) bool {
	return formerNumberBefore.MatchString(before) || formerNumberWord.MatchString(lb) || formerNumberAfter.MatchString(after)
}

// accreditationMark reports whether the words before the number label on
// line i end in a name in capitals that a line just above, or the same
// line, names as the accreditation body ("Accredited by ISAC" over "ISAC
// Cert. No. 0112", "Accréditation SOAC" over "SOAC Certificat n° 11"): the
// number is the accreditation's, printed beside its mark.
func accreditationMark(lines []string, i int, before string) bool {
	words := strings.Fields(before)
	if len(words) == 0 || !acronym.MatchString(words[len(words)-1]) {
		return false
	}
	mark := regexp.MustCompile(`(?:^|[^\p{L}])` + regexp.QuoteMeta(words[len(words)-1]) + `(?:[^\p{L}]|$)`)
	for _, l := range lines[max(0, i-3) : i+1] {
		if loc := accreditWord.FindStringIndex(l); loc != nil && mark.MatchString(l[loc[1]:]) {
			return true
		}
	}
	return false
}

// standardThenNumber is a standard's designation between a number label
// and its value, ended by a colon: "Zertifikat-Nr. ISO/IEC 27001: IS-2002",
// "N° de certificat ISO/IEC 27001:2022 : FR-88", or ending the line. Its
// number is the group.
var standardThenNumber = regexp.MustCompile(`^\s*(?:(?:DIN|NF|UNE|UNI|NEN|NP|BS)\s+)?(?:EN\s+)?(?:ISO(?:\s*/\s*IEC)?|IEC)\s*(\d{4,5}(?:-\d)?)(?::(?:19|20)\d\d\b)?\s*(?::\s*|$)`)

// below is the line after line i, or the one after that when the next
// is empty; belowNext is the line after that one the same way. Either is
// len(lines) past the end.
func below(lines []string, i int) int {
	if i+2 < len(lines) && lines[i+1] == "" {
		return i + 2
	}
	return min(i+1, len(lines))
}

func belowNext(lines []string, i int) int {
	if n := below(lines, i); n < len(lines) {
		return below(lines, n)
	}
	return len(lines)
}

// headerRest reports whether what follows a number label on its line is
// only more labels, of dates or of numbers, as a header row runs them on.
func headerRest(rest string) bool {
	rest = strings.TrimSpace(rest)
	return rest != "" && !strings.ContainsAny(rest, "0123456789") && len(rest) <= maxLabelRow &&
		(hasLabel(rest, certificateDateLabels) || numberLabel.MatchString(rest))
}

// labelGoesOn reports whether line next is the rest of a number label
// that ends its line: words in lower case, without digits, with which the
// label reads as a longer one.
func labelGoesOn(label, next string) bool {
	next = strings.TrimSpace(next)
	if !startsLower(next) || len(next) > maxLabelCell || strings.ContainsAny(next, "0123456789") {
		return false
	}
	joined := strings.TrimSpace(label) + " " + next
	loc := numberLabel.FindStringIndex(joined)
	return loc != nil && loc[0] == 0 && loc[1] == len(joined) && loc[1]-loc[0] > len(strings.TrimSpace(label))
}

// numberSign is the sign of a number alone at the start of a line: "N°",
// "Nº", "N.º", "No.", "Nr.", "n.", "#".
var numberSign = regexp.MustCompile(`(?i)^\s*(?:n\s?[°º]|n\.\s?º|no\.|nr(?:\.|\b)|n\.|#)\s*:?\s*`)

// codeWraps reports whether the text after a bare "certificate" leaves
// its code to the next line: nothing, or a code's start cut at a hyphen
// ("DCG-").
func codeWraps(rest string) bool {
	rest = strings.TrimSpace(rest)
	return rest == "" || !strings.Contains(rest, " ") && strings.HasSuffix(rest, "-") && numberToken.MatchString(rest)
}

// inWebAddress reports whether byte i of l stands inside a web address,
// whose path may hold words and codes that look like a labelled number.
func inWebAddress(l string, i int) bool {
	start := strings.LastIndexAny(l[:i], " \t") + 1
	tok := l[start:]
	if end := strings.IndexAny(tok, " \t"); end >= 0 {
		tok = tok[:end]
	}
	return webAddress.MatchString(tok)
}

// webAddress is a word that is a web address: with its scheme, from
// "www.", or a host name in lower case and a path ("verify.example.org/c/…").
var webAddress = regexp.MustCompile(`^(?i:[a-z][a-z0-9+.\-]*://|www\.)|^(?:[a-z0-9\-]+\.)+[a-z]{2,}(?::\d+)?/`)

// wrappedCode is the rest of a number that ends its line at a hyphen or a
// slash, which no code ends in: a browser printing a letter breaks a long
// code there and puts the rest first on the next line ("holds certificate
// no. PSR-ISMS-22-" over "0588 for an information security …").
func wrappedCode(lines []string, i int, rest, v string) (string, bool) {
	if v == "" || !strings.HasSuffix(v, "-") && !strings.HasSuffix(v, "/") || i+1 >= len(lines) || !strings.HasSuffix(strings.TrimSpace(rest), v) {
		return "", false
	}
	f := strings.Fields(lines[i+1])
	if len(f) == 0 {
		return "", false
	}
	next := strings.TrimRight(f[0], ",;:).")
	if !numberToken.MatchString(next) || !strings.ContainsAny(next, "0123456789") {
		return "", false
	}
	return next, true
}

// labelValueBlock reads a column of labels printed before the column of
// their values, as text extraction gives a two-column table: a run of
// lines each holding only a label of the number or of a date (its words
// may wrap onto a line in lower case, a bilingual label has its halves
// joined by "/"), then as many lines each holding only a value that fits
// its label, in the same order (a date may wrap before its year). It
// gives each label with its value, "label | value", or nil when the
// page has no such columns or they do not pair one to one.
func labelValueBlock(lines []string) []string {
	tries := 0
	for j := 1; j < len(lines); j++ {
		// From the start of a run of values back over the short lines
		// without digits before it: the cheap look that most lines of
		// most pages never go past.
		if !blockValue(lines, j) || blockValue(lines, j-1) {
			continue
		}
		i := j
		for i > 0 && j-i < maxBlockLines && lines[i-1] != "" && len(lines[i-1]) <= 2*maxLabelCell && !strings.ContainsAny(lines[i-1], "0123456789") {
			i--
		}
		if j-i < 2 {
			continue
		}
		if tries += j - i; tries > maxLabelTries {
			return nil
		}
		if pairs := pairBlock(lines, i, j); pairs != nil {
			return pairs
		}
	}
	return nil
}

// blockValue reports whether line i starts a value: a date (perhaps
// wrapped before its year) or a code alone.
func blockValue(lines []string, i int) bool {
	l := lines[i]
	return onlyDates(l) || aloneCode(l) || i+1 < len(lines) && strings.ContainsAny(l, "0123456789") && len(l) <= maxLabelCell && onlyDates(l+" "+lines[i+1])
}

// maxBlockLines is how many lines a column of labels may run to.
const maxBlockLines = 16

// labelish reports, cheaply, whether a line may be a label or the end of
// one wrapped: short, without digits, and starting in lower case or
// holding a label's words.
func labelish(l string) bool {
	return l != "" && len(l) <= 2*maxLabelCell && !strings.ContainsAny(l, "0123456789") &&
		(startsLower(l) || hasLabel(l, certificateDateLabels) || numberLabel.MatchString(l))
}

// pairBlock pairs the labels that end lines[i:j], read back from j, with
// the values that follow them, or gives nil when they do not pair one to
// one.
func pairBlock(lines []string, i, j int) []string {
	var labels, kinds []string
	for k := j - 1; k >= i; k-- {
		l, kind := lines[k], blockLabel(lines[k])
		if kind == "" && k > i && startsLower(l) {
			// The label's last words wrapped onto a line of their own.
			l = lines[k-1] + " " + l
			if kind = blockLabel(l); kind != "" {
				k--
			}
		}
		if kind == "" {
			break
		}
		labels, kinds = append([]string{l}, labels...), append([]string{kind}, kinds...)
	}
	if len(labels) < 2 {
		return nil
	}
	var values []string
	k := j
	for ; k < len(lines) && len(values) < len(labels); k++ {
		v := lines[k]
		if !onlyDates(v) && k+1 < len(lines) && onlyDates(v+" "+lines[k+1]) && len(FindDates(v)) == 0 {
			v, k = v+" "+lines[k+1], k+1 // "24 de fevereiro de" over "2022"
		}
		kind := ""
		switch {
		case onlyDates(v) && len(FindDates(v)) == 1:
			kind = "date"
		case aloneCode(v):
			kind = "number"
		}
		if kind != kinds[len(values)] {
			return nil
		}
		values = append(values, v)
	}
	// The column of values must end where the labels' does: one more
	// value means a label above was not read, and the pairs are shifted.
	if len(values) != len(labels) || k < len(lines) && blockValue(lines, k) && !strings.Contains(lines[k], "|") {
		return nil
	}
	out := make([]string, len(labels))
	for k := range labels {
		out[k] = labels[k] + " | " + values[k]
	}
	return out
}

// bandPairs reads a band of labels over their values, as certificates
// print the number and dates at the foot of the page: a row of cells each
// holding only a label of the number or of a date (their words may wrap
// onto a second row, cell under cell, or onto one cell under the only
// cell that is no label alone), then a line or two holding only the
// values: codes and dates, in the labels' order within each kind, however
// extraction parted them into cells. It gives each label with its value,
// "label | value", or nil when the page has no such band.
func bandPairs(lines []string) []string {
	for i := 0; i+1 < len(lines); i++ {
		l := lines[i]
		if !strings.Contains(l, " | ") || len(l) > maxLabelRow || strings.ContainsAny(l, "0123456789") {
			continue
		}
		heads, kinds := bandHeads(strings.Split(l, " | "))
		next := i + 1
		if kinds == nil && !strings.ContainsAny(lines[next], "0123456789") {
			heads, kinds = bandHeads(wrapHeads(strings.Split(l, " | "), strings.Split(lines[next], " | ")))
			next++
		}
		if kinds == nil {
			continue
		}
		var values [2][]string // codes, dates
		for k := next; k < len(lines) && k < next+3; k++ {
			vs, ok := bandValues(lines[k])
			if !ok {
				break
			}
			values[0], values[1] = append(values[0], vs[0]...), append(values[1], vs[1]...)
		}
		var want [2]int
		for _, k := range kinds {
			want[bandKind(k)]++
		}
		if want[0] != len(values[0]) || want[1] != len(values[1]) || want[0]+want[1] == 0 {
			continue
		}
		out := make([]string, len(heads))
		var used [2]int
		for k, h := range heads {
			b := bandKind(kinds[k])
			out[k] = h + " | " + values[b][used[b]]
			used[b]++
		}
		return out
	}
	return nil
}

// bandKind indexes a band's values: codes 0, dates 1.
func bandKind(kind string) int {
	if kind == "date" {
		return 1
	}
	return 0
}

// bandHeads gives the label cells of a band with what each labels, or nil
// kinds when a cell is no label alone. Small capitals come out of some
// PDFs as a capital parted from the rest of its word ("A pproval number",
// "C ertificate expiry date"): a cell is read so joined only when joining
// makes it a label.
func bandHeads(cells []string) ([]string, []string) {
	if len(cells) < 2 {
		return nil, nil
	}
	heads, kinds := make([]string, len(cells)), make([]string, len(cells))
	for k, c := range cells {
		c = strings.TrimSpace(c)
		c = joinLabelWords(c, bandLabels)
		kind := blockLabel(c)
		if kind == "" {
			return nil, nil
		}
		heads[k], kinds[k] = c, kind
	}
	return heads, kinds
}

// numberOrDateLabels are the labels of the certificate's number and
// dates, for mending lines printed letter-spaced or in small capitals
// before the number and the issuer are read.
var numberOrDateLabels = labelReader{
	count: func(l string) int {
		return len(allLabels(l, certificateDateLabels)) + len(numberLabel.FindAllStringIndex(l, -1))
	},
	words: labelWords,
}

// dateLabels are the certificate's date labels, for mending their lines.
var dateLabels = labelReader{
	count: func(l string) int { return len(allLabels(l, certificateDateLabels)) },
	words: labelWords,
}

// bandLabels is a band's label cell: one label alone.
var bandLabels = labelReader{count: func(c string) int {
	if blockLabel(c) != "" {
		return 1
	}
	return 0
}}

// wrapHeads joins a band's second row of label words to its first: cell
// under cell when the rows have as many cells, or a lone cell to the only
// cell of the first row that is no label alone.
func wrapHeads(first, second []string) []string {
	if len(second) == len(first) {
		out := make([]string, len(first))
		for k := range first {
			out[k] = strings.TrimSpace(first[k]) + " " + strings.TrimSpace(second[k])
		}
		return out
	}
	if len(second) != 1 {
		return nil
	}
	lone := -1
	for k, c := range first {
		if blockLabel(joinLabelWords(strings.TrimSpace(c), bandLabels)) == "" {
			if lone >= 0 {
				return nil
			}
			lone = k
		}
	}
	if lone < 0 {
		return nil
	}
	out := slices.Clone(first)
	out[lone] = strings.TrimSpace(first[lone]) + " " + strings.TrimSpace(second[0])
	return out
}

// bandValues reads a line holding only a band's values: its codes and its
// dates, each in the order written, or false when it holds anything else.
func bandValues(l string) ([2][]string, bool) {
	var out [2][]string
	if l == "" || len(l) > maxLabelRow {
		return out, false
	}
	codes := func(s string) bool {
		for _, c := range strings.Split(s, " | ") {
			if c = strings.Trim(c, " |"); c == "" {
				continue
			}
			if !aloneCode(c) {
				return false
			}
			out[0] = append(out[0], c)
		}
		return true
	}
	from := 0
	for _, d := range FindDates(l) {
		if !codes(l[from:d.Start]) {
			return out, false
		}
		out[1] = append(out[1], l[d.Start:d.End])
		from = d.End
	}
	if !codes(l[from:]) || len(out[0])+len(out[1]) == 0 {
		return out, false
	}
	return out, true
}

// datesAroundLabels reads the dates that a table's cell wraps around the
// label beside it, as text extraction gives a label centred on a value of
// two lines: the date's first words, the label alone, then the rest of
// the date ("15 de junio de" over "Válido hasta / Valid until:" over
// "2028"). It gives each such label with its date, "label | date".
func datesAroundLabels(lines []string) []string {
	var out []string
	tries := 0
	for i := 1; i+1 < len(lines) && tries < maxLabelTries; i++ {
		head, tail := lines[i-1], lines[i+1]
		if len(head) > maxLabelCell || len(tail) > maxLabelCell || !strings.ContainsAny(head, "0123456789") || len(FindDates(head)) > 0 || len(FindDates(tail)) > 0 {
			continue
		}
		if d := head + " " + tail; onlyDates(d) && len(FindDates(d)) == 1 && labelish(lines[i]) {
			if tries++; blockLabel(lines[i]) == "date" {
				out = append(out, lines[i]+" | "+d)
			}
		}
	}
	return out
}

// blockLabel is what a line holding only a label labels, "number" or
// "date", or "" when it holds anything else. Each half of a bilingual
// label ("Data de emissão / Date of issue:") must be the same label.
func blockLabel(l string) string {
	kind := ""
	if !labelish(l) {
		return ""
	}
	for _, part := range strings.Split(l, " / ") {
		part = strings.TrimSpace(part)
		k := ""
		if loc := numberLabel.FindStringIndex(part); loc != nil && loc[0] == 0 && loc[1] == len(part) {
			k = "number"
		} else if _, ok := onlyLabel(part, certificateDateLabels); ok && !strings.ContainsAny(part, "0123456789") {
			k = "date"
		}
		if k == "" || kind != "" && k != kind {
			return ""
		}
		kind = k
	}
	return kind
}

// labelEnds reports whether what follows a label in its cell only links
// it to words on another line ("del", "of the"), or nothing.
func labelEnds(rest string) bool {
	for _, w := range strings.Fields(rest) {
		if !linkWord.MatchString(w) {
			return false
		}
	}
	return true
}

// linkWord is a preposition or article that joins a label to its next
// words.
var linkWord = regexp.MustCompile(`(?i)^(?:of|the|de|del|du|des|do|da|di|della|dell['’]|la|le|el|o|a|van|het|der|von|vom|dem)$`)

// aloneCode reports whether a line holds one code and nothing else.
func aloneCode(l string) bool {
	l = strings.TrimSpace(l)
	return numberValue(l) == l && codeLike(l) && !onlyDates(l)
}

// numberBelow reads the number from a row of labels over a row of values
// ("Certificate No. | Effective date" over "AB-1 | 1 May 2025"): the cell
// under the label that fills its cell.
func numberBelow(lines []string) evidence.Fact[string] {
	for i := 0; i+1 < len(lines); i++ {
		heads, cells := strings.Split(lines[i], " | "), strings.Split(lines[i+1], " | ")
		if len(heads) < 2 || len(heads) != len(cells) || len(lines[i]) > maxLabelRow {
			continue
		}
		row := i + 1
		if n := rowsUnder(lines, i); n > 1 {
			// One row per standard of a combined certificate: the row of
			// ISO/IEC 27001, if the order they are listed in tells it.
			k := standardRow(listedStandards(lines[:i]), n)
			if k < 0 {
				continue
			}
			row += k
		}
		if otherStandard.MatchString(lines[row]) && !strings.Contains(lines[row], "27001") {
			continue // "ISO 9001:2015 | Q-1-9 | …": another standard's number
		}
		if v := numberUnder(lines[i], lines[row]); v != "" {
			return known(v, lines[i]+" "+lines[row])
		}
	}
	return evidence.Fact[string]{}
}

// numberOver reads the number from over its label, as certificates print
// a caption under the value it names: a code alone on its line over a
// line holding only the number's label ("KX-ISMS-20931" over
// "Certificate number"), when the line under the label holds no code
// that the label could head instead; or a code with its label after it
// in brackets ("KX-ISMS-20931 (certificate number)").
func numberOver(lines []string) evidence.Fact[string] {
	for i, l := range lines {
		// Most lines hold no label of the number: the one expression
		// first, the costlier reading of a label alone only after.
		if l == "" || len(l) > maxLabelRow || !numberLabel.MatchString(l) {
			continue
		}
		if open := strings.LastIndex(l, "("); open > 0 && strings.HasSuffix(l, ")") && blockLabel(strings.TrimSpace(l[open+1:len(l)-1])) == "number" {
			if v := strings.TrimSpace(lastCell(l[:open])); aloneCode(v) && certificateCode(v) {
				return known(v, l)
			}
			continue
		}
		if blockLabel(strings.TrimRight(l, " :")) != "number" {
			continue
		}
		p, n := prevLine(lines, i), nextLine(lines, i)
		if p < 0 || !aloneCode(lines[p]) || !certificateCode(lines[p]) || n >= 0 && (aloneCode(cutCell(lines[n])) || numberValue(lines[n]) != "") {
			continue
		}
		// The code must not be the value of a label over it.
		if pp := prevLine(lines, p); pp >= 0 && (blockLabel(strings.TrimRight(lines[pp], " :")) != "" || strings.HasSuffix(lines[pp], ":")) {
			continue
		}
		v := strings.TrimSpace(lines[p])
		return known(v, v+" "+l)
	}
	return evidence.Fact[string]{}
}

// certificateCode reports whether a code may be a certificate's number:
// not an accreditation's, a company's, a date or a standard's.
func certificateCode(v string) bool {
	return !accreditationValue.MatchString(v) && !companyValue.MatchString(v) && !onlyDates(v) && !standardName.MatchString(v) && !webAddress.MatchString(v)
}

// rowsUnder counts the rows of values under the row of labels at line i
// that have as many cells as it.
func rowsUnder(lines []string, i int) int {
	cells := strings.Count(lines[i], " | ")
	n := 0
	for j := i + 1; j < len(lines) && strings.Count(lines[j], " | ") == cells && valueRow(lines[j]); j++ {
		n++
	}
	return n
}

// numberUnder is the number in a row of values under the header cell that
// labels certificate numbers, or "".
func numberUnder(header, row string) string {
	cells := strings.Split(row, " | ")
	for j, h := range strings.Split(header, " | ") {
		if j >= len(cells) || accreditationNumber.MatchString(h) {
			continue
		}
		hb := strings.TrimSpace(h)
		bl := bareNumberLabel.FindStringIndex(hb)
		bare := bl != nil && bl[1] == len(hb)
		if loc := numberLabel.FindStringIndex(h + " "); loc != nil && loc[0] == 0 || bare {
			if v := numberValue(cells[j]); v != "" && !accreditationValue.MatchString(v) && !companyValue.MatchString(v) && (!bare || codeLike(v) && !standardName.MatchString(v)) {
				return v
			}
		}
	}
	return ""
}

// numberValue takes the certificate number from the text after its label:
// tokens such as "IS 654321", "ISMS-2024-0042" or "GB21/876543", up to the
// next word that is not part of it. A number without a digit is no number.
func numberValue(rest string) string {
	rest = rest[:min(len(rest), 120)]
	if i := strings.Index(rest, " | "); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, "  "); i >= 0 {
		rest = rest[:i]
	}
	for _, d := range FindDates(rest) {
		// "VCS/ISMS/2025/118 31 mars 2017": a band of values runs the
		// code into the date beside it, whose day is no part of the code
		// (a date inside a code, "CERT-2024-01-15", is).
		if d.Start == 0 || rest[d.Start-1] == ' ' {
			rest = rest[:d.Start]
			break
		}
	}
	toks := strings.Fields(rest)
	var out []string
tokens:
	for i, t := range toks {
		t = strings.TrimRight(t, ",;:)")
		if !numberToken.MatchString(t) || len(out) >= 4 || len(out) > 0 && afterNumber.MatchString(t) {
			break
		}
		switch {
		case len(out) > 0 && strings.HasSuffix(out[len(out)-1], "-") && strings.ContainsAny(t, "0123456789"):
			// "DC-27- 0551": OCR or a wrapped line parted the code at a
			// hyphen, which no code ends in.
			out[len(out)-1] += t
		case strings.ContainsAny(t, "0123456789"):
			out = append(out, t)
		case prefixLike(t) && i+1 < len(toks) && strings.ContainsAny(toks[i+1], "0123456789"):
			out = append(out, t) // a prefix such as "IS" in "IS 654321" or "FMC-ISMS" in "FMC-ISMS 51820"
		case len(out) > 0 && i == len(toks)-1 && len(t) <= 4 && strings.ToUpper(t) == t && strings.ToLower(t) != t:
			out = append(out, t) // a suffix such as "TMS" in "12 310 54321 TMS" ending the line
		default:
			break tokens
		}
	}
	v := strings.TrimRight(strings.Join(out, " "), ".")
	if !strings.ContainsAny(v, "0123456789") {
		return ""
	}
	return v
}

// afterNumber is a word that follows a number without being part of it,
// as a header in capitals runs it on: the page ("PAGE 1/2", "SEITE 1 VON
// 2", "PÁGINA 1 DE 2"), the revision or issue, or a word joining two
// numbers.
var afterNumber = regexp.MustCompile(`(?i)^(?:pages?|seite|blatt|pagina|página|p[áa]g\.?|p\.|rev\.?|revision|revisión|revisione|revisão|revisie|issue|ausgabe|édition|edición|edizione|editie|edição|` +
	`version|versión|versione|versie|versão|of|von|sur|de|di|van|do|da|del|und|and|et|y|e|en)$`)

// prefixLike reports whether t may be the letters that start a code
// before its digits: capitals, a short word or a few joined by hyphens
// ("IS", "FMC-ISMS").
func prefixLike(t string) bool {
	if strings.ToUpper(t) != t {
		return false
	}
	if len(t) <= 6 {
		return true
	}
	parts := strings.Split(t, "-")
	if len(parts) < 2 || len(t) > 12 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 6 {
			return false
		}
	}
	return true
}

// maxLabelTries bounds how many label matches are tried before falling
// back to a search for known names.
const maxLabelTries = 50

func certificationBody(lines []string) evidence.Fact[string] {
	if b := partnerBody(lines); b.Known {
		return b
	}
	all := strings.Join(lines, "\n")
	for _, loc := range bodyLabel.FindAllStringSubmatchIndex(all, maxLabelTries) {
		l := lineAt(all, loc[0])
		if formerBody(all, loc[0], all[loc[2]:loc[3]]) {
			continue // "Previously certified by …", "Organisme de certification précédent :": the body before this one
		}
		if startsUpper(all[loc[0]:]) && partOfName(all[strings.LastIndexByte(all[:loc[0]], '\n')+1:loc[0]]) {
			continue // "Keystone Registrar Inc.": the label word is part of a name ("Pelo organismo de certificação …" is none)
		}
		if legalFormFirst.MatchString(all[loc[2]:loc[3]]) {
			continue // "Andes Quality" over "Registrar S.A. (…)": the label's word ends a name, its legal form after it
		}
		if name, ok := genericNamed(all, loc); ok {
			return known(name, l) // "Ente di Certificazione Istriano d.o.o.": the label's words begin the name
		}
		if namePart(all[loc[0]:loc[1]], all[loc[2]:loc[3]]) {
			continue // "ENTIDAD CERTIFICADORA DEL NORTE": a name that holds the label's words
		}
		v := strings.TrimSpace(cutCell(all[loc[2]:loc[3]]))
		if m := bodyValueEnd.FindStringIndex(v); m != nil {
			v = v[:m[0]] // "Meridian Certification Ltd., accredited by UKAS" names the body first
		}
		v = nameOnly(v)
		if name := knownBody(v, certificationBodies); name != "" {
			return known(name, l)
		}
		v = trimName(v)
		if v == "" || onlyBodyLabel(v) {
			// "Signed on behalf of the certification body", the name on
			// the line below.
			next := lineAfter(all, loc[1])
			if name := knownBody(next, certificationBodies); name != "" {
				return known(name, next)
			}
			if issuerName(lineAfterRaw(all, loc[1])) && orgName.MatchString(next) {
				return known(next, l+" "+next)
			}
			continue
		}
		if !orgLike(v) {
			continue // "L'organisme de certification atteste que": a sentence, not a name
		}
		// A name broken over two lines in a signature block is written
		// whole in the letterhead.
		if whole := wholeName(lines, v); whole != "" {
			return known(whole, l)
		}
		return known(v, l)
	}
	// No label: the first known body named anywhere, as logos and footers
	// are where most certificates name their issuer.
	if b := firstBody(all, certificationBodies); b.Known {
		return b
	}
	if b := letterhead(lines); b.Known {
		return b
	}
	if b := signedFor(lines); b.Known {
		return b
	}
	if b := certifyingSubject(lines); b.Known {
		return b
	}
	return footerBody(lines)
}

// partnerBody is the body a certification network issues a certificate
// with, named after its label in the signature block, in the seven
// languages: "Partner body*: Hardanger Certification AS", "Partnerstelle:",
// "Organisme partenaire :", "Organismo asociado:", "Ente partner:",
// "Partnerinstelling:", "Organismo parceiro:". It is the certification
// body. Its name may wrap, its last words in the next line's last cell
// (the other column's signatory before them): "Organismo asociado*:
// Certificadora del" over "Jane Doe | Cerro S.R.L.". Only a name ending in
// a legal form is taken.
func partnerBody(lines []string) evidence.Fact[string] {
	for i, l := range lines {
		m := partnerLabel.FindStringSubmatch(cutCell(l))
		if m == nil {
			continue
		}
		name, quote := strings.TrimSpace(m[1]), l
		if !endsLegalForm(name) && i+1 < len(lines) {
			next := strings.TrimSpace(lastCell(lines[i+1]))
			if endsLegalForm(next) {
				name, quote = strings.TrimSpace(name+" "+next), l+" "+lines[i+1]
			}
		}
		if orgLike(name) && endsLegalForm(name) {
			return known(name, quote)
		}
	}
	return evidence.Fact[string]{}
}

// partnerLabel labels the partner body of a certification network.
var partnerLabel = regexp.MustCompile(`(?i)^(?:the\s+)?(?:partner\s+(?:body|organisation|organization|certification\s+body)|partnerstelle|partnerzertifizierungsstelle|` +
	`organisme\s+partenaire|organismo\s+(?:asociado|socio|partner|parceiro|associado)|ente\s+partner|entidade\s+parceira|entidad\s+asociada|` +
	`partnerinstelling|partnerorganisatie)\*?\s*:\s*(.*)$`)

// endsLegalForm reports whether a name ends in a company's legal form,
// the Nordic ones ("AS", "ASA", "AB", "A/S", "ApS", "Oy") written in
// capitals as those countries write them.
func endsLegalForm(name string) bool {
	return legalFormEnd.MatchString(name) || nordicFormEnd.MatchString(name)
}

var (
	legalFormEnd  = regexp.MustCompile(`(?i)(?:^|[\s,])` + legalForm + `$`)
	nordicFormEnd = regexp.MustCompile(`(?:^|\s)(?:AS|ASA|AB|A/S|ApS|Oy|Oyj)$`)
)

// certifyingSubject is the certification body named as the subject of
// the sentence that certifies, in the seven languages: "Meridian
// Certification Ltd hereby certifies that", "Die Orion Audit GmbH
// bescheinigt", "… SAS certifie que", "… S.L. certifica que", "… S.r.l.
// certifica che", "… B.V. verklaart dat", "A … Lda. certifica que". Only
// a name with a legal form or a word of certifying, written as names
// are, counts: "This is to certify" and "The certification body
// certifies" name none.
func certifyingSubject(lines []string) evidence.Fact[string] {
	for _, l := range lines {
		m := certifyingVerb.FindStringSubmatch(cutCell(l))
		if m == nil {
			continue
		}
		name := strings.TrimSpace(m[1])
		if a := subjectArticle.FindStringIndex(name); a != nil && startsUpper(name[a[1]:]) {
			name = name[a[1]:]
		}
		name = strings.TrimRight(name, " ,")
		if !orgLike(name) || !orgName.MatchString(name) || !titleCase(name) || bodyLabel.MatchString(name) || certificateTitle.MatchString(name) || knownBody(name, accreditationBodies) != "" {
			continue
		}
		return known(name, l)
	}
	return evidence.Fact[string]{}
}

// certifyingVerb is a name, then the verb with which it certifies an
// organisation.
var certifyingVerb = regexp.MustCompile(`^(\p{Lu}.{2,80}?)\s+(?:(?:hereby|hiermit|par\s+la\s+présente|por\s+la\s+presente|con\s+la\s+presente|hierbij|pela\s+presente)\s+)?` +
	`(?:certifies|confirms|declares|bescheinigt|bestätigt|zertifiziert|certifie|atteste|déclare|certifica|attesta|dichiara|declara|verklaart|certificeert|bevestigt|confirma|conferma)(?:\s+(?:hiermit|hereby|hierbij))?(?:,?\s+(?:that|dass|que|qu['’]|che|dat)\b|,|\s*:)`)

// subjectArticle is an article a sentence puts before a company's name
// ("Die Orion Audit GmbH", "A Lusocert, Lda.") that is no part of it.
var subjectArticle = regexp.MustCompile(`^(?:The|Die|Der|Das|A|O)\s+`)

// signedFor is the certification body named in full under the words of a
// signature that sign for it, alone on their line ("Per conto di" over
// "Emilcert Organismo di Certificazione S.r.l. | ACCREDIA"), in the
// languages whose words bodyLabel does not take: their name after them
// on the same line is often short ("Namens ZCK", "En nombre de
// Certatlántica"), so only a name on a line of its own that reads as an
// organisation's counts.
func signedFor(lines []string) evidence.Fact[string] {
	for i, l := range lines {
		if !signsFor.MatchString(cutCell(l)) {
			continue
		}
		if n := nextLine(lines, i); n >= 0 && issuerName(lines[n]) {
			return known(strings.TrimSpace(cutCell(lines[n])), l+" "+lines[n])
		}
	}
	return evidence.Fact[string]{}
}

// issuerName reports whether the first cell of line l names a
// certification body under words that sign for one: the name holds a
// word of certifying or stands beside its accreditation mark, as a
// company's name alone might be the certified organisation's ("Approved
// for" or "On behalf of" over "Example Ltd").
func issuerName(l string) bool {
	name := strings.TrimSpace(cutCell(l))
	return orgLike(name) && (certifying(name) || orgName.MatchString(name) && knownBody(l, accreditationBodies) != "")
}

// nameOnly is the name that starts v, without an article in lower case
// before it ("der Orion Audit GmbH"; "La Certificadora" is a name) or a clause after it that a comma starts with
// a word in lower case or an accreditation body ("Certilor SAS,
// organisme accrédité par le COFRAC", "…, S.L., entidad acreditada por
// ENAC"); a legal form after the comma is part of the name.
func nameOnly(v string) string {
	if m := nameArticle.FindStringIndex(v); m != nil && startsLower(v) && startsUpper(v[m[1]:]) {
		v = v[m[1]:]
	}
	for from := 0; ; {
		i := strings.Index(v[from:], ", ")
		if i < 0 {
			return v
		}
		i += from
		rest := v[i+2:]
		w, _, _ := strings.Cut(rest, " ")
		if startsLower(rest) && !legalFormOnly.MatchString(strings.TrimRight(w, ",")) && !legalFormOnly.MatchString(strings.TrimRight(rest, ".,;")) ||
			knownBody(w, accreditationBodies) != "" {
			return v[:i]
		}
		from = i + 2
	}
}

// nameArticle is an article or a preposition before a name.
var nameArticle = regexp.MustCompile(`(?i)^(?:the|der|die|das|des|dem|la|le|les|l['’]|el|il|lo|het|de|del|della|do|da|o|a)\s+`)

// trimName trims the spaces and punctuation around a name, but not the
// last full stop of initials that end it ("S.L.", "B.V.", "S.r.l."),
// without which they read cut short.
func trimName(v string) string {
	t := strings.Trim(v, " .,:;")
	if f := strings.Fields(t); len(f) > 0 && strings.Contains(f[len(f)-1], ".") && strings.HasPrefix(strings.TrimLeft(v[strings.Index(v, t)+len(t):], " "), ".") {
		return t + "."
	}
	return t
}

// footerBody is the certification body named as footers and marks name
// it: its name, ending in a legal form and holding a word of certifying,
// first on a line (or alone in a cell) before its address ("Northgate
// Certification Ltd · 4 Mill Street, Bristol BS1 4AB", "Certificadora
// Levante, S.L. – Calle Colón 12, 46004 Valencia") or beside an
// accreditation body's mark ("Orion Audit GmbH | DAkkS D-ZM-…"). A name
// the certificate gives as the certified organisation's is not taken.
func footerBody(lines []string) evidence.Fact[string] {
	tries := 0
	for _, l := range lines {
		if len(l) > maxLabelRow || !startsUpper(l) {
			continue
		}
		cells := strings.Split(l, " | ")
		for k, c := range cells {
			m := footerName.FindStringSubmatch(strings.TrimSpace(c))
			if m == nil || labelled(l) {
				continue
			}
			name, rest := strings.TrimSpace(m[1]), m[2]
			beside := knownBody(strings.Join(slices.Delete(slices.Clone(cells), k, k+1), " | "), accreditationBodies) != ""
			if !orgLike(name) || !certifying(name) || !titleCase(name) ||
				!beside && !strings.ContainsAny(rest, "0123456789") && (k+1 >= len(cells) || !strings.ContainsAny(cells[k+1], "0123456789")) {
				continue
			}
			if tries++; tries > maxLabelTries {
				return evidence.Fact[string]{}
			}
			if certifiedOrganisation(lines, name) {
				continue
			}
			return known(name, l)
		}
	}
	return evidence.Fact[string]{}
}

// footerName is a name that ends in a legal form, then the separator
// before what follows it on its line, if anything does.
var footerName = regexp.MustCompile(`(?i)^(\p{L}[^|]{1,78}?(?:\s|,)` + legalForm + `)(?:\s*[,·•–\-]\s+(.*)|\s*[·•–]\s*(.*)|$)`)

// certifiedWords are the words around the certified organisation's name:
// what certifies it and what it operates.
var certifiedWords = regexp.MustCompile(`(?i)certify\s+that|certifies\s+that|operates|has\s+been|awarded\s+to|granted\s+to|issued\s+to|holder|bescheinigt|bestätigt|betreibt|inhaber|atteste|certifie\s+que|titulaire|certifica\s+(?:que|che)|titular|titolare|dichiara|verklaart|houder|declara|to\s+whom`)

// certifiedOrganisation reports whether the document gives name as the
// certified organisation's: on a line with words of certifying it, or on
// the line after such words.
func certifiedOrganisation(lines []string, name string) bool {
	for i, l := range lines {
		if !strings.Contains(l, name) {
			continue
		}
		if certifiedWords.MatchString(l) {
			return true
		}
		if p := prevLine(lines, i); p >= 0 && certifiedWords.MatchString(lines[p]) {
			return true
		}
	}
	return false
}

// certifyingName is a word of certifying, registering or auditing in an
// organisation's name, in any of the languages.
var certifyingName = regexp.MustCompile(`(?i)certif|zertifi|registrar|registry|assurance|audit|inspect|pr[üu]f|conformit|keur`)

// certifying reports whether a name says its holder certifies: a word of
// certifying anywhere, or "cert" or "zert" ending a word of the name as a
// body's coined name ends ("Falkenzert GmbH", "Andicert S.A."), save in
// "concert" or "Konzert".
func certifying(name string) bool {
	if certifyingName.MatchString(name) {
		return true
	}
	for _, w := range certEnding.FindAllString(name, -1) {
		if w = strings.ToLower(w); !strings.HasSuffix(w, "concert") && !strings.HasSuffix(w, "konzert") {
			return true
		}
	}
	return false
}

// certEnding is a word of at least two letters before its "cert" or "zert".
var certEnding = regexp.MustCompile(`(?i)\p{L}{2,}(?:cert|zert)\b`)

// signsFor is a signature's "on behalf of" in the languages other than
// English, or the words of one who approves the certificate for its body
// ("Approved for", "Aprovado por", "Freigegeben durch"), and nothing
// after it.
var signsFor = regexp.MustCompile(`(?i)^\s*(?:(?:signed|firmado|firmada|firmato|firmata|signé|signée|unterzeichnet|gezeichnet|ondertekend|getekend|assinado|assinada)\s+)?(?:per\s+conto\s+(?:di|del|della|dell['’])|pour\s+le\s+compte\s+(?:de|du)|en\s+nombre\s+(?:de|del)|em\s+nome\s+(?:de|da|do)|namens|im\s+auftrag\s+(?:der|des|von)` +
	`|(?:approved|signed|authori[sz]ed|released|issued)\s+(?:for|by)(?:\s+and\s+on\s+behalf\s+of)?|(?:for\s+and\s+)?on\s+behalf\s+of` +
	`|freigegeben\s+(?:durch|von|für)|genehmigt\s+(?:durch|von)|unterzeichnet\s+(?:für|durch)|für\s+die\s+zertifizierungsstelle` +
	`|valid[ée]\s+par|approuv[ée]\s+par|sign[ée]\s+(?:par|pour)|aprobado\s+por|firmado\s+por|validado\s+por|approvato\s+da|firmato\s+da|convalidato\s+da` +
	`|goedgekeurd\s+(?:door|namens)|vrijgegeven\s+door|ondertekend\s+(?:door|namens)|aprovado\s+(?:por|pela|pelo)|assinado\s+(?:por|pela|pelo))\s*:?\s*$`)

// genericNamed returns the whole line when a body label found at loc in
// all starts it and is followed, with no colon or bar between, by a
// proper name and a legal form that end the line: the generic words begin
// the body's name ("Ente di Certificazione Istriano d.o.o.",
// "Zertifizierungsstelle Transsilvania SRL"), which is kept as printed.
// The label's first and last words are capitalised, as a name's are
// ("Organisme de certification Atlas SARL" is a label before the name),
// and a label of who issued ("Certified By Atlas SARL") is no name's part.
func genericNamed(all string, loc []int) (string, bool) {
	start := strings.LastIndexByte(all[:loc[0]], '\n') + 1
	end := strings.IndexByte(all[loc[1]:], '\n')
	if end < 0 {
		end = len(all) - loc[1]
	}
	line := strings.TrimSpace(all[start : loc[1]+end])
	label := strings.TrimSuffix(all[loc[0]:loc[1]], all[loc[2]:loc[3]])
	words := strings.Fields(label)
	if len(words) == 0 || strings.TrimSpace(all[start:loc[0]]) != "" || !startsUpper(words[0]) || !startsUpper(words[len(words)-1]) ||
		strings.ContainsAny(label, ":|-") || byWord.MatchString(label) ||
		!properNameWithForm.MatchString(strings.TrimSpace(all[loc[2]:loc[1]+end])) || !orgLike(line) {
		return "", false
	}
	return line, true
}

// byWord ends a label naming who issued or certified: "Certified By",
// "Ausgestellt Von", "Délivré Par".
var byWord = regexp.MustCompile(`(?i)\b(?:by|of|von|durch|par|por|da|door|pela|pelo|de)\s*$`)

// properNameWithForm is a proper name, one to three capitalised words
// perhaps joined by a particle ("Vent du Nord"), and a company's legal
// form, and nothing more: "Istriano d.o.o.", "Transsilvania SRL".
var properNameWithForm = regexp.MustCompile(`^\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:du|de|del|della|di|van|der|den|da|do|dos|das|des|la|le)\s+)?\p{Lu}[\p{L}'’\-]+){0,2},?\s+(?i:` + legalForm + `)$`)

// namePart reports whether a body label of several words is part of a
// name rather than a label: each word capitalised, and the words after
// it run on without a colon or a bar between.
func namePart(match, value string) bool {
	words := strings.Fields(strings.TrimSuffix(match, value))
	if len(words) < 2 || strings.ContainsAny(strings.TrimSuffix(match, value), ":|") || !startsUpper(strings.TrimSpace(value)) {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// orgLike reports whether v can be an organisation's name: short, with
// no digits, starting with a capital letter.
func orgLike(v string) bool {
	return v != "" && len(v) <= 80 && startsUpper(v) && !strings.ContainsAny(v, "0123456789") && !idWord.MatchString(v)
}

// startsUpper reports whether s starts with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// onlyBodyLabel reports whether v is a label for the certification body
// and nothing more ("the certification body"), which names none.
func onlyBodyLabel(v string) bool {
	m := bodyLabel.FindStringSubmatchIndex(v)
	// An article may come first; a capitalised word makes a name of it
	// ("Keystone Registrar").
	return m != nil && len(strings.Fields(v[:m[0]])) <= 1 && !startsUpper(v) && strings.TrimSpace(v[m[2]:m[3]]) == ""
}

// lineAfter is the first non-empty line after the line holding byte
// offset i of text.
func lineAfter(text string, i int) string {
	return strings.TrimSpace(cutCell(lineAfterRaw(text, i)))
}

// lineAfterRaw is the first non-empty line after the line holding byte
// offset i of text, with all its cells.
func lineAfterRaw(text string, i int) string {
	for {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			return ""
		}
		i += end + 1
		if l := strings.TrimSpace(lineAt(text, i)); l != "" {
			return l
		}
	}
}

// idWord is a word that labels a number ("ID", "Reg. No."), left as the
// value of a label when the number went to another line.
var idWord = regexp.MustCompile(`(?i)^(?:id|no|nr|n°|num|number|reg|registration|ref|reference)\b`)

// partOfName reports whether the text before a label on its line ends in
// a capitalised word, so that the label is part of a name.
func partOfName(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	return startsUpper(f[len(f)-1]) && len(f) <= 3
}

// wholeName returns the line that starts with name and goes on to a
// longer name ("Bureau Alpin de" in a signature, "Bureau Alpin de
// Certification" in the letterhead), or "". A legal form wrapped onto the
// next line on its own ("… Zertifizierungsgesellschaft" over "mbH") is
// part of the name.
func wholeName(lines []string, name string) string {
	for i, l := range lines {
		l = cutCell(l)
		if len(l) > len(name) && strings.HasPrefix(l, name+" ") && orgLike(l) && orgName.MatchString(l) {
			if i+1 < len(lines) && legalFormOnly.MatchString(cutCell(lines[i+1])) {
				return l + " " + strings.TrimSpace(cutCell(lines[i+1]))
			}
			return l
		}
	}
	return ""
}

// legalFormFirst is a value that is a company's legal form alone, or one
// before a bracket or a comma ("S.A. (certificado anterior …)"): what
// stands before it, a body's label word, ends a name.
var legalFormFirst = regexp.MustCompile(`^[ \t]*(?i:` + legalForm + `)[ \t]*(?:[(,;\n]|$)`)

// legalFormOnly is a line holding nothing but a company's legal form.
var legalFormOnly = regexp.MustCompile(`^\s*(?i:` + legalForm + `)\s*$`)

// legalForm is a company's legal form as the countries of the seven
// languages and the English-speaking ones write it, with or without its
// dots: "GmbH & Co. KG", "e.V.", "S.A.S.", "S.L.U.", "S.p.A.", "B.V.",
// "Unipessoal Lda.", "(Pty) Ltd", "Pvt. Ltd.", "Pte. Ltd".
const legalForm = `(?:(?:\(?(?:pty|pvt|pte|private)\)?\.?\s+)?(?:ltd|limited)|llc|l\.l\.c|llp|inc|corp|plc|co\.,?\s+ltd` +
	`|gmbh(?:\s*&\s*co\.?\s*kg)?|mbh|ag|kg|kgaa|e\.\s?v` +
	`|sas|sasu|sarl|eurl|sa|s\.a|s\.a\.s|s\.a\.u|s\.a\.r\.l|s\.l|s\.l\.u|slu|s\.r\.l|s\.p\.a|spa|srl|s\.c\.?a\.?r\.?l|s\.c\.?r\.?l` +
	`|b\.v|bv|n\.v|nv|v\.o\.f|bvba|sprl|(?:unipessoal\s+)?lda|ltda|d\.o\.o|d\.d|s\.r\.o)\.?`

// orgName matches the words that make a line an organisation's name: a
// legal form or a word for certifying.
var orgName = regexp.MustCompile(`(?i)(?:^|\s|,)` + legalForm + `(?:$|[\s,])|certif|zertifi|registrar|registry|assurance|quality|qualit|audit|inspect|pr[üu]f|conformit|bureau|institut`)

// letterhead is the certification body named at the top of the page, as
// certificates print their issuer's name and address over the title: the
// first line when it reads as an organisation's name and the line below
// as its address.
func letterhead(lines []string) evidence.Fact[string] {
	var top []string
	for _, l := range lines {
		if l != "" {
			// "Orion Audit GmbH | Musterstraße 1, 10115 Berlin": the name
			// and the address side by side.
			top = append(top, strings.SplitN(l, " | ", 2)...)
		}
		if len(top) >= 3 {
			break
		}
	}
	if len(top) >= 3 && acronym.MatchString(top[0]) && initials(top[1]) == strings.ReplaceAll(top[0], "-", "") {
		// "CCG" over "Certificadora Cantábrica de Gestión, S.L.": the
		// letters of the logo over the name.
		top = top[1:]
	}
	if len(top) >= 3 && !acronym.MatchString(top[0]) && wrappedHead(top[0], top[1]) {
		// "Lausitzer Zertifizierungsdienst für" over "Managementsysteme
		// GmbH": a long name wrapped over two lines above the address.
		top = []string{top[0] + " " + top[1], top[2]}
	}
	// Under the name, its address; or its web or mail address when the
	// name says it certifies.
	contact := strings.ContainsAny(top[min(1, len(top)-1)], "0123456789") || len(top) >= 2 && siteOrMail.MatchString(top[1]) && certifying(top[0])
	if len(top) < 2 || !orgLike(top[0]) || !orgName.MatchString(top[0]) || certificateTitle.MatchString(top[0]) ||
		!contact || labelled(top[0]) || onlyDates(top[1]) {
		return evidence.Fact[string]{}
	}
	return known(strings.Trim(top[0], " ,;:"), top[0]+" "+top[1])
}

// initials are the first letters of the words of a name written with a
// capital, up to its legal form.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if legalFormOnly.MatchString(strings.Trim(w, ",")) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// siteOrMail is a line that starts with a web or mail address.
var siteOrMail = regexp.MustCompile(`(?i)^(?:https?://|www\.|[\w.\-]+@[\w\-]+\.)`)

// wrappedHead reports whether two lines are one name wrapped: the first
// ends in a word that joins it to more ("für", "de", "of", "&") or the
// second ends in a legal form, both are written as names are, and
// neither is a title or a label. A sentence over the certified
// organisation ("L'organisme de certification atteste que" over
// "Exemple Paie SAS") is no name.
func wrappedHead(first, second string) bool {
	if !orgLike(first) || !orgLike(second) && !legalFormOnly.MatchString(second) || len(first)+len(second) > 100 || certificateTitle.MatchString(second) || labelled(first) || labelled(second) ||
		!titleCase(first) || !titleCase(second) {
		return false
	}
	f := strings.Fields(first)
	return joinWord.MatchString(f[len(f)-1]) || endsInLegalForm.MatchString(second)
}

// titleCase reports whether each word of s of four letters or more
// starts with a capital letter, as in a name and not in a sentence.
func titleCase(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, `("'“«`)
		if utf8.RuneCountInString(w) >= 4 && !startsUpper(w) && !joinWord.MatchString(w) {
			return false
		}
	}
	return true
}

// joinWord is a word that cannot end a name: a preposition, an article
// or a conjunction that the next line's words complete.
var joinWord = regexp.MustCompile(`(?i)^(?:of|for|and|&|the|für|fuer|und|der|des|de|du|des|et|pour|del|de\s+la|y|para|di|della|dei|per|e|van|voor|en|het|da|do|dos|das)$`)

// endsInLegalForm is a line whose last words are a company's legal form.
var endsInLegalForm = regexp.MustCompile(`(?i)(?:^|\s|,)` + legalForm + `\s*$`)

// labelled reports whether a line is or starts with a label of a
// certificate's facts ("Date de certification", "Certificate No.:"),
// which is no name.
func labelled(l string) bool {
	if loc := numberLabel.FindStringIndex(l); loc != nil && loc[0] == 0 {
		return true
	}
	if strings.HasSuffix(strings.TrimSpace(l), ":") || !hasLabel(l, certificateDateLabels) {
		return strings.HasSuffix(strings.TrimSpace(l), ":")
	}
	// A label word inside a name ("… Certificação e Auditoria, Lda.")
	// does not count; one that starts the line does.
	for _, lb := range certificateDateLabels {
		if ms := findPhrases(lb.re, l); len(ms) > 0 && gap(l[:ms[0][0]]) == 0 {
			return true
		}
	}
	return false
}

// certificateTitle matches the title of a certificate, which is no name.
var certificateTitle = regexp.MustCompile(`(?i)^(?:management\s+system\s+)?(?:certificate|zertifikat|certificat|certificado|certificato|certificaat)\b`)

// lineAt returns the line of text that holds byte offset i.
func lineAt(text string, i int) string {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		return text[start:]
	}
	return text[start : i+end]
}

func accreditationBody(lines []string) evidence.Fact[string] {
	all := strings.Join(lines, "\n")
	var named evidence.Fact[string]
	for _, loc := range accreditationLabel.FindAllStringSubmatchIndex(all, maxLabelTries) {
		if personsAccredited.MatchString(all[strings.LastIndexByte(all[:loc[0]], '\n')+1 : loc[0]]) {
			continue // "auditors accredited by IRCA": the people's registration, not the body's accreditation
		}
		if name := knownBody(all[loc[2]:loc[3]], accreditationBodies); name != "" {
			return known(name, lineAt(all, loc[0]))
		}
		// "Acreditado por IPAC", "Accredited by GhaNAS": a body the list
		// does not know, named as national accreditation bodies write
		// their names, an acronym.
		f := strings.Fields(all[loc[2]:loc[3]])
		if !named.Known && len(f) == 1 && accreditedBy.MatchString(all[loc[0]:loc[2]]) && bodyToken(f[0]) {
			named = known(f[0], lineAt(all, loc[0]))
		}
		// "Accredited by Standards" wrapped before "Malaysia", beside the
		// accreditation's mark printing the body's name whole on a line of
		// its own: the name of words that line starts with the label's.
		if !named.Known && accreditedBy.MatchString(all[loc[0]:loc[2]]) {
			if name, line := accreditationMarkName(lines, f); name != "" {
				named = known(name, line)
			}
		}
		// "Accréditation TUNAC n° 4-1-27", "Acreditación ECA N.º OC-032":
		// the accreditation's mark, the body's acronym before its number.
		if !named.Known && len(f) >= 2 && !strings.ContainsAny(all[loc[0]:loc[2]], ":|") &&
			bodyToken(f[0]) && accreditationNoWord.MatchString(f[1]) {
			named = known(f[0], lineAt(all, loc[0]))
		}
		// A label starting its line or cell, the acronym alone after it
		// ("Accréditation SOAC", "Accreditation: SOAC") or with its
		// accreditation's number in brackets, as registers print it
		// ("Accredited by | ISAC (ISAC Cert. No. 0112)").
		if !named.Known && labelStartsCell(all, loc[0]) && len(f) >= 1 && bodyToken(f[0]) &&
			(len(f) == 1 || strings.HasPrefix(f[1], "(") && strings.HasSuffix(f[len(f)-1], ")")) {
			named = known(f[0], lineAt(all, loc[0]))
		}
	}
	if !named.Known {
		named = accreditationBeforeNumber(lines)
	}
	if b := firstBody(all, accreditationBodies); b.Known {
		return b
	}
	return named
}

// accreditationMarkName returns the name of an accreditation body of
// words (not an acronym) that follows "accredited by" in words, when a
// line or cell of its own prints the name whole, as an accreditation's
// mark does: two to four words of letters each starting with a capital,
// the first of them the words after the label ("Accredited by Standards"
// and "Standards Malaysia"). An organisation's name (a legal form, a word
// of certifying) and a status or standard are no such name.
func accreditationMarkName(lines []string, after []string) (string, string) {
	if len(after) == 0 || len(after) > 3 {
		return "", ""
	}
	for _, w := range after {
		if !bodyNameWord(w) {
			return "", ""
		}
	}
	for _, l := range lines {
		for _, cell := range strings.Split(l, "\t") {
			f := strings.Fields(strings.Trim(cell, " |"))
			if len(f) < 2 || len(f) > 4 || len(f) < len(after) || orgName.MatchString(cell) || accreditationLabel.MatchString(cell) {
				continue
			}
			ok := true
			for j, w := range f {
				if !bodyNameWord(w) || j < len(after) && w != after[j] {
					ok = false
					break
				}
			}
			if ok {
				return strings.Join(f, " "), l
			}
		}
	}
	return "", ""
}

// bodyNameWord reports whether w is a word of a body's name: letters (and
// hyphens) starting with a capital, and no standard's or status's word.
func bodyNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || notBodyToken[strings.ToUpper(w)] || accreditationNoWord.MatchString(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// personsAccredited ends the words before an accreditation label that
// names people rather than the certification body, in the seven
// languages: "carried out by auditors accredited by", "von Auditoren,
// zertifiziert und akkreditiert durch", "par des auditeurs accrédités
// par", "por auditores acreditados por", "da valutatori accreditati da",
// "door auditoren geaccrediteerd door", "por auditores acreditados por".
var personsAccredited = regexp.MustCompile(`(?i)\b(?:(?:lead\s+)?auditors?|assessors?|personnel|auditor(?:en|innen|in)?|pr(?:ü|ue)fer(?:innen)?|gutachter|` +
	`auditeurs?|auditrices?|[ée]valuateurs?|auditores?|auditoras?|evaluadores?|avaliadores?|auditori|valutatori|verificatori|ispettori|beoordelaars|` +
	`personas|persone|personen|pessoas)\b[\p{L}\s,]{0,30}$`)

// accreditedBy is the label "accredited by" in each language, which the
// accreditation body's name follows.
var accreditedBy = regexp.MustCompile(`(?i)accredited\s+by|akkreditiert\s+durch|accr[ée]dit[ée]e?\s+par|acreditad[oa]\s+por|accreditat[oa]\s+da|geaccrediteerd\s+door`)

// accreditationNoWord is the word numbering an accreditation, in the seven
// languages: "No.", "Nr.", "n°", "N.º", "núm.", "n.".
var accreditationNoWord = regexp.MustCompile(`(?i)^(?:no\.?|nr\.?|n[°º]|n\.[°º]?|n\.?\s?º|núm\.?|num\.?|number|nummer|numéro|número|numero)$`)

// labelStartsCell reports whether byte i of text starts its line or a
// cell of it: a label there heads a row, not a word of a sentence.
func labelStartsCell(text string, i int) bool {
	before := strings.TrimSpace(text[strings.LastIndexByte(text[:i], '\n')+1 : i])
	return before == "" || strings.HasSuffix(before, "|")
}

// bodyToken reports whether s is written as accreditation bodies write
// their names: one word of letters (and hyphens), starting with a capital,
// with two capitals at least ("SOAC", "GhaNAS", "RvA", "JAS-ANZ"), and
// not a word of standards or of a status written in capitals ("ISO",
// "ISMS", "VALID").
func bodyToken(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 10 || strings.HasSuffix(s, "-") || notBodyToken[strings.ToUpper(s)] {
		return false
	}
	upper := 0
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case r == '-':
		case !unicode.IsLetter(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 2
}

// notBodyToken are words in capitals that follow an accreditation's label
// and name no body: standards and their systems, numbering words, and a
// status, in the seven languages.
var notBodyToken = map[string]bool{
	"ISO": true, "IEC": true, "EN": true, "DIN": true, "NEN": true, "UNE": true, "NF": true, "UNI": true, "NP": true,
	"ISMS": true, "SMSI": true, "SGSI": true, "IMS": true, "QMS": true, "SOA": true, "CB": true,
	"ID": true, "NO": true, "NR": true, "REF": true, "N": true,
	"VALID": true, "ACTIVE": true, "YES": true, "NONE": true, "PENDING": true, "GÜLTIG": true, "AKTIV": true, "JA": true,
	"VALIDE": true, "OUI": true, "VIGENTE": true, "VÁLIDO": true, "VÁLIDA": true, "SÍ": true, "SI": true,
	"VALIDO": true, "VALIDA": true, "ATTIVO": true, "GELDIG": true, "ACTIEF": true, "SIM": true, "ATIVO": true,
	// No, none and not yet known: a cell an export or form leaves without a body.
	"NA": true, "NIL": true, "NULL": true, "TBD": true, "TBC": true, "TBA": true, "OK": true, "NEIN": true, "KEINE": true,
	"KEIN": true, "OHNE": true, "NON": true, "AUCUNE": true, "AUCUN": true, "SANS": true, "NINGUNA": true, "NINGUNO": true,
	"SIN": true, "NESSUNA": true, "NESSUNO": true, "SENZA": true, "NEE": true, "GEEN": true, "ZONDER": true, "NIET": true,
	"NÃO": true, "NAO": true, "NENHUMA": true, "NENHUM": true, "SEM": true,
	// A status other than valid.
	"EXPIRED": true, "SUSPENDED": true, "WITHDRAWN": true, "REVOKED": true, "CANCELLED": true, "CANCELED": true, "INVALID": true,
	"ABGELAUFEN": true, "AUSGESETZT": true, "ZURÜCKGEZOGEN": true, "UNGÜLTIG": true, "AUSSTEHEND": true,
	"EXPIRÉ": true, "EXPIRÉE": true, "SUSPENDU": true, "SUSPENDUE": true, "RETIRÉ": true, "RETIRÉE": true, "INVALIDE": true,
	"VENCIDO": true, "VENCIDA": true, "SUSPENDIDO": true, "SUSPENDIDA": true, "RETIRADO": true, "RETIRADA": true, "PENDIENTE": true,
	"SCADUTO": true, "SCADUTA": true, "SOSPESO": true, "SOSPESA": true, "REVOCATO": true, "REVOCATA": true,
	"VERLOPEN": true, "GESCHORST": true, "INGETROKKEN": true, "ONGELDIG": true,
	"EXPIRADO": true, "EXPIRADA": true, "CANCELADO": true, "CANCELADA": true, "PENDENTE": true, "INVÁLIDO": true, "INVÁLIDA": true,
}

// accreditationBeforeNumber reads the body named before the noun of its
// accreditation and the accreditation's number, at the start of a line or
// cell: "GhaNAS accreditation no. CB-019", "SOAC accréditation n° 011",
// "ONA acreditación N.º OCS-022", "DPA accreditamento n. 078",
// "NAH Akkreditierung Nr. 4-0217", "RvA accreditatie nr. C 612",
// "IPAC acreditação n.º C0214".
func accreditationBeforeNumber(lines []string) evidence.Fact[string] {
	for _, l := range lines {
		for _, cell := range strings.Split(l, "|") {
			f := strings.Fields(cell)
			if len(f) >= 3 && bodyToken(f[0]) && accreditationNoun.MatchString(f[1]) && accreditationNoWord.MatchString(f[2]) {
				return known(f[0], l)
			}
		}
	}
	return evidence.Fact[string]{}
}

// accreditationNoun is the noun of accreditation alone, in the seven
// languages.
var accreditationNoun = regexp.MustCompile(`(?i)^(?:accreditation|akkreditierung|accréditation|acreditación|acreditacion|accreditamento|accreditatie|acreditação|acreditacao)$`)

// acronym is a name written as an acronym in capitals ("IPAC", "JAS-ANZ").
var acronym = regexp.MustCompile(`^\p{Lu}[\p{Lu}\-]{1,9}$`)

// knownBody returns the name of the first of bodies that v names, or "".
func knownBody(v string, bodies []body) string {
	for _, b := range bodies {
		if b.name != "" && b.re.MatchString(v) {
			return b.name
		}
	}
	return ""
}

// firstBody is the body of bodies named earliest in text, quoting its
// line; it is unknown when text names none.
func firstBody(text string, bodies []body) evidence.Fact[string] {
	first, name := -1, ""
	for _, b := range bodies {
		if b.name == "" {
			continue
		}
		for _, loc := range b.re.FindAllStringIndex(text, maxLabelTries) {
			if formerBody(text, loc[0], "") || codePrefix(text, loc) {
				continue // "Transferred from BSI", "SGS-3003": no mention of the issuer
			}
			if legalFormOfName(text, loc[0]) {
				continue // "Téranga Données SAS": the holder's legal form, no body
			}
			if first < 0 || loc[0] < first {
				first, name = loc[0], b.name
			}
			break
		}
	}
	if first < 0 {
		return evidence.Fact[string]{}
	}
	return known(name, lineAt(text, first))
}

// legalFormOfName reports whether the word at byte i of text is a legal
// form ending an organisation's name ("Téranga Données SAS", "Nordlicht
// Daten AG", "Polder Data BV"): a word of a name stands before it on its
// line, and no label or cell edge does. A body whose acronym is also a
// company form ("SAS") is then no body the text names.
func legalFormOfName(text string, i int) bool {
	word := text[i:]
	if end := strings.IndexFunc(word, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '|' }); end >= 0 {
		word = word[:end]
	}
	if !wholeLegalForm.MatchString(word) {
		return false
	}
	before := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	if strings.ContainsAny(before, ":|\t") || accreditationLabel.MatchString(before) {
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsUpper(r)
}

// wholeLegalForm matches a word that is a legal form and nothing else.
var wholeLegalForm = regexp.MustCompile(`(?i)^` + legalForm + `$`)

// formerBody reports whether the body named or labelled at byte i of text
// is one that certified the holder before: the words before it on its
// line say so ("Previously certified by", "Vorher zertifiziert durch",
// "Transferred from"), or a word of the previous follows its label
// ("Organismo di certificazione precedente:").
func formerBody(text string, i int, after string) bool {
	before := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	return formerBodyBefore.MatchString(before) || formerBodyAfter.MatchString(after)
}

// codePrefix reports whether the name found at loc in text is the letters
// of a code, a number that starts with them ("SGS-3003", "BSI/IS-1234"):
// a certificate, a document or a report numbered so names no issuer.
func codePrefix(text string, loc []int) bool {
	return codeRest.MatchString(text[loc[1]:])
}

// codeRest is the rest of a code after its first letters: a separator,
// perhaps more capitals, then digits ("-3003", "/IS-1234"; not "-GL").
var codeRest = regexp.MustCompile(`^[-/_.](?:[A-Z]{1,5}[-/_.]?)?\d`)

// certificateEdition finds which edition of ISO/IEC 27001 the certificate
// is to. EN ISO/IEC 27001:2017 is the European adoption of the 2013 text
// and :2023 that of the 2022 text, so they count as those editions. When
// a certificate names more than one edition (a note on the transition),
// the one on a line saying what the certificate is to wins.
func certificateEdition(lines []string) evidence.Fact[string] {
	type mention struct{ edition, line string }
	var ms []mention
	for _, l := range lines {
		for _, m := range editionRe.FindAllStringSubmatch(l, -1) {
			e := m[1]
			switch e {
			case "2014", "2015", "2017":
				// The national adoptions of the 2013 text (UNI CEI and
				// UNE ISO/IEC 27001:2014, DIN ISO/IEC 27001:2015) and its
				// European one, EN ISO/IEC 27001:2017.
				e = "2013"
			case "2023", "2024":
				// EN ISO/IEC 27001:2023 and the national adoptions of it
				// published in 2024 (DIN, UNI CEI, ÖNORM).
				e = "2022"
			}
			if e == "2005" || e == "2013" || e == "2022" {
				ms = append(ms, mention{e, l})
			}
		}
	}
	if len(ms) == 0 {
		return evidence.Fact[string]{}
	}
	best := ms[0]
	for _, m := range ms {
		if m.edition != ms[0].edition && editionContext.MatchString(m.line) && !editionContext.MatchString(best.line) {
			best = m
		}
	}
	return known(best.edition, best.line)
}

// certificateDates reads when the certificate was issued and expires. A
// numeric date that the document (all its text) does not say how to read
// is kept doubtful with both readings.
func certificateDates(lines []string, all string) (issued, expires evidence.Fact[evidence.Date]) {
	order, why := DocumentOrder(all)
	lines, printed := joinLabels(lines, dateLabels)
	lines, printed = withoutLabelRemarks(lines, printed)
	lines = joinWrappedDates(lines, order)
	ds := labelledDatesIn(lines, certificateDateLabels, order)
	ds = labelsBelow(lines, ds)
	ds = labelAfter(lines, ds)
	ds = columnLabels(lines, ds)
	ds = wrappedLabels(lines, ds)
	ds = proseDates(lines, ds)
	ds = otherCycles(lines, ds)
	ds, settled := historyRows(lines, ds)
	ds = dateColumns(lines, ds, settled)
	ds = standardsTableDates(lines, ds)
	ds = amendmentHistory(lines, ds)
	ds = applicabilityDates(lines, ds)
	ds = otherStandardDates(lines, ds)
	for i := range ds {
		if ds[i].kind == "" && i > 0 {
			ds[i] = wrappedExpiry(lines, ds[i-1], ds[i])
		}
		if ds[i].kind == "" && pairedDates(lines, ds, i) {
			// "… válido desde el" over "5 de mayo de 2025 hasta el 4 de
			// mayo de 2028": the start's label ends the line above.
			if lb, ok := labelEndsLineAbove(lines, ds[i]); ok && (lb.kind == dateIssued || lb.kind == dateRange) {
				ds[i].kind, ds[i].prio, ds[i].text = lb.kind, lb.prio, lines[prevLine(lines, ds[i].line)]+" "+ds[i].text
			}
		}
		switch {
		case (ds[i].kind == dateIssued || ds[i].kind == dateRange) && pairedDates(lines, ds, i):
			ds[i].kind, ds[i+1].kind, ds[i+1].prio = dateIssued, dateExpires, 1
		case ds[i].kind == dateExpires && pairedDates(lines, ds, i) && ds[i].line == ds[i+1].line:
			// "Validity date: 14 May 2024 – 8 May 2027": an expiry's label
			// over both ends of the validity.
			ds[i].kind, ds[i+1].kind, ds[i+1].prio, ds[i+1].text = dateIssued, dateExpires, ds[i].prio, ds[i].text
		case ds[i].kind == dateRange:
			ds[i].kind = "" // one date after "Valid:" could be either end
		}
	}
	ds = reissueRuns(lines, latestIssue(ds))
	read := func(kind string) evidence.Fact[evidence.Date] {
		d, ok := pick(ds, kind)
		if !ok {
			return evidence.Fact[evidence.Date]{}
		}
		for i, l := range printed {
			// The quote as printed, its letters spaced.
			d.text = strings.Replace(d.text, lines[i], l, 1)
		}
		return dateFact(d, why)
	}
	return read(dateIssued), read(dateExpires)
}

// withoutLabelRemarks gives back lines where a remark in brackets
// between a date's label and its colon, or ending the label's line, is
// left out, so that the label is read as it would be without it: "Valid
// until (subject to surveillance): 19.07.2028", "Gültig bis (vorbehaltlich
// der Überwachung):", "Valable jusqu'au (sous réserve de surveillance) :".
// The remark holds no digit, so no date is lost; printed keeps each
// changed line as printed, for the quote.
func withoutLabelRemarks(lines []string, printed map[int]string) ([]string, map[int]string) {
	out := lines
	for i, l := range lines {
		loc := labelRemark.FindStringSubmatchIndex(l)
		if loc == nil {
			continue
		}
		before, remark := l[:loc[0]], l[loc[0]:loc[2]]
		if _, ok := lastLabel(lastBytes(before, maxLabelSpan), certificateDateLabels); !ok {
			continue // the words before the remark end in no date label
		}
		if firstWord.MatchString(remark) || previousWord.MatchString(remark) {
			continue // "Issue date (original):": the remark changes what the label says
		}
		if &out[0] == &lines[0] {
			out = slices.Clone(lines)
		}
		if printed == nil {
			printed = map[int]string{}
		}
		if _, had := printed[i]; !had {
			printed[i] = l
		}
		out[i] = before + l[loc[2]:]
	}
	return out, printed
}

// labelRemark is a remark in brackets, without digits, before a colon,
// a cell's bar, a tab or the line's end.
var labelRemark = regexp.MustCompile(`\s*\([^()\d|]{3,60}\)\s*([:|\t]|$)`)

// pairedDates reports whether date i+1 is the end of a validity whose
// start is date i, joined to it by a word of "to" alone, on one line or
// wrapped onto the next, across a table's cell or not: "valid from 14
// March 2024 to 13 March 2027", "Validity: 01.11.2024 – 31.10.2027",
// "gültig vom 01.01.2025" over "bis 31.12.2027".
func pairedDates(lines []string, ds []dated, i int) bool {
	if i+1 >= len(ds) || ds[i+1].kind != "" {
		return false
	}
	a, b := ds[i], ds[i+1]
	var between string
	switch {
	case a.line == b.line:
		between = lines[a.line][a.End:b.Start]
	case nextLine(lines, a.line) == b.line && (i+2 >= len(ds) || ds[i+2].line != a.line):
		between = lines[a.line][a.End:] + " " + lines[b.line][:b.Start]
	default:
		return false
	}
	return slices.Contains(toWords, plainWords(between))
}

// wrappedExpiry labels date d as the expiry when a sentence giving the
// validity wraps before it: "This certificate is valid from 3 June 2025
// and expires on" over "2 June 2028.". The line above holds the labelled
// first date, and after it the label of the expiry ends the line; d is
// alone on its line. It gives d, labelled or not.
func wrappedExpiry(lines []string, first, d dated) dated {
	p := prevLine(lines, d.line)
	if p < 0 || first.line != p || first.kind == "" || gap(lines[d.line][d.End:]) > 0 {
		return d
	}
	if after, ok := lastLabel(lines[p][first.End:], certificateDateLabels); !ok || after.kind != dateExpires {
		return d
	}
	if lb, ok := labelEndsLineAbove(lines, d); ok && lb.kind == dateExpires {
		d.kind, d.prio, d.text = lb.kind, lb.prio, lines[p]+" "+d.text
	}
	return d
}

// labelEndsLineAbove is the label that ends the line above date d when
// d starts its line.
func labelEndsLineAbove(lines []string, d dated) (label, bool) {
	p := prevLine(lines, d.line)
	if p < 0 || gap(lines[d.line][:d.Start]) > 0 {
		return label{}, false
	}
	lb, ok := lastLabel(lastBytes(proseTail(lines[p]), maxLabelSpan), certificateDateLabels)
	if !ok || wrapGap(lastBytes(proseTail(lines[p]), maxLabelSpan), lb) > maxWrapGap {
		return label{}, false
	}
	return lb, true
}

// toWords join the two ends of a validity in the seven languages.
var toWords = []string{"to", "-", "–", "—", "till", "through", "thru", "until", "and", "up to", "up to and including", "to and including", "until and including",
	"bis", "bis zum", "bis einschließlich", "bis einschliesslich", "au", "jusqu'au", "jusqu’au", "à", "al", "hasta", "hasta el", "a", "fino al", "sino al",
	"tot", "tot en met", "t/m", "até", "ate", "até ao", "e", "y", "und", "et", "en"}

// joinWrappedDates gives back lines where a date a line break parts
// ("valid from July 14, 2025 until June 29," over "2028.") is whole on
// the line where it starts, its end taken from the next line, so that it
// is read with the label before it. Only a date after a label, or after a
// date and a word of "to", is joined: a number that merely ends a line
// ("Suite 3" over "May 2025 …") starts no date.
func joinWrappedDates(lines []string, order DateOrder) []string {
	out, copied := lines, false
	for i := 0; i+1 < len(lines); i++ {
		l, next := out[i], out[i+1]
		if l == "" || next == "" {
			continue
		}
		// Only the end of the line is searched again: a date is short.
		tail := lastBytes(l, wrapWindow)
		start, cut := -1, 0
		for _, m := range DatesIn(tail+" "+next, order) {
			if m.Start < len(tail) && m.End > len(tail)+1 {
				start, cut = len(l)-len(tail)+m.Start, m.End-len(tail)-1
			}
		}
		if start < 0 || len(DatesIn(l[start:], order)) > 0 || len(DatesIn(next[:cut], order)) > 0 {
			continue
		}
		from := 0
		for _, m := range DatesIn(l[:start], order) {
			from = m.End
		}
		before := l[from:start]
		_, labelled := lastLabel(lastBytes(before, maxLabelSpan), certificateDateLabels)
		if !labelled && (from == 0 || !slices.Contains(toWords, plainWords(before))) {
			continue
		}
		if !copied {
			// The caller's lines are the page's, read by the other facts.
			out, copied = slices.Clone(lines), true
		}
		out[i] = l + " " + next[:cut]
		out[i+1] = strings.TrimSpace(next[cut:])
	}
	return out
}

// wrapWindow is how much of the line before a break is searched for the
// start of a date the break parts.
const wrapWindow = 40

// plainWords is s in lower case with its cell bars and runs of spaces
// made single spaces, and no colon at its end.
func plainWords(s string) string {
	return strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "|", " ")), " ")), ":")
}

// applicabilityDates leaves out the dates of the Statement of
// Applicability that a scope names ("… in accordance with the Statement
// of Applicability version 7 dated 3 February 2025"): the date of its
// version or issue is never the certificate's. Nor is the validity of the
// body's accreditation ("Accréditation Cofrac n° 4-0001, valable
// jusqu'au …").
func applicabilityDates(lines []string, ds []dated) []dated {
	for i, d := range ds {
		if d.kind == "" || d.kind == dateOther {
			continue
		}
		from := 0
		if i > 0 && ds[i-1].line == d.line {
			from = ds[i-1].End
		}
		before := lines[d.line][from:d.Start]
		if from == 0 {
			if p := prevLine(lines, d.line); p >= 0 && !strings.Contains(before, " | ") {
				before = proseTail(lines[p]) + " " + before
			}
		}
		if s := lastSentence(lastBytes(before, maxLabelSpan)); applicability.MatchString(s) || accreditationWord.MatchString(s) {
			ds[i].kind = dateOther
		}
	}
	return ds
}

// lastSentence is the end of s after its last cell or sentence break.
func lastSentence(s string) string {
	for _, sep := range []string{" | ", ". ", "; "} {
		if i := strings.LastIndex(s, sep); i >= 0 {
			s = s[i+len(sep):]
		}
	}
	return s
}

// lastClause is the end of s after its last cell, sentence or clause
// break.
func lastClause(s string) string {
	s = lastSentence(s)
	if i := strings.LastIndex(s, ", "); i >= 0 {
		s = s[i+len(", "):]
	}
	return s
}

// applicability names the Statement of Applicability in the seven
// languages, or its last word as a line wraps it.
var applicability = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:applicability|SoA|anwendbarkeit|applicabilit(?:é|e)|aplicabilidad|applicabilit(?:à|a)|DdA|toepasselijkheid|toepasbaarheid|VvT|aplicabilidade)(?:[^\p{L}]|$)`)

// accreditationWord names the accreditation of the certification body in
// the seven languages.
var accreditationWord = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:accredit|akkredit|accrédit|acredita)\p{L}*`)

// latestIssue takes the date of the latest numbered issue for the issue
// date, as a table of the certificate's issues lists each with its date
// ("Issue 1 | 01/05/2020", "Issue 2 | 03/05/2023") and the last is this
// certificate's. When one of several could be read either way, none is
// taken.
func latestIssue(ds []dated) []dated {
	expiryLines := map[int]bool{}
	for _, d := range ds {
		if d.kind == dateExpires {
			expiryLines[d.line] = true
		}
	}
	for i, d := range ds {
		if d.kind == dateNumberedRevision {
			ds[i].kind = dateOther
			if expiryLines[d.line] {
				ds[i].kind = dateNumberedIssue
			}
		}
	}
	latest, clear := -1, true
	for i, d := range ds {
		if d.kind != dateNumberedIssue {
			continue
		}
		ds[i].kind = dateOther
		switch {
		case latest < 0:
			latest = i
		case d.Ambiguous() || ds[latest].Ambiguous():
			clear = false
		case d.Date.After(ds[latest].Date):
			latest = i
		}
	}
	if latest >= 0 && clear {
		ds[latest].kind = dateIssued
	}
	return ds
}

// columnLabels reads the labels of dates on a page of two columns, which
// text extraction interleaves line by line: the right column's label ends
// a row whose other cell is the left column's prose, and its date ends the
// next row ("… conforme con los requisitos | Fecha de expedición" over
// "de | 31/03/2023"), or the label and its date stand on lines of their
// own with a line of the left column between them ("Valid until", "system
// which complies with", "13/03/2026"). Only a date that ends its line and
// has no label yet is labelled so, and only from a cell that holds nothing
// but a label.
func columnLabels(lines []string, ds []dated) []dated {
	for i, d := range ds {
		if d.kind != "" || namesStandard(lines[d.line]) {
			continue
		}
		p := prevLine(lines, d.line)
		if p < 0 || len(lines[p]) > maxLabelRow || len(FindDates(lines[p])) > 0 || otherStandardHeader.MatchString(firstCell(lines[p])) {
			continue
		}
		label := func(lb label, above string) {
			ds[i].kind, ds[i].prio, ds[i].text = lb.kind, lb.prio, above+" "+lines[d.line]
		}
		alone := onlyDates(lines[d.line]) || placeDateLine(lines[d.line]) // the date, or a place and the date
		switch lb, ok := labelOverCell(lines[p], lines[d.line], d.DateMatch); {
		case ok:
			label(lb, lines[p])
			continue
		case !endsCell(lines[d.line], d.DateMatch) && !alone:
			continue
		}
		if strings.Contains(lines[d.line], " | ") && strings.Contains(lines[p], " | ") &&
			strings.Count(lines[d.line], " | ") > strings.Count(lines[p], " | ") {
			// "Certificate No. | Issue date" over "AB-1 | 01/02/2024 |
			// 31/01/2027": a row of more cells than its header, so the
			// header's last label is not the last cell's.
			continue
		}
		if lb, ok := cellLabel(lines, p); ok && (strings.Contains(lines[p], " | ") && endsCell(lines[d.line], d.DateMatch) || placeDate(lines, p, d)) {
			label(lb, lines[p])
			continue
		}
		pp := prevLine(lines, p)
		// Two lines up, a label is one date's: a line of several dates
		// under it is a band whose labels are read cell by cell
		// (bandPairs), never all by its last cell.
		if pp < 0 || !alone || len(FindDates(lines[d.line])) > 1 || hasLabel(lines[p], certificateDateLabels) || len(lines[pp]) > maxLabelRow || len(FindDates(lines[pp])) > 0 {
			continue
		}
		if lb, ok := cellLabel(lines, pp); ok && (onlyDates(lines[d.line]) || placeDate(lines, pp, d)) {
			label(lb, lastCell(lines[pp]))
		}
	}
	return ds
}

// otherCycles re-reads the dates whose label cell (a short one, not a
// sentence of prose) says they are of another cycle than this
// certificate's, in words the labels do not list: an issue date said to
// be first, initial or original is the first certification's ("Issue
// date (original): …"), and an issue or expiry said to be the previous
// certificate's is neither ("Expiry date of the prior certificate: …").
func otherCycles(lines []string, ds []dated) []dated {
	from, line := 0, -1
	for i, d := range ds {
		if d.line != line {
			from, line = 0, d.line
		}
		cell := lastCell(strings.TrimRight(lines[d.line][from:d.Start], " |"))
		sentence := cell
		if rest := lines[d.line][d.Start:]; from == 0 && d.text != lines[d.line] && strings.HasSuffix(d.text, rest) && proseLine(d.text) {
			// The label read from the line above, as a sentence wraps it
			// ("A certificação inicial foi concedida" over "em 15/08/2020").
			sentence = lastCell(strings.TrimRight(d.text[:len(d.text)-len(rest)], " |"))
		}
		if from == 0 && sentence == cell && d.line > 0 && startsLower(cell) && proseLine(lines[d.line-1]) {
			// A sentence wrapped before its subject's verb: "… A primeira"
			// over "certificação foi concedida em 3 de junho de 2016".
			sentence = lastBytes(lines[d.line-1], 2*maxLabelCell) + " " + cell
		}
		from = d.End
		switch {
		case d.kind == dateIssued && grantedUnder(lines, d):
			ds[i].kind = dateInitial
		case (d.kind == dateIssued || d.kind == dateExpires) && replacedWord.MatchString(lastBytes(lastClause(sentence), 2*maxLabelCell)):
			ds[i].kind = dateOther // "This certificate replaces the certificate dated …": the one replaced
		case len(sentence) > maxLabelCell:
			// A sentence: its last clause alone tells, as "La première
			// certification a été délivrée le" tells a short label.
			if clause := lastBytes(lastClause(sentence), 2*maxLabelCell); d.kind == dateIssued && firstWord.MatchString(clause) {
				ds[i].kind = dateInitial
			}
		case len(cell) > maxLabelCell:
		case (d.kind == dateIssued || d.kind == dateExpires) && previousWord.MatchString(cell):
			ds[i].kind = dateOther
		case d.kind == dateIssued && firstWord.MatchString(cell):
			ds[i].kind = dateInitial
		}
	}
	return ds
}

// grantedUnder reports whether date d, alone on its line under a label of
// the grant's verb alone ("ACCORDÉE LE", "Granted on", "Otorgada el"), is
// the first certification's: a short line of a word of "first" or
// "initial" stands a line or two over that label ("CERTIFICATION
// INITIALE", another column's line between), the label's first words.
func grantedUnder(lines []string, d dated) bool {
	if !onlyDates(lines[d.line]) {
		return false
	}
	return grantLabelOfFirst(lines, prevLine(lines, d.line))
}

// grantLabelOfFirst reports whether line p is a label of the grant's verb
// alone whose first words, over it, say first or initial.
func grantLabelOfFirst(lines []string, p int) bool {
	if p < 0 || !grantOnly.MatchString(strings.TrimSpace(lines[p])) {
		return false
	}
	// A label in capitals is matched with the nearest line in capitals
	// over it, across the other column's lines in mixed case; any other
	// with the line or two just over it.
	caps, reach := capsLabel(lines[p]), 2
	if caps {
		reach = 6
	}
	for k, n := prevLine(lines, p), 0; k >= 0 && n < reach; k, n = prevLine(lines, k), n+1 {
		l := strings.TrimSpace(lines[k])
		if caps && !capsLabel(l) {
			continue
		}
		if !caps && len(FindDates(l)) > 0 {
			// "Eerst gecertificeerd op" / its date / "Toegekend op": the label
			// of the first certification over it has its own date already.
			return false
		}
		if len(l) <= maxLabelCell && !strings.Contains(l, " | ") && len(FindDates(l)) == 0 && len(strings.Fields(l)) <= 4 {
			if lb, ok := onlyLabel(l, certificateDateLabels); firstWord.MatchString(l) || ok && lb.kind == dateInitial {
				return true // "INITIAL CERTIFICATION", "ERSTZERTIFIZIERUNG"
			}
		}
		if caps {
			return false
		}
	}
	return false
}

// capsLabel reports whether l is a label in capitals: letters alone, none
// of them lower case, a few words.
func capsLabel(l string) bool {
	letters := 0
	for _, r := range l {
		switch {
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 4 && len(strings.Fields(l)) <= 5
}

// grantOnly is a label of the grant's verb alone: "Granted on",
// "Accordée le", "Erteilt am", "Concedida em".
var grantOnly = regexp.MustCompile(`(?i)^` + grantWords + `(?:\s+(?:on|am|op|le|el|il|em|a|en))?\s*:?$`)

// replacedWord is a verb of replacing, in the seven languages: the
// certificate dated or expiring after it is the one replaced ("replaces
// the certificate dated", "ersetzt das Zertifikat vom", "remplace le
// certificat daté du", "sustituye al certificado de fecha", "sostituisce
// il certificato datato", "vervangt het certificaat gedateerd",
// "substitui o certificado datado de").
var replacedWord = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:replaces|replacing|supersedes|superseding|ersetzt|remplace|rempla[çc]ant|sustituye|reemplaza|sostituisce|vervangt|substitui)(?:[^\p{L}]|$)`)

// previousWord is a word saying previous or prior in one of the
// languages.
var previousWord = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:previous|prior|former|preceding|vorherig\p{L}*|vorig\p{L}*|bisherig\p{L}*|précédent\p{L}*|anterior|precedente|voorgaande)(?:[^\p{L}]|$)`)

// firstWord is a word saying first, initial or original in one of the
// languages.
var firstWord = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:first|initial|initially|original|originally|erstmals|erstmalig\p{L}*|erste[nrs]?|premi[èe]re?|initiale|originale|primer[ao]?|inicial|prim[ao]|iniziale|originaria|eerste|oorspronkelijke?|initi[ëe]le|primeir[ao])(?:[^\p{L}]|$)`)

// wrappedLabels reads the label of a date that a table's cell wraps
// around it: the label's first words on the line above the date alone,
// or before the date on its line, and its last words below in lower case
// ("Data della prima" over "07/07/2020" over "certificazione"). The label read whole decides, as
// its last words may change what the first say ("Date de certification"
// … "initiale" is the first certification's date, not the issue's).
func wrappedLabels(lines []string, ds []dated) []dated {
	tries := 0
	for i, d := range ds {
		p, n := prevLine(lines, d.line), nextLine(lines, d.line)
		if p < 0 || n < 0 {
			continue
		}
		var above string
		top := p // the line holding the label's first words
		switch before := strings.TrimRight(lines[d.line][:d.Start], " |"); {
		case onlyDates(lines[d.line]):
			above = strings.TrimSpace(lastCell(lines[p]))
		case gap(lines[d.line][d.End:]) == 0 && len(FindDates(before)) == 0:
			// "Data della presente | 03/09/2023" over "emissione": the
			// label's first words in the cell before the date.
			above, top = strings.TrimSpace(lastCell(before)), d.line
		default:
			continue
		}
		below := strings.TrimSpace(lines[n])
		if r, _ := utf8.DecodeRuneInString(below); !unicode.IsLower(r) && !labelEndBelow(above, below) || strings.Contains(below, " | ") ||
			len(above) > maxLabelCell || len(below) > maxLabelCell || len(FindDates(above)) > 0 || len(FindDates(below)) > 0 {
			continue
		}
		if tries++; tries > maxLabelTries {
			break
		}
		cell := joinLabelLines(above, below)
		if first, ok := stackedLabelStart(lines, top); ok {
			// "Initial" over "certification | 09/24/2018" over "date": a
			// cell wrapped on three lines, read whole or not at all.
			if lb, ok := onlyLabel(first+" "+cell, certificateDateLabels); ok {
				ds[i].kind, ds[i].prio, ds[i].text = lb.kind, lb.prio, first+" "+lines[d.line]+" "+below
				if top != d.line {
					ds[i].text = first + " " + above + " " + lines[d.line] + " " + below
				}
				continue
			}
			if firstWord.MatchString(first) || previousWord.MatchString(first) || qualifyingHeading(first) {
				continue
			}
		}
		if lb, ok := onlyLabel(cell, certificateDateLabels); ok {
			ds[i].kind, ds[i].prio, ds[i].text = lb.kind, lb.prio, above+" "+lines[d.line]+" "+below
		}
	}
	return ds
}

// qualifyingHeading reports whether a line above a wrapped label cell is
// itself the label of another date ("Erstzertifizierung", "Previous
// certificate", "Surveillance audit"): as a heading it may qualify the
// label under it ("the issue date of the first certificate"), which the
// lines do not decide.
func qualifyingHeading(l string) bool {
	lb, ok := onlyLabel(l, certificateDateLabels)
	return ok && (lb.kind == dateInitial || lb.kind == dateOther)
}

// labelEndBelow reports whether a line starting with a capital under a
// date ends the label cell beside or over it: a word or two ending a
// label printed in title case or capitals ("Issue" over "Date", "ISSUE"
// over "DATE"), a German noun ("Datum der" over "Ausstellung"), or the
// end of a word the line above hyphenated. A label alone on either line
// is a row of its own ("Certificate | 21/05/2024" over "Expiry date"),
// unless the line above cannot end a label (it ends in "of", "der", "de"
// or a hyphen).
func labelEndBelow(above, below string) bool {
	words := strings.Fields(below)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	last := strings.Fields(above)
	if len(last) > 0 && (linkWord.MatchString(last[len(last)-1]) || strings.HasSuffix(above, "-")) {
		return true
	}
	_, aboveAlone := onlyLabel(above, certificateDateLabels)
	_, belowAlone := onlyLabel(below, certificateDateLabels)
	return !aboveAlone && !belowAlone
}

// joinLabelLines joins the two lines of a wrapped label cell, a word the
// first line hyphenated whole again ("Ausstellungs-" over "datum").
func joinLabelLines(above, below string) string {
	if stem, ok := strings.CutSuffix(above, "-"); ok && stem != "" {
		if r, _ := utf8.DecodeRuneInString(below); unicode.IsLower(r) {
			return stem + below
		}
		return above + below
	}
	return above + " " + below
}

// stackedLabelStart is the line above line top when it may be the first
// words of the same wrapped label cell: a few words alone, no date, no
// other cell, no sentence's end ("Initial" over "certification |
// 09/24/2018" over "date").
func stackedLabelStart(lines []string, top int) (string, bool) {
	p := prevLine(lines, top)
	if p < 0 {
		return "", false
	}
	l := strings.TrimSpace(lines[p])
	if l == "" || strings.Contains(l, "|") || len(strings.Fields(l)) > maxStackedWords || len(FindDates(l)) > 0 ||
		strings.ContainsAny(l[len(l)-1:], ".;:") || strings.ContainsFunc(l, unicode.IsDigit) {
		return "", false
	}
	return l, true
}

// maxStackedWords is how many words the first line of a label cell
// wrapped on three lines holds at most.
const maxStackedWords = 3

// placeDate reports whether line i is a place-and-date label over a line
// holding the place and the date d.
func placeDate(lines []string, i int, d dated) bool {
	return placeAndDate.MatchString(lastCell(lines[i])) && placeDateLine(lines[d.line])
}

// labelOverCell reads the label of a date from a row of labels over a row
// of values, cell by cell, when the date's cell holds more than the date:
// "Place and date" over "London, 1 May 2025", the place before the date.
func labelOverCell(above, l string, m DateMatch) (label, bool) {
	heads, cells := strings.Split(above, " | "), strings.Split(l, " | ")
	if len(heads) != len(cells) || len(heads) < 2 {
		return label{}, false
	}
	col := strings.Count(l[:m.Start], " | ")
	lb, ok := onlyLabel(heads[col], certificateDateLabels)
	if !ok {
		return label{}, false
	}
	before, after := lastCell(l[:m.Start]), l[m.End:]
	if i := strings.Index(after, " | "); i >= 0 {
		after = after[:i]
	}
	if ds := DatesIn(cells[col], DayFirst); len(ds) == 2 && lb.kind == dateRange && gap(before) == 0 {
		// "Validity" over "21.03.2025 – 29.02.2028": the validity's start,
		// its end after a word of "to" (paired with it later).
		if k := strings.Index(after, ds[1].Text); k >= 0 && slices.Contains(toWords, plainWords(after[:k])) && gap(after[k+len(ds[1].Text):]) == 0 {
			return lb, true
		}
	}
	if len(DatesIn(cells[col], DayFirst)) != 1 {
		return label{}, false
	}
	if gap(after) > 0 || gap(before) > 0 && !placeAndDate.MatchString(heads[col]) {
		return label{}, false
	}
	return lb, true
}

// placeAndDate is the label of a place written before its date.
var placeAndDate = regexp.MustCompile(`(?i)place\s*(?:and|&)\s*date|signed\s+at|given\s+at|expedid[oa]\s+e[nm]|emitida\s+e[nm]|[ée]mis\s+à|d[ée]livr[ée]\s+à|emitido\s+en|emesso\s+a|rilasciato\s+a|afgegeven\s+te|ort\s*(?:und|,)\s*datum|lieu\s+et\s+date|fait\s+à|lugar\s+y\s+fecha|luogo\s+e\s+data|plaats\s+en\s+datum|local\s+e\s+data`)

// endsCell reports whether a date fills the last cell of its line.
func endsCell(l string, m DateMatch) bool {
	cell := lastCell(l[:m.Start])
	return gap(cell) == 0 && gap(l[m.End:]) == 0
}

// namesStandard reports whether a line names a standard: a row of a table
// of standards, whose dates are each standard's own.
func namesStandard(l string) bool {
	return strings.Contains(l, "27001") || otherStandard.MatchString(l)
}

// prevLine is the index of the last non-empty line before line i, or -1.
func prevLine(lines []string, i int) int {
	for i--; i >= 0 && lines[i] == ""; i-- {
	}
	return i
}

func firstCell(l string) string { return strings.SplitN(l, " | ", 2)[0] }

func lastCell(l string) string {
	if i := strings.LastIndex(l, " | "); i >= 0 {
		return l[i+len(" | "):]
	}
	return l
}

// cellLabel is the date label that fills the last cell of line i. A cell
// that starts in lower case continues the label the line above ends
// ("Oorspronkelijke" over "certificeringsdatum"): the two are read
// together, and the cell is no label if together they are none.
func cellLabel(lines []string, i int) (label, bool) {
	cell := strings.TrimSpace(lastCell(lines[i]))
	if len(cell) > maxLabelCell {
		return label{}, false
	}
	if r, _ := utf8.DecodeRuneInString(cell); unicode.IsLower(r) {
		p := prevLine(lines, i)
		if p < 0 || len(FindDates(lines[p])) > 0 {
			return label{}, false
		}
		cell = strings.TrimSpace(lastCell(lines[p])) + " " + cell
	}
	return onlyLabel(cell, certificateDateLabels)
}

// onlyLabel is the label of set that s holds and nothing else, the
// longest when several fill it.
func onlyLabel(s string, set []label) (label, bool) {
	best, bestLen := label{}, 0
	if !hasLabel(s, set) {
		return label{}, false
	}
	for _, l := range set {
		for _, m := range findPhrases(l.re, s) {
			if gap(s[:m[0]]) == 0 && gap(s[m[1]:]) == 0 && m[1]-m[0] > bestLen {
				best, bestLen = l, m[1]-m[0]
			}
		}
	}
	return best, bestLen > 0
}

// otherStandard names a management system standard other than ISO/IEC
// 27001 that combined certificates list beside it.
var otherStandard = regexp.MustCompile(`(?i)\bISO(?:/IEC)?\s*(?:9001|14001|45001|22301|20000(?:-1)?|27701|50001|37001|27017|27018|13485)\b`)

// standardsRow reports whether line i is a row of a table listing
// standards, one per row with its details: a line beside it names
// another standard. Such a table has no part of its own per standard.
func standardsRow(lines []string, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(lines) && otherStandard.MatchString(lines[j]) && strings.Contains(lines[i], " | ") {
			return true
		}
	}
	return false
}

// isoBlock returns, for a certificate of several standards each with its
// own details, the lines of the ISO/IEC 27001 part: from the line naming
// 27001 alone to the line naming another standard alone. It is nil for a
// certificate of one standard, and for one whose 27001 part has no
// labelled expiry of its own (the details are then common to all).
func isoBlock(lines []string) []string {
	start := -1
	for i, l := range lines {
		if namesISO27001.MatchString(l) && !otherStandard.MatchString(l) && start < 0 && !standardsRow(lines, i) {
			start = i
		}
	}
	if start < 0 || !slices.ContainsFunc(lines, otherStandard.MatchString) || inListOfStandards(lines, start) {
		return nil
	}
	end := len(lines)
	for i := start + 1; i < len(lines); i++ {
		if otherStandard.MatchString(lines[i]) && !strings.Contains(lines[i], "27001") {
			end = i
			break
		}
	}
	block := lines[start:end]
	if _, ok := pick(labelledDatesIn(block, certificateDateLabels, DayFirst), dateExpires); !ok {
		return nil
	}
	return block
}

// namesISO27001 names ISO/IEC 27001 as a standard ("ISO/IEC 27001",
// "EN ISO 27001", "27001:2022"), not as part of a code that carries its
// number ("CMS/27001/1098"), which starts no part of a certificate.
var namesISO27001 = regexp.MustCompile(`(?i)(?:\bISO|\bIEC)\s*27001\b|(?:^|[^\p{L}\p{N}/\-])27001\s*(?::|-|–)\s*(?:19|20)\d\d\b`)

// inListOfStandards reports whether line i names a standard in a list of
// them, a line beside it naming another alone ("ISO 9001:2015" over
// "ISO/IEC 27001:2022"), maybe past a line of "and" or a bullet: the
// details follow for all of them together, in columns or a table, rather
// than in a part of each, as an integrated management system's
// certificate gives them.
func inListOfStandards(lines []string, i int) bool {
	for _, step := range []func([]string, int) int{prevLine, nextLine} {
		j := step(lines, i)
		for j >= 0 && listJoiner.MatchString(lines[j]) {
			j = step(lines, j)
		}
		if j >= 0 && standardItem(lines[j]) {
			return true
		}
	}
	return false
}

// standardItem reports whether a line names a standard other than ISO/IEC
// 27001 and nothing else of it: short, or its designation first and no
// date ("ISO 14001:2015 Environmental management systems — Requirements
// with guidance for use").
func standardItem(l string) bool {
	if !otherStandard.MatchString(l) || strings.Contains(l, "27001") {
		return false
	}
	return len(l) <= maxLabelCell || standardFirst.MatchString(l) && len(FindDates(l)) == 0
}

// standardFirst is a line that starts with a standard's designation,
// maybe after a bullet and a national adoption's prefix ("• UNE-EN ISO
// 9001:2015", "NBN EN ISO 14001:2015").
var standardFirst = regexp.MustCompile(`^[\s•·▪\-–*]*(?:(?:[\p{Lu}.]{1,6}[\s\-])*EN[\s\-]|[\p{Lu}.]{2,6}\s+)?ISO\b`)

// listJoiner is a line between two items of a list of standards that
// joins them and says nothing else: "and", "und", "et", "y", "e", "en",
// "&", a bullet, a comma.
var listJoiner = regexp.MustCompile(`(?i)^[\s•·▪\-–*,;&+]*(?:and|und|et|y|e|en|as\s+well\s+as|sowie|ainsi\s+que|así\s+como|nonché|alsmede|bem\s+como)?[\s,;:&+]*$`)

// nextLine is the index of the first non-empty line after line i, or -1.
func nextLine(lines []string, i int) int {
	for i++; i < len(lines); i++ {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

// dateColumns handles a label over a column of dates, one per standard of
// a combined certificate ("Fecha de vencimiento" over one date for ISO
// 9001 and one for ISO/IEC 27001, or "Registro nº | Validez hasta" over a
// number and a date for each): the label holds for the date in the row of
// ISO/IEC 27001, found from the order the standards are listed in. When
// that order cannot be told, no date of the column keeps the label, as
// any of them could be the one.
func dateColumns(lines []string, ds []dated, settled map[int]bool) []dated {
	// Each line is judged once: a hostile line holds thousands of dates.
	known := map[int]bool{}
	rowLine := func(i int) bool {
		v, ok := known[i]
		if !ok {
			v = valueRow(lines[i])
			known[i] = v
		}
		return v
	}
	type cell struct{ line, col int }
	column := map[cell]bool{} // the cells of a column already read
	for i, d := range ds {
		col := strings.Count(lines[d.line][:d.Start], " | ")
		if d.kind == "" || settled[d.line] || column[cell{d.line, col}] || !rowLine(d.line) {
			continue
		}
		n := 1
		for d.line+n < len(lines) && lines[d.line+n] != "" && rowLine(d.line+n) {
			n++
		}
		if n < 2 {
			continue
		}
		for k := range n {
			column[cell{d.line + k, col}] = true
		}
		standards := listedStandards(lines[:d.line])
		row := standardRow(standards, n)
		kind, prio, head := d.kind, d.prio, strings.TrimSpace(strings.SplitN(d.text, lines[d.line], 2)[0])
		ds[i].kind = ""
		if row < 0 {
			continue
		}
		for j := i; j < len(ds); j++ {
			if ds[j].line == d.line+row && strings.Count(lines[ds[j].line][:ds[j].Start], " | ") == col {
				ds[j].kind, ds[j].prio = kind, prio
				ds[j].text = head + " " + standards[row] + " " + lines[ds[j].line]
			}
		}
	}
	return ds
}

// valueRow reports whether a line holds values and nothing else, cell by
// cell: dates, or codes and dates ("Q-1-9 | 10 de octubre de 2026"), as the
// rows of a table under its row of labels do.
func valueRow(l string) bool {
	if onlyDates(l) {
		return true
	}
	cells := strings.Split(l, " | ")
	if len(cells) < 2 || len(cells) > 6 {
		return false
	}
	dates := 0
	for _, c := range cells {
		switch c = strings.TrimSpace(c); {
		case onlyDates(c):
			dates++
		case numberValue(c) != c || !codeLike(c):
			return false
		}
	}
	return dates > 0
}

// listedStandards are the lines before a table that name one standard
// each, ISO/IEC 27001 or another, in the order the certificate lists them.
func listedStandards(lines []string) []string {
	var standards []string
	for _, l := range lines {
		if otherStandard.MatchString(l) != strings.Contains(l, "27001") {
			standards = append(standards, l)
		}
	}
	return standards
}

// standardRow is which of n rows of values, one per standard listed, is
// ISO/IEC 27001's, or -1 when the list does not tell (another count of
// standards, or none of them 27001).
func standardRow(standards []string, n int) int {
	if len(standards) != n {
		return -1
	}
	return slices.IndexFunc(standards, func(l string) bool { return strings.Contains(l, "27001") })
}

// standardsTable finds a table listing each standard of a combined
// certificate with its own details ("Standard | Certificate No. | Expiry
// date", then one row per standard): the header's line, and the line of
// the row of ISO/IEC 27001 (-1 when there is none).
func standardsTable(lines []string) (header, row int) {
	for i, l := range lines {
		cells := strings.Split(l, " | ")
		if len(cells) < 2 || len(l) > maxLabelRow || strings.ContainsAny(l, "0123456789") || i+1 >= len(lines) ||
			!otherStandardHeader.MatchString(cells[0]) && !standardsUnder(lines, i, len(cells)) {
			continue
		}
		if next := strings.Split(lines[i+1], " | ")[0]; !strings.Contains(next, "27001") && !otherStandard.MatchString(next) {
			continue // "Standard | ISO/IEC 27001:2013" is a label and its value
		}
		row = -1
		for j := i + 1; j < len(lines) && len(strings.Split(lines[j], " | ")) == len(cells); j++ {
			first := strings.Split(lines[j], " | ")[0]
			if strings.Contains(first, "27001") && !otherStandard.MatchString(first) {
				row = j
			}
		}
		return i, row
	}
	return -1, -1
}

// standardsUnder reports whether the rows under line i, of as many cells
// as its, start each with a standard, one of them another than ISO/IEC
// 27001: a table of a combined certificate's standards, whatever its
// first column is headed ("Programme", "Regelwerk").
func standardsUnder(lines []string, i, cells int) bool {
	rows, other := 0, false
	for j := i + 1; j < len(lines) && len(strings.Split(lines[j], " | ")) == cells; j++ {
		first := firstCell(lines[j])
		if !strings.Contains(first, "27001") && !otherStandard.MatchString(first) {
			return false
		}
		rows++
		other = other || otherStandard.MatchString(first) && !strings.Contains(first, "27001")
	}
	return rows >= 2 && other
}

// otherStandardHeader is the header of a table's column of standards,
// also as the standard audited against ("Audit standard", "Norme
// d'audit", "Auditnorm").
var otherStandardHeader = regexp.MustCompile(`(?i)^\s*(?:(?:reference\s+|audit\s+|audited\s+)?standards?|norms?|normen|norma|norme|normas|normes|management\s+system|système|sistema|referenznorm|referentienorm|auditnorm|prüfnorm|auditnormen)` +
	`(?:\s+(?:de\s+r[ée]f[ée]rence|de\s+referencia|di\s+riferimento|de\s+refer[êe]ncia|of\s+reference|applied|applicable|applicata|aplicada|appliquée|` +
	`d['’]audit|de\s+auditor[ií]a|de\s+auditoria|di\s+audit|audited|auditada|auditata|auditée))?\s*$`)

// tableNumber is the certificate number in the row of ISO/IEC 27001 of a
// standards table, under the header cell that labels numbers.
func tableNumber(lines []string) evidence.Fact[string] {
	header, row := standardsTable(lines)
	if header < 0 || row < 0 {
		return evidence.Fact[string]{}
	}
	if v := numberUnder(lines[header], lines[row]); v != "" {
		return known(v, lines[header]+" "+lines[row])
	}
	return evidence.Fact[string]{}
}

// standardsTableDates gives the dates of a standards table the label of
// their column in the row of ISO/IEC 27001 only: the other rows' dates
// are another standard's.
func standardsTableDates(lines []string, ds []dated) []dated {
	header, row := standardsTable(lines)
	if header < 0 {
		return ds
	}
	heads := strings.Split(lines[header], " | ")
	end := header + 1
	for end < len(lines) && len(strings.Split(lines[end], " | ")) == len(heads) {
		end++
	}
	for i, d := range ds {
		if d.line <= header || d.line >= end {
			continue
		}
		ds[i].kind = ""
		if d.line != row {
			continue
		}
		col := strings.Count(lines[row][:d.Start], " | ")
		if col < len(heads) {
			if lb, ok := lastLabel(heads[col], certificateDateLabels); ok {
				ds[i].kind, ds[i].prio = lb.kind, 0
				ds[i].text = lines[header] + " " + lines[row]
			}
		}
	}
	return ds
}

// labelWords are the words date labels are made of, in lower case, read
// from the labels themselves: accent classes ("v[áaä]lido") give their
// first letter.
var labelWords = sync.OnceValue(func() map[string]bool {
	class := regexp.MustCompile(`\[([^\]\\])[^\]]*\]|\(\?:(ä|ö|ü|ß)\|[^)]*\)|\\[a-zA-Z](?:\{[^}]*\})?`)
	word := regexp.MustCompile(`\p{L}{2,}`)
	words := map[string]bool{"a": true, "à": true, "y": true, "e": true, "o": true, "d": true, "l": true}
	for _, l := range certificateDateLabels {
		src := class.ReplaceAllStringFunc(l.re.String(), func(m string) string {
			if sm := class.FindStringSubmatch(m); sm[1] != "" {
				return sm[1]
			} else if sm[2] != "" {
				return sm[2]
			}
			return " "
		})
		for _, w := range word.FindAllString(strings.ToLower(src), -1) {
			words[w] = true
		}
	}
	return words
})

// historyRows reads a table of the certificate's cycles, a row of date
// labels over one row of dates per cycle ("Cycle | Issue date | Expiry
// date", then "1 | 01/03/2020 | 28/02/2023", …): the labels hold for the
// current cycle's row, the latest, and no other. When the rows are not in
// order of their dates, or a date could be read two ways, none keeps the
// labels. A page naming another standard is left to dateColumns, whose
// rows are the standards'. It gives the lines of such tables, which
// dateColumns then leaves alone.
func historyRows(lines []string, ds []dated) ([]dated, map[int]bool) {
	settled := map[int]bool{}
	if slices.ContainsFunc(lines, otherStandard.MatchString) {
		return ds, settled
	}
	for i := 0; i < len(ds); i++ {
		d := ds[i]
		p := prevLine(lines, d.line)
		if d.kind == "" || p < 0 || settled[d.line] || i > 0 && ds[i-1].line == d.line || !strings.HasPrefix(d.text, lines[p]+" ") {
			continue
		}
		first := rowDates(ds, i)
		cells := strings.Count(lines[d.line], " | ")
		if cells == 0 || strings.Count(lines[p], " | ") != cells || len(allLabels(lines[p], certificateDateLabels)) != len(first) {
			continue // a table's header over its rows, each a row of cells
		}
		rows := [][]int{first}
		for j := first[len(first)-1] + 1; j < len(ds); {
			l := ds[j].line
			if l != nextLine(lines, ds[rows[len(rows)-1][0]].line) || strings.Count(lines[l], " | ") != cells || namesStandard(lines[l]) {
				break
			}
			r := rowDates(ds, j)
			if len(r) != len(first) || hasLabel(lines[l], certificateDateLabels) {
				break
			}
			rows = append(rows, r)
			j = r[len(r)-1] + 1
		}
		if len(rows) < 2 {
			continue
		}
		latest := latestRow(ds, rows)
		for _, r := range rows {
			settled[ds[r[0]].line] = true
		}
		for c, k := range first {
			kind, prio := ds[k].kind, ds[k].prio
			for _, r := range rows {
				ds[r[c]].kind = ""
			}
			if latest >= 0 {
				l := ds[rows[latest][c]].line
				ds[rows[latest][c]].kind, ds[rows[latest][c]].prio, ds[rows[latest][c]].text = kind, prio, lines[p]+" "+lines[l]
			}
		}
		i = rows[len(rows)-1][len(first)-1]
	}
	return ds, settled
}

// rowDates are the indices of the dates on the line of date i, from i.
func rowDates(ds []dated, i int) []int {
	var out []int
	for j := i; j < len(ds) && ds[j].line == ds[i].line; j++ {
		out = append(out, j)
	}
	return out
}

// latestRow is which row of a history holds the latest dates, its rows
// being in order of their first date, or -1.
func latestRow(ds []dated, rows [][]int) int {
	up, down := true, true
	for k, r := range rows {
		for _, j := range r {
			if ds[j].Ambiguous() {
				return -1
			}
		}
		if k > 0 {
			a, b := ds[rows[k-1][0]].Date, ds[r[0]].Date
			up, down = up && b.After(a), down && a.After(b)
		}
	}
	switch {
	case up:
		return len(rows) - 1
	case down:
		return 0
	}
	return -1
}

// labelsBelow reads labels printed under their values: a line of dates
// over a line holding only as many labels, cell by cell, as a band or a
// signature block prints them ("1 March 2026 | 28 February 2029" over
// "Date of issue | Expiry date"), or such pairs one after the other. It
// holds only when the first line of dates has no labels over it and the
// last labels no value under them: else the labels head the dates under
// them, as labelledDatesIn reads them.
func labelsBelow(lines []string, ds []dated) []dated {
	byLine := map[int][]int{}
	for i, d := range ds {
		byLine[d.line] = append(byLine[d.line], i)
	}
	// A line of dates, or of a place and its date over a signature's
	// "Place and date".
	dateRow := func(l int) bool {
		return l >= 0 && len(byLine[l]) > 0 && (onlyDates(lines[l]) || len(byLine[l]) == 1 && placeDateLine(lines[l]))
	}
	// Each line is judged once: reading its labels tries every label.
	rows := map[int][]label{}
	labelRow := func(l int) []label {
		if l < 0 || len(lines[l]) > maxLabelRow || len(byLine[l]) > 0 || !hasLabel(lines[l], certificateDateLabels) {
			return nil
		}
		if out, ok := rows[l]; ok {
			return out
		}
		var out []label
		for _, c := range strings.Split(lines[l], " | ") {
			lb, ok := onlyLabel(c, certificateDateLabels)
			if !ok {
				out = nil
				break
			}
			out = append(out, lb)
		}
		rows[l] = out
		return out
	}
	for start := 0; start < len(lines); start++ {
		if !dateRow(start) || labelRow(prevLine(lines, start)) != nil {
			continue
		}
		type pair struct {
			dates  int
			labels []label
			line   int
		}
		var pairs []pair
		l := start
		for dateRow(l) {
			n := nextLine(lines, l)
			lbs := labelRow(n)
			if lbs == nil || len(lbs) != len(byLine[l]) {
				break
			}
			pairs = append(pairs, pair{l, lbs, n})
			l = nextLine(lines, n)
		}
		if len(pairs) == 0 {
			continue
		}
		if n := nextLine(lines, pairs[len(pairs)-1].line); n >= 0 && (len(byLine[n]) > 0 || nextLine(lines, n) >= 0 && len(byLine[nextLine(lines, n)]) > 0) {
			continue // the last labels head dates under them, perhaps past a line of another column
		}
		if pp := prevLine(lines, prevLine(lines, start)); pp >= 0 && hasLabel(lastCell(lines[pp]), certificateDateLabels) {
			continue // the first dates' label over them, past a line of another column
		}
		for _, p := range pairs {
			for c, j := range byLine[p.dates] {
				ds[j].kind, ds[j].prio, ds[j].text = p.labels[c].kind, p.labels[c].prio, lines[p.dates]+" "+lines[p.line]
			}
		}
		start = pairs[len(pairs)-1].line
	}
	return ds
}

// labelAfter reads the label written after a date that starts its line or
// cell, in brackets or after a dash: "28 February 2029 (expiry date)",
// "01.03.2026 – Ausstellungsdatum".
func labelAfter(lines []string, ds []dated) []dated {
	for i, d := range ds {
		l := lines[d.line]
		if d.kind != "" || i > 0 && ds[i-1].line == d.line || len(rowDates(ds, i)) != 1 || gap(lastCell(l[:d.Start])) > 0 {
			continue
		}
		after := l[d.End:]
		if k := strings.Index(after, " | "); k >= 0 {
			after = after[:k]
		}
		after = strings.TrimSpace(after)
		bracket := strings.HasPrefix(after, "(") && strings.HasSuffix(after, ")")
		dash := strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—")
		if !bracket && !dash || strings.HasSuffix(after, ":") {
			continue
		}
		if lb, ok := onlyLabel(strings.Trim(after, "()-–— "), certificateDateLabels); ok {
			ds[i].kind, ds[i].prio = lb.kind, lb.prio
		}
	}
	return ds
}

// otherStandardDates leaves out the dates that the sentence or cell
// giving them says are another standard's ("ISO 9001:2015 — valid until
// 4 January 2028" beside the ISO/IEC 27001 line), as a certificate of
// several standards lists each with its own dates.
func otherStandardDates(lines []string, ds []dated) []dated {
	for i, d := range ds {
		if d.kind == "" || d.kind == dateOther {
			continue
		}
		l := lines[d.line]
		from := 0
		if i > 0 && ds[i-1].line == d.line {
			from = ds[i-1].End
		}
		said := lastSentence(l[from:d.Start]) + l[d.Start:d.End]
		if i+1 < len(ds) && ds[i+1].line == d.line {
			said += firstSentence(l[d.End:ds[i+1].Start])
		} else {
			said += firstSentence(l[d.End:])
		}
		if d.text != l && strings.HasSuffix(d.text, l) {
			// The label read from the line above.
			said = lastSentence(strings.TrimSuffix(d.text, l)) + " " + said
		}
		if otherStandard.MatchString(said) && !strings.Contains(said, "27001") {
			ds[i].kind = dateOther
		}
	}
	return ds
}

// firstSentence is the start of s up to its first cell or sentence break.
func firstSentence(s string) string {
	for _, sep := range []string{" | ", ". ", "; "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	return s
}
