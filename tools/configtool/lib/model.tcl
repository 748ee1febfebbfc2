# The configuration model: loaded packages, the node hierarchy, value
# sources, and the derived state (activity, current values, interface
# counts) that expressions read.
#
# Derived state is computed lazily and cached in S until the next change.
# Loading or removing packages drops the whole cache (`changed`); a change
# to values drops only what may depend on them (`values_changed`), which
# keeps the trials of the inference engine cheap.
namespace eval ::cdl::model {
    # Configuration-wide facts.
    variable config
    # Per-node static facts, keyed "field,NAME": kind flavor owner file line
    # container (where it was defined) parent (effective) children, and
    # for a node read from CDL "props,NAME", the properties it was given
    # (for the cache's snapshot); and per package "owned,P" "version,P"
    # "flags,P" and "refs,P" (what P adds to the reference indexes, see
    # PackageRefs).
    variable N
    # Properties, keyed "NAME,PROP".  See cdl.tcl for each property's shape.
    variable P
    # Value sources, keyed "NAME,SOURCE" -> {enabled data}, plus
    # "NAME,source" -> the current source.
    variable V
    # Derived state cache.
    variable S
    # Errors raised while evaluating default/calculated/active_if values
    # during the current computation, keyed "NAME,PROPNAME,LINE" ->
    # {message occurrence}.
    variable E
    # The nodes whose derived state was forgotten since the conflicts were
    # last listed (`*' for all), and whether any expression refers to a
    # node indirectly (see values_changed).
    variable dirty *
    variable dynamic 0
    # The computations under way (see "derived state").
    variable Busy
    array set Busy {depth 0}
    # Undo journal for trial changes made by the inference engine.
    variable journal {}
    variable journaling 0
    # Set when packages were loaded or removed and the hierarchy and the
    # reference indexes must be recomputed before they are next used.
    variable stale 0

    variable source_rank {default 0 inferred 1 wizard 2 user 3}
    variable kind_class {package package component component option option interface interface}
    namespace export *
}

# Starts an empty configuration.
proc ::cdl::model::reset {{name eCos}} {
    variable config
    variable N; variable P; variable V; variable S; variable E
    array unset N; array unset P; array unset V; array unset S; array unset E
    array set N {}; array set P {}; array set V {}; array set S {}; array set E {}
    set config [dict create name $name description "" hardware "" template "" \
        packages {} unsupported_commands {} unsupported_toplevel {} \
        unsupported_nodes {}]
    variable nodes {}
    set N(children,<top>) {}
    set N(children,<orphans>) {}
    changed
    variable referrers; array unset referrers; array set referrers {}
    variable implementors; array unset implementors; array set implementors {}
    variable journal {}
}

proc ::cdl::model::get {key} { variable config; dict get $config $key }
proc ::cdl::model::set_config {key value} {
    variable config
    dict set config $key $value
}

# ---------------------------------------------------------------- nodes

proc ::cdl::model::exists {name} {
    variable N
    info exists N(kind,$name)
}
proc ::cdl::model::is_loaded {name} {
    variable N
    info exists N(kind,$name)
}
proc ::cdl::model::kind {name} { variable N; return $N(kind,$name) }
proc ::cdl::model::flavor {name} { variable N; return $N(flavor,$name) }
proc ::cdl::model::owner {name} { variable N; return $N(owner,$name) }
proc ::cdl::model::parent {name} { Fresh; variable N; return $N(parent,$name) }
proc ::cdl::model::children {name} { Fresh; variable N; return $N(children,$name) }
proc ::cdl::model::location {name} {
    variable N
    list $N(file,$name) $N(line,$name)
}
proc ::cdl::model::packages {} { variable config; dict get $config packages }
proc ::cdl::model::nodes {} { variable nodes; return $nodes }

# Nodes owned by PKG, in creation order (the order headers are written in).
proc ::cdl::model::owned {pkg} { variable N; return $N(owned,$pkg) }

proc ::cdl::model::prop {name prop {default ""}} {
    variable P
    if {[info exists P($name,$prop)]} { return $P($name,$prop) }
    return $default
}
proc ::cdl::model::has {name prop} {
    variable P
    info exists P($name,$prop)
}

