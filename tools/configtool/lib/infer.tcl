# The inference engine (cdl.md §11): resolves "requires" conflicts by
# changing values that nobody chose explicitly.  A change is tried inside
# a trial; it is kept only if the goal now holds and no new conflict is
# left (new conflicts are themselves resolved, up to a depth of three).
# Values whose current source is user or wizard are never changed: such a
# solution needs the user's confirmation, which a batch tool cannot ask.
namespace eval ::cdl::infer {
    # Nodes changed by inference in this transaction -> value text before.
    variable touched [dict create]
    # When set, solutions may change user values (used to show candidate
    # solutions with -v, always rolled back).
    variable allow_user 0
    # Changes made by the current trial: list of {node enabled data}.
    variable changes {}
    variable max_depth 3
}

# Resolves every conflict it can.  Returns the `U` report lines.
proc ::cdl::infer::resolve {} {
    variable touched
    set touched [dict create]
    set failed [dict create]
    while 1 {
        set progress 0
        foreach c [::cdl::conflicts::all] {
            if {[dict get $c kind] ne "requires"} { continue }
            set key [Key $c]
            if {[dict exists $failed $key]} { continue }
            if {[ResolveOne $c 0]} {
                set progress 1
                break
            }
            dict set failed $key 1
        }
        if {!$progress} { break }
    }
    return [ReportLines]
}

proc ::cdl::infer::Key {c} {
    list [dict get $c node] [dict get $c prop] [dict get $c line] [dict get $c text]
}

proc ::cdl::infer::ReportLines {} {
    variable touched
    if {![dict size $touched]} { return {} }
    set lines {}
    foreach n [::cdl::model::nodes] {
        if {![dict exists $touched $n]} { continue }
        if {[::cdl::model::source $n] ne "inferred"} { continue }
        set now [::cdl::model::value_text $n]
        if {$now eq [dict get $touched $n]} { continue }
        set text [join [split $now \n] "\n    "]
        lappend lines "U $n, new inferred value $text"
    }
    return $lines
}

# Tries to resolve conflict C; keeps the changes and returns 1 on success.
proc ::cdl::infer::ResolveOne {c depth} {
    set before [dict create]
    foreach other [::cdl::conflicts::all] { dict set before [Key $other] 1 }
    set goal [dict get [dict get $c occ] ast]
    set node [dict get $c node]
    foreach attempt [list [list MakeTrue $goal 1] [list DisableOwner $node]] {
        set mark [::cdl::model::begin_trial]
        set ok [expr {[{*}$attempt] && [Settled $c $before $depth]}]
        if {!$ok} { ::cdl::model::rollback $mark }
        ::cdl::model::end_trial
        if {$ok} { return 1 }
    }
    return 0
}

# After a trial: the conflict is gone and every conflict that the trial
# introduced could be resolved in turn.
proc ::cdl::infer::Settled {c before depth} {
    variable max_depth
    set key [Key $c]
    foreach other [::cdl::conflicts::all] {
        set k [Key $other]
        if {$k eq $key} { return 0 }
        if {[dict exists $before $k]} { continue }
        if {[dict get $other kind] ne "requires" || $depth >= $max_depth} { return 0 }
        if {![ResolveOne $other [expr {$depth + 1}]]} { return 0 }
    }
    return 1
}

proc ::cdl::infer::DisableOwner {node} {
    if {[::cdl::model::flavor $node] ni {bool booldata}} { return 0 }
    Infer $node 0 [::cdl::model::get_data $node]
}

# Changes NODE's inferred value, if nobody chose it explicitly.
proc ::cdl::infer::Infer {node enabled data} {
    variable touched; variable allow_user; variable changes
    if {![::cdl::model::exists $node] || ![::cdl::model::is_modifiable $node]} { return 0 }
    set src [::cdl::model::source $node]
    if {$src in {user wizard} && !$allow_user} { return 0 }
    if {![dict exists $touched $node]} {
        dict set touched $node [::cdl::model::value_text $node]
    }
    set flavor [::cdl::model::flavor $node]
    if {$flavor eq "bool"} { set data "" }
    if {$flavor eq "data"} { set enabled 1 }
    lappend changes [list $node $enabled $data]
    ::cdl::model::set_value $node inferred $enabled $data
    if {$src in {user wizard}} {
        # Only in a candidate solution: show what overriding would do.
        ::cdl::model::force_source $node inferred
    }
    return 1
}

