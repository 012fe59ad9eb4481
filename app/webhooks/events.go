package webhooks

import (
	"time"

	"assay/app/model"
)

// The data of each event type, as the message's "data" carries it. Ids are those of the API
// (GET /api/v1/assessments/{id}, /vendors/{id}, /findings/{id}); nothing a vendor wrote and no
// contact's address leaves Assay this way.

// AssessmentData is the data of assessment.sent, assessment.submitted and assessment.scored.
type AssessmentData struct {
	AssessmentID         uint   `json:"assessment_id"`
	VendorID             uint   `json:"vendor_id"`
	Status               string `json:"status"`
	Questionnaire        string `json:"questionnaire"`
	QuestionnaireVersion string `json:"questionnaire_version"`
	DueOn                string `json:"due_on"`
	// Score, Rating and RedFlags are set on assessment.scored.
	Score    *int     `json:"score,omitempty"`
	Rating   string   `json:"rating,omitempty"`
	RedFlags []string `json:"red_flags,omitempty"`
}

// Assessment is the data of an assessment event: a with status as it now stands.
func Assessment(a model.Assessment, status string) AssessmentData {
	return AssessmentData{AssessmentID: a.ID, VendorID: a.VendorID, Status: status, Questionnaire: a.QuestionnaireID,
		QuestionnaireVersion: a.QuestionnaireVersion, DueOn: a.DueOn.Format(time.DateOnly)}
}

// Scored is the data of assessment.scored: a and its result r.
func Scored(a model.Assessment, r model.Result) AssessmentData {
	d := Assessment(a, model.StatusScored)
	score := r.Score
	d.Score, d.Rating, d.RedFlags = &score, r.Rating, make([]string, len(r.RedFlags))
	for i, f := range r.RedFlags {
		d.RedFlags[i] = f.ID
	}
	return d
}

// FindingData is the data of finding.opened and finding.closed.
type FindingData struct {
	FindingID    uint   `json:"finding_id"`
	AssessmentID uint   `json:"assessment_id"`
	VendorID     uint   `json:"vendor_id"`
	Flag         string `json:"flag"`
	Severity     string `json:"severity"`
	Title        string `json:"title"`
	Status       string `json:"status"`
	DueOn        string `json:"due_on"`
	// By is who opened or closed it: "assay" for Assay itself.
	By string `json:"by"`
}

// Finding is the data of a finding event: f now in status, moved there by by.
func Finding(f model.Finding, status, by string) FindingData {
	return FindingData{FindingID: f.ID, AssessmentID: f.AssessmentID, VendorID: f.VendorID, Flag: f.FlagID, Severity: f.Severity,
		Title: f.Title, Status: status, DueOn: f.DueOn.Format(time.DateOnly), By: by}
}

// DecisionData is the data of decision.recorded.
type DecisionData struct {
	DecisionID   uint     `json:"decision_id"`
	VendorID     uint     `json:"vendor_id"`
	Decision     string   `json:"decision"`
	Conditions   []string `json:"conditions"`
	AssessmentID *uint    `json:"assessment_id"`
	Score        *int     `json:"score"`
	Rating       string   `json:"rating"`
	OpenFindings int      `json:"open_findings"`
	DecidedBy    string   `json:"decided_by"`
}

// Decision is the data of decision.recorded.
func Decision(d model.VendorDecision) DecisionData {
	conds := d.Conditions
	if conds == nil {
		conds = []string{}
	}
	return DecisionData{DecisionID: d.ID, VendorID: d.VendorID, Decision: d.Decision, Conditions: conds, AssessmentID: d.AssessmentID,
		Score: d.Score, Rating: d.Rating, OpenFindings: d.OpenFindings, DecidedBy: d.DecidedBy}
}

// EvidenceData is the data of evidence.read and certificate.expiring.
type EvidenceData struct {
	EvidenceID   uint   `json:"evidence_id"`
	AssessmentID uint   `json:"assessment_id"`
	Question     string `json:"question"`
	Filename     string `json:"filename"`
	SHA256       string `json:"sha256"`
	// Status is extracted or failed, on evidence.read.
	Status string `json:"status,omitempty"`
	// Facts counts the facts read, on evidence.read.
	Facts *int `json:"facts,omitempty"`
	// ExpiresOn and DaysLeft are set on certificate.expiring.
	ExpiresOn string `json:"expires_on,omitempty"`
	DaysLeft  *int   `json:"days_left,omitempty"`
}

// Evidence is the data of an evidence event about file e.
func Evidence(e model.Evidence) EvidenceData {
	return EvidenceData{EvidenceID: e.ID, AssessmentID: e.AssessmentID, Question: e.QuestionID, Filename: e.Filename, SHA256: e.SHA256}
}

// Read is the data of evidence.read: e read with status and facts found.
func Read(e model.Evidence, status string, facts int) EvidenceData {
	d := Evidence(e)
	d.Status, d.Facts = status, &facts
	return d
}

// Expiring is the data of certificate.expiring: e's certificate lapses on, a number of whole
// days after now's (UTC) day.
func Expiring(e model.Evidence, on, now time.Time) EvidenceData {
	d := Evidence(e)
	now = now.UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	left := int(on.Sub(today).Hours() / 24)
	if left < 0 {
		left = 0
	}
	d.ExpiresOn, d.DaysLeft = on.Format(time.DateOnly), &left
	return d
}
