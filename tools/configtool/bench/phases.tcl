# Times the phases of the configuration tool inside one process, so that
# loading, resolving and saving can be told apart:
#   tclsh phases.tcl REPOSITORY TARGET TEMPLATE [RUNS]
# Prints one line per phase: the median over RUNS of milliseconds.
set here [file dirname [file normalize [info script]]]
set tool [file join [file dirname $here] lib load.tcl]
lassign $argv repo target template runs
if {$runs eq ""} { set runs 5 }

# Milliseconds SCRIPT takes in interpreter RUN.
proc ms {run script} {
    set t [clock microseconds]
    interp eval $run $script
    expr {([clock microseconds] - $t) / 1000.0}
}

set scratch [file join [pwd] phases.ecc]
# A cache of its own: "load" reads the CDL, "cached load" restores it.
set ::env(ECOSCONFIG_CACHE) [file join [pwd] phases-cache]
set phases {database load {cached load} resolve save reload}
foreach phase $phases { set times($phase) {} }
set load_configuration [list apply {{target template} {
    ::cdl::model::reset
    ::cdl::config::set_hardware $target
    ::cdl::savefile::apply_template $template ""
}} $target $template]
for {set i 0} {$i < $runs} {incr i} {
    # Every run starts from nothing, as a command-line invocation does:
    # in an interpreter of its own, with none of the tool's memos.
    set run [interp create]
    interp eval $run [list source $tool]
    interp eval $run {set ::cdl::diag::channel stderr}
    lappend times(database) [ms $run [list ::cdl::db::load [list $repo]]]
    file delete -force $::env(ECOSCONFIG_CACHE)
    lappend times(load) [ms $run $load_configuration]
    lappend times(cached\ load) [ms $run $load_configuration]
    lappend times(resolve) [ms $run {::cdl::infer::resolve; ::cdl::conflicts::all}]
    lappend times(save) [ms $run [list ::cdl::savefile::write $scratch]]
    lappend times(reload) [ms $run [list ::cdl::savefile::read $scratch load]]
    set nodes [interp eval $run {llength [::cdl::model::nodes]}]
    interp delete $run
}
file delete $scratch
file delete -force $::env(ECOSCONFIG_CACHE)
foreach phase $phases {
    set sorted [lsort -real $times($phase)]
    puts [format "  %-12s %9.1f" $phase [lindex $sorted [expr {[llength $sorted] / 2}]]]
}
puts [format "  (%d nodes)" $nodes]
