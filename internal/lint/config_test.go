package lint

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseIgnore(t *testing.T) {
	for _, tc := range []struct {
		comment string
		ok      bool
		want    ignoreSet
	}{
		{"# onehead: ignore[seed-do-nothing]", true, ignoreSet{rules: []string{"seed-do-nothing"}}},
		{"#onehead:ignore[ seed-do-nothing , multiple-heads ]", true, ignoreSet{rules: []string{"seed-do-nothing", "multiple-heads"}}},
		{"# onehead: ignore", true, ignoreSet{all: true}},
		{"# noqa: E501  # onehead: ignore  # why", true, ignoreSet{all: true}},
		{"# onehead: ignored", false, ignoreSet{}},
		{"# onehead: ignore[seed-do-nothing", false, ignoreSet{}},
		{"# onehead: check this later", false, ignoreSet{}},
		{"# ignore[seed-do-nothing]", false, ignoreSet{}},
	} {
		got, ok := parseIgnore(tc.comment)
		if ok != tc.ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseIgnore(%q) = %+v, %v; want %+v, %v", tc.comment, got, ok, tc.want, tc.ok)
		}
	}
}

func TestLoadConfig(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  Config // File is checked by name only
		err   string
	}{
		{"none", nil, Config{}, ""},
		{"pyproject without the table", map[string]string{"pyproject.toml": "[tool.black]\nline-length = 100\n"}, Config{}, ""},
		{"pyproject", map[string]string{"pyproject.toml": `
[tool.onehead.lint]
ignore = ["non-static-identifier"]
[tool.onehead.lint.per-file-ignores]
"versions/0*.py" = ["seed-do-nothing", "multiple-heads"]
`}, Config{File: "pyproject.toml", Ignore: []string{"non-static-identifier"},
			PerFileIgnores: map[string][]string{"versions/0*.py": {"seed-do-nothing", "multiple-heads"}}}, ""},
		{".onehead.toml wins, even empty", map[string]string{
			"pyproject.toml": "[tool.onehead.lint]\nignore = [\"seed-do-nothing\"]\n",
			".onehead.toml":  "# nothing yet\n"}, Config{File: ".onehead.toml"}, ""},
		{".onehead.toml", map[string]string{".onehead.toml": "[lint]\nignore = [\"multiple-heads\"]\n"},
			Config{File: ".onehead.toml", Ignore: []string{"multiple-heads"}}, ""},
		{"unknown rule", map[string]string{".onehead.toml": "[lint]\nignore = [\"seed-do-nothin\"]\n"},
			Config{}, `.onehead.toml: [lint]: ignore: no lint rule seed-do-nothin (rules: seed-do-nothing, multiple-heads, non-static-identifier)`},
		{"unknown key", map[string]string{"pyproject.toml": "[tool.onehead.lint]\nignores = []\n"},
			Config{}, `pyproject.toml: [tool.onehead.lint]: unknown key "ignores" (keys: ignore, per-file-ignores)`},
		{"not a list", map[string]string{".onehead.toml": "[lint]\nignore = \"multiple-heads\"\n"},
			Config{}, `.onehead.toml: [lint]: ignore must be a list of rule ids`},
		{"bad glob", map[string]string{".onehead.toml": "[lint.per-file-ignores]\n\"[\" = [\"multiple-heads\"]\n"},
			Config{}, `.onehead.toml: [lint]: per-file-ignores: bad pattern "["`},
		{"not TOML", map[string]string{".onehead.toml": "[lint\n"}, Config{}, ".onehead.toml: toml: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := LoadConfig(dir)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error = %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.File != "" {
				got.File = filepath.Base(got.File)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestConfigIgnores(t *testing.T) {
	cfg := Config{Ignore: []string{RuleMultipleHeads}, PerFileIgnores: map[string][]string{
		"versions/legacy/*.py": {RuleSeedDoNothing},
		"*_seed.py":            {RuleNonStaticIdentifier},
	}}
	for _, tc := range []struct {
		rule, rel string
		want      bool
	}{
		{RuleMultipleHeads, "versions/a.py", true},
		{RuleSeedDoNothing, "versions/legacy/a.py", true},
		{RuleSeedDoNothing, "versions/a.py", false},
		{RuleSeedDoNothing, "versions/legacy/sub/a.py", false},
		{RuleNonStaticIdentifier, "versions/deep/x_seed.py", true},
		{RuleSeedDoNothing, "versions/deep/x_seed.py", false},
	} {
		if got := cfg.ignores(tc.rule, tc.rel); got != tc.want {
			t.Errorf("ignores(%s, %s) = %v, want %v", tc.rule, tc.rel, got, tc.want)
		}
	}
}

func TestExplain(t *testing.T) {
	for _, r := range Rules {
		text, err := Explain(r.ID)
		if err != nil || !strings.HasPrefix(text, r.ID+": ") || !strings.Contains(text, "\n\n") {
			t.Errorf("Explain(%s) = %q, %v", r.ID, text, err)
		}
	}
	if _, err := Explain("seed"); err == nil || !strings.Contains(err.Error(), "seed-do-nothing, multiple-heads, non-static-identifier") {
		t.Errorf("Explain(seed) error = %v", err)
	}
}
