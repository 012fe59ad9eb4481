package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"assay/app/config"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestDefaultsNeedNoSetup(t *testing.T) {
	c, err := config.Load(nil, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.DatabaseURL != "" || c.S3Bucket != "" || c.SMTPURL != "" {
		t.Fatalf("zero-setup defaults must not need services: %+v", c)
	}
	if c.SQLitePath() != filepath.Join("assay-data", "assay.db") || c.Addr != ":8080" || c.MaxUploadBytes != 50<<20 {
		t.Fatalf("defaults: %+v", c)
	}
	if c.SecureCookies() {
		t.Fatal("plain http base URL must not set Secure cookies")
	}
	if c.OCR != "tesseract" || c.OCRPdftoppm != "pdftoppm" || c.OCRConcurrency != 0 || c.OCRMaxPages != 10 {
		t.Fatalf("OCR defaults: %+v", c)
	}
	if c.ReadingConcurrency != 2 || c.ReadingMemoryBytes != 32<<20 || c.S3SSE != "" || c.S3Checksum != "auto" {
		t.Fatalf("reading and S3 defaults: %+v", c)
	}
}

func TestFlagBeatsEnvironment(t *testing.T) {
	c, err := config.Load([]string{"--max-upload-mb", "7"}, env(map[string]string{"ASSAY_MAX_UPLOAD_MB": "9", "ASSAY_BASE_URL": "https://assay.example.com"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxUploadBytes != 7<<20 || !c.SecureCookies() {
		t.Fatalf("%+v", c)
	}
}

func TestInvalidSettingsAreNamed(t *testing.T) {
	cases := map[string]string{
		"ASSAY_MAX_UPLOAD_MB":       "lots",
		"ASSAY_SESSION_IDLE":        "soon",
		"ASSAY_BASE_URL":            "localhost:8080",
		"ASSAY_TRUSTED_PROXIES":     "10.0.0.0/99",
		"ASSAY_INVITATION_MAX_AGE":  "2000h",
		"ASSAY_S3_PATH_STYLE":       "perhaps",
		"ASSAY_OCR_CONCURRENCY":     "-1",
		"ASSAY_OCR_MAX_PAGES":       "0",
		"ASSAY_READING_CONCURRENCY": "0",
		"ASSAY_READING_MEMORY_MB":   "lots",
		"ASSAY_S3_SSE":              "rot13",
		"ASSAY_S3_SSE_KMS_KEY_ID":   "assay-key",
		"ASSAY_S3_CHECKSUM":         "md5",
	}
	for k, v := range cases {
		_, err := config.Load(nil, env(map[string]string{k: v}))
		if err == nil {
			t.Errorf("%s=%s accepted", k, v)
			continue
		}
		name := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(k, "ASSAY_"), "_", "-"))
		if !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%s: error %q does not name the setting", k, v, err)
		}
	}
	c, _ := config.Load(nil, env(map[string]string{"ASSAY_SESSION_IDLE": "45m"}))
	if c.SessionIdle != 45*time.Minute {
		t.Fatal(c.SessionIdle)
	}
}

// TestREADMEListsEverySetting keeps the README's configuration table complete.
func TestREADMEListsEverySetting(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range config.Settings {
		if !strings.Contains(string(b), "`"+s.Env+"`") || !strings.Contains(string(b), "`--"+s.Flag+"`") {
			t.Errorf("README does not document %s / --%s", s.Env, s.Flag)
		}
	}
}
