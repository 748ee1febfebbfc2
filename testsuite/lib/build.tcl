# Building a permutation: ecosconfig new, set, tree, then make and
# make tests, each step logged to <dir>/build.log.

namespace eval ::build {}

# Build permutation PERM (a dict from ::perm::read) in DIR with the
# repository SRCDIR. Returns "" on success, else a one-line reason.
proc ::build::permutation {perm dir srcdir tclsh jobs} {
    file mkdir $dir
    set log [file join $dir build.log]
    set fd [open $log w]
    close $fd
    set tool [list $tclsh [file join $srcdir tools configtool ecosconfig] \
                  --srcdir=$srcdir]
    set new [list {*}$tool]
    if {[dict get $perm debug]} {
        lappend new --enable-debug
    }
    lappend new new [dict get $perm target] [dict get $perm template]
    set steps [list $new]
    foreach {option value} [dict get $perm settings] {
        lappend steps [list {*}$tool set $option $value]
    }
    lappend steps [list {*}$tool check] [list {*}$tool tree] \
        [list make -j$jobs] [list make -j$jobs tests]
    # A fresh configuration each time: options set by an earlier run of a
    # changed permutation must not linger.
    file delete -force [file join $dir ecos.ecc]
    foreach step $steps {
        set reason [step $dir $log $step]
        if {$reason ne ""} {
            return $reason
        }
        if {[lindex $step end] eq "check" && ![no_conflicts $log]} {
            return "the configuration has conflicts (see $log)"
        }
    }
    return ""
}

# Did the last `ecosconfig check' in LOG report no conflicts?
proc ::build::no_conflicts {log} {
    set fd [open $log]
    set lines [split [string trimright [read $fd]] \n]
    close $fd
    return [expr {[lindex $lines end] eq "No conflicts"}]
}

# Run COMMAND in DIR, its output appended to LOG after the command line.
# Returns "" on success, else a one-line reason.
proc ::build::step {dir log command} {
    set fd [open $log a]
    puts $fd "\$ [join $command]"
    close $fd
    set here [pwd]
    cd $dir
    set status [catch {
        exec {*}$command >>& $log << ""
    } msg opts]
    cd $here
    if {$status == 0} {
        return ""
    }
    return "`[join [lrange $command 0 end] { }]' failed in $dir (see $log)"
}

# The files below ROOT, in sorted order, for which the command prefix
# ACCEPT, given the path, returns true.
proc ::build::files {root accept} {
    set found {}
    set pending [list $root]
    while {[llength $pending]} {
        set pending [lassign $pending here]
        foreach entry [lsort [glob -nocomplain -directory $here *]] {
            if {[file isdirectory $entry]} {
                lappend pending $entry
            } elseif {[{*}$accept $entry]} {
                lappend found $entry
            }
        }
    }
    return $found
}

# The test executables of a built tree.
proc ::build::tests {dir} {
    return [files [file join $dir install tests] {file executable}]
}
