# Shared set-up for the configtool tests: loads the tool's modules into the
# test interpreter and offers helpers to run the ecosconfig command.
package require tcltest 2.5
namespace import -force ::tcltest::*

set ::cfgtool_dir [file dirname [file dirname [file normalize [info script]]]]
set ::project_root [file dirname [file dirname $::cfgtool_dir]]
source [file join $::cfgtool_dir lib load.tcl]
