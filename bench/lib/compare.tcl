# Comparing a run with the committed baseline, leaf by leaf. Whether a
# change is for the worse depends on the leaf: more operations in the
# period is better, more instructions, nanoseconds or bytes is worse.
# Leaves that measure nothing about the kernel (the period, the number of
# samples, the clock read, latency minima and maxima, which are only as
# fine as the clock) are not compared.

namespace eval ::compare {
    # Dotted-path patterns and the direction in which a value improves.
    variable rules {
        throughput.*.ops           higher
        throughput.*.instr_per_op  lower
        latency.clock_read.*       ignore
        latency.*.instr            lower
        scale.*.*                  lower
        footprint.*.*.*            lower
    }
}

# The numeric leaves of a nested dict, as a dict path -> value.
proc ::compare::Leaves {value {prefix ""}} {
    set leaves [dict create]
    if {[string is double -strict $value]} {
        return [dict create $prefix $value]
    }
    if {[catch {dict size $value}] || [llength $value] % 2} {
        return $leaves
    }
    dict for {key item} $value {
        set path [string trimleft $prefix.$key .]
        set leaves [dict merge $leaves [Leaves $item $path]]
    }
    return $leaves
}

proc ::compare::Direction {path} {
    variable rules
    foreach {pattern direction} $rules {
        if {[string match $pattern $path]} {
            return $direction
        }
    }
    return ignore
}

# The leaves of BASE and NOW that got worse by more than THRESHOLD per
# cent, as a list of {path base now change%}; also returns, in the
# variables named, how many leaves were compared, got better by more than
# the threshold, and are in the baseline but no longer measured.
proc ::compare::run {base now threshold comparedVar improvedVar missingVar} {
    upvar 1 $comparedVar compared $improvedVar improved $missingVar missing
    set compared 0
    set improved 0
    set missing {}
    set regressions {}
    set current [Leaves $now]
    dict for {path old} [Leaves $base] {
        set direction [Direction $path]
        if {$direction eq "ignore"} {
            continue
        }
        if {![dict exists $current $path]} {
            lappend missing $path
            continue
        }
        incr compared
        set new [dict get $current $path]
        set change [Change $old $new]
        set worse [expr {$direction eq "lower" ? $change : -$change}]
        if {$worse > $threshold} {
            lappend regressions [list $path $old $new $change]
        } elseif {$worse < -$threshold} {
            incr improved
        }
    }
    return $regressions
}

# The change from OLD to NEW in per cent; from zero, any growth counts as
# a full 100%.
proc ::compare::Change {old new} {
    if {$old == 0} {
        return [expr {$new == 0 ? 0.0 : ($new > 0 ? 100.0 : -100.0)}]
    }
    return [expr {100.0 * ($new - $old) / abs($old)}]
}

proc ::compare::Show {value} {
    if {[string is entier -strict $value]} {
        return $value
    }
    return [format %.2f $value]
}

# Prints the comparison of RESULT with the baseline file BASELINE; returns
# the number of regressions.
proc ::compare::report {result baseline threshold} {
    set target [dict get $result target]
    if {![file exists $baseline]} {
        puts "baseline $target: none yet ($baseline); `make bench-baseline' writes it"
        return 0
    }
    set fd [open $baseline]
    set base [::json::decode [read $fd]]
    close $fd
    set regressions [run $base $result $threshold compared improved missing]
    foreach regression $regressions {
        lassign $regression path old new change
        puts [format "REGRESSION %s %s: %s -> %s (%+.1f%%)" $target $path \
                  [Show $old] [Show $new] $change]
    }
    foreach path $missing {
        puts "MISSING $target $path: in the baseline, not measured now"
    }
    set note [expr {$target eq "linux" ? " (host timing: differences may be noise)" : ""}]
    puts [format "baseline %s: %d values compared, %d worse and %d better by more than %s%%%s" \
              $target $compared [llength $regressions] $improved $threshold $note]
    return [llength $regressions]
}
