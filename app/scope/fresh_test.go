package scope

import "testing"

// freshTable was written after the matcher was tuned on scopeTable and
// was not used to tune it: it measures how the matcher does on wording it
// has not seen. want is the verdict an analyst reading the scope gives;
// the matcher may answer uncertain to any case, but never covered or
// uncovered where the analyst says otherwise.
//
// First run, unchanged: 73 cases (31 near misses): 28 covered, 18
// uncovered, 27 uncertain; 2 wrong, both covered where the analyst says
// otherwise:
//   - "Operation of a 24/7 IT service desk supporting Acme's own
//     employees" covered "Service desk", though the desk serves the
//     vendor's own staff (want uncertain);
//   - "Salarisverwerking voor klanten in de zorg" covered "Healthcare
//     services" by the keyword "zorg", the sector the clients are in (want
//     uncovered): "Salarisverwerking" was taken for a general word because
//     it ends in one ("verwerking").
//
// Of the 33 the analyst calls covered, the first run covered 26 and left 7
// uncertain; of the 36 uncovered, it found 18, left 17 uncertain and
// covered 1 (above); of the 4 uncertain, it covered 1 (above). Both wrong
// answers were then fixed in the matcher; the cases are as first written.
var freshTable = []scopeCase{
	{"en", "Provision of managed payroll and HR outsourcing services to employers in Ireland, including statutory reporting to Revenue.", "Payroll outsourcing", []string{"payroll"}, Covered, false},
	{"en", "Provision of managed payroll and HR outsourcing services to employers in Ireland, including statutory reporting to Revenue.", "Statutory reporting", nil, Covered, false},
	{"en", "Provision of managed payroll and HR outsourcing services to employers in Ireland, including statutory reporting to Revenue.", "Customer support desk", []string{"support", "helpdesk"}, Uncovered, false},
	{"en", "Provision of managed payroll and HR outsourcing services to employers in Ireland, including statutory reporting to Revenue.", "Revenue management consulting", []string{"revenue"}, Uncovered, true},

	{"en", "Information security management system in relation to the design, build and support of e-commerce websites for retail clients.", "Website development", []string{"web design", "e-commerce websites"}, Covered, false},
	{"en", "Information security management system in relation to the design, build and support of e-commerce websites for retail clients.", "Website support", []string{"support"}, Covered, false},
	{"en", "Information security management system in relation to the design, build and support of e-commerce websites for retail clients.", "Retail consulting", []string{"retail"}, Uncovered, true},
	{"en", "Information security management system in relation to the design, build and support of e-commerce websites for retail clients.", "Web hosting", []string{"hosting"}, Uncovered, true},

	{"en", "The ISMS underpinning the operation of Acme's managed detection and response (MDR) service from its Security Operations Centre in Glasgow.", "Managed detection and response", []string{"MDR"}, Covered, false},
	{"en", "The ISMS underpinning the operation of Acme's managed detection and response (MDR) service from its Security Operations Centre in Glasgow.", "Incident response retainer", []string{"incident response"}, Uncertain, true},
	{"en", "The ISMS underpinning the operation of Acme's managed detection and response (MDR) service from its Security Operations Centre in Glasgow.", "Penetration testing", []string{"pen testing"}, Uncovered, false},
	{"en", "The ISMS underpinning the operation of Acme's managed detection and response (MDR) service from its Security Operations Centre in Glasgow.", "Operations consulting", []string{"operations"}, Uncovered, true},

	{"en", "Development, hosting and maintenance of the TimeTrack workforce scheduling application. The following are excluded from the scope: payroll interfaces and on-premise installations.", "Workforce scheduling", []string{"scheduling", "rostering"}, Covered, false},
	{"en", "Development, hosting and maintenance of the TimeTrack workforce scheduling application. The following are excluded from the scope: payroll interfaces and on-premise installations.", "Payroll interface", []string{"payroll interfaces"}, Uncovered, true},
	{"en", "Development, hosting and maintenance of the TimeTrack workforce scheduling application. The following are excluded from the scope: payroll interfaces and on-premise installations.", "On-premise installation", []string{"installation"}, Uncovered, true},
	{"en", "Development, hosting and maintenance of the TimeTrack workforce scheduling application. The following are excluded from the scope: payroll interfaces and on-premise installations.", "Application hosting", []string{"hosting"}, Covered, false},
	{"en", "Development, hosting and maintenance of the TimeTrack workforce scheduling application. The following are excluded from the scope: payroll interfaces and on-premise installations.", "Payroll", []string{"payroll"}, Uncovered, true},

	{"en", "Cloud-hosted document storage and secure collaboration services for legal firms.", "Document storage", nil, Covered, false},
	{"en", "Cloud-hosted document storage and secure collaboration services for legal firms.", "Cloud hosting", []string{"cloud", "hosting"}, Uncovered, true},
	{"en", "Cloud-hosted document storage and secure collaboration services for legal firms.", "Legal services", []string{"legal"}, Uncovered, true},
	{"en", "Cloud-hosted document storage and secure collaboration services for legal firms.", "Secure collaboration", []string{"collaboration"}, Covered, false},

	{"en", "ALL SERVICES PROVIDED BY ACME DATA LTD FROM ITS UK OFFICES", "Data backup", []string{"backup"}, Uncertain, false},
	{"en", "ALL SERVICES PROVIDED BY ACME DATA LTD FROM ITS UK OFFICES", "Payroll", nil, Uncertain, false},

	{"en", "Operation of a 24/7 IT service desk supporting Acme's own employees.", "Service desk", []string{"helpdesk", "service desk"}, Uncertain, true},
	{"en", "Operation of a 24/7 IT service desk supporting Acme's own employees.", "Network management", []string{"network"}, Uncovered, false},

	{"en", "Software development and support services, with the exception of mobile application development.", "Mobile app development", []string{"mobile apps"}, Uncovered, true},
	{"en", "Software development and support services, with the exception of mobile application development.", "Software development", nil, Covered, false},
	{"en", "Software development and support services, with the exception of mobile application development.", "Mobile device management", []string{"MDM"}, Uncovered, true},

	{"en", "Payroll software (PayWise) licensed to and operated by customers on their own premises.", "Payroll processing", []string{"payroll"}, Uncovered, true},
	{"en", "Payroll software (PayWise) licensed to and operated by customers on their own premises.", "Software licensing", []string{"licensing"}, Covered, false},

	{"en", "Provision of recruitment, onboarding and background screening services.", "Background checks", []string{"background screening"}, Covered, false},
	{"en", "Provision of recruitment, onboarding and background screening services.", "Onboarding", nil, Covered, false},
	{"en", "Provision of recruitment, onboarding and background screening services.", "Payroll", nil, Uncovered, false},
	{"en", "Provision of recruitment, onboarding and background screening services.", "Background music licensing", []string{"background music"}, Uncovered, true},

	{"de", "Planung, Implementierung und Betrieb von Netzwerk- und Firewall-Lösungen für Behörden; ausgenommen ist die Managed-SOC-Leistung.", "Firewall management", []string{"Betrieb von Firewalls"}, Covered, false},
	{"de", "Planung, Implementierung und Betrieb von Netzwerk- und Firewall-Lösungen für Behörden; ausgenommen ist die Managed-SOC-Leistung.", "Managed SOC", []string{"Managed-SOC-Leistung", "SOC"}, Uncovered, true},
	{"de", "Planung, Implementierung und Betrieb von Netzwerk- und Firewall-Lösungen für Behörden; ausgenommen ist die Managed-SOC-Leistung.", "Network operations", []string{"Netzwerkbetrieb"}, Covered, false},
	{"de", "Planung, Implementierung und Betrieb von Netzwerk- und Firewall-Lösungen für Behörden; ausgenommen ist die Managed-SOC-Leistung.", "Penetration testing", []string{"Penetrationstest"}, Uncovered, false},

	{"de", "Der Geltungsbereich umfasst die Rechenzentrumsdienstleistungen (Colocation, Managed Hosting) am Standort Nürnberg.", "Managed hosting", []string{"Managed Hosting"}, Covered, false},
	{"de", "Der Geltungsbereich umfasst die Rechenzentrumsdienstleistungen (Colocation, Managed Hosting) am Standort Nürnberg.", "Colocation", nil, Covered, false},
	{"de", "Der Geltungsbereich umfasst die Rechenzentrumsdienstleistungen (Colocation, Managed Hosting) am Standort Nürnberg.", "Backup", []string{"Datensicherung"}, Uncovered, false},
	{"de", "Der Geltungsbereich umfasst die Rechenzentrumsdienstleistungen (Colocation, Managed Hosting) am Standort Nürnberg.", "Hosting in Berlin", []string{"Hosting am Standort Berlin"}, Uncovered, true},

	{"fr", "Fourniture de services d'infogérance et de maintenance applicative pour les collectivités territoriales, hors hébergement.", "Managed services", []string{"infogérance"}, Covered, false},
	{"fr", "Fourniture de services d'infogérance et de maintenance applicative pour les collectivités territoriales, hors hébergement.", "Application maintenance", []string{"maintenance applicative", "TMA"}, Covered, false},
	{"fr", "Fourniture de services d'infogérance et de maintenance applicative pour les collectivités territoriales, hors hébergement.", "Hosting", []string{"hébergement"}, Uncovered, true},
	{"fr", "Fourniture de services d'infogérance et de maintenance applicative pour les collectivités territoriales, hors hébergement.", "Public sector consulting", []string{"collectivités territoriales"}, Uncovered, true},

	{"fr", "Le SMSI s'applique aux activités de conception et de vente de logiciels de comptabilité.", "Accounting software", []string{"logiciel de comptabilité"}, Covered, false},
	{"fr", "Le SMSI s'applique aux activités de conception et de vente de logiciels de comptabilité.", "Bookkeeping", []string{"comptabilité", "tenue de comptabilité"}, Uncovered, true},
	{"fr", "Le SMSI s'applique aux activités de conception et de vente de logiciels de comptabilité.", "Software sales", []string{"vente de logiciels"}, Covered, false},

	{"es", "Servicios de centro de datos, alojamiento y copias de seguridad gestionadas, excluyendo la recuperación ante desastres.", "Managed backup", []string{"copias de seguridad"}, Covered, false},
	{"es", "Servicios de centro de datos, alojamiento y copias de seguridad gestionadas, excluyendo la recuperación ante desastres.", "Disaster recovery", []string{"recuperación ante desastres"}, Uncovered, true},
	{"es", "Servicios de centro de datos, alojamiento y copias de seguridad gestionadas, excluyendo la recuperación ante desastres.", "Data centre", []string{"centro de datos"}, Covered, false},
	{"es", "Servicios de centro de datos, alojamiento y copias de seguridad gestionadas, excluyendo la recuperación ante desastres.", "Security consulting", []string{"consultoría de seguridad"}, Uncovered, true},

	{"es", "Desarrollo de software a medida para el sector asegurador.", "Custom software development", []string{"desarrollo de software"}, Covered, false},
	{"es", "Desarrollo de software a medida para el sector asegurador.", "Insurance", []string{"seguros", "asegurador"}, Uncovered, true},

	{"it", "Erogazione di servizi di help desk e assistenza tecnica on-site per le sedi di clienti nel Nord Italia.", "Help desk", []string{"help desk"}, Covered, false},
	{"it", "Erogazione di servizi di help desk e assistenza tecnica on-site per le sedi di clienti nel Nord Italia.", "On-site support", []string{"assistenza tecnica"}, Covered, false},
	{"it", "Erogazione di servizi di help desk e assistenza tecnica on-site per le sedi di clienti nel Nord Italia.", "Remote monitoring", []string{"monitoraggio remoto"}, Uncovered, false},

	{"it", "Sviluppo e manutenzione del gestionale per studi medici MedPro, esclusa l'installazione presso il cliente.", "Practice management software", []string{"gestionale per studi medici"}, Covered, false},
	{"it", "Sviluppo e manutenzione del gestionale per studi medici MedPro, esclusa l'installazione presso il cliente.", "On-site installation", []string{"installazione"}, Uncovered, true},
	{"it", "Sviluppo e manutenzione del gestionale per studi medici MedPro, esclusa l'installazione presso il cliente.", "Medical services", []string{"studi medici"}, Uncovered, true},

	{"nl", "Het leveren van hosting- en back-updiensten vanuit datacenters in Amsterdam en Groningen.", "Backup", []string{"back-up"}, Covered, false},
	{"nl", "Het leveren van hosting- en back-updiensten vanuit datacenters in Amsterdam en Groningen.", "Hosting", []string{"hosting"}, Covered, false},
	{"nl", "Het leveren van hosting- en back-updiensten vanuit datacenters in Amsterdam en Groningen.", "Datacenter in Rotterdam", []string{"datacenter Rotterdam"}, Uncovered, true},

	{"nl", "Salarisverwerking voor klanten in de zorg, uitgezonderd pensioenadministratie.", "Payroll", []string{"salarisverwerking"}, Covered, false},
	{"nl", "Salarisverwerking voor klanten in de zorg, uitgezonderd pensioenadministratie.", "Pension administration", []string{"pensioenadministratie"}, Uncovered, true},
	{"nl", "Salarisverwerking voor klanten in de zorg, uitgezonderd pensioenadministratie.", "Healthcare services", []string{"zorg"}, Uncovered, true},

	{"pt", "Desenvolvimento, implantação e suporte de sistemas ERP para o setor de varejo.", "ERP implementation", []string{"implantação de ERP"}, Covered, false},
	{"pt", "Desenvolvimento, implantação e suporte de sistemas ERP para o setor de varejo.", "Retail", []string{"varejo"}, Uncovered, true},
	{"pt", "Desenvolvimento, implantação e suporte de sistemas ERP para o setor de varejo.", "ERP hosting", []string{"hospedagem de ERP"}, Uncovered, true},

	{"pt", "Serviços de processamento de dados e gestão documental, excluindo a digitalização de documentos em papel.", "Document management", []string{"gestão documental"}, Covered, false},
	{"pt", "Serviços de processamento de dados e gestão documental, excluindo a digitalização de documentos em papel.", "Scanning", []string{"digitalização"}, Uncovered, true},
	{"pt", "Serviços de processamento de dados e gestão documental, excluindo a digitalização de documentos em papel.", "Data processing", []string{"processamento de dados"}, Covered, false},
}

func TestScopeFresh(t *testing.T) {
	runScopeTable(t, freshTable, true)
}
