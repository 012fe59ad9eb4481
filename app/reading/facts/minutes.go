package facts

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"assay/app/evidence"
	"assay/app/reading/ocr"
)

const dateMeeting = "meeting"

// minutesDateLabels tell the meeting's own date from the other dates that
// minutes are full of: the next meeting, action due dates, approval.
var minutesDateLabels = slices.Concat(
	labels(dateMeeting, 1, "date of meeting", "date of the meeting", "meeting date", "held on", "meeting held on",
		"held at .{0,60}? on", "took place on", "convened on", "meeting on", "met on", "date of review",
		"review date", "review held on", "date held"),
	labels(dateMeeting, 2, "date", "date and time", "date time", "when"),
	labels(dateOther, 1, "next meeting", "next meeting date", "date of next meeting", "date of the next meeting",
		"next review", "next review date", "due date", "due", "due by", "deadline", "by", "target date", "target",
		"approved on", "approved", "version", "issued", "circulated", "distributed", "prepared", "updated",
		"revised", "signed", "printed", "last review", "previous meeting", "last meeting", "date of previous meeting",
		"completed by", "completed on", "closed on", "raised on", "opened", "until", "expires", "expiry",
		"valid until",
		// A meeting before or after this one, however its date is
		// introduced: "the previous review, held on …", "nächste Sitzung
		// am …", "la prochaine réunion se tiendra le …".
		`(?:previous|prior|preceding|last|next|following|upcoming|vorherigen?|vorige[nrs]?|letzte[nrs]?|n[äa]chste[nrs]?|pr[ée]c[ée]dente?|derni[èe]re|prochaine?|anterior|pr[óo]xim[oa]|precedente|scors[oa]|prossim[oa]|vorige|laatste|volgende) (?:[\p{L}\-]+,? ){0,5}?`+
			`(?:held on|scheduled for|planned for|on|for|am|vom|f[üu]r|le|du|pour|el|del|para|il|per|op|van|em|de)`,
		`(?:review|meeting|sitzung|besprechung|bewertung|r[ée]union|revue|reuni[óo]n|revisi[óo]n|riunione|riesame|vergadering|reuni[ãa]o|revis[ãa]o) (?:anterior|precedente|pr[ée]c[ée]dente|vorige) (?:[\p{L}\-]+,? ){0,4}?`+
			`(?:on|le|du|el|del|il|op|van|em|de)`,
		"fällig", "fällig am", "frist", "genehmigt am", "freigegeben am", "erstellt am", "verteilt am", "erledigt am", "gültig bis",
		"date d'échéance", "pour le", "avant le", "approuvé le", "validé le", "diffusé le", "rédigé le", "mis à jour le",
		"fecha límite", "plazo", "antes del", "aprobado el", "aprobada el", "versión", "fecha de aprobación", "distribuido el",
		"scadenza", "entro il", "entro", "approvato il", "approvata il", "versione", "distribuito il",
		"uiterlijk", "goedgekeurd op", "versie", "verspreid op",
		"prazo", "aprovado em", "aprovada em", "versão", "distribuído em", "data limite"),
	labels(dateMeeting, 1, "datum der sitzung", "sitzungsdatum", "datum der besprechung", "besprechungsdatum",
		"datum des meetings", "datum der managementbewertung", "stattgefunden am", "durchgeführt am", "abgehalten am",
		"date de la réunion", "date de réunion", "réunion du", "tenue le", "date de la revue", "revue de direction du",
		"fecha de la reunión", "fecha de reunión", "celebrada el", "celebrado el", "fecha de la revisión",
		"data della riunione", "data riunione", "riunione del", "tenutasi il", "svoltasi il", "data del riesame",
		"datum vergadering", "datum van de vergadering", "vergaderdatum", "gehouden op", "vergadering van",
		"data da reunião", "data de reunião", "reunião realizada em", "realizada em", "realizado em", "data da revisão",
		// The date the meeting was held, worded as a form's field.
		"date of session", "session date", "sitzung vom", "besprechung vom", "datum der durchführung",
		"date de tenue", "date de la séance", "séance du", "fecha de celebración", "fecha de la sesión", "sesión del",
		"data di svolgimento", "data della seduta", "seduta del", "datum bijeenkomst", "datum van de bijeenkomst",
		"datum overleg", "data de realização", "data da sessão",
		// The review "carried out on" the date, as a letter's sentence tells it.
		"carried out on", "conducted on", "durchgeführt am", "réalisée le", "effectuée le", "efectuada el", "efectuado el",
		"realizada el", "realizado el", "llevada a cabo el", "effettuata il", "effettuato il", "uitgevoerd op",
		"realizada a", "realizado a", "efetuada a", "efetuada em"),
	labels(dateMeeting, 2, "datum", "fecha", "data", "datum und uhrzeit", "date et heure", "fecha y hora", "data e ora",
		"datum en tijd", "data e hora"),
)

