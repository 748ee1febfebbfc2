# Reading testsuite/permutations: a list of configurations, each a target,
# a template and option settings.

if {[info commands ::safefile::evaluate] eq ""} {
    source [file join [file dirname [file normalize [info script]]] safefile.tcl]
}

namespace eval ::perm {
    variable current
    variable result
    variable targets {}
    variable names {}
    variable file
}

# Parse FILE; returns a list of dicts with keys name (the permutation's
# name), target, template, debug (0/1) and settings (a list of
# option/value pairs): one dict for every target a permutation is built
# for, in file order, each permutation's targets in the order given.
proc ::perm::read {file} {
    variable result {}
    variable targets {}
    variable names {}
    set ::perm::file $file
    ::safefile::evaluate $file PERM {apply {{interp} {
        $interp alias permutation ::perm::Permutation $interp
        $interp alias targets ::perm::Targets
    }}}
    return $result
}

proc ::perm::Fail {message} {
    variable file
    error "$file: $message" {} PERM
}

# `targets T...': the targets of every later permutation that names none.
proc ::perm::Targets {args} {
    variable targets $args
}

proc ::perm::Permutation {interp name body} {
    variable current [dict create name $name targets {} template default \
                          debug 0 settings {}]
    variable result
    variable targets
    foreach word {target template debug set} {
        $interp alias $word ::perm::Word_$word
    }
    try {
        $interp eval $body
    } finally {
        foreach word {target template debug set} {
            $interp alias $word {}
        }
    }
    set chosen [dict get $current targets]
    if {![llength $chosen]} {
        set chosen $targets
    }
    if {![llength $chosen]} {
        Fail "permutation $name names no target"
    }
    variable names
    if {$name in $names} {
        Fail "permutation $name appears twice"
    }
    lappend names $name
    dict unset current targets
    foreach target $chosen {
        lappend result [dict replace $current target $target]
    }
}

proc ::perm::Word_target {args} {
    variable current
    dict set current targets $args
}

proc ::perm::Word_template {template} {
    variable current
    dict set current template $template
}

proc ::perm::Word_debug {} {
    variable current
    dict set current debug 1
}

proc ::perm::Word_set {option value} {
    variable current
    dict lappend current settings $option $value
}
