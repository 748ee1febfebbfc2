#!/usr/bin/env tclsh
# The Cygnet testsuite driver.
#
#   check.tcl [OPTION]...                    build every permutation of
#                                            testsuite/permutations and test it
#   check.tcl [OPTION]... --tree DIR         test a tree already built
#                                            (make && make tests)
#   check.tcl [OPTION]... --target T EXE...  run test executables on target T
#
# Each test runs on its target (natively for linux, on QEMU for the
# embedded targets, see lib/targets.tcl) with a time limit, and is judged
# by its PASS:/FAIL:/EXIT:/NOTAPPLICABLE: lines and exit status. The
# driver prints each configuration once, one line per test, and closes
# with `N passed, N failed, N skipped'; it writes JUnit XML and JSON.
# The exit status is 0 when nothing failed.

set here [file dirname [file normalize [info script]]]
foreach module {permutations targets build runner results quarantine} {
    source [file join $here lib $module.tcl]
}
source [file join [file dirname $here] tools configtool lib diag.tcl]
source [file join [file dirname $here] tools configtool lib db.tcl]

set usage_text {usage: check.tcl [OPTION]... [--tree DIR | --target TARGET EXE...]
  --srcdir DIR           the repository (default: the one holding this script)
  --builddir DIR         where permutations are built (default: build/check)
  -j N                   tests, and make jobs, at a time (default 2)
  --timeout SECONDS      time limit of one test (default 60)
  --permutation NAME,... only these permutations (--only is the same)
  --target NAME,...      only these targets
  --test PATTERN,...     only tests whose name matches a glob pattern
  --package NAME,...     only tests of these packages (name, alias or directory)
  --quarantine FILE      quarantined tests (default: testsuite/quarantine)
  --junit FILE           JUnit XML results (default: BUILDDIR/results.xml)
  --json FILE            JSON results (default: BUILDDIR/results.json)
  --tree DIR             test the tree built in DIR instead of the permutations
  --cc CC --unit-cflags FLAGS --unit-libs LIBS
                         compiler and flags for the host unit tests (Check)
  --qemu-arm PATH --qemu-riscv32 PATH
                         the emulators (default: found in PATH)
  --help                 print this help}

proc usage {{message ""}} {
    if {$message ne ""} {
        puts stderr "check.tcl: $message"
    }
    puts stderr $::usage_text
    exit 2
}

# Options whose value is a comma-separated list.
set list_options {permutation target test package}

proc parse_args {argv} {
    global here list_options
    set opts [dict create srcdir [file dirname $here] builddir build/check \
                  jobs 2 timeout 60 permutation {} target {} test {} \
                  package {} quarantine "" junit "" json "" tree "" \
                  cc cc unit-cflags "-std=gnu11 -O2 -g -Wall -Wextra -Werror" \
                  unit-libs "-lcheck" qemu-arm "" qemu-riscv32 "" files {}]
    while {[llength $argv]} {
        set argv [lassign $argv arg]
        if {$arg in {--help -h}} {
            puts $::usage_text
            exit 0
        }
        if {$arg eq "-j"} {
            set arg --jobs
        } elseif {$arg eq "--only"} {
            set arg --permutation
        }
        set key [string range $arg 2 end]
        if {[string match --* $arg] && [dict exists $opts $key] && $key ne "files"} {
            if {![llength $argv]} {
                usage "$arg needs a value"
            }
            set argv [lassign $argv value]
            if {$key in $list_options} {
                set value [split $value ,]
            }
            dict set opts $key $value
        } elseif {[string match -* $arg]} {
            usage "unknown option $arg"
        } else {
            dict lappend opts files $arg
        }
    }
    if {![string is integer -strict [dict get $opts jobs]] || [dict get $opts jobs] < 1} {
        usage "-j needs a positive number"
    }
    if {![string is integer -strict [dict get $opts timeout]] || [dict get $opts timeout] < 1} {
        usage "--timeout needs a positive number of seconds"
    }
    if {[llength [dict get $opts files]]} {
        if {[llength [dict get $opts target]] != 1} {
            usage "test executables need exactly one --target"
        }
        if {[dict get $opts tree] ne ""} {
            usage "give either --tree or test executables, not both"
        }
    }
    foreach key {srcdir builddir tree} {
        if {[dict get $opts $key] ne ""} {
            dict set opts $key [file normalize [dict get $opts $key]]
        }
    }
    set builddir [dict get $opts builddir]
    foreach {key default} [list junit $builddir/results.xml json $builddir/results.json \
                               quarantine [dict get $opts srcdir]/testsuite/quarantine] {
        if {[dict get $opts $key] eq ""} {
            dict set opts $key $default
        }
    }
    return $opts
}

