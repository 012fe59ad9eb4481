package dashboard

import (
	"context"
	"fmt"
	"time"

	"assay/app/model"
)

// Windows of the work list: how far ahead a finding's due date, the end of an accepted risk and
// a certificate's expiry put them on it, and how many rows each list shows at most.
const (
	findingsDueWithin      = 14 * 24 * time.Hour
	acceptanceEndingWithin = 30 * 24 * time.Hour
	certificateWithinDays  = 60
	workListed             = 25
)

// Work is what waits for one staff member, list by list, each item one click from its action.
type Work struct {
	Reviews        []WorkItem `json:"reviews"`
	Clarifications []WorkItem `json:"clarifications"`
	Findings       []WorkItem `json:"findings"`
	Acceptances    []WorkItem `json:"acceptances"`
	Certificates   []WorkItem `json:"certificates"`
}

// WorkItem is one thing to do: what it is about, what waits, where to do it, and whether it is
// already late.
type WorkItem struct {
	Vendor string `json:"vendor"`
	What   string `json:"what"`
	URL    string `json:"url"`
	Late   bool   `json:"late"`
}

// WorkList is one of the lists, titled for the page.
type WorkList struct {
	Key   string
	Title string
	Items []WorkItem
}

// Lists are the work lists in the order the page shows them.
func (w Work) Lists() []WorkList {
	return []WorkList{
		{"reviews", "Submissions to review", w.Reviews},
		{"clarifications", "Clarifications answered", w.Clarifications},
		{"findings", "Your findings due in the next 14 days or overdue", w.Findings},
		{"acceptances", "Accepted risks ending in the next 30 days", w.Acceptances},
		{"certificates", fmt.Sprintf("Certificates expiring in the next %d days", certificateWithinDays), w.Certificates},
	}
}

// Empty reports whether nothing waits.
func (w Work) Empty() bool {
	return len(w.Reviews)+len(w.Clarifications)+len(w.Findings)+len(w.Acceptances)+len(w.Certificates) == 0
}

// MyWork gathers what waits for userID: the submissions of assessments they sent that await
// review, clarifications the vendor answered, findings they own falling due, accepted risks they
// own or approved whose acceptance is ending, and certificates expiring at vendors they assess.
func (s *Service) MyWork(ctx context.Context, userID uint) (Work, error) {
	now := s.Now().UTC()
	today := now.Format(dateLayout)
	w := Work{Reviews: []WorkItem{}, Clarifications: []WorkItem{}, Findings: []WorkItem{}, Acceptances: []WorkItem{},
		Certificates: []WorkItem{}}
	reviews, err := s.Store.AwaitingReviewSentBy(ctx, userID, workListed)
	if err != nil {
		return w, err
	}
	for _, v := range reviews {
		what := "Submitted; no decision recorded since"
		if at := v.Summary.LastSubmittedAt; at != nil {
			what = "Submitted on " + at.UTC().Format(shownLayout) + "; no decision recorded since"
		}
		w.Reviews = append(w.Reviews, WorkItem{Vendor: v.Name, What: what, URL: assessmentURL(v.Summary.LatestAssessmentID, v.ID)})
	}
	answered, err := s.Store.AnsweredClarificationsSentBy(ctx, userID, workListed)
	if err != nil {
		return w, err
	}
	for _, a := range answered {
		w.Clarifications = append(w.Clarifications, WorkItem{Vendor: a.VendorName,
			What: fmt.Sprintf("%d %s answered by the vendor", a.Questions, plural(a.Questions, "clarification", "clarifications")),
			URL:  fmt.Sprintf("/assessments/%d#review", a.AssessmentID)})
	}
	due, err := s.Store.FindingsDueFor(ctx, userID, now.Add(findingsDueWithin), workListed)
	if err != nil {
		return w, err
	}
	for _, f := range due {
		late := f.DueOn.Before(now)
		what := f.Title + ": due " + f.DueOn.UTC().Format(shownLayout)
		if late {
			what = f.Title + ": overdue since " + f.DueOn.UTC().Format(shownLayout)
		}
		w.Findings = append(w.Findings, WorkItem{Vendor: vendorName(f.Vendor), What: what, URL: fmt.Sprintf("/findings/%d", f.ID), Late: late})
	}
	ending, err := s.Store.AcceptancesEndingFor(ctx, userID, now.Add(acceptanceEndingWithin), workListed)
	if err != nil {
		return w, err
	}
	for _, f := range ending {
		until := f.AcceptedUntil.UTC().Format(shownLayout)
		w.Acceptances = append(w.Acceptances, WorkItem{Vendor: vendorName(f.Vendor),
			What: f.Title + ": risk accepted until " + until, URL: fmt.Sprintf("/findings/%d", f.ID), Late: !f.AcceptedUntil.After(now)})
	}
	certs, err := s.Store.CertificatesExpiringSentBy(ctx, userID, today, now.AddDate(0, 0, certificateWithinDays).Format(dateLayout), workListed)
	if err != nil {
		return w, err
	}
	for _, v := range certs {
		w.Certificates = append(w.Certificates, WorkItem{Vendor: v.Name,
			What: "ISO 27001 certificate expires on " + shownDay(v.Summary.CertificateExpiresOn), URL: fmt.Sprintf("/vendors/%d", v.ID)})
	}
	return w, nil
}

// dateLayout is how the store keeps a day; shownLayout how the work list writes one, as the
// other pages do.
const (
	dateLayout  = "2006-01-02"
	shownLayout = "2 Jan 2006"
)

// shownDay writes a stored YYYY-MM-DD day as the pages do, or leaves it as it is.
func shownDay(day string) string {
	t, err := time.Parse(dateLayout, day)
	if err != nil {
		return day
	}
	return t.Format(shownLayout)
}

// assessmentURL is the page of the vendor's current assessment, or the vendor's page when none.
func assessmentURL(assessmentID *uint, vendorID uint) string {
	if assessmentID == nil {
		return fmt.Sprintf("/vendors/%d", vendorID)
	}
	return fmt.Sprintf("/assessments/%d", *assessmentID)
}

// vendorName is the finding's vendor's name, "" when it was not loaded.
func vendorName(v *model.Vendor) string {
	if v == nil {
		return ""
	}
	return v.Name
}

// plural is one or many by n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