# Adds a node created by the CDL loader.  CONTAINER is the package or
# component in whose body it was defined.
proc ::cdl::model::add_node {name kind container owner file line} {
    variable N; variable config
    set N(kind,$name) $kind
    set N(flavor,$name) [dict get {package booldata component bool option bool interface data} $kind]
    set N(owner,$name) $owner
    set N(container,$name) $container
    set N(file,$name) $file
    set N(line,$name) $line
    set N(children,$name) {}
    set N(props,$name) {}
    variable nodes
    lappend nodes $name
    lappend N(owned,$owner) $name
}

proc ::cdl::model::set_flavor {name flavor} { variable N; set N(flavor,$name) $flavor }

proc ::cdl::model::add_prop {name prop value} {
    variable P
    if {![info exists P($name,$prop)]} { variable N; lappend N(props,$name) $prop }
    set P($name,$prop) $value
}
proc ::cdl::model::append_prop {name prop value} {
    variable P
    if {![info exists P($name,$prop)]} { variable N; lappend N(props,$name) $prop }
    lappend P($name,$prop) $value
}

# Registers a loaded package (its nodes are added separately).
proc ::cdl::model::add_package {name version} {
    variable config; variable N; variable V
    dict lappend config packages $name
    set N(owned,$name) {}
    set N(version,$name) $version
    set N(flags,$name) {}
}

proc ::cdl::model::package_version {name} { variable N; return $N(version,$name) }
proc ::cdl::model::package_flags {name} { variable N; return $N(flags,$name) }
proc ::cdl::model::add_package_flag {name flag} {
    variable N
    if {$flag ni $N(flags,$name)} { lappend N(flags,$name) $flag }
}

# Gives a freshly loaded package its value: enabled, data = version, in
# both the default and the user source.
proc ::cdl::model::init_package_value {name} {
    variable V; variable N
    set V($name,user) [list 1 $N(version,$name)]
    set V($name,source) user
}

# The nodes and properties PKG's CDL produced, as data (see cache.tcl): a
# list {OWNED KINDS FLAVORS CONTAINERS FILES LINES P-ENTRIES INDEX}, the
# node fields as columns in the order of OWNED, the properties ready for
# `array set', and what the package adds to the indexes.  (Each node's
# owner is PKG; its children are found again when the hierarchy is.)
proc ::cdl::model::snapshot_package {pkg} {
    variable N; variable P
    set owned $N(owned,$pkg)
    set snapshot [list $owned]
    foreach f {kind flavor container file line} {
        lappend snapshot [lmap n $owned { set N($f,$n) }]
    }
    set pflat {}
    foreach n $owned {
        foreach prop $N(props,$n) { lappend pflat $n,$prop $P($n,$prop) }
    }
    # Kept for the indexes too, which then need not be gathered again.
    if {![info exists N(refs,$pkg)]} { set N(refs,$pkg) [PackageRefs $pkg] }
    lappend snapshot $pflat $N(refs,$pkg)
}

# Loads PKG at VERSION from a snapshot instead of its CDL.
proc ::cdl::model::restore_package {pkg version snapshot} {
    variable N; variable P; variable nodes
    lassign $snapshot owned kinds flavors containers files lines pflat refs
    add_package $pkg $version
    foreach n $owned kind $kinds flavor $flavors container $containers file $files line $lines {
        set N(kind,$n) $kind
        set N(flavor,$n) $flavor
        set N(owner,$n) $pkg
        set N(container,$n) $container
        set N(file,$n) $file
        set N(line,$n) $line
    }
    array set P $pflat
    set N(refs,$pkg) $refs
    lappend nodes {*}$owned
    set N(owned,$pkg) $owned
    init_package_value $pkg
    loaded
}

# Removes a package and every node it owns.
proc ::cdl::model::remove_package {pkg} {
    variable config; variable N; variable P; variable V
    set owned $N(owned,$pkg)
    set gone [dict create]
    foreach n $owned {
        dict set gone $n 1
        foreach field {kind flavor owner container file line children index parent props} {
            unset -nocomplain N($field,$n)
        }
        array unset P $n,*
        array unset V $n,*
    }
    unset N(owned,$pkg) N(version,$pkg) N(flags,$pkg)
    unset -nocomplain N(refs,$pkg)
    dict set config packages [lsearch -all -inline -not -exact [dict get $config packages] $pkg]
    set keep {}
    variable nodes
    foreach n $nodes {
        if {![dict exists $gone $n]} { lappend keep $n }
    }
    set nodes $keep
    loaded
}

