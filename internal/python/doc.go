// Package python reads Python source statically: it never runs Python.
//
// Alembic revision files are Python modules that Alembic executes to learn
// `revision`, `down_revision`, `branch_labels` and `depends_on`. onehead must
// get the same answers without a Python interpreter, so this package provides
// the pieces that make that possible and honest:
//
//   - a Python 3 tokenizer ([Tokenize]) that knows exactly where strings,
//     comments and statements are, so look-alikes are never mistaken for code;
//   - a module scanner ([ParseModule]) that records every top-level binding in
//     source order, with enough context to tell a plain assignment from one
//     inside an `if` block, a function, or an import;
//   - a parser and evaluator for a safe subset of Python expressions ([ParseExpr],
//     [Eval]) shared with the Mako template renderer, which refuses everything
//     outside the subset with an error naming the construct instead of guessing;
//   - module-level constant folding ([Module.Value]) with Python's sequential
//     semantics, following imports through a caller-supplied [Importer].
//
// Three error types separate the outcomes callers must report differently: a
// [*SyntaxError] means Python itself would refuse the file, a [*PyError] means
// evaluating the expression would raise a Python exception, and a
// [*NotStaticError] means only running Python could tell the value.
package python
