# Configuration headers: <install>/include/pkgconf/system.h and one header
# per loaded package (cdl.md §12, repository.md §7).
#
# Output is streamed to temporary files because `define_proc' code writes
# to the headers through Tcl channels, interleaved with the tool's own
# lines.  A finished temporary file replaces the real one only when the
# bytes differ, so that an unchanged configuration does not make `make'
# recompile everything that includes it.
namespace eval ::cdl::header {
    namespace export generate name

    # Temporary files being written: CHANNEL -> {TEMP FINAL}.
    variable pending {}
    # The channels of the header group being written, {HEADER SYSTEM},
    # and those of them shared into the CDL interpreter.
    variable channels {}
    variable shared {}
    # Complete temporary files, moved into place once every header has
    # been written, so that an error leaves the old headers alone.
    variable finished {}
}

# Writes every header into INSTALLDIR/include/pkgconf and returns the
# paths of the headers (written or unchanged), system.h first.
proc ::cdl::header::generate {installdir} {
    variable pending
    variable finished
    set pending {}
    set finished {}
    set dir [file join $installdir include pkgconf]
    set sysfile [file join $dir system.h]
    set written [list $sysfile]
    try {
        file mkdir $dir
        set sys [OpenTemp $sysfile system.h]
        puts $sys "#define CYGNUM_VERSION_CURRENT 0x7fffff00"
        dict for {header pkgs} [Groups] {
            if {$header eq "system.h"} {
                # A package naming system.h as its header writes into it.
                WriteGroup $pkgs $sys $sys
                continue
            }
            set file [file join $dir $header]
            set chan [OpenTemp $file $header]
            WriteGroup $pkgs $chan $sys
            Finish $chan
            lappend written $file
        }
        Finish $sys
        foreach {temp final} $finished { replace_if_changed $temp $final }
        set finished {}
    } trap POSIX {msg} {
        # The install tree cannot be written: the system's reason is all
        # the user needs.
        return -code error -errorcode {CDL HEADER} $msg
    } finally {
        Discard
    }
    return $written
}

# The header of package PKG: its define_header, else the name after the
# first `_', lower-cased, plus .h (CYGPKG_IO_SERIAL -> io_serial.h).
proc ::cdl::header::name {pkg} {
    set header [::cdl::model::prop $pkg define_header]
    if {$header ne ""} { return $header }
    set rest [string range $pkg [string first _ $pkg]+1 end]
    return [string tolower $rest].h
}

# Header name -> the packages writing into it, in load order; dict order
# is the order in which each header is first reached.
proc ::cdl::header::Groups {} {
    set groups [dict create]
    foreach pkg [::cdl::model::packages] {
        dict lappend groups [name $pkg] $pkg
    }
    return $groups
}

# ------------------------------------------------------------ files

# Opens a temporary file for FINAL and writes the banner of HEADER.
proc ::cdl::header::OpenTemp {final header} {
    variable pending
    set temp [file join [file dirname $final] .[file tail $final].[pid].tmp]
    set chan [open $temp w]
    dict set pending $chan [list $temp $final]
    fconfigure $chan -translation lf -encoding utf-8
    puts -nonewline $chan [Banner $header]
    return $chan
}

proc ::cdl::header::Banner {header} {
    set guard CYGONCE_PKGCONF_[string map {. _} [string toupper $header]]
    return "#ifndef $guard
#define $guard
/*
 * File <pkgconf/$header>
 *
 * This file is generated automatically by the configuration
 * system. It should not be edited. Any changes to this file
 * may be overwritten.
 */

"
}

# Ends the file written on CHAN.
proc ::cdl::header::Finish {chan} {
    variable pending
    variable finished
    puts -nonewline $chan "\n#endif\n"
    close $chan
    lappend finished {*}[dict get $pending $chan]
    dict unset pending $chan
}

# Renames TEMP to FINAL unless FINAL already holds the same bytes, in
# which case TEMP is deleted and FINAL keeps its timestamp.
proc ::cdl::header::replace_if_changed {temp final} {
    if {[file isfile $final] && [Contents $temp] eq [Contents $final]} {
        file delete $temp
    } else {
        file rename -force $temp $final
    }
}

proc ::cdl::header::Contents {path} {
    set f [open $path rb]
    try { return [read $f] } finally { close $f }
}

# Closes and deletes whatever an error left behind.
proc ::cdl::header::Discard {} {
    variable pending
    variable finished
    dict for {chan files} $pending {
        catch {close $chan}
        catch {file delete [lindex $files 0]}
    }
    foreach {temp final} $finished { catch {file delete $temp} }
    set pending {}
    set finished {}
}

# ------------------------------------------------------------ contents

# Writes the packages PKGS (sharing one header) to HEADER and SYS.
proc ::cdl::header::WriteGroup {pkgs header sys} {
    variable channels [list $header $sys]
    variable shared {}
    # The model's arrays are read directly: this visits every node.
    namespace upvar ::cdl::model Flavor Flavor Owned Owned Active Active \
        Value Value
    try {
        foreach pkg $pkgs {
            foreach node $Owned($pkg) {
                if {[info exists Active($node)] ? !$Active($node) : ![::cdl::model::is_active $node]} {
                    continue
                }
                set flavor $Flavor($node)
                if {$flavor eq "none" || $flavor eq "bool"} {
                    set value 1
                } else {
                    set value [expr {[info exists Value($node)] ? $Value($node)
                        : [::cdl::model::value $node]}]
                    if {$flavor eq "booldata" && ![lindex $value 0]} { continue }
                    # Not through expr: it would turn 0x00000100 into 256.
                    set value [lindex $value 1]
                }
                if {$flavor eq "bool" && ![::cdl::model::is_enabled $node]} { continue }
                Node $pkg $node $flavor $value $header $sys
            }
        }
    } finally {
        Unshare
    }
}

