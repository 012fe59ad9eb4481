// Package validate checks request data and turns failures into per-field messages a person can act on.
package validate

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/go-playground/validator/v10"
)

// Error maps field names (as the form or JSON names them) to what is wrong with each.
type Error struct {
	Fields map[string]string
}

func (e *Error) Error() string {
	keys := make([]string, 0, len(e.Fields))
	for k := range e.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + e.Fields[k]
	}
	return "invalid input: " + strings.Join(parts, "; ")
}

// Add records a message for field, keeping the first one.
func (e *Error) Add(field, msg string) {
	if e.Fields == nil {
		e.Fields = map[string]string{}
	}
	if _, ok := e.Fields[field]; !ok {
		e.Fields[field] = msg
	}
}

// Err returns e when it holds any message, else nil.
func (e *Error) Err() error {
	if e == nil || len(e.Fields) == 0 {
		return nil
	}
	return e
}

// As returns the validation error in err, if any.
func As(err error) (*Error, bool) {
	var ve *Error
	ok := errors.As(err, &ve)
	return ve, ok
}

var v = func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name := strings.SplitN(f.Tag.Get("json"), ",", 2)[0]
		if name == "-" || name == "" {
			return f.Name
		}
		return name
	})
	return v
}()

// Struct validates s by its `validate` tags and returns an *Error naming each bad field by its
// JSON path (e.g. "contacts[1].email").
func Struct(s any) error {
	err := v.Struct(s)
	if err == nil {
		return nil
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return err
	}
	out := &Error{}
	for _, fe := range verrs {
		ns := fe.Namespace()
		if i := strings.IndexByte(ns, '.'); i >= 0 {
			ns = ns[i+1:]
		}
		out.Add(ns, message(fe))
	}
	return out
}

func message(fe validator.FieldError) string {
	switch fe.Tag() {
	case "required":
		return "This is required."
	case "email":
		return "Enter an email address such as name@example.com."
	case "url", "http_url":
		return "Enter a web address starting with https:// or http://."
	case "oneof":
		return "Choose one of: " + strings.ReplaceAll(fe.Param(), " ", ", ") + "."
	case "max":
		if fe.Kind() == reflect.Slice {
			return fmt.Sprintf("List at most %s entries.", fe.Param())
		}
		return fmt.Sprintf("Keep this to %s characters or fewer.", fe.Param())
	case "min":
		if fe.Kind() == reflect.Slice {
			return fmt.Sprintf("Add at least %s.", fe.Param())
		}
		return fmt.Sprintf("Enter at least %s characters.", fe.Param())
	case "datetime":
		return "Enter a date as YYYY-MM-DD."
	case "dive":
		return "One of the entries is not valid."
	}
	return "This value is not valid (" + fe.Tag() + ")."
}
