# The ecosconfig command line (repository.md §5) and Cygnet's additions
# (set, unset, explain, diff, dump --json, export --check).
namespace eval ::cdl::cli {
    variable opts
    variable tool_version "3.net"
    # Directory of the ecosconfig script itself (links resolved).
    variable tooldir [file dirname [file dirname [file normalize [info script]]]]
    # eCos's usage text, to the letter, then Cygnet's additions.
    variable usage {Usage: ecosconfig [ qualifier ... ] [ command ]
  commands are:
    list                                       : list repository contents
    new TARGET [ TEMPLATE [ VERSION ] ]        : create a configuration
    target TARGET                              : change the target hardware
    template TEMPLATE [ VERSION ]              : change the template
    add PACKAGE [ PACKAGE ... ]                : add package(s)
    remove PACKAGE [ PACKAGE ... ]             : remove package(s)
    version VERSION PACKAGE [ PACKAGE ... ]    : change version of package(s)
    export FILE                                : export minimal config info
    import FILE                                : import additional config info
    check                                      : check the configuration
    resolve                                    : resolve conflicts
    tree                                       : create a build tree
  qualifiers are:
    --config=FILE                              : the configuration file
    --prefix=DIRECTORY                         : the install prefix
    --srcdir=DIRECTORY                         : the source repository
    --no-resolve                               : disable conflict resolution
    --version                                  : show version and copyright
    -q, --quiet                                : reduce verbosity
    -v, --verbose                              : increase verbosity
    -i, --ignore-errors                        : ignore unresolved conflicts
    -n, --no-updates                           : read-only mode, do not modify the file system
    --enable-debug                             : enable debugging in this configuration
    --disable-debug                            : disable debugging in this configuration
    --help                                     : display this message
  Cygnet extensions:
    set OPTION VALUE | set OPTION 0|1 VALUE    : give an option a user value
    unset OPTION                               : remove an option's user value
    explain OPTION                             : show an option's value and why
    diff FILE1 FILE2                           : options whose values differ
    export --check FILE                        : fail if FILE is not canonical
    dump --json                                : the configuration as JSON}

    # Command -> {min-args max-args} (max -1: any number).
    variable arity {
        list {0 0} new {1 3} target {1 1} template {1 2} add {1 -1}
        remove {1 -1} version {2 -1} export {1 2} import {1 1} check {0 0}
        resolve {0 0} tree {0 0} set {2 3} unset {1 1} explain {1 1}
        diff {2 2} dump {0 1}
    }
}

proc ::cdl::cli::main {argv} {
    set status 1
    try {
        set status [Run $argv]
    } trap {CDL} {msg} {
        puts $msg
        set status 1
    } on error {msg opts} {
        if {[info exists ::env(ECOSCONFIG_DEBUG)]} {
            puts stderr [dict get $opts -errorinfo]
        }
        puts "ecosconfig: internal error: [lindex [split $msg \n] 0]"
        set status 2
    } finally {
        ::cdl::prefill::finish [expr {$status == 0}]
    }
    flush stdout
    return $status
}

# ------------------------------------------------------------ qualifiers

proc ::cdl::cli::ParseQualifiers {argv} {
    variable opts
    set opts [dict create help 0 quiet 0 verbose 0 ignore 0 noupdates 0 \
        version 0 noresolve 0 debug "" srcdir "" config "" prefix "" bad 0]
    set seen [dict create]
    while {[llength $argv]} {
        set a [lindex $argv 0]
        if {![string match -* $a]} { break }
        set argv [lrange $argv 1 end]
        switch -- $a {
            --help { dict set opts help 1; continue }
            -q - --quiet { dict set opts quiet 1; dict set opts verbose 0; continue }
            -v - --verbose { dict set opts verbose 1; dict set opts quiet 0; continue }
            -i - --ignore-errors { dict set opts ignore 1; continue }
            -n - --no-updates { dict set opts noupdates 1; continue }
            --version { dict set opts version 1; continue }
            --no-resolve { dict set opts noresolve 1; continue }
            --enable-debug { dict set opts debug 1; continue }
            --disable-debug { dict set opts debug 0; continue }
        }
        set matched 0
        foreach {name what} {srcdir "component repository" config "configuration savefile" prefix "install prefix"} {
            if {![string match --$name* $a]} { continue }
            set matched 1
            set rest [string range $a [string length --$name] end]
            if {$rest ne "" && ![string match =* $rest]} {
                QualifierError "invalid option `$a'"
                break
            }
            if {[dict exists $seen $name]} {
                QualifierError "the `--$name' option should be used only once."
                if {$rest eq ""} { set argv [lrange $argv 1 end] }
                break
            }
            dict set seen $name 1
            if {$rest eq ""} {
                if {[llength $argv] == 0} {
                    QualifierError "missing $what after `--$name'"
                    break
                }
                dict set opts $name [lindex $argv 0]
                set argv [lrange $argv 1 end]
            } else {
                set value [string range $rest 1 end]
                if {$value eq ""} {
                    QualifierError "missing $what after `--$name='"
                    break
                }
                dict set opts $name $value
            }
            break
        }
        if {!$matched} {
            QualifierError "unknown option `$a'"
            break
        }
    }
    return $argv
}

