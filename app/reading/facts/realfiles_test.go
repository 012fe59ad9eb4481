package facts

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"assay/app/evidence"
	"assay/app/reading"
)

// TestRealFiles reads the files that real programs made (Chromium's and
// LibreOffice's PDFs, a LibreOffice DOCX and XLSX), kept as fixtures of
// packages reading and pdf, through reading.Read and checks the facts. It is
// the whole path from bytes to facts, on files no test of ours wrote.
func TestRealFiles(t *testing.T) {
	certificate := values{
		evidence.KeyCertificateNumber: "IS 771234", evidence.KeyEdition: "2022", evidence.KeyAccreditationBody: "UKAS",
		evidence.KeyCertificationBody: "Meridian Certification Ltd",
		evidence.KeyIssuedOn:          "2024-03-15", evidence.KeyExpiresOn: "2027-03-14",
		evidence.KeyScope: "The provision of payroll processing and employee benefits administration services, including the hosting of the associated software platform, in accordance with the Statement of Applicability version 4.2.",
	}
	twoPages := values{
		evidence.KeyCertificateNumber: "FA-2020-0042", evidence.KeyEdition: "2013", evidence.KeyIssuedOn: "2023-06-01", evidence.KeyExpiresOn: "2026-05-31",
		evidence.KeyScope: "Hosting and operation of the customer analytics platform, excluding the payroll module.", evidence.KeyPages: 2.0,
	}
	minutes := values{
		evidence.KeyMeetingDate: "2024-09-12", evidence.KeyActionItemsHaveOwners: true,
		evidence.KeyTopics: map[string]bool{evidence.TopicTrainingMetrics: true, evidence.TopicPolicyViolations: true, evidence.TopicIncidents: true,
			evidence.TopicAuditFindings: true, evidence.TopicActionItems: true},
	}
	training := values{
		evidence.KeyPeople: 4.0, evidence.KeyCompleted: 2.0, evidence.KeyCompletionRate: 50.0, evidence.KeyNewestCompletion: "2024-11-02",
		evidence.KeyOldestCompletion: "2024-10-15", evidence.KeyContractorsIncluded: true,
	}
	cases := []struct {
		file, kind, question string
		want                 values
	}{
		{"certificate-chromium.pdf", "pdf", evidence.QuestionCertificate, certificate},
		{"certificate-objstm.pdf", "pdf", evidence.QuestionCertificate, certificate},
		{"certificate-fpdf.pdf", "pdf", evidence.QuestionCertificate, twoPages},
		{"enc-aes-256.pdf", "pdf", evidence.QuestionCertificate, twoPages},
		{"minutes-libreoffice.docx", "docx", evidence.QuestionReviewMinutes, minutes},
		{"minutes-libreoffice.pdf", "pdf", evidence.QuestionReviewMinutes, minutes},
		{"training.csv", "csv", evidence.QuestionTrainingReport, training},
		{"training-libreoffice.xlsx", "xlsx", evidence.QuestionTrainingReport, training},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			read, err := For(c.question, readFixture(t, c.file, c.kind))
			if err != nil {
				t.Fatal(err)
			}
			facts := read.Values()
			for k, want := range c.want {
				if !reflect.DeepEqual(facts[k], want) {
					t.Errorf("%s = %#v, want %#v", k, facts[k], want)
				}
			}
		})
	}
}

// readFixture reads one of the real files kept as fixtures of packages
// reading and pdf.
func readFixture(t *testing.T, file, kind string) Document {
	t.Helper()
	dir := filepath.Join("..", "testdata")
	if kind == "pdf" {
		dir = filepath.Join("..", "pdf", "testdata")
	}
	return readPath(t, filepath.Join(dir, file), kind)
}

// readPath reads a fixture file through reading.Read.
func readPath(t *testing.T, path, kind string) Document {
	t.Helper()
	// The fixtures are committed with the reading packages; a missing one is a broken move,
	// not a reason to pass without reading anything.
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("fixture %s: %v", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := reading.Read(context.Background(), f, st.Size(), kind, reading.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
