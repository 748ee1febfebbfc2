# Times the phases of the configuration tool inside one process, so that
# loading, resolving and saving can be told apart:
#   tclsh phases.tcl REPOSITORY TARGET TEMPLATE [RUNS]
# Prints one line per phase: the median over RUNS of milliseconds.
set here [file dirname [file normalize [info script]]]
source [file join [file dirname $here] lib load.tcl]
lassign $argv repo target template runs
if {$runs eq ""} { set runs 5 }
set ::cdl::diag::channel stderr

proc ms {script} {
    set t [clock microseconds]
    uplevel #0 $script
    expr {([clock microseconds] - $t) / 1000.0}
}

set scratch [file join [pwd] phases.ecc]
# A cache of its own: "load" reads the CDL, "cached load" restores it.
set ::env(ECOSCONFIG_CACHE) [file join [pwd] phases-cache]
set phases {database load {cached load} resolve save reload}
foreach phase $phases { set times($phase) {} }
proc load_configuration {target template} {
    ::cdl::model::reset
    ::cdl::config::set_hardware $target
    ::cdl::savefile::apply_template $template ""
}
for {set i 0} {$i < $runs} {incr i} {
    # Every run starts from nothing, as a command-line invocation does.
    namespace eval ::cdl::expr { foreach c {ParsedExpr ParsedGoal ParsedList Compiled Walks Refs Num Shapes Seen Templates} { array unset $c } }
    array unset ::cdl::load::list_refs
    array unset ::cdl::model::constant_defaults
    array unset ::cdl::conflicts::constant_lists
    lappend times(database) [ms [list ::cdl::db::load [list $repo]]]
    file delete -force $::env(ECOSCONFIG_CACHE)
    lappend times(load) [ms [list load_configuration $target $template]]
    lappend times(cached\ load) [ms [list load_configuration $target $template]]
    lappend times(resolve) [ms {::cdl::infer::resolve; ::cdl::conflicts::all}]
    lappend times(save) [ms [list ::cdl::savefile::write $scratch]]
    lappend times(reload) [ms [list ::cdl::savefile::read $scratch load]]
}
file delete $scratch
file delete -force $::env(ECOSCONFIG_CACHE)
foreach phase $phases {
    set sorted [lsort -real $times($phase)]
    puts [format "  %-12s %9.1f" $phase [lindex $sorted [expr {[llength $sorted] / 2}]]]
}
puts [format "  (%d nodes)" [llength [::cdl::model::nodes]]]