# ------------------------------------------------------------ hierarchy

# Recomputes the effective hierarchy and the reference indexes after
# packages were loaded or unloaded: `parent` properties relocate nodes,
# nodes whose parent is not loaded wait in the orphans container.
proc ::cdl::model::loaded {} {
    variable stale 1
    changed
}

proc ::cdl::model::Fresh {} {
    variable stale
    if {$stale} { rebuild }
}

proc ::cdl::model::rebuild {} {
    variable N; variable P; variable config; variable stale
    set stale 0
    set top_first {}
    set N(children,<orphans>) {}
    variable nodes
    foreach n $nodes { set N(children,$n) {} }
    foreach n $nodes {
        # Most nodes have no parent property: they stay where defined (a
        # package in <top>).
        if {[info exists P($n,parent)]} {
            set p [EffectiveParent $n]
        } else {
            set p $N(container,$n)
        }
        set N(parent,$n) $p
        if {$p eq "<top>"} {
            if {$N(kind,$n) eq "package" && ![info exists P($n,parent)]} { continue }
            lappend top_first $n
        } else {
            lappend N(children,$p) $n
        }
    }
    set N(children,<top>) [concat $top_first [list <orphans>]]
    foreach p [dict get $config packages] {
        if {![info exists P($p,parent)]} { lappend N(children,<top>) $p }
    }
    BuildIndexes
}

proc ::cdl::model::EffectiveParent {n} {
    variable N; variable P
    if {![info exists P($n,parent)]} {
        if {$N(kind,$n) eq "package"} { return <top> }
        return $N(container,$n)
    }
    set target [lindex $P($n,parent) 0]
    if {$target eq ""} { return <top> }
    if {![info exists N(kind,$target)]} { return <orphans> }
    if {$N(kind,$target) ni {package component} || [IsAncestor $n $target]} {
        # A structural conflict: keep the node where it was defined.
        if {$N(kind,$n) eq "package"} { return <top> }
        return $N(container,$n)
    }
    return $target
}

proc ::cdl::model::IsAncestor {n candidate} {
    variable N
    set p $candidate
    while {[info exists N(container,$p)]} {
        if {$p eq $n} { return 1 }
        set p $N(container,$p)
    }
    expr {$p eq $n}
}

# Reverse references (who refers to a node, for savefiles and `explain`)
# and implementors of each interface, gathered package by package (the
# nodes list is in package order) from what each package contributes.
proc ::cdl::model::BuildIndexes {} {
    variable config; variable N
    variable referrers; variable implementors
    array unset referrers; array set referrers {}
    array unset implementors; array set implementors {}
    variable dynamic 0
    foreach pkg [dict get $config packages] {
        if {![info exists N(refs,$pkg)]} { set N(refs,$pkg) [PackageRefs $pkg] }
        lassign $N(refs,$pkg) refs impls indirect
        foreach {ref entry} $refs { lappend referrers($ref) $entry }
        foreach {iface n} $impls { lappend implementors($iface) $n }
        if {$indirect} { set dynamic 1 }
    }
}

# What the nodes of PKG add to the indexes: two flat lists,
# {REFERENCED {NODE PROP TEXT} ...} and {INTERFACE NODE ...}, and whether
# an expression refers indirectly (`*NAME'), to a node only its value
# names.  They depend only on the package's own properties, so the cache
# keeps them.
proc ::cdl::model::PackageRefs {pkg} {
    variable N; variable P
    set refs {}
    set impls {}
    set indirect 0
    foreach n $N(owned,$pkg) {
        # The list of properties the loader keeps spares probing for each.
        set props [expr {[info exists N(props,$n)] ? $N(props,$n) : [IndexedProps $n]}]
        foreach prop {active_if calculated default_value legal_values requires} {
            if {$prop ni $props} { continue }
            set occurrences [expr {$prop in {active_if requires} ? $P($n,$prop) : [list $P($n,$prop)]}]
            foreach occ $occurrences {
                set text [dict get $occ text]
                set entry [list $n $prop $text]
                foreach ref [dict get $occ refs] {
                    lappend refs $ref $entry
                }
                # Only `*' makes an indirection.  Also met in strings:
                # counting one too many is harmless.
                if {[string first * $text] >= 0
                        && [string first indirect [expr {$prop eq "legal_values"
                            ? [dict get $occ items] : [dict get $occ ast]}]] >= 0} {
                    set indirect 1
                }
            }
        }
        if {"implements" in $props} {
            foreach occ $P($n,implements) {
                lappend impls [dict get $occ name] $n
            }
        }
    }
    list $refs $impls $indirect
}

