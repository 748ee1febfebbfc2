# Loads the configuration tool's modules in dependency order.
namespace eval ::cdl {
    variable libdir [file dirname [file normalize [info script]]]
}
foreach ::cdl::_module {
    version diag db expr model cdl cache conflicts infer savefile header build
    config json explain cli
} {
    source [file join $::cdl::libdir $::cdl::_module.tcl]
}
unset ::cdl::_module
