package facts

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"assay/app/evidence"
)

// absent marks a fact that must not be extracted: a date with no label, a
// contractor column that is not there.
type absentFact struct{}

var absent = absentFact{}

// values are facts in their flat shape, as evidence.Facts.Values gives them.
type values = map[string]any

// sample is one evidence file of the corpus and the facts it must yield.
type sample struct {
	name     string
	question string
	doc      Document
	want     values
}

func text(lines ...string) Document {
	return Document{Kind: "pdf", Text: strings.Join(lines, "\n"), Pages: 1}
}

func csvDoc(lines ...string) Document { return Document{Kind: "csv", Text: strings.Join(lines, "\n")} }

func sheet(name string, rows ...[]string) Document {
	return Document{Kind: "xlsx", Tables: []Table{{Name: name, Rows: rows}}}
}

func row(cells ...string) []string { return cells }

// corpus is the evidence the extractors are measured on: certificates in
// the layouts certification bodies use, training reports and
// acknowledgement logs as learning and GRC systems export them, and review
// minutes as people write them.
var corpus = []sample{
	// Certificates.
	{"certificate/bsi style, ISO dates, several labelled dates", evidence.QuestionCertificate, text(
		"Certificate of Registration",
		"INFORMATION SECURITY MANAGEMENT SYSTEM - ISO/IEC 27001:2022",
		"This is to certify that: Northwind Payroll Services Ltd",
		"12 Harbour Road",
		"Leeds LS1 4AB",
		"Holds Certificate No: IS 654321",
		"and operates an Information Security Management System which complies with the requirements of ISO/IEC 27001:2022 for the following scope:",
		"The provision of payroll processing and HR administration services to UK clients, in",
		"accordance with the Statement of Applicability version 4.",
		"For and on behalf of BSI:",
		"Managing Director Assurance, UK & Ireland",
		"Original Registration Date: 2019-04-01    Effective Date: 2024-03-14",
		"Latest Revision Date: 2024-03-10          Expiry Date: 2027-03-13",
		"Page: 1 of 1",
		"UKAS MANAGEMENT SYSTEMS 003",
	), values{
		evidence.KeyCertificateNumber: "IS 654321", evidence.KeyCertificationBody: "BSI", evidence.KeyAccreditationBody: "UKAS", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2024-03-14", evidence.KeyExpiresOn: "2027-03-13",
		evidence.KeyScope: "The provision of payroll processing and HR administration services to UK clients, in accordance with the Statement of Applicability version 4.",
		evidence.KeySites: absent,
	}},
	{"certificate/dnv style, validity range, main site", evidence.QuestionCertificate, text(
		"MANAGEMENT SYSTEM CERTIFICATE",
		"Certificate no.: 10000123456-MSC-UKAS-GBR",
		"Initial certification date: 12 October 2018",
		"Valid: 1 November 2024 – 31 October 2027",
		"This is to certify that the management system of",
		"Contoso Cloud Ltd.",
		"Main site: 40 Dock Street, Dublin 1, Ireland",
		"has been found to conform to the Information Security Management System standard:",
		"ISO/IEC 27001:2022",
		"This certificate is valid for the following scope:",
		"Design, development, operation and support of the Contoso Cloud hosting platform and managed email services.",
		"Statement of Applicability: version 3.2 dated 2 September 2024",
		"Place and date: London, 4 November 2024",
		"For the issuing office: DNV - Business Assurance",
		"Accredited by UKAS",
	), values{
		evidence.KeyCertificateNumber: "10000123456-MSC-UKAS-GBR", evidence.KeyCertificationBody: "DNV", evidence.KeyAccreditationBody: "UKAS",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2024-11-01", evidence.KeyExpiresOn: "2027-10-31",
		evidence.KeyScope: "Design, development, operation and support of the Contoso Cloud hosting platform and managed email services.",
		evidence.KeySites: []string{"40 Dock Street, Dublin 1, Ireland"},
	}},
	{"certificate/docx table, ambiguous numeric dates, 2013 edition", evidence.QuestionCertificate, Document{Kind: "docx",
		Text: "CERTIFICATE\nAdatum Managed Services Ltd",
		Tables: []Table{{Rows: [][]string{
			row("Certificate number", "ISMS-2024-0042"),
			row("Standard", "ISO/IEC 27001:2013"),
			row("Certification body", "Certification Europe"),
			row("Accreditation", "INAB"),
			row("Scope", "Managed IT services, service desk and infrastructure monitoring for business customers."),
			row("Date of issue", "03/04/2024"),
			row("Expiry date", "02/04/2027"),
			row("Sites", "Unit 5, Sandyford Business Park, Dublin 18; 2 Cork Road, Cork"),
		}}}}, values{
		evidence.KeyCertificateNumber: "ISMS-2024-0042", evidence.KeyCertificationBody: "Certification Europe", evidence.KeyAccreditationBody: "INAB",
		evidence.KeyEdition: "2013", evidence.KeyIssuedOn: "2024-04-03", evidence.KeyExpiresOn: "2027-04-02",
		evidence.KeyScope: "Managed IT services, service desk and infrastructure monitoring for business customers.",
		evidence.KeySites: []string{"Unit 5, Sandyford Business Park, Dublin 18", "2 Cork Road, Cork"},
	}},
	{"certificate/us registrar, month-first words", evidence.QuestionCertificate, text(
		"Schellman & Company, LLC",
		"CERTIFICATE OF REGISTRATION",
		"ISO/IEC 27001:2022",
		"Acme Analytics, Inc.",
		"The scope of the ISO/IEC 27001:2022 certification is limited to the information security management system (ISMS) supporting the Acme Analytics SaaS platform and payroll analytics services, in accordance with the statement of applicability, version 2.0, dated January 5, 2024.",
		"",
		"Certificate Number: 1789234-2",
		"Issue Date: March 14, 2024   Expiration Date: March 13, 2027",
		"Original Registration Date: March 14, 2021",
		"ANAB accredited: MSCB-112",
	), values{
		evidence.KeyCertificateNumber: "1789234-2", evidence.KeyCertificationBody: "Schellman", evidence.KeyAccreditationBody: "ANAB", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2024-03-14", evidence.KeyExpiresOn: "2027-03-13",
		evidence.KeyScope: "the information security management system (ISMS) supporting the Acme Analytics SaaS platform and payroll analytics services, in accordance with the statement of applicability, version 2.0, dated January 5, 2024.",
	}},
	{"certificate/us registrar, month-first numbers", evidence.QuestionCertificate, text(
		"A-LIGN Compliance and Security, Inc.",
		"Certificate of Registration",
		"Fabrikam Health Inc. has been assessed and found to conform to ISO/IEC 27001:2022.",
		"Scope: The ISMS supporting the Fabrikam patient billing and claims processing services.",
		"Certificate #: 2024-0193",
		"Issue Date: 04/01/2024",
		"Expiration Date: 03/31/2027",
		"ANAB",
	), values{
		evidence.KeyCertificateNumber: "2024-0193", evidence.KeyCertificationBody: "A-LIGN", evidence.KeyAccreditationBody: "ANAB", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2024-04-01", evidence.KeyExpiresOn: "2027-03-31",
		evidence.KeyScope: "The ISMS supporting the Fabrikam patient billing and claims processing services.",
	}},
	{"certificate/only unlabelled dates", evidence.QuestionCertificate, text(
		"ISO 27001:2013 Certificate",
		"Fabrikam GmbH",
		"Scope: Development and operation of the Fabrikam document management software.",
		"14.03.2022",
		"13.03.2025",
		"TÜV SÜD Management Service GmbH",
		"DAkkS",
	), values{
		evidence.KeyEdition: "2013", evidence.KeyCertificationBody: "TÜV SÜD", evidence.KeyAccreditationBody: "DAkkS",
		evidence.KeyScope:     "Development and operation of the Fabrikam document management software.",
		evidence.KeyExpiresOn: absent, evidence.KeyIssuedOn: absent, evidence.KeyCertificateNumber: absent,
	}},
	{"certificate/browser print, labels above values", evidence.QuestionCertificate, text(
		"Certificate of Approval",
		"Certificate number",
		"GB-ISMS-88213",
		"Standard",
		"ISO/IEC 27001:2022",
		"Scope of certification",
		"Provision of cloud hosting, managed backup and e-mail services from the Frankfurt and",
		"Amsterdam data centres.",
		"Issue date",
		"01/07/2025",
		"Expiry date",
		"30/06/2028",
		"Certification body",
		"LRQA Limited",
		"Accreditation body",
		"UKAS",
	), values{
		evidence.KeyCertificateNumber: "GB-ISMS-88213", evidence.KeyCertificationBody: "LRQA", evidence.KeyAccreditationBody: "UKAS", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-07-01", evidence.KeyExpiresOn: "2028-06-30",
		evidence.KeyScope: "Provision of cloud hosting, managed backup and e-mail services from the Frankfurt and Amsterdam data centres.",
	}},
	{"certificate/one line of dates with an audit date between", evidence.QuestionCertificate, text(
		"SGS United Kingdom Ltd certifies that the management system of Tailspin Toys Ltd",
		"has been assessed and certified as meeting the requirements of ISO/IEC 27001 : 2022",
		"This certificate covers the operation of the online retail platform, order fulfilment and customer support.",
		"Certificate issued: 2 May 2025. Next surveillance audit: 15 April 2026. Certificate expires: 1 May 2028.",
		"Certificate GB25/330012",
		"UKAS Management Systems 0005",
	), values{
		evidence.KeyCertificateNumber: "GB25/330012", evidence.KeyCertificationBody: "SGS", evidence.KeyAccreditationBody: "UKAS", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-05-02", evidence.KeyExpiresOn: "2028-05-01",
		evidence.KeyScope: "the operation of the online retail platform, order fulfilment and customer support.",
	}},
	{"certificate/prose validity with ordinals", evidence.QuestionCertificate, text(
		"NQA",
		"CERTIFICATE OF REGISTRATION",
		"This is to certify that Woodgrove Bank Services Ltd operates an Information Security Management System",
		"which complies with the requirements of ISO/IEC 27001:2022 for the following scope:",
		"Operation of the Woodgrove card payment processing service, excluding the mobile banking application.",
		"Certificate No: 241987",
		"This certificate is valid from 1st June 2025 to 31st May 2028 and remains valid subject to satisfactory surveillance audits.",
		"Initial certification: 1st June 2019",
		"Sites: 1 Bank Street, London E14 5AB; 22 Princes Street, Edinburgh EH2 2AN",
		"UKAS accredited",
	), values{
		evidence.KeyCertificateNumber: "241987", evidence.KeyCertificationBody: "NQA", evidence.KeyAccreditationBody: "UKAS", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-06-01", evidence.KeyExpiresOn: "2028-05-31",
		evidence.KeyScope: "Operation of the Woodgrove card payment processing service, excluding the mobile banking application.",
		evidence.KeySites: []string{"1 Bank Street, London E14 5AB", "22 Princes Street, Edinburgh EH2 2AN"},
	}},
	{"certificate/german body, weekday dates, transition note", evidence.QuestionCertificate, text(
		"ZERTIFIKAT / CERTIFICATE",
		"TÜV Rheinland Cert GmbH",
		"certifies that Litware AG conforms to ISO/IEC 27001:2022",
		"Scope of certification: Development, hosting and support of the Litware ERP cloud service.",
		"Certificate Registration No. 01 153 2400123",
		"Valid until: Friday, 30 June 2028",
		"Date of issue: Monday, 1 July 2025",
		"Note: this certificate replaces the ISO/IEC 27001:2013 certificate of the previous cycle.",
		"Accreditation body: DAkkS D-ZM-14137-01-00",
	), values{
		evidence.KeyCertificateNumber: "01 153 2400123", evidence.KeyCertificationBody: "TÜV Rheinland", evidence.KeyAccreditationBody: "DAkkS",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2025-07-01", evidence.KeyExpiresOn: "2028-06-30",
		evidence.KeyScope: "Development, hosting and support of the Litware ERP cloud service.",
	}},
	{"certificate/expiry before issue on the page", evidence.QuestionCertificate, text(
		"Bureau Veritas Certification",
		"Certificate Number: UK012345-ISMS",
		"Expiry date of certificate: 14-02-2026",
		"Original approval: 15-02-2017   Current certificate: 15-02-2023",
		"Management system standard: ISO/IEC 27001:2013",
		"Scope of supply: Software development and technical support of the Proseware case management product.",
		"Accreditation: UKAS",
	), values{
		evidence.KeyCertificateNumber: "UK012345-ISMS", evidence.KeyCertificationBody: "Bureau Veritas", evidence.KeyAccreditationBody: "UKAS",
		evidence.KeyEdition: "2013", evidence.KeyExpiresOn: "2026-02-14", evidence.KeyIssuedOn: "2017-02-15",
		evidence.KeyScope: "Software development and technical support of the Proseware case management product.",
	}},

	// Training reports.
	{"training/lms csv export", evidence.QuestionTrainingReport, csvDoc(
		"Employee Name,Department,Course,Completion Date,Status,Score",
		"Alice Martin,Finance,Security Awareness 2025,2025-11-03,Completed,92",
		"Bob Chen,Engineering,Security Awareness 2025,2025-11-14,Completed,88",
		"Carla Diaz,Engineering,Security Awareness 2025,,Not Started,",
		"Dev Patel,Sales,Security Awareness 2025,2025-12-01,Completed,95",
		"Eve Novak,Support,Security Awareness 2025,,In Progress,",
	), values{evidence.KeyPeople: 5.0, evidence.KeyCompleted: 3.0, evidence.KeyCompletionRate: 60.0, evidence.KeyNewestCompletion: "2025-12-01",
		evidence.KeyOldestCompletion: "2025-11-03", evidence.KeyRows: 5.0, evidence.KeyContractorsIncluded: absent}},
	{"training/xlsx, other order, pass/fail, worker type", evidence.QuestionTrainingReport, sheet("Completions",
		row("Security awareness training - completion report"),
		row("Generated 2026-02-02 by LMS"),
		row(),
		row("Result", "Worker Type", "Date Completed", "Learner"),
		row("Pass", "Employee", "14/01/2026", "Grace Hall"),
		row("Pass", "Contractor", "15/01/2026", "Ivan Petrov"),
		row("Fail", "Employee", "16/01/2026", "Jia Li"),
		row("Pass", "Employee", "03/02/2026", "Kofi Mensah"),
	), values{evidence.KeyPeople: 4.0, evidence.KeyCompleted: 3.0, evidence.KeyCompletionRate: 75.0, evidence.KeyNewestCompletion: "2026-02-03",
		evidence.KeyOldestCompletion: "2026-01-14", evidence.KeyContractorsIncluded: true, evidence.KeyRows: 4.0}},
	{"training/semicolon csv, first and last name, yes/no", evidence.QuestionTrainingReport, csvDoc(
		"First name;Last name;Employment type;Completed;Completed on",
		"Lena;Schmidt;Permanent;Yes;12.03.2025",
		"Marco;Rossi;Permanent;Yes;13.03.2025",
		"Nina;Berg;Temporary;No;",
	), values{evidence.KeyPeople: 3.0, evidence.KeyCompleted: 2.0, evidence.KeyCompletionRate: 66.7, evidence.KeyNewestCompletion: "2025-03-13",
		evidence.KeyOldestCompletion: "2025-03-12", evidence.KeyContractorsIncluded: true}},
	{"training/month-first dates, no status column", evidence.QuestionTrainingReport, csvDoc(
		"User,Email,Completed At",
		"Olivia Brown,olivia@example.com,01/15/2026 09:12",
		"Paul Green,paul@example.com,01/04/2026 17:40",
		"Quinn Ray,quinn@example.com,",
		"Rosa White,rosa@example.com,12/30/2025 11:05",
	), values{evidence.KeyPeople: 4.0, evidence.KeyCompleted: 3.0, evidence.KeyCompletionRate: 75.0, evidence.KeyNewestCompletion: "2026-01-15",
		evidence.KeyOldestCompletion: "2025-12-30"}},
	{"training/several courses per person, ticks", evidence.QuestionTrainingReport, sheet("Report",
		row("Full name", "Module", "Completion status", "Date", "Category"),
		row("Sam Taylor", "Phishing", "✓", "2026-01-10", "Staff"),
		row("Sam Taylor", "Data handling", "✓", "2026-01-12", "Staff"),
		row("Uma Singh", "Phishing", "✓", "2026-01-11", "Consultant"),
		row("Uma Singh", "Data handling", "Overdue", "", "Consultant"),
		row("Total", "", "3", "", ""),
	), values{evidence.KeyPeople: 2.0, evidence.KeyCompleted: 3.0, evidence.KeyCompletionRate: 75.0, evidence.KeyNewestCompletion: "2026-01-12",
		evidence.KeyOldestCompletion: "2026-01-10", evidence.KeyContractorsIncluded: true, evidence.KeyRows: 4.0}},
	{"training/pdf printed table", evidence.QuestionTrainingReport, text(
		"Acme Ltd - Security Awareness Completion",
		"Name              Outcome        Completion date",
		"Victor Hugo       Passed         5 Feb 2026",
		"Wendy Lu          Passed         6 Feb 2026",
		"Xavier Roy        Failed         6 Feb 2026",
	), values{evidence.KeyPeople: 3.0, evidence.KeyCompleted: 2.0, evidence.KeyCompletionRate: 66.7, evidence.KeyNewestCompletion: "2026-02-06",
		evidence.KeyOldestCompletion: "2026-02-05"}},
	{"training/spreadsheet serial dates, employee type without contractors", evidence.QuestionTrainingReport, sheet("Sheet1",
		row("Employee", "Employee Type", "Training Status", "Completion Date"),
		row("Yara Ali", "Full-time", "Complete", "46023"),
		row("Zane Cole", "Part-time", "Complete", "46030"),
	), values{evidence.KeyPeople: 2.0, evidence.KeyCompleted: 2.0, evidence.KeyCompletionRate: 100.0, evidence.KeyNewestCompletion: "2026-01-08",
		evidence.KeyOldestCompletion: "2026-01-01", evidence.KeyContractorsIncluded: false}},
	{"training/summary sheet then details", evidence.QuestionTrainingReport, Document{Kind: "xlsx", Tables: []Table{
		{Name: "Summary", Rows: [][]string{row("Course", "Assigned", "Completed"), row("Awareness", "3", "2")}},
		{Name: "Details", Rows: [][]string{
			row("Participant", "Pass/Fail", "Date passed"),
			row("Amir Khan", "PASS", "2025-10-01"),
			row("Beth Ng", "PASS", "2025-10-02"),
			row("Cal Ode", "", ""),
		}},
	}}, values{evidence.KeyPeople: 3.0, evidence.KeyCompleted: 2.0, evidence.KeyCompletionRate: 66.7, evidence.KeyNewestCompletion: "2025-10-02",
		evidence.KeyOldestCompletion: "2025-10-01"}},

	// Management review minutes.
	{"minutes/labelled date, topics, owner column", evidence.QuestionReviewMinutes, Document{Kind: "docx",
		Text: strings.Join([]string{
			"ISMS Management Review – Minutes",
			"Date of meeting: 12 March 2026",
			"Attendees: Jane Smith (CEO), Tom Brown (CISO), Ana Ruiz (HR Director)",
			"Apologies: Lee Park",
			"1. Training metrics: awareness training completion is 94% against a 95% target; two teams below target.",
			"2. Policy violations: three breaches of the acceptable use policy, all handled through the disciplinary process.",
			"3. Incidents: one phishing incident reported in February, contained within two hours.",
			"4. Internal audit findings: two minor nonconformities raised, corrective actions agreed.",
			"5. Actions arising",
			"Next meeting: 11 June 2026",
		}, "\n"),
		Tables: []Table{{Rows: [][]string{
			row("Action", "Owner", "Due date"),
			row("Chase teams below training target", "Tom Brown", "30 April 2026"),
			row("Refresh acceptable use briefing", "Ana Ruiz", "15 May 2026"),
		}}}}, values{evidence.KeyMeetingDate: "2026-03-12", evidence.KeyActionItemsHaveOwners: true,
		evidence.KeyAttendees: []string{"Jane Smith (CEO)", "Tom Brown (CISO)", "Ana Ruiz (HR Director)"},
		evidence.KeyTopics: map[string]bool{evidence.TopicTrainingMetrics: true, evidence.TopicPolicyViolations: true, evidence.TopicIncidents: true,
			evidence.TopicAuditFindings: true, evidence.TopicActionItems: true}}},
	{"minutes/dated title, no labels", evidence.QuestionReviewMinutes, text(
		"Management Review – 4 February 2026",
		"Present: Priya Shah, Owen Clarke and Maria Lopez",
		"Security incidents for Q4 were reviewed; none were reportable.",
		"The board approved the revised access control policy, effective 1 March 2026.",
		"Actions: update the risk register (owner: Owen Clarke, due 28 February 2026).",
	), values{evidence.KeyMeetingDate: "2026-02-04", evidence.KeyActionItemsHaveOwners: true,
		evidence.KeyAttendees: []string{"Priya Shah", "Owen Clarke", "Maria Lopez"},
		evidence.KeyTopics: map[string]bool{evidence.TopicTrainingMetrics: false, evidence.TopicPolicyViolations: false, evidence.TopicIncidents: true,
			evidence.TopicAuditFindings: false, evidence.TopicActionItems: true}}},
	{"minutes/held on, month-first, actions without owners", evidence.QuestionReviewMinutes, text(
		"Contoso Inc.",
		"Information Security Steering Committee",
		"Minutes of the meeting held on 09/15/2025",
		"Prepared 09/18/2025",
		"Phishing simulation click rate fell from 12% to 7%.",
		"External audit results: no nonconformities.",
		"Action items:",
		"- Publish the new remote working standard",
		"- Schedule tabletop exercise",
	), values{evidence.KeyMeetingDate: "2025-09-15", evidence.KeyActionItemsHaveOwners: false, evidence.KeyAttendees: absent,
		evidence.KeyTopics: map[string]bool{evidence.TopicTrainingMetrics: true, evidence.TopicPolicyViolations: false, evidence.TopicIncidents: false,
			evidence.TopicAuditFindings: true, evidence.TopicActionItems: true}}},
	{"minutes/date row in a table, bullet attendees", evidence.QuestionReviewMinutes, Document{Kind: "docx",
		Text: strings.Join([]string{
			"Quarterly ISMS review",
			"Attendees",
			"- Hana Sato, COO",
			"- Ravi Iyer, Head of IT",
			"",
			"Discussion",
			"No policy violations or disciplinary cases this quarter.",
			"Training completion stands at 97%.",
			"ACTION: RI to close the audit observation on backups.",
		}, "\n"),
		Tables: []Table{{Rows: [][]string{row("Meeting date", "Location"), row("2 December 2025", "Teams")}}},
	}, values{evidence.KeyMeetingDate: "2025-12-02", evidence.KeyActionItemsHaveOwners: true,
		evidence.KeyAttendees: []string{"Hana Sato, COO", "Ravi Iyer, Head of IT"},
		evidence.KeyTopics: map[string]bool{evidence.TopicTrainingMetrics: true, evidence.TopicPolicyViolations: true, evidence.TopicIncidents: false,
			evidence.TopicAuditFindings: true, evidence.TopicActionItems: true}}},
	{"minutes/only the next meeting is dated", evidence.QuestionReviewMinutes, text(
		"Security review notes",
		"We discussed the incident log and the training plan.",
		"Date of next meeting: 3 April 2026",
	), values{evidence.KeyMeetingDate: absent, evidence.KeyActionItemsHaveOwners: false,
		evidence.KeyTopics: map[string]bool{evidence.TopicTrainingMetrics: false, evidence.TopicPolicyViolations: false, evidence.TopicIncidents: true,
			evidence.TopicAuditFindings: false, evidence.TopicActionItems: false}}},

	// Acknowledgement logs.
	{"acknowledgements/grc export with timestamps", evidence.QuestionAcknowledgements, csvDoc(
		"Employee,Email,Policy,Version,Acknowledged At,Status",
		"Alice Martin,alice@example.com,Information Security Policy,3.1,2026-01-15T10:22:00Z,Acknowledged",
		"Bob Chen,bob@example.com,Information Security Policy,3.1,2026-01-16T08:01:00Z,Acknowledged",
		"Carla Diaz,carla@example.com,Information Security Policy,3.1,,Pending",
		"Alice Martin,alice@example.com,Acceptable Use Policy,2.0,2025-02-01T09:00:00Z,Acknowledged",
	), values{evidence.KeyPeople: 3.0, evidence.KeySignatures: 3.0, evidence.KeyNewestSignature: "2026-01-16", evidence.KeyOldestSignature: "2025-02-01",
		evidence.KeySignatureDates: []string{"2026-01-15", "2026-01-16"}, evidence.KeyContractorsIncluded: absent, evidence.KeyRows: 4.0}},
	{"acknowledgements/xlsx with staff type", evidence.QuestionAcknowledgements, sheet("Log",
		row("Signed on", "Staff type", "Name"),
		row("14/02/2025", "Employee", "Dan Reed"),
		row("20/02/2025", "Contractor", "Eli Stone"),
		row("01/03/2024", "Employee", "Fay Wong"),
	), values{evidence.KeyPeople: 3.0, evidence.KeySignatures: 3.0, evidence.KeyNewestSignature: "2025-02-20", evidence.KeyOldestSignature: "2024-03-01",
		evidence.KeyContractorsIncluded: true}},
	{"acknowledgements/docusign style, month-first", evidence.QuestionAcknowledgements, csvDoc(
		"Signer Name,Signer Email,Envelope Status,Date Signed",
		"Gus Hill,gus@example.com,Completed,3/14/2026 2:05 PM",
		"Ida Moss,ida@example.com,Declined,3/15/2026 9:00 AM",
		"Jon Bell,jon@example.com,Completed,3/2/2026 4:41 PM",
	), values{evidence.KeyPeople: 3.0, evidence.KeySignatures: 2.0, evidence.KeyNewestSignature: "2026-03-14", evidence.KeyOldestSignature: "2026-03-02"}},
	{"acknowledgements/tab separated, no status", evidence.QuestionAcknowledgements, csvDoc(
		"Full Name\tDepartment\tDate",
		"Kim Lee\tIT\t2 January 2026",
		"Lou Park\tHR\t",
		"Max Fox\tExternal consultant\t5 January 2026",
	), values{evidence.KeyPeople: 3.0, evidence.KeySignatures: 2.0, evidence.KeyNewestSignature: "2026-01-05", evidence.KeyOldestSignature: "2026-01-02",
		evidence.KeyContractorsIncluded: true}},
}

