# Reading testsuite/permutations: a list of configurations, each a target,
# a template and option settings. The file is evaluated in a safe
# interpreter that knows only the words of the format.

namespace eval ::perm {
    variable current
    variable result
}

# Parse FILE; returns a list of dicts with keys name, target, template,
# debug (0/1) and settings (a list of option/value pairs).
proc ::perm::read {file} {
    variable result {}
    set fd [open $file]
    set text [::read $fd]
    close $fd
    set interp [interp create -safe]
    try {
        $interp alias permutation ::perm::Permutation $interp $file
        $interp eval $text
    } trap {PERM} {msg} {
        error $msg {} PERM
    } on error {msg} {
        error "$file: $msg" {} PERM
    } finally {
        interp delete $interp
    }
    return $result
}

proc ::perm::Permutation {interp file name body} {
    variable current [dict create name $name target "" template default \
                          debug 0 settings {}]
    variable result
    foreach word {target template debug set} {
        $interp alias $word ::perm::Word_$word
    }
    $interp eval $body
    foreach word {target template debug set} {
        $interp alias $word {}
    }
    if {[dict get $current target] eq ""} {
        error "$file: permutation $name names no target" {} PERM
    }
    foreach other $result {
        if {[dict get $other name] eq $name} {
            error "$file: permutation $name appears twice" {} PERM
        }
    }
    lappend result $current
}

proc ::perm::Word_target {target} {
    variable current
    dict set current target $target
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
