package api

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/web/httpx"
	"assay/app/webhooks"
)

// webhookAPI is the admins' registration of webhook endpoints and their delivery logs.
type webhookAPI struct {
	webhooks Webhooks
}

// Webhooks are the endpoint changes and logs the API and the admin pages show.
type Webhooks interface {
	Register(ctx context.Context, in webhooks.EndpointInput, actor audit.Actor) (webhooks.Registered, error)
	Endpoints(ctx context.Context) ([]model.WebhookEndpoint, error)
	Endpoint(ctx context.Context, id uint) (model.WebhookEndpoint, error)
	Delete(ctx context.Context, id uint, actor audit.Actor) (model.WebhookEndpoint, error)
	Deliveries(ctx context.Context, endpointID uint) ([]webhooks.Delivery, error)
	Redeliver(ctx context.Context, endpointID, deliveryID uint, actor audit.Actor) (model.WebhookDelivery, error)
}

// webhookView is an endpoint as the API shows it: never its secret, except once, at creation.
type webhookView struct {
	ID        uint      `json:"id"`
	URL       string    `json:"url"`
	Events    []string  `json:"events"`
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	Secret    string    `json:"secret,omitempty"`
}

func viewWebhook(e model.WebhookEndpoint) webhookView {
	return webhookView{ID: e.ID, URL: e.URL, Events: e.Events, CreatedBy: e.CreatedBy, CreatedAt: e.CreatedAt}
}

// deliveryView is one delivery of the log with its attempts.
type deliveryView struct {
	ID            uint          `json:"id"`
	MessageID     string        `json:"message_id"`
	Event         string        `json:"event"`
	Status        string        `json:"status"`
	CreatedAt     time.Time     `json:"created_at"`
	LastAttemptAt *time.Time    `json:"last_attempt_at"`
	NextAttemptAt *time.Time    `json:"next_attempt_at"`
	DeliveredAt   *time.Time    `json:"delivered_at"`
	Attempts      []attemptView `json:"attempts"`
}

type attemptView struct {
	At         time.Time `json:"at"`
	Outcome    string    `json:"outcome"`
	StatusCode *int      `json:"status_code"`
	DurationMS int64     `json:"duration_ms"`
	Error      string    `json:"error"`
	Manual     bool      `json:"manual"`
}

func viewDelivery(d webhooks.Delivery) deliveryView {
	v := deliveryView{ID: d.ID, MessageID: d.MessageID, Event: d.Event, Status: d.Status, CreatedAt: d.CreatedAt,
		LastAttemptAt: d.LastAttemptAt, NextAttemptAt: d.NextAttemptAt, DeliveredAt: d.DeliveredAt, Attempts: []attemptView{}}
	for _, a := range d.Attempts {
		av := attemptView{At: a.At, Outcome: a.Outcome, DurationMS: a.DurationMS, Error: a.Error, Manual: a.Manual}
		if a.StatusCode != 0 {
			code := a.StatusCode
			av.StatusCode = &code
		}
		v.Attempts = append(v.Attempts, av)
	}
	return v
}

func (h *webhookAPI) registerWebhook(c echo.Context) error {
	return act(c, h.webhooks.Register, http.StatusCreated, func(r webhooks.Registered) webhookView {
		v := viewWebhook(r.Endpoint)
		v.Secret = r.Secret
		return v
	})
}

func (h *webhookAPI) listWebhooks(c echo.Context) error {
	es, err := h.webhooks.Endpoints(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": mapped(es, viewWebhook)})
}

func (h *webhookAPI) deleteWebhook(c echo.Context, id uint) error {
	if _, err := h.webhooks.Delete(c.Request().Context(), id, httpx.Actor(c)); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *webhookAPI) listDeliveries(c echo.Context, id uint) error {
	ds, err := h.webhooks.Deliveries(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": mapped(ds, viewDelivery)})
}

// redeliver queues a delivery again; the answer is the delivery as it now waits.
func (h *webhookAPI) redeliver(c echo.Context, id, delivery uint) error {
	d, err := h.webhooks.Redeliver(c.Request().Context(), id, delivery, httpx.Actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusAccepted, viewDelivery(webhooks.Delivery{WebhookDelivery: d}))
}
