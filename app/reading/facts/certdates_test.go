package facts

import (
	"testing"

	"assay/app/evidence"
)

// certificateDateCases are issue and expiry dates worded and laid out as
// certification bodies print them in the seven languages, each sentence
// written for this table rather than copied from a corpus file: the rules
// must hold for the class of wording, not for one certificate's strings.
var certificateDateCases = []struct {
	name string
	doc  Document
	want values
}{
	// A validity sentence, its dates wrapped over lines or parted by a
	// table's cell.
	{"English: validity sentence wrapped inside the expiry", text(
		"This certificate is valid from July 14, 2025 until June 29,",
		"2028.",
	), values{evidence.KeyIssuedOn: "2025-07-14", evidence.KeyExpiresOn: "2028-06-29"}},
	{"English: validity sentence wrapped between day and month", text(
		"This certificate is valid from 27 December 2024 until 21",
		"December 2027.",
	), values{evidence.KeyIssuedOn: "2024-12-27", evidence.KeyExpiresOn: "2027-12-21"}},
	{"German: gültig vom … bis …, wrapped before bis", text(
		"Dieses Zertifikat ist gültig vom 01.02.2025",
		"bis 31.01.2028.",
	), values{evidence.KeyIssuedOn: "2025-02-01", evidence.KeyExpiresOn: "2028-01-31"}},
	{"German: gültig vom … bis …, wrapped inside the end", text(
		"Dieses Zertifikat ist gültig vom 3. März 2025 bis zum 2.",
		"März 2028.",
	), values{evidence.KeyIssuedOn: "2025-03-03", evidence.KeyExpiresOn: "2028-03-02"}},
	{"French: valable du … au …, the end in the next cell", text(
		"Le présent certificat est valable du 12 janvier 2025 | au 11 janvier 2028",
	), values{evidence.KeyIssuedOn: "2025-01-12", evidence.KeyExpiresOn: "2028-01-11"}},
	{"Spanish: válido desde … hasta …, wrapped inside the end", text(
		"Este certificado es válido desde el 5 de mayo de 2025 hasta el 4 de",
		"mayo de 2028.",
	), values{evidence.KeyIssuedOn: "2025-05-05", evidence.KeyExpiresOn: "2028-05-04"}},
	{"Italian: valido dal … al …, wrapped before al", text(
		"Il presente certificato è valido dal 15/06/2025",
		"al 14/06/2028.",
	), values{evidence.KeyIssuedOn: "2025-06-15", evidence.KeyExpiresOn: "2028-06-14"}},
	{"Italian: valido dal … fino al …", text(
		"Il certificato è valido dal 10/06/2025 fino al 09/06/2028.",
	), values{evidence.KeyIssuedOn: "2025-06-10", evidence.KeyExpiresOn: "2028-06-09"}},
	{"Dutch: geldig van … tot …, wrapped inside the end", text(
		"Dit certificaat is geldig van 2 april 2025 tot 1",
		"april 2028.",
	), values{evidence.KeyIssuedOn: "2025-04-02", evidence.KeyExpiresOn: "2028-04-01"}},
	{"Portuguese: válido de … até …, the end in the next cell", text(
		"O presente certificado é válido de 20/09/2024 | até 19/09/2027",
	), values{evidence.KeyIssuedOn: "2024-09-20", evidence.KeyExpiresOn: "2027-09-19"}},
	{"German: gültig vom … bis … in cells of their own", text(
		"Gültig vom | 01.02.2025 | bis | 31.01.2028",
	), values{evidence.KeyIssuedOn: "2025-02-01", evidence.KeyExpiresOn: "2028-01-31"}},
	{"Spanish: válido desde … hasta …, wrapped before the start", text(
		"Este certificado es válido desde el",
		"5 de mayo de 2025 hasta el 4 de mayo de 2028.",
	), values{evidence.KeyIssuedOn: "2025-05-05", evidence.KeyExpiresOn: "2028-05-04"}},
	{"English: valid from … to …, wrapped before the end", text(
		"This certificate is valid from 14 March 2025 to",
		"13 March 2028.",
	), values{evidence.KeyIssuedOn: "2025-03-14", evidence.KeyExpiresOn: "2028-03-13"}},
	{"a number ending a line is no date's start", text(
		"Expiry date: 30 June 2027",
		"Suite 3",
		"May 2025 audit report on file",
	), values{evidence.KeyExpiresOn: "2027-06-30", evidence.KeyIssuedOn: absent}},

	// "Valid at the latest until", in each language.
	{"English: valid at the latest until", text("Valid at the latest until: 21/05/2027"), values{evidence.KeyExpiresOn: "2027-05-21"}},
	{"German: gültig längstens bis", text("Gültig längstens bis: | 21.10.2026"), values{evidence.KeyExpiresOn: "2026-10-21"}},
	{"German: spätestens gültig bis", text("Spätestens gültig bis 21.10.2026"), values{evidence.KeyExpiresOn: "2026-10-21"}},
	{"French: valable au plus tard jusqu'au", text("Valable au plus tard jusqu'au: 21/05/2027"), values{evidence.KeyExpiresOn: "2027-05-21"}},
	{"Spanish: validez máxima hasta", text("Validez máxima hasta: | 27 de marzo de 2027"), values{evidence.KeyExpiresOn: "2027-03-27"}},
	{"Spanish: válido como máximo hasta", text("Válido como máximo hasta el 27 de marzo de 2027"), values{evidence.KeyExpiresOn: "2027-03-27"}},
	{"Italian: valido al più tardi fino al", text("Valido al più tardi fino al 08/08/2025"), values{evidence.KeyExpiresOn: "2025-08-08"}},
	{"Dutch: uiterlijk geldig tot", text("Uiterlijk geldig tot: 21-10-2026"), values{evidence.KeyExpiresOn: "2026-10-21"}},
	{"Portuguese: válido no máximo até", text("Válido no máximo até: | 15/12/2026"), values{evidence.KeyExpiresOn: "2026-12-15"}},
	{"a label wrapped round its date: Gültig längstens / date / bis:", text(
		"Gültig längstens",
		"19.08.2027",
		"bis:",
	), values{evidence.KeyExpiresOn: "2027-08-19"}},

	// The certificate named before the verb, in a cell the verb wraps out
	// of.
	{"Portuguese: O certificado / date / caduca em", text(
		"Atribuído em | 29 de maio de 2025",
		"O certificado | 19 de maio de 2028",
		"caduca em",
	), values{evidence.KeyIssuedOn: "2025-05-29", evidence.KeyExpiresOn: "2028-05-19"}},
	{"Spanish: a row of labels with the certificate as subject", text(
		"Referencia nº | Primera concesión | Versión emitida el | El certificado caduca el",
		"CB-SI-2046/23 | 2022-01-14 | 2025-03-09 | 2028-03-04",
	), values{evidence.KeyIssuedOn: "2025-03-09", evidence.KeyExpiresOn: "2028-03-04"}},
	{"German: Das Zertifikat / date / läuft ab am", text(
		"Das Zertifikat",
		"25.11.2025",
		"läuft ab am",
	), values{evidence.KeyExpiresOn: "2025-11-25"}},
	{"Dutch: het certificaat werd uitgegeven op, over its date", text(
		"Het certificaat werd uitgegeven op",
		"15-11-2023",
	), values{evidence.KeyIssuedOn: "2023-11-15"}},
	{"Italian: a row of labels with the certificate as subject", text(
		"Registrazione | Il certificato è stato rilasciato il | Il certificato scade il",
		"CT-27-1 | 15/04/2024 | 14/04/2027",
	), values{evidence.KeyIssuedOn: "2024-04-15", evidence.KeyExpiresOn: "2027-04-14"}},

	// Granted or awarded on, beside the first grant.
	{"English: first awarded and awarded on", text(
		"First awarded on: 3 March 2019",
		"Awarded on: 2 April 2025",
	), values{evidence.KeyIssuedOn: "2025-04-02"}},
	{"German: Erste Zertifikatserteilung and Verliehen am", text(
		"Erste Zertifikatserteilung: 2018-07-08",
		"Verliehen am: 2024-08-17",
	), values{evidence.KeyIssuedOn: "2024-08-17"}},
	{"French: première attribution and attribué le", text(
		"Première attribution : 14/02/2019",
		"Attribué le : 13/02/2025",
	), values{evidence.KeyIssuedOn: "2025-02-13"}},
	{"Spanish: primera concesión and concedido el", text(
		"Primera concesión: 22 de abril de 2019",
		"Concedido el: 29 de mayo de 2025",
	), values{evidence.KeyIssuedOn: "2025-05-29"}},
	{"Italian: prima concessione and concesso il", text(
		"Prima concessione: 22/04/2019",
		"Concesso il: 29/05/2025",
	), values{evidence.KeyIssuedOn: "2025-05-29"}},
	{"Dutch: eerst gecertificeerd op and toegekend op, label over date", text(
		"Eerst gecertificeerd op",
		"8 december 2018",
		"Toegekend op",
		"22 januari 2025",
	), values{evidence.KeyIssuedOn: "2025-01-22"}},
	{"Portuguese: primeira atribuição and atribuído em", text(
		"Primeira atribuição | 22 de abril de 2019",
		"Atribuído em | 29 de maio de 2025",
	), values{evidence.KeyIssuedOn: "2025-05-29"}},
	{"Portuguese: the first grant wrapped before its date is no issue", text(
		"Declaramos que a organização é titular do certificado n.º X-1. A certificação inicial foi concedida",
		"em 15/08/2020; o certificado em vigor foi emitido em 18/08/2023 e é válido até",
		"07/08/2026, sujeito às auditorias de acompanhamento.",
	), values{evidence.KeyIssuedOn: "2023-08-18", evidence.KeyExpiresOn: "2026-08-07"}},
	{"Spanish: the first grant wrapped before its date is no issue", text(
		"Hacemos constar que la organización es titular del certificado. La primera certificación fue otorgada",
		"el 15/08/2020; el certificado vigente fue emitido el 18/08/2023.",
	), values{evidence.KeyIssuedOn: "2023-08-18"}},
	{"French: the first grant told in a sentence is no issue", text(
		"Nous attestons que la première certification de cet organisme a été délivrée le 2 mai 2019 après audit.",
	), values{evidence.KeyIssuedOn: absent}},

	// This issue, named as the version in force.
	{"English: date of the current version", text("Date of the current version: 19/12/2023"), values{evidence.KeyIssuedOn: "2023-12-19"}},
	{"German: Datum der aktuellen Ausgabe", text("Datum der aktuellen Ausgabe: | 26.10.2023"), values{evidence.KeyIssuedOn: "2023-10-26"}},
	{"French: date de la version en vigueur", text("Date de la version en vigueur : 22/05/2024"), values{evidence.KeyIssuedOn: "2024-05-22"}},
	{"Spanish: fecha de la versión vigente", text("Fecha de la versión vigente: | 14 de abril de 2024"), values{evidence.KeyIssuedOn: "2024-04-14"}},
	{"Italian: data della versione corrente", text("Data della versione corrente: 05.09.2024"), values{evidence.KeyIssuedOn: "2024-09-05"}},
	{"Dutch: datum huidige uitgave", text("Datum huidige uitgave: | 15-11-2023"), values{evidence.KeyIssuedOn: "2023-11-15"}},
	{"Portuguese: data da versão atual", text("Data da versão atual: | 19/12/2023"), values{evidence.KeyIssuedOn: "2023-12-19"}},
	{"a latest revision is still no issue", text(
		"Latest revision date: 10 March 2024",
		"Effective date: 14 March 2024",
	), values{evidence.KeyIssuedOn: "2024-03-14"}},
	{"French: mise à jour du, under a label of its own", text(
		"Première certification délivrée",
		"le",
		"2 mai 2019",
		"Mise à jour du",
		"29 mai 2022",
		"Le certificat expire le",
		"26 mai 2025",
	), values{evidence.KeyIssuedOn: "2022-05-29", evidence.KeyExpiresOn: "2025-05-26"}},
	{"an update is less sure than an issue date", text(
		"Date d'émission : 29/05/2022",
		"Date de mise à jour : 03/01/2024",
	), values{evidence.KeyIssuedOn: "2022-05-29"}},

	// The dates of the certification cycle.
	{"English: cycle dates", text(
		"Original cycle start date: | 21 April 2018",
		"Expiry date of previous cycle: | 17 June 2024",
		"Recertification audit date: | 22 May 2024",
		"Recertification cycle start date: 18 June 2024",
		"Subject to the continued satisfactory operation of the organisation's management",
		"system, this certificate expires on: 30 May 2027",
	), values{evidence.KeyIssuedOn: "2024-06-18", evidence.KeyExpiresOn: "2027-05-30"}},
	{"German: cycle dates, the verb of expiry wrapped", text(
		"Beginn des ersten Zertifizierungszyklus: 31. Oktober 2019",
		"Ablauf des vorherigen Zyklus: | 4. Dezember 2022",
		"Datum des Rezertifizierungsaudits: | 2. November 2022",
		"Beginn des aktuellen Zyklus: | 5. Dezember 2022",
		"Vorbehaltlich des fortgesetzten wirksamen Betriebs des Managementsystems läuft",
		"dieses Zertifikat ab am: 25. November 2025",
	), values{evidence.KeyIssuedOn: "2022-12-05", evidence.KeyExpiresOn: "2025-11-25"}},
	{"French: cycle dates", text(
		"Date de début du cycle initial : 12/03/2019",
		"Date d'expiration du cycle précédent : 11/03/2025",
		"Date de l'audit de renouvellement : 20/02/2025",
		"Date de début du cycle actuel : 12/03/2025",
		"Sous réserve du fonctionnement satisfaisant du système de management, ce certificat expire le : 11/03/2028",
	), values{evidence.KeyIssuedOn: "2025-03-12", evidence.KeyExpiresOn: "2028-03-11"}},
	{"Spanish: cycle dates in a column of labels over a column of dates", text(
		"Fecha de inicio del ciclo original: | 29 de julio de 2017",
		"Fecha de caducidad del ciclo anterior:",
		"Fecha de la auditoría de renovación:",
		"Fecha de inicio del ciclo de renovación:",
		"11 de septiembre de 2023",
		"16 de agosto de 2023",
		"12 de septiembre de 2023",
		"Sujeto al funcionamiento satisfactorio continuado del sistema de gestión de la",
		"organización, este certificado caduca el: 1 de septiembre de 2026",
	), values{evidence.KeyIssuedOn: "2023-09-12", evidence.KeyExpiresOn: "2026-09-01"}},
	{"a column of labels over more dates than it labels pairs none", text(
		"Fecha de caducidad del período de gracia:",
		"Fecha de la auditoría de renovación:",
		"Fecha de inicio del ciclo de renovación:",
		"11 de septiembre de 2023",
		"16 de agosto de 2023",
		"12 de septiembre de 2023",
		"13 de septiembre de 2023",
	), values{evidence.KeyIssuedOn: absent}},
	{"Italian: cycle dates", text(
		"Data di inizio del primo ciclo: 15/01/2020",
		"Data di scadenza del ciclo precedente: 14/01/2026",
		"Data dell'audit di rinnovo: 10/12/2025",
		"Data di inizio del ciclo attuale: 15/01/2026",
		"questo certificato scade il: 14/01/2029",
	), values{evidence.KeyIssuedOn: "2026-01-15", evidence.KeyExpiresOn: "2029-01-14"}},
	{"Dutch: cycle dates", text(
		"Startdatum eerste cyclus: | 27-04-2022",
		"Einddatum vorige cyclus: | 02-06-2025",
		"Datum hercertificeringsaudit: 07-05-2025",
		"Startdatum huidige cyclus: | 03-06-2025",
		"van de organisatie verloopt dit certificaat op: 19-05-2028",
	), values{evidence.KeyIssuedOn: "2025-06-03", evidence.KeyExpiresOn: "2028-05-19"}},
	{"Portuguese: cycle dates", text(
		"Data de início do ciclo original: 14/02/2018",
		"Data de expiração do ciclo anterior: 13/02/2024",
		"Data da auditoria de recertificação: 20/01/2024",
		"Data de início do ciclo atual: 14/02/2024",
		"este certificado caduca em: 13/02/2027",
	), values{evidence.KeyIssuedOn: "2024-02-14", evidence.KeyExpiresOn: "2027-02-13"}},

	// A numbered revision in the footer.
	{"Portuguese: footer line with a numbered revision and the expiry", text(
		"Primeira atribuição: 2020-05-14",
		"ACC-SI-0598 | Revisão 3 | 2023-05-20 | caduca em 2026-04-30",
	), values{evidence.KeyIssuedOn: "2023-05-20", evidence.KeyExpiresOn: "2026-04-30"}},
	{"German: footer line with a numbered revision and the expiry", text(
		"LZM-1 | Revision 4 | 2024-08-17 | gültig bis 2027-08-06",
	), values{evidence.KeyIssuedOn: "2024-08-17", evidence.KeyExpiresOn: "2027-08-06"}},
	{"a form's numbered revision is no issue", text(
		"Expiry date: 30 June 2027",
		"Form QF-27 Rev. 4 | 2019-01-01",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2027-06-30"}},
	{"the cycle's footer revision under its own date label", text(
		"Revisie 1 Revisiedatum: 03-06-2025",
		"Vervaldatum: 19-05-2028",
	), values{evidence.KeyIssuedOn: absent}},

	// The Statement of Applicability's date is not the certificate's.
	{"the Statement of Applicability's issue is not the certificate's", text(
		"The provision of payroll services, in accordance with the Statement of",
		"Applicability, issue 7 of 3 February 2025.",
		"Valid until: 30 May 2027",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2027-05-30"}},
	{"German: the Erklärung zur Anwendbarkeit's version date", text(
		"gemäß der Erklärung zur Anwendbarkeit, aktuelle Ausgabe vom 03.02.2025",
		"Gültig bis: 30.05.2027",
	), values{evidence.KeyIssuedOn: absent}},

	// A band at the page's foot: each label in small capitals above its
	// value, the labels' words wrapping onto a second row or parted by
	// small capitals, the values run together however extraction split
	// them.
	{"English: band, values run together", text(
		"APPROVAL NUMBER | ORIGINAL APPROVAL DATE | CURRENT CERTIFICATE | CERTIFICATE EXPIRY DATE",
		"KX-ISMS 70213 2nd June 2019 11th July 2025 10th July 2028",
	), values{evidence.KeyCertificateNumber: "KX-ISMS 70213", evidence.KeyIssuedOn: "2025-07-11", evidence.KeyExpiresOn: "2028-07-10"}},
	{"English: band in small capitals parted from their words", text(
		"A pproval number | O riginal approval | C urrent certificate | C ertificate expiry date",
		"KX-ISMS 70214 | 2 June 2019 | 11 July 2025 | 10 July 2028",
	), values{evidence.KeyCertificateNumber: "KX-ISMS 70214", evidence.KeyIssuedOn: "2025-07-11", evidence.KeyExpiresOn: "2028-07-10"}},
	{"German: band in small capitals parted from their words", text(
		"U rkundennummer | E rstzertifizierung | A ktuelles Zertifikat | A blaufdatum der Urkunde",
		"HZ-27-5512 | 03.04.2018 | 05.05.2024 | 02.04.2027",
	), values{evidence.KeyCertificateNumber: "HZ-27-5512", evidence.KeyIssuedOn: "2024-05-05", evidence.KeyExpiresOn: "2027-04-02"}},
	{"French: band, the code run into the first date", text(
		"NUMÉRO D'ATTESTATION | APPROBATION D'ORIGINE | CERTIFICAT EN COURS | ÉCHÉANCE DU CERTIFICAT",
		"FR/SMSI/2024/210 12 mars 2018 | 15 avril 2024 | 11 avril 2027",
	), values{evidence.KeyCertificateNumber: "FR/SMSI/2024/210", evidence.KeyIssuedOn: "2024-04-15", evidence.KeyExpiresOn: "2027-04-11"}},
	{"Spanish: band, labels wrapped cell under cell", text(
		"NÚMERO DE | APROBACIÓN | CERTIFICADO | VENCIMIENTO DEL",
		"APROBACIÓN | ORIGINAL | VIGENTE | CERTIFICADO",
		"AP-SI-00872 | 14/02/2019 | 20/03/2025 | 13/02/2028",
	), values{evidence.KeyCertificateNumber: "AP-SI-00872", evidence.KeyIssuedOn: "2025-03-20", evidence.KeyExpiresOn: "2028-02-13"}},
	{"Italian: band, labels wrapped cell under cell", text(
		"NUMERO DI | APPROVAZIONE | CERTIFICATO | DATA DI SCADENZA DEL",
		"APPROVAZIONE | ORIGINARIA | CORRENTE | CERTIFICATO",
		"AP-SGSI-4411 | 24.11.2017 | 08.01.2024 | 23.11.2026",
	), values{evidence.KeyCertificateNumber: "AP-SGSI-4411", evidence.KeyIssuedOn: "2024-01-08", evidence.KeyExpiresOn: "2026-11-23"}},
	{"Dutch: band, one label's last word alone below", text(
		"GOEDKEURINGS- | OORSPRONKELIJKE GOEDKEURING | HUIDIG CERTIFICAAT | VERVALDATUM CERTIFICAAT",
		"NUMMER",
		"GK-IB-2206 | 9 mei 2018 | 3 juni 2024 | 8 mei 2027",
	), values{evidence.KeyIssuedOn: "2024-06-03", evidence.KeyExpiresOn: "2027-05-08"}},
	{"Portuguese: band, the wrapped label and the code after the dates", text(
		"NÚMERO DE | APROVAÇÃO ORIGINAL | CERTIFICADO ATUAL | CADUCA A",
		"APROVAÇÃO",
		"22 de abril de 2019 13 de maio de 2022 9 de maio de 2025",
		"AP/SGSI/0913",
	), values{evidence.KeyCertificateNumber: "AP/SGSI/0913", evidence.KeyIssuedOn: "2022-05-13", evidence.KeyExpiresOn: "2025-05-09"}},
	{"English: small capitals parted on label lines", text(
		"A pproval number: | KX-ISMS 70216",
		"C urrent certificate: | 11 July 2025",
		"C ertificate expiry date: | 10 July 2028",
	), values{evidence.KeyCertificateNumber: "KX-ISMS 70216", evidence.KeyIssuedOn: "2025-07-11", evidence.KeyExpiresOn: "2028-07-10"}},
	{"French: small capitals parted on label lines", text(
		"N uméro d'attestation : FR/SMSI/2024/212",
		"D ate d'échéance : 10 juillet 2028",
	), values{evidence.KeyCertificateNumber: "FR/SMSI/2024/212", evidence.KeyExpiresOn: "2028-07-10"}},
	{"a capital alone before a word that joins into no label", text(
		"A ll rights reserved | Certificate No.: KX-ISMS 70217",
		"Valid until: 10 July 2028",
	), values{evidence.KeyCertificateNumber: "KX-ISMS 70217", evidence.KeyExpiresOn: "2028-07-10"}},
	{"band whose values do not pair one to one", text(
		"APPROVAL NUMBER | ORIGINAL APPROVAL DATE | CURRENT CERTIFICATE | CERTIFICATE EXPIRY DATE",
		"KX-ISMS 70215 11th July 2025 10th July 2028",
	), values{evidence.KeyIssuedOn: absent}},
	{"band whose numeric dates nothing orders stays uncertain", text(
		"APPROVAL NUMBER | ORIGINAL APPROVAL DATE | CURRENT CERTIFICATE | CERTIFICATE EXPIRY DATE",
		"LX-1902 | 10/06/2017 | 07/04/2023 | 07/03/2026",
	), values{evidence.KeyIssuedOn: "?2023-04-07 | 2023-07-04", evidence.KeyExpiresOn: "?2026-03-07 | 2026-07-03"}},
	// A certificate issued again, and the first certification named by
	// its verb before a word of "first", in each language.
	{"English: re-issued, registered initially", text(
		"Registered initially on: 3 March 2017",
		"Re-issued on: 4 April 2024",
		"Remains valid through: 2 March 2027",
	), values{evidence.KeyIssuedOn: "2024-04-04", evidence.KeyExpiresOn: "2027-03-02"}},
	{"German: neu ausgestellt, zertifiziert erstmals", text(
		"Zertifikatsnr. | Zertifiziert erstmals am | Neu ausgestellt am | Urkunde gültig bis zum",
		"HZ-27-5513 | 2018-10-15 | 2024-10-29 | 2027-10-19",
	), values{evidence.KeyIssuedOn: "2024-10-29", evidence.KeyExpiresOn: "2027-10-19"}},
	{"French: réémis, certifiée initialement", text(
		"Certifiée initialement le",
		"22 novembre 2019",
		"Réémis le",
		"24 décembre 2022",
		"Demeure valide jusqu'au",
		"21 décembre 2025",
	), values{evidence.KeyIssuedOn: "2022-12-24", evidence.KeyExpiresOn: "2025-12-21"}},
	{"Spanish: reemitido, certificada inicialmente", text(
		"Certificada inicialmente el: 07-04-2018",
		"Reemitido el: | 17-05-2024",
		"Vigente hasta el: | 11-05-2027",
	), values{evidence.KeyIssuedOn: "2024-05-17", evidence.KeyExpiresOn: "2027-05-11"}},
	{"Italian: riemesso, prima approvazione rilasciata", text(
		"Prima approvazione rilasciata il: 16/03/2016",
		"Riemesso il: 22/02/2025",
		"Resta valido fino al: 15/03/2028",
	), values{evidence.KeyIssuedOn: "2025-02-22", evidence.KeyExpiresOn: "2028-03-15"}},
	{"Dutch: heruitgegeven, eerste goedkeuring verleend", text(
		"Eerste goedkeuring verleend op: 27/03/2020",
		"Heruitgegeven op: | 06/04/2023",
		"Blijft geldig tot en met: | 01/04/2026",
	), values{evidence.KeyIssuedOn: "2023-04-06", evidence.KeyExpiresOn: "2026-04-01"}},
	{"Portuguese: reemitido, edição n.º", text(
		"Certificada pela primeira vez em | Reemitido em | Permanece válido até",
		"2018-09-27 | 2024-11-14 | 2027-11-04",
	), values{evidence.KeyIssuedOn: "2024-11-14", evidence.KeyExpiresOn: "2027-11-04"}},
	{"Portuguese: a footer's edição n.º and its date", text(
		"AP/SGSI/0377 | Edição n.º 4 | 5 de novembro de 2023 | caducidade 23 de outubro de 2026",
	), values{evidence.KeyIssuedOn: "2023-11-05", evidence.KeyExpiresOn: "2026-10-23"}},
}

func TestCertificateDateWordings(t *testing.T) {
	for _, c := range certificateDateCases {
		t.Run(c.name, func(t *testing.T) { checkCertificate(t, c.doc, c.want) })
	}
}