# Gives the CDL interpreter the channels of the current group, the first
# time one of its define_procs runs (most groups have none).
proc ::cdl::header::Share {} {
    variable channels
    variable shared
    if {[llength $shared]} { return }
    set interp [::cdl::load::interp]
    foreach chan [lsort -unique $channels] {
        interp share {} $chan $interp
        lappend shared $chan
    }
    lassign $channels header sys
    interp eval $interp [list set ::cdl_header $header]
    interp eval $interp [list set ::cdl_system_header $sys]
}

proc ::cdl::header::Unshare {} {
    variable shared
    if {![llength $shared]} { return }
    set interp [::cdl::load::interp]
    # The script may have closed its copy already.
    foreach chan $shared { catch {interp eval $interp [list close $chan]} }
    catch {interp eval $interp {unset -nocomplain ::cdl_header ::cdl_system_header}}
    set shared {}
}

# The output of one active and enabled node (cdl.md §12.2 steps 2-6),
# whose data is VALUE (1 for flavors none and bool).  PKG's own node is
# the only package node it owns.
proc ::cdl::header::Node {pkg node flavor value header sys} {
    namespace upvar ::cdl::model P_define_format P_define_format \
        P_no_define P_no_define P_define P_define P_if_define P_if_define \
        P_define_proc P_define_proc
    set format [expr {$flavor ne "none" && $flavor ne "bool" && [info exists P_define_format($node)]
        ? $P_define_format($node) : ""}]
    # What goes to each file, in order, before any define_proc runs (one
    # text when the package's header is system.h itself).
    set htext ""
    if {$header eq $sys} { upvar 0 htext stext } else { set stext "" }
    if {![info exists P_no_define($node)]} {
        if {$node eq $pkg} {
            append stext [Define $node $node $flavor $value $format]
            append stext [VersionMacros $node [::cdl::model::package_version $node]]
        } else {
            append htext [Define $node $node $flavor $value $format]
        }
    }
    if {[info exists P_define($node)]} {
        foreach d $P_define($node) {
            set text [Define $node [dict get $d symbol] $flavor $value [dict get $d format]]
            if {[dict get $d file] ne ""} { append stext $text } else { append htext $text }
        }
    }
    if {[info exists P_if_define($node)]} {
        foreach d $P_if_define($node) {
            lassign [dict get $d symbols] test symbol
            set text "#ifdef $test\n# define $symbol 1\n#endif\n"
            if {[dict get $d file] ne ""} { append stext $text } else { append htext $text }
        }
    }
    if {$htext ne ""} { puts -nonewline $header $htext }
    if {$header ne $sys && $stext ne ""} { puts -nonewline $sys $stext }
    if {[info exists P_define_proc($node)]} {
        foreach d $P_define_proc($node) {
            RunProc $node $d
        }
    }
}

# `#define SYMBOL VALUE' (formatted with FORMAT when given) plus
# `#define SYMBOL_VALUE' when that is a C identifier; bool and none
# flavors define SYMBOL as 1.
proc ::cdl::header::Define {node symbol flavor value format} {
    if {$flavor in {none bool}} { return "#define $symbol 1\n" }
    set text $value
    if {$format ne ""} { set text [Format $node $format $value] }
    set out "#define $symbol $text\n"
    if {[regexp {^[A-Za-z0-9_]*$} $value]} {
        append out "#define ${symbol}_$value\n"
    }
    return $out
}

# Tcl `format FORMAT VALUE' in the CDL interpreter.  FORMAT is inserted
# as text, so it undergoes Tcl substitution; VALUE stays one word.
proc ::cdl::header::Format {node format value} {
    try {
        return [interp eval [::cdl::load::interp] "format $format [list $value]"]
    } on error {msg} {
        Fail $node [::cdl::model::location $node] \
            "Invalid define_format `$format' for value `$value': $msg"
    }
}

# CYGNUM_X_VERSION_MAJOR/MINOR/RELEASE for a package whose name has
# `PKG' right before its first `_'.
proc ::cdl::header::VersionMacros {pkg version} {
    # The first `_' must follow `PKG' (string search: a capturing regexp
    # costs more than all the rest).
    set under [string first _ $pkg]
    if {$under < 3 || [string range $pkg $under-3 $under-1] ne "PKG"} { return "" }
    set base [string range $pkg 0 $under-4]NUM[string range $pkg $under end]
    if {$version eq "current"} {
        set numbers {CYGNUM_VERSION_CURRENT -1 -1}
    } else {
        set numbers {}
        foreach run [lrange [regexp -all -inline -- {-?[0-9]+} $version] 0 2] {
            lappend numbers [scan $run %d]
        }
        while {[llength $numbers] < 3} { lappend numbers -1 }
    }
    lassign $numbers major minor release
    return "#define ${base}_VERSION_MAJOR $major
#define ${base}_VERSION_MINOR $minor
#define ${base}_VERSION_RELEASE $release
"
}

# Runs one define_proc occurrence D of NODE in the CDL interpreter.
proc ::cdl::header::RunProc {node d} {
    Share
    try {
        interp eval [::cdl::load::interp] [dict get $d text]
    } on error {msg} {
        lassign [::cdl::model::location $node] file
        Fail $node [list $file [dict get $d line]] "Error in define_proc: $msg"
    }
}

proc ::cdl::header::Fail {node location message} {
    lassign $location file line
    set text [::cdl::diag::format $file:$line "[::cdl::model::class $node] $node" "" \
        error $message]
    return -code error -errorcode {CDL HEADER} $text
}
