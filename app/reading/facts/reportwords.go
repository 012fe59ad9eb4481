package facts

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// The words of exported tables of people (training reports, acknowledgement
// logs) in the seven languages vendors send them in: English, German,
// French, Spanish, Italian, Dutch and Portuguese. Every phrase is written
// folded (lower case, no accents, punctuation as spaces), the form
// normalizeHeader and fold give a cell, so "Fällig am" is "fallig am" and
// "Date d'achèvement" is "date d achevement".

// headerWords are the header wordings of each role. A header takes the
// role whose phrase it contains with the most characters, so "Employee
// type" is a type and "Course completion date" a date; see headerRole for
// the dates that are not completions.
var headerWords = map[string][]string{
	roleName: {
		"name", "employee", "employee name", "full name", "learner", "learner name", "user", "user name",
		"username", "person", "staff member", "staff", "participant", "trainee", "attendee", "display name",
		"signatory", "signed by", "colleague", "worker", "member", "individual", "personnel",
		"mitarbeiter", "mitarbeiterin", "mitarbeitende", "mitarbeiter in", "vollstandiger name", "teilnehmer", "teilnehmende",
		"benutzer", "benutzername", "lernende", "beschaftigte", "unterzeichner",
		"nom", "nom complet", "collaborateur", "collaboratrice", "employe", "salarie", "apprenant", "utilisateur", "signataire",
		"nombre", "nombre completo", "empleado", "trabajador", "participante", "usuario", "alumno", "colaborador", "firmante",
		"nome", "nome completo", "dipendente", "partecipante", "utente", "collaboratore", "discente", "firmatario",
		"naam", "volledige naam", "medewerker", "werknemer", "deelnemer", "gebruiker", "cursist", "ondertekenaar",
		"funcionario", "utilizador", "formando", "aluno", "signatario",
	},
	roleFirst: {"first name", "given name", "forename", "firstname", "vorname", "prenom", "nombre de pila", "nome proprio",
		"voornaam", "primeiro nome"},
	roleLast: {"last name", "surname", "family name", "lastname", "nachname", "familienname", "nom de famille", "apellido",
		"apellidos", "cognome", "achternaam", "sobrenome", "apelido", "ultimo nome"},
	roleEmail: {"email", "e mail", "email address", "mail", "user email", "login", "e mail adresse", "courriel", "adresse e mail",
		"correo", "correo electronico", "posta elettronica", "indirizzo e mail", "e mailadres", "emailadres", "endereco de e mail"},
	roleDate: {
		"date", "completed on", "completion date", "date completed", "completed at", "date of completion",
		"finished on", "finish date", "passed on", "date passed", "completion time", "completed date",
		"training date", "signed on", "signed at", "date signed", "signature date", "acknowledged on",
		"acknowledged at", "date acknowledged", "acknowledgement date", "acknowledgment date", "accepted on",
		"accepted at", "date accepted", "timestamp", "time stamp", "signed date", "attestation date", "attested on",
		"datum", "abschlussdatum", "abgeschlossen am", "datum des abschlusses", "erledigt am", "absolviert am", "bestanden am",
		"teilnahmedatum", "schulungsdatum", "unterschrieben am", "unterzeichnet am", "datum der unterschrift",
		"unterschriftsdatum", "bestatigt am", "bestatigungsdatum", "akzeptiert am", "zur kenntnis genommen am",
		"kenntnisnahme", "gelesen am", "zeitstempel", "zeitpunkt",
		"date d achevement", "date de realisation", "date de completion", "acheve le", "termine le", "complete le",
		"realise le", "reussi le", "date de reussite", "date de signature", "signe le", "date d acceptation", "accepte le",
		"date de prise de connaissance", "pris connaissance le", "horodatage", "date de la formation",
		"fecha", "fecha de finalizacion", "fecha de terminacion", "fecha de realizacion", "fecha de completado",
		"completado el", "finalizado el", "terminado el", "aprobado el", "fecha de firma", "firmado el",
		"fecha de aceptacion", "aceptado el", "fecha de lectura", "marca de tiempo", "fecha de la formacion",
		"data", "data di completamento", "completato il", "data completamento", "data di conclusione", "concluso il",
		"superato il", "data di firma", "firmato il", "data firma", "data di accettazione", "accettato il",
		"presa visione il", "data presa visione", "data della formazione",
		"voltooiingsdatum", "voltooid op", "datum voltooid", "afgerond op", "afrondingsdatum", "datum afgerond",
		"geslaagd op", "ondertekend op", "datum ondertekening", "ondertekeningsdatum", "getekend op", "geaccepteerd op",
		"datum akkoord", "gelezen op", "tijdstempel", "trainingsdatum",
		"data de conclusao", "concluido em", "data de finalizacao", "finalizado em", "aprovado em", "data de assinatura",
		"assinado em", "data de aceitacao", "aceite em", "aceito em", "data de leitura", "data da formacao",
	},
	roleStatus: {
		"status", "result", "pass fail", "pass or fail", "outcome", "completion status", "state",
		"passed", "training status", "course status", "acknowledgement status", "acknowledgment status",
		"signature status", "signed status", "complete", "compliant",
		"ergebnis", "abschlussstatus", "kursstatus", "bearbeitungsstatus", "statut", "resultat", "etat",
		"estado", "resultado", "situacion", "stato", "esito", "risultato", "resultaat", "situacao",
	},
	roleScore: {"score", "mark", "grade", "percentage", "score percent", "result percent", "points",
		"punktzahl", "punkte", "prozent", "pourcentage", "puntuacion", "nota", "punteggio", "voto", "cijfer", "pontuacao"},
	roleType: {
		"type", "category", "employment type", "worker type", "staff type", "employee type",
		"contract type", "personnel type", "worker category", "engagement type", "employment status",
		"employment category", "resource type", "user type", "contractor", "employee or contractor",
		"typ", "beschaftigungsart", "mitarbeitertyp", "vertragsart", "anstellungsart", "beschaftigungsverhaltnis",
		"type de contrat", "type d employe", "categorie", "tipo", "tipo de contrato", "tipo de empleado", "categoria",
		"tipo di contratto", "tipo dipendente", "contracttype", "soort medewerker", "dienstverband", "type medewerker",
		"tipo de colaborador", "vinculo", "tipo de vinculo",
	},
	roleDone: {"completed", "signed", "acknowledged", "accepted", "attested", "completion",
		"abgeschlossen", "erledigt", "unterschrieben", "unterzeichnet", "bestatigt", "akzeptiert", "gelesen",
		"acheve", "termine", "signe", "accepte", "completado", "finalizado", "firmado", "aceptado",
		"completato", "firmato", "accettato", "voltooid", "afgerond", "ondertekend", "getekend", "geaccepteerd",
		"concluido", "assinado", "aceite", "aceito"},
	// Dates that are not a completion or a signature: when a course was
	// assigned, when it is due, when someone started or last looked at it.
	roleOther: {
		"due date", "due", "due on", "due by", "assigned", "assigned on", "assigned date", "date assigned", "assignment",
		"assignment date", "enrolled", "enrolled on", "enrolment", "enrollment", "enrolment date", "enrollment date",
		"registration", "registered", "registration date", "start date", "started", "started on", "start", "deadline",
		"expiry", "expiry date", "expires", "expires on", "expiration", "expiration date", "valid until", "renewal date",
		"next due", "hire date", "last access", "last accessed", "last login", "last activity", "last active",
		"last viewed", "created", "date created", "invited", "reminder", "sent", "sent on", "retake by",
		"zugewiesen", "zugewiesen am", "zuweisung", "zuweisungsdatum", "zugeteilt", "fallig", "fallig am", "falligkeit",
		"falligkeitsdatum", "frist", "eingeschrieben", "einschreibung", "einschreibedatum", "anmeldung", "angemeldet",
		"anmeldedatum", "registriert", "startdatum", "begonnen am", "beginn", "gestartet", "letzter zugriff",
		"letzte anmeldung", "letzte aktivitat", "zuletzt aufgerufen", "ablauf", "ablaufdatum", "lauft ab", "gultig bis",
		"eintrittsdatum", "eintritt", "erstellt", "erinnerung", "versendet", "gesendet",
		"assigne", "assigne le", "date d assignation", "attribue", "attribue le", "date d attribution", "attribution",
		"affecte", "affectation", "inscrit", "inscrit le", "inscription", "date d inscription", "echeance",
		"date d echeance", "date limite", "a faire avant", "debut", "date de debut", "commence le", "dernier acces",
		"derniere connexion", "derniere activite", "date d expiration", "expire le", "valable jusqu au",
		"date d embauche", "date d entree", "cree le", "envoye le", "relance",
		"asignado", "asignado el", "fecha de asignacion", "asignacion", "inscrito", "inscripcion", "fecha de inscripcion",
		"matriculado", "matricula", "fecha limite", "vencimiento", "fecha de vencimiento", "vence", "plazo",
		"fecha de inicio", "inicio", "iniciado el", "ultimo acceso", "ultima conexion", "ultima actividad", "caducidad",
		"fecha de caducidad", "expiracion", "valido hasta", "fecha de alta", "fecha de contratacion", "creado", "enviado",
		"assegnato", "assegnato il", "data di assegnazione", "assegnazione", "iscritto", "iscrizione",
		"data di iscrizione", "scadenza", "data di scadenza", "entro il", "scade il", "data di inizio", "inizio",
		"iniziato il", "ultimo accesso", "ultima attivita", "valido fino al", "data di assunzione", "creato", "inviato",
		"toegewezen", "toegewezen op", "toewijzing", "toewijzingsdatum", "ingeschreven", "inschrijving",
		"inschrijfdatum", "inschrijvingsdatum", "vervaldatum", "uiterste datum", "verloopt", "verloopdatum",
		"begindatum", "gestart op", "laatste toegang", "laatst ingelogd", "laatste login", "laatste activiteit",
		"geldig tot", "datum in dienst", "aangemaakt", "verzonden",
		"atribuido", "atribuido em", "data de atribuicao", "atribuicao", "designado", "inscricao", "data de inscricao",
		"prazo", "data limite", "data de vencimento", "data de inicio", "iniciado em", "ultimo acesso",
		"ultima atividade", "data de expiracao", "validade", "valido ate", "data de admissao", "criado",
	},
	roleIgnored: {
		"id", "employee id", "employee number", "staff id", "staff number", "user id", "person id",
		"number", "no", "ref", "manager", "line manager", "manager name", "supervisor", "approver",
		"course", "course name", "course title", "module", "module name", "training", "training name",
		"title", "curriculum", "programme", "program", "policy", "policy name", "policy version", "version",
		"document", "department", "team", "division", "business unit", "location", "site", "job title",
		"role", "position", "ip address", "ip", "method", "comments", "notes",
		"personalnummer", "mitarbeiter id", "mitarbeiternummer", "benutzer id", "abteilung", "bereich", "standort",
		"kurs", "kursname", "kurstitel", "schulung", "schulungstitel", "titel", "modul", "richtlinie", "vorgesetzter",
		"vorgesetzte", "fuhrungskraft", "funktion", "stelle", "kostenstelle", "kommentar", "bemerkung", "dokument",
		"version", "ip adresse", "methode", "dauer",
		"matricule", "identifiant", "departement", "service", "cours", "nom du cours", "formation", "intitule",
		"nom de la formation", "politique", "responsable", "poste", "fonction", "commentaire", "adresse ip", "duree",
		"numero de empleado", "departamento", "area", "ubicacion", "sede", "curso", "nombre del curso", "formacion",
		"nombre de la formacion", "modulo", "politica", "puesto", "cargo", "comentario", "direccion ip", "duracion",
		"matricola", "reparto", "dipartimento", "corso", "nome del corso", "formazione", "responsabile", "ruolo",
		"mansione", "commento", "durata", "versione", "documento",
		"personeelsnummer", "afdeling", "locatie", "vestiging", "cursus", "cursusnaam", "naam cursus", "opleiding",
		"beleid", "leidinggevende", "functie", "opmerking", "versie", "duur",
		"numero de funcionario", "localizacao", "nome do curso", "formacao", "gestor", "funcao", "observacoes",
		"versao", "duracao",
	},
}

