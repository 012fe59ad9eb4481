// Package securitytest holds the security suite: each test starts a real Assay (through
// app/apptest, or as a child process where memory or a crash is measured) and plays an
// attacker, an outage or a crash against it. scripts/test.sh runs it with the rest.
package securitytest
