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

# The requires and legal_values conflicts of every active node, then the
# evaluation errors met on the way.  After a change to a few values only
# the nodes whose results the model forgot are looked at again (see
# ::cdl::model::values_changed); the others keep their conflicts.
proc ::cdl::conflicts::Compute {} {
    variable found
    set dirty [::cdl::model::take_dirty]
    set owners [lmap pkg [::cdl::model::packages] { ::cdl::model::owned $pkg }]
    if {$dirty eq "*" || ![info exists found]} {
        set found [dict create]
        foreach owned $owners {
            foreach n $owned {
                set c [OfNode $n]
                if {[llength $c]} { dict set found $n $c }
            }
        }
    } else {
        foreach n [dict keys $dirty] {
            dict unset found $n
            if {![::cdl::model::exists $n]} { continue }
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
    if {![dict size $errors] && ![dict size $found]} { return {} }
    set result {}
    foreach n [concat {*}$owners] {
        if {[dict exists $errors $n]} { lappend result {*}[dict get $errors $n] }
        if {[dict exists $found $n]} { lappend result {*}[dict get $found $n] }
    }
    return $result
}

# The requires and legal_values conflicts of node N.  The model's arrays
# are read directly: this runs for every node of the configuration.
proc ::cdl::conflicts::OfNode {n} {
    namespace upvar ::cdl::model P_requires P_requires \
        P_legal_values P_legal_values Flavor Flavor Active Active
    if {[info exists Active($n)] ? !$Active($n) : ![::cdl::model::ComputeActive $n]} {
        return {}
    }
    # Force the value so that default/calculated errors are recorded.
    set value [::cdl::model::value $n]
    set flavor $Flavor($n)
    if {$flavor ne "none" && $flavor ne "data" && ![lindex $value 0]} { return {} }
    set result {}
    if {[info exists P_requires($n)]} {
        foreach occ $P_requires($n) {
            try {
                set ok [::cdl::expr::truth [::cdl::model::evaluate $occ]]
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
    if {[info exists P_legal_values($n)] && ($flavor eq "data" || $flavor eq "booldata")} {
        set occ $P_legal_values($n)
        try {
            set legal [IsLegal [lindex $value 1] $occ]
        } trap {CDL EVAL} {msg} {
            lappend result [EvalConflict $n LegalValues $msg $occ "List expression"]
            set legal 1
        }
        if {!$legal} {
            lappend result [dict create node $n kind illegal prop LegalValues \
                text "Illegal current value [lindex $value 1]\nLegal values are: [dict get $occ text]" \
                line [dict get $occ line] occ $occ]
        }
    }
    return $result
}

# Whether VALUE is among the legal values of occurrence OCC.  Most lists
# refer to nothing (`1 to 32') and most values recur, so for such a list
# the answer is kept for each value met.
proc ::cdl::conflicts::IsLegal {value occ} {
    variable constant_legal
    set items [dict get $occ items]
    if {[dict get $occ refs] ne ""} {
        return [::cdl::expr::in_list $value [::cdl::expr::eval_list $items]]
    }
    set key [list $items $value]
    if {![info exists constant_legal($key)]} {
        set constant_legal($key) [::cdl::expr::in_list $value [::cdl::expr::eval_list $items]]
    }
    return $constant_legal($key)
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
