package mako

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/python"
)

// maxOutput and maxSteps bound a render: nested loops over long strings
// could otherwise run for ever. No script template comes near either.
const (
	maxOutput = 16 << 20
	maxSteps  = 1 << 20
)

// mangled are names of Mako's generated module and render function that a
// template could reach but whose values only mean something inside Mako.
var mangled = names(`runtime filters cache pageargs render_body _magic_number _modified_time
	_enable_loop _template_filename _template_uri _source_encoding _exports
	__name__ __doc__ __file__ __builtins__ __loader__ __spec__ __package__ __cached__`)

// Render renders the template with the given variables, as Mako's
// Template.render_unicode(**vars) does. Names that are neither passed nor
// assigned by the template are Mako's UNDEFINED: false in conditions, an
// error when printed. Failures are a [*RenderError] where Mako would raise
// too, or an [*UnsupportedError] where only Python could tell.
func (t *Template) Render(vars map[string]python.Value) (string, error) {
	for _, n := range reserved {
		if _, ok := vars[n]; ok {
			return "", t.fail(renderKind, site{line: 1}, "NameConflictError: Reserved words passed to render(): %s", n)
		}
	}
	for n, v := range vars {
		if v == nil {
			return "", fmt.Errorf("mako: variable %s is a nil python.Value", n)
		}
	}
	r := &renderer{t: t, ctx: &context{vars: vars}, locals: map[string]python.Value{}}
	if err := r.run(t.body); err != nil {
		return "", err
	}
	return r.out.String(), nil
}

// renderer is one render: the output so far and the template's local
// variables. It is the python.Env of every expression.
type renderer struct {
	t      *Template
	ctx    *context
	locals map[string]python.Value
	out    strings.Builder
	steps  int
}

// Lookup resolves a name as Mako's generated render function does: the
// template's own assignments (Python locals), then the module's globals,
// then the context (the caller's variables, then Python's builtins), and
// UNDEFINED for the rest.
func (r *renderer) Lookup(name string) (python.Value, error) {
	if name == "context" {
		return r.ctx, nil
	}
	if r.t.locals[name] {
		if v, ok := r.locals[name]; ok {
			return v, nil
		}
		return nil, &python.PyError{Type: "UnboundLocalError", Msg: fmt.Sprintf("cannot access local variable '%s' where it is not associated with a value", name)}
	}
	if v, ok := r.t.globals[name]; ok {
		return v, nil
	}
	if name == "loop" {
		return nil, unsupported("Mako's loop context is not supported")
	}
	if mangled[name] || strings.HasPrefix(name, "__M_") {
		return nil, unsupported("`%s` belongs to Mako's generated code", name)
	}
	v, err := r.ctx.lookup(name)
	if err != nil || v != nil {
		return v, err
	}
	return python.Undefined{Name: name}, nil
}

