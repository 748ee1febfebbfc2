# The quarantine file: tests that are known to fail, each with the reason.
# A quarantined test is not run; it is reported as skipped with its
# reason, so that it stays in sight until the entry is removed.
#
#   quarantine PATTERN REASON
#
# PATTERN is a glob matched against the test's full name,
# TARGET-PERMUTATION/TEST (for example riscv32_virt-*/kexcept1).

if {[info commands ::safefile::evaluate] eq ""} {
    source [file join [file dirname [file normalize [info script]]] safefile.tcl]
}

namespace eval ::quarantine {
    variable entries {}
}

# Parse FILE (which need not exist); returns a list of pattern/reason pairs.
proc ::quarantine::read {file} {
    variable entries {}
    if {![file exists $file]} {
        return {}
    }
    ::safefile::evaluate $file QUARANTINE [list apply {{file interp} {
        $interp alias quarantine ::quarantine::Entry $file
    }} $file]
    return $entries
}

proc ::quarantine::Entry {file args} {
    variable entries
    if {[llength $args] != 2} {
        error "$file: usage: quarantine PATTERN REASON" {} QUARANTINE
    }
    lassign $args pattern reason
    if {[string trim $reason] eq ""} {
        error "$file: quarantine $pattern gives no reason" {} QUARANTINE
    }
    lappend entries $pattern $reason
}

# The reason test NAME is quarantined under ENTRIES, or "" if it is not.
proc ::quarantine::reason {entries name} {
    foreach {pattern reason} $entries {
        if {[string match $pattern $name]} {
            return $reason
        }
    }
    return ""
}
