# The configuration model: loaded packages, the node hierarchy, value
# sources, and the derived state (activity, current values, interface
# counts) that expressions read.
#
# Derived state is computed lazily and kept until the next change.
# Loading or removing packages drops the whole cache (`changed`); a change
# to values drops only what may depend on them (`values_changed`), which
# keeps the trials of the inference engine cheap.
namespace eval ::cdl::model {
    # Configuration-wide facts.
    variable config
    # Per-node static facts, one array per fact, keyed by node name: Kind
    # Flavor Owner File Line, Container (where it was defined), Parent
    # (effective), Children, and for a node read from CDL, Props, the
    # properties it was given (for the cache's snapshot).  Per package:
    # Owned, Version, Flags and Refs (what it adds to the reference
    # indexes, see PackageRefs).  One array per fact rather than one for
    # all: a look-up in an array of a hundred thousand entries misses the
    # processor's caches, and costs several times one in an array of a
    # node per entry; these are read in the innermost loops of every
    # command.
    variable node_facts {
        Kind Flavor Owner Container File Line Parent Children Props
        Owned Version Flags Refs
    }
    foreach fact $node_facts { variable $fact }
    # Properties, one array per property, P_PROP, keyed by node name (for
    # the same reason).  See cdl.tcl for each property's shape.
    # Value sources, keyed "NAME,SOURCE" -> {enabled data}, plus
    # "NAME,source" -> the current source.
    variable V
    # Derived state, kept until the next change (see "derived state").
    variable derived_facts {Active Value Default RefValue ChildrenActive}
    foreach fact $derived_facts { variable $fact }
    unset fact
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
    variable node_facts
    foreach array [list {*}$node_facts V] {
        variable $array
        array unset $array; array set $array {}
    }
    foreach array [info vars ::cdl::model::P_*] { unset -nocomplain $array }
    set config [dict create name $name description "" hardware "" template "" \
        packages {} unsupported_commands {} unsupported_toplevel {} \
        unsupported_nodes {}]
    variable nodes {}
    set Children(<top>) {}
    set Children(<orphans>) {}
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
    variable Kind
    info exists Kind($name)
}
# The CDL function is_loaded().
proc ::cdl::model::is_loaded {name} { exists $name }
proc ::cdl::model::kind {name} { variable Kind; return $Kind($name) }
proc ::cdl::model::flavor {name} { variable Flavor; return $Flavor($name) }
proc ::cdl::model::owner {name} { variable Owner; return $Owner($name) }
proc ::cdl::model::parent {name} { Fresh; variable Parent; return $Parent($name) }
proc ::cdl::model::children {name} { Fresh; variable Children; return $Children($name) }
proc ::cdl::model::location {name} {
    variable File; variable Line
    list $File($name) $Line($name)
}
proc ::cdl::model::packages {} { variable config; dict get $config packages }
proc ::cdl::model::nodes {} { variable nodes; return $nodes }

# Nodes owned by PKG, in creation order (the order headers are written in).
proc ::cdl::model::owned {pkg} { variable Owned; return $Owned($pkg) }

proc ::cdl::model::prop {name prop {default ""}} {
    upvar #0 ::cdl::model::P_$prop values
    if {[info exists values($name)]} { return $values($name) }
    return $default
}
proc ::cdl::model::has {name prop} {
    upvar #0 ::cdl::model::P_$prop values
    info exists values($name)
}

# Adds a node created by the CDL loader.  CONTAINER is the package or
# component in whose body it was defined.
proc ::cdl::model::add_node {name kind container owner file line} {
    variable Kind; variable Flavor; variable Owner; variable Container
    variable File; variable Line; variable Children; variable Props
    variable Owned; variable config
    set Kind($name) $kind
    set Flavor($name) [dict get {package booldata component bool option bool interface data} $kind]
    set Owner($name) $owner
    set Container($name) $container
    set File($name) $file
    set Line($name) $line
    set Children($name) {}
    set Props($name) {}
    variable nodes
    lappend nodes $name
    lappend Owned($owner) $name
}

