package store

import (
	"context"
	"maps"
	"slices"

	"gorm.io/gorm"

	"assay/app/model"
	"assay/app/portfolio"
)

// RefreshVendorSummary recomputes the vendor's summary (portfolio.Summarise), its open red
// flags and the portfolio counts they feed, from its assessments, results and decisions. No
// other store method touches the summary: the service that changes one of those calls this
// on the store Tx passes, so the change and the summary commit together.
func (s *Store) RefreshVendorSummary(ctx context.Context, vendorID uint) error {
	if vendorID == 0 {
		return model.ErrNotFound
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error { return refreshVendorSummary(tx, vendorID) })
}

func refreshVendorSummary(tx *gorm.DB, vendorID uint) error {
	before, err := lockCountState(tx, vendorID)
	if err != nil {
		return err
	}
	rec, err := summaryRecord(tx, vendorID)
	if err != nil {
		return err
	}
	st := portfolio.Summarise(rec)
	flags := make([]model.VendorRedFlag, len(st.RedFlags))
	for i, f := range st.RedFlags {
		flags[i] = model.VendorRedFlag{VendorID: vendorID, FlagID: f.ID, Severity: f.Severity, Title: f.Title}
	}
	if err := tx.Table("vendors").Where("id = ?", vendorID).Updates(summaryColumns(st.Summary)).Error; err != nil {
		return wrap(err, "summary: update vendor")
	}
	if err := tx.Where("vendor_id = ?", vendorID).Delete(&model.VendorRedFlag{}).Error; err != nil {
		return wrap(err, "summary: clear red flags")
	}
	if len(flags) > 0 {
		if err := tx.Create(&flags).Error; err != nil {
			return wrap(err, "summary: red flags")
		}
	}
	d := countDeltas{}
	d.count(before, -1)
	d.count(countState{Tier: before.Tier, Rating: st.Summary.Rating, AssessmentStatus: st.Summary.AssessmentStatus,
		AssessmentDueOn: st.Summary.AssessmentDueOn, CertificateExpires: st.Summary.CertificateExpiresOn,
		AwaitingReview: st.Summary.AwaitingReview, Flags: flags}, 1)
	return d.apply(tx)
}

// summaryRecord reads what the vendor's summary is computed from.
func summaryRecord(tx *gorm.DB, vendorID uint) (portfolio.Record, error) {
	var rec portfolio.Record
	var latest, submitted []model.Assessment
	if err := tx.Where("vendor_id = ?", vendorID).Order("id DESC").Limit(1).Find(&latest).Error; err != nil {
		return rec, wrap(err, "summary: latest assessment")
	}
	if len(latest) == 1 {
		rec.Latest = &portfolio.Assessment{ID: latest[0].ID, Status: latest[0].Status, DueOn: latest[0].DueOn}
	}
	err := tx.Where("vendor_id = ? AND submitted_at IS NOT NULL", vendorID).Order("submitted_at DESC").Limit(1).Find(&submitted).Error
	if err != nil {
		return rec, wrap(err, "summary: last submission")
	}
	if len(submitted) == 1 {
		rec.LastSubmittedAt = submitted[0].SubmittedAt
	}
	// The vendor's assessment ids first: a join ordered by results.id can lead the planner to
	// walk every result newest first looking for this vendor's.
	var ids []uint
	if err := tx.Model(&model.Assessment{}).Where("vendor_id = ?", vendorID).Pluck("id", &ids).Error; err != nil {
		return rec, wrap(err, "summary: assessments")
	}
	var results []model.Result
	if len(ids) > 0 {
		if err := tx.Where("assessment_id IN ?", ids).Order("id DESC").Limit(1).Find(&results).Error; err != nil {
			return rec, wrap(err, "summary: latest result")
		}
	}
	if len(results) == 1 {
		r := results[0]
		rec.Result = &portfolio.Result{AssessmentID: r.AssessmentID, Score: r.Score, Rating: r.Rating, Certificate: r.Certificate,
			RedFlags: r.RedFlags, ComputedAt: r.ComputedAt, Findings: map[string]string{}}
		var findings []model.Finding
		if err := tx.Select("flag_id", "status").Where("assessment_id = ?", r.AssessmentID).Find(&findings).Error; err != nil {
			return rec, wrap(err, "summary: findings")
		}
		for _, f := range findings {
			rec.Result.Findings[f.FlagID] = f.Status
		}
		var scored []model.Assessment
		if err := tx.Where("id = ?", r.AssessmentID).Limit(1).Find(&scored).Error; err != nil {
			return rec, wrap(err, "summary: rating override")
		}
		if len(scored) == 1 {
			rec.Override = portfolio.OverrideOf(scored[0])
		}
	}
	var decision []string
	if err := tx.Table("vendors").Where("id = ?", vendorID).Pluck("decision", &decision).Error; err != nil {
		return rec, wrap(err, "summary: decision")
	}
	if len(decision) == 1 {
		rec.Decision = decision[0]
	}
	var decided []model.VendorDecision
	if err := tx.Where("vendor_id = ?", vendorID).Order("id DESC").Limit(1).Find(&decided).Error; err != nil {
		return rec, wrap(err, "summary: latest decision")
	}
	if len(decided) == 1 {
		rec.DecidedAt = &decided[0].CreatedAt
	}
	return rec, nil
}

// summaryColumns are the vendor columns that hold s. RefreshVendorSummary alone writes them:
// CreateVendor leaves them to their defaults (summaryColumnNames) and no store method saves a
// whole Vendor, so a vendor loaded earlier can never put back a stale summary.
func summaryColumns(s model.Summary) map[string]any {
	return map[string]any{
		"latest_assessment_id": s.LatestAssessmentID, "assessment_status": s.AssessmentStatus, "assessment_due_on": s.AssessmentDueOn,
		"last_submitted_at": s.LastSubmittedAt, "result_assessment_id": s.ResultAssessmentID, "score": s.Score, "rating": s.Rating,
		"rating_overridden": s.RatingOverridden, "computed_rating": s.ComputedRating, "override_stale": s.OverrideStale,
		"awaiting_review": s.AwaitingReview, "rating_rank": s.RatingRank, "certificate_status": s.CertificateStatus,
		"certificate_expires_on": s.CertificateExpiresOn, "open_red_flags": s.OpenRedFlags, "scored_at": s.ScoredAt,
	}
}

// summaryColumnNames lists the columns of summaryColumns.
var summaryColumnNames = slices.Sorted(maps.Keys(summaryColumns(model.Summary{})))
