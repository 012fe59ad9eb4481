package report

import (
	"math"
	"strconv"
	"time"

	"assay/app/evidence"
)

// Risk reads a rating as the risk it means ("High risk"), so that it is never taken for a
// tier, which uses the same scale; "" is "Not rated".
func Risk(rating string) string {
	if rating == "" || rating == "none" {
		return "Not rated"
	}
	return evidence.Words(rating) + " risk"
}

// Words reads a status, tier, decision or verdict id as words ("in_progress" is "In progress").
func Words(id string) string { return evidence.Words(id) }

// Finding statuses as the report data carries them (model's, which the pure core does not
// import).
const (
	findingClosed       = "closed"
	findingRiskAccepted = "risk_accepted"
	findingResponded    = "vendor_responded"
)

// FindingState says where a red flag's finding stands, in words: "Open", "Vendor responded",
// "Risk accepted until 2 Mar 2027" or "Closed". No finding yet reads as open.
func FindingState(status string, acceptedUntil *time.Time) string {
	switch status {
	case findingRiskAccepted:
		if acceptedUntil != nil {
			return "Risk accepted until " + acceptedUntil.UTC().Format("2 Jan 2006")
		}
		return "Risk accepted"
	case findingResponded:
		return "Vendor responded"
	case findingClosed:
		return "Closed"
	}
	return "Open"
}

// Points shows a number of points as people write it: at most two decimals, no trailing zeros.
func Points(f float64) string { return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64) }
