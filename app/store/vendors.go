package store

import (
	"assay/app/model"
	"context"

	"gorm.io/gorm"
)

// CreateVendor inserts v with its services and contacts.
func (s *Store) CreateVendor(ctx context.Context, v *model.Vendor) error {
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Omit(summaryColumnNames...).Create(v).Error; err != nil {
			return wrap(err, "create vendor")
		}
		return countNewVendor(tx, v.Tier)
	})
}

// UpdateVendor replaces v's fields, services and contacts.
func (s *Store) UpdateVendor(ctx context.Context, v *model.Vendor) error {
	if v.ID == 0 {
		return model.ErrNotFound
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		before, err := lockCountState(tx, v.ID)
		if err != nil {
			return err
		}
		if err := moveVendorTier(tx, before, v.Tier); err != nil {
			return err
		}
		res := tx.Model(&model.Vendor{}).Where("id = ?", v.ID).Updates(map[string]any{
			"name": v.Name, "website": v.Website, "tier": v.Tier, "updated_at": s.now().UTC(),
		})
		if err := affected(res, "update vendor", model.ErrNotFound); err != nil {
			return err
		}
		if err := tx.Where("vendor_id = ?", v.ID).Delete(&model.Service{}).Error; err != nil {
			return wrap(err, "replace services")
		}
		if err := tx.Where("vendor_id = ?", v.ID).Delete(&model.Contact{}).Error; err != nil {
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
func (s *Store) Vendor(ctx context.Context, id uint) (model.Vendor, error) {
	return one[model.Vendor](s.withParties(ctx), "vendor", "id", id)
}

// withParties preloads vendors' services and contacts, each in the order they were added.
func (s *Store) withParties(ctx context.Context) *gorm.DB {
	return s.q(ctx).Preload("Services", byID).Preload("Contacts", byID)
}
