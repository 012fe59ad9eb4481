package invitations

import (
	"context"
	"fmt"
	"strings"
	"time"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/mail"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/store"
	"assay/app/validate"
	"assay/app/webhooks"
)

// SendInput is the analyst's request to send a questionnaire.
type SendInput struct {
	Questionnaire string   `json:"questionnaire"`
	DueDate       string   `json:"due_date" validate:"required"`
	Recipients    []string `json:"recipients" validate:"min=1,max=20,dive,required,email,max=254"`
}

// SentInvitation is an invitation as shown once to the sender: the URL carries the token.
type SentInvitation struct {
	ID        uint      `json:"id"`
	Email     string    `json:"email"`
	URL       string    `json:"url"`
	ExpiresAt time.Time `json:"expires_at"`
	Mailed    bool      `json:"mailed"`
}

// Send creates an assessment of a vendor pinned to the installed questionnaire version and
// invites every recipient with a link of its own.
func (s *Service) Send(ctx context.Context, vendorID uint, in SendInput, actor audit.Actor) (model.Assessment, []SentInvitation, error) {
	v, err := s.store.Vendor(ctx, vendorID)
	if err != nil {
		return model.Assessment{}, nil, err
	}
	now := s.now()
	plan, verr, err := s.planSend(v, in, now)
	if err == nil {
		err = verr.Err()
	}
	if err != nil {
		return model.Assessment{}, nil, err
	}
	var w written
	err = s.store.Tx(ctx, func(tx *store.Store) error {
		var err error
		w, err = s.writeSend(ctx, tx, plan, actor, now)
		return err
	})
	if err != nil {
		return model.Assessment{}, nil, err
	}
	return w.assessment, s.mailSend(ctx, w), nil
}

// sendPlan is a checked request to send one vendor a questionnaire, ready to be written.
type sendPlan struct {
	vendor     model.Vendor
	def        *questionnaire.Definition
	due        time.Time
	recipients []string
}

// written is an assessment just stored with its invitations and their tokens, waiting for
// the transaction to commit before the mail goes out.
type written struct {
	assessment model.Assessment
	invs       []*model.Invitation
	tokens     []string
	// prefilled says the vendor's last answers were carried over, which the mail tells.
	prefilled bool
}

// planSend checks a send request for vendor v, returning every problem at once by field;
// err is for failures that are not the request's fault.
func (s *Service) planSend(v model.Vendor, in SendInput, now time.Time) (sendPlan, *validate.Error, error) {
	if in.Questionnaire == "" {
		in.Questionnaire = "iso27001-a5.4"
	}
	seen := map[string]bool{}
	var recips []string
	for _, r := range in.Recipients {
		r = strings.ToLower(strings.TrimSpace(r))
		if r != "" && !seen[r] {
			seen[r] = true
			recips = append(recips, r)
		}
	}
	in.Recipients = recips
	verr := &validate.Error{}
	if err := validate.Struct(in); err != nil {
		ve, ok := validate.As(err)
		if !ok {
			return sendPlan{}, nil, err
		}
		for k, m := range ve.Fields {
			if strings.HasPrefix(k, "recipients") {
				k = "recipients"
			}
			verr.Add(k, m)
		}
	}
	def, ok := s.questionnaires.Get(in.Questionnaire)
	if !ok {
		verr.Add("questionnaire", "No questionnaire with this id is installed.")
	}
	due, err := time.Parse("2006-01-02", in.DueDate)
	switch {
	case in.DueDate == "":
	case err != nil:
		verr.Add("due_date", "Enter the due date as YYYY-MM-DD.")
	case !due.After(now):
		verr.Add("due_date", "Choose a due date after today.")
	case due.After(now.AddDate(1, 0, 0)):
		verr.Add("due_date", "Choose a due date within a year.")
	}
	return sendPlan{vendor: v, def: def, due: due, recipients: in.Recipients}, verr, nil
}

