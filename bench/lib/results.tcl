# The results of one target, as a dict that is also the JSON document:
#
#   target, unit          the target, and "instructions" on QEMU (one
#                         virtual ns per instruction) or "ns" (linux)
#   clock                 source and resolution_ns of the fine clock
#   throughput.NAME       ops in period_ns, instr_per_op = period_ns / ops
#   latency.NAME          instr (average), min, max, samples; every row
#                         but clock_read less the average clock read
#   scale.NAME.THREADS    instructions (ns) per operation
#   footprint.TEMPLATE.OPT  text, data, bss of the kernel objects
#   not_measured.PROGRAM  why a program measured nothing

namespace eval ::results {
    # The values that are text, for ::json::encode.
    variable text_paths {target unit clock.source not_measured.*}
    # The order of the classic throughput tests; others follow.
    variable throughput_order {
        basic cooperative preemptive interrupt interrupt_preemption
        message synchronization memory
    }
}

proc ::results::unit {target} {
    return [expr {$target eq "linux" ? "ns" : "instructions"}]
}

# OUTCOMES: program name -> {verdict reason lines} (::programs::run);
# FOOTPRINT: template -> optimisation -> {text data bss}.
proc ::results::collect {target outcomes footprint} {
    set result [dict create target $target unit [unit $target]]
    set records {}
    dict for {name outcome} $outcomes {
        if {[dict get $outcome verdict] eq "skip"} {
            dict set result not_measured $name [dict get $outcome reason]
        }
        foreach line [dict get $outcome lines] {
            lappend records [::programs::parse $line]
        }
    }
    foreach record $records {
        if {[dict get $record kind] eq "clock"} {
            dict set result clock [dict filter $record key source resolution_ns]
        }
    }
    foreach section {throughput latency scale} {
        set values [$section $records]
        if {[dict size $values]} {
            dict set result $section $values
        }
    }
    if {[dict size $footprint]} {
        dict set result footprint $footprint
    }
    return $result
}

proc ::results::Records {records kind} {
    return [lmap record $records {
        if {[dict get $record kind] ne $kind} continue
        set record
    }]
}

proc ::results::Ratio {numerator denominator} {
    if {$denominator == 0} {
        return 0
    }
    return [expr {round(100.0 * $numerator / $denominator) / 100.0}]
}

proc ::results::throughput {records} {
    variable throughput_order
    set values [dict create]
    foreach name $throughput_order {
        dict set values $name {}
    }
    foreach record [Records $records throughput] {
        dict with record {
            dict set values $name [dict create ops $ops period_ns $period_ns \
                                       instr_per_op [Ratio $period_ns $ops]]
        }
    }
    return [dict filter $values value ?*]
}

# What one clock read adds to each row is taken off; a minimum can then
# come out below zero by the clock's rounding, and is shown as zero.
proc ::results::latency {records} {
    set rows [Records $records latency]
    set overhead 0
    foreach record $rows {
        if {[dict get $record name] eq "clock_read"} {
            set overhead [dict get $record avg]
        }
    }
    set values [dict create]
    foreach record $rows {
        dict with record {
            set less [expr {$name eq "clock_read" ? 0 : $overhead}]
            dict set values $name [dict create \
                instr [expr {round(100.0 * ($avg - $less)) / 100.0}] \
                min [expr {max(0, round($min - $less))}] \
                max [expr {max(0, round($max - $less))}] \
                samples $samples]
        }
    }
    return $values
}

proc ::results::scale {records} {
    set values [dict create]
    foreach record [Records $records scale] {
        dict with record {
            dict set values $name $threads [Ratio $ns $ops]
        }
    }
    return $values
}
