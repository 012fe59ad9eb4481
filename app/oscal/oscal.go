// Package oscal writes an assessment as an OSCAL 1.0.6 assessment-results document: the
// assessment is one result, each answered question an observation with its files (name,
// SHA-256, facts with the text they came from), each red flag a finding with its risk, and the
// controls reviewed are the questionnaire's own with the other frameworks' it maps to. It takes
// the report data the pipeline assembles and returns values: no I/O, no clock.
package oscal

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"assay/app/questionnaire"
	"assay/app/report"
)

// Version is the OSCAL version the document follows.
const Version = "1.0.6"

// Namespace qualifies the property names Assay gives; OSCAL reserves unqualified names for NIST's.
const Namespace = "urn:assay:oscal"

// Questionnaire is what the document says of the questionnaire the assessment was sent with.
type Questionnaire struct {
	questionnaire.About
	Mappings []questionnaire.Mapping
	// Questions are the question texts by id, evidence questions included.
	Questions map[string]string
}

// namespace is the root of every uuid Assay writes: each is a name-based (version 5) uuid, so
// the same document built twice is the same document.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte(Namespace))

// Build writes the assessment a as an assessment-results document. An export of the same
// assessment at another time is another document: every uuid is drawn from the assessment id
// and the time the data was gathered.
func Build(a report.Assessment, q Questionnaire) Document {
	b := builder{a: a, q: q, seed: fmt.Sprintf("assessment/%d/%s", a.ID, stamp(a.GeneratedAt))}
	vendor := Party{UUID: b.id("vendor"), Type: "organization", Name: line(a.Vendor.Name, fmt.Sprintf("Vendor %d", a.Vendor.ID)),
		Props: props("vendor-id", strconv.FormatUint(uint64(a.Vendor.ID), 10), "tier", a.Vendor.Tier, "decision", a.Vendor.Decision)}
	if a.Vendor.Website != "" {
		vendor.Links = []Link{{Href: a.Vendor.Website, Rel: "homepage"}}
	}
	b.vendor = vendor.UUID
	plan := b.questionnaireResource()
	resources := append([]Resource{plan}, b.fileResources()...)
	return Document{AssessmentResults: AssessmentResults{
		UUID: b.id("document"),
		Metadata: Metadata{
			Title:        fmt.Sprintf("%s: assessment %d of %s", line(q.Title, q.ID), a.ID, vendor.Name),
			LastModified: stamp(a.GeneratedAt), Version: stamp(a.GeneratedAt), OSCALVersion: Version,
			Parties: []Party{vendor},
		},
		ImportAP: ImportAP{Href: "#" + plan.UUID,
			Remarks: "The assessment plan is the questionnaire the vendor was sent, identified in the back matter by its SHA-256."},
		Results:    []Result{b.result()},
		BackMatter: &BackMatter{Resources: resources},
	}}
}

// builder holds what the parts of one document share.
type builder struct {
	a      report.Assessment
	q      Questionnaire
	seed   string
	vendor string
	// observations maps a question id to its observation's uuid, once result has made them.
	observations map[string]string
}

// id is the uuid of the document's part named name.
func (b *builder) id(name string) string {
	return uuid.NewSHA1(namespace, []byte(b.seed+"/"+name)).String()
}

func (b *builder) fileID(id uint) string { return b.id("file/" + strconv.FormatUint(uint64(id), 10)) }

func (b *builder) questionnaireResource() Resource {
	return Resource{Heading: Heading{UUID: b.id("questionnaire"), Title: line(b.q.Title, b.q.ID), Description: b.q.Control,
		Props: props("questionnaire-id", b.q.ID, "questionnaire-version", b.q.Version, "sha256", b.a.QuestionnaireHash)}}
}

// fileResources are the assessment's files, each with where an analyst downloads it and the
// hash the download must have.
func (b *builder) fileResources() []Resource {
	var out []Resource
	for _, e := range b.a.Evidence {
		out = append(out, Resource{Heading: Heading{UUID: b.fileID(e.ID), Title: line(e.Filename, fmt.Sprintf("File %d", e.ID)),
			Props: props("evidence-id", strconv.FormatUint(uint64(e.ID), 10), "kind", e.Kind, "size", strconv.FormatInt(e.Size, 10),
				"status", e.Status)},
			RLinks: []RLink{{Href: fmt.Sprintf("/api/v1/assessments/%d/evidence/%d", b.a.ID, e.ID),
				Hashes: []Hash{{Algorithm: "SHA-256", Value: e.SHA256}}}}})
	}
	return out
}

