package store

import (
	"slices"
	"sort"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"assay/app/model"
	"assay/app/portfolio"
)

// countState is what of one vendor the portfolio counts depend on.
type countState struct {
	Tier, Rating, AssessmentStatus      string
	AssessmentDueOn, CertificateExpires string
	AwaitingReview                      bool
	Flags                               []model.VendorRedFlag `gorm:"-"`
}

// countDeltas are changes to apply to PortfolioCount rows, by kind and key.
type countDeltas map[[2]string]*model.PortfolioCount

func (d countDeltas) add(kind, key string, n int64, title, severity string) {
	k := [2]string{kind, key}
	c, ok := d[k]
	if !ok {
		c = &model.PortfolioCount{Kind: kind, Key: key}
		d[k] = c
	}
	c.N += n
	if title != "" {
		c.Title, c.Severity = title, severity
	}
}

// count adds (sign 1) or takes away (sign -1) one vendor in state st.
func (d countDeltas) count(st countState, sign int64) {
	d.add(model.CountTierRating, st.Tier+"/"+st.Rating, sign, "", "")
	d.add(model.CountStatus, st.AssessmentStatus, sign, "", "")
	if st.AwaitingReview {
		d.add(model.CountAwaitingReview, "", sign, "", "")
	}
	if slices.Contains(portfolio.OpenStatuses, st.AssessmentStatus) && st.AssessmentDueOn != "" {
		d.add(model.CountOpenDue, st.AssessmentDueOn, sign, "", "")
	}
	if st.CertificateExpires != "" {
		d.add(model.CountCertificateExpiry, st.CertificateExpires, sign, "", "")
	}
	for _, f := range st.Flags {
		d.add(model.CountRedFlag, f.FlagID, sign, f.Title, f.Severity)
	}
}

// lockCountState reads the vendor's counted state, locking the vendor row on PostgreSQL until
// the transaction ends, so concurrent changes to one vendor count it once each. The lock is
// NO KEY UPDATE: inserting an assessment already holds KEY SHARE on its vendor, which a
// FOR UPDATE of two such transactions would deadlock on.
func lockCountState(tx *gorm.DB, vendorID uint) (countState, error) {
	var st countState
	q := tx.Table("vendors").Select("tier, rating, assessment_status, assessment_due_on, certificate_expires_on AS certificate_expires, awaiting_review").
		Where("id = ?", vendorID)
	if tx.Dialector.Name() == DialectPostgres {
		q = q.Clauses(clause.Locking{Strength: "NO KEY UPDATE"})
	}
	if err := q.Take(&st).Error; err != nil {
		return st, wrap(err, "counts: vendor")
	}
	if err := tx.Where("vendor_id = ?", vendorID).Find(&st.Flags).Error; err != nil {
		return st, wrap(err, "counts: red flags")
	}
	return st, nil
}

// apply adds the deltas to the stored counts, in key order so that concurrent transactions
// take the rows' locks in the same order and cannot deadlock.
func (d countDeltas) apply(tx *gorm.DB) error {
	keys := make([][2]string, 0, len(d))
	for k, c := range d {
		if c.N != 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		c := d[k]
		err := tx.Exec("INSERT INTO portfolio_counts (kind, key, n, title, severity) VALUES (?, ?, ?, ?, ?) "+
			"ON CONFLICT (kind, key) DO UPDATE SET n = portfolio_counts.n + excluded.n, "+
			"title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE portfolio_counts.title END, "+
			"severity = CASE WHEN excluded.title <> '' THEN excluded.severity ELSE portfolio_counts.severity END",
			c.Kind, c.Key, c.N, c.Title, c.Severity).Error
		if err != nil {
			return wrap(err, "counts: update")
		}
	}
	return nil
}

// countNewVendor counts a vendor just registered: never assessed, not rated.
func countNewVendor(tx *gorm.DB, tier string) error {
	d := countDeltas{}
	d.count(countState{Tier: tier}, 1)
	return d.apply(tx)
}

// moveVendorTier recounts a vendor whose tier changed from old to tier.
func moveVendorTier(tx *gorm.DB, old countState, tier string) error {
	if old.Tier == tier {
		return nil
	}
	d := countDeltas{}
	d.add(model.CountTierRating, old.Tier+"/"+old.Rating, -1, "", "")
	d.add(model.CountTierRating, tier+"/"+old.Rating, 1, "", "")
	return d.apply(tx)
}
