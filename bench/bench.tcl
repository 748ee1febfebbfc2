#!/usr/bin/env tclsh
# The Cygnet benchmarks (`make bench'):
#
#   bench.tcl [OPTION]...
#
# For each target: builds the benchmark configuration (the kernel
# template, -O2, stack checking off) in BUILDDIR/TARGET-bench, builds the
# programs of bench/src and the latency test kernel/tests/tm_basic.c
# against it and runs them (on QEMU with -icount shift=0, where one
# virtual ns is one instruction, or as Linux processes); builds the tiny, kernel and default templates at -Os and
# -O2 and measures the kernel's size in each; prints the tables with the
# goals; writes BUILDDIR/TARGET.json; compares it with
# bench/baseline/TARGET.json and prints a REGRESSION line for each value
# worse by more than 2%. Nothing fails on time or size: the exit status
# is 1 only when something does not build or a program fails.

set here [file dirname [file normalize [info script]]]
set srcdir [file dirname $here]
foreach module {targets runner build} {
    source [file join $srcdir testsuite lib $module.tcl]
}
foreach module {json trees footprint programs results goals report compare} {
    source [file join $here lib $module.tcl]
}

set usage_text {usage: bench.tcl [OPTION]...
  --srcdir DIR         the repository (default: the one holding this script)
  --builddir DIR       build trees and results (default: build/bench)
  --target NAME,...    only these targets (default: every target)
  -j N                 make jobs (default 2)
  --timeout SECONDS    time limit of one program (default 300)
  --threshold PCT      a change worse than this is a regression (default 2)
  --baseline-dir DIR   the baselines (default: SRCDIR/bench/baseline)
  --update-baseline    after the run, make its results the baselines
  --baseline-only      run nothing: make the last results the baselines
  --tclsh PATH         the Tcl shell that runs ecosconfig (default: this one)
  --qemu-arm PATH --qemu-riscv32 PATH
                       the emulators (default: found in PATH)
  --help               print this help}

proc usage {{message ""}} {
    if {$message ne ""} {
        puts stderr "bench.tcl: $message"
    }
    puts stderr $::usage_text
    exit 2
}

proc parse_args {argv} {
    set opts [dict create srcdir $::srcdir builddir build/bench target {} \
                  jobs 2 timeout 300 threshold 2 baseline-dir "" \
                  update-baseline 0 baseline-only 0 \
                  tclsh [info nameofexecutable] qemu-arm "" qemu-riscv32 ""]
    while {[llength $argv]} {
        set argv [lassign $argv arg]
        if {$arg in {--help -h}} {
            puts $::usage_text
            exit 0
        }
        if {$arg eq "-j"} {
            set arg --jobs
        }
        set key [string range $arg 2 end]
        if {$key in {update-baseline baseline-only}} {
            dict set opts $key 1
        } elseif {[string match --* $arg] && [dict exists $opts $key]} {
            if {![llength $argv]} {
                usage "$arg needs a value"
            }
            set argv [lassign $argv value]
            dict set opts $key $value
        } else {
            usage "unknown argument $arg"
        }
    }
    dict set opts target [split [dict get $opts target] ,]
    if {![llength [dict get $opts target]]} {
        dict set opts target [::targets::known]
    }
    foreach target [dict get $opts target] {
        if {$target ni [::targets::known]} {
            usage "unknown target $target (known: [join [::targets::known] {, }])"
        }
    }
    if {[dict get $opts baseline-dir] eq ""} {
        dict set opts baseline-dir [file join [dict get $opts srcdir] bench baseline]
    }
    foreach key {srcdir builddir baseline-dir} {
        dict set opts $key [file normalize [dict get $opts $key]]
    }
    return $opts
}

proc emulators {opts} {
    set tools {}
    foreach {key emulator} {qemu-arm qemu-system-arm qemu-riscv32 qemu-system-riscv32} {
        if {[dict get $opts $key] ne ""} {
            dict set tools $emulator [dict get $opts $key]
        }
    }
    return $tools
}

proc seconds_since {start} {
    return [format %.1f [expr {([clock milliseconds] - $start) / 1000.0}]]
}

