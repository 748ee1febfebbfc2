# Loads the configuration tool's modules in dependency order.  Modules
# that only some commands need are read when one of their entry points is
# first called: reading Tcl source is a noticeable part of a short run.
namespace eval ::cdl {
    variable libdir [file dirname [file normalize [info script]]]
}
foreach ::cdl::_module {
    version diag db expr model cdl cache prefill conflicts savefile config cli
} {
    source [file join $::cdl::libdir $::cdl::_module.tcl]
}
unset ::cdl::_module

# Makes each proc in NAMES (of namespace ::cdl::MODULE) read MODULE.tcl,
# which defines the real proc, and then call it.
proc ::cdl::OnDemand {module names} {
    variable libdir
    set path [file join $libdir $module.tcl]
    foreach name $names {
        set name ::cdl::${module}::$name
        namespace eval [namespace qualifiers $name] {}
        proc $name args "source [list $path]; tailcall [list $name] {*}\$args"
    }
}
::cdl::OnDemand infer {resolve candidate}
::cdl::OnDemand header {generate name VersionMacros Banner}
::cdl::OnDemand build {generate package_info write_if_changed}
::cdl::OnDemand json {string}
::cdl::OnDemand explain {print json}
