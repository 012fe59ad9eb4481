package facts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"assay/app/evidence"
)

// Training reports come in shapes besides a list whose header names a
// completion column: a matrix with a row per person and a column per
// course, each cell the day the course was done or a status word where it
// was not, a pivot that counts people per department under each status,
// with a total row, and a transcript per person (see transcript). None
// has a header the report reader knows; trainingShape reads them by what
// their cells hold.

// securityCourse is a header naming the information security course, the
// course a training report is asked about, in the seven languages, by a
// word of information, IT, cyber, data or the digital world next to its
// word of security: "Information security awareness",
// "Pflichtschulung Informationssicherheit", "IT-Sicherheit",
// "Sécurité de l'information", "Cybersécurité", "Curso de seguridad de la
// información", "Seguridad informática", "Formazione sulla sicurezza
// delle informazioni", "Sicurezza informatica", "Training
// informatiebeveiliging", "Formação em segurança da informação",
// "Cibersegurança", "Datensicherheit", "Sécurité numérique". A word of
// security alone is no such name: in six of the seven languages it is as
// much safety's word ("Sicherheit", "sécurité", "seguridad", "sicurezza",
// "beveiliging", "segurança"), and so is "Sicherheitsbewusstsein".
var securityCourse = regexp.MustCompile(`(?:^| )(?:information security|infosec|cyber ?security|(?:it|ict) security|data security|digital security` +
	`|informationssicherheit\w*|(?:it|ikt) sicherheit\w*|cyber ?sicherheit\w*|datensicherheit\w*|digitale sicherheit` +
	`|securite de l information|securite des systemes d information|securite (?:du|des) si|securite informatique|securite numerique|cybersecurite|cyber securite|securite des donnees` +
	`|seguridad de la informacion|ciberseguridad|seguridad informatica|seguridad (?:de )?ti|seguridad de (?:los )?datos|seguridad digital` +
	`|sicurezza delle informazioni|sicurezza dell informazione|sicurezza informatica|sicurezza (?:it|ict)|cybersicurezza|cyber sicurezza|sicurezza dei dati|sicurezza digitale` +
	`|informatiebeveiliging\w*|informatieveiligheid|cyberveiligheid|(?:it|ict) beveiliging|gegevensbeveiliging|databeveiliging|digitale (?:veiligheid|beveiliging)` +
	`|seguranca da informacao|ciberseguranca|seguranca informatica|seguranca (?:de )?ti|seguranca (?:dos |de )?dados|seguranca digital)(?: |$)`)

// awarenessWord and securityWord are a course's words of awareness and of
// security, in the seven languages, normalised: "Sensibilisation à la
// sécurité", "Sensibilisierung Sicherheit", "Concienciación en seguridad",
// "Sensibilizzazione alla sicurezza", "Bewustwording beveiliging",
// "Consciencialização para a segurança"; cyberWord is the word of the
// cyber world alone ("Sensibilisation cyber", "Cyber awareness").
var (
	awarenessWord = regexp.MustCompile(`(?:^| )(?:awareness|sensibilisierung|bewusstsein|sensibilisation|concienciacion|concientizacion|sensibilizacion|` +
		`sensibilizzazione|consapevolezza|bewustwording|bewustzijn|consciencializacao|conscientizacao|sensibilizacao)(?: |$)`)
	securityWord = regexp.MustCompile(`(?:^| )(?:security|sicherheit\w*|securite|seguridad|sicurezza|beveiliging|seguranca|cyber)(?: |$)`)
	cyberWord    = regexp.MustCompile(`(?:^| )cyber(?: |$)`)
)

// securityAwareness is the English name "security awareness", which
// learning systems write as it is in every language ("Security Awareness
// 2026", "Security-Awareness-Schulung", "Security awareness
// basistraining"). Alone it names the information security course; a
// word after or before it that names another object makes it another
// course ("Security awareness for forklift drivers", "Physical security
// awareness"), and only the words of a course (courseNameWord), a year or
// a code may stand beside it.
var securityAwareness = regexp.MustCompile(`(?:^| )security awareness(?: |$)`)

