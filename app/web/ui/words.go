package ui

import (
	"slices"

	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/scoring"
)

// flagView is a red flag of a result with the finding made from it, as the pages list them.
type flagView struct {
	scoring.RedFlag
	// Finding is nil until the result's findings are made.
	Finding *model.Finding
	// Open is what every count of open red flags counts (portfolio.FlagOpen).
	Open bool
}

// flagList is a result's red flags with how many are open, accepted and closed.
type flagList struct {
	Flags                  []flagView
	Open, Accepted, Closed int
}

// flagsOf pairs the red flags of r with the findings made from them. r may be nil.
func flagsOf(r *model.Result, findings []model.Finding) flagList {
	var l flagList
	if r == nil {
		return l
	}
	byFlag := map[string]*model.Finding{}
	for i := range findings {
		if findings[i].AssessmentID == r.AssessmentID {
			byFlag[findings[i].FlagID] = &findings[i]
		}
	}
	for _, f := range r.RedFlags {
		v := flagView{RedFlag: f, Finding: byFlag[f.ID]}
		status := ""
		if v.Finding != nil {
			status = v.Finding.Status
		}
		v.Open = portfolio.FlagOpen(status)
		switch {
		case v.Open:
			l.Open++
		case status == model.FindingRiskAccepted:
			l.Accepted++
		default:
			l.Closed++
		}
		l.Flags = append(l.Flags, v)
	}
	// Open flags first, each group in the result's order (worst first).
	slices.SortStableFunc(l.Flags, func(a, b flagView) int {
		if a.Open == b.Open {
			return 0
		}
		if a.Open {
			return -1
		}
		return 1
	})
	return l
}
