package model

// Roles a staff user can hold.
const (
	RoleAdmin       = "admin"
	RoleAnalyst     = "analyst"
	RoleProcurement = "procurement"
)

// SeesMaterial reports whether staff of role see the vendor's material (answers, files, the
// review and the history): admins and analysts do; procurement see outcomes only.
func SeesMaterial(role string) bool { return role == RoleAdmin || role == RoleAnalyst }

// Assessment statuses, in the order an assessment usually moves through them.
const (
	StatusSent       = "sent"
	StatusInProgress = "in_progress"
	StatusSubmitted  = "submitted"
	StatusScored     = "scored"
	StatusReturned   = "returned"
	StatusCancelled  = "cancelled"
	StatusExpired    = "expired"
)

// Vendor decisions.
const (
	DecisionApproved               = "approved"
	DecisionApprovedWithConditions = "approved_with_conditions"
	DecisionRejected               = "rejected"
	DecisionPending                = "pending"
)
