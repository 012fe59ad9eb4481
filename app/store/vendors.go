package store

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// CreateVendor inserts v with its services and contacts.
func (s *Store) CreateVendor(ctx context.Context, v *Vendor) error {
	return notFound(s.q(ctx).Create(v).Error, "create vendor")
}

// UpdateVendor replaces v's fields, services and contacts.
func (s *Store) UpdateVendor(ctx context.Context, v *Vendor) error {
	if v.ID == 0 {
		return ErrNotFound
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&Vendor{}).Where("id = ?", v.ID).Updates(map[string]any{
			"name": v.Name, "website": v.Website, "tier": v.Tier, "updated_at": time.Now().UTC(),
		})
		if res.Error != nil {
			return notFound(res.Error, "update vendor")
		}
		if res.RowsAffected == 0 {
			return ErrNotFound
		}
		if err := tx.Where("vendor_id = ?", v.ID).Delete(&Service{}).Error; err != nil {
			return notFound(err, "replace services")
		}
		if err := tx.Where("vendor_id = ?", v.ID).Delete(&Contact{}).Error; err != nil {
			return notFound(err, "replace contacts")
		}
		for i := range v.Services {
			v.Services[i].ID, v.Services[i].VendorID = 0, v.ID
		}
		for i := range v.Contacts {
			v.Contacts[i].ID, v.Contacts[i].VendorID = 0, v.ID
		}
		if len(v.Services) > 0 {
			if err := tx.Create(&v.Services).Error; err != nil {
				return notFound(err, "create services")
			}
		}
		if len(v.Contacts) > 0 {
			if err := tx.Create(&v.Contacts).Error; err != nil {
				return notFound(err, "create contacts")
			}
		}
		return nil
	})
}

// Vendor returns the vendor with id, with its services and contacts.
func (s *Store) Vendor(ctx context.Context, id uint) (Vendor, error) {
	var v Vendor
	if id == 0 {
		return v, ErrNotFound
	}
	err := s.q(ctx).Preload("Services", func(db *gorm.DB) *gorm.DB { return db.Order("id") }).
		Preload("Contacts", func(db *gorm.DB) *gorm.DB { return db.Order("id") }).
		Where("id = ?", id).First(&v).Error
	return v, notFound(err, "vendor")
}

// VendorFilter narrows and pages the vendor list.
type VendorFilter struct {
	Search string
	Tier   string
	Limit  int
	Offset int
}

// VendorRow is one line of the vendor list: the vendor with its latest assessment and result.
type VendorRow struct {
	Vendor     Vendor
	Assessment *Assessment
	Result     *Result
}

// Vendors returns one page of vendors by name with the total count, each with its latest
// assessment and result, in three queries whatever the page size.
func (s *Store) Vendors(ctx context.Context, f VendorFilter) ([]VendorRow, int64, error) {
	q := s.q(ctx).Model(&Vendor{})
	if f.Search != "" {
		q = q.Where("lower(name) LIKE ? ESCAPE '\\'", likePattern(f.Search))
	}
	if f.Tier != "" {
		q = q.Where("tier = ?", f.Tier)
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, notFound(err, "count vendors")
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	var vs []Vendor
	if err := q.Order("lower(name), id").Limit(f.Limit).Offset(f.Offset).Find(&vs).Error; err != nil {
		return nil, 0, notFound(err, "vendors")
	}
	rows := make([]VendorRow, len(vs))
	if len(vs) == 0 {
		return rows, total, nil
	}
	ids := make([]uint, len(vs))
	for i, v := range vs {
		ids[i] = v.ID
		rows[i].Vendor = v
	}
	latest, err := s.latestAssessments(ctx, ids)
	if err != nil {
		return nil, 0, err
	}
	results, err := s.latestResults(ctx, latest)
	if err != nil {
		return nil, 0, err
	}
	for i := range rows {
		if a, ok := latest[rows[i].Vendor.ID]; ok {
			a := a
			rows[i].Assessment = &a
			if r, ok := results[a.ID]; ok {
				r := r
				rows[i].Result = &r
			}
		}
	}
	return rows, total, nil
}

func (s *Store) latestAssessments(ctx context.Context, vendorIDs []uint) (map[uint]Assessment, error) {
	var as []Assessment
	err := s.q(ctx).Where("id IN (?)", s.q(ctx).Model(&Assessment{}).Select("MAX(id)").
		Where("vendor_id IN ?", vendorIDs).Group("vendor_id")).Find(&as).Error
	if err != nil {
		return nil, notFound(err, "latest assessments")
	}
	m := make(map[uint]Assessment, len(as))
	for _, a := range as {
		m[a.VendorID] = a
	}
	return m, nil
}

func (s *Store) latestResults(ctx context.Context, assessments map[uint]Assessment) (map[uint]Result, error) {
	m := make(map[uint]Result)
	if len(assessments) == 0 {
		return m, nil
	}
	ids := make([]uint, 0, len(assessments))
	for _, a := range assessments {
		ids = append(ids, a.ID)
	}
	var rs []Result
	err := s.q(ctx).Where("id IN (?)", s.q(ctx).Model(&Result{}).Select("MAX(id)").
		Where("assessment_id IN ?", ids).Group("assessment_id")).Find(&rs).Error
	if err != nil {
		return nil, notFound(err, "latest results")
	}
	for _, r := range rs {
		m[r.AssessmentID] = r
	}
	return m, nil
}
