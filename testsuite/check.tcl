#!/usr/bin/env tclsh
# The Cygnet testsuite driver:
#
#   tclsh testsuite/check.tcl --srcdir DIR --builddir DIR [-j N]
#         [--timeout SECONDS] [--only NAME,...] [--cc CC] [--unit-cflags FLAGS]
#         [--unit-libs LIBS]
#
# builds every permutation of testsuite/permutations for the targets this
# driver can run (so far: linux), runs every target test of each built
# tree, compiles and runs the host unit tests (Check) of every package
# against each tree, and ends with `N passed, N failed, N skipped'.
# The exit status is 0 when nothing failed.

set here [file dirname [file normalize [info script]]]
source [file join $here lib permutations.tcl]
source [file join $here lib build.tcl]
source [file join $here lib runner.tcl]

proc usage {} {
    puts stderr "usage: check.tcl --srcdir DIR --builddir DIR \[-j N\] \[--timeout SECONDS\] \[--only NAME,...\] \[--cc CC\] \[--unit-cflags FLAGS\] \[--unit-libs LIBS\]"
    exit 2
}

proc parse_args {argv} {
    set opts [dict create srcdir "" builddir "" jobs 2 timeout 60 only {} \
                  cc cc unit-cflags "-std=gnu11 -O2 -g -Wall -Wextra -Werror" \
                  unit-libs "-lcheck"]
    while {[llength $argv]} {
        set argv [lassign $argv arg]
        switch -- $arg {
            --srcdir - --builddir - --timeout - --cc - --unit-cflags - --unit-libs {
                if {![llength $argv]} usage
                set argv [lassign $argv value]
                dict set opts [string range $arg 2 end] $value
            }
            -j {
                if {![llength $argv]} usage
                set argv [lassign $argv value]
                dict set opts jobs $value
            }
            --only {
                if {![llength $argv]} usage
                set argv [lassign $argv value]
                dict set opts only [split $value ,]
            }
            default usage
        }
    }
    if {[dict get $opts srcdir] eq "" || [dict get $opts builddir] eq ""} usage
    return $opts
}

# Targets whose tests this driver runs, and how.
proc runnable {target} {
    return [expr {$target eq "linux"}]
}

proc describe {dir} {
    set header [file join $dir install include pkgconf kernel.h]
    set facts {}
    if {![file exists $header]} {
        return "no kernel"
    }
    set fd [open $header]
    set text [read $fd]
    close $fd
    foreach {macro label} {
        CYGSEM_KERNEL_SCHED_MLQUEUE   "mlqueue scheduler"
        CYGSEM_KERNEL_SCHED_BITMAP    "bitmap scheduler"
        CYGSEM_KERNEL_SCHED_TIMESLICE "timeslicing"
        CYGVAR_KERNEL_THREADS_NAME    "thread names"
        CYGFUN_KERNEL_THREADS_STACK_CHECKING "stack checking"
        CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT "stack measurement"
    } {
        if {[regexp -line "^#define $macro\\M" $text]} {
            lappend facts $label
        }
    }
    set infra [file join $dir install include pkgconf infra.h]
    set fd [open $infra]
    set text [read $fd]
    close $fd
    lappend facts [expr {[regexp -line {^#define CYGDBG_USE_ASSERTS\M} $text]
                         ? "assertions" : "no assertions"}]
    return [join $facts ", "]
}

# Host unit tests: <package>/tests/unit/check_*.c anywhere in the
# repository. A test that needs the running kernel says so with the line
# `/* cygnet-unit: link extras.o */' and is linked with the start-up
# objects too.
proc unit_sources {srcdir} {
    set found {}
    foreach top {packages hal kernel} {
        lappend found {*}[::build::files [file join $srcdir $top] \
                              {string match */tests/unit/check_*.c}]
    }
    return $found
}

proc unit_build {opts source dir} {
    set inc [file join $dir install include]
    set lib [file join $dir install lib]
    set exe [file join $dir unit [file rootname [file tail $source]]]
    file mkdir [file dirname $exe]
    set fd [open $source]
    set text [read $fd]
    close $fd
    set objects {}
    if {[string first "cygnet-unit: link extras.o" $text] >= 0} {
        lappend objects [file join $lib extras.o]
    }
    set command [list [dict get $opts cc] {*}[dict get $opts unit-cflags] \
                     -I$inc -o $exe $source {*}$objects \
                     [file join $lib libtarget.a] {*}[dict get $opts unit-libs]]
    if {[catch {exec {*}$command 2>@1} msg]} {
        return [list "" $msg]
    }
    return [list $exe ""]
}

set totals [dict create pass 0 fail 0 skip 0]

proc report {test} {
    global totals
    set verdict [dict get $test verdict]
    dict incr totals $verdict
    set word [dict get {pass PASS fail FAIL skip SKIP} $verdict]
    set line [format "%-4s %-40s %6.2fs" $word [dict get $test name] \
                  [dict get $test seconds]]
    if {$verdict ne "pass"} {
        append line "  [dict get $test reason]"
    }
    puts $line
    flush stdout
}

proc show_tail {file count} {
    set fd [open $file]
    set lines [split [string trimright [read $fd]] \n]
    close $fd
    foreach line [lrange $lines end-[expr {$count - 1}] end] {
        puts "    $line"
    }
}

proc count_failure {name reason} {
    report [dict create name $name verdict fail reason $reason seconds 0]
}

proc main {argv} {
    global totals
    set opts [parse_args $argv]
    set srcdir [file normalize [dict get $opts srcdir]]
    set builddir [file normalize [dict get $opts builddir]]
    set tclsh [info nameofexecutable]
    try {
        set perms [::perm::read [file join $srcdir testsuite permutations]]
    } trap {PERM} {msg} {
        puts stderr "check.tcl: $msg"
        exit 2
    }
    set units [unit_sources $srcdir]
    foreach perm $perms {
        set name [dict get $perm name]
        set target [dict get $perm target]
        if {[llength [dict get $opts only]] && $name ni [dict get $opts only]} {
            continue
        }
        if {![runnable $target]} {
            continue
        }
        set dir [file join $builddir $target-$name]
        puts "== $target-$name: building"
        flush stdout
        set reason [::build::permutation $perm $dir $srcdir $tclsh [dict get $opts jobs]]
        if {$reason ne ""} {
            count_failure "$target-$name (build)" $reason
            show_tail [file join $dir build.log] 25
            continue
        }
        puts "== $target-$name: [describe $dir]"
        set tests {}
        file mkdir [file join $dir logs]
        foreach exe [::build::tests $dir] {
            set short [file tail $exe]
            lappend tests [dict create kind target name "$target-$name/$short" \
                               command [list $exe] \
                               log [file join $dir logs $short.log]]
        }
        foreach source $units {
            lassign [unit_build $opts $source $dir] exe error
            set short [file rootname [file tail $source]]
            if {$exe eq ""} {
                count_failure "$target-$name/$short (build)" "does not compile"
                puts [join [lrange [split $error \n] 0 24] \n]
                continue
            }
            lappend tests [dict create kind unit name "$target-$name/$short" \
                               command [list $exe] \
                               log [file join $dir logs $short.log]]
        }
        ::runner::run_all $tests [dict get $opts jobs] [dict get $opts timeout] report
    }
    puts "[dict get $totals pass] passed, [dict get $totals fail] failed, [dict get $totals skip] skipped"
    exit [expr {[dict get $totals fail] > 0}]
}

main $argv
