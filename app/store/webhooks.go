package store

import (
	"context"

	"gorm.io/gorm"

	"assay/app/model"
)

// CreateWebhookEndpoint adds a registered endpoint.
func (s *Store) CreateWebhookEndpoint(ctx context.Context, e *model.WebhookEndpoint) error {
	return wrap(s.q(ctx).Create(e).Error, "create webhook endpoint")
}

// WebhookEndpoints lists every registered endpoint, oldest first.
func (s *Store) WebhookEndpoints(ctx context.Context) ([]model.WebhookEndpoint, error) {
	var es []model.WebhookEndpoint
	return es, wrap(s.q(ctx).Order("id").Find(&es).Error, "webhook endpoints")
}

// WebhookEndpoint reads one endpoint.
func (s *Store) WebhookEndpoint(ctx context.Context, id uint) (model.WebhookEndpoint, error) {
	return one[model.WebhookEndpoint](s.q(ctx), "webhook endpoint", "id", id)
}

// DeleteWebhookEndpoint removes an endpoint with its deliveries and their attempts.
func (s *Store) DeleteWebhookEndpoint(ctx context.Context, id uint) error {
	res := s.q(ctx).Where("id = ?", id).Delete(&model.WebhookEndpoint{})
	return affected(res, "delete webhook endpoint", model.ErrNotFound)
}

// CreateWebhookDelivery adds one event's delivery to one endpoint.
func (s *Store) CreateWebhookDelivery(ctx context.Context, d *model.WebhookDelivery) error {
	return wrap(s.q(ctx).Create(d).Error, "create webhook delivery")
}

// WebhookDelivery reads one delivery.
func (s *Store) WebhookDelivery(ctx context.Context, id uint) (model.WebhookDelivery, error) {
	return one[model.WebhookDelivery](s.q(ctx), "webhook delivery", "id", id)
}

// EndpointDelivery reads a delivery only if it belongs to the endpoint.
func (s *Store) EndpointDelivery(ctx context.Context, endpointID, id uint) (model.WebhookDelivery, error) {
	return owned[model.WebhookDelivery](s.q(ctx), "webhook delivery", "endpoint_id", endpointID, id)
}

// WebhookDeliveries lists an endpoint's latest deliveries, newest first, at most limit.
func (s *Store) WebhookDeliveries(ctx context.Context, endpointID uint, limit int) ([]model.WebhookDelivery, error) {
	return all[model.WebhookDelivery](s.q(ctx).Limit(limit), "webhook deliveries", "endpoint_id", endpointID, "id DESC")
}

// WebhookAttempts lists the attempts at the deliveries, oldest first.
func (s *Store) WebhookAttempts(ctx context.Context, deliveryIDs []uint) ([]model.WebhookAttempt, error) {
	return allIn[model.WebhookAttempt](s.q(ctx), "webhook attempts", "delivery_id", deliveryIDs, "id")
}

// RecordWebhookAttempt adds an attempt and sets the delivery's columns to where it now
// stands, in one transaction; ErrNotFound when the delivery is gone (its endpoint deleted).
func (s *Store) RecordWebhookAttempt(ctx context.Context, a *model.WebhookAttempt, cols map[string]any) error {
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		cols["attempts"] = gorm.Expr("attempts + 1")
		res := tx.Model(&model.WebhookDelivery{}).Where("id = ?", a.DeliveryID).Updates(cols)
		if err := affected(res, "update webhook delivery", model.ErrNotFound); err != nil {
			return err
		}
		return wrap(tx.Create(a).Error, "record webhook attempt")
	})
}

// SetWebhookDelivery sets a delivery's columns.
func (s *Store) SetWebhookDelivery(ctx context.Context, id uint, cols map[string]any) error {
	res := s.q(ctx).Model(&model.WebhookDelivery{}).Where("id = ?", id).Updates(cols)
	return affected(res, "set webhook delivery", model.ErrNotFound)
}
