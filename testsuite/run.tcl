#!/usr/bin/env tclsh
# Runs one executable on its target, the way the testsuite does, with
# the terminal as its console:
#
#   run.tcl --target TARGET [--gdb PORT] [--qemu-arm PATH]
#           [--qemu-riscv32 PATH] EXECUTABLE
#
# With --gdb the program waits, before its first instruction, for a
# debugger on TCP port PORT (QEMU's gdb stub, or gdbserver for linux),
# and the command that attaches one is printed first.
# `make demo' and `make debug' use it.

set here [file dirname [file normalize [info script]]]
source [file join $here lib targets.tcl]

proc fail {message} {
    puts stderr "run.tcl: $message"
    exit 2
}

proc parse_args {argv} {
    set opts [dict create target "" gdb "" qemu-arm "" qemu-riscv32 "" exe ""]
    while {[llength $argv]} {
        set argv [lassign $argv arg]
        set key [string range $arg 2 end]
        if {[string match --* $arg] && [dict exists $opts $key] && $key ne "exe"} {
            if {![llength $argv]} {
                fail "$arg needs a value"
            }
            set argv [lassign $argv value]
            dict set opts $key $value
        } elseif {[string match -* $arg] || [dict get $opts exe] ne ""} {
            fail "usage: run.tcl --target TARGET \[--gdb PORT\] \[--qemu-arm PATH\] \[--qemu-riscv32 PATH\] EXECUTABLE"
        } else {
            dict set opts exe $arg
        }
    }
    foreach key {target exe} {
        if {[dict get $opts $key] eq ""} {
            fail "no [expr {$key eq "exe" ? "executable" : "--target"}] given"
        }
    }
    if {![file isfile [dict get $opts exe]]} {
        fail "no such executable: [dict get $opts exe]"
    }
    return $opts
}

# The command that runs the program waiting for a debugger, after saying
# how to attach one.
proc debug_command {target exe port tools} {
    if {$target eq "linux"} {
        if {[auto_execok gdbserver] eq ""} {
            fail "gdbserver is not installed (apt-get install gdbserver); or debug directly: gdb $exe"
        }
        set command [list gdbserver localhost:$port $exe]
        set gdb gdb
    } else {
        set command [::targets::command $target $exe $tools $port]
        set gdb gdb-multiarch
    }
    puts "Waiting for a debugger on port $port. Attach with:"
    puts "  $gdb $exe -ex 'target remote localhost:$port'"
    if {$gdb eq "gdb-multiarch" && [auto_execok gdb-multiarch] eq ""} {
        puts "(gdb-multiarch is in the Debian package of that name: apt-get install gdb-multiarch)"
    }
    flush stdout
    return $command
}

proc main {argv} {
    set opts [parse_args $argv]
    set tools {}
    foreach {key emulator} {qemu-arm qemu-system-arm qemu-riscv32 qemu-system-riscv32} {
        if {[dict get $opts $key] ne ""} {
            dict set tools $emulator [dict get $opts $key]
        }
    }
    set target [dict get $opts target]
    set exe [file normalize [dict get $opts exe]]
    try {
        if {[dict get $opts gdb] ne ""} {
            set command [debug_command $target $exe [dict get $opts gdb] $tools]
        } else {
            set command [::targets::command $target $exe $tools]
        }
    } trap {TARGET} {msg} {
        fail $msg
    }
    set status [catch {exec {*}$command <@stdin >@stdout 2>@stderr} msg opts]
    if {$status == 0} {
        exit 0
    }
    set code [dict get $opts -errorcode]
    if {[lindex $code 0] eq "CHILDSTATUS"} {
        exit [lindex $code 2]
    }
    fail "[lindex $command 0]: $msg"
}

main $argv
