package facts

import (
	"testing"

	"assay/app/evidence"
)

// moreCertificateDateCases are certificate dates in forms, wordings and
// layouts the corpora do not hold, in the seven languages: ordinal and
// abbreviated months, Roman numeral months, labels letter-spaced or after
// their value, a certificate's history of cycles, and the dates of other
// things that must never be taken for the issue or the expiry. Each text is
// written as pdftotext prints such a page; none is copied from a corpus.
var moreCertificateDateCases = []struct {
	name string
	doc  Document
	want values
}{
	// Dates in every common form.
	{"English: ordinal day, the day of the month", text(
		"Issued this 3rd day of March, 2026",
		"Expiry date: 2nd March 2029",
	), values{evidence.KeyIssuedOn: "2026-03-03", evidence.KeyExpiresOn: "2029-03-02"}},
	{"English: abbreviated month in capitals and with a dot", text(
		"DATE OF ISSUE: 03 MAR 2026",
		"EXPIRY DATE: 2 Mar. 2029",
	), values{evidence.KeyIssuedOn: "2026-03-03", evidence.KeyExpiresOn: "2029-03-02"}},
	{"French: 1er and an abbreviated month", text(
		"Date d'émission : 1er mars 2026",
		"Date d'expiration : 28 févr. 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Portuguese: 1.º de março", text(
		"Data de emissão: 1.º de março de 2026",
		"Válido até: 28 de fevereiro de 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: 1.º de marzo, the year after del", text(
		"Fecha de emisión: 1.º de marzo del 2026",
		"Fecha de caducidad: 28 de febrero del 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Italian: 1° and a Roman numeral month", text(
		"Data di emissione: 1° marzo 2026",
		"Data di scadenza: 28.II.2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"German: Roman numeral months with dots and spaces", text(
		"Ausstellungsdatum: 1. III. 2026",
		"Gültig bis: 28.II.2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Dutch: ISO dates and a Roman numeral month with dashes", text(
		"Datum van uitgifte: 2026-03-01",
		"Geldig tot: 28-II-2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"German: dotted dates settle the order", text(
		"Ausstellungsdatum: 01.03.2026",
		"Ablaufdatum: 28.02.2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},

	{"German: dotted dates spaced after their dots", text(
		"Ausstellungsdatum: 1. 3. 2026",
		"Gültig bis: 28. 2. 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Dutch: dotted dates spaced after their dots", text(
		"Datum van uitgifte: 1. 3. 2026",
		"Geldig tot: 28. 2. 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"English: the format printed beside the label settles the order", text(
		"Issue date (DD/MM/YYYY): 03/04/2026",
		"Expiry date (DD/MM/YYYY): 02/04/2029",
	), values{evidence.KeyIssuedOn: "2026-04-03", evidence.KeyExpiresOn: "2029-04-02"}},
	{"English: a month-first format settles the order", text(
		"All dates MM/DD/YYYY",
		"Issue date: 03/04/2026",
		"Expiry date: 03/03/2029",
	), values{evidence.KeyIssuedOn: "2026-03-04", evidence.KeyExpiresOn: "2029-03-03"}},
	{"German: TT.MM.JJJJ settles the order of dashed dates", text(
		"Ausstellungsdatum (TT.MM.JJJJ): 03-04-2026",
		"Gültig bis: 02-04-2029",
	), values{evidence.KeyIssuedOn: "2026-04-03", evidence.KeyExpiresOn: "2029-04-02"}},
	{"French: JJ/MM/AAAA settles the order", text(
		"Date d'émission (JJ/MM/AAAA) : 03/04/2026",
		"Date d'expiration : 02/04/2029",
	), values{evidence.KeyIssuedOn: "2026-04-03", evidence.KeyExpiresOn: "2029-04-02"}},
	{"Italian: GG/MM/AAAA settles the order", text(
		"Data di emissione (gg/mm/aaaa): 03/04/2026",
		"Data di scadenza: 02/04/2029",
	), values{evidence.KeyIssuedOn: "2026-04-03", evidence.KeyExpiresOn: "2029-04-02"}},

	// Validity sentences.
	{"German: the verb of expiry parted by its date", text(
		"Dieses Zertifikat läuft am 28.02.2029 ab.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"French: ce certificat expire le", text(
		"Ce certificat expire le 28 février 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: este certificado caduca el", text(
		"Este certificado caduca el 28 de febrero de 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Italian: il certificato scade il", text(
		"Il presente certificato scade il 28/02/2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Dutch: dit certificaat verloopt op", text(
		"Dit certificaat verloopt op 28-02-2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Portuguese: este certificado expira em", text(
		"Este certificado expira em 28/02/2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"French: reste valable jusqu'au", text(
		"Date d'émission : 1er mars 2026",
		"Le certificat reste valable jusqu'au 28 février 2029 sous réserve des audits de surveillance.",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: sigue siendo válido hasta", text(
		"El certificado sigue siendo válido hasta el 28 de febrero de 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Italian: rimane valido fino al", text(
		"Il certificato rimane valido fino al 28/02/2029 salvo esito positivo degli audit.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Dutch: blijft geldig tot", text(
		"Het certificaat blijft geldig tot 28 februari 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Portuguese: permanece válido até", text(
		"O certificado permanece válido até 28 de fevereiro de 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},

	{"English: this certificate expires on", text(
		"This certificate was issued on 1 March 2026 and expires on 28 February 2029.",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"English: remains valid until", text(
		"Issue date: 1 March 2026",
		"The certificate remains valid until 28 February 2029 subject to satisfactory surveillance audits.",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"English: valid from … until …", text(
		"This certificate is valid from 1 March 2026 until 28 February 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"German: gültig bis in a sentence", text(
		"Dieses Zertifikat ist gültig bis 28.02.2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"French: valable jusqu'au in a sentence", text(
		"Le présent certificat est valable jusqu'au 28 février 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: válido hasta in a sentence", text(
		"Este certificado es válido hasta el 28 de febrero de 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Italian: valido fino al in a sentence", text(
		"Il presente certificato è valido fino al 28/02/2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Dutch: geldig tot in a sentence", text(
		"Dit certificaat is geldig tot 28 februari 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Portuguese: válido até in a sentence", text(
		"Este certificado é válido até 28 de fevereiro de 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},

	// Labels letter-spaced, as pdftotext prints tracked capitals.
	{"English: letter-spaced labels", text(
		"I S S U E  D A T E : 1 March 2026",
		"E X P I R Y  D A T E : 28 February 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"German: letter-spaced labels", text(
		"A U S S T E L L U N G S D A T U M : 01.03.2026",
		"G Ü L T I G  B I S : 28.02.2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"French: letter-spaced labels", text(
		"D A T E  D ' É M I S S I O N | 1er mars 2026",
		"V A L A B L E  J U S Q U ' A U | 28 février 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: letter-spaced labels, one space between all letters", text(
		"F E C H A D E E M I S I Ó N : 1 de marzo de 2026",
		"F E C H A D E C A D U C I D A D : 28 de febrero de 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Italian: letter-spaced labels", text(
		"D A T A  D I  E M I S S I O N E : 01/03/2026",
		"D A T A  D I  S C A D E N Z A : 28/02/2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Dutch: letter-spaced labels", text(
		"U I T G I F T E D A T U M : 01-03-2026",
		"V E R V A L D A T U M : 28-02-2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Portuguese: letter-spaced labels", text(
		"D A T A  D E  E M I S S Ã O : 01/03/2026",
		"V Á L I D O  A T É : 28/02/2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"letters spaced that spell no label are no label", text(
		"A B C D : 28 February 2029",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},

	// Small capitals parted by text extraction, on the value's line.
	{"German: small capitals parted, label before its value", text(
		"G ültig bis: 28.02.2029",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Italian: small capitals parted, label before its value", text(
		"D ata di scadenza: 28/02/2029",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},

	// Labels below their values, as a signature block or a band of dates
	// prints them.
	{"English: a row of dates over their labels", text(
		"1 March 2026 | 28 February 2029",
		"Date of issue | Expiry date",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"German: a date over its label", text(
		"Zertifikat",
		"01.03.2026",
		"Ausstellungsdatum",
		"28.02.2029",
		"Gültigkeitsende",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"French: a row of dates over their labels", text(
		"1er mars 2026 | 28 février 2029",
		"Date d'émission | Date d'expiration",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: a row of dates over their labels", text(
		"01/03/2026 | 28/02/2029",
		"Fecha de emisión | Fecha de caducidad",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Italian: a row of dates over their labels", text(
		"01/03/2026 | 28/02/2029",
		"Data di emissione | Data di scadenza",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Dutch: a row of dates over their labels", text(
		"01-03-2026 | 28-02-2029",
		"Datum van uitgifte | Vervaldatum",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Portuguese: a row of dates over their labels", text(
		"01/03/2026 | 28/02/2029",
		"Data de emissão | Data de validade",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"a label under a date whose own value follows it labels that value", text(
		"Certificate",
		"1 March 2026",
		"Expiry date",
		"28 February 2029",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2029-02-28"}},

	{"English: a place and date over its label", text(
		"London, 1 March 2026",
		"Place and date of issue",
	), values{evidence.KeyIssuedOn: "2026-03-01"}},
	{"German: a place and date over Ort und Datum", text(
		"München, 01.03.2026",
		"Ort und Datum",
	), values{evidence.KeyIssuedOn: "2026-03-01"}},
	{"a place and date over a signature is no issue", text(
		"Madrid, 01/03/2026",
		"Firma del director",
	), values{evidence.KeyIssuedOn: absent}},
	{"a place and date over the date of signature is no issue", text(
		"Lisboa, 01/03/2026",
		"Data da assinatura",
	), values{evidence.KeyIssuedOn: absent}},

	// Labels after their value on its line.
	{"English: the label in brackets after the date", text(
		"28 February 2029 (expiry date)",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"German: the label after a dash", text(
		"01.03.2026 – Ausstellungsdatum",
		"28.02.2029 – Ablaufdatum",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},

	{"French: the label in brackets after the date", text(
		"28 février 2029 (date d'expiration)",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: the label after a dash", text(
		"1 de marzo de 2026 – Fecha de emisión",
		"28 de febrero de 2029 – Fecha de caducidad",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Italian: the label in brackets after the date", text(
		"28/02/2029 (data di scadenza)",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Dutch: the label after a dash", text(
		"28-02-2029 – vervaldatum",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Portuguese: the label in brackets after the date", text(
		"28/02/2029 (data de validade)",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"a label after a date that ends in a colon is not the date's", text(
		"01/03/2026 - Expiry date:",
		"28/02/2029",
	), values{evidence.KeyExpiresOn: absent, evidence.KeyIssuedOn: absent}},
	{"two columns: a label under a date with the other column's value near is not read under", text(
		"Example Ltd | Original approval",
		"1 Example Street",
		"22 March 2017",
		"Expiry date",
		"ISO/IEC 27001:2022",
		"28 April 2029",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2029-04-28"}},

	// A certificate's history of cycles: the current one is the latest.
	{"English: a history of cycles, the latest is current", text(
		"Certificate history",
		"Cycle | Issue date | Expiry date",
		"1 | 01/03/2020 | 28/02/2023",
		"2 | 01/03/2023 | 28/02/2026",
		"3 | 01/03/2026 | 28/02/2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"German: a history of cycles without a cycle column", text(
		"Ausstellungsdatum | Ablaufdatum",
		"01.03.2020 | 28.02.2023",
		"01.03.2023 | 28.02.2026",
		"01.03.2026 | 28.02.2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: a history of cycles newest first", text(
		"Ciclo | Fecha de emisión | Fecha de caducidad",
		"3 | 01/03/2026 | 28/02/2029",
		"2 | 01/03/2023 | 28/02/2026",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},
	{"French: a history of cycles", text(
		"Cycle | Date d'émission | Date d'expiration",
		"1 | 12 janvier 2020 | 11 janvier 2023",
		"2 | 12 janvier 2023 | 11 janvier 2026",
		"3 | 12 janvier 2026 | 11 janvier 2029",
	), values{evidence.KeyIssuedOn: "2026-01-12", evidence.KeyExpiresOn: "2029-01-11"}},
	{"Italian: a history of cycles", text(
		"Data di emissione | Data di scadenza",
		"15.06.2019 | 14.06.2022",
		"15.06.2022 | 14.06.2025",
		"15.06.2025 | 14.06.2028",
	), values{evidence.KeyIssuedOn: "2025-06-15", evidence.KeyExpiresOn: "2028-06-14"}},
	{"Dutch: a history of cycles", text(
		"Cyclus | Datum van uitgifte | Vervaldatum",
		"1 | 02-04-2019 | 01-04-2022",
		"2 | 02-04-2022 | 01-04-2025",
	), values{evidence.KeyIssuedOn: "2022-04-02", evidence.KeyExpiresOn: "2025-04-01"}},
	{"Portuguese: a history of cycles", text(
		"Ciclo | Data de emissão | Válido até",
		"1 | 20/09/2018 | 19/09/2021",
		"2 | 20/09/2021 | 19/09/2024",
		"3 | 20/09/2024 | 19/09/2027",
	), values{evidence.KeyIssuedOn: "2024-09-20", evidence.KeyExpiresOn: "2027-09-19"}},
	{"a column of one label over several dates is no history", text(
		"Valid until:",
		"12 May 2024",
		"11 May 2027",
	), values{evidence.KeyExpiresOn: absent}},
	{"a history whose rows cannot be ordered stays unknown", text(
		"Cycle | Issue date | Expiry date",
		"1 | 03/04/2023 | 02/04/2026",
		"2 | 04/03/2023 | 03/03/2026",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},

	// Combined certificates: only the ISO/IEC 27001 part's dates.
	{"English: combined certificate, one block per standard", text(
		"ISO 9001:2015",
		"Certificate No.: Q-1001",
		"Issue date: 5 January 2025",
		"Expiry date: 4 January 2028",
		"ISO/IEC 27001:2022",
		"Certificate No.: IS-2002",
		"Issue date: 1 March 2026",
		"Expiry date: 28 February 2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28", evidence.KeyEdition: "2022"}},
	{"Italian: combined certificate, the standards table", text(
		"Norma | Certificato n. | Data di emissione | Data di scadenza",
		"ISO 9001:2015 | Q-1001 | 05/01/2025 | 04/01/2028",
		"ISO/IEC 27001:2022 | IS-2002 | 01/03/2026 | 28/02/2029",
	), values{evidence.KeyIssuedOn: "2026-03-01", evidence.KeyExpiresOn: "2029-02-28"}},

	{"English: each standard on its line with its own expiry", text(
		"ISO 9001:2015 — valid until 4 January 2028",
		"ISO/IEC 27001:2022 — valid until 28 February 2029",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"German: each standard on its line with its own expiry", text(
		"ISO 14001:2015 gültig bis 04.01.2028",
		"ISO/IEC 27001:2022 gültig bis 28.02.2029",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"French: the other standard's dates before ours", text(
		"Certificat ISO 9001:2015 valable jusqu'au 4 janvier 2028.",
		"Certificat ISO/IEC 27001:2022 valable jusqu'au 28 février 2029.",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"Spanish: only the other standard has dates", text(
		"Certificado conforme a ISO/IEC 27001:2022",
		"Certificado ISO 9001:2015 válido hasta el 4 de enero de 2028",
	), values{evidence.KeyExpiresOn: absent}},
	{"Portuguese: the other standard's validity over ours", text(
		"ISO 22301:2019 válido até 04/01/2028",
		"ISO/IEC 27001:2022 válido até 28/02/2029",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},

	// Dates of other things, never the issue or the expiry.
	{"English: accreditation, audit and print dates", text(
		"Accredited since 12 May 2010",
		"Date of last audit: 10 February 2026",
		"Printed: 2 March 2026",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},
	{"German: Akkreditierung and Prüfung", text(
		"Akkreditiert seit 12.05.2010",
		"Datum des Audits: 10.02.2026",
		"Druckdatum: 02.03.2026",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},
	{"French: accréditation valable jusqu'au is the body's, not the certificate's", text(
		"Accréditation Cofrac n° 4-0001, valable jusqu'au 31 décembre 2030",
		"Certificat valable jusqu'au 28 février 2029",
	), values{evidence.KeyExpiresOn: "2029-02-28"}},
	{"English: the accreditation's expiry is not the certificate's", text(
		"Accreditation valid until 31 December 2030",
	), values{evidence.KeyExpiresOn: absent}},
	{"Spanish: fecha de impresión and the SoA", text(
		"Declaración de aplicabilidad versión 3 de fecha 10 de enero de 2026",
		"Fecha de impresión: 2 de marzo de 2026",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},
	{"Italian: data di stampa and a footer revision", text(
		"Data di stampa: 02/03/2026",
		"Mod. CERT-01 Rev. 4 del 15/01/2024",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},
	{"Dutch: afdrukdatum and a signature date", text(
		"Afdrukdatum: 02-03-2026",
		"Datum handtekening: 01-03-2026",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},
	{"Portuguese: data de impressão and the audit", text(
		"Data de impressão: 02/03/2026",
		"Data da auditoria: 10/02/2026",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},
	{"a date of a month and year only is no date", text(
		"Expiry date: March 2029",
	), values{evidence.KeyExpiresOn: absent}},
	{"numeric dates nothing orders stay uncertain", text(
		"Issue date: 03/04/2026",
		"Expiry date: 02/04/2029",
	), values{evidence.KeyIssuedOn: "?2026-04-03 | 2026-03-04", evidence.KeyExpiresOn: "?2029-04-02 | 2029-02-04"}},
}

func TestCertificateDatesGeneralise(t *testing.T) {
	for _, c := range moreCertificateDateCases {
		t.Run(c.name, func(t *testing.T) { checkCertificate(t, c.doc, c.want) })
	}
}

// TestParseDateForms reads single dates in the forms certificates print
// them in the seven languages, and refuses what only looks like a date.
func TestParseDateForms(t *testing.T) {
	cases := []struct{ in, want string }{
		{"3rd March 2026", "2026-03-03"},
		{"the 3rd day of March, 2026", ""}, // words before the date: not a date alone
		{"3rd day of March, 2026", "2026-03-03"},
		{"03 MAR 2026", "2026-03-03"},
		{"1 Mar. 2026", "2026-03-01"},
		{"1er mars 2026", "2026-03-01"},
		{"1.º de março de 2026", "2026-03-01"},
		{"1.° de marzo de 2026", "2026-03-01"},
		{"1º de março de 2026", "2026-03-01"},
		{"1° marzo 2026", "2026-03-01"},
		{"1. März 2026", "2026-03-01"},
		{"1 maart 2026", "2026-03-01"},
		{"2026-03-01", "2026-03-01"},
		{"01.03.2026", "2026-03-01"},
		{"1. 3. 2026", "2026-03-01"},
		{"28.II.2029", "2029-02-28"},
		{"1. III. 2026", "2026-03-01"},
		{"28-II-2029", "2029-02-28"},
		{"1 XII 2026", "2026-12-01"},
		{"31.IV.2026", ""},  // April has 30 days
		{"1.IIII.2026", ""}, // no such month
		{"1.III-2026", ""},  // two separators
		{"1. 3. 26", ""},    // a two-digit year is not guessed
		{"Annex II 2026", ""},
		{"1.º de nada de 2026", ""},
	}
	for _, c := range cases {
		d, ok := ParseDate(c.in)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("ParseDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