# Builds a tree, saying so; returns "" or the reason it failed.
proc build_tree {opts dir target template settings cflags_edit} {
    set start [clock milliseconds]
    set reason [::trees::build $dir $target $template $settings $cflags_edit \
                    [dict get $opts srcdir] [dict get $opts tclsh] [dict get $opts jobs]]
    set verdict [expr {$reason eq "" ? "built" : "FAILED"}]
    puts "  $verdict [file tail $dir] ([seconds_since $start] s)"
    flush stdout
    return $reason
}

# The kernel's size in the tiny, kernel and default templates, at -Os
# and -O2: template -> level -> {text data bss}.
proc measure_footprint {opts target failuresVar} {
    upvar 1 $failuresVar failures
    set sizes [dict create]
    foreach template {tiny kernel default} {
        foreach level {Os O2} {
            set dir [file join [dict get $opts builddir] $target-$template-$level]
            set reason [build_tree $opts $dir $target $template {} \
                            [list ::trees::optimize -$level]]
            if {$reason ne ""} {
                lappend failures $reason
                continue
            }
            dict set sizes $template $level [::footprint::kernel $dir]
        }
    }
    return $sizes
}

# Builds and runs the programs; returns their outcomes.
proc run_programs {opts target failuresVar} {
    upvar 1 $failuresVar failures
    set dir [file join [dict get $opts builddir] $target-bench]
    set reason [build_tree $opts $dir $target kernel \
                    {CYGFUN_KERNEL_THREADS_STACK_CHECKING 0} {}]
    if {$reason ne ""} {
        lappend failures $reason
        return {}
    }
    set programs [::programs::build $target $dir [dict get $opts srcdir] failures]
    # QEMU's icount makes its runs independent of the host's load; host
    # timing on linux is disturbed enough by one other program.
    set parallel [expr {$target eq "linux" ? 1 : 2}]
    set start [clock milliseconds]
    set outcomes [::programs::run $target $programs [emulators $opts] \
                      $parallel [dict get $opts timeout]]
    puts "  ran [dict size $outcomes] programs ([seconds_since $start] s)"
    dict for {name outcome} $outcomes {
        if {[dict get $outcome verdict] eq "fail"} {
            lappend failures "$target $name: [dict get $outcome reason] (see [dict get $programs $name].out)"
        }
    }
    return $outcomes
}

proc write_results {opts result} {
    set file [file join [dict get $opts builddir] [dict get $result target].json]
    set fd [open $file w]
    puts $fd [::json::encode $result $::results::text_paths]
    close $fd
    return $file
}

# Copies each target's last results over its baseline.
proc update_baselines {opts} {
    set missing 0
    file mkdir [dict get $opts baseline-dir]
    foreach target [dict get $opts target] {
        set from [file join [dict get $opts builddir] $target.json]
        set to [file join [dict get $opts baseline-dir] $target.json]
        if {![file exists $from]} {
            puts stderr "bench.tcl: no results for $target ($from): run the benchmarks first"
            set missing 1
            continue
        }
        file copy -force $from $to
        puts "baseline $target: $to now holds the results of $from"
    }
    return $missing
}

proc bench_target {opts target failuresVar} {
    upvar 1 $failuresVar failures
    puts "== $target"
    flush stdout
    set outcomes [run_programs $opts $target failures]
    set footprint [measure_footprint $opts $target failures]
    set result [::results::collect $target $outcomes $footprint]
    set file [write_results $opts $result]
    puts ""
    ::report::print $result
    set regressions [::compare::report $result \
                         [file join [dict get $opts baseline-dir] $target.json] \
                         [dict get $opts threshold]]
    puts "results: $file"
    puts ""
    return $regressions
}

proc main {argv} {
    set opts [parse_args $argv]
    if {[dict get $opts baseline-only]} {
        exit [update_baselines $opts]
    }
    set start [clock milliseconds]
    file mkdir [dict get $opts builddir]
    set failures {}
    set regressions 0
    foreach target [dict get $opts target] {
        incr regressions [bench_target $opts $target failures]
    }
    foreach failure $failures {
        puts "FAILED: $failure"
    }
    puts "bench: [llength [dict get $opts target]] targets, [llength $failures] failures, $regressions regressions (over [dict get $opts threshold]%), [seconds_since $start] s"
    if {[llength $failures]} {
        exit 1
    }
    if {[dict get $opts update-baseline]} {
        exit [update_baselines $opts]
    }
    exit 0
}

main $argv
