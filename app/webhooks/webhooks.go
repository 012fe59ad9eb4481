// Package webhooks tells other systems what happens in Assay, following the Standard Webhooks
// convention: admins register endpoints for event types; each event is a signed JSON message
// (webhook-id, webhook-timestamp, webhook-signature) delivered by a River job enqueued in the
// transaction of the change, retried with exponential backoff for a day, each attempt logged.
//
// Endpoints must be public addresses unless the server allows private ones: the address is
// checked when it is registered, and again by the dialer at every connection, so a host name
// that later resolves to a private address is refused too.
package webhooks

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"assay/app/audit"
	"assay/app/jobs"
	"assay/app/model"
	"assay/app/store"
	"assay/app/validate"
)

// Defaults of the settings.
const (
	DefaultTimeout   = 10 * time.Second
	DefaultRetryBase = 30 * time.Second
)

// Service registers endpoints, records events for them and delivers them.
type Service struct {
	Deps
	seal   *sealer
	client *http.Client
}

// Deps are what a Service needs; New takes them all at once.
type Deps struct {
	Store *store.Store
	Jobs  *jobs.Inserter
	Log   *slog.Logger
	Now   func() time.Time
	// Key is the application's secret key, kept outside the database; endpoint secrets are
	// sealed under a key derived from it.
	Key []byte
	// AllowPrivate lets endpoints be on private, loopback and link-local addresses.
	AllowPrivate bool
	// Timeout bounds one attempt, from connecting to the last byte of the answer.
	Timeout time.Duration
	// RetryBase is the wait before the first retry; each next wait is twice the one before,
	// until a day has passed since the event.
	RetryBase time.Duration
}

// New returns a Service; it fails only when there is no key to seal secrets with.
func New(d Deps) (*Service, error) {
	if d.Timeout <= 0 {
		d.Timeout = DefaultTimeout
	}
	if d.RetryBase <= 0 {
		d.RetryBase = DefaultRetryBase
	}
	s, err := newSealer(d.Key)
	if err != nil {
		return nil, err
	}
	return &Service{Deps: d, seal: s, client: newClient(d.AllowPrivate, d.Timeout)}, nil
}

// EndpointInput is an admin's registration of an endpoint; an empty Secret has one made.
type EndpointInput struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
	Secret string   `json:"secret"`
}

// Registered is a new endpoint with its secret, which is shown this once.
type Registered struct {
	Endpoint model.WebhookEndpoint
	Secret   string
}

// Register checks and stores an endpoint, audited; the answer carries the secret in clear,
// the only time it is ever shown.
func (s *Service) Register(ctx context.Context, in EndpointInput, actor audit.Actor) (Registered, error) {
	verr := &validate.Error{}
	url := strings.TrimSpace(in.URL)
	if msg := checkURL(ctx, url, s.AllowPrivate); msg != "" {
		verr.Add("url", msg)
	}
	var events []string
	for _, ev := range in.Events {
		ev = strings.TrimSpace(ev)
		if !slices.Contains(model.WebhookEvents, ev) {
			verr.Add("events", fmt.Sprintf("%q is not an event; choose from %s.", ev, strings.Join(model.WebhookEvents, ", ")))
			continue
		}
		if !slices.Contains(events, ev) {
			events = append(events, ev)
		}
	}
	if len(in.Events) == 0 {
		verr.Add("events", "Choose at least one event to send.")
	}
	secret, raw := strings.TrimSpace(in.Secret), []byte(nil)
	if secret == "" {
		secret, raw = newSecret()
	} else if b, msg := parseSecret(secret); msg != "" {
		verr.Add("secret", msg)
	} else {
		raw = b
	}
	if err := verr.Err(); err != nil {
		return Registered{}, err
	}
	now := s.Now()
	e := model.WebhookEndpoint{URL: url, Events: events, Secret: s.seal.seal(url, raw), CreatedBy: actor.Label, CreatedAt: now}
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.CreateWebhookEndpoint(ctx, &e); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "webhook.create", ObjectType: "webhook_endpoint", ObjectID: e.ID,
			Detail: map[string]any{"url": url, "events": events}}, now)
	})
	if err != nil {
		return Registered{}, err
	}
	return Registered{Endpoint: e, Secret: secret}, nil
}

// Endpoints lists the registered endpoints.
func (s *Service) Endpoints(ctx context.Context) ([]model.WebhookEndpoint, error) {
	return s.Store.WebhookEndpoints(ctx)
}

// Endpoint reads one endpoint.
func (s *Service) Endpoint(ctx context.Context, id uint) (model.WebhookEndpoint, error) {
	return s.Store.WebhookEndpoint(ctx, id)
}

