package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/assay"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/pipeline"
	"assay/app/storage"
)

// held is the evidence store with a gate on Open: each reading holds its file open until the
// test lets it go, so the test can count the readings under way.
type held struct {
	storage.Storage
	mu      sync.Mutex
	open    int
	release chan struct{}
}

func (h *held) Open(ctx context.Context, key string) (io.ReadCloser, error) {
	h.mu.Lock()
	h.open++
	h.mu.Unlock()
	<-h.release
	return h.Storage.Open(ctx, key)
}

func (h *held) opened() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.open
}

// TestReadingsWaitForASlot queues six files on a pipeline with two reading slots: two are read
// at once and the other four wait, without their files being opened, until a slot is free.
// All six are read in the end.
func TestReadingsWaitForASlot(t *testing.T) {
	const files, slots = 6, 2
	app := apptest.NewApp(t, apptest.Options{})
	ctx := apptest.Ctx()
	a := sendQuestionnaire(t, app, "Tango Readers")
	ids := make([]uint, files)
	for i := range ids {
		key := fmt.Sprintf("evidence/test/policy-%d", i)
		text := "Information security policy, approved by the board.\n"
		if err := app.Evidence.Put(ctx, key, strings.NewReader(text), "text/plain"); err != nil {
			t.Fatal(err)
		}
		e := model.Evidence{AssessmentID: a.ID, QuestionID: "security_policy", Status: model.EvidenceStored, CreatedAt: app.Now(),
			StoredFile: model.StoredFile{ObjectKey: key, Filename: "policy.txt", Size: int64(len(text)), Kind: "txt", ContentType: "text/plain"}}
		if err := app.Store.CreateEvidence(ctx, &e); err != nil {
			t.Fatal(err)
		}
		ids[i] = e.ID
	}
	h := &held{Storage: app.Evidence, release: make(chan struct{})}
	p := pipeline.New(pipeline.Deps{Store: app.Store, Evidence: h, Assessments: app.Assessments, Readings: slots, Log: app.Log, Now: app.Now})

	errs := make(chan error, files)
	for _, id := range ids {
		go func() { errs <- p.Extract(ctx, a.ID, id) }()
	}
	deadline := time.Now().Add(10 * time.Second)
	for h.opened() < slots && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // room for a third reading to start, were it allowed to
	if n := h.opened(); n != slots {
		t.Fatalf("%d readings under way at once, want %d", n, slots)
	}
	close(h.release)
	for range files {
		if err := <-errs; err != nil {
			t.Errorf("extract: %v", err)
		}
	}
	read, err := app.Store.EvidenceList(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range read {
		if e.Status != model.EvidenceExtracted {
			t.Errorf("file %d: %s %q, want read", e.ID, e.Status, e.ExtractError)
		}
	}
}

// sendQuestionnaire registers a vendor on app and sends it the questionnaire as an analyst, for
// tests that then put files on the assessment directly.
func sendQuestionnaire(t *testing.T, app *assay.App, vendor string) model.Assessment {
	t.Helper()
	ctx := apptest.Ctx()
	v := apptest.NewVendor(t, app, vendor)
	u, _, err := app.Accounts.CreateUser(ctx, auth.NewUser{Email: "sender@analysts.example", Role: model.RoleAnalyst, Name: "Sender",
		Password: auth.NewPassword()}, audit.System)
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := app.Invitations.Send(ctx, v.ID, invitations.SendInput{DueDate: app.Now().AddDate(0, 0, 30).Format("2006-01-02"),
		Recipients: []string{v.Contacts[0].Email}}, audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: u.Email})
	if err != nil {
		t.Fatal(err)
	}
	return a
}