proc ::cdl::cli::QualifierError {msg} {
    variable opts
    puts stderr "ecosconfig: $msg"
    dict set opts bad 1
}

proc ::cdl::cli::Opt {name} {
    variable opts
    dict get $opts $name
}

proc ::cdl::cli::Usage {} {
    variable usage
    puts $usage
}

# --------------------------------------------------------------- running

proc ::cdl::cli::Run {argv} {
    variable opts; variable arity; variable tool_version
    set args [ParseQualifiers $argv]
    if {[Opt version]} {
        puts "ecosconfig $tool_version (Cygnet configuration tool)"
        puts "Copyright (c) 2026 The Cygnet developers"
    }
    if {[Opt help]} { Usage; return 0 }
    if {[Opt bad]} { Usage; return 1 }
    if {[llength $args] == 0} {
        if {[Opt version]} { return 0 }
        Usage
        return 1
    }
    set cmd [lindex $args 0]
    set args [lrange $args 1 end]
    if {![dict exists $arity $cmd]} { Usage; return 1 }
    lassign [dict get $arity $cmd] min max
    if {[llength $args] < $min || ($max >= 0 && [llength $args] > $max)} {
        Usage
        return 1
    }
    if {$cmd eq "export" && [llength $args] == 2 && [lindex $args 0] ne "--check"} {
        Usage
        return 1
    }
    if {$cmd eq "dump" && $args ne "" && $args ne "--json"} { Usage; return 1 }
    set ::cdl::diag::channel stdout
    if {[Opt noupdates]} { set ::cdl::cache::enabled 0 }
    set ::cdl::db::verbose [Opt verbose]
    LoadDatabase
    return [Cmd_$cmd {*}$args]
}

# The repository search path: --srcdir, ECOS_REPOSITORY, or the tool's
# own location (its directory, or the tree two levels up that holds the
# tool in tools/configtool/, both in the sources and when installed).
proc ::cdl::cli::Repositories {} {
    set path [Opt srcdir]
    if {$path eq "" && [info exists ::env(ECOS_REPOSITORY)]} {
        set path $::env(ECOS_REPOSITORY)
    }
    if {$path eq ""} {
        variable tooldir
        set here $tooldir
        foreach candidate [list $here [file dirname [file dirname $here]]] {
            if {[file isfile [file join $candidate ecos.db]]} { return [list $candidate] }
        }
        return -code error -errorcode {CDL REPOSITORY} \
            "No component repository found next to the tool ($here); use --srcdir or ECOS_REPOSITORY"
    }
    set path [string map {\\ /} $path]
    set repos {}
    foreach entry [split $path :] {
        if {$entry eq ""} { continue }
        if {[string length $entry] > 1} { set entry [string trimright $entry /] }
        lappend repos $entry
    }
    return $repos
}

proc ::cdl::cli::LoadDatabase {} {
    ::cdl::db::load [Repositories]
}

proc ::cdl::cli::SavefileName {} {
    set f [Opt config]
    if {$f eq ""} { set f ecos.ecc }
    return $f
}

proc ::cdl::cli::InstallDir {} {
    set p [Opt prefix]
    if {$p eq ""} { set p [file join [pwd] install] }
    return $p
}

# Loads the savefile into a fresh configuration.
proc ::cdl::cli::LoadConfig {{file ""}} {
    if {$file eq ""} { set file [SavefileName] }
    ::cdl::model::reset
    ::cdl::savefile::read $file load
}