// courseNameWord is a word a course's name carries besides its subject, in
// the seven languages, normalised: training, course, module, e-learning,
// annual, mandatory, basics, refresher, edition ("Annual security
// awareness training", "Pflichtschulung Security Awareness", "Formation
// Security Awareness obligatoire", "Curso de Security Awareness").
var courseNameWord = regexp.MustCompile(`^(?:training|trainings|course|module|e|learning|elearning|online|programme|program|essentials|basics|fundamentals|` +
	`refresher|annual|yearly|mandatory|compulsory|required|induction|onboarding|introduction|intro|basic|advanced|level|part|edition|session|campaign|update|` +
	`schulung|pflichtschulung|jahresschulung|basisschulung|unterweisung|pflichtunterweisung|kurs|modul|lernmodul|grundlagen|auffrischung|jahrliche|kompakt|webinar|` +
	`formation|cours|annuelle|obligatoire|essentiels|fondamentaux|bases|rappel|campagne|` +
	`curso|formacion|capacitacion|modulo|anual|obligatorio|obligatoria|basico|basica|fundamentos|sesion|` +
	`corso|formazione|annuale|obbligatorio|obbligatoria|base|fondamenti|aggiornamento|edizione|` +
	`basistraining|cursus|opleiding|jaarlijkse|verplichte|verplicht|basis|herhaling|` +
	`formacao|obrigatorio|obrigatoria|essencial|essenciais|acao|sessao)$`)

// courseNameJoin is a word that joins a course's word to its subject, in
// the seven languages ("Curso de Security Awareness", "Corso di Security
// Awareness"): allowed only before the subject, where the object the
// subject is about cannot stand.
var courseNameJoin = regexp.MustCompile(`^(?:de|di|du|des|del|della|do|da|la|le|en|em|in|a|al|alla|zur|zum|der|op|het)$`)

// bareSecurityAwareness reports whether a normalised course name is the
// English "security awareness" with nothing beside it but words of a
// course, years and codes (see securityAwareness).
func bareSecurityAwareness(f string) bool {
	at := securityAwareness.FindStringIndex(f)
	if at == nil {
		return false
	}
	plain := func(w string) bool { return courseNameWord.MatchString(w) || strings.ContainsAny(w, "0123456789") }
	for _, w := range strings.Fields(f[:at[0]]) {
		if !plain(w) && !courseNameJoin.MatchString(w) {
			return false
		}
	}
	for _, w := range strings.Fields(f[at[1]:]) {
		if !plain(w) {
			return false
		}
	}
	return true
}

// securityCourseName reports whether a normalised course name is surely
// the information security course's: named so (securityCourse), a course
// of awareness of the cyber world ("Sensibilisation cyber"), or the bare
// English "security awareness" (bareSecurityAwareness). A course of
// awareness of security of no named kind ("Sensibilisation à la sécurité",
// "Sicherheit Sensibilisierung Baustelle") is not: its word is as much
// safety's, and no list of safety's topics is ever whole
// (unsureSecurityCourseName).
func securityCourseName(f string) bool {
	return securityCourse.MatchString(f) || awarenessWord.MatchString(f) && cyberWord.MatchString(f) || bareSecurityAwareness(f)
}

// unsureSecurityCourseName reports whether a normalised course name, not
// surely the information security course's, could still be it: a course
// of awareness of security of no named kind, in the seven languages
// ("Sensibilisation à la sécurité", "Concienciación sobre seguridad del
// paciente", "Security awareness for forklift drivers"). Where such a
// course is the only one a table could be asked about, what to count is
// not known.
func unsureSecurityCourseName(f string) bool {
	return !securityCourseName(f) && (awarenessWord.MatchString(f) && securityWord.MatchString(f) || strings.Contains(f, "sicherheitsbewusstsein"))
}

