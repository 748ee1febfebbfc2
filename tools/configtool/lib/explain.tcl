# Human and machine views of the configuration: `explain NAME` tells
# what a node's value is and why; `dump --json` gives the whole resolved
# configuration to CI scripts and editors.
namespace eval ::cdl::explain {}

proc ::cdl::explain::print {name} {
    lassign [::cdl::model::location $name] file line
    set kind [::cdl::model::class $name]
    puts "$kind $name"
    set display [::cdl::model::prop $name display]
    if {$display ne ""} { puts "  display: $display" }
    puts "  defined at: $file:$line (package [::cdl::model::owner $name])"
    puts "  flavor: [::cdl::model::flavor $name]"
    if {[::cdl::model::is_active $name]} {
        puts "  active: yes"
    } else {
        puts "  active: no, [InactiveReason $name]"
    }
    if {[::cdl::model::flavor $name] ne "none"} {
        puts "  value: [::cdl::model::value_text $name] ([ValueOrigin $name])"
    }
    foreach prop {default_value calculated} label {"default value" "calculated as"} {
        if {[::cdl::model::has $name $prop]} {
            set occ [::cdl::model::prop $name $prop]
            puts "  $label: [dict get $occ text][RefValues [dict get $occ refs]]"
        }
    }
    if {[::cdl::model::has $name legal_values]} {
        puts "  legal values: [dict get [::cdl::model::prop $name legal_values] text]"
    }
    foreach occ [::cdl::model::prop $name requires] {
        set holds [Holds [dict get $occ ast]]
        puts "  requires: [dict get $occ text] ($holds)[RefValues [dict get $occ refs]]"
    }
    foreach occ [::cdl::model::prop $name active_if] {
        set holds [Holds [dict get $occ ast]]
        puts "  active if: [dict get $occ text] ($holds)[RefValues [dict get $occ refs]]"
    }
    if {[::cdl::model::kind $name] eq "interface"} {
        foreach impl [::cdl::model::implementors $name] {
            puts "  implemented by: $impl ([State $impl])"
        }
    }
    foreach occ [::cdl::model::prop $name implements] {
        puts "  implements: [dict get $occ name]"
    }
    foreach r [::cdl::model::referrers $name] {
        lassign $r node prop text
        puts "  referenced by: $node $prop $text"
    }
    foreach c [::cdl::conflicts::all] {
        if {[dict get $c node] eq $name} {
            puts "  conflict: [join [split [dict get $c text] \n] {; }]"
        }
    }
}

proc ::cdl::explain::ValueOrigin {name} {
    if {[::cdl::model::has $name calculated]} { return "calculated" }
    switch -- [::cdl::model::kind $name] {
        interface { return "number of active and enabled implementors" }
        package { return "loaded version" }
    }
    set src [::cdl::model::source $name]
    switch -- $src {
        default { return "default" }
        user { return "user value" }
        inferred { return "inferred by the resolver" }
        wizard { return "wizard value" }
    }
}

proc ::cdl::explain::InactiveReason {name} {
    set p [::cdl::model::parent $name]
    if {$p ni {<top> <orphans>}} {
        if {![::cdl::model::is_active $p]} { return "its parent $p is inactive" }
        if {![::cdl::model::is_enabled $p]} { return "its parent $p is disabled" }
    }
    foreach occ [::cdl::model::prop $name active_if] {
        if {[Holds [dict get $occ ast]] ne "holds"} {
            return "active_if [dict get $occ text] does not hold[RefValues [dict get $occ refs]]"
        }
    }
    return "inactive"
}

proc ::cdl::explain::Holds {ast} {
    try {
        expr {[::cdl::expr::truth [::cdl::expr::eval $ast]] ? "holds" : "does not hold"}
    } trap {CDL EVAL} {msg} {
        return "cannot be evaluated: $msg"
    }
}

proc ::cdl::explain::RefValues {refs} {
    if {[llength $refs] == 0} { return "" }
    set parts {}
    foreach r $refs {
        if {![::cdl::model::exists $r]} {
            lappend parts "$r not loaded"
        } else {
            lappend parts "$r = [::cdl::model::ref_value $r]"
        }
    }
    return " \[[join $parts {, }]\]"
}

proc ::cdl::explain::State {name} {
    set a [expr {[::cdl::model::is_active $name] ? "active" : "inactive"}]
    set e [expr {[::cdl::model::is_enabled $name] ? "enabled" : "disabled"}]
    return "$a, $e"
}

# ------------------------------------------------------------------ JSON

proc ::cdl::explain::json {} {
    set packages {}
    foreach p [::cdl::model::packages] {
        lappend packages [Object name [Str $p] version [Str [::cdl::model::package_version $p]] \
            flags [Array [lmap f [::cdl::model::package_flags $p] {Str $f}]]]
    }
    set nodes {}
    foreach n [::cdl::model::nodes] {
        lappend nodes $n [NodeJson $n]
    }
    set conflicts {}
    foreach c [::cdl::conflicts::all] {
        lassign [::cdl::model::location [dict get $c node]] file
        lappend conflicts [Object node [Str [dict get $c node]] kind [Str [dict get $c kind]] \
            property [Str [dict get $c prop]] text [Str [dict get $c text]] \
            file [Str $file] line [dict get $c line]]
    }
    return [Object \
        name [Str [::cdl::model::get name]] \
        hardware [Str [::cdl::model::get hardware]] \
        template [Str [::cdl::model::get template]] \
        packages [Array $packages] \
        nodes [Object {*}$nodes] \
        conflicts [Array $conflicts]]
}

proc ::cdl::explain::NodeJson {n} {
    set flavor [::cdl::model::flavor $n]
    lassign [::cdl::model::value $n] enabled data
    lassign [::cdl::model::location $n] file line
    set fields [list kind [Str [::cdl::model::kind $n]] flavor [Str $flavor] \
        package [Str [::cdl::model::owner $n]] parent [Str [::cdl::model::parent $n]] \
        active [Bool [::cdl::model::is_active $n]] \
        enabled [Bool [::cdl::model::is_enabled $n]]]
    if {$flavor in {data booldata}} { lappend fields value [Str $data] }
    lappend fields source [Str [::cdl::model::source $n]] \
        modifiable [Bool [::cdl::model::is_modifiable $n]] file [Str $file] line $line
    Object {*}$fields
}

proc ::cdl::explain::Bool {b} { expr {$b ? "true" : "false"} }

proc ::cdl::explain::Str {s} { ::cdl::json::string $s }

proc ::cdl::explain::Object {args} {
    set parts {}
    foreach {k v} $args { lappend parts "[Str $k]: $v" }
    return "{[join $parts {, }]}"
}

proc ::cdl::explain::Array {items} {
    return "\[[join $items {, }]\]"
}