proc ::cdl::cli::ApplyDebug {} {
    set d [Opt debug]
    if {$d eq ""} { return }
    if {![::cdl::model::exists CYGPKG_INFRA_DEBUG]} { return }
    ::cdl::model::set_value CYGPKG_INFRA_DEBUG user $d ""
}

# Steps 4-8 of the common flow (repository.md §5.2).  Returns the exit
# status; SAVE says whether ecos.ecc is written.
proc ::cdl::cli::Finish {{resolve 1} {save 1}} {
    ApplyDebug
    if {$resolve && ![Opt noresolve]} { Resolve }
    set conflicts [ReportConflicts]
    if {$save && ![Opt noupdates]} {
        ::cdl::savefile::write [SavefileName]
    }
    expr {([Opt ignore] || [llength $conflicts] == 0) ? 0 : 1}
}

proc ::cdl::cli::Resolve {} {
    foreach line [::cdl::infer::resolve] {
        if {![Opt quiet]} { puts $line }
    }
}

proc ::cdl::cli::ReportConflicts {} {
    set conflicts [::cdl::conflicts::all]
    foreach c $conflicts {
        puts [::cdl::conflicts::format_line $c]
        if {[Opt verbose] && [dict get $c kind] eq "requires"} {
            PrintSolution $c
        }
    }
    return $conflicts
}

proc ::cdl::cli::PrintSolution {c} {
    set changes [::cdl::infer::candidate $c]
    if {[llength $changes] == 0} { return }
    puts "  Possible solution:"
    foreach ch $changes {
        lassign $ch n enabled data
        switch -- [::cdl::model::flavor $n] {
            bool { set v [expr {$enabled ? "1 (enabled)" : "0 (disabled)"}] }
            booldata { set v "$enabled $data" }
            default { set v $data }
        }
        puts "    $n -> $v"
    }
}

# -------------------------------------------------------------- commands

proc ::cdl::cli::Cmd_list {} {
    foreach pkg [lsort [::cdl::db::packages]] {
        set aliases [::cdl::db::package $pkg aliases]
        puts "Package $pkg ([lindex $aliases 0]):"
        puts " aliases:[Words [lrange $aliases 1 end]]"
        puts " versions:[Words [::cdl::db::package $pkg versions]]"
    }
    foreach t [lsort [::cdl::db::targets]] {
        set aliases [::cdl::db::target $t aliases]
        puts "Target $t ([lindex $aliases 0]):"
        puts " aliases:[Words [lrange $aliases 1 end]]"
    }
    foreach t [::cdl::db::templates] {
        puts "Template $t:"
        puts " versions:[Words [::cdl::db::template_versions $t]]"
    }
    return 0
}

proc ::cdl::cli::Words {list} {
    set out ""
    foreach w $list { append out " $w" }
    return $out
}

proc ::cdl::cli::Cmd_new {target {template default} {version ""}} {
    set target [::cdl::db::resolve_target $target]
    if {![::cdl::db::has_target $target]} {
        return -code error -errorcode {CDL TARGET} "Unknown target $target"
    }
    if {![::cdl::db::has_template $template]} {
        return -code error -errorcode {CDL TEMPLATE} "Unknown template $template"
    }
    ::cdl::model::reset
    ::cdl::config::set_hardware $target
    ::cdl::savefile::apply_template $template $version
    Finish
}

proc ::cdl::cli::Cmd_target {target} {
    LoadConfig
    ::cdl::config::set_hardware [::cdl::db::resolve_target $target]
    Finish
}

proc ::cdl::cli::Cmd_template {template {version ""}} {
    LoadConfig
    ::cdl::savefile::apply_template $template $version
    Finish
}

proc ::cdl::cli::Cmd_add {args} {
    LoadConfig
    ::cdl::config::add_packages $args
    Finish
}

proc ::cdl::cli::Cmd_remove {args} {
    LoadConfig
    ::cdl::config::remove_packages $args
    Finish
}

proc ::cdl::cli::Cmd_version {version args} {
    LoadConfig
    ::cdl::config::change_version $version $args
    Finish
}

proc ::cdl::cli::Cmd_import {file} {
    LoadConfig
    ::cdl::savefile::read $file import
    Finish
}