// Keyword families of the topics control 5.4 expects a management review
// to cover. A topic counts when a line of the minutes matches its family.
var (
	// Each family is written in English, German, French, Spanish,
	// Italian, Dutch and Portuguese. Go's \b knows only ASCII letters, so
	// words with accents are matched by their stems.
	trainingWord = regexp.MustCompile(`(?i)\btrain\w*|\be-?learning\b|\bawareness\b|\bphishing\b|\blms\b` +
		`|schulung|geschult|sensibilisierung|unterweisung|\bformation\b|\bformations\b|sensibilisation|\bformaci[óo]n|capacitaci[óo]n|concienciaci[óo]n|concientizaci[óo]n` +
		`|\bformazione\b|sensibilizzazione|addestramento|\bopleiding|bewustwording|\bforma[çc][ãa]o|treinamento|sensibiliza[çc][ãa]o` +
		// A course taken ("completed the annual course", "culminó el curso
		// anual", "den Kurs abgeschlossen"); a course under way ("en curso",
		// "in corso", "of course") is taken out first, by courseUnderWay.
		`|\bcourses?\b|\b(?:jahres|pflicht|schulungs|online|lern|sicherheits|awareness)?kurs(?:e|en)?\b|\bcursos?\b|\bcors[oi]\b|\bcursus(?:sen)?\b`)
	// courseUnderWay is "under way" or "of course", worded with the word
	// for a course: "en curso", "in corso", "em curso", "au cours de".
	courseUnderWay = regexp.MustCompile(`(?i)\b(?:en|in|em|no|nel|of|au|im)\s+(?:curso|corso|course|cours|kurs)\b|\bcourse\s+of\b|\bdecorso\b|\bdecurso\b`)
	trainingMeter  = regexp.MustCompile(`(?i)complet\w*|\d+(?:\.\d+)?\s*%|\bper\s?cent\b|\brates?\b|\bmetrics?\b|\bkpis?\b|\bstatistic\w*|\bfigures?\b|\battendance\b|\bclick\w*|\bscores?\b|\boverdue\b|\bnumbers?\b|\d+\s+(?:of|out\s+of)\s+\d+|\bfinished\b` +
		`|abgeschlossen|absolviert|teilgenommen|quote\b|prozent|\bsuivi|termin[ée]|achev[ée]|taux|pourcentage|finalizad|realizad|\btasa\b|porcentaje|completat|svolt|frequentat|\btasso\b|percentual|afgerond|voltooid|gevolgd|conclu[íi]|\btaxa\b`)
	violationRe = regexp.MustCompile(`(?i)\bpolic(?:y|ies)\s+(?:violations?|breach\w*|non-?complian\w*|exceptions?|infringements?)|\bviolations?\b|\bbreach\w*\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}polic|\bdisciplinary\b|\bmisconduct\b|\bnon-?complian\w*` +
		`|verst(?:ö|oe|o)(?:ß|ss)|richtlinienverst|\bmanquements?\b|incumplimiento|infracci[óo]n|violazion[ei]|schending|overtreding|viola[çc](?:ão|ao|ões|oes)|incumprimento` +
		// Disciplinary measures and infringements, worded otherwise.
		`|disziplinar\w*|\bdisciplin(?:aires?|ari[oa]s?|ari|are|ar(?:es)?)\b|\binfractions?\b|\binfrazion[ei]\b|\binfra[çc](?:ão|ao|ões|oes)\b|\binbreuk\w*|\bnon[\s-]respect\b` +
		`|` + policyDeviation.String()[len("(?i)"):])
	// policyDeviation is a departure from a policy (or a directive or
	// guideline), worded as one: a
	// deviation, exception, failure to comply or non-fulfilment followed
	// closely by the policy ("Afwijkingen van beleid", "Abweichungen von
	// der Passwortrichtlinie", "écarts par rapport à la politique"), or a
	// compound of the two ("policy deviations", "Richtlinienabweichungen",
	// "beleidsafwijkingen"). Failing to keep it counts as departing from
	// it ("Descumprimentos da política", "Verletzungen der Richtlinie").
	// A deviation alone is an audit's word, and is read so.
	policyDeviation = regexp.MustCompile(`(?i)(?:\bdeviations?|\bdepartures?|\bexceptions?|\bfailures?\s+to\s+(?:comply|follow|observe)|abweichung(?:en)?|nichteinhaltung|missachtung|[ée]carts?|d[ée]rogations?|desviaci[óo]n(?:es)?|desv[íi]os?|\bno\s+cumplimiento|inobservancia|scostament[oi]|deviazion[ei]|inadempienz[ae]|mancato\s+rispetto|inosservanz[ae]|afwijking(?:en)?|niet[\s-]naleving|\bn[ãa]o[\s-]cumprimento|inobserv[âa]ncia|descumpriment[oa]s?|verletzung(?:en)?|incumplimientos?)` +
		`\s+(?:[\p{L}'’]+\s+){0,4}?[\p{L}'’-]*(?:\bpolic(?:y|ies)\b|richtlinie|politique|pol[íi]tica|politic[ah]e?|\bpolicy|beleid|richtlijn` +
		// A directive or guideline departed from is a policy too: "Inosservanze
		// delle direttive", "écarts aux consignes", "Abweichungen von Weisungen".
		`|\bdirectives?\b|\bguidelines?\b|\bweisung(?:en)?\b|\bconsignes?\b|\blignes\s+directrices\b|\bdirectrices?\b|\bdirectivas?\b|\bdirettiv[ae]\b|\blinee\s+guida\b|\bvoorschrift(?:en)?\b|\bdiretrizes?\b)` +
		`|(?:polic(?:y|ies)|richtlinien?|beleids?|richtlijn)[\s-]*(?:deviations?|departures?|exceptions?|abweichung|afwijking|uitzondering|verletzung)`)
	// incidentPlan is the plan or process for incidents ("incident
	// response plan", "plano de resposta a incidentes"), which minutes
	// mention in an action to test it without reviewing any incident.
	incidentPlan = regexp.MustCompile(`(?i)\bincident[\s-]+(?:response|management|handling)[\s-]+(?:plans?|process(?:es)?|procedures?|playbooks?|runbooks?|polic(?:y|ies)|exercises?|drills?|tests?|testing|tabletop\w*)\b` +
		`|\bvorfalls?(?:reaktions|management|behandlungs|bearbeitungs)(?:plan|prozess|verfahren|übung|uebung)\w*` +
		`|\b(?:plan|proc[ée]dure|processus|exercice|test)\s+de\s+(?:r[ée]ponse|gestion|traitement)\s+(?:aux|des)\s+incidents\b` +
		`|\b(?:plan|procedimiento|proceso|simulacro|ejercicio|prueba)\s+de\s+(?:respuesta|gesti[óo]n)\s+(?:a|de)\s+(?:los\s+)?incidentes\b` +
		`|\b(?:piano|procedura|processo|esercitazione|simulazione|test)\s+di\s+(?:risposta|gestione)\s+(?:agli|degli|ai|dei|a|di)\s+incidenti\b` +
		`|\b(?:plano|procedimento|processo|exerc[íi]cio|simulacro|teste)\s+de\s+(?:resposta|gest[ãa]o)\s+(?:a|aos|de|dos)\s+incidentes\b` +
		// The plan as one Dutch or German compound ("Incidentresponsplan").
		`|\bincident(?:en)?[\s-]?(?:respons|response|beheer|management|afhandelings?)[\s-]?(?:plan|proces|procedure|oefening|test|prozess|verfahren|übung)\w*`)
	incidentRe = regexp.MustCompile(`(?i)\bincidents?\b|\bsecurity\s+events?\b|\bnear[\s-]miss\w*|\bdata\s+breach\w*|\bpersonal\s+data\s+breach\w*` +
		`|vorf(?:ä|ae|a)ll|datenpanne|\bincident(?:e|es|i|en)\b` +
		// Data leaks and breaches, and incidents in a compound.
		`|\bdata\s+leak\w*|datenleck|fuite\s+de\s+donn[ée]es|brecha\s+de\s+(?:seguridad|datos)|fuga\s+de\s+(?:datos|dados)|violazione\s+dei\s+dati|\bdatalek\w*` +
		`|beveiligingsincident\w*|privacyincident\w*|sicherheitsereignis\w*` +
		// Dutch and German compounds that start with the incident
		// ("Incidentregistratie", "incidentenoverzicht"), but not
		// "incidental" or "incidentie".
		`|\bincident(?:en)?[b-hj-z]\w*`)
	auditWord   = regexp.MustCompile(`(?i)\baudit\w*`)
	auditResult = regexp.MustCompile(`(?i)\bfindings?\b|\bnon-?conformit\w*|\bobservations?\b|\bresults?\b|\bncs?\b|\bcorrective\b|\bopportunit\w*|\bofis?\b|\bminor\b|\bmajor\b|\boutcomes?\b|\breport\b` +
		// An audit's observations, in the other languages.
		`|observaci[óo]n|osservazion|observa[çc]|observatie|beobachtung` +
		`|ergebnis|abweichung|feststellung|korrekturma|\bconstats?\b|[ée]carts?\b|r[ée]sultats?|correcti[fv]|hallazgo|no\s+conformidad|resultado|correctiv|rilievi|\b(?:un|il|nessun|alcun|primo|unico|\d+)\s+rilievo\b|\brilievo\s+(?:minore|maggiore|formale)\b|non\s+conformit|risultat|corretti|bevinding|tekortkoming|afwijking|corrigerend|constata[çc]|n[ãa]o\s+conformidad|achados?|corretiv`)
	nonconformity = regexp.MustCompile(`(?i)\bnon-?conformit\w*|\bcorrective\s+actions?\b|abweichungen|korrekturma(?:ß|ss)nahmen|actions?\s+correctives?|no\s+conformidades|acciones\s+correctivas|non\s+conformit|azioni\s+correttive|tekortkomingen|corrigerende\s+maatregelen|n[ãa]o\s+conformidades|a[çc][õo]es\s+corretivas`)
	actionRe      = regexp.MustCompile(`(?i)\baction\s+(?:items?|points?|log|register|tracker|list|plan)\b|\bactions?\s+arising\b|\b(?:open|new|outstanding|agreed)\s+actions?\b|^\s*(?:\d+[.)]?\s*)?actions?\s*(?:[:\-–|]|$)|\bnext\s+steps\b|\bfollow[\s-]?ups?\b|^\s*(?:action|ap|ai)[\s\-#]?\d+\b` +
		// Headings and tables of actions in the other languages.
		`|^\s*(?:\d+[.)]?\s*)?(?:ma(?:ß|ss)nahmen(?:plan|liste)?|aufgaben|offene\s+punkte|plan\s+d'actions?|actions?\s+(?:[àa]\s+mener|d[ée]cid[ée]es)|acciones|plan\s+de\s+acci[óo]n|azioni|piano\s+d'azione|actiepunten|acties|actielijst|ac?[çc][õo]es|plano\s+de\s+ac?[çc][ãa]o)\s*(?:[:\-–|]|$)` +
		`|^\s*(?:#|nr\.?|n[°º])?\s*\|?\s*(?:ma(?:ß|ss)nahme|action|acci[óo]n|azione|actie|ac?[çc][ãa]o)\s*\|` +
		// A heading of the actions agreed or still open: "Vereinbarte
		// Maßnahmen", "Actions convenues", "Acciones acordadas", "Azioni
		// concordate", "Afgesproken acties", "Ações acordadas".
		`|^\s*(?:\d+[.)]?\s*)?(?:(?:vereinbarte|beschlossene|festgelegte|offene|neue)\s+ma(?:ß|ss)nahmen|actions?\s+(?:convenues|retenues|ouvertes|en\s+cours)` +
		`|acciones\s+(?:acordadas|pendientes|abiertas)|azioni\s+(?:concordate|decise|aperte)|(?:afgesproken|openstaande|nieuwe)\s+acties|ac?[çc][õo]es\s+(?:acordadas|decididas|aprovadas|pendentes|em\s+aberto))\s*(?:[:\-–|]|$)` +
		// Actions to follow up, as a heading or a column: "Suites à donner",
		// "Folgemaßnahmen", "Vervolgacties", "Acciones de seguimiento".
		`|\bsuites?\s+[àa]\s+donner\b|folgema(?:ß|ss)nahmen` +
		// A sentence bringing in the list of actions: "the following actions
		// were agreed", "De volgende acties zijn afgesproken", "Ficaram
		// decididas as seguintes ações", "Les actions suivantes".
		`|\b(?:following|folgenden?|siguientes|seguenti|volgende|seguintes)\s+(?:actions?|ma(?:ß|ss)nahmen|acciones|azioni|acties|a[çc][õo]es)\b|\b(?:actions|acciones|azioni|a[çc][õo]es)\s+(?:suivantes|siguientes|seguenti|seguintes)\b` +
		`|\bvervolgacties\b|\bacciones\s+de\s+seguimiento\b|\bazioni\s+di\s+(?:seguito|follow[\s-]?up)\b|\bac?[çc][õo]es\s+de\s+seguimento\b`)
	// noActions is a line saying no actions were agreed, which mentions
	// actions without listing any.
	noActions = regexp.MustCompile(`(?i)\bno\s+(?:new\s+)?actions?\b|\bkeine\s+(?:neuen\s+)?ma(?:ß|ss)nahmen|\baucune\s+(?:nouvelle\s+)?action|\bno\s+se\s+acordaron|\bninguna\s+acci[óo]n|\bnon\s+sono\s+state\s+decise|\bnessuna\s+azione|\bgeen\s+(?:nieuwe\s+)?acties|\bn[ãa]o\s+foram\s+acordadas|\bnenhuma\s+a[çc][ãa]o` +
		// The meeting agreeing no action, worded as a verb: "El comité no
		// acordó acciones", "non ha deciso azioni", "não decidiu ações".
		`|\bdid\s+not\s+agree\s+(?:any\s+|on\s+any\s+)?actions?|\bno\s+(?:acord[óo]|decidi[óo]|adopt[óo])\s+(?:ninguna\s+)?acci|\bnon\s+ha\s+(?:deciso|concordato)\s+(?:alcuna\s+)?azion|\bn[ãa]o\s+(?:decidiu|acordou|aprovou)\s+(?:nenhuma\s+)?a[çc]|\bn'a\s+(?:d[ée]cid[ée]|retenu)\s+aucune|\bbeschloss\s+keine|\bsprak\s+geen\s+acties`)
	ownerRe       = regexp.MustCompile(`(?i)\b(?:owners?|responsible|responsibility|assigned\s+to|assignee|action\s+by|actionee|accountable|lead|verantwortlich\w*|zust(?:ä|ae|a)ndig|responsables?|responsabile|eigenaar|verantwoordelijke|actiehouder|toegewezen\s+aan|respons(?:á|a)vel|incaricat[oa]|assegnatari[oa]|atribu(?:í|i)d[oa]\s+a|assign(?:é|e)e?\s+(?:à|a)|asignad[oa]\s+a|encarregad[oa]|bearbeiter(?:in)?|` + entrustedTo + `)\b\s*(?:[:\-–=|]\s*)?\S`)
	ownerInitials = regexp.MustCompile(`\b(?:ACTION|Action|action)\s*(?:[:\-–]\s*)?[A-Z]{2,3}\b`)
	ownerHeader   = regexp.MustCompile(`(?i)^\s*(?:owners?|responsible|assigned\s+to|assignee|action\s+by|actionee|who|lead|accountable|by\s+whom|verantwortlich\w*|zust(?:ä|ae|a)ndig|wer|responsables?|qui|qui[ée]n|responsabile|chi|eigenaar|verantwoordelijke|actiehouder|uitvoerder|trekker|toegewezen\s+aan|wie|respons(?:á|a)vel|dono|quem|due[ñn]o|propietari[oa]|propriet[áa]ri[oa]|propri[ée]taire|titolare|action\s+owners?|person\s+responsible|incaricat[oa]|assegnatari[oa]|assegnat[oa]\s+a|referente|atribu(?:í|i)d[oa]\s+a|encarregad[oa]|assign(?:é|e)e?\s+(?:à|a)|porteur|pilote|asignad[oa]\s+a|encargad[oa]|bearbeiter(?:in)?|umsetzung\s+durch|` + entrustedTo + `)\s*$`)

	// The heading of the list of attendees, and what ends the list, in
	// the seven languages.
	attendeesStart = regexp.MustCompile(`(?i)^(?:attendees|attendance|present|participants|attended\s+by|in\s+attendance|members\s+present|people\s+present` +
		`|teilnehmende|teilnehmer(?:innen)?|anwesend(?:e)?|pr[ée]sents?|participant(?:e)?s|assistentes|asistentes|presentes|partecipanti|presenti|aanwezig(?:en)?|deelnemers` +
		// Headings worded otherwise: "Those present", "Anwesende Mitglieder",
		// "Membres présents", "Miembros presentes", "Membri presenti",
		// "Aanwezige leden", "Presenças".
		`|those\s+present|attendance\s+list|anwesende\s+(?:mitglieder|personen)|teilnehmer:innen|membres\s+pr[ée]sents|liste\s+des\s+pr[ée]sents` +
		`|miembros\s+presentes|asistencia|membri\s+presenti|aanwezige\s+leden|presen[çc]as|membros\s+presentes` +
		// Who attended worded as a verb or with the members named:
		// "Members attending", "Present were", "Teilnehmende Mitglieder",
		// "Étaient présents", "Miembros asistentes", "Erano presenti",
		// "Aanwezigen", "Estiveram presentes".
		`|(?:(?:members|persons|people|those|staff|committee\s+members)\s+)?attending|present\s+were|(?:members|attendees|participants)\s+(?:present|in\s+attendance)` +
		`|teilnehmende\s+(?:mitglieder|personen)|sitzungsteilnehmer(?:innen)?|anwesenheit|(?:es\s+)?waren\s+anwesend` +
		`|membres\s+participants|participants\s+pr[ée]sents|[ée]taient\s+pr[ée]sents|personnes\s+pr[ée]sentes` +
		`|(?:miembros|personas)\s+asistentes|asisten|estuvieron\s+presentes|membri\s+partecipanti|(?:sono|erano)\s+presenti|persone\s+presenti|intervenuti` +
		`|aanwezigen|deelnemende\s+leden|aanwezige\s+personen|membros\s+participantes|estiveram\s+presentes|intervenientes|pessoas\s+presentes` +
		// The verb first, as a heading before the names: "Were present",
		// "Anwesend waren", "Ont participé", "Asistieron", "Hanno
		// partecipato", "Aanwezig waren", "Participaram".
		`|were\s+present|took\s+part|anwesend\s+waren|teilgenommen\s+haben|ont\s+(?:particip[ée]|assist[ée])|asistieron|participaron|hanno\s+(?:partecipato|preso\s+parte)` +
		`|aanwezig\s+waren|namen\s+deel|participaram|estiveram\s+presentes)\s*(?:(?::|\||-|–)\s*(.*))?$`)
	bullet       = regexp.MustCompile(`^\s*(?:[-•*·–o]|\d+[.)])\s+`)
	attendeesEnd = regexp.MustCompile(`(?i)^(?:apologies|absent|not\s+present|agenda|minutes|chair|secretary|distribution|date|time|location|venue|item|\d+[.)]\s` +
		`|entschuldigt|abwesend|tagesordnung|protokoll|vorsitz|datum|ort\b|excus[ée]s?|absents?|ordre\s+du\s+jour|pr[ée]sidence|lieu|ausentes|excusados|orden\s+del\s+d[ií]a|lugar|fecha|assenti|giustificati|ordine\s+del\s+giorno|luogo|afwezig|verhinderd|agenda|locatie|plaats|ordem\s+de\s+trabalhos|local\b|data\b)`)
)

