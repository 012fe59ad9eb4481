// Package vendors registers vendors, the services bought from them and their contacts.
package vendors

import (
	"context"
	"net/url"
	"strings"
	"time"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/reassess"
	"assay/app/store"
	"assay/app/validate"
)

// Tiers, most critical first.
var Tiers = []string{"critical", "high", "medium", "low"}

// Input is a vendor as typed into the form or sent to the API.
type Input struct {
	Name     string         `json:"name" validate:"required,max=200"`
	Website  string         `json:"website" validate:"omitempty,max=300,http_url"`
	Tier     string         `json:"tier" validate:"required,oneof=critical high medium low"`
	Services []ServiceInput `json:"services" validate:"max=50,dive"`
	Contacts []ContactInput `json:"contacts" validate:"max=50,dive"`
}

// ServiceInput is one service bought from the vendor.
type ServiceInput struct {
	Name     string   `json:"name" validate:"required,max=200"`
	Keywords []string `json:"keywords" validate:"max=20,dive,max=100"`
}

// ContactInput is one person at the vendor.
type ContactInput struct {
	Name  string `json:"name" validate:"required,max=200"`
	Email string `json:"email" validate:"required,email,max=254"`
}

// Service creates, changes and lists vendors.
type Service struct {
	Deps
}

// Deps are what a Service needs; New takes them all at once.
type Deps struct {
	Store *store.Store
	Now   func() time.Time
	// Reassess tells when a vendor's next assessment falls due.
	Reassess *reassess.Service
}

// New returns a Service over the given store and clock.
func New(d Deps) *Service { return &Service{Deps: d} }

// Normalize trims whitespace and drops rows left wholly empty, so a form's spare rows do not
// count as entries.
func (in *Input) Normalize() {
	in.Name = strings.TrimSpace(in.Name)
	in.Website = strings.TrimSpace(in.Website)
	if in.Website != "" && !strings.Contains(in.Website, "://") {
		in.Website = "https://" + in.Website
	}
	in.Tier = strings.TrimSpace(in.Tier)
	var ss []ServiceInput
	for _, s := range in.Services {
		s.Name = strings.TrimSpace(s.Name)
		var kws []string
		for _, k := range s.Keywords {
			if k = strings.TrimSpace(k); k != "" {
				kws = append(kws, k)
			}
		}
		s.Keywords = kws
		if s.Name == "" && len(kws) == 0 {
			continue
		}
		ss = append(ss, s)
	}
	in.Services = ss
	var cs []ContactInput
	for _, c := range in.Contacts {
		c.Name, c.Email = strings.TrimSpace(c.Name), strings.ToLower(strings.TrimSpace(c.Email))
		if c.Name == "" && c.Email == "" {
			continue
		}
		cs = append(cs, c)
	}
	in.Contacts = cs
}

func (in Input) check() error {
	err := validate.Struct(in)
	if err != nil {
		return err
	}
	if in.Website != "" {
		if u, perr := url.Parse(in.Website); perr != nil || u.Host == "" {
			return &validate.Error{Fields: map[string]string{"website": "Enter a web address such as https://example.com."}}
		}
	}
	return nil
}

func (in Input) model() model.Vendor {
	v := model.Vendor{Name: in.Name, Website: in.Website, Tier: in.Tier}
	for _, s := range in.Services {
		v.Services = append(v.Services, model.Service{Name: s.Name, Keywords: s.Keywords})
	}
	for _, c := range in.Contacts {
		v.Contacts = append(v.Contacts, model.Contact{Name: c.Name, Email: c.Email})
	}
	return v
}

// Create registers a vendor owned by the acting analyst.
func (s *Service) Create(ctx context.Context, in Input, actor audit.Actor) (model.Vendor, error) {
	in.Normalize()
	if err := in.check(); err != nil {
		return model.Vendor{}, err
	}
	v := in.model()
	now := s.Now()
	v.Decision, v.CreatedAt, v.UpdatedAt = "pending", now, now
	if actor.Type == audit.ActorUser || actor.Type == audit.ActorAPIToken {
		if u, err := s.Store.UserByEmail(ctx, actor.Label); err == nil {
			v.OwnerID = &u.ID
		}
	}
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.CreateVendor(ctx, &v); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "vendor.create", ObjectType: "vendor", ObjectID: v.ID,
			Detail: map[string]any{"name": v.Name, "tier": v.Tier}}, now)
	})
	return v, err
}

// Update replaces a vendor's details, services and contacts.
func (s *Service) Update(ctx context.Context, id uint, in Input, actor audit.Actor) (model.Vendor, error) {
	in.Normalize()
	if err := in.check(); err != nil {
		return model.Vendor{}, err
	}
	v := in.model()
	v.ID = id
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.UpdateVendor(ctx, &v); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "vendor.update", ObjectType: "vendor", ObjectID: id,
			Detail: map[string]any{"name": v.Name, "tier": v.Tier}}, s.Now())
	})
	if err != nil {
		return model.Vendor{}, err
	}
	return s.Store.Vendor(ctx, id)
}

// InputOf turns a stored vendor back into form input, for the edit page.
func InputOf(v model.Vendor) Input {
	in := Input{Name: v.Name, Website: v.Website, Tier: v.Tier}
	for _, s := range v.Services {
		in.Services = append(in.Services, ServiceInput{Name: s.Name, Keywords: s.Keywords})
	}
	for _, c := range v.Contacts {
		in.Contacts = append(in.Contacts, ContactInput{Name: c.Name, Email: c.Email})
	}
	return in
}