// Delete removes an endpoint and its delivery log, audited; deliveries still queued stop.
func (s *Service) Delete(ctx context.Context, id uint, actor audit.Actor) (model.WebhookEndpoint, error) {
	e, err := s.Store.WebhookEndpoint(ctx, id)
	if err != nil {
		return e, err
	}
	now := s.Now()
	return e, s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.DeleteWebhookEndpoint(ctx, id); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "webhook.delete", ObjectType: "webhook_endpoint", ObjectID: id,
			Detail: map[string]any{"url": e.URL, "events": e.Events}}, now)
	})
}

// Delivery is one delivery with its attempts, oldest first.
type Delivery struct {
	model.WebhookDelivery
	Attempts []model.WebhookAttempt
}

// deliveryLogSize is how many of an endpoint's latest deliveries the log shows.
const deliveryLogSize = 100

// Deliveries is the endpoint's delivery log: its latest deliveries, newest first, each with
// every attempt.
func (s *Service) Deliveries(ctx context.Context, endpointID uint) ([]Delivery, error) {
	if _, err := s.Store.WebhookEndpoint(ctx, endpointID); err != nil {
		return nil, err
	}
	ds, err := s.Store.WebhookDeliveries(ctx, endpointID, deliveryLogSize)
	if err != nil || len(ds) == 0 {
		return nil, err
	}
	ids := make([]uint, len(ds))
	for i, d := range ds {
		ids[i] = d.ID
	}
	as, err := s.Store.WebhookAttempts(ctx, ids)
	if err != nil {
		return nil, err
	}
	byDelivery := map[uint][]model.WebhookAttempt{}
	for _, a := range as {
		byDelivery[a.DeliveryID] = append(byDelivery[a.DeliveryID], a)
	}
	out := make([]Delivery, len(ds))
	for i, d := range ds {
		out[i] = Delivery{WebhookDelivery: d, Attempts: byDelivery[d.ID]}
	}
	return out, nil
}

// Redeliver sends a delivery of the endpoint again ("send again"), with the same message id
// and body, and a new day of retries should it fail; audited.
func (s *Service) Redeliver(ctx context.Context, endpointID, deliveryID uint, actor audit.Actor) (model.WebhookDelivery, error) {
	d, err := s.Store.EndpointDelivery(ctx, endpointID, deliveryID)
	if err != nil {
		return d, err
	}
	now := s.Now()
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetWebhookDelivery(ctx, d.ID, map[string]any{"status": model.DeliveryPending, "next_attempt_at": now}); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, actor, audit.Event{Action: "webhook.redeliver", ObjectType: "webhook_delivery", ObjectID: d.ID,
			Detail: map[string]any{"endpoint_id": endpointID, "event": d.Event, "message_id": d.MessageID, "was": d.Status}}, now); err != nil {
			return err
		}
		return s.Jobs.EnqueueTx(ctx, tx, DeliverArgs{DeliveryID: d.ID, Manual: true})
	})
	if err != nil {
		return d, err
	}
	return s.Store.WebhookDelivery(ctx, d.ID)
}

// message is the body of every delivery, as the convention suggests: the event type, when it
// happened and the event's data.
type message struct {
	Type      string    `json:"type"`
	Timestamp time.Time `json:"timestamp"`
	Data      any       `json:"data"`
}

// EmitTx records the event for every endpoint that subscribed to its type and queues their
// deliveries, within tx: the deliveries exist exactly when the change that caused them was
// committed. A nil Service emits nothing (the tests of one service build it without one).
func (s *Service) EmitTx(ctx context.Context, tx *store.Store, event string, data any) error {
	if s == nil {
		return nil
	}
	es, err := tx.WebhookEndpoints(ctx)
	if err != nil {
		return err
	}
	var body []byte
	now := s.Now()
	for _, e := range es {
		if !e.Wants(event) {
			continue
		}
		if body == nil {
			if body, err = json.Marshal(message{Type: event, Timestamp: now, Data: data}); err != nil {
				return fmt.Errorf("webhooks: encode %s: %w", event, err)
			}
		}
		d := model.WebhookDelivery{EndpointID: e.ID, MessageID: newMessageID(), Event: event, Payload: string(body),
			Status: model.DeliveryPending, CreatedAt: now, NextAttemptAt: &now}
		if err := tx.CreateWebhookDelivery(ctx, &d); err != nil {
			return err
		}
		if err := s.Jobs.EnqueueTx(ctx, tx, DeliverArgs{DeliveryID: d.ID}); err != nil {
			return err
		}
	}
	return nil
}

// newMessageID is a delivery's webhook-id: unique, and the same on every attempt.
func newMessageID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return "msg_" + base64.RawURLEncoding.EncodeToString(b)
}
