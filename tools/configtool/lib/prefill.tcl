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
# This process does not cache the packages of its own run either: once
# done with their own runs the helpers read those again, into the cache,
# while this process resolves the configuration and saves it.  Writing a
# cache entry costs 40% of reading the package, and the helpers' time is
# free by then.
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
    # The helpers' channels, and the packages of their runs not announced
    # yet: NAME -> channel.
    variable helpers {}
    variable pending
    array set pending {}
    # The packages of this process's run that a helper caches.
    variable delegated
    array set delegated {}
    # A helper costs a start of the tool, about what reading this many
    # small packages costs: fewer are read here.
    variable minimum 16
    # What a package costs, measured: read and cached by a helper, read
    # here (not cached), restored here from the cache.
    variable cost {helper 10 own 7 restore 2}
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
    # This process reads the first OWN packages; each helper reads a run
    # of the others, then a slice of the first OWN again.
    set others [expr {$jobs - 1}]
    set own [OwnRun $count $others]
    set run [expr {($count - $own + $others - 1) / $others}]
    set slice [expr {($own + $others - 1) / $others}]
    for {set j 0} {$j < $others} {incr j} {
        set first [expr {$own + $j * $run}]
        set again [expr {$j * $slice}]
        Spawn [lrange $missing [expr {2 * $first}] [expr {2 * ($first + $run) - 1}]] \
            [lrange $missing [expr {2 * $again}] [expr {2 * min($again + $slice, $own) - 1}]]
    }
}

# How many of COUNT packages this process reads, HELPERS reading the
# others: then it restores every helper's packages, while they read.
# The split is such that both are done at the same time.
proc ::cdl::prefill::OwnRun {count helpers} {
    variable cost
    foreach key {helper own restore} { set $key [dict get $cost $key] }
    expr {max(0, $count * ($helper - $restore * $helpers)
                 / (($own - $restore) * $helpers + $helper))}
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

# Starts a helper reading RUN, then AGAIN, into the cache.  A helper
# that cannot start reads nothing: its run is read here, and AGAIN cached
# here.
proc ::cdl::prefill::Spawn {run again} {
    variable helpers; variable pending; variable delegated
    set worker [file join $::cdl::libdir prefill-worker.tcl]
    set command [list [info nameofexecutable] $worker $::cdl::db::repos {*}$run {*}$again]
    if {[catch {open |[list {*}$command 2>@1] r} chan]} { return }
    lappend helpers $chan
    foreach {pkg version} $run { set pending($pkg) $chan }
    foreach {pkg version} $again { set delegated($pkg) 1 }
}

# Whether a helper caches PKG, which this process reads.
proc ::cdl::prefill::caches {pkg} {
    variable delegated
    info exists delegated($pkg)
}

# Waits until no helper is reading PKG any more.
proc ::cdl::prefill::await {pkg} {
    variable pending
    if {![info exists pending($pkg)]} { return }
    set chan $pending($pkg)
    while {[info exists pending($pkg)]} {
        if {[gets $chan line] < 0} {
            Forget $chan
        } elseif {[regexp {^done (\S+)$} $line -> done]} {
            unset -nocomplain pending($done)
        }
    }
}

# Ends every helper, so that none outlives this process: after a command
# that succeeded (COMPLETE true) once the helper has read everything;
# otherwise at once, which the helper notices as soon as it announces
# its next package.
proc ::cdl::prefill::finish {complete} {
    variable helpers
    foreach chan $helpers {
        Forget $chan
        # The helper's own failures only mean fewer packages cached.
        if {$complete} { catch { read $chan } }
        catch { close $chan }
    }
    set helpers {}
    variable delegated
    array unset delegated
}

# Forgets the packages the helper on CHAN has not announced: they are
# read here, if at all.
proc ::cdl::prefill::Forget {chan} {
    variable pending
    foreach {pkg c} [array get pending] {
        if {$c eq $chan} { unset pending($pkg) }
    }
}