// TestExtractionAccuracy runs every extractor over the corpus and reports
// facts right over facts expected per kind of evidence (go test -v shows
// the figures). Each miss is listed; the test fails below 95 % on any kind
// so that a regression cannot hide behind the average.
func TestExtractionAccuracy(t *testing.T) {
	type tally struct{ right, expected int }
	count := func(set []sample) map[string]*tally {
		byKind := map[string]*tally{}
		for _, s := range set {
			tl := byKind[s.question]
			if tl == nil {
				tl = &tally{}
				byKind[s.question] = tl
			}
			facts, err := For(s.question, s.doc)
			f := facts.Values()
			if s.want == nil {
				// A file the extractor must refuse, with a reason.
				tl.expected++
				if err != nil {
					tl.right++
				} else {
					t.Logf("miss: %s: read as %v, want an error", s.name, f)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s: %v", s.name, err)
				f = values{}
			}
			for k, want := range s.want {
				if topics, ok := want.(map[string]bool); ok {
					got, _ := f[k].(map[string]bool)
					for topic, w := range topics {
						tl.expected++
						if got[topic] == w {
							tl.right++
						} else {
							t.Logf("miss: %s: %s.%s = %v, want %v", s.name, k, topic, got[topic], w)
						}
					}
					continue
				}
				tl.expected++
				if sameFact(f, k, want) {
					tl.right++
				} else {
					t.Logf("miss: %s: %s = %#v, want %#v", s.name, k, f[k], want)
				}
			}
		}
		return byKind
	}
	for _, set := range []struct {
		name    string
		samples []sample
	}{{"corpus", corpus}, {"held out", heldOut}, {"both", slices.Concat(corpus, heldOut)}} {
		byKind := count(set.samples)
		kinds := make([]string, 0, len(byKind))
		for k := range byKind {
			kinds = append(kinds, k)
		}
		slices.Sort(kinds)
		var right, expected int
		for _, k := range kinds {
			tl := byKind[k]
			right, expected = right+tl.right, expected+tl.expected
			pct := 100 * float64(tl.right) / float64(tl.expected)
			t.Logf("accuracy %-8s %-22s %3d/%3d facts right (%.1f%%)", set.name, k, tl.right, tl.expected, pct)
			if pct < 95 {
				t.Errorf("%s %s: accuracy %.1f%% is below 95%%", set.name, k, pct)
			}
		}
		t.Logf("accuracy %-8s %-22s %3d/%3d facts right (%.1f%%)", set.name, "all", right, expected, 100*float64(right)/float64(expected))
	}
}

// sameFact compares an extracted fact with the expected one.
func sameFact(f values, k string, want any) bool {
	got, ok := f[k]
	if want == absent {
		return !ok
	}
	return ok && reflect.DeepEqual(got, want)
}

// TestCorpusQuotes checks that every extracted fact other than the
// generic ones comes with the source text it was read from, and that the
// quote really is in the document.
func TestCorpusQuotes(t *testing.T) {
	for _, s := range corpus {
		f, err := For(s.question, s.doc)
		if err != nil {
			continue
		}
		all := strings.Join(strings.Fields(strings.Join(docLines(s.doc), " ")), " ")
		q := f.Quotes()
		for k := range f.Values() {
			switch k {
			case evidence.KeyQuotes, evidence.KeyPages, evidence.KeyWords, evidence.KeyTopics, evidence.KeySignatureDates, evidence.KeyActionItemsHaveOwners:
				continue
			}
			quote, ok := q[k]
			if !ok {
				t.Errorf("%s: fact %s has no quote", s.name, k)
				continue
			}
			if k == evidence.KeyCompletionRate {
				continue // a sentence about the count, not a line of the file
			}
			for _, part := range strings.Split(strings.TrimSuffix(quote, "…"), " | ") {
				if !strings.Contains(all, strings.TrimSpace(part)) {
					t.Errorf("%s: quote for %s is not in the document: %q", s.name, k, part)
					break
				}
			}
		}
	}
}

func ExampleFor() {
	doc := Document{Kind: "pdf", Text: "Certificate No: IS 654321\nISO/IEC 27001:2022\nScope: Payroll processing.\nExpiry Date: 13 March 2027"}
	f, _ := For(evidence.QuestionCertificate, doc)
	fmt.Println(f.Certificate.ExpiresOn.Value, f.Certificate.Edition.Value, f.Certificate.Scope.Value)
	fmt.Println(f.Quotes()[evidence.KeyExpiresOn])
	// Output:
	// 2027-03-13 2022 Payroll processing.
	// Expiry Date: 13 March 2027
}