# ---------------------------------------------------------------------
# Packages: which package a test belongs to, and the --package filter.

proc load_repository {srcdir} {
    if {[catch {::cdl::db::load [list $srcdir]} msg]} {
        puts stderr "check.tcl: $msg"
        exit 2
    }
}

# The package whose directory is DIR (relative to the repository).
proc package_of_dir {dir} {
    foreach name [::cdl::db::packages] {
        if {[::cdl::db::package $name directory] eq $dir} {
            return $name
        }
    }
    return $dir
}

# The package names the --package filter accepts.
proc wanted_packages {names} {
    set wanted {}
    foreach given $names {
        set found [package_of_dir $given]
        if {![::cdl::db::has_package $found]} {
            set found [::cdl::db::resolve_package $given]
        }
        if {![::cdl::db::has_package $found]} {
            usage "--package: unknown package $given"
        }
        lappend wanted $found
    }
    return $wanted
}

# ---------------------------------------------------------------------
# Describing a configuration: the target, the compiler and the options
# that shape the kernel, printed once per configuration.

proc read_file {file} {
    set fd [open $file]
    set text [read $fd]
    close $fd
    return $text
}

proc compiler {tree} {
    set mak [file join $tree install include pkgconf ecos.mak]
    if {![file exists $mak]} {
        return "unknown compiler"
    }
    set text [read_file $mak]
    regexp -line {^ECOS_COMMAND_PREFIX = ?(.*)$} $text -> prefix
    regexp -line {^ECOS_GLOBAL_CFLAGS = (.*)$} $text -> cflags
    set cc "[string trim $prefix]gcc"
    if {[catch {exec $cc -dumpfullversion} version]} {
        set version "(not found)"
    }
    set optimisation [lsearch -all -inline -glob $cflags -O*]
    return "$cc $version [lindex $optimisation end]"
}