proc ::cdl::model::add_prop {name prop value} {
    upvar #0 ::cdl::model::P_$prop values
    if {![info exists values($name)]} { variable Props; lappend Props($name) $prop }
    set values($name) $value
}
proc ::cdl::model::append_prop {name prop value} {
    upvar #0 ::cdl::model::P_$prop values
    if {![info exists values($name)]} { variable Props; lappend Props($name) $prop }
    lappend values($name) $value
}

# Registers a loaded package (its nodes are added separately).
proc ::cdl::model::add_package {name version} {
    variable config; variable Owned; variable Version; variable Flags
    variable V
    dict lappend config packages $name
    set Owned($name) {}
    set Version($name) $version
    set Flags($name) {}
}

proc ::cdl::model::package_version {name} { variable Version; return $Version($name) }
proc ::cdl::model::package_flags {name} { variable Flags; return $Flags($name) }
proc ::cdl::model::add_package_flag {name flag} {
    variable Flags
    if {$flag ni $Flags($name)} { lappend Flags($name) $flag }
}

# Gives a freshly loaded package its value: enabled, data = version, in
# both the default and the user source.
proc ::cdl::model::init_package_value {name} {
    variable V; variable Version
    set V($name,user) [list 1 $Version($name)]
    set V($name,source) user
}

# The nodes and properties PKG's CDL produced, as data (see cache.tcl): a
# list {OWNED KINDS FLAVORS CONTAINERS FILES LINES PROPERTIES INDEX}, the
# node fields as columns in the order of OWNED, the properties as
# {PROP {NODE VALUE ...} ...}, and what the package adds to the indexes.
# (Each node's owner is PKG; its children are found again when the
# hierarchy is.)
proc ::cdl::model::snapshot_package {pkg} {
    variable Kind; variable Flavor; variable Container; variable File
    variable Line; variable Props; variable Owned; variable Refs
    set owned $Owned($pkg)
    set snapshot [list $owned]
    foreach fact {Kind Flavor Container File Line} {
        upvar 0 $fact column
        lappend snapshot [lmap n $owned { set column($n) }]
    }
    foreach n $owned {
        foreach prop $Props($n) {
            upvar #0 ::cdl::model::P_$prop values
            lappend byprop($prop) $n $values($n)
        }
    }
    # Kept for the indexes too, which then need not be gathered again.
    if {![info exists Refs($pkg)]} { set Refs($pkg) [PackageRefs $pkg] }
    lappend snapshot [array get byprop] $Refs($pkg)
}

# Loads PKG at VERSION from a snapshot instead of its CDL; returns 0,
# changing nothing, when one of its nodes' names is already in use (the
# package was cached while loaded alone; its CDL, read again, will say
# which name).
proc ::cdl::model::restore_package {pkg version snapshot} {
    variable Kind; variable Flavor; variable Owner; variable Container
    variable File; variable Line; variable Owned; variable Refs
    variable nodes
    lassign $snapshot owned kinds flavors containers files lines props refs
    foreach n $owned {
        if {[info exists Kind($n)]} { return 0 }
    }
    add_package $pkg $version
    foreach n $owned kind $kinds flavor $flavors container $containers file $files line $lines {
        set Kind($n) $kind
        set Flavor($n) $flavor
        set Owner($n) $pkg
        set Container($n) $container
        set File($n) $file
        set Line($n) $line
    }
    foreach {prop values} $props { array set ::cdl::model::P_$prop $values }
    set Refs($pkg) $refs
    lappend nodes {*}$owned
    set Owned($pkg) $owned
    init_package_value $pkg
    loaded
    return 1
}

