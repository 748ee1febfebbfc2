# How each target's executables run: natively for the synthetic target,
# on QEMU for the embedded ones. These are the only command lines the
# testsuite, `make demo' and `make debug' use.
#
# -icount shift=0 makes every instruction take one virtual nanosecond
# and sleep=off lets idle time pass at once, so runs are deterministic
# and a test that sleeps for seconds ends in milliseconds.

namespace eval ::targets {
    # The emulator each QEMU target needs, as a key of the tools dict.
    variable emulator {
        mps2_an385   qemu-system-arm
        riscv32_virt qemu-system-riscv32
    }
    variable machine {
        mps2_an385 {-M mps2-an385 -nographic -monitor none -serial stdio
                    -semihosting-config enable=on,target=native
                    -icount shift=0,align=off,sleep=off}
        riscv32_virt {-M virt -bios none -nographic -monitor none -serial stdio
                      -icount shift=0,align=off,sleep=off}
    }
}

# The targets the testsuite knows how to run.
proc ::targets::known {} {
    variable machine
    return [list linux {*}[dict keys $machine]]
}

# The command (a list) that runs EXE on TARGET. TOOLS maps emulator
# names (qemu-system-arm, ...) to the programs to use; an emulator
# missing from it is looked for in PATH. GDB_PORT, when not empty, makes
# QEMU wait for a debugger on that TCP port before the first instruction.
proc ::targets::command {target exe {tools {}} {gdb_port ""}} {
    variable emulator
    variable machine
    if {$target eq "linux"} {
        return [list $exe]
    }
    if {![dict exists $machine $target]} {
        error "the testsuite cannot run target $target (it runs: [join [known] {, }])" {} TARGET
    }
    set qemu [dict get $emulator $target]
    if {[dict exists $tools $qemu]} {
        set qemu [dict get $tools $qemu]
    }
    set command [list $qemu {*}[dict get $machine $target]]
    if {$gdb_port ne ""} {
        lappend command -S -gdb tcp::$gdb_port
    }
    return [list {*}$command -kernel $exe]
}
