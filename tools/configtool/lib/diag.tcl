# Diagnostics shared by every reader of user files (ecos.db, CDL scripts,
# savefiles) and by hardware selection.  The layout is the one of the
# eCos tools, so that users and scripts see the same text:
#
#   CONTEXT[, NODE][, SUBID]: CLASS, MESSAGE          (when it fits)
#   CONTEXT[, NODE][, SUBID]: CLASS                   (otherwise)
#       MESSAGE
#
# Further lines of a multi-line message are always indented 4 spaces.
namespace eval ::cdl::diag {
    namespace export format report errors warnings reset

    # Where report writes; tests and GUIs may point this elsewhere.
    variable channel stdout
    variable error_count 0
    variable warning_count 0
    # Widest first line that still carries the message inline.
    variable width 72
}

# Returns the diagnostic text (no trailing newline).  NODE is e.g.
# "package CYGPKG_KERNEL" or "target linux"; NODE and SUBID may be "".
proc ::cdl::diag::format {context node subid class message} {
    variable width
    set header $context
    if {$node ne ""} { append header ", " $node }
    if {$subid ne ""} { append header ", " $subid }
    append header ": " $class
    set message [string trimright $message \n]
    if {$message eq ""} { return $header }
    set lines [split $message \n]
    set first "$header, [lindex $lines 0]"
    if {[string length $first] <= $width} {
        set text $first
        set rest [lrange $lines 1 end]
    } else {
        set text $header
        set rest $lines
    }
    foreach line $rest {
        append text "\n    " $line
    }
    return $text
}

# Prints a diagnostic on the configured channel and counts it.
proc ::cdl::diag::report {context node subid class message} {
    variable channel
    variable error_count
    variable warning_count
    switch -- $class {
        error   { incr error_count }
        warning { incr warning_count }
    }
    puts $channel [format $context $node $subid $class $message]
}

proc ::cdl::diag::errors {} {
    variable error_count
    return $error_count
}

proc ::cdl::diag::warnings {} {
    variable warning_count
    return $warning_count
}

proc ::cdl::diag::reset {} {
    variable error_count 0
    variable warning_count 0
    return
}

# The contents of the user file PATH.  On failure it raises only the
# system's reason (e.g. "no such file or directory"), which each reader
# phrases as its diagnostic requires.
proc ::cdl::diag::read_file {path} {
    try {
        set chan [open $path r]
    } trap {POSIX} {msg opts} {
        return -code error [lindex [dict get $opts -errorcode] 2]
    }
    try {
        return [::read $chan]
    } trap {POSIX} {msg opts} {
        return -code error [lindex [dict get $opts -errorcode] 2]
    } finally {
        close $chan
    }
}
