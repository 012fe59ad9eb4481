package pipeline_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/pipeline"
	"assay/app/reading"
	"assay/app/storage"
)

// TestChangedStoredFileIsRefused changes a vendor's file in the evidence store after it was
// received, as someone with access to the folder or the bucket (or a network between Assay and a
// plain-HTTP store) could: the reading refuses it as unreadable, saying the file is not the one
// uploaded, and a download fails rather than serve the other content as the vendor's (one of
// the same size never whole, one shorter or longer never with the recorded length). The same
// file left alone is read and served. On the local folder and on S3 (MinIO, unversioned, where a
// write over the key replaces what Assay opens).
func TestChangedStoredFileIsRefused(t *testing.T) {
	for _, s3 := range []bool{false, true} {
		t.Run(map[bool]string{false: "local", true: "s3"}[s3], func(t *testing.T) {
			app := apptest.NewApp(t, apptest.Options{S3: s3, Env: map[string]string{"ASSAY_OCR": "off"}})
			ctx := apptest.Ctx()
			a := sendQuestionnaire(t, app, "Changed Files Ltd")
			p := pipeline.New(pipeline.Deps{Store: app.Store, Evidence: app.Evidence, Assessments: app.Assessments, Readings: 1, Log: app.Log, Now: app.Now})
			policy := "Information security policy, approved by the board on 3 March 2026.\n"
			for i, changed := range []string{"", "Information security policy, approved by the board on 3 March 2016.\n", "Policy.\n",
				policy + "Annex: none.\n"} {
				key := storage.NewKey(fmt.Sprintf("evidence/test-%d", i), app.Now())
				got, err := storage.Receive(ctx, app.Evidence, key, strings.NewReader(policy), 1<<20, storage.AllKinds)
				if err != nil {
					t.Fatal(err)
				}
				e := model.Evidence{AssessmentID: a.ID, QuestionID: "security_policy", Status: model.EvidenceStored, CreatedAt: app.Now(),
					StoredFile: got.File(key, "policy.txt")}
				if err := app.Store.CreateEvidence(ctx, &e); err != nil {
					t.Fatal(err)
				}
				if changed != "" {
					if err := app.Evidence.Delete(ctx, key); err != nil {
						t.Fatal(err)
					}
					if err := app.Evidence.Put(ctx, key, strings.NewReader(changed), "text/plain"); err != nil {
						t.Fatal(err)
					}
				}

				err = p.Extract(ctx, a.ID, e.ID)
				var ue *reading.UnreadableError
				switch {
				case changed == "" && err != nil:
					t.Errorf("file as received: reading failed: %v", err)
				case changed != "" && (!errors.As(err, &ue) || !strings.Contains(ue.Reason, "not the one the vendor uploaded")):
					t.Errorf("file changed to %q: reading = %v; want unreadable, saying it is not the file uploaded", changed, err)
				}

				_, rc, err := app.Responses.OpenEvidence(ctx, a.ID, e.ID)
				if err != nil {
					t.Fatal(err)
				}
				body, err := io.ReadAll(rc)
				rc.Close()
				switch {
				case changed == "" && (err != nil || string(body) != policy):
					t.Errorf("download of the file as received: %q, %v", body, err)
				case changed != "" && !errors.Is(err, storage.ErrChanged):
					t.Errorf("download of the file changed to %q: %q, %v; want it refused", changed, body, err)
				case len(changed) == len(policy) && len(body) >= len(policy):
					// Sent with the recorded length, a download that stops short fails at the
					// browser; one of the same size must not pass on all its bytes first.
					t.Errorf("download of the changed file passed on all of it: %q", body)
				}
			}
		})
	}
}
