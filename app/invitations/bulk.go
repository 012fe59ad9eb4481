package invitations

import (
	"context"
	"fmt"
	"sort"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/store"
	"assay/app/validate"
)

// MaxBulkVendors is the most vendors one bulk send may reach, so one request stays one
// reasonable transaction and one screenful of results.
const MaxBulkVendors = 200

// BulkSendInput is the analyst's request to send one questionnaire to many vendors, each to
// its own recipients.
type BulkSendInput struct {
	Questionnaire string       `json:"questionnaire"`
	DueDate       string       `json:"due_date"`
	Vendors       []BulkVendor `json:"vendors"`
}

// BulkVendor is one vendor of a bulk send and the addresses its links go to.
type BulkVendor struct {
	VendorID   uint     `json:"vendor_id"`
	Recipients []string `json:"recipients"`
}

// BulkSent is what one vendor of a bulk send received.
type BulkSent struct {
	Vendor      model.Vendor
	Assessment  model.Assessment
	Invitations []SentInvitation
}

// BulkVendorField names a field of one vendor in a bulk send's validation errors, e.g.
// "vendors.12.recipients".
func BulkVendorField(vendorID uint, field string) string {
	return fmt.Sprintf("vendors.%d.%s", vendorID, field)
}

// SendBulk checks every vendor of the request first and sends nothing unless all are fine;
// then it writes one assessment per vendor, each through the same path as Send (own tokens,
// own audit events, answers carried over), in one transaction, and mails every link.
func (s *Service) SendBulk(ctx context.Context, in BulkSendInput, actor audit.Actor) ([]BulkSent, error) {
	verr := &validate.Error{}
	switch {
	case len(in.Vendors) == 0:
		verr.Add("vendors", "Choose at least one vendor.")
	case len(in.Vendors) > MaxBulkVendors:
		verr.Add("vendors", fmt.Sprintf("Send to at most %d vendors at once.", MaxBulkVendors))
	}
	if err := verr.Err(); err != nil {
		return nil, err
	}
	now := s.now()
	ids := make([]uint, len(in.Vendors))
	for i, bv := range in.Vendors {
		ids[i] = bv.VendorID
	}
	vendors, err := s.store.VendorsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	plans := make([]sendPlan, 0, len(in.Vendors))
	seen := map[uint]bool{}
	for _, bv := range in.Vendors {
		if seen[bv.VendorID] {
			verr.Add(BulkVendorField(bv.VendorID, "vendor_id"), "This vendor is listed twice.")
			continue
		}
		seen[bv.VendorID] = true
		v, ok := vendors[bv.VendorID]
		if !ok {
			verr.Add(BulkVendorField(bv.VendorID, "vendor_id"), "No vendor with this id.")
			continue
		}
		p, perr, err := s.planSend(v, SendInput{Questionnaire: in.Questionnaire, DueDate: in.DueDate, Recipients: bv.Recipients}, now)
		if err != nil {
			return nil, err
		}
		for k, m := range perr.Fields {
			if k == "recipients" {
				if len(bv.Recipients) == 0 {
					m = "Choose at least one contact of " + v.Name + "."
				}
				k = BulkVendorField(v.ID, k)
			}
			verr.Add(k, m)
		}
		plans = append(plans, p)
	}
	if err := verr.Err(); err != nil {
		return nil, err
	}
	// Vendors are written in id order, so two bulk sends running at once lock the vendors'
	// rows in the same order and cannot deadlock; results keep the order asked for.
	order := make([]int, len(plans))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return plans[order[a]].vendor.ID < plans[order[b]].vendor.ID })
	ws := make([]written, len(plans))
	err = s.store.Tx(ctx, func(tx *store.Store) error {
		ids := make([]uint, len(plans))
		vendorIDs := make([]uint, len(plans))
		for _, i := range order {
			var err error
			if ws[i], err = s.writeSend(ctx, tx, plans[i], actor, now); err != nil {
				return err
			}
			ids[i], vendorIDs[i] = ws[i].assessment.ID, plans[i].vendor.ID
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "assessment.bulk_send", ObjectType: "assessment",
			Detail: map[string]any{"questionnaire": plans[0].def.ID, "version": plans[0].def.Version, "due_on": in.DueDate,
				"vendor_ids": vendorIDs, "assessment_ids": ids}}, now)
	})
	if err != nil {
		return nil, err
	}
	out := make([]BulkSent, len(ws))
	for i, w := range ws {
		out[i] = BulkSent{Vendor: plans[i].vendor, Assessment: w.assessment, Invitations: s.mailSend(ctx, w)}
	}
	return out, nil
}
