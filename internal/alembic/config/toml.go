package config

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/python"
)

// tomlFile is the [tool.alembic] table of a pyproject.toml (Alembic 1.16+).
// Alembic reads the file only when an option is missing from the ini, so a
// broken pyproject.toml fails only the commands that get that far; Config
// loads it on first use in the same order.
type tomlFile struct {
	name string // as named on the command line or by default
	path string // name resolved against the working directory
	here string // %(here)s: the file's directory, pathlib-absolute
	fs   FS

	loaded bool
	err    error
	table  map[string]any // nil when the file or the table is absent
	lines  map[string]int // line of each key of the table
	hooks  []int          // line of each post_write_hooks entry
}

// load is Config.toml_alembic_config: a missing file is an empty table,
// "tool" must be a table, and "tool.alembic" must be a table or Alembic
// fails with "Incorrect TOML format".
func (t *tomlFile) load() (map[string]any, error) {
	if t.loaded {
		return t.table, t.err
	}
	t.loaded = true
	if _, err := t.fs.Stat(t.path); err != nil {
		return nil, nil
	}
	src, err := t.fs.ReadFile(t.path)
	if err != nil {
		t.err = &alembic.FileError{Path: t.name, Msg: err.Error()}
		return nil, t.err
	}
	var doc map[string]any
	if err := toml.Unmarshal(src, &doc); err != nil {
		fe := &alembic.FileError{Path: t.name, Msg: "TOMLDecodeError: " + err.Error(),
			Hint: "Alembic reads pyproject.toml with tomllib, which rejects it"}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			fe.Line, _ = de.Position()
		}
		t.err = fe
		return nil, t.err
	}
	tool, ok := doc["tool"]
	if !ok {
		return nil, nil
	}
	toolTable, ok := tool.(map[string]any)
	if !ok {
		t.err = &alembic.FileError{Path: t.name,
			Msg:  fmt.Sprintf("AttributeError: %s object has no attribute 'get'", python.ReprString(pyTypeName(tool))),
			Hint: "Alembic expects tool to be a table"}
		return nil, t.err
	}
	table, ok := toolTable["alembic"]
	if !ok {
		return nil, nil
	}
	if t.table, ok = table.(map[string]any); !ok {
		t.err = alembic.Failf("Incorrect TOML format")
		return nil, t.err
	}
	t.lines, t.hooks = tomlLines(src)
	return t.table, nil
}

// toolAlembic is the key path of the table Alembic reads, hooksKey that of
// its post-write hooks.
var (
	toolAlembic = []string{"tool", "alembic"}
	hooksKey    = []string{"tool", "alembic", "post_write_hooks"}
)

// tomlLines finds the line of each key of [tool.alembic], however the
// document spells it (a table header, dotted keys, inline tables), and of
// each post_write_hooks entry. The document is known to be valid.
func tomlLines(src []byte) (map[string]int, []int) {
	lines := map[string]int{}
	var hooks []int
	var p unstable.Parser
	p.Reset(src)
	line := func(n *unstable.Node) int { return p.Shape(n.Raw).Start.Line }
	note := func(key []string, n *unstable.Node) {
		if len(key) > 2 && slices.Equal(key[:2], toolAlembic) {
			if _, ok := lines[key[2]]; !ok {
				lines[key[2]] = line(n)
			}
		}
	}
	var keyValue func(prefix []string, kv *unstable.Node)
	keyValue = func(prefix []string, kv *unstable.Node) {
		it := kv.Key()
		it.Next()
		first := it.Node()
		full := append(slices.Clip(prefix), keyParts(kv)...)
		note(full, first)
		value := kv.Value()
		switch {
		case slices.Equal(full, hooksKey) && value.Kind == unstable.Array:
			for c := value.Children(); c.Next(); {
				if c.Node().Kind != unstable.Comment {
					hooks = append(hooks, line(c.Node()))
				}
			}
		case value.Kind == unstable.InlineTable && len(full) <= 2 && slices.Equal(full, toolAlembic[:len(full)]):
			for c := value.Children(); c.Next(); {
				if c.Node().Kind == unstable.KeyValue {
					keyValue(full, c.Node())
				}
			}
		}
	}
	var table []string
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyParts(e)
			it := e.Key()
			it.Next()
			note(table, it.Node())
			if e.Kind == unstable.ArrayTable && slices.Equal(table, hooksKey) {
				hooks = append(hooks, line(it.Node()))
			}
		case unstable.KeyValue:
			keyValue(table, e)
		}
	}
	return lines, hooks
}