// writeSend stores the planned assessment and its invitations within tx, audited, and starts
// it from the vendor's last submitted answers when there are any.
func (s *Service) writeSend(ctx context.Context, tx *store.Store, p sendPlan, actor audit.Actor, now time.Time) (written, error) {
	v, def := p.vendor, p.def
	expires := s.expiry(p.due, now)
	a := model.Assessment{VendorID: v.ID, QuestionnaireID: def.ID, QuestionnaireVersion: def.Version, QuestionnaireHash: def.Hash,
		Status: model.StatusSent, DueOn: p.due, SentByID: actor.ID, CreatedAt: now, UpdatedAt: now}
	if actor.Type == audit.ActorAPIToken {
		if u, err := tx.UserByEmail(ctx, actor.Label); err == nil {
			a.SentByID = u.ID
		}
	}
	w := written{tokens: make([]string, len(p.recipients)), invs: make([]*model.Invitation, len(p.recipients))}
	for i, r := range p.recipients {
		token, hash, sealed := s.newToken()
		w.tokens[i] = token
		w.invs[i] = &model.Invitation{Email: r, Name: contactName(v, r), TokenHash: hash, TokenSealed: sealed, ExpiresAt: expires, CreatedAt: now}
	}
	if err := tx.SaveQuestionnaireVersion(ctx, &model.QuestionnaireVersion{Hash: def.Hash, QuestionnaireID: def.ID,
		Version: def.Version, Source: def.Source(), CreatedAt: now}); err != nil {
		return w, err
	}
	if err := tx.CreateAssessment(ctx, &a, w.invs); err != nil {
		return w, err
	}
	if err := tx.RefreshVendorSummary(ctx, v.ID); err != nil {
		return w, err
	}
	if err := audit.Record(ctx, tx, actor, audit.Event{Action: "assessment.send", ObjectType: "assessment", ObjectID: a.ID,
		Assessment: a.ID, Detail: map[string]any{"vendor_id": v.ID, "questionnaire": def.ID, "version": def.Version,
			"hash": def.Hash, "due_on": p.due.Format("2006-01-02"), "recipients": p.recipients}}, now); err != nil {
		return w, err
	}
	if err := audit.Record(ctx, tx, actor, audit.Event{Action: "assessment.send", ObjectType: "assessment", ObjectID: a.ID,
		Detail: map[string]any{"vendor_id": v.ID}}, now); err != nil {
		return w, err
	}
	if err := reassess.CarryOver(ctx, tx, a, def, actor, now); err != nil {
		return w, err
	}
	if err := s.webhooks.EmitTx(ctx, tx, model.EventAssessmentSent, webhooks.Assessment(a, a.Status)); err != nil {
		return w, err
	}
	carried, err := tx.Answers(ctx, a.ID)
	if err != nil {
		return w, err
	}
	w.prefilled = len(carried) > 0
	a.Vendor = &v
	w.assessment = a
	return w, nil
}

// mailSend mails each invitation of a committed send its link.
func (s *Service) mailSend(ctx context.Context, w written) []SentInvitation {
	sent := make([]SentInvitation, len(w.invs))
	for i, inv := range w.invs {
		sent[i] = s.invite(ctx, w.assessment, *inv, w.tokens[i], w.prefilled)
	}
	return sent
}

// expiry is the due date plus the grace period, capped at the longest life a link may have.
func (s *Service) expiry(due, now time.Time) time.Time {
	exp := due.Add(24*time.Hour + s.grace)
	if max := now.Add(s.maxAge); exp.After(max) {
		exp = max
	}
	return exp.UTC()
}

func contactName(v model.Vendor, email string) string {
	for _, c := range v.Contacts {
		if strings.EqualFold(c.Email, email) {
			return c.Name
		}
	}
	return ""
}

// VendorName is the name of the assessment's vendor when it was loaded with it, for mail.
func VendorName(a model.Assessment) string {
	if a.Vendor == nil {
		return ""
	}
	return a.Vendor.Name
}

// Greeting opens a mail to an invitation's recipient, by name when the contact has one.
func Greeting(inv model.Invitation) string {
	if inv.Name == "" {
		return "Hello,"
	}
	return "Hello " + inv.Name + ","
}

// InvitationURL is the link a recipient opens.
func (s *Service) InvitationURL(token string) string { return s.baseURL + "/r/" + token }

