package invitations

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/url"
	"regexp"
	"time"

	"assay/app/audit"
	"assay/app/auth"
	"assay/app/mail"
	"assay/app/model"
	"assay/app/store"
)

// DeriveLinkKey derives the key that seals invitation tokens from the audit key: like it, it is
// kept outside the database and shared by replicas, and a label keeps the two uses apart.
func DeriveLinkKey(auditKey []byte) []byte {
	m := hmac.New(sha256.New, auditKey)
	m.Write([]byte("assay: invitation links v1"))
	return m.Sum(nil)
}

// seal encrypts a token for its invitation row with AES-256-GCM, its hash as associated data;
// "" without a key.
func (s *Service) seal(token, hash string) string {
	aead := s.aead()
	if aead == nil {
		return ""
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		panic("invitations: no randomness: " + err.Error())
	}
	return base64.RawStdEncoding.EncodeToString(aead.Seal(nonce, nonce, []byte(token), []byte(hash)))
}

// unseal returns the token of inv when it was sealed under this key and still hashes to the
// row's hash: a sealed value copied to another row, or a key that changed, gives nothing.
func (s *Service) unseal(inv model.Invitation) (string, bool) {
	aead := s.aead()
	b, err := base64.RawStdEncoding.DecodeString(inv.TokenSealed)
	if aead == nil || err != nil || len(b) < aead.NonceSize() {
		return "", false
	}
	n := aead.NonceSize()
	tok, err := aead.Open(nil, b[:n], b[n:], []byte(inv.TokenHash))
	if err != nil || auth.HashToken(string(tok)) != inv.TokenHash {
		return "", false
	}
	return string(tok), true
}

func (s *Service) aead() cipher.AEAD {
	if len(s.linkKey) != 32 {
		return nil
	}
	b, err := aes.NewCipher(s.linkKey)
	if err != nil {
		return nil
	}
	aead, err := cipher.NewGCM(b)
	if err != nil {
		return nil
	}
	return aead
}

// newToken makes a token with its hash and sealed copy.
func (s *Service) newToken() (token, hash, sealed string) {
	token, hash = auth.NewToken()
	return token, hash, s.seal(token, hash)
}

// ClarifyNext is where a link about a clarification round opens: the questions asked about.
const ClarifyNext = "/respond#returned-intro"

