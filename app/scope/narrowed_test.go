package scope

import "testing"

// narrowedTable holds scopes that write the words of a service only where
// the scope narrows them to something the service need not be: an
// activity tied to another one ("and related training"), a channel listed
// in brackets after another activity ("contact centre (telephone, email,
// chat)"), or a thing another activity acts on ("shredding of
// confidential paper" for a paper supplier). Each is for an analyst to
// judge: uncertain. The near misses write the same words as what the
// organisation offers, or name a service tied to the same subject
// ("TaxPro user training"), and stay covered.
var narrowedTable = []scopeCase{
	// An activity tied to another by "related", "zugehörig", "associé",
	// "asociado", "correlato", "bijbehorend", "relacionado".
	{"en", "Development of the TaxPro filing software and related training services.", "Classroom training", []string{"training"}, Uncertain, false},
	{"de", "Entwicklung der Kassensoftware KassaPro sowie zugehörige Schulungen.", "Training", []string{"Schulungen"}, Uncertain, false},
	{"fr", "Édition du logiciel PaieNet et prestations de formation associées.", "Classroom training", []string{"formation"}, Uncertain, false},
	{"es", "Desarrollo del software FacturaYa y el soporte técnico asociado.", "Technical support", []string{"soporte técnico"}, Uncertain, false},
	{"it", "Sviluppo della piattaforma GestiCasa e servizi di assistenza correlati.", "Helpdesk", []string{"assistenza"}, Uncertain, false},
	{"nl", "Ontwikkeling van het ERP-pakket Bouwplan en bijbehorende hostingdiensten.", "Cloud hosting", []string{"hostingdiensten"}, Uncertain, false},
	{"pt", "Desenvolvimento do software ContaFácil e a consultoria relacionada.", "Management consulting", []string{"consultoria"}, Uncertain, false},
	// Near misses: the tie stands with another activity of the list.
	{"en", "Training services for accountants, and the related course materials.", "Classroom training", []string{"training"}, Covered, true},
	{"de", "Schulungen für Pflegekräfte sowie zugehörige Prüfungen.", "Training", []string{"Schulungen"}, Covered, true},
	{"fr", "Formation des conducteurs routiers et location de véhicules associés.", "Classroom training", []string{"formation"}, Covered, true},
	{"es", "Soporte técnico a usuarios de hospitales y mantenimiento asociado de equipos.", "Technical support", []string{"soporte técnico"}, Covered, true},
	{"it", "Servizi di assistenza clienti per utility e attività correlate di fatturazione.", "Helpdesk", []string{"assistenza"}, Covered, true},
	{"nl", "Hostingdiensten voor webwinkels en bijbehorende domeinregistratie.", "Cloud hosting", []string{"hostingdiensten"}, Covered, true},
	{"pt", "Consultoria de gestão para PME e formação relacionada.", "Management consulting", []string{"consultoria"}, Covered, true},
	// Near misses: the tie says whose the thing operated is.
	{"de", "Fernüberwachung von Gasnetzen sowie Betrieb der zugehörigen Leitwartensoftware.", "Control-room software", []string{"Leitwartensoftware"}, Covered, true},
	{"en", "Remote monitoring of water networks and operation of the associated telemetry software.", "Telemetry software", []string{"telemetry software"}, Covered, true},
	// Near misses: the service's name ties it to the same subject.
	{"en", "Development of the TaxPro filing software and related training services.", "TaxPro user training", []string{"training"}, Covered, true},
	{"de", "Entwicklung der Kassensoftware KassaPro sowie zugehörige Schulungen.", "KassaPro training", []string{"Schulungen"}, Covered, true},
	{"fr", "Édition du logiciel PaieNet et prestations de formation associées.", "PaieNet training", []string{"formation"}, Covered, true},
	{"es", "Desarrollo del software FacturaYa y el soporte técnico asociado.", "FacturaYa support", []string{"soporte técnico"}, Covered, true},
	{"it", "Sviluppo della piattaforma GestiCasa e servizi di assistenza correlati.", "GestiCasa helpdesk", []string{"assistenza"}, Covered, true},
	{"nl", "Ontwikkeling van het ERP-pakket Bouwplan en bijbehorende hostingdiensten.", "Bouwplan hosting", []string{"hostingdiensten"}, Covered, true},
	{"pt", "Desenvolvimento do software ContaFácil e a consultoria relacionada.", "ContaFácil consulting", []string{"consultoria"}, Covered, true},

	// A channel listed in brackets after another activity.
	{"en", "Multichannel customer contact centre (telephone, email, web chat) for utilities.", "Email hosting", []string{"email"}, Uncertain, false},
	{"de", "Kundenservice-Center (Telefon, E-Mail, Chat) für Versicherer.", "Email hosting", []string{"E-Mail"}, Uncertain, false},
	{"fr", "Centre d'appels multicanal (téléphone, SMS, courriel) pour les bailleurs sociaux.", "Email hosting", []string{"courriel"}, Uncertain, false},
	{"es", "Atención al cliente multicanal (teléfono, correo electrónico, chat) para aseguradoras.", "Email hosting", []string{"correo electrónico"}, Uncertain, false},
	{"it", "Servizio clienti multicanale (telefono, posta elettronica, chat) per le banche.", "Email hosting", []string{"posta elettronica"}, Uncertain, false},
	{"nl", "Klantcontactcentrum (telefoon, e-mail, chat) voor zorgverzekeraars.", "Email hosting", []string{"e-mail"}, Uncertain, false},
	{"pt", "Centro de contacto multicanal (telefone, correio eletrónico, chat) para seguradoras.", "Email hosting", []string{"correio eletrónico"}, Uncertain, false},
	// Near misses: the service is written outside the brackets.
	{"en", "Email hosting and archiving (Exchange, IMAP) for law firms.", "Email hosting", []string{"email"}, Covered, true},
	{"de", "E-Mail-Hosting (Exchange, IMAP, POP3) für Kanzleien.", "Email hosting", []string{"E-Mail"}, Covered, true},
	{"fr", "Hébergement de courriel (Exchange, IMAP) pour les notaires.", "Email hosting", []string{"courriel"}, Covered, true},
	{"es", "Alojamiento de correo electrónico (Exchange, IMAP) para despachos de abogados.", "Email hosting", []string{"correo electrónico"}, Covered, true},
	{"it", "Servizi di hosting della posta elettronica aziendale (caselle, archiviazione, filtri antispam) per studi legali.", "Email hosting", []string{"posta elettronica"}, Covered, true},
	{"nl", "Hosting van e-mail (Exchange, IMAP) voor advocatenkantoren.", "Email hosting", []string{"e-mail"}, Covered, true},
	{"pt", "Alojamento de correio eletrónico (Exchange, IMAP) para escritórios de advogados.", "Email hosting", []string{"correio eletrónico"}, Covered, true},

	// A thing another activity acts on, for a service that supplies it.
	{"en", "Collection, transport and shredding of office waste and confidential paper.", "Paper supply", []string{"supply of paper"}, Uncertain, false},
	{"de", "Sammlung und Vernichtung von Akten und vertraulichem Papier.", "Paper supply", []string{"Lieferung von Papier"}, Uncertain, false},
	{"fr", "Collecte et destruction des archives et du papier confidentiel.", "Paper supply", []string{"fourniture de papier"}, Uncertain, false},
	{"es", "Recogida y destrucción de documentos y papel confidencial.", "Paper supply", []string{"suministro de papel"}, Uncertain, false},
	{"it", "Raccolta e distruzione di archivi e carta riservata.", "Paper supply", []string{"fornitura di carta"}, Uncertain, false},
	{"nl", "Inzameling en vernietiging van archieven en vertrouwelijk papier.", "Paper supply", []string{"levering van papier"}, Uncertain, false},
	{"pt", "Recolha e destruição de arquivos e papel confidencial.", "Paper supply", []string{"fornecimento de papel"}, Uncertain, false},
	// Near misses: the scope supplies the thing.
	{"en", "Supply of office paper and toner cartridges to schools.", "Paper supply", []string{"supply of paper"}, Covered, true},
	{"de", "Lieferung von Papier und Büromaterial an Behörden.", "Paper supply", []string{"Lieferung von Papier"}, Covered, true},
	{"fr", "Fourniture de papier et de consommables de bureau aux administrations.", "Paper supply", []string{"fourniture de papier"}, Covered, true},
	{"es", "Suministro de papel y material de oficina a colegios.", "Paper supply", []string{"suministro de papel"}, Covered, true},
	{"it", "Fornitura di carta e cancelleria agli uffici pubblici.", "Paper supply", []string{"fornitura di carta"}, Covered, true},
	{"nl", "Levering van papier en kantoorartikelen aan scholen.", "Paper supply", []string{"levering van papier"}, Covered, true},
	{"pt", "Fornecimento de papel e consumíveis de escritório a escolas.", "Paper supply", []string{"fornecimento de papel"}, Covered, true},
}

func TestScopeNarrowed(t *testing.T) {
	runStrictTable(t, narrowedTable)
}