proc ::cdl::infer::Truth {ast} {
    try {
        ::cdl::expr::truth [::cdl::expr::eval $ast]
    } trap {CDL EVAL} {} {
        return -1
    }
}

proc ::cdl::infer::Value {ast} {
    ::cdl::expr::eval $ast
}

# Makes AST evaluate to truth WANT by changing the values it refers to.
proc ::cdl::infer::MakeTrue {ast want} {
    set now [Truth $ast]
    if {$now == $want} { return 1 }
    if {$now < 0} { return 0 }
    set args [lrange $ast 1 end]
    switch -- [lindex $ast 0] {
        ref { return [SetTruth [lindex $ast 1] $want] }
        not { return [MakeTrue [lindex $ast 1] [expr {!$want}]] }
        and { return [Junction {*}$args $want 1] }
        or { return [Junction {*}$args $want 0] }
        implies {
            return [Junction [list not [lindex $ast 1]] [lindex $ast 2] $want 0]
        }
        eq - ne {
            set equal [expr {([lindex $ast 0] eq "eq") == $want}]
            return [MakeEqual {*}$args $equal]
        }
        ge - gt - le - lt { return [MakeOrdered {*}$ast $want] }
        func { return [MakeFunction {*}$args $want] }
        cond {
            lassign $args c a b
            set branch [expr {[Truth $c] == 1 ? $a : $b}]
            return [MakeTrue $branch $want]
        }
    }
    return 0
}

# Both sides of an && made true (conjunctive 1) or one of an || (0);
# the negations follow De Morgan.
proc ::cdl::infer::Junction {a b want conjunctive} {
    if {$want == $conjunctive} {
        return [expr {[MakeTrue $a $want] && [MakeTrue $b $want]}]
    }
    foreach side [list $a $b] {
        set mark [::cdl::model::begin_trial]
        set ok [expr {[MakeTrue $side $want]
            && [Truth [list [expr {$conjunctive ? "and" : "or"}] $a $b]] == ($want ? 1 : 0)}]
        if {!$ok} { ::cdl::model::rollback $mark }
        ::cdl::model::end_trial
        if {$ok} { return 1 }
    }
    return 0
}

proc ::cdl::infer::SetTruth {name want} {
    if {![::cdl::model::exists $name]} { return 0 }
    switch -- [::cdl::model::flavor $name] {
        bool { set ok [Infer $name $want ""] }
        booldata {
            set data [::cdl::model::get_data $name]
            if {$want && ![::cdl::expr::truth $data]} { set data 1 }
            set ok [Infer $name $want $data]
        }
        data { set ok [Infer $name 1 [expr {$want ? 1 : 0}]] }
        default { return 0 }
    }
    expr {$ok && [::cdl::model::is_active $name]}
}

# Makes A == B (EQUAL 1) or A != B (EQUAL 0) hold.
proc ::cdl::infer::MakeEqual {a b equal} {
    foreach {x y} [list $a $b $b $a] {
        if {[lindex $x 0] ne "ref"} { continue }
        set name [lindex $x 1]
        if {![::cdl::model::exists $name]} { continue }
        try {
            set target [Value $y]
        } trap {CDL EVAL} {} { continue }
        if {[::cdl::model::kind $name] eq "interface"} {
            if {$equal && [string is wideinteger -strict $target]} {
                return [SetImplementorCount $name $target]
            }
            continue
        }
        if {!$equal} { continue }
        if {[SetData $name $target]} { return 1 }
    }
    return 0
}

proc ::cdl::infer::SetData {name data} {
    if {![::cdl::model::exists $name]} { return 0 }
    switch -- [::cdl::model::flavor $name] {
        data { set ok [Infer $name 1 $data] }
        booldata { set ok [Infer $name [::cdl::expr::truth $data] $data] }
        bool { set ok [Infer $name [::cdl::expr::truth $data] ""] }
        default { return 0 }
    }
    expr {$ok && [::cdl::model::is_active $name]}
}