// vendorPages are the vendor pages a link may open on; anchors name a question, a section or a
// finding on them.
var (
	vendorPages = map[string]bool{"/respond": true, "/respond/findings": true}
	anchorShape = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,79}$`)
)

// VendorNext returns next when it is a vendor page Assay links to, with an optional #anchor,
// and "" for anything else: a link's destination is never an address from outside.
func VendorNext(next string) string {
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.RawQuery != "" || u.Opaque != "" ||
		!vendorPages[u.Path] || u.RawPath != "" || (u.Fragment != "" && !anchorShape.MatchString(u.Fragment)) {
		return ""
	}
	if u.Fragment == "" {
		return u.Path
	}
	return u.Path + "#" + u.Fragment
}

// VendorLink is the link a recipient opens, landing on next (see VendorNext) once the token is
// swapped for a session.
func (s *Service) VendorLink(token, next string) string {
	link := s.InvitationURL(token)
	if next = VendorNext(next); next != "" && next != "/respond" {
		link += "?next=" + url.QueryEscape(next)
	}
	return link
}

// Link is inv's working link to next, inside tx: the one the recipient already has when its
// token was sealed under this key, else a new token (rotated reports it: the old link stops,
// and the message should say so). Nothing is audited here; the caller records why.
func (s *Service) LinkTx(ctx context.Context, tx *store.Store, inv *model.Invitation, next string) (link string, rotated bool, err error) {
	if tok, ok := s.unseal(*inv); ok {
		return s.VendorLink(tok, next), false, nil
	}
	tok, err := s.rotateTo(ctx, tx, inv, inv.ExpiresAt)
	if err != nil {
		return "", false, err
	}
	return s.VendorLink(tok, next), true, nil
}

// Notice is a message about something new on an assessment, for each of its recipients.
type Notice struct {
	// Reason is kept in each recipient's audit event.
	Reason string
	// Until keeps the links working at least until the day after it plus the grace period.
	Until time.Time
	// Next is the vendor page the link opens on (VendorNext).
	Next string
	// Compose writes the message around the recipient's link; rotated says the link is new and
	// earlier ones stopped working.
	Compose func(inv model.Invitation, link string, rotated bool) mail.Message
	// Within, when set, runs in the same transaction, so the change being announced commits
	// with the links' new expiries.
	Within func(tx *store.Store) error
}

// Notify mails every unrevoked recipient of an assessment the notice, with the link they
// already have, opening where the notice points; a link is only replaced when its token cannot
// be recovered (a row sealed before links were kept, or a changed key). A link about to lapse
// is extended to the notice's Until, never shortened. It works whatever the assessment's
// status, for follow-ups after submission.
func (s *Service) Notify(ctx context.Context, assessmentID uint, n Notice, actor audit.Actor) ([]SentInvitation, error) {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return nil, err
	}
	invs, err := s.store.Invitations(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	var live []model.Invitation
	for _, inv := range invs {
		if inv.RevokedAt == nil {
			live = append(live, inv)
		}
	}
	if len(live) == 0 {
		return nil, ErrNoRecipients
	}
	now := s.now()
	links := make([]string, len(live))
	rotated := make([]bool, len(live))
	err = s.store.Tx(ctx, func(tx *store.Store) error {
		for i := range live {
			inv := &live[i]
			if exp := s.expiry(n.Until, now); exp.After(inv.ExpiresAt) {
				if err := tx.ExtendInvitation(ctx, inv.ID, exp); err != nil {
					return err
				}
				inv.ExpiresAt = exp
			}
			var err error
			if links[i], rotated[i], err = s.LinkTx(ctx, tx, inv, n.Next); err != nil {
				return err
			}
			if err := audit.Record(ctx, tx, actor, audit.Event{Action: "invitation.notify", ObjectType: "invitation", ObjectID: inv.ID,
				Assessment: a.ID, Detail: map[string]any{"email": inv.Email, "reason": n.Reason, "expires_at": inv.ExpiresAt,
					"rotated": rotated[i]}}, now); err != nil {
				return err
			}
		}
		if n.Within != nil {
			return n.Within(tx)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sent := make([]SentInvitation, len(live))
	for i, inv := range live {
		m := n.Compose(inv, links[i], rotated[i])
		sent[i] = s.mailLink(ctx, a, inv, links[i], m.Subject, m.Text)
	}
	return sent, nil
}

// EarlierLinks is the sentence a notice adds when its link is new.
func EarlierLinks(rotated bool) string {
	if rotated {
		return "This is a new link; links sent earlier no longer work."
	}
	return "This is the same link as before; it keeps working."
}

// ErrLinkStopped means the invitation's link was revoked or has expired: there is no link to
// show, only a new one to send.
var ErrLinkStopped = errors.New("invitations: the link was revoked or has expired; send a new link")

// ShownLink is a recipient's working link as shown to an analyst; Rotated says it is new and
// the one mailed before stopped.
type ShownLink struct {
	SentInvitation
	Rotated bool `json:"rotated"`
}

// ShowLink gives an analyst a recipient's link to hand over by other means, audited as
// invitation.link_shown: the link the recipient already has, so nothing they hold stops, or a
// new one when its token was never sealed. A revoked or expired link is not shown
// (ErrLinkStopped): Resend makes a new one and mails it.
func (s *Service) ShowLink(ctx context.Context, assessmentID, invitationID uint, actor audit.Actor) (ShownLink, error) {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return ShownLink{}, err
	}
	if a.Status == model.StatusCancelled || a.Status == model.StatusExpired {
		return ShownLink{}, ErrLinkStopped
	}
	inv, err := s.store.Invitation(ctx, a.ID, invitationID)
	if err != nil {
		return ShownLink{}, err
	}
	now := s.now()
	if inv.RevokedAt != nil || !now.Before(inv.ExpiresAt) {
		return ShownLink{}, ErrLinkStopped
	}
	var out ShownLink
	err = s.store.Tx(ctx, func(tx *store.Store) error {
		link, rotated, err := s.LinkTx(ctx, tx, &inv, "/respond")
		if err != nil {
			return err
		}
		out = ShownLink{SentInvitation: SentInvitation{ID: inv.ID, Email: inv.Email, URL: link, ExpiresAt: inv.ExpiresAt}, Rotated: rotated}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "invitation.link_shown", ObjectType: "invitation", ObjectID: inv.ID,
			Assessment: a.ID, Detail: map[string]any{"email": inv.Email, "rotated": rotated}}, now)
	})
	return out, err
}
