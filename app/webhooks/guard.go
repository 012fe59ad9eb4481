package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// nonPublic are the ranges an endpoint may not reach unless private addresses are allowed:
// besides what netip classifies (loopback, private, link-local, multicast, unspecified), the
// shared address space of carrier NAT, "this network", benchmarking, reserved and broadcast
// ranges, and NAT64, which can lead back to any IPv4 address.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
}

// Private reports whether ip is an address webhooks are refused by default: anything but a
// public unicast address.
func Private(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || !ip.IsGlobalUnicast() {
		return true
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// refusedError is a connection not made because the address is not public.
type refusedError struct{ ip string }

func (e *refusedError) Error() string {
	return "refused to connect to " + e.ip + ", a private, loopback or link-local address (see --webhook-allow-private)"
}

// control is the dialer's check of the address it is about to connect to: the address the
// name resolved to at this very moment, so a name that resolved to a public address when the
// endpoint was registered and to a private one now (DNS rebinding) is still refused.
func control(allowPrivate bool) func(network, address string, _ syscall.RawConn) error {
	return func(_, address string, _ syscall.RawConn) error {
		if allowPrivate {
			return nil
		}
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return &refusedError{ip: address}
		}
		ip, err := netip.ParseAddr(host)
		if err != nil || Private(ip) {
			return &refusedError{ip: host}
		}
		return nil
	}
}

// newClient is the HTTP client deliveries go out with: no proxy (a proxy would make the
// address check moot), no redirects followed, and timeout for the whole attempt.
func newClient(allowPrivate bool, timeout time.Duration) *http.Client {
	dialer := &net.Dialer{Timeout: timeout, Control: control(allowPrivate)}
	return &http.Client{
		Transport: &http.Transport{Proxy: nil, DialContext: dialer.DialContext, ForceAttemptHTTP2: true,
			TLSHandshakeTimeout: timeout, ResponseHeaderTimeout: timeout, MaxIdleConns: 16, IdleConnTimeout: 30 * time.Second},
		Timeout:       timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// maxURL bounds an endpoint's address.
const maxURL = 2000

// checkURL says what is wrong with an endpoint's address, or "" when nothing is: an absolute
// http(s) URL without credentials whose host resolves only to public addresses (any address
// when allowPrivate).
func checkURL(ctx context.Context, raw string, allowPrivate bool) string {
	u, err := url.Parse(raw)
	switch {
	case raw == "":
		return "Enter the address to send events to."
	case len(raw) > maxURL:
		return fmt.Sprintf("Keep the address under %d characters.", maxURL)
	case err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Hostname() == "":
		return "Enter an absolute http:// or https:// address."
	case u.User != nil:
		return "Leave the user name and password out of the address; the signature tells the receiver the event is from Assay."
	case u.Fragment != "":
		return "Leave the #fragment out of the address."
	}
	if allowPrivate {
		return ""
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		if Private(ip) {
			return "This address is private, loopback or link-local; Assay sends webhooks only to public addresses unless started with --webhook-allow-private."
		}
		return ""
	}
	lookup, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	ips, err := net.DefaultResolver.LookupNetIP(lookup, "ip", host)
	if err != nil || len(ips) == 0 {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			return "The host name " + host + " does not exist."
		}
		return "The host name " + host + " could not be looked up; try again."
	}
	for _, ip := range ips {
		if Private(ip) {
			return "The host name " + host + " leads to a private, loopback or link-local address (" + ip.Unmap().String() +
				"); Assay sends webhooks only to public addresses unless started with --webhook-allow-private."
		}
	}
	return ""
}
