package merge

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/mako"
	"github.com/onehead/onehead/internal/python"
)

// templateVars are the names ScriptDirectory.generate_revision passes to
// script.py.mako for a merge, with their Python values. imports, upgrades
// and downgrades are not among them, as in Alembic: templates test them as
// undefined (false) names.
func templateVars(cfg *config.Config, revID string, parents []string, label, message *string, date *Datetime) map[string]python.Value {
	var down python.Value = python.None
	switch len(parents) {
	case 0:
	case 1:
		down = python.String(parents[0])
	default:
		t := make(python.Tuple, len(parents))
		for i, p := range parents {
			t[i] = python.String(p)
		}
		down = t
	}
	var labels python.Value = python.None
	if label != nil {
		labels = python.Tuple{python.String(*label)}
	}
	msg := "empty message"
	if message != nil {
		msg = *message
	}
	return map[string]python.Value{
		"up_revision":   python.String(revID),
		"down_revision": down,
		"branch_labels": labels,
		"depends_on":    python.None,
		"create_date":   date,
		"comma":         commaFunc{},
		"message":       python.String(msg),
		"config":        &configObject{cfg: cfg},
		// An incidental keyword argument of command.merge that reaches the
		// template too.
		"refresh": python.Bool(true),
	}
}

// render renders <script_location>/script.py.mako with vars and encodes
// it with output_encoding, as Alembic's util.template_to_file does. An
// exception Python would raise while rendering is Alembic's "Template
// rendering failed" (a *Failure); a template Alembic cannot even load, or
// one onehead cannot render without Python, is an error naming the
// template line.
func render(cfg *config.Config, vars map[string]python.Value) ([]byte, error) {
	path := filepath.Join(cfg.ScriptDir, "script.py.mako")
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the revision template (Alembic crashes here): %w", err)
	}
	tmpl, err := mako.Parse(path, src)
	if err == nil {
		var text string
		if text, err = tmpl.Render(vars); err == nil {
			if err := cfg.UseErrors["output_encoding"]; err != nil {
				return nil, renderFailed(err.Error())
			}
			out, err := encode(text, cfg.OutputEncoding)
			var ee *encodingError
			if errors.As(err, &ee) && ee.python {
				return nil, renderFailed(err.Error())
			}
			return out, err
		}
	}
	var (
		re *mako.RenderError
		ce *mako.CompileError
	)
	switch {
	case errors.As(err, &re):
		return nil, renderFailed(err.Error())
	case errors.As(err, &ce):
		return nil, fmt.Errorf("%w (Mako refuses this template; Alembic crashes loading it)", err)
	}
	return nil, fmt.Errorf("%w; onehead renders script.py.mako without Python and cannot render this (alembic merge may)", err)
}

// renderFailed is Alembic's message for a template that raised while
// rendering. Alembic writes a template-oriented traceback to a temporary
// file and names it; onehead writes its explanation there the same way.
func renderFailed(detail string) error {
	name := "(unavailable)"
	if f, err := os.CreateTemp("", "tmp*.txt"); err == nil {
		fmt.Fprintln(f, detail)
		f.Close()
		name = f.Name()
	}
	return &Failure{
		Failed: alembic.Failf("Template rendering failed; see %s for a template-oriented traceback.", name),
		Detail: detail,
	}
}

// commaFunc is alembic.util.format_as_comma, passed to templates as comma.
type commaFunc struct{}

func (commaFunc) Type() string { return "function" }

func (commaFunc) Call(args []python.Value, kwargs []python.KeywordArg) (python.Value, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, &python.PyError{Type: "TypeError", Msg: "format_as_comma() takes exactly one argument"}
	}
	var items []python.Value
	switch v := args[0].(type) {
	case python.NoneType:
		return python.String(""), nil
	case python.String:
		return v, nil
	case python.Tuple:
		items = v
	case python.List:
		items = v
	default:
		r, err := python.Repr(v)
		if err != nil {
			return nil, err
		}
		return nil, &python.PyError{Type: "ValueError", Msg: "Don't know how to comma-format " + r}
	}
	parts := make([]string, len(items))
	for i, it := range items {
		s, ok := it.(python.String)
		if !ok {
			return nil, &python.PyError{Type: "TypeError", Msg: fmt.Sprintf("sequence item %d: expected str instance, %s found", i, it.Type())}
		}
		parts[i] = string(s)
	}
	return python.String(strings.Join(parts, ", ")), nil
}

// configObject is the alembic.config.Config templates receive as config.
// It offers what templates call on it: get_main_option, with which the
// multidb template reads its database names.
type configObject struct {
	cfg *config.Config
}

func (*configObject) Type() string { return "Config" }

func (c *configObject) Attr(name string) (python.Value, error) {
	if name == "get_main_option" {
		return mainOption{c.cfg}, nil
	}
	return nil, &python.NotStaticError{Reason: fmt.Sprintf("config.%s: onehead's config object offers only get_main_option", name)}
}

// mainOption is Config.get_main_option(name, default=None).
type mainOption struct {
	cfg *config.Config
}

func (mainOption) Type() string { return "method" }

// Call binds the arguments as Python would, then reads the ini's main
// section: a missing section is Alembic's CommandError, a missing option
// the default.
func (m mainOption) Call(args []python.Value, kwargs []python.KeywordArg) (python.Value, error) {
	params := []string{"name", "default"}
	bound := make([]python.Value, len(params))
	if len(args) > len(params) {
		return nil, &python.PyError{Type: "TypeError", Msg: "get_main_option() takes from 2 to 3 positional arguments"}
	}
	copy(bound, args)
	for _, kw := range kwargs {
		i := slices.Index(params, kw.Name)
		if i < 0 || bound[i] != nil {
			return nil, &python.PyError{Type: "TypeError", Msg: fmt.Sprintf("get_main_option() got an unexpected or repeated keyword argument '%s'", kw.Name)}
		}
		bound[i] = kw.Value
	}
	name, ok := bound[0].(python.String)
	if !ok {
		return nil, &python.PyError{Type: "TypeError", Msg: "get_main_option() needs the option name as a str"}
	}
	v, found, err := m.cfg.MainOption(string(name))
	var failed *alembic.Failed
	switch {
	case errors.As(err, &failed):
		return nil, &python.PyError{Type: "CommandError", Msg: failed.Message}
	case err != nil:
		return nil, &python.PyError{Type: "InterpolationError", Msg: err.Error()}
	case found:
		return python.String(v), nil
	case bound[1] != nil:
		return bound[1], nil
	}
	return python.None, nil
}
