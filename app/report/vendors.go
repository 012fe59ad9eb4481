package report

import (
	"strings"
	"time"
)

// VendorLine is one vendor of the vendor list export: the vendor with its latest assessment
// and that assessment's latest result, as the vendor list page shows them.
type VendorLine struct {
	ID       uint
	Name     string
	Website  string
	Tier     string
	Decision string
	// AssessmentID is zero when the vendor was never sent a questionnaire.
	AssessmentID uint
	Status       string
	DueOn        string // YYYY-MM-DD
	// Scored says whether the fields below hold a result.
	Scored bool
	Score  int
	Rating string // computed by the engine
	// OverrideRating is the analyst's rating over the computed one, "" when not overridden.
	OverrideRating     string
	RedFlags           []string // ids
	RedFlagTitles      []string // the same flags by title
	CertificateStatus  string
	CertificateExpires string // YYYY-MM-DD
	ComputedAt         time.Time
	// ScoredAssessmentID is the assessment the score comes from: the latest one with a result,
	// which is older than AssessmentID while a reassessment is under way.
	ScoredAssessmentID uint
	LastSubmittedAt    *time.Time
	UpdatedAt          time.Time
}

// VendorHeader is the header row of the vendor list export.
func VendorHeader() []Cell {
	return Texts("Vendor ID", "Vendor", "Website", "Tier", "Decision", "Assessment ID", "Assessment status", "Due on",
		"Score", "Rating", "Open red flags", "Red flag IDs", "Certificate status", "Certificate expires", "Scored at (UTC)",
		"Scored assessment ID", "Last submitted (UTC)", "Vendor updated (UTC)", "Analyst's rating", "Open red flags by title")
}

// Cells is the vendor's row, in the order of VendorHeader.
func (v VendorLine) Cells() []Cell {
	row := []Cell{Int(v.ID), Text(v.Name), Text(v.Website), Text(Words(v.Tier)), Text(Words(v.Decision))}
	if v.AssessmentID == 0 {
		row = append(row, Text(""), Text(""), Text(""))
	} else {
		row = append(row, Int(v.AssessmentID), Text(Words(v.Status)), Date(v.DueOn))
	}
	if !v.Scored {
		row = append(row, Text(""), Text(""), Text(""), Text(""), Text(""), Text(""), Text(""), Text(""))
	} else {
		row = append(row, Int(v.Score), Text(Risk(v.Rating)), Int(len(v.RedFlags)), Text(strings.Join(v.RedFlags, " ")),
			Text(Words(v.CertificateStatus)), Date(v.CertificateExpires), Time(v.ComputedAt), Int(v.ScoredAssessmentID))
	}
	submitted := Text("")
	if v.LastSubmittedAt != nil {
		submitted = Time(*v.LastSubmittedAt)
	}
	override := ""
	if v.OverrideRating != "" {
		override = Risk(v.OverrideRating)
	}
	return append(row, submitted, Time(v.UpdatedAt), Text(override), Text(strings.Join(v.RedFlagTitles, "; ")))
}

// utc formats a time for a cell or the report, or gives "" for the zero time.
func utc(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04:05")
}