# Enables or disables implementors of interface NAME until COUNT of them
# are active and enabled.
proc ::cdl::infer::SetImplementorCount {name count} {
    set impls [::cdl::model::implementors $name]
    set current [lindex [::cdl::model::value $name] 1]
    if {![string is integer -strict $current]} { set current [::cdl::model::get_data $name] }
    if {$current > $count} {
        # Disable the implementors nobody chose first.
        foreach impl [lreverse $impls] {
            if {$current <= $count} { break }
            if {![::cdl::model::is_active $impl] || ![::cdl::model::is_enabled $impl]} { continue }
            if {[Infer $impl 0 [::cdl::model::get_data $impl]]} {
                set current [::cdl::model::get_data $name]
            }
        }
    } else {
        foreach impl $impls {
            if {$current >= $count} { break }
            if {[::cdl::model::is_enabled $impl] || ![::cdl::model::is_active $impl]} { continue }
            set data [::cdl::model::get_data $impl]
            if {![::cdl::expr::truth $data]} { set data 1 }
            if {[Infer $impl 1 $data]} {
                set current [::cdl::model::get_data $name]
            }
        }
    }
    expr {$current == $count}
}

# X >= v, X > v, X <= v, X < v with one side a reference.
proc ::cdl::infer::MakeOrdered {op a b want} {
    if {!$want} {
        set op [dict get {ge lt gt le le gt lt ge} $op]
    }
    if {[lindex $a 0] eq "ref"} {
        set name [lindex $a 1]; set other $b
    } elseif {[lindex $b 0] eq "ref"} {
        set name [lindex $b 1]; set other $a
        set op [dict get {ge le gt lt le ge lt gt} $op]
    } else {
        return 0
    }
    try {
        set v [Value $other]
    } trap {CDL EVAL} {} { return 0 }
    if {![string is wideinteger -strict $v]} { return 0 }
    set v [expr {$v}]
    switch -- $op {
        gt { incr v }
        lt { incr v -1 }
    }
    SetData $name $v
}

proc ::cdl::infer::MakeFunction {fn args} {
    set want [lindex $args end]
    set args [lrange $args 0 end-1]
    set first [lindex $args 0]
    if {[lindex $first 0] ne "ref"} { return 0 }
    set name [lindex $first 1]
    if {![::cdl::model::exists $name]} { return 0 }
    switch -- $fn {
        is_enabled {
            set data [::cdl::model::get_data $name]
            return [Infer $name $want $data]
        }
        get_data { return [SetTruth $name $want] }
        is_substr - is_xsubstr {
            try {
                set needle [Value [lindex $args 1]]
            } trap {CDL EVAL} {} { return 0 }
            set data [::cdl::model::get_data $name]
            if {$want} {
                set data "[string trimright $data] [string trim $needle]"
            } else {
                set data [string map [list [string trim $needle] ""] $data]
            }
            return [SetData $name $data]
        }
    }
    return 0
}

# Possible solutions for a conflict that needs the user's confirmation
# (ecosconfig -v): the changes a trial would make, rolled back.
proc ::cdl::infer::candidate {c} {
    variable allow_user; variable changes; variable touched
    set saved_touched $touched
    set allow_user 1
    set changes {}
    set mark [::cdl::model::begin_trial]
    set ok 0
    try {
        set before [dict create]
        foreach other [::cdl::conflicts::all] { dict set before [Key $other] 1 }
        set ok [expr {[MakeTrue [dict get [dict get $c occ] ast] 1] && [Settled $c $before 0]}]
        set result $changes
    } finally {
        ::cdl::model::rollback $mark
        ::cdl::model::end_trial
        set allow_user 0
        set touched $saved_touched
    }
    if {!$ok} { return {} }
    set seen [dict create]
    foreach ch $result { dict set seen [lindex $ch 0] $ch }
    return [dict values $seen]
}
