# Loads the configuration tool's modules in dependency order.
namespace eval ::cdl {
    variable libdir [file dirname [file normalize [info script]]]
}
foreach ::cdl::_module {
    version diag db expr model cdl conflicts infer savefile header build
    config explain cli
} {
    # TRANSITIONAL: tolerate modules still being written.
    if {[file exists [file join $::cdl::libdir $::cdl::_module.tcl]]} {
        source [file join $::cdl::libdir $::cdl::_module.tcl]
    }
}
unset ::cdl::_module
