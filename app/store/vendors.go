package store

import (
	"context"

	"gorm.io/gorm"
)

// CreateVendor inserts v with its services and contacts.
func (s *Store) CreateVendor(ctx context.Context, v *Vendor) error {
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Omit(summaryColumnNames...).Create(v).Error; err != nil {
			return wrap(err, "create vendor")
		}
		return countNewVendor(tx, v.Tier)
	})
}

// UpdateVendor replaces v's fields, services and contacts.
func (s *Store) UpdateVendor(ctx context.Context, v *Vendor) error {
	if v.ID == 0 {
		return ErrNotFound
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		before, err := lockCountState(tx, v.ID)
		if err != nil {
			return err
		}
		if err := moveVendorTier(tx, before, v.Tier); err != nil {
			return err
		}
		res := tx.Model(&Vendor{}).Where("id = ?", v.ID).Updates(map[string]any{
			"name": v.Name, "website": v.Website, "tier": v.Tier, "updated_at": s.now().UTC(),
		})
		if res.Error != nil {
			return wrap(res.Error, "update vendor")
		}
		if res.RowsAffected == 0 {
			return ErrNotFound
		}
		if err := tx.Where("vendor_id = ?", v.ID).Delete(&Service{}).Error; err != nil {
			return wrap(err, "replace services")
		}
		if err := tx.Where("vendor_id = ?", v.ID).Delete(&Contact{}).Error; err != nil {
			return wrap(err, "replace contacts")
		}
		for i := range v.Services {
			v.Services[i].ID, v.Services[i].VendorID = 0, v.ID
		}
		for i := range v.Contacts {
			v.Contacts[i].ID, v.Contacts[i].VendorID = 0, v.ID
		}
		if len(v.Services) > 0 {
			if err := tx.Create(&v.Services).Error; err != nil {
				return wrap(err, "create services")
			}
		}
		if len(v.Contacts) > 0 {
			if err := tx.Create(&v.Contacts).Error; err != nil {
				return wrap(err, "create contacts")
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
	return v, wrap(err, "vendor")
}
