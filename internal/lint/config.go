package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// ignoreSet is what one `# onehead: ignore[rule, ...]` comment silences;
// a bare `# onehead: ignore` silences every rule.
type ignoreSet struct {
	all   bool
	rules []string
}

// parseIgnore reads an ignore directive anywhere in a comment, so that it
// can share the line with other tools' (`# noqa: E501  # onehead: ignore`).
func parseIgnore(comment string) (ignoreSet, bool) {
	i := strings.Index(comment, "onehead:")
	if i < 0 {
		return ignoreSet{}, false
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(comment[i+len("onehead:"):]), "ignore")
	if !ok {
		return ignoreSet{}, false
	}
	list, ok := strings.CutPrefix(rest, "[")
	if !ok {
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '#' {
			return ignoreSet{}, false
		}
		return ignoreSet{all: true}, true
	}
	end := strings.IndexByte(list, ']')
	if end < 0 {
		return ignoreSet{}, false
	}
	var set ignoreSet
	for _, r := range strings.Split(list[:end], ",") {
		if r = strings.TrimSpace(r); r != "" {
			set.rules = append(set.rules, r)
		}
	}
	return set, true
}

func (s ignoreSet) union(o ignoreSet) ignoreSet {
	return ignoreSet{all: s.all || o.all, rules: append(slices.Clip(s.rules), o.rules...)}
}

func (s ignoreSet) has(rule string) bool { return s.all || slices.Contains(s.rules, rule) }

// Config is a tree's lint configuration, read from .onehead.toml in the
// tree's directory (the one holding alembic.ini or pyproject.toml) or, when
// there is none, from [tool.onehead] in its pyproject.toml:
//
//	# .onehead.toml                    # pyproject.toml
//	[lint]                             [tool.onehead.lint]
//	ignore = ["non-static-identifier"] ignore = ["non-static-identifier"]
//
//	[lint.per-file-ignores]            [tool.onehead.lint.per-file-ignores]
//	"versions/036_*.py" = ["seed-do-nothing"]
//
// ignore turns rules off for the whole tree. per-file-ignores maps a glob
// (path.Match syntax, relative to the tree's directory, / as separator; a
// pattern without / matches the file name alone) to the rules it turns off
// for the files it matches. Unknown keys and rule ids are errors, so that a
// typo does not silently turn a rule back on.
type Config struct {
	// File is the file the configuration came from; empty if none.
	File           string
	Ignore         []string
	PerFileIgnores map[string][]string
}

// LoadConfig reads the lint configuration of the tree whose directory is
// dir.
func LoadConfig(dir string) (Config, error) {
	for _, c := range []struct {
		name  string
		table []string
	}{{".onehead.toml", []string{"lint"}}, {"pyproject.toml", []string{"tool", "onehead", "lint"}}} {
		file := filepath.Join(dir, c.name)
		data, err := os.ReadFile(file)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return Config{}, err
		}
		var doc map[string]any
		if err := toml.Unmarshal(data, &doc); err != nil {
			return Config{}, fmt.Errorf("%s: %w", file, err)
		}
		table, found := lookupTable(doc, c.table)
		if !found {
			if c.name == ".onehead.toml" {
				return Config{File: file}, nil
			}
			continue
		}
		cfg, err := parseConfig(table)
		if err != nil {
			return Config{}, fmt.Errorf("%s: [%s]: %w", file, strings.Join(c.table, "."), err)
		}
		cfg.File = file
		return cfg, nil
	}
	return Config{}, nil
}

func lookupTable(doc map[string]any, keys []string) (map[string]any, bool) {
	for _, k := range keys {
		next, ok := doc[k].(map[string]any)
		if !ok {
			return nil, false
		}
		doc = next
	}
	return doc, true
}

func parseConfig(table map[string]any) (Config, error) {
	var cfg Config
	for key, v := range table {
		switch key {
		case "ignore":
			rules, err := ruleList(key, v)
			if err != nil {
				return cfg, err
			}
			cfg.Ignore = rules
		case "per-file-ignores":
			m, ok := v.(map[string]any)
			if !ok {
				return cfg, fmt.Errorf("per-file-ignores must be a table of glob = [rules]")
			}
			cfg.PerFileIgnores = map[string][]string{}
			for glob, v := range m {
				if _, err := path.Match(glob, ""); err != nil {
					return cfg, fmt.Errorf("per-file-ignores: bad pattern %q", glob)
				}
				rules, err := ruleList("per-file-ignores."+glob, v)
				if err != nil {
					return cfg, err
				}
				cfg.PerFileIgnores[glob] = rules
			}
		default:
			return cfg, fmt.Errorf("unknown key %q (keys: ignore, per-file-ignores)", key)
		}
	}
	return cfg, nil
}

func ruleList(key string, v any) ([]string, error) {
	items, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%s must be a list of rule ids", key)
	}
	var rules []string
	for _, it := range items {
		id, ok := it.(string)
		if !ok || !knownRule(id) {
			return nil, fmt.Errorf("%s: no lint rule %v (rules: %s)", key, it, strings.Join(ruleIDs(), ", "))
		}
		rules = append(rules, id)
	}
	return rules, nil
}

// ignores reports whether the configuration turns rule off for the file
// at rel, a slash-separated path relative to the tree's directory.
func (c Config) ignores(rule, rel string) bool {
	if slices.Contains(c.Ignore, rule) {
		return true
	}
	for glob, rules := range c.PerFileIgnores {
		if !slices.Contains(rules, rule) {
			continue
		}
		target := rel
		if !strings.Contains(glob, "/") {
			target = path.Base(rel)
		}
		if ok, _ := path.Match(glob, target); ok {
			return true
		}
	}
	return false
}
