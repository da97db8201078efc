package python

// Position is a 1-based line and rune column in the decoded source.
type Position struct {
	Line, Col int
}

// Expr is a parsed Python expression. Every node knows where it starts and
// prints the exact source it was parsed from, so that messages can quote
// what the user wrote.
type Expr interface {
	Pos() Position
	String() string
	exprNode()
}

type node struct {
	pos  Position
	text string
}

func (n *node) Pos() Position  { return n.pos }
func (n *node) String() string { return n.text }
func (*node) exprNode()        {}

// Name is an identifier.
type Name struct {
	node
	ID string
}

// Constant is a literal with a known value: None, True, False, an int, or a
// string or bytes literal (adjacent literals already concatenated).
type Constant struct {
	node
	Value Value
}

// FString is an f-string, or a string literal implicitly concatenated with
// one. Literal parts have their escapes processed.
type FString struct {
	node
	Parts []FStringPart
}

// FStringPart is literal text (Expr == nil) or a replacement field
// {Expr!Conv:Spec}.
type FStringPart struct {
	Lit   string
	Expr  Expr
	Conv  byte          // 0, 's', 'r' or 'a'
	Spec  []FStringPart // the format spec, which may itself contain fields
	Debug string        // for {x=}, the text before the value ("x=")
}

// TupleExpr is a tuple display, with or without parentheses.
type TupleExpr struct {
	node
	Elts []Expr
}

// ListExpr is a list display.
type ListExpr struct {
	node
	Elts []Expr
}

// DictExpr is a dict display. A nil key stands for a `**mapping` entry.
type DictExpr struct {
	node
	Keys, Values []Expr
}

// Attribute is X.Name.
type Attribute struct {
	node
	X    Expr
	Name string
}

// Call is Func(Args..., Keywords...). A *Starred argument is `*args`.
type Call struct {
	node
	Func     Expr
	Args     []Expr
	Keywords []Keyword
}

// Keyword is a keyword argument; an empty Name stands for `**mapping`.
type Keyword struct {
	Name  string
	Value Expr
}

// Subscript is X[Index]; Index may be a *Slice or a *TupleExpr of them.
type Subscript struct {
	node
	X, Index Expr
}

// Slice is lo:hi:step inside a subscript; omitted parts are nil.
type Slice struct {
	node
	Lo, Hi, Step Expr
}

// BinOp is X Op Y for an arithmetic or bitwise operator ("+", "//", ...).
type BinOp struct {
	node
	Op   string
	X, Y Expr
}

// UnaryOp is Op X with Op one of "-", "+", "~", "not".
type UnaryOp struct {
	node
	Op string
	X  Expr
}

// BoolOp is X and Y, or X or Y.
type BoolOp struct {
	node
	Op   string
	X, Y Expr
}

// Compare is a possibly chained comparison X Ops[0] Ys[0] Ops[1] Ys[1]...
// Ops are "==", "!=", "<", ">", "<=", ">=", "is", "is not", "in", "not in".
type Compare struct {
	node
	X   Expr
	Ops []string
	Ys  []Expr
}

// IfExp is Then if Cond else Else.
type IfExp struct {
	node
	Cond, Then, Else Expr
}

// Starred is *X, in a display, a call or an assignment target.
type Starred struct {
	node
	X Expr
}

// Unsupported is valid Python that the evaluator refuses: lambda,
// comprehensions, sets, :=, await, yield, floats, ... What names it for the
// error message.
type Unsupported struct {
	node
	What string
}
