package ui

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/model"
	"assay/app/validate"
	"assay/app/web/api"
	"assay/app/web/httpx"
	"assay/app/webhooks"
)

// webhookPages are the admins' webhook endpoints and their delivery logs.
type webhookPages struct {
	pages    *pages
	webhooks api.Webhooks
}

// webhooksPage is the data of the endpoint list: the endpoints, the registration form, and the
// secret of an endpoint just registered, shown this once.
type webhooksPage struct {
	Endpoints []model.WebhookEndpoint
	Events    []string
	Input     webhooks.EndpointInput
	Created   *model.WebhookEndpoint
	Secret    string
}

func (h *webhookPages) listWebhooks(c echo.Context) error {
	return h.renderList(c, http.StatusOK, webhooksPage{}, nil)
}

func (h *webhookPages) renderList(c echo.Context, status int, d webhooksPage, errs map[string]string) error {
	es, err := h.webhooks.Endpoints(c.Request().Context())
	if err != nil {
		return err
	}
	d.Endpoints, d.Events = es, model.WebhookEvents
	return h.pages.render(c, status, "webhooks.html", page{Title: "Webhooks", Nav: "webhooks", Errors: errs, Data: d})
}

// registerWebhook adds an endpoint; its secret is shown once on the page that answers.
func (h *webhookPages) registerWebhook(c echo.Context) error {
	form, err := c.FormParams()
	if err != nil {
		return err
	}
	in := webhooks.EndpointInput{URL: form.Get("url"), Events: form["events"], Secret: form.Get("secret")}
	r, err := h.webhooks.Register(c.Request().Context(), in, httpx.Actor(c))
	if ve, ok := validate.As(err); ok {
		in.Secret = ""
		return h.renderList(c, http.StatusUnprocessableEntity, webhooksPage{Input: in}, ve.Fields)
	}
	if err != nil {
		return err
	}
	return h.renderList(c, http.StatusOK, webhooksPage{Created: &r.Endpoint, Secret: r.Secret}, nil)
}

func (h *webhookPages) deleteWebhook(c echo.Context, id uint) error {
	if _, err := h.webhooks.Delete(c.Request().Context(), id, httpx.Actor(c)); err != nil {
		return err
	}
	return h.pages.redirect(c, "/admin/webhooks", "webhook-deleted")
}

// deliveriesPage is the data of one endpoint's delivery log.
type deliveriesPage struct {
	Endpoint   model.WebhookEndpoint
	Deliveries []webhooks.Delivery
}

func (h *webhookPages) showDeliveries(c echo.Context, id uint) error {
	ctx := c.Request().Context()
	e, err := h.webhooks.Endpoint(ctx, id)
	if err != nil {
		return err
	}
	ds, err := h.webhooks.Deliveries(ctx, id)
	if err != nil {
		return err
	}
	return h.pages.render(c, http.StatusOK, "webhook.html", page{Title: "Deliveries to " + e.URL, Nav: "webhooks",
		Data: deliveriesPage{Endpoint: e, Deliveries: ds}})
}

// redeliver sends a delivery again and returns to the log.
func (h *webhookPages) redeliver(c echo.Context, id, delivery uint) error {
	if _, err := h.webhooks.Redeliver(c.Request().Context(), id, delivery, httpx.Actor(c)); err != nil {
		return err
	}
	return h.pages.redirect(c, fmt.Sprintf("/admin/webhooks/%d", id), "webhook-redelivered")
}