func keyParts(n *unstable.Node) []string {
	var parts []string
	for it := n.Key(); it.Next(); {
		parts = append(parts, string(it.Node().Data))
	}
	return parts
}

// pyTypeName is the Python type name of a value as tomllib returns it, or
// as Alembic's %-interpolation leaves it, for error messages.
func pyTypeName(v any) string {
	switch v.(type) {
	case string:
		return "str"
	case int64:
		return "int"
	case float64:
		return "float"
	case bool:
		return "bool"
	case []any, []string, []map[string]string:
		return "list"
	case map[string]any, map[string]string:
		return "dict"
	case time.Time, toml.LocalDateTime:
		return "datetime.datetime"
	case toml.LocalDate:
		return "datetime.date"
	case toml.LocalTime:
		return "datetime.time"
	}
	return fmt.Sprintf("%T", v)
}

// value is Config._get_toml_config_value: every string, every string in a
// list and every value in a table or in a list of tables is %-formatted
// with {"here": ...}; integers and booleans pass through; floats and dates
// are "unsupported TOML value type". The result is a string, []string,
// []map[string]string, map[string]string, int64 or bool; found is false
// when the key is absent.
func (t *tomlFile) value(name string) (v any, found bool, err error) {
	table, err := t.load()
	if err != nil {
		return nil, false, err
	}
	raw, found := table[name]
	if !found {
		return nil, false, nil
	}
	switch x := raw.(type) {
	case string:
		s, err := t.format(name, x)
		return s, true, err
	case []any:
		if len(x) > 0 {
			if _, ok := x[0].(map[string]any); ok {
				list := make([]map[string]string, len(x))
				for i, el := range x {
					m, ok := el.(map[string]any)
					if !ok {
						return nil, true, t.fail(name, fmt.Sprintf("AttributeError: %s object has no attribute 'items'",
							python.ReprString(pyTypeName(el))), "make every entry of the list a table")
					}
					if list[i], err = t.formatTable(name, m); err != nil {
						return nil, true, err
					}
				}
				return list, true, nil
			}
		}
		list := make([]string, len(x))
		for i, el := range x {
			if list[i], err = t.formatAny(name, el); err != nil {
				return nil, true, err
			}
		}
		return list, true, nil
	case map[string]any:
		m, err := t.formatTable(name, x)
		return m, true, err
	case int64, bool:
		return x, true, nil
	}
	return nil, true, alembic.Failf("unsupported TOML value type for key: %s", python.ReprString(name))
}

func (t *tomlFile) formatTable(name string, m map[string]any) (map[string]string, error) {
	out := make(map[string]string, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		s, err := t.formatAny(name, m[k])
		if err != nil {
			return nil, err
		}
		out[k] = s
	}
	return out, nil
}

// formatAny is `v % toml_args` for a value that may not be a string.
func (t *tomlFile) formatAny(name string, v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", t.fail(name, fmt.Sprintf("TypeError: unsupported operand type(s) for %%: %s and 'dict'",
			python.ReprString(pyTypeName(v))), "Alembic %-formats every value here, so each must be a string")
	}
	return t.format(name, s)
}

// format is `s % {"here": ...}` as Alembic applies it to [tool.alembic].
func (t *tomlFile) format(name, s string) (string, error) {
	out, err := interpolate(s, t.here)
	var pe *python.PyError
	switch {
	case err == nil:
		return out, nil
	case errors.As(err, &pe) && pe.Type == "KeyError":
		return "", t.fail(name, err.Error()+": Alembic %-formats every string in [tool.alembic] "+
			"and only %(here)s is defined", `double a literal %, e.g. "%%(rev)s_%%(slug)s"`)
	}
	return "", t.fail(name, err.Error(), `double a literal %, e.g. "%%(rev)s_%%(slug)s"`)
}

// interpolate is Python's `s % {"here": here}`.
func interpolate(s, here string) (string, error) {
	return python.Format(s, &python.Dict{Keys: []python.Value{python.String("here")}, Values: []python.Value{python.String(here)}})
}

// fail is an error located at the key in pyproject.toml, naming the key.
func (t *tomlFile) fail(name, msg, hint string) error {
	return &alembic.FileError{Path: t.name, Line: t.lines[name], Msg: name + ": " + msg, Hint: hint}
}