// entrustedTo heads or brings in the person work is given to, in the seven
// languages: "Entrusted to", "Zugewiesen an", "Confiée à", "Encomendada a",
// "Affidata a", "Toegekend aan", "Confiada a".
const entrustedTo = `entrusted\s+to|allocated\s+to|zugewiesen(?:\s+an)?|zugeteilt(?:\s+an)?|confi[ée]e?s?\s+[àa]|attribu[ée]e?s?\s+[àa]` +
	`|encomendad[oa]s?\s+a|affidat[oaie]\s+a|toegekend\s+aan|confiad[oa]s?\s+a`

// ownerProse is an action's owner told in a sentence, the work "to be
// carried out by" someone named: "uit te voeren door", "a cargo de",
// "a carico di", "à la charge de", "durchzuführen von". The name after it
// starts with a capital, so "to be done by the end of March" names no one.
var ownerProse = regexp.MustCompile(`(?i:(?:^|\P{L})(?:to\s+be\s+(?:carried\s+out|done|completed|handled|implemented|led)\s+by|owned\s+by|led\s+by` +
	`|durchzuf(?:ü|ue)hren\s+(?:durch|von)|umzusetzen\s+(?:durch|von)|zu\s+erledigen\s+(?:durch|von)|unter\s+der\s+verantwortung\s+von` +
	`|[àa]\s+la\s+charge\s+de|sous\s+la\s+responsabilit[ée]\s+de|men[ée]e?\s+par|r[ée]alis[ée]e?\s+par` +
	`|a\s+cargo\s+de|bajo\s+la\s+responsabilidad\s+de|a\s+realizar\s+por` +
	`|a\s+carico\s+di|in\s+carico\s+a|sotto\s+la\s+responsabilit[àa]\s+di|da\s+parte\s+di` +
	`|uit\s+te\s+voeren\s+door|te\s+doen\s+door|onder\s+verantwoordelijkheid\s+van` +
	`|sob\s+a\s+responsabilidade\s+de|` + entrustedTo + `))\s+\p{Lu}\p{Ll}`)

// ownerDash is an action of short minutes written "action – owner, by
// date": after a dash, a capitalised name of one to four words, a comma
// and the word that brings in the due date ("by", "bis", "avant le",
// "antes del", "entro il", "uiterlijk", "até") or the date itself. An
// action with only its date after the dash ("– até 02/02/2026") names no
// one.
var ownerDash = regexp.MustCompile(`\s[–—-]\s*\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|van|de|der|den|da|das|dos|di|del|della|von|zu|du|le|la|ter|ten)){0,4}\s*,\s*` +
	`(?i:by|due|until|before|bis(?:\s+(?:zum|spätestens))?|spätestens|fällig|avant(?:\s+le)?|d['’]ici\s+le|pour\s+le|au\s+plus\s+tard|` +
	`antes\s+del?|para\s+el|hasta\s+el|plazo|entro(?:\s+il)?|scadenza|uiterlijk|voor|vóór|tot|uiterlijk\s+op|até|ate|prazo|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:\P{L}|$)`)

// Minutes reads management review minutes: the date of the meeting (by its
// label, or from a dated title such as "Management Review – 12 March
// 2026"), which of the topics control 5.4 expects the review to cover it
// mentions, whether its action items name owners, and who attended.
func Minutes(doc Document) (evidence.Minutes, error) {
	var m evidence.Minutes
	if empty(doc) {
		return m, ErrNoText
	}
	lines := proseLines(doc)
	m.MeetingDate = meetingDate(lines)
	m.Topics, m.ActionItemsHaveOwners = minutesTopics(doc, lines)
	if body, ok := letterBody(lines); ok {
		untold(m.Topics, &m.ActionItemsHaveOwners, body)
	}
	if line, why := unreadPart(doc.OCR); why != "" {
		// A topic not found may stand in what OCR could not read.
		for t, f := range m.Topics {
			if f.Known && !f.Value {
				m.Topics[t] = doubtful(line, why, false, true)
			}
		}
	}
	m.Attendees = attendees(lines)
	if body, ok := letterBody(lines); ok && !m.Attendees.Known {
		m.Attendees = letterAttendees(body)
	}
	if a, ok := attendanceTable(doc); ok {
		// A table that marks each person present or absent says who
		// attended better than the lines around it.
		m.Attendees = a
	}
	return m, nil
}

// meetingDate reads the meeting's date by its label, numeric dates in the
// order the document shows (kept doubtful with both readings when it
// shows none).
func meetingDate(lines []string) evidence.Fact[evidence.Date] {
	order, why := DocumentOrder(strings.Join(lines, "\n"))
	ds := labelledDatesIn(lines, minutesDateLabels, order)
	_, letter := letterBody(lines)
	for i, d := range ds {
		switch {
		case letter && placeDateLine(letterDateWord.ReplaceAllString(d.text, ", ")):
			// "Maputo, 27/10/2025": a letter's own date, written after
			// the meeting it reports on.
			ds[i].kind = dateOther
		case d.kind == "" && d.title:
			// A date in the title block names the meeting the minutes are of.
			ds[i].kind, ds[i].prio = dateMeeting, 3
		case d.kind == dateMeeting && !d.title && approvedMinutes.MatchString(d.text):
			// "Se aprueba el acta de la revisión celebrada el …": the
			// minutes approved are those of an earlier meeting.
			ds[i].kind = dateOther
		}
	}
	if d, ok := pick(ds, dateMeeting); ok {
		return dateFact(d, why)
	}
	return evidence.Fact[evidence.Date]{}
}

// approvedMinutes is a line approving minutes, which are those of an
// earlier meeting: the minutes noun and the approval, in either order.
var approvedMinutes = regexp.MustCompile(`(?i)(?:\b(?:` + minutesNouns + `)\b.*\b(?:` + approvalStems + `)` +
	`|\b(?:` + approvalStems + `)\w*\b.*\b(?:` + minutesNouns + `)\b)`)

// minutesNouns and approvalStems are the words of approvedMinutes in the seven languages.
const (
	minutesNouns  = `minutes|acta|ata|verbale|resoconto|notulen|verslag|protokoll\w*|niederschrift|proc[eè]s[- ]verbal|compte[- ]rendu|relev[ée] de d[ée]cisions`
	approvalStems = `approv|aprob|aprueb|aprova|approuv|genehmig|goedgekeur|vastgesteld|angenommen|adopt|adott|ratifi|bestätigt|bevestigd`
)

