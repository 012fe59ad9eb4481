// Command assay runs the vendor assessment portal and its admin commands.
//
//	assay [serve] [flags]                      run the server (default)
//	assay migrate [flags]                      apply database migrations
//	assay user create --email E --role R       create a staff account, print its password
//	assay user disable|enable --email E        stop or restore an account (sessions end at once)
//	assay user role --email E --role R         change an account's role
//	assay user reset-password --email E        print a one-time password to be changed at sign-in
//	assay token create --email E [--name N]    print a new API token for a user
//	assay token list --email E                 list a user's API tokens
//	assay token revoke --id N                  revoke an API token
//	assay score [--files DIR] BUNDLE.json      recompute an exported assessment's result offline
//	assay questionnaire lint FILE...           check questionnaire definitions
//	assay audit verify [flags]                 check every audit chain under the key; non-zero on a break
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"assay/app/assay"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/model"
	"assay/app/pipeline"
	"assay/app/questionnaire"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "assay:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer, getenv func(string) string) error {
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(args, out, getenv)
	case "migrate":
		cfg, err := config.Load(args, getenv)
		if err != nil {
			return err
		}
		a, err := assay.Open(context.Background(), cfg, newLogger(cfg), true)
		if err != nil {
			return err
		}
		defer a.Close()
		fmt.Fprintln(out, "migrations applied")
		return nil
	case "user", "token":
		if len(args) == 0 || !accountCommands[cmd+" "+args[0]] {
			return fmt.Errorf("usage: assay user create|disable|enable|role|reset-password --email …, or assay token create|list --email … or token revoke --id …")
		}
		return account(cmd+" "+args[0], args[1:], out, getenv)
	case "score":
		return score(args, out, getenv)
	case "audit":
		if len(args) == 0 || args[0] != "verify" {
			return fmt.Errorf("usage: assay audit verify [flags]")
		}
		return auditVerify(args[1:], out, getenv)
	case "questionnaire":
		if len(args) < 2 || args[0] != "lint" {
			return fmt.Errorf("usage: assay questionnaire lint FILE…")
		}
		if err := questionnaire.Lint(args[1:]...); err != nil {
			return err
		}
		fmt.Fprintf(out, "%d file(s) OK\n", len(args)-1)
		return nil
	}
	return fmt.Errorf("unknown command %q (serve, migrate, user create, token create, score, questionnaire lint, audit verify)", cmd)
}

// auditVerify checks every audit chain with the key in the configured key file; an error names
// the first event that does not verify, so the command exits non-zero.
func auditVerify(args []string, out io.Writer, getenv func(string) string) error {
	cfg, err := config.Load(args, getenv)
	if err != nil {
		return err
	}
	if _, err := os.Stat(cfg.AuditKeyPath()); err != nil {
		// Verifying must never create a new key, which would make every event look forged.
		return fmt.Errorf("audit key %s: %w", cfg.AuditKeyPath(), err)
	}
	a, err := assay.Open(context.Background(), cfg, newLogger(cfg), false)
	if err != nil {
		return err
	}
	defer a.Close()
	n, err := audit.VerifyAll(context.Background(), a.Store)
	if err != nil {
		return fmt.Errorf("audit trail NOT intact after %d good events: %w", n, err)
	}
	fmt.Fprintf(out, "audit trail intact: %d events verified\n", n)
	return nil
}

func newLogger(cfg config.Config) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}

func serve(args []string, out io.Writer, getenv func(string) string) error {
	start := time.Now()
	cfg, err := config.Load(args, getenv)
	if err != nil {
		return err
	}
	log := newLogger(cfg)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a, err := assay.Open(ctx, cfg, log, true)
	if err != nil {
		return err
	}
	defer a.Close()
	pw, err := a.Accounts.EnsureAdmin(ctx, cfg.AdminEmail)
	if err != nil {
		return err
	}
	if pw != "" {
		fmt.Fprintf(out, "\nFirst start: created the admin account.\n  email:    %s\n  password: %s\n"+
			"Sign in and create your own accounts; this password is not shown again.\n\n", cfg.AdminEmail, pw)
	}
	return a.Serve(ctx, func(addr string) {
		fmt.Fprintf(out, "Assay is serving on %s (listening on %s, ready in %s)\n", cfg.BaseURL, addr, time.Since(start).Round(time.Millisecond))
	})
}

// accountCommands are the user and token subcommands.
var accountCommands = map[string]bool{"user create": true, "user disable": true, "user enable": true, "user role": true,
	"user reset-password": true, "token create": true, "token list": true, "token revoke": true}

