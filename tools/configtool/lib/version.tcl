# Version-name ordering shared by the package database, templates and the
# CDL function version_cmp(): newest first, `current' newer than anything.
namespace eval ::cdl::version {
    namespace export compare sort
}

# Returns -1 when A is newer than B, 1 when B is newer, 0 when equal.
proc ::cdl::version::compare {a b} {
    if {$a eq $b} { return 0 }
    if {$a eq "current"} { return -1 }
    if {$b eq "current"} { return 1 }
    if {[string match {[vV]*} $a] && [string match {[vV]*} $b]} {
        set a [string range $a 1 end]
        set b [string range $b 1 end]
    }
    set i 0; set j 0
    set la [string length $a]; set lb [string length $b]
    while 1 {
        if {$i >= $la && $j >= $lb} { return 0 }
        if {$i >= $la} {
            return [expr {[IsSeparator [string index $b $j]] ? 1 : -1}]
        }
        if {$j >= $lb} {
            return [expr {[IsSeparator [string index $a $i]] ? -1 : 1}]
        }
        set ca [string index $a $i]; set cb [string index $b $j]
        if {[string is digit $ca] && [string is digit $cb]} {
            regexp -start $i {\d+} $a na
            regexp -start $j {\d+} $b nb
            # Compare as decimal numbers of any length without octal traps.
            set na [string trimleft $na 0]; set nb [string trimleft $nb 0]
            if {[string length $na] != [string length $nb]} {
                return [expr {[string length $na] > [string length $nb] ? -1 : 1}]
            }
            if {$na ne $nb} { return [expr {$na > $nb ? -1 : 1}] }
            incr i [string length [lindex [regexp -inline -start $i {\d+} $a] 0]]
            incr j [string length [lindex [regexp -inline -start $j {\d+} $b] 0]]
            continue
        }
        if {$ca eq $cb} { incr i; incr j; continue }
        set sa [IsSeparator $ca]; set sb [IsSeparator $cb]
        if {$sa && $sb} { incr i; incr j; continue }
        if {$sa} { return -1 }
        if {$sb} { return 1 }
        return [expr {[string compare $ca $cb] > 0 ? -1 : 1}]
    }
}

proc ::cdl::version::IsSeparator {c} {
    expr {$c in {. - _}}
}

# Sorts version names newest first.
proc ::cdl::version::sort {versions} {
    lsort -command ::cdl::version::compare $versions
}