func (r *renderer) run(body []node) error {
	for _, n := range body {
		if r.steps++; r.steps > maxSteps || r.out.Len() > maxOutput {
			return r.t.fail(unsupportedKind, site{line: 1}, "the template does too much work to render here")
		}
		var err error
		switch n := n.(type) {
		case textNode:
			r.out.WriteString(string(n))
		case *exprNode:
			err = r.expr(n)
		case *ifNode:
			err = r.ifBlock(n)
		case *forNode:
			err = r.forBlock(n)
		case *codeNode:
			err = r.code(n, r, r.locals, true)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) eval(e python.Expr, s site) (python.Value, error) {
	v, err := python.Eval(e, r)
	if err != nil {
		return nil, r.t.wrap(err, s, true)
	}
	return v, nil
}

func (r *renderer) ifBlock(n *ifNode) error {
	for _, b := range n.branches {
		if b.cond != nil {
			c, err := r.eval(b.cond, b.site)
			if err != nil {
				return err
			}
			if !python.Truthy(c) {
				continue
			}
		}
		return r.run(b.body)
	}
	return nil
}

func (r *renderer) forBlock(n *forNode) error {
	v, err := r.eval(n.iter, n.site)
	if err != nil {
		return err
	}
	items, err := iterate(v)
	if err != nil {
		return r.t.wrap(err, n.site, true)
	}
	for _, item := range items {
		if err := assign(n.target, item, r.locals); err != nil {
			return r.t.wrap(err, n.site, true)
		}
		if err := r.run(n.body); err != nil {
			return err
		}
	}
	return r.run(n.orelse)
}

// iterate lists what Python's iter(v) yields, through the list builtin so
// that iteration follows package python's rules.
func iterate(v python.Value) ([]python.Value, error) {
	l, err := python.Builtin("list").(python.Callable).Call([]python.Value{v}, nil)
	if err != nil {
		return nil, err
	}
	return l.(python.List), nil
}

// assign binds target (a name, or nested tuples and lists of names) to v
// in scope, unpacking as Python does.
func assign(target python.Expr, v python.Value, scope map[string]python.Value) error {
	var elts []python.Expr
	switch t := target.(type) {
	case *python.Name:
		scope[t.ID] = v
		return nil
	case *python.TupleExpr:
		elts = t.Elts
	case *python.ListExpr:
		elts = t.Elts
	}
	items, err := iterate(v)
	if err != nil {
		var pe *python.PyError
		if errors.As(err, &pe) && pe.Type == "TypeError" {
			return &python.PyError{Type: "TypeError", Msg: fmt.Sprintf("cannot unpack non-iterable %s object", v.Type())}
		}
		return err
	}
	switch {
	case len(items) > len(elts):
		return &python.PyError{Type: "ValueError", Msg: fmt.Sprintf("too many values to unpack (expected %d)", len(elts))}
	case len(items) < len(elts):
		return &python.PyError{Type: "ValueError", Msg: fmt.Sprintf("not enough values to unpack (expected %d, got %d)", len(elts), len(items))}
	}
	for i, e := range elts {
		if err := assign(e, items[i], scope); err != nil {
			return err
		}
	}
	return nil
}

// code runs a Python block's statements with env, binding into scope.
// runtime says whether a Python exception is a render error (a <% %>
// block) or one raised while loading the template (a <%! %> block).
func (r *renderer) code(n *codeNode, env python.Env, scope map[string]python.Value, runtime bool) error {
	for _, st := range n.stmts {
		for _, im := range st.imports {
			var v python.Value = modules[im.module]
			if im.attr != "" {
				var err error
				if v, err = modules[im.module].Attr(im.attr); err != nil {
					return r.t.wrap(err, st.site, runtime)
				}
			}
			scope[im.bind] = v
		}
		if st.value == nil {
			continue
		}
		v, err := python.Eval(st.value, env)
		if err != nil {
			return r.t.wrap(err, st.site, runtime)
		}
		for _, target := range st.targets {
			if err := assign(target, v, scope); err != nil {
				return r.t.wrap(err, st.site, runtime)
			}
		}
	}
	return nil
}

// moduleEnv resolves the names of <%! %> code, which runs when Mako loads
// the template, outside any render: the module's globals and Python's
// builtins, but no context.
type moduleEnv map[string]python.Value

func (m moduleEnv) Lookup(name string) (python.Value, error) {
	if v, ok := m[name]; ok {
		return v, nil
	}
	if python.Builtin(name) != nil {
		return nil, nil
	}
	if pythonBuiltins[name] {
		return nil, unsupported("the Python builtin `%s` is not supported", name)
	}
	if mangled[name] || strings.HasPrefix(name, "__M_") {
		return nil, unsupported("`%s` belongs to Mako's generated code", name)
	}
	return nil, &python.PyError{Type: "NameError", Msg: fmt.Sprintf("name '%s' is not defined", name)}
}

// loadModule runs the <%! %> blocks in order, as Mako does when it loads
// the template, to compute the module's globals.
func (t *Template) loadModule(blocks []*codeNode) error {
	g := moduleEnv{"UNDEFINED": python.Undefined{Name: "UNDEFINED"}, "STOP_RENDERING": python.String("")}
	r := &renderer{t: t}
	for _, b := range blocks {
		if err := r.code(b, g, g, false); err != nil {
			return err
		}
	}
	t.globals = g
	return nil
}

// expr prints `${...}`: Mako's default filter str() comes first unless `n`
// is listed, then the listed filters from left to right.
func (r *renderer) expr(n *exprNode) error {
	args := make([]python.Value, len(n.args))
	for i, a := range n.args {
		v, err := r.eval(a, n.site)
		if err != nil {
			return err
		}
		args[i] = v
	}
	kwargs := make([]python.KeywordArg, len(n.kwargs))
	for i, k := range n.kwargs {
		v, err := r.eval(k.Value, n.site)
		if err != nil {
			return err
		}
		kwargs[i] = python.KeywordArg{Name: k.Name, Value: v}
	}
	filters := slices.Clone(n.filters)
	if !n.raw {
		filters = append([]filterRef{{name: "str"}}, filters...)
	}
	var v python.Value
	state := plain
	if len(filters) == 0 {
		// Mako writes the text itself, which must be one str argument.
		if len(args) != 1 || len(kwargs) > 0 {
			return r.t.fail(renderKind, n.site, "TypeError: the writer takes exactly one argument (%d given)", len(args)+len(kwargs))
		}
		v = args[0]
	}
	for i, f := range filters {
		if i > 0 {
			args, kwargs = []python.Value{v}, nil
		}
		var err error
		if v, state, err = r.filter(f, args, kwargs, state); err != nil {
			return r.t.wrap(err, n.site, true)
		}
	}
	s, ok := v.(python.String)
	if !ok {
		return r.t.fail(renderKind, n.site, "TypeError: sequence item 0: expected str instance, %s found", v.Type())
	}
	r.out.WriteString(string(s))
	return nil
}