// fold lowers s and removes its accents, so that "Terminé", "TERMINE" and
// "terminé" read alike.
func fold(s string) string {
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			out, _, err := transform.String(t, s)
			if err != nil {
				return s
			}
			return strings.ReplaceAll(out, "ß", "ss")
		}
	}
	return s
}

// Status words, folded. Negative forms are checked first because "not
// completed", "nicht bestanden" and "non réussi" contain a positive word.
var (
	statusNegative = regexp.MustCompile(`\bnot\b|\bincomplete\b|\bun(?:signed|acknowledged|finished)\b|\bfail|\boverdue\b|\bin[\s-]?progress\b|\bpending\b|\boutstanding\b|\bexpired\b|\bdeclined\b|\brefused\b|\brejected\b|\bwithdrawn\b|\bdid\s*n[o']t\b|\benrolled\b|\bassigned\b|\bregistered\b|\bstarted\b|\bopen\b|\bscheduled\b|\bwaiting\b|\bmissing\b|\babsent\b|^(?:no|n|false|0|✗|✘|❌)$` +
		// German, French, Spanish, Italian, Dutch and Portuguese: the
		// negations, then failed, in progress, pending, overdue, assigned
		// and declined.
		`|\bnicht\b|\bkein\w*|\bnon\b|\bpas\b|\bniet\b|\bnao\b|^no\b|\bsin\s+(?:iniciar|comenzar|empezar|completar|firmar)\b|^(?:nein|nee)$` +
		`|\bincomplet[oa]?\b|\bunvollstandig\b|\bonvolledig\b|\bdurchgefallen\b|\bfehlgeschlagen\b|\bechouee?\b|\bsuspendid[oa]\b|\breprobad[oa]\b|\breprovad[oa]\b|\bfallit[oa]\b|\bbocciat[oa]\b|\bgezakt\b|\bmislukt\b` +
		`|\bin\s+bearbeitung\b|\bbegonnen\b|\bgestartet\b|\blaufend\b|\ben\s+cours\b|\bcommencee?\b|\ben\s+curso\b|\ben\s+progreso\b|\ben\s+proceso\b|\biniciad[oa]\b|\bin\s+corso\b|\biniziat[oa]\b|\bbezig\b|\bin\s+uitvoering\b|\blopend\b|\bgestart\b|\bem\s+andamento\b|\bem\s+curso\b|\bem\s+progresso\b` +
		`|\bausstehend\b|\boffen\b|\buberfallig\b|\bverspatet\b|\babgelaufen\b|\ben\s+attente\b|\ben\s+retard\b|\bexpiree?\b|\bpendiente\b|\bvencid[oa]\b|\batrasad[oa]\b|\bcaducad[oa]\b|\bin\s+sospeso\b|\bin\s+attesa\b|\bscadut[oa]\b|\bin\s+ritardo\b|\bopenstaand\b|\bverlopen\b|\bte\s+laat\b|\bachterstallig\b|\bpendente\b|\bexpirad[oa]\b` +
		`|\bzugewiesen\b|\bassignee?\b|\battribuee?\b|\basignad[oa]\b|\bassegnat[oa]\b|\btoegewezen\b|\batribuid[oa]\b|\beingeschrieben\b|\binscrite?\b|\binscrit[oa]\b|\biscritt[oa]\b|\bingeschreven\b` +
		`|\babgelehnt\b|\brefusee?\b|\brechazad[oa]\b|\brifiutat[oa]\b|\bgeweigerd\b|\bafgewezen\b|\brecusad[oa]\b`)
	statusPositive = regexp.MustCompile(`\bcomplete(?:d)?\b|\bpass(?:ed)?\b|\bdone\b|\bfinished\b|\battended\b|\bsigned\b|\backnowledged\b|\baccepted\b|\bagreed\b|\battested\b|\bcertified\b|\bachieved\b|\bsatisfactory\b|\bcompetent\b|\bcompliant\b|^(?:yes|y|true|1|✓|✔|✅|☑|x)$` +
		`|\babgeschlossen\b|\bbestanden\b|\berledigt\b|\babsolviert\b|\bvollstandig\b|\berfolgreich\b|\bunterschrieben\b|\bunterzeichnet\b|\bbestatigt\b|\bakzeptiert\b|\bgelesen\b|\bzur\s+kenntnis\s+genommen\b` +
		`|\bterminee?\b|\breussie?\b|\bcompletee\b|\bachevee?\b|\bvalidee?\b|\bacquise?\b|\bsignee?\b|\bacceptee?\b|\blu\s+et\s+approuve\b` +
		`|\bcompletad[oa]\b|\bcomplet[oa]\b|\bterminad[oa]\b|\bfinalizad[oa]\b|\baprobad[oa]\b|\bsuperad[oa]\b|\bfirmad[oa]\b|\baceptad[oa]\b|\bleid[oa]\b` +
		`|\bcompletat[oa]\b|\bsuperat[oa]\b|\bconclus[oa]\b|\bterminat[oa]\b|\bfirmat[oa]\b|\baccettat[oa]\b|\bpresa\s+visione\b` +
		`|\bvoltooid\b|\bafgerond\b|\bgeslaagd\b|\bbehaald\b|\bvoldaan\b|\bondertekend\b|\bgetekend\b|\bgeaccepteerd\b|\bakkoord\b|\bgelezen\b` +
		`|\bconcluid[oa]\b|\baprovad[oa]\b|\bassinad[oa]\b|\baceit[eo]\b|\bciente\b` +
		`|^(?:ja|oui|si|sim)$`)
)