// trainingShape reads a training report shaped as a matrix, a pivot or a
// transcript; ok is false when doc is none, and err says why one was found but could
// not be read surely.
func trainingShape(doc Document) (t evidence.TrainingReport, ok bool, err error) {
	for _, rows := range tables(doc) {
		if t, ok, err = trainingMatrix(doc, rows); ok || err != nil {
			return t, ok, err
		}
		if t, ok = statusPivot(rows); ok {
			return t, true, nil
		}
		if t, ok, err = transcript(doc, rows); ok || err != nil {
			return t, ok, err
		}
	}
	if doc.Kind == "pdf" && len(doc.Tables) > 0 {
		// The grid a PDF draws round a transcript's blocks joins their
		// lines into cells of no row: its text, line by line, is read.
		return transcript(doc, textTable(doc.Text))
	}
	return t, false, nil
}

// minMatrixCourses is how many course columns make a matrix: with one,
// the table is a plain list.
const minMatrixCourses = 2

// trainingMatrix reads a matrix of people against courses: under a header
// row naming a person, the columns whose every cell is a date or a status
// word, and whose header names no column role (a course's title, never
// "Status" or "Due date"). Only the information security course's column
// counts; a matrix where no course or more than one could be it is not
// read.
func trainingMatrix(doc Document, rows [][]string) (evidence.TrainingReport, bool, error) {
	var t evidence.TrainingReport
	hi, person := -1, -1
	for i := 0; i < len(rows) && i < headerSearch; i++ {
		if j := personColumn(rows[i]); j >= 0 {
			hi, person = i, j
			break
		}
	}
	if hi < 0 {
		return t, false, nil
	}
	head := rows[hi]
	var body [][]string
	for _, row := range rows[hi+1:] {
		name := cell(row, person)
		if name == "" || totalRow.MatchString(fold(name)) {
			continue
		}
		body = append(body, row)
	}
	if len(body) == 0 {
		return t, false, nil
	}
	var courses []int
	for j, h := range head {
		if j == person || strings.TrimSpace(h) == "" {
			continue
		}
		if r := headerRole(h); r != "" && r != roleIgnored && r != roleType {
			if r == roleName || r == roleFirst || r == roleLast || r == roleEmail || r == roleScore {
				continue
			}
			return t, false, nil // a column a list's header names: the report reader's
		}
		if courseColumn(body, j) {
			courses = append(courses, j)
		}
	}
	if len(courses) < minMatrixCourses {
		return t, false, nil
	}
	col := -1
	for _, j := range courses {
		if securityCourseName(normalizeHeader(head[j])) {
			if col >= 0 {
				return t, true, fmt.Errorf("%w: the matrix under the header %q has a column for each course, and both %q and %q could be the information security course",
					ErrUnclearRows, rowText(head), strings.TrimSpace(head[col]), strings.TrimSpace(head[j]))
			}
			col = j
		}
	}
	if col < 0 {
		return t, true, fmt.Errorf("%w: the matrix under the header %q has a column for each course, and none of them is the information security course",
			ErrUnclearRows, rowText(head))
	}
	text := rowText(head)
	quote := text + " (" + strings.TrimSpace(head[col]) + ")"
	order, why := columnOrder(body, col, doc.Text)
	people := map[string]bool{}
	completed, exempted := 0, 0
	var dates span
	for _, row := range body {
		people[personKey(cell(row, person))] = true
		c := cell(row, col)
		if exempt(c) {
			exempted++ // neither done nor missing: left out of the rate
		} else if m, ok := cellDate(c, order); ok {
			completed++
			dates.add(m, rowText(row), why)
		} else if status(c) > 0 {
			completed++
		}
	}
	t.People, t.Rows = known(len(people), text), known(len(body), text)
	t.Completed = known(completed, quote)
	if due := len(body) - exempted; due > 0 {
		t.CompletionRate = known(round1(100*float64(completed)/float64(due)),
			fmt.Sprintf("%d of %d people completed %q under the header %q", completed, due, strings.TrimSpace(head[col]), text)+exemptNote(exempted))
	}
	t.NewestCompletion, t.OldestCompletion = dates.facts()
	return t, true, nil
}

