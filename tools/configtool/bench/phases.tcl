# Times the phases of the configuration tool, so that loading, resolving
# and saving can be told apart:
#   tclsh phases.tcl REPOSITORY TARGET TEMPLATE [RUNS]
# Prints one line per phase: the median over RUNS of milliseconds.
#
# Each run is three fresh processes, as command-line invocations are:
# one loads the configuration with an empty CDL cache, resolves it and
# saves it; one loads it from the cache; one reads the saved file back.
# (Timing them in one process would time each phase on the memory the
# previous ones left behind, which is slower than a real run.)  Helper
# processes are not used: these are the costs of one process.
set here [file dirname [file normalize [info script]]]
set tool [file join [file dirname $here] lib load.tcl]

# Milliseconds SCRIPT takes.
proc ms {script} {
    set t [clock microseconds]
    uplevel #0 $script
    expr {([clock microseconds] - $t) / 1000.0}
}

# One process of a run: prints {PHASE MS ...}.
proc child {mode repo target template scratch} {
    source $::tool
    set ::cdl::diag::channel stderr
    set times [list database [ms [list ::cdl::db::load [list $repo]]]]
    set load [list apply {{target template} {
        ::cdl::model::reset
        ::cdl::config::set_hardware $target
        ::cdl::savefile::apply_template $template ""
    }} $target $template]
    switch -- $mode {
        cold {
            lappend times load [ms $load]
            lappend times resolve [ms {::cdl::infer::resolve; ::cdl::conflicts::all}]
            lappend times save [ms [list ::cdl::savefile::write $scratch]]
            lappend times nodes [llength [::cdl::model::nodes]]
        }
        cached { lappend times {cached load} [ms $load] }
        reload { lappend times reload [ms [list ::cdl::savefile::read $scratch load]] }
    }
    puts $times
}

if {[lindex $argv 0] eq "-child"} {
    child {*}[lrange $argv 1 end]
    exit 0
}

lassign $argv repo target template runs
if {$runs eq ""} { set runs 5 }
set scratch [file join [pwd] phases.ecc]
set cache [file join [pwd] phases-cache]
set ::env(ECOSCONFIG_CACHE) $cache
set ::env(ECOSCONFIG_JOBS) 1
set phases {database load {cached load} resolve save reload}
foreach phase $phases { set times($phase) {} }
for {set i 0} {$i < $runs} {incr i} {
    file delete -force $cache
    foreach mode {cold cached reload} {
        set out [exec [info nameofexecutable] [info script] -child \
            $mode $repo $target $template $scratch]
        dict for {phase t} $out {
            # The database is timed in every process: the first says it.
            if {$phase eq "nodes"} {
                set nodes $t
            } elseif {$phase ne "database" || $mode eq "cold"} {
                lappend times($phase) $t
            }
        }
    }
}
file delete $scratch
file delete -force $cache
foreach phase $phases {
    set sorted [lsort -real $times($phase)]
    puts [format "  %-12s %9.1f" $phase [lindex $sorted [expr {[llength $sorted] / 2}]]]
}
puts [format "  (%d nodes)" $nodes]
