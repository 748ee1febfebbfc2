# Conflict detection (cdl.md §10): unsatisfied requires, illegal values
# and expressions that cannot be evaluated.  Conflicts are recomputed
# from scratch from the model's derived state whenever they are asked for.
namespace eval ::cdl::conflicts {}

# Returns the current conflicts in configuration order.  Each is a dict:
#   node, kind (requires|illegal|eval), prop (PropName as in savefiles),
#   text (explanation), line (CDL line of the property), occ (occurrence).
proc ::cdl::conflicts::all {} {
    variable cached
    if {[info exists cached] && [lindex $cached 0] == $::cdl::model::generation} {
        return [lindex $cached 1]
    }
    set result [Compute]
    set cached [list $::cdl::model::generation $result]
    return $result
}

proc ::cdl::conflicts::Compute {} {
    set order {}
    set found [dict create]
    foreach pkg [::cdl::model::packages] {
        foreach n [::cdl::model::owned $pkg] {
            lappend order $n
            set c [OfNode $n]
            if {[llength $c]} { dict set found $n $c }
        }
    }
    # Evaluation errors are known only once every value has been computed.
    set errors [dict create]
    foreach e [::cdl::model::eval_errors] {
        lassign $e name propname msg occ
        set label [expr {$propname eq "ActiveIf" ? "Goal expression" : "Expression"}]
        dict lappend errors $name [EvalConflict $name $propname $msg $occ $label]
    }
    set result {}
    foreach n $order {
        if {[dict exists $errors $n]} { lappend result {*}[dict get $errors $n] }
        if {[dict exists $found $n]} { lappend result {*}[dict get $found $n] }
    }
    return $result
}

# Requires and legal_values conflicts of one node.
proc ::cdl::conflicts::OfNode {n} {
    namespace upvar ::cdl::model P P N N
    set result {}
    if {![::cdl::model::is_active $n]} { return {} }
    # Force the value so that default/calculated errors are recorded.
    lassign [::cdl::model::value $n] enabled
    if {$N(flavor,$n) in {none data}} { set enabled 1 }
    if {!$enabled} { return {} }
    if {[info exists P($n,requires)]} {
        foreach occ $P($n,requires) {
            try {
                set ok [::cdl::expr::truth [::cdl::expr::eval [dict get $occ ast]]]
            } trap {CDL EVAL} {msg} {
                lappend result [EvalConflict $n Requires $msg $occ "Goal expression"]
                continue
            }
            if {!$ok} {
                lappend result [dict create node $n kind requires prop Requires \
                    text "\"requires\" constraint not satisfied: [dict get $occ text]" \
                    line [dict get $occ line] occ $occ]
            }
        }
    }
    if {[info exists P($n,legal_values)] && $N(flavor,$n) in {data booldata}} {
        set c [LegalValueConflict $n]
        if {$c ne ""} { lappend result $c }
    }
    return $result
}

proc ::cdl::conflicts::LegalValueConflict {n} {
    set occ [::cdl::model::prop $n legal_values]
    try {
        set items [LegalList $occ]
    } trap {CDL EVAL} {msg} {
        return [EvalConflict $n LegalValues $msg $occ "List expression"]
    }
    set data [::cdl::model::get_data $n]
    if {[::cdl::expr::in_list $data $items]} { return "" }
    dict create node $n kind illegal prop LegalValues \
        text "Illegal current value $data\nLegal values are: [dict get $occ text]" \
        line [dict get $occ line] occ $occ
}

# The evaluated legal values; lists that refer to nothing (`1 to 32')
# are evaluated once.
proc ::cdl::conflicts::LegalList {occ} {
    variable constant_lists
    set items [dict get $occ items]
    if {[dict get $occ refs] ne ""} { return [::cdl::expr::eval_list $items] }
    if {![info exists constant_lists($items)]} {
        set constant_lists($items) [::cdl::expr::eval_list $items]
    }
    return $constant_lists($items)
}

proc ::cdl::conflicts::EvalConflict {n propname msg occ label} {
    dict create node $n kind eval prop $propname \
        text "$n, property $propname\nError while evaluating expression: $msg\n$label: [dict get $occ text]" \
        line [dict get $occ line] occ $occ
}

# `C NAME, EXPLANATION` lines (repository.md §5.4), followed by the CDL
# file and line of the failing property.
proc ::cdl::conflicts::format_line {c} {
    set n [dict get $c node]
    set lines [split [dict get $c text] \n]
    set out "C $n, [lindex $lines 0]"
    foreach l [lrange $lines 1 end] { append out "\n  $l" }
    lassign [::cdl::model::location $n] file
    append out "\n  at $file:[dict get $c line]"
    return $out
}
