# A cache of loaded CDL packages.  Reading a package's CDL costs most of
# a typical ecosconfig run; the nodes and properties it yields depend only
# on the CDL files, the host facts scripts may test ($tcl_platform) and
# this tool's own code, so they are kept, one file per package version, and
# reused while all of those are unchanged (same size and checksum).  Only packages whose scripts consist purely of cdl_* commands and
# that loaded without any diagnostic are cached: anything else (Tcl code
# with side effects, warnings to repeat) is always read afresh.
#
# Location: $ECOSCONFIG_CACHE, else $XDG_CACHE_HOME/cygnet/cdl, else
# ~/.cache/cygnet/cdl.  ECOSCONFIG_CACHE=off disables it; so does -n
# (nothing is written).  A cache that cannot be written is not used.
namespace eval ::cdl::cache {
    variable format 7
    variable enabled 1
    variable tool_stamp ""
}

proc ::cdl::cache::Dir {} {
    if {[info exists ::env(ECOSCONFIG_CACHE)]} {
        return $::env(ECOSCONFIG_CACHE)
    }
    if {[info exists ::env(XDG_CACHE_HOME)] && $::env(XDG_CACHE_HOME) ne ""} {
        return [file join $::env(XDG_CACHE_HOME) cygnet cdl]
    }
    if {[info exists ::env(HOME)] && $::env(HOME) ne ""} {
        return [file join $::env(HOME) .cache cygnet cdl]
    }
    return ""
}

proc ::cdl::cache::Usable {} {
    variable enabled
    expr {$enabled && [Dir] ni {"" off}}
}

# What the cached content depends on besides the CDL files.
proc ::cdl::cache::ToolStamp {} {
    variable tool_stamp; variable format
    if {$tool_stamp eq ""} {
        set stamp [list $format $::tcl_platform(os) $::tcl_platform(machine)]
        foreach f [lsort [glob -directory $::cdl::libdir *.tcl]] {
            lappend stamp [file tail $f] [file size $f] [file mtime $f]
        }
        set tool_stamp $stamp
    }
    return $tool_stamp
}

# Size and checksum of each file: modification times have a resolution
# of a second, too coarse for a file edited twice in a row.
proc ::cdl::cache::FileStamps {files} {
    set stamps {}
    foreach f $files {
        if {[catch {
            set ch [open $f rb]
            try { set bytes [read $ch] } finally { close $ch }
        }]} { return "" }
        lappend stamps $f [list [string length $bytes] [zlib crc32 $bytes]]
    }
    return $stamps
}

proc ::cdl::cache::Path {pkg version script} {
    file join [Dir] [format %s-%s-%08x.tcl $pkg $version [zlib crc32 $script]]
}

# Restores PKG VERSION from the cache; returns 1 when it did.  A cache
# file is one list: the tool stamp, the file stamps, then the snapshot's
# elements (so that reading it parses each part once).
proc ::cdl::cache::restore {pkg version script} {
    if {![Usable]} { return 0 }
    set path [Path $pkg $version $script]
    if {[catch {
        set f [open $path r]
        try { set data [read $f] } finally { close $f }
    }]} { return 0 }
    if {[catch {lindex $data 0} tool] || $tool ne [ToolStamp]} { return 0 }
    set stamps [lindex $data 1]
    if {[catch {dict keys $stamps} files] || [FileStamps $files] ne $stamps} { return 0 }
    ::cdl::model::restore_package $pkg $version [lrange $data 2 end]
}

# Whether the cache has an entry for PKG VERSION written by this tool.
# Only the start of the file is read: the CDL files are checked when it
# is restored.
proc ::cdl::cache::holds {pkg version} {
    if {[catch {Path $pkg $version [::cdl::db::script_path $pkg $version]} path]
            || [catch {open $path r} f]} {
        return 0
    }
    set stamp [list [ToolStamp]]
    try { set head [read $f [string length $stamp]] } finally { close $f }
    expr {$head eq $stamp}
}

# Stores PKG VERSION, read from FILES, after a clean load.
proc ::cdl::cache::store {pkg version script files} {
    if {![Usable]} { return }
    set stamps [FileStamps $files]
    if {$stamps eq ""} { return }
    Write [Path $pkg $version $script] \
        [list [ToolStamp] $stamps {*}[::cdl::model::snapshot_package $pkg]]
}

# Writes DATA to PATH under a temporary name and renames it, so that a
# concurrent run never reads half a file; any failure just leaves no
# cache.
proc ::cdl::cache::Write {path data} {
    catch {
        file mkdir [file dirname $path]
        set tmp $path.[pid].tmp
        set f [open $tmp w]
        try { puts -nonewline $f $data } finally { close $f }
        file rename -force $tmp $path
    }
}

# Other modules keep what they derive from a file's contents here too:
# DATA under the name NAME, valid while this tool is unchanged.
proc ::cdl::cache::keep {name data} {
    if {![Usable]} { return }
    Write [file join [Dir] $name.tcl] [list [ToolStamp] $data]
}

# The data kept under NAME, in the variable DATAVAR; returns whether
# there was any.
proc ::cdl::cache::fetch {name dataVar} {
    upvar 1 $dataVar data
    if {![Usable]} { return 0 }
    if {[catch {
        set f [open [file join [Dir] $name.tcl] r]
        try { set text [read $f] } finally { close $f }
    }]} { return 0 }
    if {[catch {lassign $text tool data}] || $tool ne [ToolStamp]} { return 0 }
    return 1
}