func (b *builder) result() Result {
	a := b.a
	r := Result{Heading: Heading{UUID: b.id("result"), Title: fmt.Sprintf("%s, assessment %d", line(b.q.Control, b.q.ID), a.ID),
		Description: b.summary(),
		Props: props("assessment-id", strconv.FormatUint(uint64(a.ID), 10), "assessment-status", a.Status, "due-on", a.DueOn,
			"submitted-by", a.SubmittedBy)}, Start: stamp(a.GeneratedAt)}
	if !a.SubmittedAt.IsZero() {
		r.Start = stamp(a.SubmittedAt)
	}
	if res := a.Result; res != nil {
		r.End = stamp(res.ComputedAt)
		r.Props = append(r.Props, props("score", strconv.Itoa(res.Score), "rating", res.Rating, "engine-version", res.EngineVersion,
			"certificate-status", res.Certificate.Status, "certificate-expires-on", res.Certificate.ExpiresOn)...)
		for _, s := range res.Certificate.UncoveredServices {
			r.Props = append(r.Props, props("certificate-uncovered-service", s)...)
		}
		for _, s := range res.Certificate.UncertainServices {
			r.Props = append(r.Props, props("certificate-uncertain-service", s)...)
		}
	}
	if o := a.Override; o != nil {
		r.Props = append(r.Props, props("override-rating", o.Rating, "override-by", o.By)...)
		r.Remarks = "An analyst set the rating " + o.Rating + " beside the computed one: " + o.Justification
	}
	r.ReviewedControls = b.reviewedControls()
	r.Observations = b.observationList()
	r.Risks, r.Findings = b.redFlags()
	return r
}

// summary says in a sentence where the assessment stands.
func (b *builder) summary() string {
	a := b.a
	s := fmt.Sprintf("Vendor assessment %d of %s against %s (questionnaire %s version %s), status %s.", a.ID,
		line(a.Vendor.Name, "the vendor"), line(b.q.Control, b.q.ID), b.q.ID, b.q.Version, a.Status)
	if a.Result == nil {
		return s + " Not scored yet."
	}
	return s + fmt.Sprintf(" Score %d, rating %s, %d red flags.", a.Result.Score, a.Result.Rating, len(a.Result.RedFlags))
}

// reviewedControls is the questionnaire's control, then each framework it maps to. OSCAL
// control ids are tokens (a letter first, no spaces); a mapped id that is not one (CIS "14",
// DORA "Article 5") is kept as a control property rather than rewritten into an id its
// framework does not use.
func (b *builder) reviewedControls() ReviewedControls {
	rc := ReviewedControls{Description: "The control the questionnaire assesses, and the controls of other frameworks it also evidences.",
		ControlSelections: []ControlSelection{{Description: line(b.q.Control, b.q.ID), Props: props("framework", b.q.Control),
			IncludeControls: []SelectControlID{{ControlID: b.controlID()}}}}}
	for _, m := range b.q.Mappings {
		cs := ControlSelection{Description: fmt.Sprintf("%s: %s coverage", m.Framework, m.Coverage),
			Props: props("framework", m.Framework, "coverage", m.Coverage)}
		for _, c := range m.Controls {
			if isToken(c) {
				cs.IncludeControls = append(cs.IncludeControls, SelectControlID{ControlID: c})
			} else {
				cs.Props = append(cs.Props, props("control", c)...)
			}
		}
		rc.ControlSelections = append(rc.ControlSelections, cs)
	}
	return rc
}

// controlID is the questionnaire's id, which names the control it assesses.
func (b *builder) controlID() string {
	if isToken(b.q.ID) {
		return b.q.ID
	}
	return "questionnaire"
}

// observationList makes one observation per answered question and per question answered
// with files, in the order the report lists them, and remembers their uuids by question.
func (b *builder) observationList() []Observation {
	a := b.a
	collected := stamp(a.GeneratedAt)
	if !a.SubmittedAt.IsZero() {
		collected = stamp(a.SubmittedAt)
	}
	b.observations = map[string]string{}
	var out []Observation
	index := map[string]int{}
	add := func(qid string, o Observation) {
		o.UUID = b.id("observation/" + qid)
		o.Collected = collected
		o.Subjects = []SubjectReference{{SubjectUUID: b.vendor, Type: "party", Title: line(a.Vendor.Name, "")}}
		b.observations[qid] = o.UUID
		index[qid] = len(out)
		out = append(out, o)
	}
	for _, ans := range a.Answers {
		add(ans.QuestionID, Observation{Heading: Heading{Title: line(ans.Question, ans.QuestionID),
			Description: fmt.Sprintf("%s\n\nAnswer: %s", ans.Question, ans.Value),
			Props:       props("question-id", ans.QuestionID, "answer", ans.Value)}, Methods: []string{"INTERVIEW"}})
	}
	for _, e := range a.Evidence {
		i, ok := index[e.QuestionID]
		if !ok {
			text := b.q.Questions[e.QuestionID]
			add(e.QuestionID, Observation{Heading: Heading{Title: line(text, e.QuestionID),
				Description: fmt.Sprintf("%s\n\nAnswered with files.", line(text, e.QuestionID)),
				Props:       props("question-id", e.QuestionID)}, Methods: []string{"EXAMINE"}})
			i = index[e.QuestionID]
		}
		o := &out[i]
		if !slices.Contains(o.Methods, "EXAMINE") {
			o.Methods = append(o.Methods, "EXAMINE")
		}
		o.RelevantEvidence = append(o.RelevantEvidence, b.relevantEvidence(e))
	}
	return out
}