// contractorWords mark a person who is not an employee, folded.
var contractorWords = regexp.MustCompile(`(?i)\b(?:sub-?contractors?|contractors?|consultants?|temps?|temporary|external|third[\s-]?part(?:y|ies)|freelance(?:rs?)?|agency|interim|outsourced|non[\s-]?employees?|contingent|vendor staff|supplier staff` +
	`|auftragnehmer(?:in)?|externe?[rn]?|freiberufler(?:in)?|freie[rn]? mitarbeiter(?:in)?|leiharbeit\w*|zeitarbeit\w*|fremdpersonal|dienstleister` +
	`|prestataires?|sous[\s-]?traitants?|interimaires?|independants?|freelances?` +
	`|contratistas?|subcontratistas?|subcontratad[oa]s?|extern[oa]s?|autonom[oa]s?|temporal(?:es)?` +
	`|esterni|esterno|esterna|collaboratore esterno|somministrat[oi]|interinale|libero professionista` +
	`|inhuur|ingehuurd|zzp(?:'?er)?|uitzendkracht(?:en)?|gedetacheerd` +
	`|prestador(?:es)? de servicos|terceirizad[oa]s?|temporari[oa]s?|trabalhador independente)\b`)

// isContractor reports whether a cell names someone who is not an employee.
func isContractor(s string) bool { return contractorWords.MatchString(fold(s)) }