# The properties of node N that PackageRefs reads.
proc ::cdl::model::IndexedProps {n} {
    variable P
    lmap prop {active_if calculated default_value implements legal_values requires} {
        if {![info exists P($n,$prop)]} { continue }
        set prop
    }
}

proc ::cdl::model::referrers {name} {
    Fresh
    variable referrers
    if {[info exists referrers($name)]} { return $referrers($name) }
    return {}
}
proc ::cdl::model::implementors {name} {
    Fresh
    variable implementors
    if {[info exists implementors($name)]} { return $implementors($name) }
    return {}
}

# Walks the hierarchy depth first, calling CMD with each node (not the
# toplevel or orphans containers).
proc ::cdl::model::walk {cmd {root <top>}} {
    Fresh
    variable N
    foreach c $N(children,$root) {
        if {$c ne "<orphans>"} { {*}$cmd $c }
        walk $cmd $c
    }
}

# -------------------------------------------------------------- values

# Incremented by every change, so that results derived from the whole
# configuration (the conflict list) can be reused until the next one.
variable ::cdl::model::generation 0

proc ::cdl::model::changed {} {
    variable S; variable E
    variable generation
    variable Busy
    variable dirty *
    incr generation
    array unset Busy; array set Busy {depth 0}
    array unset S; array set S {}
    array unset E; array set E {}
}

# After the values of NAMES changed: forgets the derived state that may
# depend on them, that of the nodes referring to them, of their children
# and of the interfaces they implement, and so on, following the static
# references (a node whose result could change counts as changed).  The
# rest of the configuration keeps its results.  When that could differ
# from computing everything again (hierarchy not built, an evaluation
# error recorded, an indirect reference somewhere) everything goes.
proc ::cdl::model::values_changed {names} {
    variable stale; variable E; variable dynamic
    if {$stale || [array size E] || $dynamic} { changed; return }
    variable S; variable N; variable P; variable referrers; variable generation
    variable dirty
    incr generation
    set seen [dict create]
    while {[llength $names]} {
        set next {}
        foreach n $names {
            if {[dict exists $seen $n] || ![info exists N(kind,$n)]} { continue }
            dict set seen $n 1
            unset -nocomplain S(a,$n) S(v,$n) S(d,$n) S(r,$n) S(c,$n)
            if {[info exists referrers($n)]} {
                foreach r $referrers($n) { lappend next [lindex $r 0] }
            }
            lappend next {*}$N(children,$n)
            if {[info exists P($n,implements)]} {
                foreach occ $P($n,implements) { lappend next [dict get $occ name] }
            }
        }
        set names $next
    }
    if {$dirty ne "*"} { set dirty [dict merge $dirty $seen] }
}

# The nodes whose results were forgotten since the last call, as a dict
# (keys), or `*' for all of them.
proc ::cdl::model::take_dirty {} {
    variable dirty
    set taken $dirty
    set dirty [dict create]
    return $taken
}

proc ::cdl::model::is_modifiable {name} {
    variable N; variable P
    expr {$N(kind,$name) in {component option} && $N(flavor,$name) ne "none"
          && ![info exists P($name,calculated)]}
}

# Current source of a node's value.
proc ::cdl::model::source {name} {
    variable V
    if {[info exists V($name,source)]} { return $V($name,source) }
    return default
}

proc ::cdl::model::has_source {name src} {
    variable V
    expr {$src eq "default" || [info exists V($name,$src)]}
}