// courseColumn reports whether column j of a matrix holds, in every row,
// a date, a status word or an exemption (or nothing), and a date in some row: the
// column of one course.
func courseColumn(body [][]string, j int) bool {
	dates := 0
	for _, row := range body {
		c := cell(row, j)
		switch {
		case c == "":
		case pivotNumber.MatchString(c):
			return false // an identifier, or a count
		default:
			if _, ok := cellDate(c, OrderUnknown); ok {
				dates++
			} else if status(c) == 0 && !exempt(c) {
				return false
			}
		}
	}
	return dates > 0
}

// statusPivot reads a pivot of people per group (a department, a site)
// against statuses: a header row whose first cell names the groups and
// whose other cells are statuses, each but at most one (the total of the
// row) saying done or not done; rows of counts; and a total row. It is
// read only when every row's counts add up to its total and the groups
// add up to the total row. It gives the people and how many completed,
// and no dates, which a pivot does not hold.
func statusPivot(rows [][]string) (evidence.TrainingReport, bool) {
	var t evidence.TrainingReport
	for i := 0; i < len(rows) && i < headerSearch; i++ {
		head := rows[i]
		if cells(head) < 3 {
			continue
		}
		signs := make([]int, len(head))
		named := 0
		for j, h := range head[1:] {
			signs[j+1] = status(h)
			if signs[j+1] != 0 {
				named++
			}
		}
		if named < 2 {
			continue
		}
		if t, ok := pivotCounts(head, signs, rows[i+1:]); ok {
			return t, true
		}
	}
	return t, false
}

// pivotCounts reads the rows of counts under a pivot's header (see
// statusPivot); signs are the statuses of the header's columns. The
// column of each row's total is told by its values, being the sum of the
// others in every row, whatever its header says ("Enrolled", "Assigned",
// "Total"); a pivot without one is not read, since nothing then shows its
// rows were read whole.
func pivotCounts(head []string, signs []int, rows [][]string) (evidence.TrainingReport, bool) {
	var t evidence.TrainingReport
	width := len(head)
	var counts [][]int
	end := -1 // the total row
	for i, row := range rows {
		if cells(row) == 0 {
			continue
		}
		if len(row) < width {
			return t, false
		}
		n := make([]int, width)
		for j := 1; j < width; j++ {
			c := cell(row, j)
			if !pivotNumber.MatchString(c) {
				return t, false
			}
			n[j], _ = strconv.Atoi(c)
		}
		counts = append(counts, n)
		if totalRow.MatchString(fold(cell(row, 0))) {
			end = i
			break
		}
	}
	if end < 0 || len(counts) < 3 {
		return t, false // no total row, or fewer than two groups
	}
	total := -1
	for j := 1; j < width; j++ {
		if sumColumn(counts, j) {
			if total >= 0 {
				return t, false // two columns could be the total
			}
			total = j
		}
	}
	if total < 0 {
		return t, false
	}
	groups, sum := counts[:len(counts)-1], counts[len(counts)-1]
	people, done := 0, 0
	for j := 1; j < width; j++ {
		col := 0
		for _, n := range groups {
			col += n[j]
		}
		if col != sum[j] {
			return t, false // the groups do not add up to the total row
		}
		if j == total {
			continue
		}
		if signs[j] == 0 {
			return t, false // a column that is neither a status nor the total
		}
		people += sum[j]
		if signs[j] > 0 {
			done += sum[j]
		}
	}
	if people == 0 {
		return t, false
	}
	quote := rowText(head) + " / " + rowText(rows[end])
	t.People, t.Completed = known(people, quote), known(done, quote)
	t.CompletionRate = known(round1(100*float64(done)/float64(people)), quote)
	return t, true
}

// sumColumn reports whether column j of every row of counts is the sum of
// the row's other counts.
func sumColumn(counts [][]int, j int) bool {
	for _, n := range counts {
		sum := 0
		for k := 1; k < len(n); k++ {
			if k != j {
				sum += n[k]
			}
		}
		if sum != n[j] {
			return false
		}
	}
	return true
}