# Removes a package and every node it owns.
proc ::cdl::model::remove_package {pkg} {
    variable config; variable node_facts; variable V
    foreach fact $node_facts { variable $fact }
    set owned $Owned($pkg)
    set gone [dict create]
    foreach n $owned {
        dict set gone $n 1
        foreach fact {Kind Flavor Owner Container File Line Parent Children Props} {
            unset -nocomplain ${fact}($n)
        }
        array unset V $n,*
    }
    foreach array [info vars ::cdl::model::P_*] {
        foreach n $owned { unset -nocomplain ${array}($n) }
    }
    unset Owned($pkg) Version($pkg) Flags($pkg)
    unset -nocomplain Refs($pkg)
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
    variable Kind; variable Container; variable Children; variable Parent
    variable P_parent; variable config; variable stale
    set stale 0
    set top_first {}
    set Children(<orphans>) {}
    variable nodes
    foreach n $nodes { set Children($n) {} }
    foreach n $nodes {
        # Most nodes have no parent property: they stay where defined (a
        # package in <top>).
        if {[info exists P_parent($n)]} {
            set p [EffectiveParent $n]
        } else {
            set p $Container($n)
        }
        set Parent($n) $p
        if {$p eq "<top>"} {
            if {$Kind($n) eq "package" && ![info exists P_parent($n)]} { continue }
            lappend top_first $n
        } else {
            lappend Children($p) $n
        }
    }
    set Children(<top>) [concat $top_first [list <orphans>]]
    foreach p [dict get $config packages] {
        if {![info exists P_parent($p)]} { lappend Children(<top>) $p }
    }
    BuildIndexes
}

proc ::cdl::model::EffectiveParent {n} {
    variable Kind; variable Container; variable P_parent
    if {![info exists P_parent($n)]} {
        if {$Kind($n) eq "package"} { return <top> }
        return $Container($n)
    }
    set target [lindex $P_parent($n) 0]
    if {$target eq ""} { return <top> }
    if {![info exists Kind($target)]} { return <orphans> }
    if {$Kind($target) ni {package component} || [IsAncestor $n $target]} {
        # A structural conflict: keep the node where it was defined.
        if {$Kind($n) eq "package"} { return <top> }
        return $Container($n)
    }
    return $target
}

proc ::cdl::model::IsAncestor {n candidate} {
    variable Container
    set p $candidate
    while {[info exists Container($p)]} {
        if {$p eq $n} { return 1 }
        set p $Container($p)
    }
    expr {$p eq $n}
}

