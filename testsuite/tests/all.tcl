# Runs the testsuite driver's own tests; the closing line is
# `N passed, N failed'.
package require tcltest 2.5
namespace import ::tcltest::*

set here [file dirname [file normalize [info script]]]
set total 0
set failed 0
foreach file [lsort [glob -directory $here *.test]] {
    set out [exec [info nameofexecutable] $file 2>@1]
    puts $out
    if {[regexp -line {Total\s+(\d+)\s+Passed\s+(\d+)\s+Skipped\s+(\d+)\s+Failed\s+(\d+)} $out -> t p s f]} {
        incr total $p
        incr failed $f
    } else {
        incr failed
    }
}
puts "$total passed, $failed failed"
exit [expr {$failed > 0}]