# The stored {enabled data} of a non-default source.
proc ::cdl::model::source_value {name src} {
    variable V
    if {$src eq "default"} { return [default_value $name] }
    return $V($name,$src)
}

# Sets the value of SRC; the current source moves to SRC when it ranks
# at least as high as the current one.
proc ::cdl::model::set_value {name src enabled data} {
    variable V; variable source_rank
    Journal $name
    set V($name,$src) [list $enabled $data]
    set cur [source $name]
    if {[dict get $source_rank $src] >= [dict get $source_rank $cur]} {
        set V($name,source) $src
    }
    values_changed [list $name]
}

# Removes SRC; the current source falls back to the highest remaining.
proc ::cdl::model::unset_value {name src} {
    variable V
    Journal $name
    unset -nocomplain V($name,$src)
    set V($name,source) default
    foreach s {inferred wizard user} {
        if {[info exists V($name,$s)]} { set V($name,source) $s }
    }
    values_changed [list $name]
}

proc ::cdl::model::force_source {name src} {
    variable V
    Journal $name
    set V($name,source) $src
    values_changed [list $name]
}

# --- trial changes (inference) ---

proc ::cdl::model::Journal {name} {
    variable journaling; variable journal; variable V
    if {!$journaling} { return }
    lappend journal $name [array get V $name,*]
}

proc ::cdl::model::begin_trial {} {
    variable journaling; variable journal
    incr journaling
    return [llength $journal]
}

# Ends a trial; the outermost one keeps its changes for good.
proc ::cdl::model::end_trial {} {
    variable journaling; variable journal
    if {[incr journaling -1] == 0} { set journal {} }
}

# Undoes every change journalled since MARK.
proc ::cdl::model::rollback {mark} {
    variable journal; variable V
    set names {}
    for {set i [expr {[llength $journal] - 2}]} {$i >= $mark} {incr i -2} {
        set name [lindex $journal $i]
        array unset V $name,*
        array set V [lindex $journal $i+1]
        lappend names $name
    }
    set journal [lrange $journal 0 $mark-1]
    values_changed $names
}


# --- derived state ---
#
# Every result is kept in S until the next change: S(a,N) activity,
# S(v,N) value, S(d,N) default value, S(r,N) value as a reference, S(c,N)
# whether N's children may be active (other modules may keep results of
# their own there, under other letters).  S is large: a look-up in it, or
# in N or P, misses the processor's caches and costs more than most of
# the work, so these procs look up each fact once.
# While a result is computed
# Busy(KIND,N) holds its depth in the chain of computations under way
# (Busy(depth) is the current depth), which is how a value that depends
# on itself is recognised.  This bookkeeping is written out in each
# computing proc, and Busy is kept apart from the large S: these are the
# innermost loops of every command.

proc ::cdl::model::is_active {name} {
    variable S
    if {[info exists S(a,$name)]} { return $S(a,$name) }
    variable N
    if {![info exists N(kind,$name)]} { return 0 }
    return [ComputeActive $name]
}

proc ::cdl::model::ComputeActive {name} {
    variable stale
    if {$stale} { rebuild }
    variable S; variable N; variable Busy
    if {[info exists Busy(a,$name)]} { CycleError a $name }
    set Busy(a,$name) [incr Busy(depth)]
    set p $N(parent,$name)
    if {$p eq "<top>" || $p eq "<orphans>"} {
        set active 1
    } else {
        set active [expr {[info exists S(c,$p)] ? $S(c,$p) : [AllowsChildren $p]}]
    }
    variable P
    if {$active && [info exists P($name,active_if)]} {
        foreach occ $P($name,active_if) {
            if {![EvalGoal $name ActiveIf $occ 1]} { set active 0; break }
        }
    }
    unset Busy(a,$name)
    incr Busy(depth) -1
    set S(a,$name) $active
}

# Whether the children of P may be active: P is active and enabled.  Kept
# as S(c,P), which spares each of the children reading both.
proc ::cdl::model::AllowsChildren {p} {
    variable S; variable N
    set S(c,$p) [expr {([info exists S(a,$p)] ? $S(a,$p) : [ComputeActive $p])
        && ($N(flavor,$p) eq "none" || $N(flavor,$p) eq "data"
            || [lindex [expr {[info exists S(v,$p)] ? $S(v,$p) : [value $p]}] 0])}]
}

