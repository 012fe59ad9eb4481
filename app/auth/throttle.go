package auth

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"assay/app/model"
	"assay/app/store"
)

// Limits of sign-in attempts, counted in fixed windows of LoginWindow. An attempt is taken
// before the password is checked and given back when it succeeds, so a failure is counted
// even while its check is still running.
const (
	LoginWindow = 15 * time.Minute
	// MaxFailsPerAccount bounds the attempts on one account from browsers without its device
	// cookie, from every address together.
	MaxFailsPerAccount = 5
	// MaxFailsPerAccountAddress bounds one address on one account; it still holds after the
	// owner's sign-in resets the account's count.
	MaxFailsPerAccountAddress = 5
	// MaxFailsPerIP bounds one address across every account.
	MaxFailsPerIP = 20
	// MaxFailsPerDevice bounds a browser holding the account's device cookie, which strangers'
	// failures do not touch.
	MaxFailsPerDevice = 5
)

// TokenWindow is the window of Deps.TokenGuessLimit, the failed token lookups (invitation
// links and API tokens) an address may make.
const TokenWindow = time.Minute

// ErrRateLimited is what every refusal by a limit is (errors.Is); the error itself is a
// *LimitError saying when to come back.
var ErrRateLimited = errors.New("auth: too many attempts")

// LimitError refuses an attempt because a limit was reached.
type LimitError struct {
	// Limit names the count that is full: account, address, account_address, device or token.
	Limit string
	// RetryAfter is how long until the count's window ends.
	RetryAfter time.Duration
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("auth: too many attempts (%s), retry after %s", e.Limit, e.RetryAfter)
}

// Is makes a LimitError match ErrRateLimited.
func (e *LimitError) Is(target error) bool { return target == ErrRateLimited }

// RetryAfterSeconds is how long a refused caller waits, for the Retry-After header: the limit's
// window for a LimitError, a short pause for ErrBusy, and 0 (no header) for anything else.
func RetryAfterSeconds(err error) int {
	var le *LimitError
	switch {
	case errors.As(err, &le):
		return max(1, int(math.Ceil(le.RetryAfter.Seconds())))
	case errors.Is(err, ErrBusy):
		return busyRetrySeconds
	}
	return 0
}

// limit is one count an attempt is taken from.
type limit struct {
	name, key string
	max       int
}

var errFull = errors.New("auth: limit full")

// take counts one attempt under every limit, all or none, in one transaction.
func (s *Service) take(ctx context.Context, window time.Duration, limits []limit) error {
	now := s.Now()
	var full limit
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		for _, l := range limits {
			ok, err := tx.TakeAttempt(ctx, l.key, l.max, now.Add(-window), now)
			if err != nil {
				return err
			}
			if !ok {
				full = l
				return errFull
			}
		}
		return nil
	})
	if !errors.Is(err, errFull) {
		return err
	}
	return s.refusal(ctx, full, window, now)
}

// refusal is the LimitError of a full count, with the time left in its window.
func (s *Service) refusal(ctx context.Context, l limit, window time.Duration, now time.Time) error {
	retry := window
	if t, err := s.Store.Attempts(ctx, l.key); err == nil {
		retry = t.WindowStart.Add(window).Sub(now)
	}
	return &LimitError{Limit: l.name, RetryAfter: max(retry, time.Second)}
}

// giveBack returns one attempt to every limit. A failure to do so leaves the attempt counted,
// the safe side, so it is not reported.
func (s *Service) giveBack(ctx context.Context, limits []limit) {
	_ = s.Store.Tx(ctx, func(tx *store.Store) error {
		for _, l := range limits {
			if err := tx.ReturnAttempt(ctx, l.key); err != nil {
				return err
			}
		}
		return nil
	})
}

// loginLimits are the counts a sign-in attempt for email from ip takes from: a browser with
// the account's device cookie has a count of its own; any other has the account's, the
// account's at that address and the address's. The order is the same for every attempt, so
// PostgreSQL's row locks are always taken in one order and never deadlock.
func loginLimits(email, ip, device string) []limit {
	if device != "" {
		return []limit{{"device", "login:device:" + device, MaxFailsPerDevice}}
	}
	return []limit{
		{"account", accountKey(email), MaxFailsPerAccount},
		{"account_address", "login:account-address:" + email + "|" + ip, MaxFailsPerAccountAddress},
		{"address", "login:address:" + ip, MaxFailsPerIP},
	}
}

// CheckTokenGuesses refuses, before any lookup, an address whose token lookups failed
// Deps.TokenGuessLimit times in the current window. It reads only, so valid tokens from other
// addresses pay one primary-key read and nothing else.
func (s *Service) CheckTokenGuesses(ctx context.Context, ip string) error {
	t, err := s.Store.Attempts(ctx, TokenGuessKey(ip))
	if errors.Is(err, model.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	return s.RefuseTokenGuesses(t)
}

// RefuseTokenGuesses is CheckTokenGuesses on a counter already read (under TokenGuessKey), for
// lookups that read it with the token in one query; a zero counter is an address that never
// failed.
func (s *Service) RefuseTokenGuesses(t model.Throttle) error {
	now := s.Now()
	if t.Count < s.TokenGuessLimit || !t.WindowStart.After(now.Add(-TokenWindow)) {
		return nil
	}
	return &LimitError{Limit: "token", RetryAfter: max(t.WindowStart.Add(TokenWindow).Sub(now), time.Second)}
}

// TokenGuessFailed counts a failed token lookup from ip, or refuses it when the address's
// count is already full: requests arriving together all pass the check before any of them
// failed, and only the limit's worth of them may be told their token does not work.
func (s *Service) TokenGuessFailed(ctx context.Context, ip string) error {
	now := s.Now()
	l := limit{"token", TokenGuessKey(ip), s.TokenGuessLimit}
	ok, err := s.Store.TakeAttempt(ctx, l.key, l.max, now.Add(-TokenWindow), now)
	if err != nil || ok {
		return err
	}
	return s.refusal(ctx, l, TokenWindow, now)
}

func accountKey(email string) string { return "login:account:" + email }

// TokenGuessKey is the throttle key of ip's failed token lookups.
func TokenGuessKey(ip string) string { return "token:address:" + ip }