proc ::cdl::cli::Cmd_resolve {} {
    LoadConfig
    ApplyDebug
    Resolve
    set conflicts [ReportConflicts]
    if {![Opt noupdates]} { ::cdl::savefile::write [SavefileName] }
    expr {([Opt ignore] || [llength $conflicts] == 0) ? 0 : 1}
}

proc ::cdl::cli::Cmd_export {args} {
    if {[lindex $args 0] eq "--check"} {
        return [ExportCheck [lindex $args 1]]
    }
    set file [lindex $args 0]
    LoadConfig
    ApplyDebug
    if {![Opt noresolve]} { Resolve }
    set conflicts [ReportConflicts]
    if {[llength $conflicts] && ![Opt ignore]} { return 1 }
    if {![Opt noupdates]} { ::cdl::savefile::write_minimal $file }
    return 0
}

# FILE is canonical when exporting the configuration it describes gives
# FILE again, byte for byte.
proc ::cdl::cli::ExportCheck {file} {
    LoadConfig $file
    set tmp [file join [file dirname $file] .[file tail $file].check[pid]]
    try {
        ::cdl::savefile::write_minimal $tmp
        set want [ReadBytes $tmp]
    } finally {
        file delete -force $tmp
    }
    set have [ReadBytes $file]
    if {$have eq $want} { return 0 }
    set hl [split $have \n]; set wl [split $want \n]
    for {set i 0} {$i < max([llength $hl], [llength $wl])} {incr i} {
        if {[lindex $hl $i] ne [lindex $wl $i]} { break }
    }
    puts "$file:[expr {$i + 1}]: not in canonical form; expected: [lindex $wl $i]"
    puts "Run `ecosconfig --config=$file export $file' to rewrite it."
    return 1
}

proc ::cdl::cli::ReadBytes {file} {
    set f [open $file rb]
    try { return [read $f] } finally { close $f }
}

proc ::cdl::cli::Cmd_check {} {
    LoadConfig
    ApplyDebug
    if {![Opt noupdates]} { ::cdl::savefile::write [SavefileName] }
    CheckReport
    return 0
}

proc ::cdl::cli::CheckReport {} {
    set target [::cdl::model::get hardware]
    set template [::cdl::model::get template]
    puts "Target: $target"
    puts "Template: $template"
    set expected {}
    if {$template ne "" && [::cdl::db::has_template $template]} {
        set tv [lindex [::cdl::db::template_versions $template] 0]
        set expected [::cdl::db::template_packages $template $tv]
    }
    if {$target ne "" && [::cdl::db::has_target $target]} {
        foreach p [::cdl::db::target $target packages] {
            if {$p ni $expected} { lappend expected $p }
        }
    }
    set loaded [::cdl::model::packages]
    set added [lmap p $loaded { if {$p in $expected} continue; set p }]
    set removed [lmap p $expected { if {$p in $loaded} continue; set p }]
    set versions {}
    foreach p $loaded {
        set v [::cdl::model::package_version $p]
        if {$v ne [lindex [::cdl::db::package $p versions] 0]} { lappend versions " $p $v" }
    }
    if {[llength $added]} { puts "Added:"; foreach p $added { puts " $p" } }
    if {[llength $removed]} { puts "Removed:"; foreach p $removed { puts " $p" } }
    if {[llength $versions]} { puts "Version(s):"; foreach l $versions { puts $l } }
    set conflicts [::cdl::conflicts::all]
    if {[llength $conflicts] == 0} {
        puts "No conflicts"
    } else {
        puts "[llength $conflicts] conflict(s):"
        foreach c $conflicts { puts [::cdl::conflicts::format_line $c] }
    }
}

proc ::cdl::cli::Cmd_tree {} {
    LoadConfig
    set status [Finish]
    if {[Opt noupdates]} { return 1 }
    if {$status != 0} {
        puts ""
        puts "Unable to generate build tree, this configuration still contains conflicts."
        puts "Either resolve the conflicts or use --ignore-errors"
        return 1
    }
    set install [InstallDir]
    ::cdl::build::generate [pwd] $install
    ::cdl::header::generate $install
    return 0
}

# ------------------------------------------------------ Cygnet additions