# Evaluates a goal; an evaluation error counts as FALLBACK and is recorded.
proc ::cdl::model::EvalGoal {name propname occ fallback} {
    try {
        return [::cdl::expr::truth [evaluate $occ]]
    } trap {CDL EVAL} {msg} {
        variable E
        set E($name,$propname,[dict get $occ line]) [list $msg $occ]
        return $fallback
    }
}

# The value of the expression of occurrence OCC, through the proc of its
# shape (see expr.tcl).  A lone reference, the commonest goal, is just the
# reference's value.
proc ::cdl::model::evaluate {occ} {
    if {![dict exists $occ shape]} { return [::cdl::expr::eval [dict get $occ ast]] }
    lassign [dict get $occ shape] shape leaves
    if {$shape eq "ref"} { return [ref_value [lindex $leaves 0]] }
    # The AST is only read to compile a shape first met (a restored
    # package's are text until then).
    ::cdl::expr::run $shape $leaves [dict get $occ ast]
}

proc ::cdl::model::is_enabled {name} {
    variable N
    if {![info exists N(kind,$name)]} { return 0 }
    if {$N(flavor,$name) eq "none" || $N(flavor,$name) eq "data"} { return 1 }
    variable S
    if {[info exists S(v,$name)]} { return [lindex $S(v,$name) 0] }
    lindex [value $name] 0
}

proc ::cdl::model::get_data {name} {
    variable N
    if {![info exists N(kind,$name)]} { return 0 }
    if {$N(flavor,$name) in {none bool}} { return [lindex [value $name] 0] }
    lindex [value $name] 1
}

# The value a reference to NAME has in an expression.
proc ::cdl::model::ref_value {name} {
    variable S
    if {[info exists S(r,$name)]} { return $S(r,$name) }
    variable N
    # (Every node has a flavor: testing it is testing the node is loaded.)
    if {![info exists N(flavor,$name)]
            || ([info exists S(a,$name)] ? !$S(a,$name) : ![ComputeActive $name])} {
        return [set S(r,$name) 0]
    }
    lassign [expr {[info exists S(v,$name)] ? $S(v,$name) : [value $name]}] enabled data
    # Value texts keep their form (0x100 stays 0x100): no expr on data.
    set S(r,$name) [switch -- $N(flavor,$name) {
        none { string cat 1 }
        bool { if {$enabled} { string cat 1 } else { string cat 0 } }
        booldata { if {$enabled} { set data } else { string cat 0 } }
        data { set data }
    }]
}

# Current {enabled data} of a node, whatever its activity.
proc ::cdl::model::value {name} {
    variable S
    if {[info exists S(v,$name)]} { return $S(v,$name) }
    variable N; variable P; variable V
    set kind $N(kind,$name)
    if {$kind eq "interface"} {
        set result [InterfaceValue $name]
    } elseif {[info exists V($name,source)] && $V($name,source) ne "default"
            && ![info exists P($name,calculated)]} {
        # A value held by a source needs nothing else.
        set result $V($name,$V($name,source))
    } elseif {[info exists S(d,$name)]} {
        set result $S(d,$name)
    } else {
        set result [ComputeDefault $name $kind]
    }
    set S(v,$name) $result
}

# The value the default_value (or calculated) expression gives.
proc ::cdl::model::default_value {name} {
    variable S
    if {[info exists S(d,$name)]} { return $S(d,$name) }
    variable N
    set kind $N(kind,$name)
    if {$kind eq "interface"} { return [value $name] }
    ComputeDefault $name $kind
}

