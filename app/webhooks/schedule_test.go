package webhooks

import (
	"net/netip"
	"testing"
	"time"
)

// TestRetriesDoubleForADay: with the default 30 s, a delivery failing every time is tried 13
// times, each wait twice the one before, the last try a day after the event.
func TestRetriesDoubleForADay(t *testing.T) {
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	at, tries := start, 1
	var waits []time.Duration
	for {
		next, again := nextAttempt(start, at, tries, DefaultRetryBase)
		if !again {
			break
		}
		waits = append(waits, next.Sub(at))
		at, tries = next, tries+1
	}
	if tries != 13 || !at.Equal(start.Add(24*time.Hour)) {
		t.Fatalf("%d tries, the last at %s", tries, at.Sub(start))
	}
	for i := 1; i < len(waits)-1; i++ {
		if waits[i] != 2*waits[i-1] {
			t.Errorf("wait %d is %s after %s", i+1, waits[i], waits[i-1])
		}
	}
	if waits[0] != 30*time.Second {
		t.Errorf("first wait %s", waits[0])
	}
}

// TestPrivateAddresses lists what a webhook may not reach by default.
func TestPrivateAddresses(t *testing.T) {
	for addr, private := range map[string]bool{
		"127.0.0.1": true, "10.0.0.8": true, "172.16.5.4": true, "192.168.1.1": true, "169.254.169.254": true,
		"100.64.1.1": true, "0.0.0.0": true, "::1": true, "fe80::1": true, "fd00::1": true, "::ffff:10.0.0.1": true,
		"64:ff9b::a00:1": true, "224.0.0.1": true, "255.255.255.255": true, "198.18.0.1": true,
		"93.184.215.14": false, "2606:4700::6810:84e5": false, "8.8.8.8": false,
	} {
		if got := Private(netip.MustParseAddr(addr)); got != private {
			t.Errorf("Private(%s) = %v", addr, got)
		}
	}
}

// TestSignatureFollowsTheConvention checks sign against the example of the Standard Webhooks
// specification's test vectors.
func TestSignatureFollowsTheConvention(t *testing.T) {
	raw, msg := parseSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
	if msg != "" {
		t.Fatal(msg)
	}
	got := sign(raw, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", []byte(`{"test": 2432232314}`))
	if want := "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="; got != want {
		t.Fatalf("signature %s, want %s", got, want)
	}
}
