// Package invitations sends questionnaires to vendors and looks after the links that let
// vendor contacts answer without an account: sending one or many, resending, revoking,
// withdrawing, rotating and reissuing links, mailing them, and opening one into a session.
package invitations

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/notify"
	"assay/app/questionnaire"
	"assay/app/store"
	"assay/app/webhooks"
)

// Errors the handlers turn into statuses.
var (
	// ErrInvalidLink covers unknown, expired, revoked and malformed invitation tokens alike, so
	// a visitor learns nothing about which tokens exist.
	ErrInvalidLink = errors.New("invitations: invitation link not valid")
	// ErrNoRecipients means every invitation of the assessment was revoked, so no link can be sent.
	ErrNoRecipients = errors.New("invitations: no unrevoked invitation to send a link to")
)

// Deps are what the invitation service needs.
type Deps struct {
	Store *store.Store
	// Questionnaires give the version a new assessment is sent with.
	Questionnaires *questionnaire.Registry
	Mailer         *notify.Mailer
	Log            *slog.Logger
	Now            func() time.Time
	// BaseURL starts every link.
	BaseURL string
	// Grace keeps a link working this long after the due date; MaxAge caps a link's life.
	Grace, MaxAge time.Duration
	// Webhooks tells subscribed endpoints of each assessment sent; nil tells none.
	Webhooks *webhooks.Service
	// OrgName is the organisation asking, named in every mail to a vendor; empty leaves it out.
	OrgName string
	// LinkKey (32 bytes, DeriveLinkKey) seals each token so notices can mail the link again;
	// without it every notice replaces the link.
	LinkKey []byte
}

// Service sends questionnaires and manages their links.
type Service struct {
	store          *store.Store
	questionnaires *questionnaire.Registry
	mailer         *notify.Mailer
	log            *slog.Logger
	now            func() time.Time
	baseURL        string
	grace, maxAge  time.Duration
	webhooks       *webhooks.Service
	linkKey        []byte
	orgName        string
}

// New builds the invitation service.
func New(d Deps) *Service {
	return &Service{store: d.Store, questionnaires: d.Questionnaires, mailer: d.Mailer, log: d.Log, now: d.Now,
		baseURL: d.BaseURL, grace: d.Grace, maxAge: d.MaxAge, webhooks: d.Webhooks, linkKey: d.LinkKey, orgName: d.OrgName}
}

// Open exchanges an invitation token for a vendor session scoped to its assessment.
func (s *Service) Open(ctx context.Context, token, ip string, sessions *auth.Service) (string, model.Session, error) {
	// The Invitation guard read the address's failed lookups before this, so no counter here.
	inv, _, err := s.byToken(ctx, token, "")
	if err != nil {
		return "", model.Session{}, err
	}
	now := s.now()
	var sessToken string
	var sess model.Session
	err = s.store.Tx(ctx, func(tx *store.Store) error {
		var err error
		if sessToken, sess, err = sessions.StartVendorSession(ctx, tx, inv, ip); err != nil {
			return err
		}
		if err := tx.TouchInvitation(ctx, inv.ID, now); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorInvitation, ID: inv.ID, Label: inv.Email, IP: ip},
			audit.Event{Action: "invitation.open", ObjectType: "invitation", ObjectID: inv.ID, Assessment: inv.AssessmentID}, now)
	})
	return sessToken, sess, err
}

// Principal resolves an invitation token sent as an API bearer token, and reads the failed
// token lookups from ip in the same query (see store.InvitationByTokenHash): they come back
// whether the token resolved or not, for the caller to refuse a blocked address either way.
func (s *Service) Principal(ctx context.Context, token, ip string) (auth.Principal, model.Throttle, error) {
	inv, guesses, err := s.byToken(ctx, token, auth.TokenGuessKey(ip))
	if err != nil {
		return auth.Principal{}, guesses, err
	}
	return auth.Principal{Invitation: &inv, AssessmentID: inv.AssessmentID}, guesses, nil
}

// byToken resolves token to a live invitation, with the throttle counter under guessKey. A
// token of the wrong shape is refused unread, with no counter.
func (s *Service) byToken(ctx context.Context, token, guessKey string) (model.Invitation, model.Throttle, error) {
	if auth.CheckTokenShape(token) != nil {
		return model.Invitation{}, model.Throttle{}, ErrInvalidLink
	}
	l, err := s.store.InvitationByTokenHash(ctx, auth.HashToken(token), guessKey)
	if err != nil {
		return l.Invitation, l.Guesses, err
	}
	inv := l.Invitation
	if !l.Found || inv.RevokedAt != nil || !s.now().Before(inv.ExpiresAt) {
		return inv, l.Guesses, ErrInvalidLink
	}
	if l.AssessmentStatus == model.StatusCancelled || l.AssessmentStatus == model.StatusExpired {
		return inv, l.Guesses, ErrInvalidLink
	}
	return inv, l.Guesses, nil
}