# Reverse references (who refers to a node, for savefiles and `explain`)
# and implementors of each interface, gathered package by package (the
# nodes list is in package order) from what each package contributes.
proc ::cdl::model::BuildIndexes {} {
    variable config; variable Refs
    variable referrers; variable implementors
    array unset referrers; array set referrers {}
    array unset implementors; array set implementors {}
    variable dynamic 0
    foreach pkg [dict get $config packages] {
        if {![info exists Refs($pkg)]} { set Refs($pkg) [PackageRefs $pkg] }
        lassign $Refs($pkg) refs impls indirect
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
    variable Props; variable Owned; variable P_implements
    set refs {}
    set impls {}
    set indirect 0
    foreach n $Owned($pkg) {
        # The list of properties the loader keeps spares probing for each.
        set props [expr {[info exists Props($n)] ? $Props($n) : [IndexedProps $n]}]
        foreach prop {active_if calculated default_value legal_values requires} {
            if {$prop ni $props} { continue }
            upvar #0 ::cdl::model::P_$prop values
            set occurrences [expr {$prop in {active_if requires} ? $values($n) : [list $values($n)]}]
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
            foreach occ $P_implements($n) {
                lappend impls [dict get $occ name] $n
            }
        }
    }
    list $refs $impls $indirect
}

# The properties of node N that PackageRefs reads.
proc ::cdl::model::IndexedProps {n} {
    lmap prop {active_if calculated default_value implements legal_values requires} {
        upvar #0 ::cdl::model::P_$prop values
        if {![info exists values($n)]} { continue }
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
    variable Children
    foreach c $Children($root) {
        if {$c ne "<orphans>"} { {*}$cmd $c }
        walk $cmd $c
    }
}

# -------------------------------------------------------------- values

# Incremented by every change, so that results derived from the whole
# configuration (the conflict list) can be reused until the next one.
variable ::cdl::model::generation 0

proc ::cdl::model::changed {} {
    variable derived_facts; variable E
    foreach array $derived_facts {
        variable $array
        array unset $array; array set $array {}
    }
    variable generation
    variable Busy
    variable dirty *
    incr generation
    array unset Busy; array set Busy {depth 0}
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
    variable Active; variable Value; variable Default; variable RefValue
    variable ChildrenActive; variable Kind; variable Children; variable P_implements
    variable referrers; variable generation
    variable dirty
    incr generation
    set seen [dict create]
    while {[llength $names]} {
        set next {}
        foreach n $names {
            if {[dict exists $seen $n] || ![info exists Kind($n)]} { continue }
            dict set seen $n 1
            unset -nocomplain Active($n) Value($n) Default($n) RefValue($n) ChildrenActive($n)
            if {[info exists referrers($n)]} {
                foreach r $referrers($n) { lappend next [lindex $r 0] }
            }
            lappend next {*}$Children($n)
            if {[info exists P_implements($n)]} {
                foreach occ $P_implements($n) { lappend next [dict get $occ name] }
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
    variable Kind; variable Flavor; variable P_calculated
    expr {$Kind($name) in {component option} && $Flavor($name) ne "none"
          && ![info exists P_calculated($name)]}
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
# Every result is kept until the next change, one array per fact, keyed
# by node: Active(N) activity, Value(N) value, Default(N) default value,
# RefValue(N) value as a reference, ChildrenActive(N) whether N's
# children may be active.  Each proc looks up each fact once: these are
# the innermost loops of every command.  While a result is computed
# Busy(KIND,N) holds its depth in the chain of computations under way
# (Busy(depth) is the current depth), which is how a value that depends
# on itself is recognised.

proc ::cdl::model::is_active {name} {
    variable Active
    if {[info exists Active($name)]} { return $Active($name) }
    variable Kind
    if {![info exists Kind($name)]} { return 0 }
    return [ComputeActive $name]
}

proc ::cdl::model::ComputeActive {name} {
    variable stale
    if {$stale} { rebuild }
    variable Active; variable ChildrenActive; variable Parent; variable Busy
    variable P_active_if
    set p $Parent($name)
    if {$p eq "<top>" || $p eq "<orphans>"} {
        set active 1
    } elseif {[info exists ChildrenActive($p)]} {
        set active $ChildrenActive($p)
    } else {
        set active ""
    }
    # Most nodes have no active_if and a parent whose children's activity
    # is known already: nothing is evaluated, so nothing can be a cycle.
    if {$active ne "" && ![info exists P_active_if($name)]} {
        return [set Active($name) $active]
    }
    if {[info exists Busy(a,$name)]} { CycleError a $name }
    set Busy(a,$name) [incr Busy(depth)]
    if {$active eq ""} { set active [AllowsChildren $p] }
    if {$active && [info exists P_active_if($name)]} {
        foreach occ $P_active_if($name) {
            if {![EvalGoal $name ActiveIf $occ 1]} { set active 0; break }
        }
    }
    unset Busy(a,$name)
    incr Busy(depth) -1
    set Active($name) $active
}

# Whether the children of P may be active: P is active and enabled.  Kept
# as ChildrenActive(P), which spares each of the children reading both.
proc ::cdl::model::AllowsChildren {p} {
    variable Active; variable Value; variable ChildrenActive; variable Flavor
    set ChildrenActive($p) [expr {([info exists Active($p)] ? $Active($p) : [ComputeActive $p])
        && ($Flavor($p) eq "none" || $Flavor($p) eq "data"
            || [lindex [expr {[info exists Value($p)] ? $Value($p) : [value $p]}] 0])}]
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
    variable Kind; variable Flavor
    if {![info exists Kind($name)]} { return 0 }
    if {$Flavor($name) eq "none" || $Flavor($name) eq "data"} { return 1 }
    variable Value
    if {[info exists Value($name)]} { return [lindex $Value($name) 0] }
    lindex [value $name] 0
}

proc ::cdl::model::get_data {name} {
    variable Kind; variable Flavor
    if {![info exists Kind($name)]} { return 0 }
    if {$Flavor($name) in {none bool}} { return [lindex [value $name] 0] }
    lindex [value $name] 1
}

# The value a reference to NAME has in an expression.
proc ::cdl::model::ref_value {name} {
    variable Active; variable Value; variable RefValue
    if {[info exists RefValue($name)]} { return $RefValue($name) }
    variable Flavor
    # (Every node has a flavor: testing it is testing the node is loaded.)
    if {![info exists Flavor($name)]
            || ([info exists Active($name)] ? !$Active($name) : ![ComputeActive $name])} {
        return [set RefValue($name) 0]
    }
    lassign [expr {[info exists Value($name)] ? $Value($name) : [value $name]}] enabled data
    # Value texts keep their form (0x100 stays 0x100): no expr on data.
    set RefValue($name) [switch -- $Flavor($name) {
        none { string cat 1 }
        bool { if {$enabled} { string cat 1 } else { string cat 0 } }
        booldata { if {$enabled} { set data } else { string cat 0 } }
        data { set data }
    }]
}

# Current {enabled data} of a node, whatever its activity.
proc ::cdl::model::value {name} {
    variable Value; variable Default
    if {[info exists Value($name)]} { return $Value($name) }
    variable Kind; variable P_calculated; variable V
    set kind $Kind($name)
    if {$kind eq "interface"} {
        set result [InterfaceValue $name]
    } elseif {[info exists V($name,source)] && $V($name,source) ne "default"
            && ![info exists P_calculated($name)]} {
        # A value held by a source needs nothing else.
        set result $V($name,$V($name,source))
    } elseif {[info exists Default($name)]} {
        set result $Default($name)
    } else {
        set result [ComputeDefault $name $kind]
    }
    set Value($name) $result
}

# The value the default_value (or calculated) expression gives.
proc ::cdl::model::default_value {name} {
    variable Default
    if {[info exists Default($name)]} { return $Default($name) }
    variable Kind
    set kind $Kind($name)
    if {$kind eq "interface"} { return [value $name] }
    ComputeDefault $name $kind
}

# default_value of NAME, of KIND (not an interface), not known yet.  The
# model's arrays are large: each look-up costs, and this runs for nearly
# every node.
proc ::cdl::model::ComputeDefault {name kind} {
    variable Default; variable Flavor; variable Version
    variable P_calculated; variable P_default_value
    if {$kind eq "package"} {
        return [set Default($name) [list 1 $Version($name)]]
    }
    if {[info exists P_calculated($name)]} {
        set prop calculated
        set occ $P_calculated($name)
    } elseif {[info exists P_default_value($name)]} {
        set prop default_value
        set occ $P_default_value($name)
    } else {
        return [set Default($name) [FlavorValue $Flavor($name) 0]]
    }
    if {[dict get $occ refs] eq ""} {
        return [set Default($name) [ConstantDefault $Flavor($name) [dict get $occ ast]]]
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
    set Default($name) [FlavorValue $Flavor($name) $v]
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
    variable Flavor; variable Busy
    if {[info exists Busy(v,$name)]} { CycleError v $name }
    set Busy(v,$name) [incr Busy(depth)]
    set count 0
    foreach impl [implementors $name] {
        if {[is_active $impl] && [is_enabled $impl]} { incr count }
    }
    unset Busy(v,$name)
    incr Busy(depth) -1
    switch -- $Flavor($name) {
        bool { list [expr {$count > 0}] "" }
        booldata { list [expr {$count > 0}] $count }
        default { list 1 $count }
    }
}

proc ::cdl::model::CycleError {what name} {
    variable File; variable Line; variable Busy
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
    set where "$File($name):$Line($name)"
    foreach prop {calculated default_value} {
        upvar #0 ::cdl::model::P_$prop values
        if {[info exists values($name)]} {
            set where "$File($name):[dict get $values($name) line]"
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
    variable Flavor
    lassign [value $name] enabled data
    switch -- $Flavor($name) {
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
    variable Kind; variable kind_class
    dict get $kind_class $Kind($name)
}
