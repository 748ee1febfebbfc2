# Runs the tests (tcltest) of the testsuite driver and of the benchmark
# runner: every *.test file of the directories given, by default this
# one. The closing line is `N passed, N failed'.
package require tcltest 2.5
namespace import ::tcltest::*

# The directories whose *.test files run: those given, else this one.
set dirs $argv
if {![llength $dirs]} {
    set dirs [list [file dirname [file normalize [info script]]]]
}
set files {}
foreach dir $dirs {
    lappend files {*}[lsort [glob -directory $dir *.test]]
}
set total 0
set failed 0
foreach file $files {
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
