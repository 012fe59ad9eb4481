// Package questionnaire loads questionnaire definitions from YAML and answers
// questions about them: which questions a vendor sees for a given set of
// answers, whether an answer is acceptable, what is still missing, and which
// red-flag rules fire. It is pure: no database, no HTTP and no clock; callers
// pass the time in. The Registry reads versions no longer installed through
// an Archive the caller provides.
//
// Conditions (show_if, required_if) and red-flag rules (when) are written in
// github.com/expr-lang/expr. We chose it over cel.dev/cel-go because it is a
// small pure-Go module with no protobuf or ANTLR runtime behind it, it
// type-checks an expression against a plain Go map or struct (no protobuf
// declarations to keep in step with the YAML), and its AST can be walked with
// a simple visitor, which we need for checks of our own that no general
// checker can make: that an option id compared with a question really is one
// of that question's options, that a condition does not read the value of an
// evidence question, and that show_if conditions do not form a cycle. Its
// syntax (==, in, ??, contains) also reads naturally to the analysts who
// write questionnaire files.
//
// The expression conventions are documented at the top of
// questionnaires/iso27001-a5.4.yaml and enforced by Parse.
package questionnaire