// minutesTopics finds which topics the minutes cover, each quoting the
// first line that does, and whether their action items name owners.
func minutesTopics(doc Document, lines []string) (map[string]evidence.Fact[bool], evidence.Fact[bool]) {
	topics := map[string]evidence.Fact[bool]{}
	for _, t := range []string{evidence.TopicTrainingMetrics, evidence.TopicPolicyViolations, evidence.TopicIncidents,
		evidence.TopicAuditFindings, evidence.TopicActionItems} {
		topics[t] = evidence.Fact[bool]{Known: true}
	}
	found := func(topic, line string) {
		if !topics[topic].Value {
			topics[topic] = known(true, line)
		}
	}
	owners := false
	ownersLine := ""
	inActions := false
	cut := false // the text ends on a heading of actions: what stood under it is not there
	for i, l := range lines {
		if l == "" {
			continue
		}
		// A topic's words may be broken over two lines of a paragraph.
		sentence := withContinuation(l, lines[i+1:])
		if rest, ok := wrappedCell(l, lines[i+1:]); ok {
			// An agenda item's name broken over the lines of a table row.
			sentence = l + " " + rest
		}
		if trainingWord.MatchString(courseUnderWay.ReplaceAllString(sentence, " ")) && trainingMeter.MatchString(sentence) {
			found(evidence.TopicTrainingMetrics, sentence)
		}
		if violationRe.MatchString(sentence) {
			found(evidence.TopicPolicyViolations, sentence)
		}
		if incidentRe.MatchString(incidentPlan.ReplaceAllString(sentence, " ")) {
			found(evidence.TopicIncidents, sentence)
		}
		// "Abweichungen von Richtlinien" are departures from a policy, not an audit's.
		if audit := policyDeviation.ReplaceAllString(sentence, " "); auditWord.MatchString(audit) && auditResult.MatchString(audit) || nonconformity.MatchString(audit) {
			found(evidence.TopicAuditFindings, sentence)
		}
		isAction := actionRe.MatchString(l) && !noActions.MatchString(l) || assignedTable(l, lines[i+1:])
		cut = isAction && bareHeading(l)
		underHeading := inActions
		if isAction {
			found(evidence.TopicActionItems, l)
			inActions = true
		}
		if owners || !isAction && !inActions {
			continue
		}
		if head, ok := ownerColumn(l, lines[i+1:]); ok {
			// In a scan, under a heading of actions, the owner column's
			// header is what the fact rests on and is quoted alone, so a
			// smudged "#" or "Action" beside it changes nothing. A header
			// that is itself what says the table holds actions, and any
			// header with a text layer, is quoted whole.
			owners, ownersLine = true, l
			if underHeading && doc.OCR != nil {
				ownersLine = head
			}
		} else if ownerRe.MatchString(l) || ownerInitials.MatchString(l) {
			owners, ownersLine = true, l
		} else if ownerProse.MatchString(l) || ownerDash.MatchString(l) {
			owners, ownersLine = true, l
		}
	}
	// A table of actions with an owner column filled in.
	for _, t := range doc.Tables {
		if owners || len(t.Rows) < 2 {
			continue
		}
		for j, h := range t.Rows[0] {
			if !ownerHeader.MatchString(h) {
				continue
			}
			for _, row := range t.Rows[1:] {
				if j < len(row) && strings.TrimSpace(row[j]) != "" {
					owners, ownersLine = true, rowText(row)
					found(evidence.TopicActionItems, rowText(t.Rows[0]))
					break
				}
			}
			break
		}
	}
	if cut && !owners {
		// The page (a scan of the first page alone) ends on the heading
		// of the actions: whether they name owners is not on it.
		return topics, evidence.Fact[bool]{}
	}
	return topics, known(owners && topics[evidence.TopicActionItems].Value, ownersLine)
}

// bareHeading reports whether a line of minutes is a heading alone, a few
// words with no sentence's full stop and no date ("6. Azioni",
// "Maßnahmen:"), not an action written out.
func bareHeading(l string) bool {
	l = strings.TrimSpace(l)
	return len(strings.Fields(l)) <= 4 && !strings.HasSuffix(l, ".") && len(DatesIn(l, OrderUnknown)) == 0
}

// unreadWord is the confidence under which OCR is taken not to have read
// a word at all: across the minutes scans under testdata no word of four
// letters or more was read under 56, while a smudged line falls far
// below.
const unreadWord = 50

// unreadPart says why minutes read by OCR were not read whole, quoting the
// first line at fault, or "" when they were: the scan was read at a mean
// confidence under OCRConfidence, or a word of some length in it under
// unreadWord. Only minutes read whole tell that a topic is absent.
func unreadPart(t *ocr.Text) (string, string) {
	if t == nil {
		return "", ""
	}
	for _, l := range t.Lines {
		for _, w := range l.Words {
			if w.Confidence < unreadWord && utf8.RuneCountInString(w.Text) >= 4 {
				return l.Text, fmt.Sprintf("not found, but OCR read %q at %.0f %% confidence: a topic may stand where it could not read; check the scan", w.Text, w.Confidence)
			}
		}
	}
	if t.Confidence < OCRConfidence && len(t.Lines) > 0 {
		return t.Lines[0].Text, fmt.Sprintf("not found, but OCR read the scan at %.0f %% confidence on average: a topic may stand where it could not read; check the scan", t.Confidence)
	}
	return "", ""
}

// withContinuation is line l with the line after it when that line goes
// on with l's sentence, as a paragraph is broken into lines: l does not end
// a sentence or introduce a list, and the next line starts in lower case.
func withContinuation(l string, rest []string) string {
	if len(rest) == 0 || rest[0] == "" || sentenceEnd.MatchString(l) || !continuesSentence.MatchString(rest[0]) {
		return l
	}
	return l + " " + rest[0]
}

// wrappedCell is the rest of a table cell's words that a printed table
// broke over its row's lines, when l is a single word standing alone: the
// next line within three that is a single word too ("Policy" … "breaches",
// the cell "Policy breaches" beside a discussion wrapped over three lines).
func wrappedCell(l string, rest []string) (string, bool) {
	if !lone.MatchString(l) {
		return "", false
	}
	for _, next := range rest[:min(3, len(rest))] {
		if lone.MatchString(next) {
			return next, true
		}
	}
	return "", false
}

var (
	// lone is a line of one word, without the cells of a table row.
	lone              = regexp.MustCompile(`^\s*\p{L}[\p{L}\-]*\s*$`)
	sentenceEnd       = regexp.MustCompile(`[.:;!?|]\s*$`)
	continuesSentence = regexp.MustCompile(`^\p{Ll}`)
)

// assignedTable reports whether l is the header row of a table of work
// given to people, whatever heading it stands under ("Acuerdos",
// "Beschlüsse", "Decisioni"): beside an owner column filled in on the row
// below, a column of the day it is due or of the task agreed.
func assignedTable(l string, rest []string) bool {
	if _, ok := ownerColumn(l, rest); !ok {
		return false
	}
	for _, c := range strings.Split(l, " | ") {
		if c = strings.TrimSpace(c); dueHeader.MatchString(c) || taskHeader.MatchString(c) {
			return true
		}
	}
	return false
}

// dueHeader and taskHeader head the columns of a table of work given to
// people, in the seven languages: the day it is due ("Fecha compromiso",
// "Frist", "Échéance", "Scadenza", "Uiterste datum", "Data-limite"), and
// what was agreed ("Acuerdo", "Aufgabe", "Tâche", "Compito", "Taak",
// "Tarefa").
var (
	dueHeader = regexp.MustCompile(`(?i)^(?:due(?:\s+date|\s+by)?|deadline|target(?:\s+date)?|by\s+when|completion\s+date` +
		// The day worded as what is to be done by it: "To be done by", "Zu
		// erledigen bis", "À réaliser avant", "A completar antes de", "Da
		// completare entro", "Af te ronden voor", "A concluir até".
		`|to\s+be\s+(?:done|completed)\s+by|zu\s+erledigen\s+bis|[àa]\s+(?:r[ée]aliser|terminer)\s+(?:avant\s+le|avant|pour\s+le)|a\s+completar\s+(?:antes\s+del?|para\s+el)` +
		`|da\s+(?:completare|fare|concludere)\s+entro(?:\s+il)?|af\s+te\s+ronden\s+(?:voor|op)|a\s+concluir\s+at[ée]` +
		`|frist|f(?:ä|ae|a)llig(?:\s+am|keit)?|termin|zieldatum|erledigen\s+bis|[ée]ch[ée]ance|d[ée]lai|date\s+(?:limite|cible|pr[ée]vue)` +
		`|plazo|fecha(?:\s+(?:l[íi]mite|compromiso|de\s+compromiso|objetivo|prevista|de\s+vencimiento))?|vencimiento` +
		`|scadenza|entro(?:\s+il)?|data(?:\s+(?:limite|obiettivo|prevista|di\s+scadenza))?|termijn|uiterste\s+datum|streefdatum|gereed\s+op|deadline\s+datum` +
		`|prazo|data[\s-]limite|data\s+prevista|data\s+alvo)$`)
	taskHeader = regexp.MustCompile(`(?i)^(?:#\s*)?(?:tasks?|actions?|to[\s-]do|decisions?|agreed|agreements?` +
		`|aufgaben?|ma(?:ß|ss)nahmen?|beschl(?:ü|ue|u)sse?|vereinbarung(?:en)?|t(?:â|a)ches?|d[ée]cisions?|mesures?|actions?\s+(?:[àa]\s+mener|d[ée]cid[ée]es)` +
		`|tareas?|acuerdos?|compromisos?|decisi[óo]n(?:es)?|acci[óo]n(?:es)?|medidas?|compiti|compito|decision[ei]|azion[ei]|attivit[àa]` +
		`|taak|taken|besluit(?:en)?|afspra(?:a)?k(?:en)?|acties?|maatregel(?:en)?|tarefas?|decis(?:ão|ao|ões|oes)|delibera[çc](?:ão|ao|ões|oes)|a[çc](?:ão|ao|ões|oes)|ac[çc](?:ão|ao|ões|oes)|acordos?)$`)
)