// totalRow matches summary rows at the foot of an export.
var totalRow = regexp.MustCompile(`(?i)^(?:total|totals|summary|average|count|grand total|overall` +
	`|gesamt|insgesamt|summe|zusammenfassung|durchschnitt|somme|moyenne|resume|synthese|totale|media|resumen|promedio` +
	`|riepilogo|totaal|samenvatting|gemiddelde|totais|resumo)\b`)

// pageNoise matches what a printed report repeats on every page around its
// table: page numbers ("Page 1 of 2", "Seite 1 von 2", "1/4"), the line a
// browser prints with the address of the page, and "printed on" notes.
var pageNoise = regexp.MustCompile(`(?i)\b(?:page|seite|pagina|blz|pag)\.?\s*\d+\s*(?:(?:of|von|sur|de|di|van|/)\s*\d+)?\b|^\s*-?\s*\d+\s*(?:/\s*\d+)?\s*-?\s*$|^(?:file|https?)://|^(?:printed|generated|exported|run|created|erstellt|gedruckt|exportiert|imprime|genere|exporte|impreso|generado|exportado|stampato|generato|esportato|afgedrukt|gegenereerd|geexporteerd|impresso|gerado)\b.{0,40}\b(?:on|at|by|am|von|le|par|el|por|il|da|op|door|em)\b`)
