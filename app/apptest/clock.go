package apptest

import (
	"sync"
	"time"
)

// Clock is a test clock that runs with real time from an offset the test can move forward, so
// sessions and timeouts behave normally while due dates arrive in an instant.
type Clock struct {
	mu     sync.Mutex
	offset time.Duration
}

// Now is the clock's current time, in UTC.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().UTC().Add(c.offset)
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offset += d
}

// Set moves the clock to t (forward or back).
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offset = time.Until(t)
}
