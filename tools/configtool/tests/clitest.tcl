# Helpers for tests that run the ecosconfig command itself.
source [file join [file dirname [info script]] testlib.tcl]

set ::ecosconfig [file join $::cfgtool_dir ecosconfig]
set ::fixtures [file join $::cfgtool_dir tests repos]

# Runs ecosconfig in DIR; returns {status stdout-and-stderr}.
proc run_in {dir args} {
    set status 0
    set here [pwd]
    cd $dir
    try {
        if {[catch {exec [info nameofexecutable] $::ecosconfig {*}$args 2>@1} out opts]} {
            set code [dict get $opts -errorcode]
            if {[lindex $code 0] eq "CHILDSTATUS"} {
                set status [lindex $code 2]
            } else {
                set status -1
            }
        }
    } finally {
        cd $here
    }
    regsub {\n?child process exited abnormally$} $out "" out
    list $status $out
}

# A fresh scratch directory under the test temporary directory.
proc scratch {name} {
    set dir [file join [::tcltest::temporaryDirectory] $name]
    file delete -force $dir
    file mkdir $dir
    return $dir
}

proc read_file {path} {
    set f [open $path rb]
    try { return [read $f] } finally { close $f }
}

proc write_file {path text} {
    file mkdir [file dirname $path]
    set f [open $path wb]
    try { puts -nonewline $f $text } finally { close $f }
}

# Writes a repository with one target `t' (hardware package CYGPKG_HW) and
# the packages given as NAME CDL-TEXT pairs; a template `base' loads them.
proc make_repo {dir args} {
    set db "package CYGPKG_HW {\n    alias { \"Hardware\" hw }\n    directory hw\n    script hw.cdl\n    hardware\n    description \"hw\"\n}\n"
    append db "target t {\n    alias { \"Test target\" }\n    packages { CYGPKG_HW }\n    description \"t\"\n}\n"
    write_file [file join $dir hw cdl hw.cdl] "cdl_package CYGPKG_HW {\n    display \"Hardware\"\n}\n"
    set template "cdl_configuration template_base {\n    description \"base\" ;\n"
    foreach {name text} $args {
        set d [string tolower [string range $name 7 end]]
        append db "package $name {\n    alias { \"$name\" $d }\n    directory $d\n    script $d.cdl\n    description \"$name\"\n}\n"
        write_file [file join $dir $d cdl $d.cdl] $text
        append template "    package $name current ;\n"
    }
    append template "};\n"
    write_file [file join $dir ecos.db] $db
    write_file [file join $dir templates base current.ect] $template
    return $dir
}

# Removes every scratch directory (tcltest reports leftovers otherwise).
proc cleanup_scratch {} {
    foreach d [glob -nocomplain -directory [::tcltest::temporaryDirectory] *] {
        file delete -force $d
    }
}
