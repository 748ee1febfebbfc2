# CDL expressions (cdl.md §5.4, §6-§9): parsing ordinary, goal and list
# expressions into ASTs, and evaluating them against the configuration model.
#
# AST nodes:
#   {const TEXT} {ref NAME} {active NAME}
#   {neg A} {plus A} {not A} {bitnot A} {indirect A}
#   {OP A B}   OP: or and bitor bitxor bitand eq ne lt le gt ge shl shr
#                  add sub concat mul div mod implies xor eqv
#   {cond A B C}
#   {func NAME ARG...}   reference-only functions take {ref NAME}
#
# Values are plain strings; their numeric reading and display format
# (decimal, hex, octal) are derived from the text when needed.
#
# Parsing is memoised per text. Each AST is compiled once into a Tcl proc
# that the byte-code compiler turns into straight-line code; evaluation
# only dispatches to that proc.

namespace eval ::cdl::expr {
    # `eval' is deliberately not exported: importing it would hide ::eval.
    namespace export parse parse_goal parse_list eval_list in_list truth refs

    # Caches, emptied whenever this file is (re)loaded:
    #   ParsedExpr/ParsedGoal  text -> {1 AST REFS SHAPE} or {0 MESSAGE}
    #   ParsedList  text -> {1 ITEMS REFS} or {0 MESSAGE}
    #   Compiled  AST -> name of its generated evaluator proc
    #   Refs      AST -> distinct referenced names
    #   Num       value text -> numeric reading (see Classify)
    #   Shapes    shape -> name of its generated evaluator proc
    #   Seen/Templates  token skeleton -> first AST / its template (see
    #             "Templates")
    foreach cache {ParsedExpr ParsedGoal ParsedList Compiled Walks Refs Num Shapes
            Seen Templates} {
        variable $cache
        unset -nocomplain $cache
        array set $cache {}
    }
    unset cache
    if {[namespace exists compiled]} { namespace delete compiled }
    namespace eval compiled {}
    variable CompiledCount 0
    # Set while folding a constant sub-expression, to stop recursion.
    variable NoFold 0
    # Shape -> name of the proc evaluating every expression of that shape
    # (see "Shapes"); while such a proc is written, Params counts the
    # leaves turned into its parameters (-1 otherwise).
    variable Params -1

    # Num holds {i INT FORMAT} (FORMAT d, x or o), {d DOUBLE} or {s};
    # bounded so that a long session cannot grow it without limit.
    variable NumCount 0
    variable NumLimit 200000

    # Binary operator token -> {precedence AST-operator}; higher binds
    # tighter. `?:' (level 1) is handled separately.
    variable Binary
    array set Binary {
        implies {2 implies}
        xor {3 xor}    eqv {3 eqv}
        || {4 or}
        && {5 and}
        | {6 bitor}
        ^ {7 bitxor}
        & {8 bitand}
        == {9 eq}      != {9 ne}
        < {10 lt}      <= {10 le}      > {10 gt}      >= {10 ge}
        << {11 shl}    >> {11 shr}
        + {12 add}     - {12 sub}      . {12 concat}
        * {13 mul}     / {13 div}      % {13 mod}
    }

    # Built-in functions: name -> {argument-count reference-only}.
    variable Functions
    array set Functions {
        is_substr   {2 0}
        is_xsubstr  {2 0}
        version_cmp {2 0}
        is_loaded   {1 1}
        is_active   {1 1}
        is_enabled  {1 1}
        get_data    {1 1}
    }

    variable Unary
    array set Unary {- neg + plus ! not ~ bitnot * indirect}

    # One token per match; white space separates matches. A number
    # swallows the word characters (and one other non-operator character)
    # stuck to it so that `12abc' or `08' can be rejected as a whole. Any
    # other character is a token of its own, so the matches cover every
    # non-space character. No capturing groups: they would make the regexp
    # engine several times slower.
    variable TokenRE [join {
        {"(?:[^"\\]|\\.)*"}
        {|[0-9][0-9A-Za-z_]*(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?[0-9A-Za-z_]*}
        {(?:[^-()+*/!~?%<>&^|:.,{}=[:space:]])?}
        {|[A-Za-z_][A-Za-z0-9_]*}
        {|<<|>>|<=|>=|==|!=|&&|\|\||[^[:space:]]}
    } ""]

    # Most expressions hold only names, integers, operators other than `.'
    # and simple strings; for the text outside strings, spacing out the
    # operators and reading it as a Tcl list tokenizes several times faster
    # than the regexp. (ASCII white space only: Tcl lists split on nothing
    # else.)
    variable PlainRE {^[-A-Za-z0-9_()+*/!~?%<>&^|:,= \t\n\r\f\v]*$}
    variable PadOperators {}

    # Operator tokens.
    variable Operators
    array set Operators {}
    # Two-character operators first: `string map' tries keys in order.
    foreach op {<< >> <= >= == != && || ( ) - + * / ! ~ ? % < > & ^ | : . ,
            \{ \} =} {
        set Operators($op) {}
        if {$op ni {. \{ \}}} { lappend PadOperators $op " $op " }
    }
    unset op

    # Names that are not references, as the tokens they make: the word
    # operators and the functions.
    variable Keywords
    array set Keywords {to {op to} implies {op implies} xor {op xor} eqv {op eqv}}
    foreach fn [array names Functions] { set Keywords($fn) [list fn $fn] }
    # The words that are always the same token (see SpacedTokens).
    variable Fixed
    array set Fixed [array get Keywords]
    foreach op [array names Operators] {
        if {$op ni {= \{ \}}} { set Fixed($op) [list op $op] }
    }
    unset fn op

    # Texts the fast lexer leaves to the general one (see SpacedTokens):
    # characters that a Tcl list does not take as they are, and non-ASCII
    # ones (the regexps' white space is wider than a list's).
    variable Unspaced {[\\{}]|[^\x01-\x7f]}

    # Parser state: flat token list {TYPE VALUE ...} and the index of the
    # current token's type. Types: num str id fn op err end.
    variable Toks {}
    variable Pos 0
}

# version_cmp() needs the shared version ordering.
if {[info commands ::cdl::version::compare] eq ""} {
    source [file join [file dirname [info script]] version.tcl]
}

# ---------------------------------------------------------------------------
# Public parsing entry points

# Parses are memoised per text (many repeat: `1', `1 to 64'...).
proc ::cdl::expr::parse {text} { Result [parsed_expr $text] }
proc ::cdl::expr::parse_goal {text} { Result [parsed_goal $text] }

proc ::cdl::expr::parse_list {text} {
    lassign [parsed_list $text] ok result
    if {$ok} { return $result }
    return -code error -errorcode {CDL PARSE} $result
}

