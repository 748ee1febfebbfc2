# Filling the CDL cache in parallel.  A configuration that names many
# packages whose CDL is not cached (a first run, a new repository, a new
# version of this tool) spends most of its time reading CDL, one package
# after another.  Reading packages is independent work, so it is shared
# with helper processes, one per spare processor: each reads a run of
# the packages into the cache (prefill-worker.tcl) and announces each
# package as it is done, while this process reads the first run itself;
# it then takes the helpers' packages from the cache, in order, as they
# are announced.
#
# The helpers only fill the cache.  Every package is still loaded here,
# in the configuration's order, and one that the cache does not hold
# (its helper failed, its CDL has diagnostics or runs plain Tcl, one of
# its names is in use) is read here as it would have been without
# helpers, with the same messages.
#
# ECOSCONFIG_JOBS sets the number of processes (1: no helpers); by
# default it is the number of processors this process may run on.
namespace eval ::cdl::prefill {
    # Packages a helper has not announced yet: NAME -> its channel.
    variable pending
    array set pending {}
    # A helper costs a start of the tool, about what reading this many
    # small packages costs: fewer are read here.
    variable minimum 16
}

# Starts helpers for the packages of PACKAGES, {NAME VERSION ...}, that
# are about to be loaded in this order, when enough of them are neither
# loaded nor cached.
proc ::cdl::prefill::start {packages} {
    variable minimum
    if {![::cdl::cache::Usable]} { return }
    set jobs [Jobs]
    if {$jobs < 2 || [llength $packages] < 4 * $minimum} { return }
    set missing {}
    foreach {pkg version} $packages {
        if {![::cdl::model::exists $pkg] && ![::cdl::cache::holds $pkg $version]} {
            lappend missing $pkg $version
        }
    }
    set count [expr {[llength $missing] / 2}]
    set jobs [expr {min($jobs, $count / $minimum)}]
    if {$jobs < 2} { return }
    # Equal runs; the first is read here, while the helpers start.
    set run [expr {($count + $jobs - 1) / $jobs}]
    for {set j 1} {$j < $jobs} {incr j} {
        Spawn [lrange $missing [expr {2 * $j * $run}] [expr {2 * ($j + 1) * $run - 1}]]
    }
}

# The number of processes to share the reading between.
proc ::cdl::prefill::Jobs {} {
    variable jobs
    if {![info exists jobs]} { set jobs [CountJobs] }
    return $jobs
}

proc ::cdl::prefill::CountJobs {} {
    if {[info exists ::env(ECOSCONFIG_JOBS)]} {
        set jobs $::env(ECOSCONFIG_JOBS)
        if {![string is integer -strict $jobs] || $jobs < 1} {
            return -code error -errorcode {CDL USAGE} \
                "ECOSCONFIG_JOBS must be a positive number, not `$jobs'."
        }
        return $jobs
    }
    # Linux says which processors this process may run on, as a list of
    # ranges ("0-3,6"); elsewhere the tool reads alone.
    if {[catch {::cdl::diag::read_file /proc/self/status} status]
            || ![regexp -line {^Cpus_allowed_list:\s*(\S+)} $status -> ranges]} {
        return 1
    }
    set count 0
    foreach range [split $ranges ,] {
        lassign [split $range -] first last
        if {$last eq ""} { set last $first }
        incr count [expr {$last - $first + 1}]
    }
    return $count
}

# Starts a helper reading PACKAGES into the cache.  A helper that cannot
# start reads nothing: its packages are read here.
proc ::cdl::prefill::Spawn {packages} {
    variable pending
    set worker [file join $::cdl::libdir prefill-worker.tcl]
    set command [list [info nameofexecutable] $worker $::cdl::db::repos {*}$packages]
    if {[catch {open |[list {*}$command 2>@1] r} chan]} { return }
    foreach {pkg version} $packages { set pending($pkg) $chan }
}

# Waits until no helper is reading PKG any more.
proc ::cdl::prefill::await {pkg} {
    variable pending
    if {![info exists pending($pkg)]} { return }
    set chan $pending($pkg)
    while {[info exists pending($pkg)]} {
        if {[gets $chan line] < 0} {
            Finish $chan
        } elseif {[regexp {^done (\S+)$} $line -> done]} {
            unset -nocomplain pending($done)
        }
    }
}

# Waits for every helper, so that none outlives this process.
proc ::cdl::prefill::finish {} {
    variable pending
    foreach chan [lsort -unique [lmap {pkg chan} [array get pending] { set chan }]] {
        Finish $chan
    }
}

# Waits for the helper on CHAN to end; its packages are done, read or not.
proc ::cdl::prefill::Finish {chan} {
    variable pending
    foreach {pkg c} [array get pending] {
        if {$c eq $chan} { unset pending($pkg) }
    }
    # The helper's own failures only mean fewer packages cached.
    catch { read $chan }
    catch { close $chan }
}