// account runs a user or token subcommand, as the command line (audited as "cli").
func account(what string, args []string, out io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet(what, flag.ContinueOnError)
	email := fs.String("email", "", "account email")
	role := fs.String("role", "analyst", "admin, analyst or procurement (user create, user role)")
	name := fs.String("name", "", "display name (user) or token label (token)")
	id := fs.Uint("id", 0, "token id (token revoke)")
	var rest []string
	// Settings flags (database etc.) may follow; split ours from theirs.
	for i := 0; i < len(args); i++ {
		a := strings.TrimLeft(args[i], "-")
		if a == "email" || a == "role" || a == "name" || a == "id" {
			if i+1 < len(args) {
				if err := fs.Parse([]string{args[i], args[i+1]}); err != nil {
					return err
				}
				i++
			}
			continue
		}
		rest = append(rest, args[i])
	}
	if *email == "" && what != "token revoke" {
		return fmt.Errorf("--email is required")
	}
	if *id == 0 && what == "token revoke" {
		return fmt.Errorf("--id is required (see assay token list)")
	}
	cfg, err := config.Load(rest, getenv)
	if err != nil {
		return err
	}
	ctx := context.Background()
	a, err := assay.Open(ctx, cfg, newLogger(cfg), true)
	if err != nil {
		return err
	}
	defer a.Close()
	actor := audit.Actor{Type: audit.ActorSystem, Label: "cli"}
	// The command line acts with an admin's reach over every account.
	cli := model.User{Role: model.RoleAdmin}
	var u model.User
	if *email != "" && what != "user create" && what != "token create" {
		if u, err = a.Accounts.UserByEmail(ctx, *email); err != nil {
			return fmt.Errorf("no user %s: %w", *email, err)
		}
	}
	switch what {
	case "user create":
		u, pw, err := a.Accounts.CreateUser(ctx, auth.NewUser{Email: *email, Name: *name, Role: *role}, actor)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "created %s (%s)\npassword: %s\n", u.Email, u.Role, pw)
	case "user disable", "user enable":
		if u, err = a.Accounts.SetDisabled(ctx, u.ID, what == "user disable", actor); err != nil {
			return err
		}
		fmt.Fprintf(out, "%s: %s\n", u.Email, map[bool]string{true: "disabled; its sessions ended and its API tokens stopped", false: "enabled"}[u.Disabled])
	case "user role":
		if u, err = a.Accounts.SetRole(ctx, u.ID, *role, actor); err != nil {
			return err
		}
		fmt.Fprintf(out, "%s: role %s\n", u.Email, u.Role)
	case "user reset-password":
		u, pw, err := a.Accounts.ResetPassword(ctx, u.ID, actor)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "%s: one-time password (to be changed at the next sign-in): %s\n", u.Email, pw)
	case "token create":
		token, err := a.Accounts.CreateAPIToken(ctx, *email, *name, actor)
		if err != nil {
			return err
		}
		fmt.Fprintln(out, token)
	case "token list":
		ts, err := a.Accounts.APITokens(ctx, u.ID, cli)
		if err != nil {
			return err
		}
		for _, t := range ts {
			status := "active"
			if t.RevokedAt != nil {
				status = "revoked " + t.RevokedAt.Format(time.RFC3339)
			}
			fmt.Fprintf(out, "%d\t%s\tcreated %s\t%s\n", t.ID, t.Name, t.CreatedAt.Format(time.RFC3339), status)
		}
	case "token revoke":
		if _, err := a.Accounts.RevokeAPIToken(ctx, *id, cli, actor); err != nil {
			return err
		}
		fmt.Fprintf(out, "token %d revoked\n", *id)
	}
	return nil
}

// score recomputes the result of an exported assessment and says whether it matches the
// result stored in the export. Files are read again with the OCR settings of the environment
// (ASSAY_OCR…), as the server reads them.
func score(args []string, out io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	files := fs.String("files", "", "folder with the evidence files: read them again instead of using the export's facts")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: assay score [--files DIR] BUNDLE.json")
	}
	args = fs.Args()
	data, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	var b pipeline.Bundle
	if err := json.Unmarshal(data, &b); err != nil {
		return fmt.Errorf("%s is not an assessment export: %w", args[0], err)
	}
	var missing []uint
	if *files != "" {
		cfg, err := config.Load(nil, getenv)
		if err != nil {
			return err
		}
		ctx := context.Background()
		if missing, err = pipeline.RereadFiles(ctx, &b, *files, assay.ReadingLimits(ctx, cfg)); err != nil {
			return err
		}
	}
	r, err := pipeline.ScoreBundle(b)
	if err != nil {
		return err
	}
	report := map[string]any{"assessment": b.Assessment.ID, "score": r.Score, "rating": r.Rating, "red_flags": r.RedFlags,
		"certificate": r.Certificate, "engine_version": r.EngineVersion, "questionnaire_version": r.QuestionnaireVersion,
		"questionnaire_hash": r.QuestionnaireHash, "computed_for": r.Inputs.Now}
	if b.Result != nil {
		report["matches_export"] = sameResult(*b.Result, r)
	}
	if *files != "" {
		report["files_not_found"] = missing
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(report)
}

func sameResult(a, b model.Result) bool {
	ja, _ := json.Marshal([]any{a.Score, a.Rating, a.RedFlags, a.Certificate})
	jb, _ := json.Marshal([]any{b.Score, b.Rating, b.RedFlags, b.Certificate})
	return string(ja) == string(jb)
}