// relevantEvidence is one file as an observation cites it: the name, hash and reading status,
// and every fact with its value and the text it was read from.
func (b *builder) relevantEvidence(e report.Evidence) RelevantEvidence {
	name := e.Filename
	if name == "" {
		name = fmt.Sprintf("file %d", e.ID)
	}
	re := RelevantEvidence{Href: "#" + b.fileID(e.ID),
		Description: fmt.Sprintf("%s (%s, %d bytes), SHA-256 %s, %s.", name, e.Kind, e.Size, e.SHA256, e.Status),
		Props:       props("file-name", e.Filename, "sha256", e.SHA256, "kind", e.Kind, "status", e.Status, "extract-error", e.ExtractError)}
	var remarks []string
	for _, f := range e.Facts {
		p := Prop{Name: "fact", NS: Namespace, Value: single(f.Value)}
		if isToken(f.Name) {
			p.Class = f.Name
		}
		text := fmt.Sprintf("%s: %s", f.Name, f.Value)
		if f.Value == "" {
			text = f.Name + ": not known"
		}
		if f.Quote != "" {
			p.Remarks = "Read from: " + f.Quote
			text += fmt.Sprintf(" (read from %q)", f.Quote)
		}
		if f.Corrected {
			text += fmt.Sprintf("; corrected by %s from %q: %s", f.CorrectedBy, f.Extracted, f.Reason)
		}
		if p.Value != "" {
			re.Props = append(re.Props, p)
		}
		remarks = append(remarks, "- "+text)
	}
	re.Remarks = strings.Join(remarks, "\n")
	return re
}

// redFlags makes each red flag a risk and a finding that the control is not satisfied, tied
// to the observations of the questions and files it was raised on.
func (b *builder) redFlags() ([]Risk, []Finding) {
	if b.a.Result == nil {
		return nil, nil
	}
	fileQuestion := map[uint]string{}
	for _, e := range b.a.Evidence {
		fileQuestion[e.ID] = e.QuestionID
	}
	var risks []Risk
	var findings []Finding
	for _, fl := range b.a.Result.RedFlags {
		var related []RelatedObservation
		seen := map[string]bool{}
		cite := func(qid string) {
			if o, ok := b.observations[qid]; ok && !seen[o] {
				seen[o] = true
				related = append(related, RelatedObservation{ObservationUUID: o})
			}
		}
		for _, q := range fl.QuestionIDs {
			cite(q)
		}
		for _, id := range fl.EvidenceIDs {
			cite(fileQuestion[id])
		}
		statement := fl.Explanation
		if fl.Quote != "" {
			statement += fmt.Sprintf("\n\nFrom the evidence: %q", fl.Quote)
		}
		title := line(fl.Title, fl.ID)
		// The flag is both a risk (what it means for the buyer) and a finding (the control not
		// satisfied); they read the same and differ in uuid.
		head := func(kind string) Heading {
			return Heading{UUID: b.id(kind + "/" + fl.ID), Title: title, Description: line(fl.Explanation, title),
				Props: props("red-flag-id", fl.ID, "severity", fl.Severity)}
		}
		risk := Risk{Heading: head("risk"), Statement: line(statement, title), Status: "open", RelatedObservations: related}
		risks = append(risks, risk)
		findings = append(findings, Finding{Heading: head("finding"),
			Target: FindingTarget{Type: "objective-id", TargetID: b.controlID(), Title: line(b.q.Control, b.q.ID),
				Status: TargetStatus{State: "not-satisfied"}},
			RelatedObservations: related, RelatedRisks: []RelatedRisk{{RiskUUID: risk.UUID}}})
	}
	return risks, findings
}

// props makes Assay properties from name, value pairs, leaving out empty values: OSCAL
// property values are single lines of at least one character.
func props(pairs ...string) []Prop {
	var out []Prop
	for i := 0; i+1 < len(pairs); i += 2 {
		if v := single(pairs[i+1]); v != "" {
			out = append(out, Prop{Name: pairs[i], NS: Namespace, Value: v})
		}
	}
	return out
}

var spaces = regexp.MustCompile(`\s+`)

// single is s on one line without surrounding space.
func single(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// line is s on one line, or fallback when s is blank: OSCAL titles and names may not be empty.
func line(s, fallback string) string {
	if v := single(s); v != "" {
		return v
	}
	return single(fallback)
}

var token = regexp.MustCompile(`^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`)

// isToken reports whether s is an OSCAL token, as ids and classes must be.
func isToken(s string) bool { return token.MatchString(s) }

// stamp is t as OSCAL writes a date and time: RFC 3339 with a zone, in UTC.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }
