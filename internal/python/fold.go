package python

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Importer finds the modules that import statements name, so that values
// can be followed across files (neutron's `branch_labels = (cli.EXPAND_BRANCH,)`
// with `from neutron.db.migration import cli`). dotted is absolute when level
// is 0; otherwise it is relative to from's package, level 1 being the
// package itself (`from . import x` asks for "" and then "x" at level 1).
// An error means the module cannot be read; the value is then not static.
type Importer interface {
	Import(from *Module, dotted string, level int) (*Module, error)
}

// maxFoldDepth bounds how many bindings one evaluation may chain through.
const maxFoldDepth = 500

// Value evaluates the last top-level binding of name with Python's
// sequential semantics: names its value uses resolve to their latest binding
// before that statement, recursively; imports are followed through imp
// (which may be nil). It returns the binding it evaluated with:
//
//   - (value, binding, nil) when the value is known;
//   - (nil, binding, error) when it is not: a [*NotStaticError] (bound only
//     in an `if` block, by a def, by a call only Python can make...) or a [*PyError]
//     (Python itself would fail, e.g. a TypeError);
//   - (nil, nil, ErrNotBound) when the module never binds the name, and
//     (nil, binding, error wrapping ErrNotBound) when its last binding is
//     an unconditional `del`.
//
// A Module is not modified by Value, so modules shared between files (as an
// Importer caches them) may be evaluated concurrently.
func (m *Module) Value(name string, imp Importer) (Value, *Binding, error) {
	f := &folder{imp: imp}
	return f.lookup(m, name, math.MaxInt32)
}

type folder struct {
	imp Importer
	// memo keeps the values computed so far; it is made when the first is
	// stored, as most lookups only need a literal's value.
	memo map[*Binding]result
	// active holds the bindings being evaluated, innermost last, to catch
	// import cycles and to bound the depth.
	active []*Binding
}

type result struct {
	v   Value
	err error
}

// lookup resolves name in m as Python sees it just before statement stmt:
// the latest binding of name, or a star import that provides it.
func (f *folder) lookup(m *Module, name string, stmt int32) (Value, *Binding, error) {
	for k := len(m.Bindings) - 1; k >= 0; k-- {
		b := &m.Bindings[k]
		if b.stmt >= stmt {
			continue
		}
		if b.Kind == BindStarImport && name != "*" {
			v, found, err := f.fromStar(m, b, name)
			if err != nil || found {
				return v, b, err
			}
			continue // the star import does not bind it: look further back
		}
		if b.Name == name {
			// A binding inside an `if`/`try`/`for` block is a look-alike
			// (TYPE_CHECKING stubs, fallbacks) when the name also has a plain
			// binding before it: that one counts. Callers that want to warn
			// about such blocks find them with [Module.Conditional].
			if b.Conditional && m.boundBefore(name, b.stmt) {
				continue
			}
			v, err := f.value(m, b)
			return v, b, err
		}
	}
	return nil, nil, ErrNotBound
}

// boundBefore reports whether name has an unconditional binding before
// statement stmt.
func (m *Module) boundBefore(name string, stmt int32) bool {
	for _, b := range m.Bindings {
		if b.stmt < stmt && b.Name == name && !b.Conditional {
			return true
		}
	}
	return false
}

// Conditional returns the bindings of name inside top-level compound
// statements (`if`, `try`, `for`, ...) that [Module.Value] passes over
// because a plain binding precedes them. Python may or may not execute them.
func (m *Module) Conditional(name string) []*Binding {
	var out []*Binding
	for k := range m.Bindings {
		b := &m.Bindings[k]
		if b.Name == name && b.Conditional && m.boundBefore(name, b.stmt) {
			out = append(out, b)
		}
	}
	return out
}

func (f *folder) value(m *Module, b *Binding) (Value, error) {
	if r, ok := f.memo[b]; ok {
		return r.v, r.err
	}
	if slices.Contains(f.active, b) {
		return nil, bindingErr(m, b, "its value depends on itself through imports")
	}
	if len(f.active) >= maxFoldDepth {
		return nil, bindingErr(m, b, "too many chained references")
	}
	if c, ok := b.Expr.(*Constant); ok && b.Kind == BindAssign && !b.Conditional {
		return c.Value, nil // a literal: nothing to compute, or to remember
	}
	f.active = append(f.active, b)
	v, err := f.compute(m, b)
	f.active = f.active[:len(f.active)-1]
	if f.memo == nil {
		f.memo = make(map[*Binding]result)
	}
	f.memo[b] = result{v, err}
	return v, err
}

// bindingErr is a NotStaticError located at binding b.
func bindingErr(m *Module, b *Binding, format string, args ...any) *NotStaticError {
	expr := b.Source
	if expr == "" || b.Kind != BindAssign && b.Kind != BindAugAssign {
		expr = b.Name
	}
	return &NotStaticError{Path: m.Path, Line: b.Line, Col: b.Col, Expr: expr, Reason: fmt.Sprintf(format, args...)}
}

// article is "an" before the statement keywords that start with a vowel.
func article(kw string) string {
	if kw != "" && strings.ContainsRune("aeiou", rune(kw[0])) {
		return "an"
	}
	return "a"
}

func (f *folder) compute(m *Module, b *Binding) (Value, error) {
	if b.Conditional {
		verb := "assigned"
		if b.Kind == BindDel {
			verb = "deleted"
		}
		return nil, bindingErr(m, b, "%s inside %s `%s` block at line %d", verb, article(b.Block), b.Block, b.BlockLine)
	}
	ev := &evaluator{env: &moduleEnv{f: f, m: m, stmt: b.stmt}, path: m.Path}
	switch b.Kind {
	case BindAssign:
		return ev.eval(b.Expr)
	case BindAugAssign:
		prev, _, err := f.lookup(m, b.Name, b.stmt)
		if errors.Is(err, ErrNotBound) {
			return nil, &PyError{Type: "NameError", Msg: fmt.Sprintf("name '%s' is not defined", b.Name),
				Path: m.Path, Line: b.Line, Col: b.Col, Expr: b.Name}
		}
		if err != nil {
			return nil, err
		}
		rhs, err := ev.eval(b.Expr)
		if err != nil {
			return nil, err
		}
		v, err := augment(strings.TrimSuffix(b.Op, "="), prev, rhs)
		if err != nil {
			return nil, ev.locate(err, b.Expr)
		}
		return v, nil
	case BindImport:
		dotted := b.Module
		if !b.alias { // `import a.b.c` binds the top-level package a
			dotted, _, _ = strings.Cut(dotted, ".")
		}
		mod, err := f.importModule(m, b, dotted, 0)
		if err != nil {
			return nil, err
		}
		return &moduleValue{f: f, mod: mod, from: m, dotted: dotted}, nil
	case BindImportFrom:
		return f.fromImport(m, b)
	case BindDel:
		return nil, fmt.Errorf("%w: `%s` is deleted at line %d", ErrNotBound, b.Name, b.Line)
	case BindDef, BindClass:
		return nil, bindingErr(m, b, "it is a %s defined at line %d", b.Kind, b.Line)
	case BindUnpack:
		return nil, bindingErr(m, b, "it is unpacked from `%s`, which is not a literal of the same length", b.Source)
	}
	return nil, bindingErr(m, b, "it is bound by %s %s", article(b.Kind.String()), b.Kind)
}

// augment applies `x op= y`; a list is extended in place by any iterable.
func augment(op string, x, y Value) (Value, error) {
	if l, ok := x.(List); ok && op == "+" {
		items, err := iterate(y)
		if err != nil {
			return nil, err
		}
		extended := List(concat(l, items))
		return extended, checkItems(extended)
	}
	return binary(op, x, y)
}

func (f *folder) importModule(m *Module, b *Binding, dotted string, level int) (*Module, error) {
	if f.imp == nil {
		return nil, bindingErr(m, b, "imports are not followed here")
	}
	mod, err := f.imp.Import(m, dotted, level)
	if err != nil {
		return nil, bindingErr(m, b, "cannot read module `%s`: %v", strings.Repeat(".", level)+dotted, err)
	}
	if mod == nil {
		return nil, bindingErr(m, b, "module `%s` not found", strings.Repeat(".", level)+dotted)
	}
	return mod, nil
}

func joinDotted(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// fromImport evaluates `from X import name`: X's binding of name, or else
// the submodule X.name, as Python tries them.
func (f *folder) fromImport(m *Module, b *Binding) (Value, error) {
	mod, err := f.importModule(m, b, b.Module, b.Level)
	if err != nil {
		return nil, err
	}
	v, _, err := f.lookup(mod, b.ImportName, math.MaxInt32)
	if !errors.Is(err, ErrNotBound) {
		return v, err
	}
	sub := joinDotted(b.Module, b.ImportName)
	if smod, ierr := f.imp.Import(m, sub, b.Level); ierr == nil && smod != nil {
		return &moduleValue{f: f, mod: smod, from: m, dotted: sub, level: b.Level}, nil
	}
	return nil, bindingErr(m, b, "cannot import name '%s' from '%s'", b.ImportName, strings.Repeat(".", b.Level)+b.Module)
}

// fromStar decides whether `from X import *` (binding star) binds name, and
// to what: X's __all__ if it has one, else its public names.
func (f *folder) fromStar(m *Module, star *Binding, name string) (Value, bool, error) {
	mod, err := f.importModule(m, star, star.Module, star.Level)
	if err != nil {
		if ns, ok := err.(*NotStaticError); ok {
			ns.Reason = fmt.Sprintf("`%s` may come from `%s` at line %d: %s", name, star.Source, star.Line, ns.Reason)
		}
		return nil, false, err
	}
	if all, _, err := f.lookup(mod, "__all__", math.MaxInt32); !errors.Is(err, ErrNotBound) {
		if err != nil {
			return nil, false, bindingErr(m, star, "cannot tell whether it binds `%s`: %v", name, err)
		}
		list, ok := all.(Tuple)
		if l, isList := all.(List); isList {
			list, ok = Tuple(l), true
		}
		if !ok || !slices.ContainsFunc(list, func(x Value) bool { return equal(x, String(name)) }) {
			return nil, false, nil
		}
	} else if strings.HasPrefix(name, "_") {
		return nil, false, nil
	}
	v, _, err := f.lookup(mod, name, math.MaxInt32)
	if errors.Is(err, ErrNotBound) {
		return nil, false, nil
	}
	return v, true, err
}

// moduleEnv resolves names for a binding at statement stmt of module m.
type moduleEnv struct {
	f    *folder
	m    *Module
	stmt int32
}

func (e *moduleEnv) Lookup(name string) (Value, error) {
	v, _, err := e.f.lookup(e.m, name, e.stmt)
	if errors.Is(err, ErrNotBound) {
		return nil, nil // a builtin, or not defined
	}
	return v, err
}

// moduleValue is an imported module: its attributes are its top-level
// values, or its submodules.
type moduleValue struct {
	f      *folder
	mod    *Module
	from   *Module // the importing module, for relative names
	dotted string
	level  int
}

func (v *moduleValue) Type() string { return "module" }

func (v *moduleValue) PyRepr() (string, error) {
	return fmt.Sprintf("<module '%s'>", strings.Repeat(".", v.level)+v.dotted), nil
}

func (v *moduleValue) Attr(name string) (Value, error) {
	val, _, err := v.f.lookup(v.mod, name, math.MaxInt32)
	if !errors.Is(err, ErrNotBound) {
		return val, err
	}
	sub := joinDotted(v.dotted, name)
	if smod, ierr := v.f.imp.Import(v.from, sub, v.level); ierr == nil && smod != nil {
		return &moduleValue{f: v.f, mod: smod, from: v.from, dotted: sub, level: v.level}, nil
	}
	return nil, notStatic("module '%s' has no attribute '%s'", strings.Repeat(".", v.level)+v.dotted, name)
}
