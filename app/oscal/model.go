package oscal

// The types below are the part of the OSCAL 1.0.6 assessment-results model that Assay fills,
// with the model's JSON names. Every list is left out when empty: the schema wants at least
// one item in any list that is present.

// Document is an OSCAL assessment-results document.
type Document struct {
	AssessmentResults AssessmentResults `json:"assessment-results"`
}

// AssessmentResults is the document's one top-level assembly.
type AssessmentResults struct {
	UUID       string      `json:"uuid"`
	Metadata   Metadata    `json:"metadata"`
	ImportAP   ImportAP    `json:"import-ap"`
	Results    []Result    `json:"results"`
	BackMatter *BackMatter `json:"back-matter,omitempty"`
}

// Metadata names the document, its version and the parties it speaks of.
type Metadata struct {
	Title        string  `json:"title"`
	LastModified string  `json:"last-modified"`
	Version      string  `json:"version"`
	OSCALVersion string  `json:"oscal-version"`
	Props        []Prop  `json:"props,omitempty"`
	Parties      []Party `json:"parties,omitempty"`
}

// Party is an organisation the document names: the vendor assessed.
type Party struct {
	UUID  string `json:"uuid"`
	Type  string `json:"type"`
	Name  string `json:"name"`
	Props []Prop `json:"props,omitempty"`
	Links []Link `json:"links,omitempty"`
}

// ImportAP points at the assessment plan; Assay's plan is the questionnaire, in the back matter.
type ImportAP struct {
	Href    string `json:"href"`
	Remarks string `json:"remarks,omitempty"`
}

// Prop is a name and value; Assay's own names carry Assay's namespace.
type Prop struct {
	Name    string `json:"name"`
	NS      string `json:"ns,omitempty"`
	Value   string `json:"value"`
	Class   string `json:"class,omitempty"`
	Remarks string `json:"remarks,omitempty"`
}

// Link is a reference to another resource.
type Link struct {
	Href      string `json:"href"`
	Rel       string `json:"rel,omitempty"`
	MediaType string `json:"media-type,omitempty"`
	Text      string `json:"text,omitempty"`
}

// Heading is how the assemblies below begin: a uuid, a title, a description and props. The
// builder always fills the title and description where the schema requires them.
type Heading struct {
	UUID        string `json:"uuid"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	Props       []Prop `json:"props,omitempty"`
}

// Result is one assessment's outcome: what was reviewed, observed and found.
type Result struct {
	Heading
	Start            string           `json:"start"`
	End              string           `json:"end,omitempty"`
	ReviewedControls ReviewedControls `json:"reviewed-controls"`
	Observations     []Observation    `json:"observations,omitempty"`
	Risks            []Risk           `json:"risks,omitempty"`
	Findings         []Finding        `json:"findings,omitempty"`
	Remarks          string           `json:"remarks,omitempty"`
}

// ReviewedControls lists the controls assessed: the questionnaire's own and those of other
// frameworks it maps to.
type ReviewedControls struct {
	Description       string             `json:"description,omitempty"`
	ControlSelections []ControlSelection `json:"control-selections"`
}

// ControlSelection is one framework's controls.
type ControlSelection struct {
	Description     string            `json:"description,omitempty"`
	Props           []Prop            `json:"props,omitempty"`
	IncludeControls []SelectControlID `json:"include-controls,omitempty"`
}

// SelectControlID names one control.
type SelectControlID struct {
	ControlID string `json:"control-id"`
}

// Observation is one answered question, with the files given for it.
type Observation struct {
	Heading
	Methods          []string           `json:"methods"`
	Types            []string           `json:"types,omitempty"`
	Subjects         []SubjectReference `json:"subjects,omitempty"`
	RelevantEvidence []RelevantEvidence `json:"relevant-evidence,omitempty"`
	Collected        string             `json:"collected"`
	Remarks          string             `json:"remarks,omitempty"`
}

// SubjectReference names what an observation is about: the vendor.
type SubjectReference struct {
	SubjectUUID string `json:"subject-uuid"`
	Type        string `json:"type"`
	Title       string `json:"title,omitempty"`
}

// RelevantEvidence is one file, pointing at its resource in the back matter.
type RelevantEvidence struct {
	Href        string `json:"href,omitempty"`
	Description string `json:"description"`
	Props       []Prop `json:"props,omitempty"`
	Remarks     string `json:"remarks,omitempty"`
}

// Risk is what a red flag means for the buyer.
type Risk struct {
	Heading
	Statement           string               `json:"statement"`
	Status              string               `json:"status"`
	RelatedObservations []RelatedObservation `json:"related-observations,omitempty"`
}

// Finding is one red flag against the control.
type Finding struct {
	Heading
	Target              FindingTarget        `json:"target"`
	RelatedObservations []RelatedObservation `json:"related-observations,omitempty"`
	RelatedRisks        []RelatedRisk        `json:"related-risks,omitempty"`
}

// FindingTarget is the control a finding is about and whether it is satisfied.
type FindingTarget struct {
	Type     string       `json:"type"`
	TargetID string       `json:"target-id"`
	Title    string       `json:"title,omitempty"`
	Status   TargetStatus `json:"status"`
}

// TargetStatus is satisfied or not-satisfied.
type TargetStatus struct {
	State  string `json:"state"`
	Reason string `json:"reason,omitempty"`
}

// RelatedObservation points at an observation by its uuid.
type RelatedObservation struct {
	ObservationUUID string `json:"observation-uuid"`
}

// RelatedRisk points at a risk by its uuid.
type RelatedRisk struct {
	RiskUUID string `json:"risk-uuid"`
}

// BackMatter holds the resources the document refers to: the questionnaire and the files.
type BackMatter struct {
	Resources []Resource `json:"resources,omitempty"`
}

// Resource is one questionnaire or file, with its hash.
type Resource struct {
	Heading
	RLinks  []RLink `json:"rlinks,omitempty"`
	Remarks string  `json:"remarks,omitempty"`
}

// RLink is where a resource can be fetched, with the hash it must have.
type RLink struct {
	Href      string `json:"href"`
	MediaType string `json:"media-type,omitempty"`
	Hashes    []Hash `json:"hashes,omitempty"`
}

// Hash is a digest of a resource.
type Hash struct {
	Algorithm string `json:"algorithm"`
	Value     string `json:"value"`
}