# The memoised entries themselves, {1 AST REFS {SHAPE LEAVES}} ({1 ITEMS
# REFS} for a list) or {0 MESSAGE}: the loader takes every part at once.
proc ::cdl::expr::parsed_expr {text} {
    variable ParsedExpr
    if {![info exists ParsedExpr($text)]} {
        set ParsedExpr($text) [Run ParseWhole $text]
    }
    return $ParsedExpr($text)
}

proc ::cdl::expr::parsed_goal {text} {
    variable ParsedGoal
    if {![info exists ParsedGoal($text)]} {
        set ParsedGoal($text) [Run ParseGoal $text]
    }
    return $ParsedGoal($text)
}

proc ::cdl::expr::parsed_list {text} {
    variable ParsedList
    if {![info exists ParsedList($text)]} {
        set entry [Run ParseList $text]
        if {[lindex $entry 0]} { lappend entry [ListRefs [lindex $entry 1]] }
        set ParsedList($text) $entry
    }
    return $ParsedList($text)
}

# The AST of a memoised parse.
proc ::cdl::expr::Result {entry} {
    if {[lindex $entry 0]} { return [lindex $entry 1] }
    return -code error -errorcode {CDL PARSE} [lindex $entry 1]
}

# Runs one of the top-level grammar procs on TEXT; returns {1 AST REFS
# SHAPE} ({1 ITEMS} for a list) or {0 MESSAGE}, so that failures are
# memoised too.
proc ::cdl::expr::Run {grammar text} {
    variable Toks
    variable Pos
    set spaced [SpacedSkeleton $grammar $text key leaves]
    if {!$spaced} {
        set Toks [Tokenize $text]
        set key [Skeleton $grammar $Toks leaves]
    }
    variable Templates
    if {[info exists Templates($key)]} {
        return [Instance $grammar $Templates($key) $leaves]
    }
    if {$spaced} { set Toks [Tokenize $text] }
    set Pos 0
    if {[catch {$grammar} result opts]} {
        switch -- [dict get $opts -errorcode] {
            {CDL PARSE} { }
            {TCL LIMIT STACK} {
                return [list 0 "Expression nested too deeply."]
            }
            default { return -options $opts $result }
        }
        # The parser never consumes an `err' token, and only looks at the
        # current token: failing on one means the lexer's error comes first.
        if {[lindex $Toks $Pos] eq "err"} {
            set result [lindex $Toks $Pos+1]
        }
        return [list 0 $result]
    }
    # Long texts seldom repeat (and would make deep templates).
    if {$key ne "" && [llength $Toks] <= 48} { Learn $grammar $key $result }
    if {$grammar eq "ParseList"} { return [list 1 $result] }
    list 1 $result [CollectRefs $result] [shape $result]
}

proc ::cdl::expr::ParseError {message} {
    return -code error -errorcode {CDL PARSE} $message
}

# ---------------------------------------------------------------------------
# Lexer

# Returns the flat token list of TEXT, ending with `end'. A lexical error
# becomes an `err' token and ends the list: it is reported when the parser
# reaches it (see Run), so earlier syntax errors take precedence as they
# would with an incremental lexer.
proc ::cdl::expr::Tokenize {text} {
    variable TokenRE
    variable Keywords
    variable Operators
    if {![PlainWords $text words]} {
        set words [regexp -all -inline $TokenRE $text]
    }
    set toks {}
    foreach tok $words {
        switch -glob -- $tok {
            {[A-Za-z_]*} {
                if {[info exists Keywords($tok)]} {
                    lappend toks {*}$Keywords($tok)
                } else {
                    lappend toks id $tok
                }
                continue
            }
            {[0-9]*} {
                lappend toks {*}[NumberLiteral $tok]
            }
            {"?*} {
                lappend toks str [Unescape [string range $tok 1 end-1]]
                continue
            }
            {"} {
                lappend toks err "Unterminated string in expression."
            }
            = {
                lappend toks err "Incomplete == operator in expression."
            }
            default {
                if {[info exists Operators($tok)]} {
                    lappend toks op $tok
                    continue
                }
                lappend toks err "Unexpected character '$tok' in expression."
            }
        }
        if {[lindex $toks end-1] eq "err"} { return $toks }
    }
    lappend toks end {}
    return $toks
}

