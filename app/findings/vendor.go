package findings

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/mail"
	"assay/app/model"
	"assay/app/storage"
	"assay/app/store"
)

// ShareInput is the analyst's request to the vendor to remediate a finding.
type ShareInput struct {
	Message string `json:"message"`
}

// Share asks the vendor to remediate a finding: the message joins the finding's thread, the
// finding becomes visible through the vendor's link, and every recipient of the assessment is
// mailed their link, which opens on the finding and keeps working at least until the finding's
// due date plus the grace period. Sharing never stops a link mailed before.
func (s *Service) Share(ctx context.Context, id uint, in ShareInput, actor audit.Actor) ([]invitations.SentInvitation, error) {
	f, msg, err := s.withText(ctx, id, "message", in.Message, "Tell the vendor what to do about this finding.")
	if err != nil {
		return nil, err
	}
	if !unresolved(f.Status) {
		return nil, ErrTransition
	}
	now := s.Now()
	until := f.DueOn
	if until.Before(now) {
		until = now
	}
	vendor := ""
	if f.Vendor != nil {
		vendor = f.Vendor.Name
	}
	compose := func(inv model.Invitation, link string, rotated bool) mail.Message {
		return mail.Message{To: inv.Email, Subject: "Finding to address for " + vendor + ": " + f.Title, Text: fmt.Sprintf(`%s

Reviewing the security questionnaire %s submitted, we found something we would like you to
address:

  %s
  %s

Our request:

  %s

Open this link to go straight to the finding, reply and attach documents. No account is needed.

  %s

Please reply by %s. %s
`, invitations.Greeting(inv), vendor, f.Title, f.Explanation, msg, link, f.DueOn.Format("2 January 2006"), invitations.EarlierLinks(rotated))}
	}
	share := func(tx *store.Store) error {
		cols := map[string]any{"updated_at": now}
		if f.SharedAt == nil {
			cols["shared_at"] = now
		}
		if err := tx.UpdateFinding(ctx, f, cols, model.FindingOpen, model.FindingVendorResponded); err != nil {
			if errors.Is(err, model.ErrConflict) {
				return ErrTransition
			}
			return err
		}
		if err := tx.AddFindingMessage(ctx, &model.FindingMessage{FindingID: f.ID, Kind: model.MessageRequest, AuthorType: actor.Type,
			Author: actor.Label, Body: msg, CreatedAt: now}); err != nil {
			return err
		}
		return s.event(ctx, tx, actor, f, "finding.share", now, map[string]any{"message": msg})
	}
	return s.Invitations.Notify(ctx, f.AssessmentID, invitations.Notice{Reason: "finding shared", Until: until,
		Next: FindingNext(f.ID), Compose: compose, Within: share}, actor)
}

// FindingNext is the vendor page of a shared finding, where a link about it opens.
func FindingNext(id uint) string { return fmt.Sprintf("/respond/findings#finding-%d", id) }

// VendorFindings lists the findings of an assessment shared with its vendor, with threads.
func (s *Service) VendorFindings(ctx context.Context, assessmentID uint) ([]Detail, error) {
	fs, err := s.Store.SharedFindings(ctx, assessmentID)
	if err != nil {
		return nil, err
	}
	out := make([]Detail, len(fs))
	for i, f := range fs {
		th, err := s.Store.FindingThread(ctx, f.ID)
		if err != nil {
			return nil, err
		}
		out[i] = Detail{Finding: f, Thread: th}
	}
	return out, nil
}

// sharedFinding returns the finding only if it belongs to the assessment and was shared with
// its vendor; anything else is not found, so a link learns nothing of other findings.
func (s *Service) sharedFinding(ctx context.Context, assessmentID, id uint) (model.Finding, error) {
	f, err := s.Store.AssessmentFinding(ctx, assessmentID, id)
	if err != nil {
		return f, err
	}
	if f.SharedAt == nil {
		return f, model.ErrNotFound
	}
	return f, nil
}

