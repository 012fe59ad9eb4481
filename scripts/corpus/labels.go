package main

// certLabels are the words a certificate in one language uses. Slices hold
// the wordings different certification bodies choose; a certificate takes
// one of each by its variant.
type certLabels struct {
	Title, Certify, Conforms, ScopeIntro, Number, Initial, Issue, Expiry []string
	PlaceDate                                                            string // "Place and date": issue date written after the town
	SitesHeader                                                          [3]string
	Appendix, AppendixNote, OnBehalf, Signer, Accredited, Standard, Page string
	// The third fresh batch's layouts (fresh3.go): the footer line's issue
	// number and "valid to", the verification block beside a QR code, and
	// the attestation letter, whose body has the organisation (%[1]s), the
	// standard (%[2]s), the number (%[3]s) and the initial, issue and expiry
	// dates (%[4]s to %[6]s).
	IssueNo, ValidTo, Verify, VerifyHint                        string
	LetterTitle, LetterTo, LetterBody, LetterScope, LetterClose string
	// The fourth fresh batch's layouts (fresh4.go): the validity sentence,
	// from the issue (%[1]s) to the expiry (%[2]s), and the labels of the
	// certification cycle's dates.
	Validity                                                      string
	CycleStart, PreviousExpiry, AuditDate, CycleRenewed, Revision string
	ExpiresSubject                                                string // before the expiry: "… this certificate expires on"
	// The fifth fresh batch's schedule layout (fresh5.go): the title of a
	// certificate of registration, the sentence that sends the reader to
	// the schedule, the schedule's heading (before the number), the heading
	// of its activities and the page lines of both pages.
	Registration, ScheduleRef, Schedule, Activities, Continued, LastPage string
	// The sixth fresh batch's layouts (fresh6.go): the amendment history's
	// heading, columns and changes (first certification, a change of
	// scope, recertification, the current issue), and the sentence before
	// the standards of an integrated management system.
	History     string
	HistoryCols [3]string
	Changes     [4]string
	Integrated  string
	// The eighth fresh batch's layouts (fresh8.go): the back page's
	// heading and the front's note that sends the reader there, the keys
	// of the body and its accreditation in the back page's list, and the
	// words round the seal.
	Particulars, Overleaf, BodyKey, AccredKey, Seal string
	// The ninth fresh batch's layouts (fresh9.go): the label of the
	// validity period ("Valid"), the words of a certification network's
	// certificate issued with its partner body (title, the certifying
	// sentence with the network's name as %s, the scope's and standard's
	// lead-ins, issue, validity and registration labels, the president,
	// the partner and the note on the partner list), the heading of a
	// translation page, and the covering letter (subject with the
	// standard %[1]s and number %[2]s, salutation, body with the audit's
	// last day %[1]s, the next step, closing and the enclosure line).
	Period                                                                          string
	NetTitle, NetCertify, NetSystem, NetFulfils, NetIssued, NetValid                string
	NetNumber, NetPresident, NetPartner, NetNote                                    string
	Translation                                                                     string
	CoverSubject, CoverSalutation, CoverBody, CoverNext, CoverClose, CoverEnclosure string
	// The tenth fresh batch's layouts (fresh10.go): the sentence naming
	// the Statement of Applicability (its version %[1]s and date %[2]s),
	// the labels of the audit's days and of the next surveillance audit;
	// the transfer note's heading and sentence (this body %[1]s, the
	// former body %[2]s, its certificate %[3]s, the review's last day
	// %[4]s); the register print's bar, heading, print date, status label
	// and words, holder label and closing note.
	SoA, AuditDays, NextAudit                       string
	TransferHead, TransferNote                      string
	Register, Extract, Printed, StatusLabel, Holder string
	StatusValid, StatusExpired, RegisterNote        string
	// The eleventh fresh batch's layouts (fresh11.go): a sub-certificate's
	// title, the labels of its own and the main certificate's numbers, of
	// its site and of the main certificate's scope, and its note (the main
	// certificate's number %s); the signature panel's heading, keys and
	// reason, the note under it (the register's host %s) and the document
	// ID's label; the surveillance record's heading, columns, the two
	// surveillance audits, the outcome of one held, the word of one
	// planned and the note under the record.
	SubTitle, SubNumber, MainNumber, SubSite, SubScope, SubNote string
	ESigHead, ESigBy, ESigDate, ESigReason, ESigReasonText      string
	ESigNote, DocID                                             string
	SurvHead                                                    string
	SurvCols                                                    [4]string
	SurvKinds                                                   [2]string
	SurvMaintained, SurvPlanned, SurvNote                       string
	// The twelfth fresh batch's layouts (fresh12.go): the labels of the
	// client number, the audit report number and the certification
	// decision; the official form's number (the body's short name %s),
	// revision and the labels of its boxes (holder, address, standard,
	// scope, issuing body); the copy's watermark, the stamp's heading,
	// its line on the original and who certified the copy.
	RefClient, RefReport, RefDecision string
	FormNo, FormRev                   string
	Fields                            [5]string
	CopyMark, CopyStamp, CopySeen     string
	CopyBy                            string
}

// pick is the variant's choice among a label's wordings.
func pick(words []string, variant int) string { return words[variant%len(words)] }
