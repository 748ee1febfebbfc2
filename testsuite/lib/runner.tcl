# Running tests: up to N processes at a time, each with a time limit,
# their output kept in a log and judged by the eCos test protocol
# (PASS:, FAIL:, EXIT:, NOTAPPLICABLE:).

namespace eval ::runner {
    variable jobs {}        ;# id -> dict of one running or finished test
    variable next 0
    variable running 0
}

# Run every test of TESTS (a list of dicts: name, command, log) with at
# most PARALLEL at once and TIMEOUT seconds each. Calls REPORT with each
# finished test's dict (adds keys verdict, reason, seconds).
proc ::runner::run_all {tests parallel timeout report} {
    variable running 0
    set queue $tests
    while {[llength $queue] || $running > 0} {
        while {$running < $parallel && [llength $queue]} {
            set queue [lassign $queue test]
            Start $test $timeout $report
        }
        vwait ::runner::running
    }
}

proc ::runner::Start {test timeout report} {
    variable jobs
    variable next
    variable running
    set id [incr next]
    set start [clock milliseconds]
    if {[catch {open |[list {*}[dict get $test command] << "" 2>@1] r} chan]} {
        dict set test verdict fail
        dict set test reason "cannot start: $chan"
        dict set test seconds 0
        {*}$report $test
        return
    }
    fconfigure $chan -blocking 0 -translation binary
    dict set test chan $chan
    dict set test output ""
    dict set test start $start
    dict set test timedout 0
    dict set test report $report
    dict set test timer [after [expr {$timeout * 1000}] \
                             [list ::runner::Timeout $id]]
    dict set jobs $id $test
    incr running
    fileevent $chan readable [list ::runner::Read $id]
}

proc ::runner::Read {id} {
    variable jobs
    set chan [dict get $jobs $id chan]
    set data [read $chan]
    dict set jobs $id output [dict get $jobs $id output]$data
    if {[eof $chan]} {
        Finish $id
    }
}

proc ::runner::Timeout {id} {
    variable jobs
    dict set jobs $id timedout 1
    foreach pid [pid [dict get $jobs $id chan]] {
        catch {exec kill -KILL $pid}
    }
}

proc ::runner::Finish {id} {
    variable jobs
    variable running
    set test [dict get $jobs $id]
    dict unset jobs $id
    after cancel [dict get $test timer]
    set chan [dict get $test chan]
    fconfigure $chan -blocking 1
    set status 0
    if {[catch {close $chan} msg opts]} {
        set code [dict get $opts -errorcode]
        switch -- [lindex $code 0] {
            CHILDSTATUS { set status [lindex $code 2] }
            CHILDKILLED { set status [lindex $code 2] }
            default     { set status $msg }
        }
    }
    set output [string map {"\r\n" "\n"} [dict get $test output]]
    set fd [open [dict get $test log] w]
    puts -nonewline $fd $output
    close $fd
    dict set test seconds [expr {([clock milliseconds] - [dict get $test start]) / 1000.0}]
    if {[dict get $test kind] eq "unit"} {
        lassign [JudgeUnit $output $status [dict get $test timedout]] verdict reason
    } else {
        lassign [Judge $output $status [dict get $test timedout]] verdict reason
    }
    dict set test verdict $verdict
    dict set test reason $reason
    set report [dict get $test report]
    foreach key {chan output timer report start timedout} {
        dict unset test $key
    }
    {*}$report $test
    incr running -1
}

# The verdict on a test from its output and exit status: pass, fail or
# skip, with the reason for anything but a pass.
proc ::runner::Judge {output status timedout} {
    if {$timedout} {
        return [list fail "timed out"]
    }
    set lines [split $output \n]
    set na [lsearch -inline -regexp $lines {^NOTAPPLICABLE:<}]
    set failed [lsearch -inline -regexp $lines {^FAIL:<}]
    set exited [expr {[lsearch -regexp $lines {^EXIT:<}] >= 0}]
    set passed [expr {[lsearch -regexp $lines {^PASS:<}] >= 0}]
    if {$failed ne ""} {
        return [list fail $failed]
    }
    if {![string is integer -strict $status]} {
        return [list fail "killed by $status"]
    }
    if {$na ne "" && $status == 0} {
        return [list skip [regsub {^NOTAPPLICABLE:<(.*)>$} $na {\1}]]
    }
    if {!$exited} {
        set assert [lsearch -inline -regexp $lines {^ASSERT FAIL:}]
        if {$assert ne ""} {
            return [list fail $assert]
        }
        return [list fail "ended without an EXIT line (status $status)"]
    }
    if {!$passed} {
        return [list fail "no PASS line"]
    }
    if {$status != 0} {
        return [list fail "exit status $status"]
    }
    return [list pass ""]
}

# A host unit test (Check) passes when it exits with status 0; its last
# line of output is the summary Check prints.
proc ::runner::JudgeUnit {output status timedout} {
    if {$timedout} {
        return [list fail "timed out"]
    }
    if {$status == 0} {
        return [list pass ""]
    }
    set last [lindex [split [string trimright $output] \n] end]
    return [list fail "exit status $status: $last"]
}
