// Command oidcprovider is the OpenID provider Assay's tests sign in with: zitadel/oidc's
// example provider (its op package, storage and login form, pinned in this module's go.mod)
// with the users, groups and clients of a JSON file, serving discovery, a login form, signed
// ID tokens and userinfo over real HTTP on a loopback address.
//
//	oidcprovider -addr 127.0.0.1:9998 -config provider.json
//
// The file is {"clients": [{"id", "secret", "redirect_uris": [globs]}], "users": [{"id",
// "username", "password", "email", "email_verified", "first_name", "last_name", "groups"}]}.
// Redirect URIs are path.Match globs such as http://127.0.0.1:*/login/sso/callback, so one
// provider serves test servers on any port. Groups go into the ID token when the "groups"
// scope is asked for, and always into userinfo, as many providers do.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"syscall"
	"time"

	"github.com/zitadel/oidc/v3/example/server/exampleop"
	"github.com/zitadel/oidc/v3/example/server/storage"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
	"golang.org/x/text/language"
)

// GroupsScope asks for the groups claim in the ID token.
const GroupsScope = "groups"

type config struct {
	Clients []struct {
		ID           string   `json:"id"`
		Secret       string   `json:"secret"`
		RedirectURIs []string `json:"redirect_uris"`
	} `json:"clients"`
	Users []struct {
		ID            string   `json:"id"`
		Username      string   `json:"username"`
		Password      string   `json:"password"`
		Email         string   `json:"email"`
		EmailVerified bool     `json:"email_verified"`
		FirstName     string   `json:"first_name"`
		LastName      string   `json:"last_name"`
		Groups        []string `json:"groups"`
	} `json:"users"`
}

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "loopback address to listen on")
	path := flag.String("config", "", "JSON file of clients and users")
	flag.Parse()
	if err := run(*addr, *path); err != nil {
		fmt.Fprintln(os.Stderr, "oidcprovider:", err)
		os.Exit(1)
	}
}

func run(addr, path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var cfg config
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	issuer := "http://" + ln.Addr().String() + "/"

	globs := map[string][]string{}
	for _, c := range cfg.Clients {
		storage.RegisterClients(storage.WebClient(c.ID, c.Secret, "urn:unused"))
		globs[c.ID] = c.RedirectURIs
	}
	users := userStore{users: map[string]*storage.User{}, groups: map[string][]string{}}
	for _, u := range cfg.Users {
		users.users[u.ID] = &storage.User{ID: u.ID, Username: u.Username, Password: u.Password, Email: u.Email,
			EmailVerified: u.EmailVerified, FirstName: u.FirstName, LastName: u.LastName, PreferredLanguage: language.English}
		users.groups[u.ID] = u.Groups
	}
	st := &store{Storage: storage.NewStorage(users), users: users, globs: globs}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	srv := &http.Server{Handler: exampleop.SetupServer(issuer, st, log, false), ReadHeaderTimeout: 10 * time.Second}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
	}()
	log.Info("serving", "issuer", issuer)
	if err := srv.Serve(ln); err != http.ErrServerClosed {
		return err
	}
	return nil
}

// userStore serves the file's users to the example storage, and their groups to store.
type userStore struct {
	users  map[string]*storage.User
	groups map[string][]string
}

func (u userStore) GetUserByID(id string) *storage.User { return u.users[id] }

func (u userStore) GetUserByUsername(name string) *storage.User {
	for _, user := range u.users {
		if user.Username == name {
			return user
		}
	}
	return nil
}

func (u userStore) ExampleClientID() string { return storage.ServiceUserID }

// store is the example storage with the file's redirect URI globs and a groups claim.
type store struct {
	*storage.Storage
	users userStore
	globs map[string][]string
}

// client is an example web client whose redirect URIs are the file's globs and which may ask
// for the groups scope.
type client struct {
	op.Client
	globs []string
}

func (c client) RedirectURIGlobs() []string           { return c.globs }
func (c client) PostLogoutRedirectURIGlobs() []string { return nil }
func (c client) IsScopeAllowed(scope string) bool     { return scope == GroupsScope }

func (s *store) GetClientByClientID(ctx context.Context, id string) (op.Client, error) {
	c, err := s.Storage.GetClientByClientID(ctx, id)
	if err != nil {
		return nil, err
	}
	return client{Client: c, globs: s.globs[id]}, nil
}

func (s *store) SetUserinfoFromScopes(ctx context.Context, info *oidc.UserInfo, userID, clientID string, scopes []string) error {
	if err := s.Storage.SetUserinfoFromScopes(ctx, info, userID, clientID, scopes); err != nil {
		return err
	}
	if slices.Contains(scopes, GroupsScope) {
		s.addGroups(info, userID)
	}
	return nil
}

func (s *store) SetUserinfoFromRequest(ctx context.Context, info *oidc.UserInfo, req op.IDTokenRequest, scopes []string) error {
	if err := s.Storage.SetUserinfoFromRequest(ctx, info, req, scopes); err != nil {
		return err
	}
	if slices.Contains(scopes, GroupsScope) {
		s.addGroups(info, req.GetSubject())
	}
	return nil
}

func (s *store) SetUserinfoFromToken(ctx context.Context, info *oidc.UserInfo, tokenID, subject, origin string) error {
	if err := s.Storage.SetUserinfoFromToken(ctx, info, tokenID, subject, origin); err != nil {
		return err
	}
	s.addGroups(info, info.Subject)
	return nil
}

func (s *store) addGroups(info *oidc.UserInfo, userID string) {
	if g := s.users.groups[userID]; g != nil {
		info.AppendClaims("groups", g)
	}
}
