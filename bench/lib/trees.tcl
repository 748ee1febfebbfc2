# Build trees for the benchmarks: a configuration made from a template
# with some options set, generated and built (the library only: the
# benchmark programs are compiled here, not by `make tests'), each step
# logged to <dir>/build.log. A tree that exists is reused: ecosconfig
# rewrites only the headers whose contents change, so make rebuilds only
# what a change to the repository touched.

# The steps themselves run through the testsuite's builder (build.tcl).

namespace eval ::trees {}

# Configures and builds TARGET from TEMPLATE in DIR with the ecosconfig
# settings SETTINGS (option value ...). CFLAGS_EDIT, when not empty, is a
# command prefix given the global compiler flags, returning new ones.
# Returns "" or the reason it failed.
proc ::trees::build {dir target template settings cflags_edit srcdir tclsh jobs} {
    file mkdir $dir
    set log [file join $dir build.log]
    close [open $log w]
    set tool [list $tclsh [file join $srcdir tools configtool ecosconfig] \
                  --srcdir=$srcdir]
    file delete -force [file join $dir ecos.ecc]
    if {[set reason [::build::step $dir $log [list {*}$tool new $target $template]]] ne ""} {
        return $reason
    }
    if {[llength $cflags_edit]} {
        set flags [{*}$cflags_edit [GlobalCflags $dir $log $tool]]
        lappend settings CYGBLD_GLOBAL_CFLAGS $flags
    }
    foreach {option value} $settings {
        if {[set reason [::build::step $dir $log [list {*}$tool set $option $value]]] ne ""} {
            return $reason
        }
    }
    foreach step [list [list {*}$tool check] [list {*}$tool tree] [list make -j$jobs]] {
        if {[set reason [::build::step $dir $log $step]] ne ""} {
            return $reason
        }
        if {[lindex $step end] eq "check" && ![::build::no_conflicts $log]} {
            return "the configuration of $dir has conflicts (see $log)"
        }
    }
    return ""
}

# The global compiler flags the configuration has now.
proc ::trees::GlobalCflags {dir log tool} {
    set here [pwd]
    cd $dir
    try {
        set text [exec {*}$tool explain CYGBLD_GLOBAL_CFLAGS]
    } finally {
        cd $here
    }
    if {![regexp -line {^\s*value: (.*?)\s*\([a-z ]+\)$} $text -> flags]} {
        error "cannot read CYGBLD_GLOBAL_CFLAGS in $dir"
    }
    return $flags
}

# FLAGS with the -O option replaced by LEVEL (a command prefix for build).
proc ::trees::optimize {level flags} {
    return [regsub -all {(^|\s)-O[0-3sg]?(?=\s|$)} $flags "\\1$level"]
}

proc ::trees::ecos_mak {dir} {
    set fd [open [file join $dir install include pkgconf ecos.mak]]
    set vars [dict create]
    foreach line [split [read $fd] \n] {
        if {[regexp {^(\w+) = (.*)$} $line -> name value]} {
            dict set vars $name $value
        }
    }
    close $fd
    return $vars
}

# Compiles SOURCE, with INCLUDES and the extra compiler flags FLAGS, and
# links it against the tree in DIR as any application is linked, into
# EXE. Returns "" or the reason it failed.
proc ::trees::program {dir source includes exe {flags {}}} {
    set mak [ecos_mak $dir]
    set cc [dict get $mak ECOS_COMMAND_PREFIX]gcc
    # The global flags are shared with C++; the tree's C rules drop this one.
    set cflags [lsearch -all -inline -not -exact \
                    [dict get $mak ECOS_GLOBAL_CFLAGS] -Woverloaded-virtual]
    set ldflags [dict get $mak ECOS_GLOBAL_LDFLAGS]
    set install [file join $dir install]
    set object [file rootname $exe].o
    set log [file rootname $exe].log
    file mkdir [file dirname $exe]
    set compile [list $cc {*}$cflags -I[file join $install include]]
    foreach include $includes {
        lappend compile -I$include
    }
    lappend compile {*}$flags -c -o $object $source
    set link [list $cc -L[file join $install lib] -Ttarget.ld -o $exe $object {*}$ldflags]
    close [open $log w]
    foreach step [list $compile $link] {
        if {[set reason [::build::step $dir $log $step]] ne ""} {
            return "[file tail $source] does not build (see $log)"
        }
    }
    return ""
}
