# The benchmark programs: each C file of bench/src is one, and the
# latency program is the kernel's test tm_basic, so that one source both
# checks and measures the basic operations. They are built against the
# benchmark tree, run on its target the way the testsuite runs tests
# (testsuite/lib/targets.tcl, runner.tcl: same command lines, time limit
# and PASS/FAIL/EXIT judgement), and read for their BENCH lines.
#
# The headers the programs share live beside tm_basic in kernel/tests (a
# test includes only from its own package); the others find them on their
# include path. Bench compiles tm_basic itself rather than running the
# one `make tests' builds: its tree is built without the tests, and it
# asks for more samples than a test takes (TM_BASIC_SAMPLES), enough for
# the averages of a coarse clock to settle.

namespace eval ::programs {
    # Program name -> extra compiler flags.
    variable flags {latency -DTM_BASIC_SAMPLES=1024}
}

# The programs, name -> source, in the order of their names.
proc ::programs::sources {srcdir} {
    set sources [dict create latency \
                     [file join $srcdir kernel tests tm_basic.c]]
    foreach source [glob -directory [file join $srcdir bench src] *.c] {
        dict set sources [file rootname [file tail $source]] $source
    }
    return [lsort -stride 2 -index 0 $sources]
}

# Builds every program against TARGET's tree in DIR into DIR/bench.
# Returns a dict name -> executable; adds what failed to FAILURES.
proc ::programs::build {target dir srcdir failuresVar} {
    upvar 1 $failuresVar failures
    variable flags
    set include [file join $srcdir kernel tests]
    set built [dict create]
    dict for {name source} [sources $srcdir] {
        set exe [file join $dir bench $name]
        set extra [expr {[dict exists $flags $name] ? [dict get $flags $name] : {}}]
        set reason [::trees::program $dir $source [list $include] $exe $extra]
        if {$reason eq ""} {
            dict set built $name $exe
        } else {
            lappend failures "$target $reason"
        }
    }
    return $built
}

# Runs the programs (name -> executable) on TARGET, PARALLEL at a time.
# Returns a dict name -> {verdict V reason R lines {BENCH line ...}}.
proc ::programs::run {target programs tools parallel timeout} {
    variable outcomes [dict create]
    set tests {}
    dict for {name exe} $programs {
        lappend tests [dict create name $name kind target log $exe.out \
                           command [::targets::command $target $exe $tools]]
    }
    ::runner::run_all $tests $parallel $timeout ::programs::Finished
    # In the order given, not the order in which the runs ended.
    return [dict map {name exe} $programs {dict get $outcomes $name}]
}

proc ::programs::Finished {test} {
    variable outcomes
    set lines {}
    set fd [open [dict get $test log]]
    foreach line [split [read $fd] \n] {
        if {[string match "BENCH *" $line]} {
            lappend lines $line
        }
    }
    close $fd
    dict set outcomes [dict get $test name] [dict create \
        verdict [dict get $test verdict] reason [dict get $test reason] \
        lines $lines]
}

# One BENCH line as a dict: kind, name (but for "clock"), and its
# key=value fields.
proc ::programs::parse {line} {
    set words [regexp -inline -all {\S+="[^"]*"|\S+} $line]
    set record [dict create kind [lindex $words 1]]
    set fields [lrange $words 2 end]
    if {[dict get $record kind] ne "clock"} {
        set fields [lassign $fields name]
        dict set record name $name
    }
    foreach field $fields {
        if {[regexp {^(\w+)=(.*)$} $field -> key value]} {
            dict set record $key [string trim $value \"]
        }
    }
    return $record
}
