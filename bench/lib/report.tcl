# The tables printed for a target: throughput, latency, scale and
# footprint, each value with its goal (lib/goals.tcl) where there is one.

namespace eval ::report {
    variable descriptions {
        throughput {
            basic                "calibration pass, no kernel call"
            cooperative          "yield to the next of 5 equal threads"
            preemptive           "pass of one of 5 threads (resume/suspend)"
            interrupt            "raise, ISR, DSR posts, thread takes"
            interrupt_preemption "raise, ISR, DSR resumes higher thread"
            message              "send and receive a 16-byte message"
            synchronization      "semaphore take and give"
            memory               "take and return a 128-byte block"
        }
        latency {
            clock_read           "two clock reads (taken off the rest)"
            thread_create        "create a thread"
            thread_delete        "delete a thread that never ran"
            yield_alone          "yield, alone at its priority"
            yield_switch         "yield to a peer (switch)"
            suspend              "suspend a runnable lower thread"
            resume               "resume it (no switch)"
            resume_switch        "resume a higher thread (switch)"
            set_priority         "change a runnable thread's priority"
            mutex_lock           "lock a free mutex"
            mutex_unlock         "unlock, nobody waiting"
            mutex_lock_contended "lock blocks, owner inherits (switch)"
            mutex_unlock_wake    "unlock wakes the waiter (switch)"
            sem_post             "post, nobody waiting"
            sem_wait             "wait, count available"
            sem_handoff          "post wakes a waiting thread (switch)"
            mbox_put             "put, nobody waiting"
            mbox_get             "get, item available"
            mbox_handoff         "put wakes a waiting getter (switch)"
            flag_set             "set bits, nobody waiting"
            flag_wait            "wait, bits already set"
            flag_handoff         "set bits wakes a waiter (switch)"
            alarm_initialize     "arm an alarm for later"
            alarm_fire           "counter tick to alarm function"
            interrupt_isr        "raise to ISR"
            interrupt_dsr        "raise to DSR"
            interrupt_thread     "raise to the thread the DSR wakes"
        }
        scale {
            yield                "yield, 2 threads"
            sem_handoff          "post to a waiter"
        }
    }
}

proc ::report::print {result} {
    set target [dict get $result target]
    Heading $result
    Throughput $target $result
    Latency $target $result
    Scale $target $result
    Footprint $target $result
    if {[dict exists $result not_measured]} {
        dict for {program reason} [dict get $result not_measured] {
            puts "  not measured: $program ($reason)"
        }
    }
    puts ""
}

proc ::report::Heading {result} {
    set target [dict get $result target]
    puts "== $target: kernel template, -O2, stack checking off"
    if {[dict get $result unit] eq "ns"} {
        puts "   unit: ns of host time (a Linux process: numbers vary from run to run)"
    } else {
        puts "   unit: instructions (QEMU -icount shift=0: one virtual ns per instruction)"
    }
    if {[dict exists $result clock]} {
        dict with result clock {
            puts "   fine clock: $source, resolution $resolution_ns ns"
        }
    }
}

proc ::report::Unit {result} {
    return [expr {[dict get $result unit] eq "ns" ? "ns" : "instr"}]
}

proc ::report::Description {section name} {
    variable descriptions
    if {[dict exists $descriptions $section $name]} {
        return [dict get $descriptions $section $name]
    }
    return ""
}

# The goal columns for PATH: bound and verdict, or nothing.
proc ::report::Goal {target result path} {
    set goal [::goals::check $target $result $path]
    if {![llength $goal]} {
        return ""
    }
    return [format "   %-22s %s" {*}$goal]
}

proc ::report::Throughput {target result} {
    if {![dict exists $result throughput]} {
        return
    }
    set rows [dict get $result throughput]
    set period [dict get [lindex [dict values $rows] 0] period_ns]
    puts [format "%-66s %10s %10s" "throughput: operations in $period ns" \
              ops "[Unit $result]/op"]
    dict for {name row} $rows {
        puts [format "  %-21s %-42s %10d %10.1f%s" $name [Description throughput $name] \
                  [dict get $row ops] [dict get $row instr_per_op] \
                  [Goal $target $result throughput.$name.instr_per_op]]
    }
}

proc ::report::Latency {target result} {
    if {![dict exists $result latency]} {
        return
    }
    set rows [dict get $result latency]
    set samples [dict get [lindex [dict values $rows] 0] samples]
    puts [format "%-66s %9s %7s %7s" \
              "latency: [Unit $result], average of $samples samples" avg min max]
    dict for {name row} $rows {
        dict with row {
            puts [format "  %-21s %-42s %9.1f %7d %7d%s" $name \
                      [Description latency $name] $instr $min $max \
                      [Goal $target $result latency.$name.instr]]
        }
    }
}

proc ::report::Scale {target result} {
    if {![dict exists $result scale]} {
        return
    }
    set rows [dict get $result scale]
    set counts [lsort -integer [dict keys [lindex [dict values $rows] 0]]]
    set header [format "%-44s" "scale: [Unit $result]/op, by threads present"]
    foreach count $counts {
        append header [format " %8s" $count]
    }
    puts "$header   [lindex $counts end] vs [lindex $counts 0]"
    dict for {name values} $rows {
        set line [format "  %-21s %-20s" $name [Description scale $name]]
        foreach count $counts {
            append line [format " %8.1f" [dict get $values $count]]
        }
        append line [format "   %+6.1f%%" [::goals::Spread $values]]
        puts "$line[Goal $target $result scale.$name]"
    }
}

proc ::report::Footprint {target result} {
    if {![dict exists $result footprint]} {
        return
    }
    puts [format "%-66s %7s %7s %7s" "footprint: kernel objects, bytes" \
              text data bss]
    dict for {template levels} [dict get $result footprint] {
        dict for {level sizes} $levels {
            dict with sizes {
                puts [format "  %-64s %7d %7d %7d%s" "$template -$level" \
                          $text $data $bss \
                          [Goal $target $result footprint.$template.$level.text]]
            }
        }
    }
}