// ownerColumn reports whether l is the header row of a table of actions
// with an owner column ("# Action | Responsable") and the row under it
// has as many cells, the owner's among them, and returns the owner
// column's header.
func ownerColumn(l string, rest []string) (string, bool) {
	cells := strings.Split(l, " | ")
	j := slices.IndexFunc(cells, ownerHeader.MatchString)
	if len(cells) < 2 || j < 0 {
		return "", false
	}
	for _, next := range rest {
		if next != "" {
			row := strings.Split(next, " | ")
			return strings.TrimSpace(cells[j]), len(row) == len(cells) && strings.TrimSpace(row[j]) != ""
		}
	}
	return "", false
}

func attendees(lines []string) evidence.Fact[[]string] {
	for i, l := range lines {
		m := attendeesStart.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		var names []string
		src := l
		add := func(s string) {
			for _, part := range splitNames(s) {
				if len(names) < maxListItems && !slices.Contains(names, part) {
					names = append(names, part)
				}
			}
		}
		add(m[1])
		inline := strings.TrimSpace(m[1]) != ""
		last := m[1]
		for _, next := range lines[i+1:] {
			// After "Present: a, b and c" only a bulleted line continues
			// the list, or a line after one the list goes on over ("a, b,");
			// under a bare "Attendees" heading every line does.
			if next == "" && len(names) > 0 || attendeesEnd.MatchString(next) || labelLine.MatchString(next) && !strings.Contains(next, "(") {
				break
			}
			if inline && bullet.MatchString(next) && bulletSentence(next) {
				break // the list given in full on its line, then the minutes' points
			}
			if inline && !bullet.MatchString(next) && !listGoesOn.MatchString(last) {
				if rest, ok := wrappedName(names, last, next); ok {
					add(rest)
					src += " " + next
				}
				break
			}
			last = next
			if bullet.MatchString(next) {
				// One attendee per bullet, with whatever role follows a comma.
				if p := strings.TrimSpace(bullet.ReplaceAllString(next, "")); p != "" && len(names) < maxListItems && !slices.Contains(names, p) {
					names = append(names, clip(p, 80))
				}
			} else {
				add(next)
			}
			if len(src) < maxQuote {
				src += " " + next
			}
		}
		if len(names) > 0 {
			return known(names, src)
		}
	}
	return evidence.Fact[[]string]{}
}

// bulletSentence reports whether a bulleted line is a point of the
// minutes rather than an attendee: what comes before a comma, bracket,
// dash or colon is no full name, and it is a sentence, long, ending in a
// full stop or holding a figure ("• The minutes of 07/04/2025 were
// approved.", "• Schulungsquote 90 %"); "• Ana dos Santos, CISO" and
// "• Dr. Lena Vogt (Vorsitz)" are attendees.
func bulletSentence(l string) bool {
	body := strings.TrimSpace(bullet.ReplaceAllString(l, ""))
	head := strings.TrimSpace(bulletHead.FindString(body))
	if personName(head) || nameLike(head) {
		return false
	}
	return len(strings.Fields(head)) > 6 || strings.HasSuffix(body, ".") && len(strings.Fields(body)) > 3 || strings.ContainsAny(body, "0123456789")
}

// bulletHead is a bulleted line's text up to a comma, bracket, dash or
// colon, where a role or note after a name begins.
var bulletHead = regexp.MustCompile(`^[^,;(–—:]*`)

// wrappedName finishes the last of names when a line break cut it: in a
// list of full names, the line ended in a first name alone ("…, Domitille")
// and the next
// line starts with one capitalised word closing that name ("Sauvadet
// (chair)", "Sauvadet, Li Y"). It returns what follows on that line when
// that goes on with more names after a comma or semicolon.
func wrappedName(names []string, last, next string) (string, bool) {
	if len(names) < 2 || strings.Contains(names[len(names)-1], " ") || !strings.Contains(last, ",") || strings.HasSuffix(strings.TrimSpace(last), ".") {
		return "", false
	}
	if !slices.ContainsFunc(names[:len(names)-1], func(n string) bool { return strings.Contains(n, " ") }) {
		return "", false
	}
	m := wrappedSurname.FindStringSubmatchIndex(next)
	if m == nil {
		return "", false
	}
	names[len(names)-1] += " " + next[m[2]:m[3]]
	if rest := strings.TrimSpace(next[m[3]:]); strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ";") {
		return rest[1:], true
	}
	return "", true
}

// wrappedSurname is a line that starts with the surname of a name cut at
// a line break: one capitalised word, then the line's end, a comma, a
// semicolon or a bracket.
var wrappedSurname = regexp.MustCompile(`^(\p{Lu}[\p{L}'’\-]+)(?:\s*$|\s*[,;(])`)

// listGoesOn matches a line of names that the next line continues: it
// ends in a comma, a semicolon or "and" in one of the seven languages,
// written in lower case, unlike an initial ("Li Y").
var listGoesOn = regexp.MustCompile(`(?:[,;]|\s(?:and|und|et|y|e|en|&))\s*$`)

// splitNames splits a list of attendees on commas, semicolons, bullets and
// a final "and", keeping a role in brackets with its person.
func splitNames(s string) []string {
	var out []string
	depth := 0
	start := 0
	flush := func(end int) {
		p := strings.TrimSpace(s[start:end])
		p = strings.TrimPrefix(p, "and ")
		p = strings.Trim(listGoesOn.ReplaceAllString(p, ""), " -–•*·.")
		if len(p) >= 2 && len(p) <= 80 {
			out = append(out, p)
		}
	}
	for i, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0 && (r == ',' || r == ';' || r == '•' || r == '|'):
			flush(i)
			start = i + len(string(r))
		case depth == 0 && r == ' ' && strings.HasPrefix(s[i:], " and "):
			flush(i)
			start = i + 1
		}
	}
	if depth > 0 {
		// A remark in brackets the line break cut ("Crispin Strickland
		// (chaired by the first named; minutes taken by the last"): the
		// name without its unfinished remark.
		if i := strings.LastIndexAny(s, "(["); i >= start {
			s = s[:i]
		}
	}
	flush(len(s))
	return out
}

// The columns of an attendance table, in the seven languages: the person
// ("Name", "Teilnehmer", "Allievo", "Asistente", "Deelnemer"), and whether
// the person attended, either one column read by its cells ("Attendance",
// "Anwesenheit", "Présence", "Asistencia", "Presenza", "Aanwezig",
// "Presença") or a column each for those present and those excused or
// absent, marked with a cross or a yes.
var (
	attendeeHeader = regexp.MustCompile(`^(?:attendees?|participants?|members?|persons?|allievi|allievo|allieva|asistentes?|partecipanti|partecipante|participantes?|deelnemers?|teilnehmer(?:in|innen)?|teilnehmende|mitglied(?:er)?|membres?|miembros?|membri|membro|membros|leden|lid|aanwezigen|presentes|intervenientes?|intervenants?)$`)
	presenceHeader = regexp.MustCompile(`^(?:attendance|attended|present|presence|in attendance|attendance status|status|anwesend|anwesenheit|teilnahme|anwesenheitsstatus|presence|present e|presente?s?|presences|statut|asistencia|asistio|presencia|estado|presenza|presenze|stato|aanwezig|aanwezigheid|presentie|presenca|presencas|situacao|comparecimento)$`)
	absenceHeader  = regexp.MustCompile(`^(?:absent|absence|apologies|excused|not present|abwesend|entschuldigt|verhindert|absente?s?|excuse e|excuses?|ausentes?|ausencia|excusad[oa]s?|assenti|assente|assenza|giustificat[oi]|afwezig|afwezigheid|afgemeld|verhinderd|ausencias?|faltas?|justificad[oa]s?)$`)
	// The words of a cell of such a column, folded: absence is looked for
	// before presence, since "not present", "non presente" and "niet
	// aanwezig" hold a word of presence.
	absentWord  = regexp.MustCompile(`\b(?:absent\w*|apolog\w*|excus\w*|not\s+(?:present|attend\w*)|did\s+not\s+attend|no[\s-]show|abwesend|entschuldigt|verhindert|nicht\s+(?:anwesend|teilgenommen)|ausente|ausencia|con\s+aviso|justificad[oa]|no\s+(?:asisti\w*|presente)|assente|giustificat[oa]|non\s+presente|afwezig|afgemeld|verhinderd|niet\s+aanwezig|nao\s+(?:compareceu|presente|esteve)|faltou|falta\s+justificada)\b`)
	presentWord = regexp.MustCompile(`\b(?:present\w*|attended|in\s+attendance|anwesend|teilgenommen|aanwezig|asistio|compareceu|remote|online|virtual\w*|per\s+video|by\s+video|videoconf\w*|a\s+distance|en\s+ligne|a\s+distancia|da\s+remoto|op\s+afstand)\b`)
	yesMark     = regexp.MustCompile(`^(?:yes|y|ja|j|oui|o|si|s|sim|x|✓|✔|✅|☑|•)$`)
	noMark      = regexp.MustCompile(`^(?:no|n|nein|non|nee|nao|-|–|—|✗|✘|❌)$`)
)