proc describe {tree} {
    set facts [list [compiler $tree]]
    set header [file join $tree install include pkgconf kernel.h]
    if {![file exists $header]} {
        lappend facts "no kernel"
    } else {
        set text [read_file $header]
        foreach {macro label} {
            CYGSEM_KERNEL_SCHED_MLQUEUE   "mlqueue scheduler"
            CYGSEM_KERNEL_SCHED_BITMAP    "bitmap scheduler"
            CYGSEM_KERNEL_SCHED_TIMESLICE "timeslicing"
            CYGVAR_KERNEL_THREADS_NAME    "thread names"
            CYGFUN_KERNEL_THREADS_STACK_CHECKING "stack checking"
            CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT "stack measurement"
            CYGFUN_KERNEL_THREADS_RUNTIME_STATS "runtime statistics"
            CYGFUN_KERNEL_THREADS_STACK_ALLOCATION "kernel-allocated stacks"
        } {
            if {[regexp -line "^#define $macro\\M" $text]} {
                lappend facts $label
            }
        }
    }
    set text [read_file [file join $tree install include pkgconf infra.h]]
    lappend facts [expr {[regexp -line {^#define CYGDBG_USE_ASSERTS\M} $text]
                         ? "assertions" : "no assertions"}]
    return [join $facts ", "]
}

# The target a built tree is configured for (from its savefile).
proc tree_target {tree} {
    set ecc [file join $tree ecos.ecc]
    if {![file exists $ecc] || ![regexp -line {^\s*hardware\s+(\S+)\s*;} [read_file $ecc] -> target]} {
        usage "$tree is not a configured build tree (no ecos.ecc naming its target)"
    }
    return $target
}

# ---------------------------------------------------------------------
# Host unit tests: <package>/tests/unit/check_*.c anywhere in the
# repository, built against each linux tree. A test that needs the
# running kernel says so with the line `/* cygnet-unit: link extras.o */'
# and is linked with the start-up objects too.

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
    set objects {}
    if {[string first "cygnet-unit: link extras.o" [read_file $source]] >= 0} {
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

# The packages a built tree is configured with (from its savefile).
proc tree_packages {tree} {
    set found {}
    foreach {- name} [regexp -all -inline -line {^\s*package\s+(?:-\S+\s+)*(\S+)\s+\S+\s*;} \
                          [read_file [file join $tree ecos.ecc]]] {
        lappend found $name
    }
    return $found
}

# The package of a unit test source: the package whose directory holds it.
proc unit_package {srcdir source} {
    set rel [string range $source [string length $srcdir/] end]
    return [package_of_dir [file dirname [file dirname [file dirname $rel]]]]
}

# ---------------------------------------------------------------------
# Reporting

set totals [dict create pass 0 fail 0 skip 0]
set finished {}     ;# the finished tests of the configuration being run

proc report {prefix test} {
    global totals finished
    lappend finished $test
    set verdict [dict get $test verdict]
    dict incr totals $verdict
    set word [dict get {pass PASS fail FAIL skip SKIP} $verdict]
    set line [format "%-4s %-44s %6.2fs" $word $prefix/[dict get $test name] \
                  [dict get $test seconds]]
    if {$verdict ne "pass"} {
        append line "  [dict get $test reason]"
    }
    puts $line
    flush stdout
}

proc show_tail {file count} {
    foreach line [split [::results::Tail $file $count] \n] {
        puts "    $line"
    }
}

# A test that never ran (its build failed, or it is quarantined).
proc not_run {prefix name package verdict reason {log ""}} {
    report $prefix [dict create name $name package $package verdict $verdict \
                        reason $reason seconds 0 log $log]
}

# ---------------------------------------------------------------------
# Selecting and running the tests of one configuration

# Should the test NAME of PACKAGE, in configuration PREFIX, run? Returns
# run, skip (quarantined: the reason is in the variable named by
# REASON_VAR) or omit (filtered out).
proc selection {opts prefix name package wanted reason_var} {
    upvar 1 $reason_var reason
    set patterns [dict get $opts test]
    if {[llength $patterns]} {
        set match 0
        foreach p $patterns {
            if {[string match $p $name]} {
                set match 1
            }
        }
        if {!$match} {
            return omit
        }
    }
    if {[llength $wanted] && $package ni $wanted} {
        return omit
    }
    set reason [::quarantine::reason [dict get $opts quarantined] $prefix/$name]
    return [expr {$reason eq "" ? "run" : "skip"}]
}

# The target tests of a built tree: dicts with name, package and file.
proc tree_tests {tree} {
    set root [file join $tree install tests]
    set found {}
    foreach exe [::build::tests $tree] {
        set rel [string range $exe [string length $root/] end]
        set pkgdir [file dirname [file dirname $rel]]
        lappend found [dict create name [file tail $exe] \
                           package [package_of_dir $pkgdir] file $exe]
    }
    return $found
}

# Runs the test executables TESTS (dicts with name, package and file) of
# configuration PREFIX on TARGET, and the host unit tests UNITS (dicts
# with name, package, file and, for those that did not build, error).
# Returns the finished tests.
proc run_configuration {opts prefix target tree tests units} {
    global finished
    set finished {}
    set wanted [dict get $opts wanted]
    set logs [file join $tree logs]
    file mkdir $logs
    set tools [dict create qemu-system-arm [dict get $opts qemu-arm] \
                   qemu-system-riscv32 [dict get $opts qemu-riscv32]]
    dict for {key value} $tools {
        if {$value eq ""} {
            dict unset tools $key
        }
    }
    set jobs {}
    foreach test [concat $tests $units] {
        set name [dict get $test name]
        set package [dict get $test package]
        switch -- [selection $opts $prefix $name $package $wanted reason] {
            omit continue
            skip {
                not_run $prefix $name $package skip "quarantined: $reason"
                continue
            }
        }
        set log [file join $logs $name.log]
        if {[dict exists $test error]} {
            not_run $prefix $name $package fail "does not compile" $log
            puts [join [lrange [split [dict get $test error] \n] 0 24] \n]
            continue
        }
        if {$test in $units} {
            set kind unit
            set command [list [dict get $test file]]
        } else {
            set kind target
            set command [::targets::command $target [dict get $test file] $tools]
        }
        lappend jobs [dict create kind $kind name $name package $package \
                          command $command log $log]
    }
    ::runner::run_all $jobs [dict get $opts jobs] [dict get $opts timeout] \
        [list report $prefix]
    return [in_given_order $finished [concat $tests $units]]
}

# FINISHED (in the order the tests ended, which parallel runs vary) in the
# order of GIVEN, so that the results of two runs compare equal.
proc in_given_order {finished given} {
    set rank [dict create]
    foreach test $given {
        dict set rank [dict get $test name] [dict size $rank]
    }
    set keyed {}
    foreach test $finished {
        lappend keyed [list [dict get $rank [dict get $test name]] $test]
    }
    set ordered {}
    foreach pair [lsort -integer -index 0 $keyed] {
        lappend ordered [lindex $pair 1]
    }
    return $ordered
}

# ---------------------------------------------------------------------
# The three ways to run

proc check_permutations {opts} {
    set srcdir [dict get $opts srcdir]
    set builddir [dict get $opts builddir]
    try {
        set perms [::perm::read [file join $srcdir testsuite permutations]]
    } trap {PERM} {msg} {
        usage $msg
    }
    set unit_sources [unit_sources $srcdir]
    set runs {}
    foreach perm $perms {
        set name [dict get $perm name]
        set target [dict get $perm target]
        if {[llength [dict get $opts permutation]] && $name ni [dict get $opts permutation]} {
            continue
        }
        if {[llength [dict get $opts target]] && $target ni [dict get $opts target]} {
            continue
        }
        set prefix $target-$name
        set dir [file join $builddir $prefix]
        set ::finished {}
        puts "== $prefix: building"
        flush stdout
        set reason [::build::permutation $perm $dir $srcdir [info nameofexecutable] \
                        [dict get $opts jobs]]
        if {$reason ne ""} {
            not_run $prefix build "" fail $reason [file join $dir build.log]
            show_tail [file join $dir build.log] 25
            lappend runs [dict create name $name prefix $prefix target $target \
                              configuration "build failed" tests $::finished]
            continue
        }
        set config [describe $dir]
        puts "== $prefix: $config"
        set units {}
        if {$target eq "linux"} {
            set configured [tree_packages $dir]
            foreach source $unit_sources {
                set package [unit_package $srcdir $source]
                if {$package ni $configured} {
                    continue
                }
                lassign [unit_build $opts $source $dir] exe error
                set unit [dict create name [file rootname [file tail $source]] \
                              package $package file $exe]
                if {$exe eq ""} {
                    dict set unit error $error
                }
                lappend units $unit
            }
        }
        set tests [run_configuration $opts $prefix $target $dir [tree_tests $dir] $units]
        lappend runs [dict create name $name prefix $prefix target $target \
                          configuration $config tests $tests]
    }
    return $runs
}

proc check_tree {opts} {
    set tree [dict get $opts tree]
    set target [tree_target $tree]
    set config [describe $tree]
    set name [file tail $tree]
    puts "== $name ($target): $config"
    set tests [run_configuration $opts $name $target $tree [tree_tests $tree] {}]
    return [list [dict create name $name prefix $name target $target \
                      configuration $config tests $tests]]
}

proc check_files {opts} {
    set target [dict get $opts target]
    set tests {}
    foreach file [dict get $opts files] {
        if {![file isfile $file]} {
            usage "no such test executable: $file"
        }
        lappend tests [dict create name [file tail $file] package "" \
                           file [file normalize $file]]
    }
    puts "== $target: [llength $tests] test executables from the command line"
    set dir [dict get $opts builddir]
    set tests [run_configuration $opts $target $target $dir $tests {}]
    return [list [dict create name files prefix $target target $target \
                      configuration "executables given on the command line" tests $tests]]
}

proc main {argv} {
    global totals
    set opts [parse_args $argv]
    load_repository [dict get $opts srcdir]
    foreach target [dict get $opts target] {
        if {$target ni [::targets::known]} {
            usage "--target: the testsuite cannot run target $target (it runs: [join [::targets::known] {, }])"
        }
    }
    dict set opts wanted [wanted_packages [dict get $opts package]]
    try {
        dict set opts quarantined [::quarantine::read [dict get $opts quarantine]]
    } trap {QUARANTINE} {msg} {
        usage $msg
    }
    if {[llength [dict get $opts files]]} {
        set runs [check_files $opts]
    } elseif {[dict get $opts tree] ne ""} {
        set runs [check_tree $opts]
    } else {
        set runs [check_permutations $opts]
    }
    ::results::junit [dict get $opts junit] $runs
    ::results::json [dict get $opts json] $runs
    puts "results: [dict get $opts junit], [dict get $opts json]"
    puts "[dict get $totals pass] passed, [dict get $totals fail] failed, [dict get $totals skip] skipped"
    exit [expr {[dict get $totals fail] > 0}]
}

main $argv
