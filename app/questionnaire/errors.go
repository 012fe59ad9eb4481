package questionnaire

import (
	"fmt"
	"regexp"
	"strconv"
)

// ParseError is one problem found while loading a questionnaire file; it
// names the file and line so an author can jump straight to it.
type ParseError struct {
	File    string
	Line    int
	Message string
}

// Error formats the problem as file:line: message, the shape editors and
// terminals turn into links.
func (e *ParseError) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Message)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Message)
}

// AnswerError explains why a value cannot be saved as the answer to a
// question, in words a vendor can act on.
type AnswerError struct {
	QuestionID string
	Message    string
}

// Error returns the question id and the message.
func (e *AnswerError) Error() string {
	return fmt.Sprintf("%s: %s", e.QuestionID, e.Message)
}

// yamlLine matches the "line N: message" prefix yaml.v3 puts on its errors,
// so they can be re-shaped into file:line form like our own.
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// fromYAML turns one yaml.v3 error string into a ParseError.
func fromYAML(file, msg string) *ParseError {
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &ParseError{File: file, Line: line, Message: m[2]}
	}
	return &ParseError{File: file, Message: msg}
}