# default_value of NAME, of KIND (not an interface), not known yet.  The
# model's arrays are large: each look-up costs, and this runs for nearly
# every node.
proc ::cdl::model::ComputeDefault {name kind} {
    variable S; variable N; variable P
    if {$kind eq "package"} {
        return [set S(d,$name) [list 1 $N(version,$name)]]
    }
    if {[info exists P($name,calculated)]} {
        set prop calculated
    } elseif {[info exists P($name,default_value)]} {
        set prop default_value
    } else {
        return [set S(d,$name) [FlavorValue $N(flavor,$name) 0]]
    }
    set occ $P($name,$prop)
    if {[dict get $occ refs] eq ""} {
        return [set S(d,$name) [ConstantDefault $N(flavor,$name) [dict get $occ ast]]]
    }
    variable Busy
    if {[info exists Busy(d,$name)]} { CycleError d $name }
    set Busy(d,$name) [incr Busy(depth)]
    try {
        set v [evaluate $occ]
    } trap {CDL EVAL} {msg} {
        variable E
        set propname [expr {$prop eq "calculated" ? "Calculated" : "DefaultValue"}]
        set E($name,$propname,[dict get $occ line]) [list $msg $occ]
        set v 0
    }
    unset Busy(d,$name)
    incr Busy(depth) -1
    set S(d,$name) [FlavorValue $N(flavor,$name) $v]
}

# Defaults that refer to nothing are the same in every configuration;
# most defaults are such constants.
proc ::cdl::model::ConstantDefault {flavor ast} {
    variable constant_defaults
    set key $flavor,$ast
    if {![info exists constant_defaults($key)]} {
        set constant_defaults($key) [FlavorValue $flavor [::cdl::expr::eval $ast]]
    }
    return $constant_defaults($key)
}

# Applies a simple value to a flavor (cdl.md §5.3).
proc ::cdl::model::FlavorValue {flavor v} {
    switch -- $flavor {
        none { list 1 "" }
        bool { list [::cdl::expr::truth $v] "" }
        booldata {
            if {[::cdl::expr::truth $v]} { list 1 $v } else { list 0 0 }
        }
        data { list 1 $v }
    }
}

proc ::cdl::model::InterfaceValue {name} {
    variable N; variable Busy
    if {[info exists Busy(v,$name)]} { CycleError v $name }
    set Busy(v,$name) [incr Busy(depth)]
    set count 0
    foreach impl [implementors $name] {
        if {[is_active $impl] && [is_enabled $impl]} { incr count }
    }
    unset Busy(v,$name)
    incr Busy(depth) -1
    switch -- $N(flavor,$name) {
        bool { list [expr {$count > 0}] "" }
        booldata { list [expr {$count > 0}] $count }
        default { list 1 $count }
    }
}

proc ::cdl::model::CycleError {what name} {
    variable N; variable P; variable Busy
    # The chain of computations under way, outermost first.
    set stack {}
    foreach {key depth} [array get Busy *,*] {
        lappend stack [list $depth [lindex [split $key ,] 1]]
    }
    set stack [lmap entry [lsort -integer -index 0 $stack] {lindex $entry 1}]
    set first [lsearch -exact $stack $name]
    set chain [lrange $stack $first end]
    lappend chain $name
    # Collapse repeated names (activity and value of the same node).
    set shown {}
    foreach n $chain {
        if {[lindex $shown end] ne $n} { lappend shown $n }
    }
    set where "$N(file,$name):$N(line,$name)"
    foreach prop {calculated default_value} {
        if {[info exists P($name,$prop)]} {
            set where "$N(file,$name):[dict get $P($name,$prop) line]"
            break
        }
    }
    # The computation is abandoned: forget its half-made state.
    changed
    return -code error -errorcode {CDL CYCLE} \
        "$where: error, the value of $name depends on itself: [join $shown { -> }]"
}

# Simple value text of a node (cdl.md §5.4; used by `U` lines).
proc ::cdl::model::value_text {name} {
    variable N
    lassign [value $name] enabled data
    switch -- $N(flavor,$name) {
        none { set t 1 }
        bool { set t [expr {$enabled ? 1 : 0}] }
        booldata { if {$enabled} { set t $data } else { set t 0 } }
        data { set t $data }
    }
    if {$t eq ""} { return {""} }
    return $t
}

# Errors recorded while evaluating values: list of {name propname message occurrence}.
proc ::cdl::model::eval_errors {} {
    variable E
    set out {}
    foreach key [lsort [array names E]] {
        lassign [split $key ,] name propname
        lassign $E($key) msg occ
        lappend out [list $name $propname $msg $occ]
    }
    return $out
}

proc ::cdl::model::class {name} {
    variable N; variable kind_class
    dict get $kind_class $N(kind,$name)
}
