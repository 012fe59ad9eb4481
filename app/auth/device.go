package auth

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"

	"assay/app/keyfile"
)

// DeviceKeyBytes is the size of the key that signs device cookies.
const DeviceKeyBytes = 32

// A device cookie marks a browser in which an account's owner signed in (OWASP's "device
// cookies"): "<nonce>.<HMAC of the account's email and the nonce>". It names no account, and
// only the server, with a key kept outside the database, can make one.
func (s *Service) newDevice(email string) string {
	nonce := make([]byte, 16)
	if _, err := rand.Read(nonce); err != nil {
		panic("auth: no randomness: " + err.Error())
	}
	n := base64.RawURLEncoding.EncodeToString(nonce)
	return n + "." + base64.RawURLEncoding.EncodeToString(s.deviceMAC(email, n))
}

// device returns the nonce of a device cookie that is valid for email, or "".
func (s *Service) device(email, cookie string) string {
	nonce, mac, ok := strings.Cut(cookie, ".")
	if !ok || len(s.DeviceKey) < DeviceKeyBytes || len(nonce) != 22 {
		return ""
	}
	got, err := base64.RawURLEncoding.DecodeString(mac)
	if err != nil || !hmac.Equal(got, s.deviceMAC(email, nonce)) {
		return ""
	}
	return nonce
}

func (s *Service) deviceMAC(email, nonce string) []byte {
	m := hmac.New(sha256.New, s.DeviceKey)
	m.Write([]byte("assay device v1\x00" + email + "\x00" + nonce))
	return m.Sum(nil)
}

// LoadDeviceKey returns the key in setting (base64, at least DeviceKeyBytes) when given, else
// the key in the file at path, which it makes with a fresh random key on first use. Replicas
// that share no data folder must share the setting.
func LoadDeviceKey(setting, path string) ([]byte, error) {
	if setting != "" {
		k, err := base64.StdEncoding.DecodeString(setting)
		if err != nil || len(k) < DeviceKeyBytes {
			return nil, fmt.Errorf("auth: the device key must be base64 of at least %d bytes", DeviceKeyBytes)
		}
		return k, nil
	}
	k, err := keyfile.Load(path, DeviceKeyBytes, DeviceKeyBytes, base64.StdEncoding)
	if err != nil {
		return nil, fmt.Errorf("auth: device %w", err)
	}
	return k, nil
}