// ReceiveFile streams one file of a vendor's response into the evidence store, sniffed and
// hashed like evidence, and returns its unsaved record; Respond records it. The finding must be
// one shared with the vendor of assessmentID.
func (s *Service) ReceiveFile(ctx context.Context, assessmentID, findingID uint, filename string, r io.Reader, actor audit.Actor) (model.FindingFile, error) {
	f, err := s.sharedFinding(ctx, assessmentID, findingID)
	if err != nil {
		return model.FindingFile{}, err
	}
	if !unresolved(f.Status) {
		return model.FindingFile{}, ErrTransition
	}
	key := storage.NewKey("findings", s.Now())
	rec, err := storage.Receive(ctx, s.Evidence, key, r, s.MaxUploadBytes, storage.AllKinds)
	if err != nil {
		return model.FindingFile{}, err
	}
	return model.FindingFile{FindingID: f.ID, StoredFile: rec.File(key, filename), UploadedBy: actor.Label}, nil
}

// RespondInput is the vendor's reply to a shared finding.
type RespondInput struct {
	Text string `json:"text"`
}

// Respond records the vendor's reply, with the files ReceiveFile stored, and marks the finding
// vendor_responded. On any failure the files' objects are removed.
func (s *Service) Respond(ctx context.Context, assessmentID, findingID uint, in RespondInput, files []model.FindingFile, actor audit.Actor) (model.FindingMessage, error) {
	m, err := s.respond(ctx, assessmentID, findingID, in, files, actor)
	if err != nil {
		s.Discard(files)
	}
	return m, err
}

func (s *Service) respond(ctx context.Context, assessmentID, findingID uint, in RespondInput, files []model.FindingFile, actor audit.Actor) (model.FindingMessage, error) {
	f, err := s.sharedFinding(ctx, assessmentID, findingID)
	if err != nil {
		return model.FindingMessage{}, err
	}
	text := strings.TrimSpace(in.Text)
	if err := textField("text", text, "Write your response."); err != nil {
		return model.FindingMessage{}, err
	}
	now := s.Now()
	m := model.FindingMessage{FindingID: f.ID, Kind: model.MessageResponse, AuthorType: actor.Type, Author: actor.Label, Body: text,
		CreatedAt: now}
	for _, ff := range files {
		if ff.FindingID != f.ID {
			return m, model.ErrNotFound
		}
		ff.CreatedAt = now
		m.Files = append(m.Files, ff)
	}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.UpdateFinding(ctx, f, map[string]any{"status": model.FindingVendorResponded, "updated_at": now},
			model.FindingOpen, model.FindingVendorResponded); err != nil {
			if errors.Is(err, model.ErrConflict) {
				return ErrTransition
			}
			return err
		}
		if err := tx.AddFindingMessage(ctx, &m); err != nil {
			return err
		}
		names, hashes := make([]string, len(m.Files)), make([]string, len(m.Files))
		for i, ff := range m.Files {
			names[i], hashes[i] = ff.Filename, ff.SHA256
		}
		return s.event(ctx, tx, actor, f, "finding.respond", now, map[string]any{"from": f.Status, "status": model.FindingVendorResponded,
			"message_id": m.ID, "files": names, "sha256": hashes})
	})
	return m, err
}

// Discard removes the objects of files that were received but will not be recorded.
func (s *Service) Discard(files []model.FindingFile) {
	for _, ff := range files {
		// The request that sent them may be gone; the cleanup must still run.
		if err := s.Evidence.Delete(context.Background(), ff.ObjectKey); err != nil {
			s.Log.Error("remove object of unrecorded finding file", "key", ff.ObjectKey, "error", err)
		}
	}
}

// OpenFile returns a finding file's record and content, checked to belong to the finding.
func (s *Service) OpenFile(ctx context.Context, findingID, fileID uint) (model.FindingFile, io.ReadCloser, error) {
	ff, err := s.Store.FindingFile(ctx, findingID, fileID)
	return storage.OpenFound(ctx, s.Evidence, ff, err)
}
