package main

// body is a certification body: who issues the certificate, and the
// accreditation body whose mark it prints.
type body struct {
	Name, Short, Town, Addr string
	Web                     string // the host of its online register, printed beside a QR code
	Accred, AccredNo        string // accreditation body and the body's accreditation (not certificate) number
	Signatory, Zone         string // who signs its electronically signed certificates, and its UTC offset as a signature panel writes it (fresh11.go)
}

// site is one row of a certificate's site table.
type site struct{ Name, Addr, Activity string }

// profile is a certified organisation as its certification body describes
// it, in the certificate's language.
type profile struct {
	ID      string
	Tag     string // language with region, "en-gb"
	Body    body
	Org     string
	OrgAddr string // empty: the certificate prints no address
	Town    string
	Scope   string
	ScopeEN string // the scope in English, printed beside it on bilingual certificates
	// Services are what we buy from the organisation, with what a careful
	// reader of the scope answers about each.
	Services []service
	Sites    []site
	Numbers  []string
	// standards are how the certificate names the 2022 and 2013 editions.
	Std2022, Std2013 []string
	Styles           []string // the date styles this body writes
	Ambiguous        bool     // numeric dates, English, and nothing in the document tells the day/month order
	Also             []alsoIn // the country's other national languages, with the scope in each (fresh6.go)
	Transfer         transfer // the former body of a certificate transferred to this one (fresh10.go)
}

// service is a service bought from the vendor and the coverage a careful
// reader of the scope would answer for it.
type service struct {
	Name     string   `json:"name"`
	Keywords []string `json:"keywords,omitempty"`
	Expected string   `json:"expected"`
}

// uncertain is the manifest's verdict or coverage when the document does not settle it.
const uncertain = "uncertain"