// attendanceTable reads who attended from a table of the minutes naming a
// person in one column and, in another, whether each attended: the names
// of the rows marked present, in the table's order. A row whose mark is
// missing or says neither leaves the table unread, as do two tables that
// disagree: a wrong list of attendees is worse than none.
func attendanceTable(doc Document) (evidence.Fact[[]string], bool) {
	var candidates [][][]string
	for _, t := range doc.Tables {
		candidates = append(candidates, t.Rows)
	}
	if len(candidates) == 0 {
		candidates = tabbedTables(doc.Text)
	}
	var found evidence.Fact[[]string]
	for _, rows := range candidates {
		names, quote, ok := attendanceRows(rows)
		if !ok {
			continue
		}
		if found.Known && !slices.Equal(found.Value, names) {
			return evidence.Fact[[]string]{}, false
		}
		found = known(names, quote)
	}
	return found, found.Known
}

// tabbedTables are the runs of lines of text whose cells are separated by
// tabs, as reading.Read writes a table it found in a PDF's layout.
func tabbedTables(text string) [][][]string {
	var out [][][]string
	var cur [][]string
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "\t") {
			cur = append(cur, strings.Split(l, "\t"))
			continue
		}
		if len(cur) > 1 {
			out = append(out, cur)
		}
		cur = nil
	}
	if len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

// attendanceRows reads one table as an attendance table: one of its first
// rows is the header, with a person column (or first and last name
// columns) and a column of presence, of absence or both.
func attendanceRows(rows [][]string) ([]string, string, bool) {
	for i := 0; i < len(rows)-1 && i < attendanceHeaderSearch; i++ {
		if c, ok := attendanceHeader(rows[i]); ok {
			return c.read(rows[i], rows[i+1:])
		}
	}
	return nil, "", false
}

// attendanceHeaderSearch is how many rows from a table's top may hold its
// header: a title row or two may stand above it.
const attendanceHeaderSearch = 3

// attendanceCols are the columns of an attendance table's header.
type attendanceCols struct {
	name, first, last, present int
	absent                     []int
}

// attendanceHeader reads a row as the header of an attendance table.
func attendanceHeader(row []string) (attendanceCols, bool) {
	c := attendanceCols{name: -1, first: -1, last: -1, present: -1}
	for j, cell := range row {
		h := normalizeHeader(cell)
		role := headerRole(cell)
		switch {
		case c.name < 0 && (attendeeHeader.MatchString(h) || role == roleName && !presenceHeader.MatchString(h)):
			c.name = j
		case c.first < 0 && role == roleFirst:
			c.first = j
		case c.last < 0 && role == roleLast:
			c.last = j
		case c.present < 0 && presenceHeader.MatchString(h):
			c.present = j
		case absenceHeader.MatchString(h):
			c.absent = append(c.absent, j)
		}
	}
	// A bare "Name" beside a first or last name column is the other half,
	// as in a report ("Vorname | Name", "Nome | Cognome").
	cols := map[string]int{}
	for role, j := range map[string]int{roleName: c.name, roleFirst: c.first, roleLast: c.last} {
		if j >= 0 {
			cols[role] = j
		}
	}
	splitName(cols, row)
	c.name, c.first, c.last = colOr(cols, roleName), colOr(cols, roleFirst), colOr(cols, roleLast)
	hasPerson := c.name >= 0 || c.first >= 0 && c.last >= 0
	return c, hasPerson && (c.present >= 0 || len(c.absent) > 0)
}

// colOr is the column of role in cols, or -1.
func colOr(cols map[string]int, role string) int {
	if j, ok := cols[role]; ok {
		return j
	}
	return -1
}

// person is the full name a row of the table is about.
func (c attendanceCols) person(row []string) string {
	n := cellAt(row, c.name)
	if c.name < 0 {
		n = cellAt(row, c.first) + " " + cellAt(row, c.last)
	}
	return strings.Join(strings.Fields(n), " ")
}

// read gives the names of the rows below the header marked present, or
// false when a row is no person or its mark is unclear.
func (c attendanceCols) read(header []string, rows [][]string) ([]string, string, bool) {
	present, absent := c.present, c.absent
	var names []string
	quote := rowText(header)
	for _, row := range rows {
		if rowText(row) == "" {
			continue
		}
		person := c.person(row)
		if !personName(person) {
			return nil, "", false
		}
		in, out := 0, 0 // whether the row is marked present, and absent: +1 yes, -1 no, 0 not known
		if present >= 0 {
			in = presenceMark(cellAt(row, present))
		}
		if len(absent) > 0 {
			out = -1
			for _, j := range absent {
				switch a := absenceMark(cellAt(row, j)); {
				case a > 0:
					out = 1
				case a == 0 && out < 0:
					out = 0
				}
			}
		}
		switch {
		case in > 0 && out <= 0 || present < 0 && out < 0:
			if len(names) < maxListItems && !slices.Contains(names, person) {
				names = append(names, person)
				quote += " / " + rowText(row)
			}
		case in <= 0 && out > 0 || in < 0 && out <= 0 && present >= 0 && (len(absent) == 0 || out < 0):
			// Absent, excused, or marked neither present nor excused.
		default:
			return nil, "", false
		}
	}
	if len(names) == 0 {
		return nil, "", false
	}
	return names, clip(quote, maxQuote), true
}

// presenceMark reads a cell of a presence column: +1 present, -1 absent,
// 0 empty or saying neither.
func presenceMark(cell string) int {
	c := fold(strings.TrimSpace(cell))
	switch {
	case c == "":
		return 0
	case absentWord.MatchString(c) || noMark.MatchString(c):
		return -1
	case presentWord.MatchString(c) || yesMark.MatchString(c):
		return 1
	}
	return 0
}

// absenceMark reads a cell of a column of those absent or excused: +1
// marked absent, -1 not marked (empty or no), 0 saying something else.
func absenceMark(cell string) int {
	c := fold(strings.TrimSpace(cell))
	switch {
	case c == "" || noMark.MatchString(c):
		return -1
	case absentWord.MatchString(c) || yesMark.MatchString(c):
		return 1
	}
	return 0
}

// personName reports whether a cell of the person column is a full name:
// two to six words, the first and the last capitalised, and those between
// capitalised or a particle of a surname ("Daan de Vries", "Ana dos Santos").
func personName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 6 || !nameWord.MatchString(ws[0]) || !nameWord.MatchString(ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if !nameWord.MatchString(w) && !surnameParticle.MatchString(w) {
			return false
		}
	}
	return true
}

// surnameParticle is a word in lower case within a surname in the seven
// languages.
var surnameParticle = regexp.MustCompile(`^(?:de|da|das|do|dos|di|del|della|dei|van|von|vom|der|den|ten|ter|te|la|le|du|des|y|e|i|zu|'t)$`)

