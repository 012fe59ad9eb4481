package facts

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"assay/app/reading"
)

// TestRealFiles reads the files that real programs made (Chromium's and
// LibreOffice's PDFs, a LibreOffice DOCX and XLSX), kept as fixtures of
// packages reading and pdf, through reading.Read and checks the facts. It is
// the whole path from bytes to facts, on files no test of ours wrote.
func TestRealFiles(t *testing.T) {
	certificate := Facts{
		KeyCertificateNumber: "IS 771234", KeyEdition: "2022", KeyAccreditationBody: "UKAS",
		KeyCertificationBody: "Meridian Certification Ltd",
		KeyIssuedOn:          "2024-03-15", KeyExpiresOn: "2027-03-14",
		KeyScope: "The provision of payroll processing and employee benefits administration services, including the hosting of the associated software platform, in accordance with the Statement of Applicability version 4.2.",
	}
	twoPages := Facts{
		KeyCertificateNumber: "FA-2020-0042", KeyEdition: "2013", KeyIssuedOn: "2023-06-01", KeyExpiresOn: "2026-05-31",
		KeyScope: "Hosting and operation of the customer analytics platform, excluding the payroll module.", KeyPages: 2.0,
	}
	minutes := Facts{
		KeyMeetingDate: "2024-09-12", KeyActionItemsHaveOwners: true,
		KeyTopics: map[string]bool{TopicTrainingMetrics: true, TopicPolicyViolations: true, TopicIncidents: true,
			TopicAuditFindings: true, TopicActionItems: true},
	}
	training := Facts{
		KeyPeople: 4.0, KeyCompleted: 2.0, KeyCompletionRate: 50.0, KeyNewestCompletion: "2024-11-02",
		KeyOldestCompletion: "2024-10-15", KeyContractorsIncluded: true,
	}
	cases := []struct {
		file, kind, question string
		want                 Facts
	}{
		{"certificate-chromium.pdf", "pdf", QuestionCertificate, certificate},
		{"certificate-objstm.pdf", "pdf", QuestionCertificate, certificate},
		{"certificate-fpdf.pdf", "pdf", QuestionCertificate, twoPages},
		{"enc-aes-256.pdf", "pdf", QuestionCertificate, twoPages},
		{"minutes-libreoffice.docx", "docx", QuestionReviewMinutes, minutes},
		{"minutes-libreoffice.pdf", "pdf", QuestionReviewMinutes, minutes},
		{"training.csv", "csv", QuestionTrainingReport, training},
		{"training-libreoffice.xlsx", "xlsx", QuestionTrainingReport, training},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			dir := filepath.Join("..", "testdata")
			if c.kind == "pdf" {
				dir = filepath.Join("..", "pdf", "testdata")
			}
			path := filepath.Join(dir, c.file)
			f, err := os.Open(path)
			if os.IsNotExist(err) {
				t.Skipf("fixture %s is not there (it belongs to the reading packages)", path)
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			st, err := f.Stat()
			if err != nil {
				t.Fatal(err)
			}
			doc, err := reading.Read(context.Background(), f, st.Size(), c.kind, reading.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			facts, err := For(c.question, doc)
			if err != nil {
				t.Fatal(err)
			}
			for k, want := range c.want {
				if !reflect.DeepEqual(facts[k], want) {
					t.Errorf("%s = %#v, want %#v", k, facts[k], want)
				}
			}
		})
	}
}
