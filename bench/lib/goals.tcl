# The performance goals, set for the Cortex-M3 (mps2_an385) at -O2, in
# instructions per operation, and for the kernel's size at -Os. They are
# shown next to the measurements, met or not met; a benchmark never fails
# on them.

namespace eval ::goals {
    variable target mps2_an385

    # Each goal: the result path, the bound, and how the value is read.
    #   max N        the value must not exceed N
    #   flat PCT     the 256-thread value within PCT% of the 2-thread one
    variable goals {
        throughput.cooperative.instr_per_op           {max 45}
        throughput.preemptive.instr_per_op            {max 197}
        throughput.interrupt.instr_per_op             {max 78}
        throughput.interrupt_preemption.instr_per_op  {max 250}
        throughput.message.instr_per_op               {max 147}
        throughput.synchronization.instr_per_op       {max 86}
        throughput.memory.instr_per_op                {max 118}
        latency.yield_switch.instr                    {max 40}
        scale.yield                                   {flat 5}
        scale.sem_handoff                             {flat 5}
        footprint.tiny.Os.text                        {max 3072}
        footprint.kernel.Os.text                      {max 8192}
    }
}

# The goal at PATH for TARGET's RESULT, as {text verdict}: the bound in
# words and met / NOT MET / not measured; empty when there is none.
proc ::goals::check {target result path} {
    variable goals
    if {$target ne $::goals::target || ![dict exists $goals $path]} {
        return {}
    }
    lassign [dict get $goals $path] kind bound
    set keys [split $path .]
    if {![dict exists $result {*}$keys]} {
        return [list [Text $kind $bound] "not measured"]
    }
    set value [dict get $result {*}$keys]
    switch -- $kind {
        max {
            set met [expr {$value <= $bound}]
        }
        flat {
            set met [expr {abs([Spread $value]) <= $bound}]
        }
    }
    return [list [Text $kind $bound] [expr {$met ? "met" : "NOT MET"}]]
}

proc ::goals::Text {kind bound} {
    return [expr {$kind eq "max" ? "<= $bound" : "256 within $bound% of 2"}]
}

# How much more, in per cent, an operation costs with the most threads
# than with the fewest; VALUES maps thread counts to costs.
proc ::goals::Spread {values} {
    set counts [lsort -integer [dict keys $values]]
    set fewest [dict get $values [lindex $counts 0]]
    set most [dict get $values [lindex $counts end]]
    if {$fewest == 0} {
        return 0
    }
    return [expr {100.0 * ($most - $fewest) / $fewest}]
}

# Every goal path, in order.
proc ::goals::paths {} {
    variable goals
    return [dict keys $goals]
}