proc ::cdl::cli::Cmd_set {name args} {
    LoadConfig
    set node [Modifiable $name]
    set flavor [::cdl::model::flavor $node]
    switch -- $flavor {
        bool {
            if {[llength $args] != 1} { Fail "$node is a bool option: use `set $node 0' or `set $node 1'" }
            ::cdl::model::set_value $node user [Bool $node [lindex $args 0]] ""
        }
        data {
            if {[llength $args] != 1} { Fail "$node is a data option: use `set $node VALUE'" }
            ::cdl::model::set_value $node user 1 [lindex $args 0]
        }
        booldata {
            if {[llength $args] == 1} {
                set enabled 1
                set data [lindex $args 0]
            } else {
                lassign $args flag data
                set enabled [Bool $node $flag]
            }
            ::cdl::model::set_value $node user $enabled $data
        }
    }
    Finish
}

proc ::cdl::cli::Cmd_unset {name} {
    LoadConfig
    set node [Modifiable $name]
    if {![::cdl::model::has_source $node user]} {
        Fail "$node has no user value"
    }
    ::cdl::model::unset_value $node user
    Finish
}

proc ::cdl::cli::Modifiable {name} {
    if {![::cdl::model::exists $name]} {
        Fail "Unknown option $name"
    }
    if {[::cdl::model::kind $name] in {package interface}
        || [::cdl::model::has $name calculated]} {
        Fail "$name is not user-modifiable: [ModifiableReason $name]"
    }
    if {[::cdl::model::flavor $name] eq "none"} {
        Fail "$name has flavor none: it has no value to set"
    }
    return $name
}

proc ::cdl::cli::ModifiableReason {name} {
    switch -- [::cdl::model::kind $name] {
        package { return "package values change only with add, remove and version" }
        interface { return "an interface counts its implementors" }
    }
    return "its value is calculated"
}

proc ::cdl::cli::Bool {node text} {
    switch -- $text {
        1 - true - True - TRUE { return 1 }
        0 - false - False - FALSE { return 0 }
    }
    Fail "Invalid boolean value `$text' for $node, expecting 0 or 1"
}

proc ::cdl::cli::Fail {msg} {
    return -code error -errorcode {CDL CLI} $msg
}

proc ::cdl::cli::Cmd_explain {name} {
    LoadConfig
    if {![::cdl::model::exists $name]} {
        Fail "Unknown option $name"
    }
    ::cdl::explain::print $name
    return 0
}

proc ::cdl::cli::Cmd_diff {a b} {
    set left [Snapshot $a]
    set right [Snapshot $b]
    set differ 0
    foreach key {hardware template} {
        if {[dict get $left $key] ne [dict get $right $key]} {
            puts "$key: [dict get $left $key] -> [dict get $right $key]"
            set differ 1
        }
    }
    if {[DiffDicts [dict get $left packages] [dict get $right packages] "package "]} {
        set differ 1
    }
    if {[DiffDicts [dict get $left values] [dict get $right values] ""]} {
        set differ 1
    }
    return $differ
}

# Prints `PREFIXKEY: A -> B' for keys whose values differ, `- PREFIXKEY A'
# for keys only in L and `+ PREFIXKEY B' for keys only in R; returns
# whether anything differed.
proc ::cdl::cli::DiffDicts {l r prefix} {
    set differ 0
    dict for {k v} $l {
        if {![dict exists $r $k]} {
            puts "- $prefix$k $v"; set differ 1
        } elseif {$v ne [dict get $r $k]} {
            puts "$prefix$k: $v -> [dict get $r $k]"; set differ 1
        }
    }
    dict for {k v} $r {
        if {![dict exists $l $k]} { puts "+ $prefix$k $v"; set differ 1 }
    }
    return $differ
}

# The facts of a savefile that diff compares: values of active options.
proc ::cdl::cli::Snapshot {file} {
    LoadConfig $file
    set packages [dict create]
    foreach p [::cdl::model::packages] {
        dict set packages $p [::cdl::model::package_version $p]
    }
    set values [dict create]
    foreach n [::cdl::model::nodes] {
        if {[::cdl::model::kind $n] eq "package"} { continue }
        if {[::cdl::model::flavor $n] eq "none"} { continue }
        set v "(inactive)"
        if {[::cdl::model::is_active $n]} { set v [::cdl::model::value_text $n] }
        dict set values $n $v
    }
    dict create hardware [::cdl::model::get hardware] template [::cdl::model::get template] \
        packages $packages values $values
}

proc ::cdl::cli::Cmd_dump {args} {
    LoadConfig
    ApplyDebug
    puts [::cdl::explain::json]
    return 0
}