# The skeleton of TEXT for GRAMMAR in KEYVAR and its leaves (as Skeleton
# gives them), found without making the tokens, when TEXT is made of
# names, numbers without a fraction or sign, operators and strings without
# backslashes, separated by white space, as most expressions are: the text
# read as a Tcl list (outside its strings) then holds the tokens, which
# only need telling apart.  Returns 0 when the lexer is needed.
proc ::cdl::expr::SpacedSkeleton {grammar text keyVar leavesVar} {
    variable Unspaced
    variable Fixed
    upvar 1 $keyVar key $leavesVar leaves
    if {[regexp $Unspaced $text]} { return 0 }
    set parts [split $text \"]
    set last [expr {[llength $parts] - 1}]
    # An odd number of quotes leaves a string unterminated.
    if {$last % 2} { return 0 }
    set key $grammar
    set leaves {}
    for {set i 0} {$i <= $last} {incr i 2} {
        set code [lindex $parts $i]
        # A number stuck to a string is an error.
        if {$i < $last && [string match {*[0-9A-Za-z_]} $code]} { return 0 }
        foreach word $code {
            if {[info exists Fixed($word)]} {
                append key " " $Fixed($word)
            } elseif {![string is wordchar $word]} {
                return 0
            } elseif {[string match {[0-9]*} $word]} {
                # Most numbers are small decimals, written as Tcl would.
                if {[string length $word] < 19 && [string match {[1-9]*} $word]
                        && [string is digit $word]} {
                    set value $word
                } else {
                    lassign [NumberLiteral $word] type value
                    if {$type eq "err"} { return 0 }
                }
                append key " num"
                lappend leaves $value
            } else {
                append key " id"
                lappend leaves $word
            }
        }
        if {$i < $last} {
            append key " str"
            lappend leaves [lindex $parts $i+1]
        }
    }
    append key " end"
    return 1
}

# Splits TEXT into WORDSVAR the fast way (see PlainRE) when it holds only
# names, integers, operators other than `.', and strings without
# backslashes; returns 0 when the regexp is needed.
proc ::cdl::expr::PlainWords {text wordsVar} {
    variable PlainRE
    variable PadOperators
    upvar 1 $wordsVar words
    if {[string first "\\" $text] >= 0} { return 0 }
    set parts [split $text \"]
    set last [expr {[llength $parts] - 1}]
    # An odd number of quotes leaves a string unterminated.
    if {$last % 2} { return 0 }
    set words {}
    for {set i 0} {$i <= $last} {incr i 2} {
        set code [lindex $parts $i]
        # Padding would split signed exponents such as 1e+5.
        if {![regexp $PlainRE $code] || [string match {*[0-9][eE][-+]*} $code]} {
            return 0
        }
        lappend words {*}[string map $PadOperators $code]
        if {$i < $last} {
            # A number stuck to a string must be reported: leave that
            # to the regexp.
            if {[string match {*[0-9A-Za-z_]} $code]} { return 0 }
            lappend words "\"[lindex $parts $i+1]\""
        }
    }
    return 1
}

# Converts a number token to {num DISPLAY-TEXT} or {err MESSAGE}.
proc ::cdl::expr::NumberLiteral {text} {
    if {[string is digit $text]} {
        if {[string index $text 0] ne "0" || $text eq "0"} {
            if {$text > 0x7FFFFFFFFFFFFFFF} {
                # Too large for an integer: C would read it as a double.
                return [list num [FormatDouble [expr {double($text)}]]]
            }
            return [list num [expr {$text + 0}]]
        }
        if {[string first 8 $text] < 0 && [string first 9 $text] < 0} {
            set value [UnsignedDigits o [string range $text 1 end]]
            if {$value eq ""} { return [list err [TooLarge $text]] }
            return [list num [FormatInt $value o]]
        }
    } elseif {[regexp {^0[xX][0-9A-Fa-f]+$} $text]} {
        set value [UnsignedDigits x [string range $text 2 end]]
        if {$value eq ""} { return [list err [TooLarge $text]] }
        return [list num [FormatInt $value x]]
    } elseif {[regexp {^[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$} $text]} {
        return [list num [FormatDouble [expr {double($text)}]]]
    }
    return [list err "Invalid character detected after number `$text'."]
}

proc ::cdl::expr::TooLarge {text} {
    return "Integer constant `$text' does not fit in 64 bits."
}

# Reads hex (x) or octal (o) DIGITS as a 64-bit pattern, returned as a
# signed integer (so 0xFFFFFFFFFFFFFFFF is -1); "" when wider than 64 bits.
proc ::cdl::expr::UnsignedDigits {base digits} {
    set digits [string trimleft $digits 0]
    if {$digits eq ""} { return 0 }
    set value [expr "0$base$digits"]
    if {$value > 0xFFFFFFFFFFFFFFFF} { return "" }
    if {$value > 0x7FFFFFFFFFFFFFFF} {
        set value [expr {$value - 0x10000000000000000}]
    }
    return $value
}

# Decodes the backslash escapes of a string literal's body.
proc ::cdl::expr::Unescape {body} {
    if {[string first "\\" $body] < 0} { return $body }
    set out ""
    set from 0
    foreach span [regexp -all -inline -indices \
            {\\(?:x[0-9A-Fa-f]+|[0-7]{1,3}|\n[[:space:]]*|.)} $body] {
        lassign $span start end
        append out [string range $body $from [expr {$start - 1}]]
        append out [EscapeChar [string range $body [expr {$start + 1}] $end]]
        set from [expr {$end + 1}]
    }
    append out [string range $body $from end]
    return $out
}

proc ::cdl::expr::EscapeChar {escape} {
    switch -glob -- $escape {
        a { return "\a" }
        b { return "\b" }
        f { return "\f" }
        n { return "\n" }
        r { return "\r" }
        t { return "\t" }
        v { return "\v" }
        "\n*" { return " " }
        {x?*} {
            # Like C, all hex digits belong to the escape; keep a byte.
            set hex [string trimleft [string range $escape 1 end] 0]
            if {[string length $hex] > 2} { set hex [string range $hex end-1 end] }
            return [format %c [expr "0x0$hex"]]
        }
        {[0-7]*} { return [format %c [expr {"0o$escape" & 0xFF}]] }
        default { return $escape }
    }
}

# ---------------------------------------------------------------------------
# Parser (recursive descent; binary levels by precedence climbing).
# Token access is inlined in the hot procs: parsing tens of thousands of
# distinct expressions is part of loading a large repository.

# True when the current token is operator OP.
proc ::cdl::expr::AtOp {op} {
    variable Toks
    variable Pos
    expr {[lindex $Toks $Pos+1] eq $op && [lindex $Toks $Pos] eq "op"}
}

proc ::cdl::expr::ParseWhole {} {
    variable Toks
    variable Pos
    set ast [Conditional]
    if {[lindex $Toks $Pos] ne "end"} {
        ParseError "Unexpected data at end of expression."
    }
    return $ast
}

# A goal is one or more greedy ordinary expressions joined by `and'.
proc ::cdl::expr::ParseGoal {} {
    variable Toks
    variable Pos
    if {[lindex $Toks $Pos] eq "end"} { ParseError "Empty goal expression." }
    set ast [Conditional]
    while {[lindex $Toks $Pos] ne "end"} {
        set ast [list and $ast [Conditional]]
    }
    return $ast
}

proc ::cdl::expr::ParseList {} {
    variable Toks
    variable Pos
    if {[lindex $Toks $Pos] eq "end"} { ParseError "Empty list expression." }
    set items {}
    while {[lindex $Toks $Pos] ne "end"} {
        set first [Conditional]
        if {[AtOp to]} {
            incr Pos 2
            lappend items [list range $first [Conditional]]
        } else {
            lappend items [list expr $first]
        }
    }
    return $items
}

# `a ? b : c', right-nested, below every binary operator.
proc ::cdl::expr::Conditional {} {
    variable Toks
    variable Pos
    set condition [BinaryLevel 2]
    if {[lindex $Toks $Pos+1] ne "?" || [lindex $Toks $Pos] ne "op"} {
        return $condition
    }
    incr Pos 2
    set then [Conditional]
    if {![AtOp :]} { ParseError "Expected colon in conditional expression." }
    incr Pos 2
    return [list cond $condition $then [Conditional]]
}

# Parses a chain of binary operators of precedence MIN or higher.
proc ::cdl::expr::BinaryLevel {min} {
    variable Toks
    variable Pos
    variable Binary
    switch -- [lindex $Toks $Pos] {
        id { set lhs [list ref [lindex $Toks $Pos+1]]; incr Pos 2 }
        num - str { set lhs [list const [lindex $Toks $Pos+1]]; incr Pos 2 }
        default { set lhs [UnaryTerm] }
    }
    while {[lindex $Toks $Pos] eq "op"
            && [info exists Binary([set op [lindex $Toks $Pos+1]])]} {
        lassign $Binary($op) precedence name
        if {$precedence < $min} { break }
        incr Pos 2
        set lhs [list $name $lhs [BinaryLevel [expr {$precedence + 1}]]]
    }
    return $lhs
}

proc ::cdl::expr::UnaryTerm {} {
    variable Toks
    variable Pos
    variable Unary
    set value [lindex $Toks $Pos+1]
    switch -- [lindex $Toks $Pos] {
        id {
            incr Pos 2
            return [list ref $value]
        }
        num - str {
            incr Pos 2
            return [list const $value]
        }
        fn { return [FunctionCall $value] }
        end { ParseError "Unexpected end of expression." }
        op { }
        default { ParseError "Unexpected `$value' in expression." }
    }
    if {[info exists Unary($value)]} {
        incr Pos 2
        return [list $Unary($value) [UnaryTerm]]
    }
    switch -- $value {
        ? { return [ActiveTest] }
        ( { return [Bracketed )] }
        "\{" { return [Bracketed "\}"] }
    }
    ParseError "Unexpected `$value' in expression."
}

proc ::cdl::expr::ActiveTest {} {
    variable Toks
    variable Pos
    incr Pos 2
    if {[lindex $Toks $Pos] ne "id"} {
        ParseError "The ? operator should be applied directly to a reference\
            to a configuration option."
    }
    set name [lindex $Toks $Pos+1]
    incr Pos 2
    return [list active $name]
}

# `( expr )'; braces group the same way, as list expressions such as
# `0 to { N - 1 }' may reach the parser with their braces.
proc ::cdl::expr::Bracketed {close} {
    variable Pos
    incr Pos 2
    set ast [Conditional]
    if {![AtOp $close]} {
        ParseError "Missing closing bracket `$close' in expression."
    }
    incr Pos 2
    return $ast
}

proc ::cdl::expr::FunctionCall {name} {
    variable Pos
    variable Functions
    lassign $Functions($name) count refOnly
    incr Pos 2
    if {![AtOp (]} { ParseError "Expected opening bracket after function $name" }
    incr Pos 2
    set call [list func $name]
    for {set i 0} {$i < $count} {incr i} {
        if {$i > 0} {
            if {![AtOp ,]} {
                ParseError "Expected comma between arguments in function $name"
            }
            incr Pos 2
        }
        set arg [Conditional]
        if {$refOnly && [lindex $arg 0] ne "ref"} {
            ParseError "The argument to ${name}() should be a reference to a\
                configuration option."
        }
        lappend call $arg
    }
    if {[AtOp ,]} { ParseError "Too many arguments passed to function $name" }
    if {![AtOp )]} { ParseError "Expected closing bracket after function $name" }
    incr Pos 2
    return $call
}

# ---------------------------------------------------------------------------
# Templates
#
# A large repository has thousands of distinct expressions in few forms:
# `CYGNUM_A * 2' and `CYGNUM_B * 2' differ only in a name.  The parser's
# choices depend only on the skeleton of the tokens (their types, and the
# operators and functions), and each name, number or string token becomes
# one leaf of the AST, in the order of the text, which is the prefix order
# of shapes.  So the second text of a skeleton parsed makes a template, a
# proc building the AST of any text of that skeleton from its leaves; the
# shape and the names come with it.  Only successful parses are learnt.

# The skeleton of TOKS for GRAMMAR, the leaves' values in LEAVESVAR; ""
# for a lexical error.
proc ::cdl::expr::Skeleton {grammar toks leavesVar} {
    upvar 1 $leavesVar leaves
    set leaves {}
    set key $grammar
    foreach {type value} $toks {
        switch -- $type {
            id - num - str {
                append key " " $type
                lappend leaves $value
            }
            end { append key " end" }
            err { return "" }
            default { append key " " $type " " $value }
        }
    }
    return $key
}

# Notes that a text of skeleton KEY parsed into RESULT with GRAMMAR; the
# second time, makes the template {BUILDER SHAPE POSITIONS}: the proc, the
# shape without its leaves and where the names are among the leaves.
proc ::cdl::expr::Learn {grammar key result} {
    variable Seen
    if {![info exists Seen($key)]} {
        set Seen($key) 1
        return
    }
    unset Seen($key)
    variable Params
    variable CompiledCount
    set Params 0
    try {
        if {$grammar eq "ParseList"} {
            set body [join [lmap item $result { BuildWord $item }]]
            set body "list $body"
        } else {
            set body [string range [BuildWord $result] 1 end-1]
        }
        set count $Params
    } finally {
        set Params -1
    }
    set params {}
    for {set i 1} {$i <= $count} {incr i} { lappend params p$i }
    set builder ::cdl::expr::compiled::t[incr CompiledCount]
    proc $builder $params $body
    set shape {}
    set positions {}
    if {$grammar ne "ParseList"} {
        set shape [lindex [shape $result] 0]
        set i 0
        foreach node $shape {
            switch -- $node {
                ref - active { lappend positions $i; incr i }
                const { incr i }
            }
        }
    }
    variable Templates
    set Templates($key) [list $builder $shape $positions]
}

# What Run returns for a text of template TEMPLATE with leaves LEAVES.
proc ::cdl::expr::Instance {grammar template leaves} {
    lassign $template builder shape positions
    set ast [$builder {*}$leaves]
    if {$grammar eq "ParseList"} { return [list 1 $ast] }
    set refs {}
    foreach i $positions {
        set name [lindex $leaves $i]
        if {$name ni $refs} { lappend refs $name }
    }
    list 1 $ast $refs [list $shape $leaves]
}

# A Tcl word building AST again, its leaves being the parameters of the
# template's proc (see Leaf).
proc ::cdl::expr::BuildWord {ast} {
    set op [lindex $ast 0]
    switch -- $op {
        const - ref - active { return "\[list $op [Leaf [lindex $ast 1]]\]" }
        func {
            set words [lrange $ast 0 1]
            set args [lrange $ast 2 end]
        }
        default {
            set words [list $op]
            set args [lrange $ast 1 end]
        }
    }
    foreach arg $args { lappend words [BuildWord $arg] }
    return "\[list [join $words]\]"
}

# ---------------------------------------------------------------------------
# Referenced names

# The names AST refers to.
proc ::cdl::expr::refs {ast} {
    if {[lindex $ast 0] eq "const"} { return {} }
    variable Refs
    if {![info exists Refs($ast)]} {
        set Refs($ast) [CollectRefs $ast]
    }
    return $Refs($ast)
}

# Walks AST depth-first, left to right, with an explicit stack so that
# long goals cannot exhaust the interpreter's nesting limit.
proc ::cdl::expr::CollectRefs {ast} {
    set names {}
    set stack [list $ast]
    while {[llength $stack]} {
        set node [lindex $stack end]
        set stack [lreplace $stack end end]
        switch -- [lindex $node 0] {
            const { }
            ref - active { dict set names [lindex $node 1] {} }
            func { lappend stack {*}[lreverse [lrange $node 2 end]] }
            default { lappend stack {*}[lreverse [lrange $node 1 end]] }
        }
    }
    dict keys $names
}

# The distinct names the items of a parsed list refer to.
proc ::cdl::expr::ListRefs {items} {
    set refs {}
    foreach item $items {
        foreach ast [lrange $item 1 end] {
            foreach r [refs $ast] {
                if {$r ni $refs} { lappend refs $r }
            }
        }
    }
    return $refs
}

# ---------------------------------------------------------------------------
# Evaluation entry points

# An expression is interpreted by walking its tree until it has been
# evaluated a few times; then it is compiled to a Tcl proc.  Compiling
# costs about as much as ten walks, and most expressions of a
# configuration are evaluated only once or twice per run.
proc ::cdl::expr::eval {ast} {
    variable Compiled
    if {[info exists Compiled($ast)]} { return [$Compiled($ast)] }
    variable Walks
    if {[incr Walks($ast)] > 4} {
        unset Walks($ast)
        Compile $ast
        return [$Compiled($ast)]
    }
    Walk $ast
}

# The value of AST, by walking it (same semantics as the compiled form).
proc ::cdl::expr::Walk {ast} {
    lassign $ast op a b c
    switch -- $op {
        const { return $a }
        ref { return [::cdl::model::ref_value $a] }
        active { return [::cdl::model::is_active $a] }
        not - and - or - implies - xor - eqv - lt - le - gt - ge - ne {
            return [WalkTest $ast]
        }
        eq { return [Equal [Walk $a] [Walk $b]] }
        add - sub - mul - div { return [Arith $op [Walk $a] [Walk $b]] }
        mod - shl - shr - bitand - bitor - bitxor {
            return [IntOp $op [Walk $a] [Walk $b]]
        }
        concat { return [string cat [Walk $a] [Walk $b]] }
        neg { return [Negate [Walk $a]] }
        plus { return [UnaryPlus [Walk $a]] }
        bitnot { return [BitNot [Walk $a]] }
        indirect { return [Indirect [Walk $a]] }
        cond {
            if {[WalkTest $a]} { return [Walk $b] }
            return [Walk $c]
        }
        func {
            switch -- $a {
                is_substr { return [IsSubstr [Walk $b] [Walk $c]] }
                is_xsubstr { return [IsXSubstr [Walk $b] [Walk $c]] }
                version_cmp { return [::cdl::version::compare [Walk $b] [Walk $c]] }
            }
            return [::cdl::model::$a [lindex $b 1]]
        }
    }
    error "unknown expression node `$op'"
}

# A left-leaning chain of && (or ||), as long goals are, evaluated left
# to right in a loop, short-circuiting.
proc ::cdl::expr::WalkChain {ast op} {
    set terms {}
    while {[lindex $ast 0] eq $op} {
        lappend terms [lindex $ast 2]
        set ast [lindex $ast 1]
    }
    lappend terms $ast
    set stop [expr {$op eq "or"}]
    foreach term [lreverse $terms] {
        if {[WalkTest $term] == $stop} { return $stop }
    }
    return [expr {!$stop}]
}

# The truth (0/1) of AST, by walking it.
proc ::cdl::expr::WalkTest {ast} {
    lassign $ast op a b
    switch -- $op {
        const { return [truth $a] }
        ref { return [RefTruth $a] }
        not { return [expr {![WalkTest $a]}] }
        and - or { return [WalkChain $ast $op] }
        implies {
            set x [WalkTest $a]
            return [expr {!$x | [WalkTest $b]}]
        }
        xor {
            set x [WalkTest $a]
            return [expr {$x ^ [WalkTest $b]}]
        }
        eqv {
            set x [WalkTest $a]
            return [expr {$x == [WalkTest $b]}]
        }
        eq { return [Equal [Walk $a] [Walk $b]] }
        ne { return [expr {![Equal [Walk $a] [Walk $b]]}] }
        lt - le - gt - ge { return [Compare $op [Walk $a] [Walk $b]] }
        active { return [::cdl::model::is_active $a] }
    }
    return [truth [Walk $ast]]
}

# Evaluates parsed list items to {value V} / {range LO HI}.
proc ::cdl::expr::eval_list {items} {
    set result {}
    foreach item $items {
        lassign $item kind first second
        if {$kind eq "expr"} {
            set value [eval $first]
            if {$value ne ""} { lappend result [list value $value] }
            continue
        }
        lappend result [EvalRange [eval $first] [eval $second]]
    }
    return $result
}

proc ::cdl::expr::EvalRange {lo hi} {
    variable Num
    if {![info exists Num($lo)]} { Classify $lo }
    if {![info exists Num($hi)]} { Classify $hi }
    lassign $Num($lo) tlo vlo
    lassign $Num($hi) thi vhi
    if {$tlo eq "s" || $thi eq "s"} {
        EvalError "Range expression involves non-numerical limits"
    }
    if {$tlo eq "i" && $thi eq "i" ? $vlo > $vhi : double($vlo) > double($vhi)} {
        return [list range $hi $lo]
    }
    return [list range $lo $hi]
}

# Membership of V in an evaluated list (§9): integer comparison when V is
# an integer, else double comparison when V is a double; failing those,
# text equality with a single value.
proc ::cdl::expr::in_list {v items} {
    variable Num
    if {![info exists Num($v)]} { Classify $v }
    lassign $Num($v) type number
    if {$type eq "i"} {
        if {[InIntegers $number $items]} { return 1 }
    } elseif {$type eq "d"} {
        if {[InDoubles $number $items]} { return 1 }
    }
    foreach item $items {
        if {[lindex $item 0] eq "value" && [lindex $item 1] eq $v} { return 1 }
    }
    return 0
}

proc ::cdl::expr::InIntegers {number items} {
    variable Num
    foreach item $items {
        lassign $item kind a b
        if {![info exists Num($a)]} { Classify $a }
        lassign $Num($a) ta va
        if {$ta ne "i"} { continue }
        if {$kind eq "value"} {
            if {$va == $number} { return 1 }
            continue
        }
        if {![info exists Num($b)]} { Classify $b }
        lassign $Num($b) tb vb
        if {$tb eq "i" && $va <= $number && $number <= $vb} { return 1 }
    }
    return 0
}

proc ::cdl::expr::InDoubles {number items} {
    variable Num
    foreach item $items {
        lassign $item kind a b
        if {![info exists Num($a)]} { Classify $a }
        lassign $Num($a) ta va
        if {$ta eq "s"} { continue }
        if {$kind eq "value"} {
            if {double($va) == $number} { return 1 }
            continue
        }
        if {![info exists Num($b)]} { Classify $b }
        lassign $Num($b) tb vb
        # Integer ranges hold integers only.
        if {$tb eq "s" || ($ta eq "i" && $tb eq "i")} { continue }
        if {double($va) <= $number && $number <= double($vb)} { return 1 }
    }
    return 0
}

# §6.3 truth, with numeric zero in any spelling being false.
proc ::cdl::expr::truth {v} {
    if {$v eq "1"} { return 1 }
    if {$v eq "0" || $v eq ""} { return 0 }
    variable Num
    if {![info exists Num($v)]} { Classify $v }
    lassign $Num($v) type number
    if {$type ne "s"} { return [expr {$number != 0}] }
    expr {$v ni {false False FALSE}}
}

# truth of a reference, sparing a call in the usual 0/1 cases.
proc ::cdl::expr::RefTruth {name} {
    set v [::cdl::model::ref_value $name]
    if {$v eq "1"} { return 1 }
    if {$v eq "0" || $v eq ""} { return 0 }
    truth $v
}

proc ::cdl::expr::EvalError {message} {
    return -code error -errorcode {CDL EVAL} $message
}

# ---------------------------------------------------------------------------
# Numbers and their display formats (§5.4)

# Records the numeric reading of TEXT in Num.
proc ::cdl::expr::Classify {text} {
    variable Num
    variable NumCount
    variable NumLimit
    if {[incr NumCount] > $NumLimit} {
        array unset Num
        set NumCount 1
    }
    # Matched without capturing, then taken apart: Tcl's regexps run
    # many times slower with capturing groups.
    if {[regexp {^[[:space:]]*[-+]?(?:0[xX][0-9A-Fa-f]+|0[0-7]*|[1-9][0-9]*)[[:space:]]*$} $text]} {
        regexp {[^[:space:]].*[^[:space:]]|[^[:space:]]} $text digits
        set sign ""
        if {[string index $digits 0] in {- +}} {
            set sign [string index $digits 0]
            set digits [string range $digits 1 end]
        }
        set hex ""; set oct ""; set dec ""
        if {[string match {0[xX]*} $digits]} {
            set hex [string range $digits 2 end]
        } elseif {[string index $digits 0] eq "0"} {
            set oct [string range $digits 1 end]
        } else {
            set dec $digits
        }
        set reading [IntegerReading $sign $hex $oct $dec]
        if {$reading ne ""} { return [set Num($text) $reading] }
    }
    if {[regexp {^[[:space:]]*([-+]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?[0-9]+))?[[:space:]]*$} \
            $text -> sign whole fraction exponent]
            && ($whole ne "" || $fraction ne "")} {
        # Rebuilt without leading zeros, which Tcl would take for octal.
        set whole [string trimleft $whole 0]
        if {$whole eq ""} { set whole 0 }
        if {$fraction eq ""} { set fraction 0 }
        if {$exponent eq ""} { set exponent 0 }
        set exponent [string trimleft $exponent +]
        set exponent [regsub {^(-?)0+([0-9])} $exponent {\1\2}]
        set number [expr "double($sign$whole.${fraction}e$exponent)"]
        return [set Num($text) [list d $number]]
    }
    return [set Num($text) s]
}

# {i VALUE FORMAT} for the pieces of an integer text, "" when it does not
# fit in 64 bits.
proc ::cdl::expr::IntegerReading {sign hex oct dec} {
    if {$hex ne ""} {
        set value [UnsignedDigits x $hex]
        set format x
    } elseif {$dec ne ""} {
        set value $dec
        if {$value > 0x8000000000000000} { return "" }
        set format d
    } else {
        set value [UnsignedDigits o $oct]
        set format [expr {$oct eq "" ? "d" : "o"}]
    }
    if {$value eq ""} { return "" }
    if {$sign eq "-"} {
        set value [expr {-$value}]
        if {$format ne "d"} { set value [Wrap $value] }
    }
    if {$value > 0x7FFFFFFFFFFFFFFF} { return "" }
    return [list i [expr {$value + 0}] $format]
}

# Wraps an integer to signed 64 bits, like C int64 arithmetic.
proc ::cdl::expr::Wrap {v} {
    expr {(($v + 0x8000000000000000) & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000}
}

proc ::cdl::expr::FormatInt {v format} {
    switch -- $format {
        x {
            if {$v == 0} { return 0x0 }
            if {$v < 0} { set v [expr {$v + 0x10000000000000000}] }
            if {$v <= 0xFFFFFFFF} { return [format 0x%08llX $v] }
            return [format 0x%016llX $v]
        }
        o {
            if {$v == 0} { return 0 }
            if {$v < 0} { set v [expr {$v + 0x10000000000000000}] }
            return [format 0%llo $v]
        }
    }
    return $v
}

proc ::cdl::expr::FormatDouble {d} {
    format %.15G $d
}

# ---------------------------------------------------------------------------
# Operators used by compiled expressions

# + - * / on two values.
proc ::cdl::expr::Arith {op a b} {
    variable Num
    if {![info exists Num($a)]} { Classify $a }
    if {![info exists Num($b)]} { Classify $b }
    lassign $Num($a) ta x fa
    lassign $Num($b) tb y fb
    if {$ta eq "i" && $tb eq "i"} {
        switch -- $op {
            add { set r [expr {$x + $y}] }
            sub { set r [expr {$x - $y}] }
            mul { set r [expr {$x * $y}] }
            div {
                if {$y == 0} { EvalError "Division by zero error: `$a' / `$b'." }
                set r [CDivide $x $y]
            }
        }
        if {$r > 0x7FFFFFFFFFFFFFFF || $r < -0x8000000000000000} {
            set r [Wrap $r]
        }
        if {$fa ne "d"} { return [FormatInt $r $fa] }
        if {$fb ne "d"} { return [FormatInt $r $fb] }
        return $r
    }
    if {$ta eq "s" || $tb eq "s"} {
        EvalError [ArithMessage $op $a $b]
    }
    switch -- $op {
        add { set r [expr {double($x) + double($y)}] }
        sub { set r [expr {double($x) - double($y)}] }
        mul { set r [expr {double($x) * double($y)}] }
        div {
            if {$y == 0} { EvalError "Division by zero error: `$a' / `$b'." }
            set r [expr {double($x) / double($y)}]
        }
    }
    FormatDouble $r
}

proc ::cdl::expr::ArithMessage {op a b} {
    set verb [dict get {add add sub subtract mul multiply div divide} $op]
    set sym [dict get {add + sub - mul * div /} $op]
    return "Attempt to $verb non-numerical values: `$a' $sym `$b'."
}

# C division truncates towards zero where Tcl floors.
proc ::cdl::expr::CDivide {x y} {
    set q [expr {$x / $y}]
    if {$x % $y != 0 && ($x < 0) != ($y < 0)} { incr q }
    return $q
}

# % << >> & | ^ on two values, integers only.
proc ::cdl::expr::IntOp {op a b} {
    variable Num
    if {![info exists Num($a)]} { Classify $a }
    if {![info exists Num($b)]} { Classify $b }
    lassign $Num($a) ta x fa
    lassign $Num($b) tb y fb
    if {$ta ne "i" || $tb ne "i"} {
        lassign [dict get {
            mod {remainder %} shl {{left shift} <<} shr {{right shift} >>}
            bitand {{bitwise and} &} bitor {{bitwise or} |}
            bitxor {{bitwise xor} ^}
        } $op] name sym
        EvalError "Attempt to use the $name operator on non integral data:\
            `$a' $sym `$b'."
    }
    switch -- $op {
        mod {
            if {$y == 0} { EvalError "Division by zero error: `$a' % `$b'." }
            set r [expr {$x % $y}]
            # C's remainder takes the sign of the dividend.
            if {$r != 0 && ($x < 0) != ($y < 0)} { set r [expr {$r - $y}] }
        }
        shl { set r [Shift $x $y] }
        shr { set r [Shift $x [expr {-$y}]] }
        bitand { set r [expr {$x & $y}] }
        bitor { set r [expr {$x | $y}] }
        bitxor { set r [expr {$x ^ $y}] }
    }
    if {$fa ne "d"} { return [FormatInt $r $fa] }
    if {$fb ne "d"} { return [FormatInt $r $fb] }
    return $r
}

# Shifts left by N bits (right when negative) within 64 bits; counts of
# 64 or more shift everything out.
proc ::cdl::expr::Shift {x n} {
    if {$n >= 64} { return 0 }
    if {$n >= 0} { return [Wrap [expr {$x << $n}]] }
    if {$n <= -64} { return [expr {$x < 0 ? -1 : 0}] }
    expr {$x >> -$n}
}

# < <= > >=; numeric operands only.
proc ::cdl::expr::Compare {op a b} {
    variable Num
    if {![info exists Num($a)]} { Classify $a }
    if {![info exists Num($b)]} { Classify $b }
    lassign $Num($a) ta x
    lassign $Num($b) tb y
    if {$ta eq "s" || $tb eq "s"} {
        set sym [dict get {lt < le <= gt > ge >=} $op]
        EvalError "Attempt to compare non-numerical values: `$a' $sym `$b'."
    }
    if {$ta ne "i" || $tb ne "i"} {
        set x [expr {double($x)}]
        set y [expr {double($y)}]
    }
    switch -- $op {
        lt { expr {$x < $y} }
        le { expr {$x <= $y} }
        gt { expr {$x > $y} }
        ge { expr {$x >= $y} }
    }
}

# ==: numeric when both sides are numbers, else text equality.
proc ::cdl::expr::Equal {a b} {
    if {$a eq $b} { return 1 }
    variable Num
    if {![info exists Num($a)]} { Classify $a }
    if {![info exists Num($b)]} { Classify $b }
    lassign $Num($a) ta x
    lassign $Num($b) tb y
    if {$ta eq "s" || $tb eq "s"} { return 0 }
    if {$ta eq "i" && $tb eq "i"} { return [expr {$x == $y}] }
    expr {double($x) == double($y)}
}

# Unary - + ~ keep the operand's display format.
proc ::cdl::expr::Negate {a} {
    variable Num
    if {![info exists Num($a)]} { Classify $a }
    lassign $Num($a) type x format
    switch -- $type {
        i { return [FormatInt [Wrap [expr {-$x}]] $format] }
        d { return [FormatDouble [expr {-$x}]] }
    }
    EvalError "Attempt to negate non-numeric value `$a'."
}

proc ::cdl::expr::UnaryPlus {a} {
    variable Num
    if {![info exists Num($a)]} { Classify $a }
    lassign $Num($a) type x format
    switch -- $type {
        i { return [FormatInt $x $format] }
        d { return [FormatDouble $x] }
    }
    EvalError "Attempt to apply unary plus to non-numeric value `$a'."
}

proc ::cdl::expr::BitNot {a} {
    variable Num
    if {![info exists Num($a)]} { Classify $a }
    lassign $Num($a) type x format
    if {$type ne "i"} {
        EvalError "Attempt to use the bitwise not operator on non integral\
            data: ~`$a'."
    }
    FormatInt [expr {~$x}] $format
}

proc ::cdl::expr::Indirect {name} {
    if {![::cdl::model::is_loaded $name]} {
        EvalError "Attempt to apply unary indirection operator * to `$name',\
            which is not the name of a known CDL entity."
    }
    ::cdl::model::ref_value $name
}

# A leading space in the needle also matches the start of the haystack, a
# trailing one its end: padding the haystack gives exactly that.
proc ::cdl::expr::IsSubstr {haystack needle} {
    expr {$needle eq "" || [string first $needle " $haystack "] >= 0}
}

proc ::cdl::expr::IsXSubstr {haystack needle} {
    expr {$needle eq "" || [string first $needle $haystack] >= 0}
}

# ---------------------------------------------------------------------------
# Compiler: AST -> Tcl script

proc ::cdl::expr::Compile {ast} {
    variable Compiled
    variable CompiledCount
    set name ::cdl::expr::compiled::e[incr CompiledCount]
    proc $name {} [Body $ast]
    set Compiled($ast) $name
}

# The body of a proc returning the value of AST.
proc ::cdl::expr::Body {ast} {
    set word [Word $ast]
    if {[string index $word 0] eq "\["} {
        return [string range $word 1 end-1]
    }
    return "return -level 0 $word"
}

# A leaf of the expression being compiled, a name or a constant, as a
# Tcl word: the value itself, or the next parameter of a shape's proc.
proc ::cdl::expr::Leaf {value} {
    variable Params
    if {$Params < 0} { return [list $value] }
    return "\$p[incr Params]"
}

# ---------------------------------------------------------------------------
# Shapes
#
# Most expressions of a configuration are evaluated once or twice per
# run, too few times to pay for compiling each of them; but they come in
# few forms (`A ? 32 : 16', `A * 2', `A <= 64'...).  An expression's
# shape is its tree with the leaves (names and constants) taken out; one
# proc per shape, compiled on first use, evaluates every expression of
# that shape given its leaves.  Occurrences in the model carry their
# shape, computed when the CDL is loaded (and so kept in the cache).

# {SHAPE LEAVES} of AST: SHAPE lists the nodes in prefix order (leaves as
# their kind alone), LEAVES the leaf values in the same order.
proc ::cdl::expr::shape {ast} {
    set shape {}
    set leaves {}
    set stack [list $ast]
    while {[llength $stack]} {
        set node [lindex $stack end]
        set stack [lrange $stack 0 end-1]
        switch -- [lindex $node 0] {
            const - ref - active {
                lappend shape [lindex $node 0]
                lappend leaves [lindex $node 1]
            }
            func {
                lappend shape [lrange $node 0 1]
                lappend stack {*}[lreverse [lrange $node 2 end]]
            }
            default {
                lappend shape [list [lindex $node 0] [expr {[llength $node] - 1}]]
                lappend stack {*}[lreverse [lrange $node 1 end]]
            }
        }
    }
    list $shape $leaves
}

# The value of AST, whose shape is SHAPE and leaves LEAVES.
proc ::cdl::expr::run {shape leaves ast} {
    variable Shapes
    if {![info exists Shapes($shape)]} { ShapeProc $shape $ast }
    tailcall $Shapes($shape) {*}$leaves
}

# Compiles the proc of SHAPE from AST, one expression of that shape, with
# its leaves as parameters p1, p2...  Nothing is folded: the constants
# are parameters too.
proc ::cdl::expr::ShapeProc {shape ast} {
    variable Shapes
    variable Params
    variable NoFold
    variable CompiledCount
    set Params 0
    set NoFold 1
    try {
        set body [Body $ast]
        set count $Params
    } finally {
        set Params -1
        set NoFold 0
    }
    set params {}
    for {set i 1} {$i <= $count} {incr i} { lappend params p$i }
    set name ::cdl::expr::compiled::s[incr CompiledCount]
    proc $name $params $body
    set Shapes($shape) $name
}

# Constant sub-expressions are evaluated once, at compile time; those that
# fail are left to fail at run time with the proper error.
proc ::cdl::expr::Folded {ast valueVar} {
    variable NoFold
    upvar 1 $valueVar value
    if {$NoFold || [lindex $ast 0] eq "const" || ![IsConstant $ast]} {
        return 0
    }
    set NoFold 1
    set failed [catch {apply [list {} [Body $ast] ::cdl::expr]} value]
    set NoFold 0
    return [expr {!$failed}]
}

proc ::cdl::expr::IsConstant {ast} {
    switch -- [lindex $ast 0] {
        const { return 1 }
        ref - active - indirect { return 0 }
        func {
            if {[lindex $ast 1] ni {is_substr is_xsubstr version_cmp}} {
                return 0
            }
            set args [lrange $ast 2 end]
        }
        default { set args [lrange $ast 1 end] }
    }
    # Last operand first: in the usual left-leaning chains it is a leaf,
    # which keeps compiling long goals linear.
    foreach arg [lreverse $args] {
        if {![IsConstant $arg]} { return 0 }
    }
    return 1
}

# A Tcl word (literal or command substitution) yielding the value of AST.
proc ::cdl::expr::Word {ast} {
    if {[Folded $ast value]} { return [list $value] }
    lassign $ast op a b c
    switch -- $op {
        const { return [Leaf $a] }
        ref { return "\[::cdl::model::ref_value [Leaf $a]\]" }
        active { return "\[::cdl::model::is_active [Leaf $a]\]" }
        not - and - or - implies - xor - eqv - lt - le - gt - ge - ne {
            return "\[expr {[Test $ast]}\]"
        }
        eq { return "\[::cdl::expr::Equal [Word $a] [Word $b]\]" }
        add - sub - mul - div {
            return "\[::cdl::expr::Arith $op [Word $a] [Word $b]\]"
        }
        mod - shl - shr - bitand - bitor - bitxor {
            return "\[::cdl::expr::IntOp $op [Word $a] [Word $b]\]"
        }
        concat { return "\[string cat [Word $a] [Word $b]\]" }
        neg { return "\[::cdl::expr::Negate [Word $a]\]" }
        plus { return "\[::cdl::expr::UnaryPlus [Word $a]\]" }
        bitnot { return "\[::cdl::expr::BitNot [Word $a]\]" }
        indirect { return "\[::cdl::expr::Indirect [Word $a]\]" }
        cond {
            return "\[if {[Test $a]} {lindex [Word $b]} else {lindex [Word $c]}\]"
        }
        func { return [FunctionWord $ast] }
    }
    error "unknown expression node `$op'"
}

proc ::cdl::expr::FunctionWord {ast} {
    lassign $ast - name a b
    switch -- $name {
        is_substr { return "\[::cdl::expr::IsSubstr [Word $a] [Word $b]\]" }
        is_xsubstr { return "\[::cdl::expr::IsXSubstr [Word $a] [Word $b]\]" }
        version_cmp {
            return "\[::cdl::version::compare [Word $a] [Word $b]\]"
        }
    }
    # is_loaded is_active is_enabled get_data take {ref NAME}.
    return "\[::cdl::model::$name [Leaf [lindex $a 1]]\]"
}

# The expr operand for a left-leaning chain of the same operator OP (as
# long goals are), walked in a loop rather than by recursion.
proc ::cdl::expr::Chain {ast op symbol} {
    set terms {}
    while {[lindex $ast 0] eq $op} {
        lappend terms [lindex $ast 2]
        set ast [lindex $ast 1]
    }
    set parts [list [Test $ast]]
    foreach term [lreverse $terms] {
        lappend parts [Test $term]
    }
    return "([join $parts " $symbol "])"
}

# An expr operand yielding the truth (0/1) of AST. implies, xor and eqv
# use | ^ == on 0/1 operands so that both sides are always evaluated.
proc ::cdl::expr::Test {ast} {
    if {[Folded $ast value]} { return [truth $value] }
    lassign $ast op a b
    switch -- $op {
        const {
            variable Params
            if {$Params >= 0} { return "\[::cdl::expr::truth [Leaf $a]\]" }
            return [truth $a]
        }
        ref { return "\[::cdl::expr::RefTruth [Leaf $a]\]" }
        not { return "!([Test $a])" }
        and { return [Chain $ast and &&] }
        or { return [Chain $ast or ||] }
        implies { return "(!([Test $a]) | [Test $b])" }
        xor { return "([Test $a] ^ [Test $b])" }
        eqv { return "([Test $a] == [Test $b])" }
        eq { return "\[::cdl::expr::Equal [Word $a] [Word $b]\]" }
        ne { return "!\[::cdl::expr::Equal [Word $a] [Word $b]\]" }
        lt - le - gt - ge {
            return "\[::cdl::expr::Compare $op [Word $a] [Word $b]\]"
        }
        active { return "\[::cdl::model::is_active [Leaf $a]\]" }
        func {
            if {$a in {is_loaded is_active is_enabled is_substr is_xsubstr}} {
                return [Word $ast]
            }
        }
    }
    return "\[::cdl::expr::truth [Word $ast]\]"
}