func (s *Service) invite(ctx context.Context, a model.Assessment, inv model.Invitation, token string, prefilled bool) SentInvitation {
	link := s.InvitationURL(token)
	vendor := VendorName(a)
	asks := "You have been asked to complete a security questionnaire"
	subject := "Security questionnaire for " + vendor
	if s.orgName != "" {
		asks = s.orgName + " asks you to complete a security questionnaire"
		subject += " from " + s.orgName
	}
	carried := ""
	if prefilled {
		carried = `
Your answers from the last assessment are already filled in: check each one, change what is
no longer true, or confirm it unchanged. Files are not carried over; attach them again.
`
	}
	text := fmt.Sprintf(`%s

%s for %s: %s.
%s
Open this link to answer. No account is needed; your answers are saved as you type,
so you can stop and come back with the same link until you submit.

  %s

Please submit by %s. The link works until %s.
If you did not expect this message, you can ignore it.
`, Greeting(inv), asks, vendor, "ISO/IEC 27001 control 5.4, management responsibilities", carried, link,
		a.DueOn.Format("2 January 2006"), inv.ExpiresAt.Format("2 January 2006"))
	return s.mailLink(ctx, a, inv, link, subject, text)
}

// Signature closes every mail to a vendor, naming the organisation asking when it is set.
func (s *Service) Signature() string {
	if s.orgName == "" {
		return ""
	}
	return "\n-- \n" + s.orgName + ", assessing its suppliers' information security with Assay\n"
}

// mailLink mails a message carrying an invitation link; the link is kept out of the stored copy
// once sent. A mail that cannot be recorded is logged: the link is still shown to the sender.
func (s *Service) mailLink(ctx context.Context, a model.Assessment, inv model.Invitation, link, subject, text string) SentInvitation {
	mailed, err := s.mailer.Send(ctx, mail.Message{To: inv.Email, Subject: subject, Text: text + s.Signature()}, link)
	if err != nil {
		s.log.Error("record invitation mail", "assessment_id", a.ID, "invitation_id", inv.ID, "error", err)
	}
	return SentInvitation{ID: inv.ID, Email: inv.Email, URL: link, ExpiresAt: inv.ExpiresAt, Mailed: mailed}
}

// Resend gives an invitation a new token and mails it again; the old link stops working.
func (s *Service) Resend(ctx context.Context, assessmentID, invitationID uint, actor audit.Actor) (SentInvitation, error) {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return SentInvitation{}, err
	}
	if err := assessments.Changeable(a); err != nil {
		return SentInvitation{}, err
	}
	inv, err := s.store.Invitation(ctx, a.ID, invitationID)
	if err != nil {
		return SentInvitation{}, err
	}
	now := s.now()
	var token string
	err = s.store.Tx(ctx, func(tx *store.Store) error {
		if token, err = s.rotate(ctx, tx, a, &inv, now); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "invitation.resend", ObjectType: "invitation", ObjectID: inv.ID,
			Assessment: a.ID, Detail: map[string]any{"email": inv.Email}}, now)
	})
	if err != nil {
		return SentInvitation{}, err
	}
	return s.invite(ctx, a, inv, token, false), nil
}

// rotate gives inv a new token and a fresh expiry inside the transaction tx, updating inv,
// and returns the token: the old link and the sessions opened with it stop working.
func (s *Service) rotate(ctx context.Context, tx *store.Store, a model.Assessment, inv *model.Invitation, now time.Time) (string, error) {
	return s.rotateTo(ctx, tx, inv, s.expiry(a.DueOn, now))
}

// rotateTo gives inv a new token expiring at expires inside tx, updating inv, and returns the token.
func (s *Service) rotateTo(ctx context.Context, tx *store.Store, inv *model.Invitation, expires time.Time) (string, error) {
	token, hash, sealed := s.newToken()
	if err := tx.RotateInvitation(ctx, inv.ID, hash, sealed, expires); err != nil {
		return "", err
	}
	inv.TokenHash, inv.TokenSealed, inv.ExpiresAt, inv.RevokedAt = hash, sealed, expires, nil
	return token, nil
}

// Revoke stops an invitation's link and ends the sessions opened with it.
func (s *Service) Revoke(ctx context.Context, assessmentID, invitationID uint, actor audit.Actor) error {
	inv, err := s.store.Invitation(ctx, assessmentID, invitationID)
	if err != nil {
		return err
	}
	now := s.now()
	return s.store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.RevokeInvitation(ctx, inv.ID, now); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "invitation.revoke", ObjectType: "invitation", ObjectID: inv.ID,
			Assessment: assessmentID, Detail: map[string]any{"email": inv.Email}}, now)
	})
}
