// Package testenv tells tests whether the real services they need are configured. It has no
// dependencies so that any package's internal tests can use it.
package testenv

import (
	"fmt"
	"os"
	"testing"
)

// InCI reports whether the tests run in CI, where a missing service is a failure.
func InCI() bool { return os.Getenv("CI") == "true" }

// Need skips the test when one of the environment variables is unset, or fails it in CI, where
// a silently skipped test would hide that a service never started.
func Need(t testing.TB, vars ...string) {
	t.Helper()
	var missing []string
	for _, v := range vars {
		if os.Getenv(v) == "" {
			missing = append(missing, v)
		}
	}
	if len(missing) == 0 {
		return
	}
	Unavailable(t, fmt.Sprintf("%v not set", missing), "the test command must start this service (scripts/test.sh)")
}

// Unavailable skips the test when reason, why a tool or service cannot be used, is not empty,
// or fails it in CI, where scripts/test.sh provides everything and a skip would hide that it
// did not; fix says what the test command must provide.
func Unavailable(t testing.TB, reason, fix string) {
	t.Helper()
	if reason == "" {
		return
	}
	if InCI() {
		t.Fatalf("%s: %s", reason, fix)
	}
	t.Skip(reason)
}
