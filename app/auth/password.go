// Package auth signs staff in and out, keeps server-side sessions, issues API tokens and
// invitation tokens, and hashes every secret it stores.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"
)

// Argon2id parameters: OWASP's minimum is t=2 with 19 MiB; these meet it.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
)

// HashPassword returns a PHC-formatted argon2id hash of pw with a fresh salt.
func HashPassword(pw string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("auth: salt: %w", err)
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// CheckPassword reports whether pw matches the PHC hash, in constant time.
func CheckPassword(hash, pw string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil {
		return false
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is checked against when an email is unknown so that the answer takes as long as
// for a known one and timing does not reveal which emails exist.
// It is made on first use, not at start-up, where it cost every command about 100 ms.
var dummyHash = sync.OnceValue(func() string {
	h, _ := HashPassword("assay-dummy-password")
	return h
})

// TokenBytes is the entropy of every bearer token Assay issues (256 bits).
const TokenBytes = 32

// NewToken returns a random URL-safe token of TokenBytes and the SHA-256 hex to store.
func NewToken() (token, hash string) {
	b := make([]byte, TokenBytes)
	if _, err := rand.Read(b); err != nil {
		panic("auth: no randomness: " + err.Error())
	}
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token)
}

// ErrMalformedToken is returned for a token that cannot be one Assay issued.
var ErrMalformedToken = errors.New("auth: malformed token")

// CheckTokenShape rejects tokens of the wrong length or alphabet before any lookup.
func CheckTokenShape(token string) error {
	b, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(b) != TokenBytes {
		return ErrMalformedToken
	}
	return nil
}

// HashToken is the SHA-256 hex of a token, the only form in which tokens are stored.
func HashToken(token string) string {
	s := sha256.Sum256([]byte(token))
	return hex.EncodeToString(s[:])
}

// NewPassword returns a random password for a new account, shown once.
func NewPassword() string {
	b := make([]byte, 15)
	if _, err := rand.Read(b); err != nil {
		panic("auth: no randomness: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