// cellAt is row's cell j, or "" when the row is shorter or j < 0.
func cellAt(row []string, j int) string {
	if j < 0 || j >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[j])
}

// A letter to the board reporting on the review opens with a salutation
// ("Dear members of the board,", "Geachte leden van de raad,", "Exmos.
// Senhores,") and ends with a closing ("Kind regards", "Met vriendelijke
// groet", "Saludan atentamente"), in the seven languages.
var (
	letterSalutation = regexp.MustCompile(`(?i)^\s*(?:dear|to\s+the\s+(?:members|board|directors)|sehr\s+geehrte|geehrte|liebe|madame|monsieur|mesdames|messieurs|ch[èe]re?s?` +
		`|estimad[oa]s?|señor(?:es|as)?|senhor(?:es|as)?|exm[oa]s?\.?|ilm[oa]s?\.?|prezad[oa]s?|egregi[oa]?|gentil[ei]|spettabile|geachte|beste)\b.{0,100}[,:]\s*$`)
	letterClosing = regexp.MustCompile(`(?i)^\s*(?:kind\s+regards|best\s+regards|warm\s+regards|regards|yours\s+(?:sincerely|faithfully|truly)|sincerely` +
		`|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|freundliche\s+gr(?:ü|ue)(?:ß|ss)e|beste\s+gr(?:ü|ue)(?:ß|ss)e|veuillez\s+agr[ée]er|(?:bien\s+)?cordialement|salutations` +
		`|(?:muy\s+)?atentamente|saludan?\s+atentamente|(?:un\s+)?cordial\s+saludo|saludos\s+cordiales|cordiali\s+saluti|distinti\s+saluti|(?:con\s+i\s+)?migliori\s+saluti` +
		`|met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hoogachtend|(?:com\s+os\s+)?(?:melhores\s+)?cumprimentos|atenciosamente)\b`)
	// attendedWords tell who attended in a sentence: "Present were",
	// "a la que asistieron", "Aanwezig waren", "com a presença de".
	attendedWords = regexp.MustCompile(`(?i)\b(?:present|attended|attending|anwesend|teilgenommen|teilnahmen|pr[ée]sents?|assist(?:aient|ieron|ían)|presentes?|presenti|partecipato|parteciparono|intervenuti|aanwezig|deelnemers|presen[çc]a|participaram|asistentes|participantes|partecipanti)\b`)
)

// letterBody is the body of minutes written as a letter, the text between
// its salutation and its closing, and whether they are one.
func letterBody(lines []string) (string, bool) {
	start := slices.IndexFunc(lines, func(l string) bool { return len(l) < 120 && letterSalutation.MatchString(l) })
	if start < 0 {
		return "", false
	}
	end := slices.IndexFunc(lines[start+1:], letterClosing.MatchString)
	if end < 0 {
		return "", false
	}
	return strings.Join(lines[start+1:start+1+end], " "), true
}

// letterDateWord is the word a letter may put between its place and its
// date: "Rabat, le 29 décembre 2025", "Brünn, den 29. Dezember 2025".
var letterDateWord = regexp.MustCompile(`(?i),\s*(?:le|den|am|il|el|em|op|the)\s+`)

// letterSentence ends a sentence of a letter's body: a stop before a word
// in capitals, unless the stop follows a number ("am 26. Dezember").
var letterSentence = regexp.MustCompile(`[.!?:]\s+(\p{Lu})`)

// sentences splits a letter's body into its sentences.
func sentences(body string) []string {
	var out []string
	start := 0
	for _, m := range letterSentence.FindAllStringSubmatchIndex(body, -1) {
		if m[0] > 0 && body[m[0]-1] >= '0' && body[m[0]-1] <= '9' {
			continue
		}
		out = append(out, body[start:m[0]+1])
		start = m[2]
	}
	return append(out, body[start:])
}

// untold leaves a topic not found unknown in minutes written as a letter
// when a sentence of the letter's body tells something the reader cannot
// place (no topic, action, owner, date or attendance in it): the letter
// tells its topics in prose ("an agent received another agent's code by
// text message"), and the topic may stand in that sentence in words the
// reader does not know. A letter whose every sentence was placed tells a
// topic absent; so does a sentence saying no actions were agreed.
func untold(topics map[string]evidence.Fact[bool], owners *evidence.Fact[bool], body string) {
	unplaced := ""
	for _, s := range sentences(body) {
		if s = strings.TrimSpace(s); s == "" || placedSentence(s) {
			continue
		}
		unplaced = s
		break
	}
	if unplaced == "" {
		return
	}
	noneAgreed := noActions.MatchString(body)
	for t, f := range topics {
		if !f.Known || f.Value || t == evidence.TopicActionItems && noneAgreed {
			continue
		}
		topics[t] = evidence.Fact[bool]{}
		if t == evidence.TopicActionItems {
			*owners = evidence.Fact[bool]{}
		}
	}
}

// placedSentence reports whether the reader can place a sentence of a
// letter's body: it tells a topic, actions or their owners, a date (the
// meeting's, the previous or next one's, an audit booked), who attended,
// or the approval of earlier minutes.
func placedSentence(s string) bool {
	s = courseUnderWay.ReplaceAllString(s, " ")
	for _, re := range []*regexp.Regexp{trainingWord, violationRe, incidentRe, auditWord, nonconformity, actionRe, noActions,
		ownerRe, ownerProse, approvedMinutes, attendedWords} {
		if re.MatchString(s) {
			return true
		}
	}
	return len(FindDates(s)) > 0
}

// attendedBy brings in, in a sentence of a letter, the people who attended
// the meeting, named after it: "attended by", "in the presence of",
// "Anwesend waren", "en présence de", "a la que asistieron", "alla
// presenza di", "Aanwezig waren", "com a presença de".
var attendedBy = regexp.MustCompile(`(?i)(?:^|[\s,;])(?:attended\s+by|in\s+the\s+presence\s+of|present\s+were|with\s+the\s+(?:attendance|participation)\s+of` +
	`|anwesend\s+waren|in\s+anwesenheit\s+von|unter\s+(?:der\s+)?teilnahme\s+von` +
	`|en\s+pr[ée]sence\s+de|(?:à|a)\s+laquelle\s+(?:ont\s+)?(?:particip|assist)\S*` +
	`|a\s+la\s+que\s+asistieron|en\s+la\s+que\s+participaron|con\s+la\s+(?:presencia|asistencia|participaci[óo]n)\s+de` +
	`|alla\s+presenza\s+di|a\s+cui\s+hanno\s+partecipato|(?:vi\s+)?(?:erano|sono)\s+presenti|con\s+la\s+partecipazione\s+di` +
	`|aanwezig\s+waren|in\s+aanwezigheid\s+van|in\s+het\s+bijzijn\s+van` +
	`|com\s+a\s+(?:presen[çc]a|participa[çc][ãa]o)\s+de|na\s+presen[çc]a\s+de|em\s+que\s+participaram)[\s:]+`)

// listAnd joins the last two names of a list, in the seven languages.
var listAnd = regexp.MustCompile(`\s+(?:and|und|et|y|e|en|&)\s+`)

// letterAttendees reads who attended from the sentence of a letter that
// names them after attendedBy: a list of names up to the sentence's end,
// split on commas and the last "and". When any part of the list is no
// person's name, nothing is read.
func letterAttendees(body string) evidence.Fact[[]string] {
	for _, s := range sentences(body) {
		loc := attendedBy.FindStringIndex(s)
		if loc == nil {
			continue
		}
		list := strings.TrimRight(strings.TrimSpace(s[loc[1]:]), ".;")
		var names []string
		for _, part := range strings.Split(list, ",") {
			for _, p := range listAnd.Split(strings.TrimSpace(part), -1) {
				if p = strings.TrimSpace(p); p != "" {
					names = append(names, p)
				}
			}
		}
		if len(names) == 0 || len(names) > maxListItems || slices.ContainsFunc(names, func(n string) bool { return !personLike(n) }) {
			continue
		}
		return known(names, clip(strings.TrimSpace(s[loc[0]:]), maxQuote))
	}
	return evidence.Fact[[]string]{}
}
