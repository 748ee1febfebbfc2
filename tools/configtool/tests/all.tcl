#!/usr/bin/env tclsh8.6
# Runs every tools/configtool/tests/*.test file in one interpreter and
# ends with the totals; exits non-zero when any test failed so that
# `make check` stops.
package require Tcl 8.6
# The tool's CDL cache, private to this run (the commands tests start
# inherit it), so that tests neither read nor leave anything in ~/.cache.
# Set before tcltest records the environment it restores after each file.
set cache_dir [file join [pwd] tcltest-tmp [pid]-cache]
set ::env(ECOSCONFIG_CACHE) $cache_dir
package require tcltest 2.5
namespace import ::tcltest::*

set testdir [file dirname [file normalize [info script]]]
::tcltest::configure -testdir $testdir -tmpdir [file join [pwd] tcltest-tmp [pid]] \
    -singleproc 1 -verbose {e}
foreach {opt val} $argv { ::tcltest::configure $opt $val }

# runAllTests ends with a cleanupTests call that carries the totals of
# every file; keep the figures of the last call.
set ::total {Total 0 Passed 0 Skipped 0 Failed 0}
proc ::tcltest::cleanupTestsHook {} {
    variable numTests
    foreach k {Total Passed Skipped Failed} {
        dict set ::total $k $numTests($k)
    }
}
file mkdir [::tcltest::temporaryDirectory]
::tcltest::runAllTests
file delete -force [::tcltest::temporaryDirectory] $cache_dir
catch {file delete [file dirname [::tcltest::temporaryDirectory]]}
if {[dict get $::total Skipped] > 0} {
    puts "configtool: [dict get $::total Skipped] skipped (constraints not met)"
}
puts "[dict get $::total Passed] passed, [dict get $::total Failed] failed"
exit [expr {[dict get $::total Failed] > 0 || [dict get $::total Total] == 0}]
