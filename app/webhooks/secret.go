package webhooks

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// SecretPrefix starts every secret, as the Standard Webhooks convention writes them.
const SecretPrefix = "whsec_"

// Secrets are 24 to 64 random bytes (the convention's bounds); generated ones have 32.
const (
	minSecretBytes = 24
	maxSecretBytes = 64
	newSecretBytes = 32
)

// errSealed means a stored secret cannot be opened: the key it was sealed with is not the
// app's key any more (a lost or replaced audit key), or the row was edited.
var errSealed = errors.New("webhooks: the endpoint's secret cannot be opened with this server's key; register the endpoint again")

// newSecret returns a fresh secret, as shown once to the admin, and its bytes.
func newSecret() (string, []byte) {
	raw := make([]byte, newSecretBytes)
	rand.Read(raw)
	return SecretPrefix + base64.StdEncoding.EncodeToString(raw), raw
}

// parseSecret reads a secret an admin supplied; the message says what is wrong with it.
func parseSecret(s string) ([]byte, string) {
	b64, ok := strings.CutPrefix(strings.TrimSpace(s), SecretPrefix)
	if !ok {
		return nil, "Start the secret with whsec_ followed by base64, or leave it empty for one to be made."
	}
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, "The part after whsec_ is not base64."
	}
	if len(raw) < minSecretBytes || len(raw) > maxSecretBytes {
		return nil, fmt.Sprintf("The secret must be %d to %d bytes before base64; this one is %d.", minSecretBytes, maxSecretBytes, len(raw))
	}
	return raw, ""
}

// sign is the webhook-signature header's value: v1 and the base64 HMAC-SHA256, under the
// secret's bytes, of the message id, the timestamp and the body joined by dots.
func sign(secret []byte, id, timestamp string, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(id + "." + timestamp + "."))
	m.Write(body)
	return "v1," + base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// sealer seals endpoint secrets with AES-256-GCM under a key derived from the app's key
// (the audit key, kept outside the database), bound to the endpoint's URL, so that someone
// who reads the database does not get a secret and cannot move one to another endpoint.
type sealer struct {
	aead cipher.AEAD
}

const sealVersion = "v1."

func newSealer(appKey []byte) (*sealer, error) {
	if len(appKey) == 0 {
		return nil, errors.New("webhooks: no application key to seal secrets with")
	}
	k, err := hkdf.Key(sha256.New, appKey, nil, "assay webhook endpoint secrets", 32)
	if err != nil {
		return nil, fmt.Errorf("webhooks: derive key: %w", err)
	}
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, fmt.Errorf("webhooks: cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("webhooks: cipher: %w", err)
	}
	return &sealer{aead: aead}, nil
}

func (s *sealer) seal(url string, secret []byte) string {
	nonce := make([]byte, s.aead.NonceSize())
	rand.Read(nonce)
	return sealVersion + base64.StdEncoding.EncodeToString(s.aead.Seal(nonce, nonce, secret, []byte(url)))
}

func (s *sealer) open(url, sealed string) ([]byte, error) {
	b64, ok := strings.CutPrefix(sealed, sealVersion)
	if !ok {
		return nil, errSealed
	}
	b, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(b) < s.aead.NonceSize() {
		return nil, errSealed
	}
	n := s.aead.NonceSize()
	secret, err := s.aead.Open(nil, b[:n], b[n:], []byte(url))
	if err != nil {
		return nil, errSealed
	}
	return secret, nil
}
